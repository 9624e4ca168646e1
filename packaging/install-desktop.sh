#!/usr/bin/env bash
# Linux desktop integration for the current user: puts rendition-studio.desktop and the hicolor icons under
# ${XDG_DATA_HOME:-~/.local/share}, so Rendition Studio shows in the applications menu and under "Open with" for
# video files. Nothing outside that folder is touched; no root needed.
#
#   ./install-desktop.sh [PROGRAM]                 in a built bundle (dist/rendition-studio/): PROGRAM defaults
#                                                  to the bundle's own rendition-studio
#   bash packaging/install-desktop.sh [PROGRAM]    in a checkout, for a pip install: PROGRAM defaults to the
#                                                  rendition-studio on PATH (e.g. give .venv/bin/rendition-studio);
#                                                  the icons are rendered with the Python beside PROGRAM (PySide6)
#   ... --uninstall                                removes what an install put there
set -euo pipefail
NAME=rendition-studio
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}

die() { echo "install-desktop: $*" >&2; exit 1; }
refresh() {
    if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$DATA/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true; fi
}

program="" uninstall=0
for arg in "$@"; do
    case $arg in
        --uninstall) uninstall=1 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        -*) die "unknown option $arg" ;;
        *) program=$arg ;;
    esac
done

if [ $uninstall = 1 ]; then
    rm -f "$DATA/applications/$NAME.desktop"
    rm -f "$DATA"/icons/hicolor/*/apps/"$NAME".png "$DATA/icons/hicolor/scalable/apps/$NAME.svg"
    refresh
    echo "removed $DATA/applications/$NAME.desktop and its icons"
    exit 0
fi

tmp=""
trap '[ -n "$tmp" ] && rm -rf "$tmp"' EXIT
if [ -f "$HERE/share/applications/$NAME.desktop" ]; then  # a built bundle: everything is beside this script
    desktop=$HERE/share/applications/$NAME.desktop
    icons=$HERE/share/icons/hicolor
    program=${program:-$HERE/$NAME}
else  # a checkout (packaging/): the icons are rendered from the SVG
    desktop=$HERE/$NAME.desktop
    program=${program:-$(command -v $NAME || true)}
fi
[ -n "$program" ] && [ -x "$program" ] && [ ! -d "$program" ] \
    || die "no $NAME program found; give its path, e.g. .venv/bin/$NAME"
program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program")
case $program in *[\"\`\$\\%\|\&]*) die "the program's path has a character a desktop file cannot hold: $program" ;; esac
if [ -z "${icons:-}" ]; then
    python=${PYTHON:-$(dirname "$program")/python}
    [ -x "$python" ] || python=python3
    tmp=$(mktemp -d)
    "$python" "$HERE/make_icons.py" "$tmp" >/dev/null || die "could not render the icons (PYTHON=$python needs PySide6)"
    icons=$tmp/hicolor
fi

mkdir -p "$DATA/applications"
sed -e "s|^Exec=.*|Exec=\"$program\" %F|" -e "s|^TryExec=.*|TryExec=$program|" "$desktop" \
    > "$DATA/applications/$NAME.desktop"
for dir in "$icons"/*/apps; do
    size=$(basename "$(dirname "$dir")")
    mkdir -p "$DATA/icons/hicolor/$size/apps"
    cp "$dir"/"$NAME".* "$DATA/icons/hicolor/$size/apps/"
done
refresh
echo "installed $DATA/applications/$NAME.desktop (Exec: $program) and icons in $DATA/icons/hicolor"
