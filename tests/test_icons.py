"""packaging/make_icons.py: every raster the platforms need, rendered from the SVG and readable by Qt's own readers."""

import os
import struct
import sys

from PySide6.QtGui import QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer

from app import resource_path

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(__file__)), "packaging"))

import make_icons  # noqa: E402


def test_make_icons_writes_hicolor_ico_and_icns(qapp, tmp_path):
    paths = make_icons.make_icons(str(tmp_path))
    for size in make_icons.HICOLOR_SIZES:
        image = QImage(os.path.join(paths["hicolor"], f"{size}x{size}", "apps", "rendition-studio.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # rounded corner: transparent
        assert image.pixelColor(size // 2, size // 8).alpha() == 255
    assert os.path.exists(os.path.join(paths["hicolor"], "scalable", "apps", "rendition-studio.svg"))

    reader = QImageReader(paths["ico"])
    assert reader.format() == b"ico" and reader.imageCount() == len(make_icons.ICO_SIZES)
    sizes = []
    for i in range(reader.imageCount()):
        reader.jumpToImage(i)
        sizes.append(reader.read().width())
    assert sorted(sizes) == sorted(make_icons.ICO_SIZES)

    with open(paths["icns"], "rb") as f:
        data = f.read()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, found = 8, {}
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        found[kind] = QImage.fromData(data[pos + 8:pos + length]).width()
        pos += length
    assert pos == len(data) and found == dict(make_icons.ICNS_TYPES)
    reader = QImageReader(paths["icns"])  # Qt's own ICNS reader agrees
    assert reader.format() == b"icns" and reader.imageCount() == len(make_icons.ICNS_TYPES)


def test_every_svg_resource_is_valid():
    folder = resource_path("icons")
    svgs = [os.path.join(d, f) for d, _, files in os.walk(folder) for f in files if f.endswith(".svg")]
    names = {os.path.relpath(p, folder) for p in svgs}
    assert {"rendition-studio.svg", *(os.path.join("status", f"{s}.svg")
                                      for s in ("waiting", "encoding", "encoded", "failed"))} <= names
    for path in svgs:
        assert QSvgRenderer(path).isValid(), path
