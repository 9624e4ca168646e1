"""Render the application icon's rasters from its SVG source, with Qt's own SVG renderer (no other tools).

    python packaging/make_icons.py [OUT_DIR]        (default: build/icons)

writes

- ``OUT_DIR/hicolor/<N>x<N>/apps/rendition-studio.png`` for the sizes the freedesktop hicolor theme uses
  (16 … 512) and ``OUT_DIR/hicolor/scalable/apps/rendition-studio.svg`` (a copy of the source);
- ``OUT_DIR/rendition-studio.ico``: Windows, one PNG-compressed image per size (16 … 256), as Windows Vista and
  later read them;
- ``OUT_DIR/rendition-studio.icns``: macOS, PNG entries 16 … 1024 (``icp4`` … ``ic10``).

Nothing here is committed: the PyInstaller spec runs this at build time and ``packaging/install-desktop.sh``
uses the hicolor tree. Only ``resources/icons/rendition-studio.svg`` is kept in git.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys

NAME = "rendition-studio"
HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(os.path.dirname(HERE), "resources", "icons", f"{NAME}.svg")

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 96, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (the @2x types share a size with the next one up).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def _app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def render_png(svg_path: str, size: int) -> bytes:
    """The SVG drawn into a size×size transparent image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app()
    renderer = QSvgRenderer(svg_path)
    if not renderer.isValid():
        raise ValueError(f"{svg_path}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (ICONDIR, one ICONDIRENTRY per image, then the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        png = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns', total length, then (type, length incl. 8-byte header, PNG data) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: str, source: str = SOURCE) -> dict[str, str]:
    """Write every raster into out_dir; return {'hicolor': dir, 'ico': path, 'icns': path}."""
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {s: render_png(source, s) for s in sizes}
    hicolor = os.path.join(out_dir, "hicolor")
    for s in HICOLOR_SIZES:
        folder = os.path.join(hicolor, f"{s}x{s}", "apps")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{NAME}.png"), "wb") as f:
            f.write(pngs[s])
    scalable = os.path.join(hicolor, "scalable", "apps")
    os.makedirs(scalable, exist_ok=True)
    shutil.copyfile(source, os.path.join(scalable, f"{NAME}.svg"))
    paths = {"hicolor": hicolor, "ico": os.path.join(out_dir, f"{NAME}.ico"),
             "icns": os.path.join(out_dir, f"{NAME}.icns")}
    with open(paths["ico"], "wb") as f:
        f.write(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    with open(paths["icns"], "wb") as f:
        f.write(icns_bytes(pngs))
    return paths


def main(argv: list[str]) -> int:
    out_dir = argv[0] if argv else os.path.join(os.path.dirname(HERE), "build", "icons")
    paths = make_icons(out_dir)
    for key, path in paths.items():
        print(f"{key}: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
