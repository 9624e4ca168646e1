#!/usr/bin/env bash
# System packages Rendition Studio needs on Debian/Ubuntu: Python with venv, and the libraries the PySide6
# wheels load (Qt's xcb and offscreen platforms, QtMultimedia's PulseAudio client). PyAV's wheels bundle FFmpeg.
#
#   bash packaging/install-system-deps.sh            to run the app and its tests (the tests also play the HLS
#                                                    ladders in GStreamer: gst-launch-1.0 with its HLS demuxer,
#                                                    HTTP source and libav decoders; tests/test_players.py)
#   bash packaging/install-system-deps.sh --bundle   also what building the PyInstaller bundle needs: binutils
#                                                    (objdump), the shared libpython (libpython3-dev pulls it in)
#                                                    and desktop-file-utils (checks the .desktop file)
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
EXTRA=()
case "${1:-}" in
    "") ;;
    --bundle) EXTRA=(binutils libpython3-dev desktop-file-utils) ;;
    *) echo "usage: $0 [--bundle]" >&2; exit 2 ;;
esac
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    python3 python3-venv python3-pip \
    libpulse0 libegl1 libgl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 \
    libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
    libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xkb1 libx11-xcb1 \
    gstreamer1.0-tools gstreamer1.0-plugins-good gstreamer1.0-plugins-bad gstreamer1.0-libav \
    "${EXTRA[@]}" >/dev/null
