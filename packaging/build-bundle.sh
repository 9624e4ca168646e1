#!/usr/bin/env bash
# Build the one-folder bundle: dist/rendition-studio/ (run from anywhere; uses .venv/ when there is one, or $PYTHON).
#
#   bash packaging/build-bundle.sh
#
# Needs the project installed with the packaging extra (pip install -e '.[packaging]'). The spec renders the
# icons (packaging/make_icons.py), lists the data files and excludes what the app does not use. Expected
# warnings: libgtk-3/libgdk-3 not found for Qt's GTK theme plugin (the spec drops that plugin), and Windows
# libraries some packages load through ctypes.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${PYTHON:-}" ]; then
    PYTHON=python3
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; fi
fi
start=$(date +%s)
"$PYTHON" packaging/build_translations.py >/dev/null  # the .qm files the spec bundles (also made by pip install)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/rendition-studio.spec
echo "built dist/rendition-studio in $(( $(date +%s) - start )) s: $(du -sh dist/rendition-studio | cut -f1)"
