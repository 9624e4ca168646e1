"""Issue 13, the Compare view: the frame server (app.core.frames in the media worker) and the Compare window.

The clips here carry their frame number: 8 stripes across the top half, white for a 1 bit and black for a 0 (the
most significant bit on the left), wide enough to survive encoding, scaling and the 240p rung, so a decoded
picture says which frame it is."""

from __future__ import annotations

import copy
import os
import shutil
from fractions import Fraction

import av
import numpy as np
import pytest

from app.core.frames import FrameClient, FrameError
from media import crash_on_open

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FPS = 25


def make_numbered(path, frames=50, fps=FPS, width=320, height=180, gop=12, rotation=0):
    """An H.264 clip (B-frames, a keyframe every `gop` frames) whose frame i shows i in binary."""
    with av.open(path, "w") as out:
        vs = out.add_stream("libx264", rate=fps)
        vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
        vs.codec_context.options = {"preset": "ultrafast", "g": str(gop), "keyint_min": str(gop), "crf": "18",
                                    "bf": "2", "x264-params": "b-adapt=0:scenecut=0"}
        if rotation:
            vs.set_display_rotation(rotation)
        sw = width // 8
        yy, xx = np.mgrid[0:height, 0:width]
        for i in range(frames):
            rgb = np.empty((height, width, 3), dtype=np.uint8)  # detail under the stripes: a moving pattern
            rgb[..., 0] = (xx * 3 + i * 5) % 256
            rgb[..., 1] = (yy * 3 + i * 3) % 256
            rgb[..., 2] = ((xx // 8 + yy // 8) % 2) * 180
            for b in range(8):
                rgb[: height // 2, b * sw:(b + 1) * sw] = 255 if (i >> (7 - b)) & 1 else 0
            rgb[height * 3 // 4:, : width // 8] = (255, 0, 0)  # a red corner: which way is up
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, fps)
            out.mux(vs.encode(frame.reformat(format="yuv420p")))
        out.mux(vs.encode(None))
    return path


def pixels(rgb: bytes, width: int, height: int) -> np.ndarray:
    return np.frombuffer(rgb, np.uint8).reshape(height, width, 3)


def number_of(picture: np.ndarray) -> int:
    """The frame number a numbered picture shows."""
    height, width = picture.shape[:2]
    sw = width / 8
    bits = [picture[height // 4, int(b * sw + sw / 2)].mean() > 128 for b in range(8)]
    return sum(int(v) << (7 - k) for k, v in enumerate(bits))


@pytest.fixture(scope="module")
def numbered(tmp_path_factory):
    return make_numbered(str(tmp_path_factory.mktemp("cmp") / "numbered.mp4"))


@pytest.fixture
def client():
    c = FrameClient()
    yield c
    c.close()


def test_the_frame_shown_at_each_time_is_exact(client, numbered):
    info = client.open("a", numbered)
    assert (info["width"], info["height"], info["fps"], info["frames"]) == (320, 180, 25.0, 50)
    assert info["duration"] == pytest.approx(2.0, abs=0.05)
    # Frame i is shown from i/25 s to (i+1)/25 s: its start, its middle, just before the next, in any order
    # (seeks back and forth across keyframes every 12 frames).
    times = [0.0, 0.039, 0.04, 0.5, 1.999, 0.47, 0.48, 0.96 - 0.001, 0.96, 1.2, 0.2, 1.52, 0.0]
    for t in times:
        f = client.frame("a", t)
        expected = min(49, int(round(t * 1000)) // 40)
        assert number_of(pixels(f.rgb, f.width, f.height)) == expected, t
        assert f.index == expected and f.time == pytest.approx(expected / 25, abs=1e-6)
        assert f.frame_duration == pytest.approx(0.04, abs=1e-6)
    last = client.frame("a", 9.0)  # after the end: the last frame
    assert last.index == 49 and number_of(pixels(last.rgb, last.width, last.height)) == 49


def test_stepping_forward_and_back_is_frame_accurate(client, numbered):
    client.open("a", numbered)
    f = client.frame("a", 0.3)
    seen = [f.index]
    for _ in range(20):  # forward: the next frame starts where this one ends
        f = client.frame("a", f.time + f.frame_duration)
        seen.append(number_of(pixels(f.rgb, f.width, f.height)))
        assert f.index == seen[-1]
    assert seen == list(range(7, 28))
    back = []
    for _ in range(27):  # back, across two keyframes, down to the first frame
        f = client.frame("a", f.time - 1e-3)
        back.append(number_of(pixels(f.rgb, f.width, f.height)))
    assert back == list(range(26, -1, -1))


def test_frames_are_scaled_to_the_size_asked(client, numbered):
    client.open("a", numbered)
    f = client.frame("a", 0.68, 640, 360)  # frame 17
    assert (f.width, f.height, len(f.rgb)) == (640, 360, 640 * 360 * 3)
    big = pixels(f.rgb, 640, 360)
    assert number_of(big) == 17
    small = pixels(client.frame("a", 0.68).rgb, 320, 180).astype(int)
    assert np.abs(big[::2, ::2].astype(int) - small).mean() < 12  # the same picture, twice the size


def test_rotation_is_applied(client, tmp_path):
    """A phone clip (coded 320x180 with rotation 90) comes upright: as the encode turns it (transpose=cclock)."""
    path = make_numbered(str(tmp_path / "phone.mp4"), frames=10, rotation=90)
    up = client.open("up", path)
    raw = client.open("raw", path, rotation=0)
    assert (up["rotation"], up["width"], up["height"]) == (90, 180, 320)
    assert (raw["width"], raw["height"]) == (320, 180)
    a, b = client.frame("up", 0.12), client.frame("raw", 0.12)
    upright, coded = pixels(a.rgb, 180, 320).astype(int), pixels(b.rgb, 320, 180).astype(int)
    assert number_of(pixels(b.rgb, 320, 180)) == 3
    assert np.abs(upright - np.rot90(coded, 1)).mean() < 3
    assert np.abs(upright - np.rot90(coded, -1)).mean() > 30  # the other way round would be wrong
    # The red corner (bottom left when coded) is at the bottom right once turned a quarter counter-clockwise.
    assert upright[-10, -10].tolist() == pytest.approx([255, 0, 0], abs=40)


def test_a_damaged_file_gives_a_reason_and_the_next_request_works(client, numbered, tmp_path, monkeypatch):
    # A file that crashes the media library (simulated: the worker kills itself when it opens crash.mp4).
    crash = tmp_path / "crash.mp4"
    shutil.copy(numbered, crash)
    crash_on_open(tmp_path, monkeypatch)

    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"\x00\x00\x00\x18ftypmp42" + os.urandom(4000))
    client.open("good", numbered)
    with pytest.raises(FrameError, match="junk.mp4"):
        client.open("junk", str(junk))
    assert number_of(pixels(client.frame("good", 0.4).rgb, 320, 180)) == 10

    first = client.pid
    with pytest.raises(FrameError, match="crashed.*SIGSEGV"):
        client.open("crash", str(crash))
    assert client.pid is None
    f = client.frame("good", 1.0)  # a new worker, the good file opened again by itself
    assert client.pid not in (None, first)
    assert number_of(pixels(f.rgb, 320, 180)) == 25 and f.index == 25


# -- the Compare window -------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def encoded(tmp_path_factory):
    """A 640x360 numbered source encoded by the engine (HLS 240p + 360p, MP4), its renditions measured."""
    from app.core.engine import Engine
    from app.core.jobs import Job
    from app.core.measure import measure_outputs
    from app.core.options import build_options

    folder = tmp_path_factory.mktemp("cmpjob")
    source = make_numbered(str(folder / "numbered.mp4"), frames=75, width=640, height=360)
    job = Job.create(source, str(folder / "out"), build_options(thumbnails="none"))
    assert Engine().run(job) == 0
    measure_outputs(job.out_dir, source, mode="full", job=job)
    return job


def _shown(window_cmp, qtbot):
    qtbot.waitUntil(lambda: window_cmp.shown_serial == window_cmp.serial, timeout=30000)


def _side_numbers(cmp) -> list[int]:
    out = []
    for side in ("left", "right"):
        img = cmp.view.images[side]
        assert img is not None, cmp.view.errors
        ptr = img.constBits()
        a = np.frombuffer(ptr, np.uint8, img.sizeInBytes()).reshape(img.height(), img.bytesPerLine())
        out.append(number_of(a[:, : img.width() * 3].reshape(img.height(), img.width(), 3)))
    return out


def _grab(widget) -> np.ndarray:
    from PySide6.QtGui import QImage

    img = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    a = np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes()).reshape(img.height(), img.bytesPerLine())
    return a[:, : img.width() * 3].reshape(img.height(), img.width(), 3).copy()


def test_compare_window_steps_both_sides_one_frame(qtbot, window, encoded):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest


    job = copy.deepcopy(encoded)
    window.controller.model.add(job)
    window._show_job(job.id)
    assert window.compare_action.isEnabled() and window.compare_action.shortcut().toString() == "Ctrl+K"
    window.grid.view.selectRow([r.id for r in window.grid.model._rows].index("hls:240p"))
    assert window.grid.compare_action.isEnabled()
    window.grid.compare_action.trigger()  # the grid's "Compare with source…"
    cmp = window.compare_window
    assert cmp is not None and cmp.pair() == ("source", "hls:240p")
    assert cmp.ids() == ["source", "hls:240p", "hls:360p", "mp4:360p"]
    _shown(cmp, qtbot)
    # Both sides at the source's display size (the 240p rung scaled up), at the first frame.
    for side in ("left", "right"):
        assert (cmp.view.images[side].width(), cmp.view.images[side].height()) == (640, 360)
    assert _side_numbers(cmp) == [0, 0]
    cmp.seek(1.0)
    _shown(cmp, qtbot)
    assert _side_numbers(cmp) == [25, 25] and cmp.frames["left"].index == 25
    for expected in range(26, 31):
        QTest.keyClick(cmp, Qt.Key.Key_Period)
        _shown(cmp, qtbot)
        assert _side_numbers(cmp) == [expected, expected]
        assert cmp.frames["left"].index == cmp.frames["right"].index == expected
    assert cmp.time_label.text().startswith("0:01.200 / 0:03.000") and "30" in cmp.time_label.text()
    QTest.keyClick(cmp.slider, Qt.Key.Key_Comma)  # whichever control has the focus
    _shown(cmp, qtbot)
    assert _side_numbers(cmp) == [29, 29]
    assert cmp.slider.value() == 1160
    QTest.keyClick(cmp, Qt.Key.Key_End)
    _shown(cmp, qtbot)
    assert _side_numbers(cmp) == [74, 74]
    QTest.keyClick(cmp, Qt.Key.Key_Home)
    _shown(cmp, qtbot)
    assert _side_numbers(cmp) == [0, 0]

    # Held down, `.` goes on from the frame asked for, not from the one still shown.
    for _ in range(4):
        QTest.keyClick(cmp, Qt.Key.Key_Period)
    _shown(cmp, qtbot)
    assert _side_numbers(cmp) == [4, 4]

    # Any two: an MP4 rendition against the other HLS rung, at a given time.
    cmp.show_pair("mp4:360p", "hls:360p", 2.0)
    _shown(cmp, qtbot)
    assert cmp.pair() == ("mp4:360p", "hls:360p") and _side_numbers(cmp) == [50, 50]
    cmp.close()
    assert not cmp.loader.isRunning()
    # Opened again (Job › Compare…): the same window, with a new frame worker.
    assert window.compare_action.isEnabled()
    window.compare_action.trigger()
    assert window.compare_window is cmp and cmp.isVisible() and cmp.loader.isRunning()
    _shown(cmp, qtbot)
    assert _side_numbers(cmp) == [50, 50]
    cmp.close()


def test_compare_modes_zoom_and_worst_moments(qtbot, window, encoded):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest


    job = copy.deepcopy(encoded)
    window.controller.model.add(job)
    window._show_job(job.id)
    cmp = window.open_compare(job.id, "mp4:360p", 0.5)
    assert cmp.pair() == ("source", "mp4:360p")
    cmp.resize(1200, 700)
    _shown(cmp, qtbot)
    view = cmp.view

    # 200 %: both sides show the same region of the picture, two screen pixels per picture pixel.
    cmp.set_zoom(2.0)
    view.pan(-10_000, -10_000)  # to the top left corner (kept inside the picture)
    view.pan(100, 60)
    left, right = view.visible_region("left"), view.visible_region("right")
    pane = view.panes()[0]
    assert left == right
    assert (left.x(), left.y()) == (50, 30)
    assert left.width() == pytest.approx(pane.width() / 2, abs=0.5)
    shot = _grab(view).astype(int)
    panes = view.panes()
    lx, rx = int(panes[0].left()), int(panes[1].left())
    w = int(min(panes[0].width(), panes[1].width())) - 2
    h = int(pane.height()) - 2
    on_left, on_right = shot[:h, lx:lx + w], shot[:h, rx:rx + w]
    assert np.abs(on_left - on_right).mean() < 10  # the same place of the same picture on both sides
    assert np.abs(on_left[:, :-40] - on_right[:, 40:]).mean() > 20  # ...and not merely a similar one
    src = view.images["left"]
    for x, y in ((10, 10), (101, 57), (200, 150)):  # screen (x, y) shows picture (50 + x/2, 30 + y/2)
        c = src.pixelColor(50 + x // 2, 30 + y // 2)
        assert on_left[y, x].tolist() == [c.red(), c.green(), c.blue()]

    # The wipe: one pane, the divider dragged with the mouse.
    cmp.set_zoom(None)
    cmp.set_mode("wipe")
    assert view.mode == "wipe" and len(view.panes()) == 1
    x0 = view.divider_x()
    QTest.mousePress(view, Qt.MouseButton.LeftButton, pos=QPointF(x0, 100).toPoint())
    QTest.mouseMove(view, QPointF(x0 - 200, 100).toPoint())
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPointF(x0 - 200, 100).toPoint())
    assert view.divider_x() == pytest.approx(x0 - 200, abs=1.5)
    assert view.visible_region("left").right() < view.visible_region("right").left() + 1
    # At 100 %: left of the divider the left side's pixels, right of it the right side's, one for one.
    cmp.show_pair("source", "hls:240p")
    _shown(cmp, qtbot)
    cmp.set_zoom(1.0)
    pane = view.panes()[0]
    t = view.target(pane)
    assert t.width() == 640 and pane.contains(t)  # the whole picture, one screen pixel per picture pixel
    view.set_divider((t.center().x() - pane.left()) / pane.width())  # across the middle of the picture
    shot, x = _grab(view), int(view.divider_x())
    checked = 0
    for side, xs in (("left", range(x - 70, x - 10, 7)), ("right", range(x + 10, x + 70, 7))):  # not the handle
        for sx in xs:
            for sy in range(int(t.top()) + 100, int(t.bottom()) - 10, 37):
                img, other = view.images[side], view.images["right" if side == "left" else "left"]
                c = img.pixelColor(int(sx - t.left()), int(sy - t.top()))
                o = other.pixelColor(int(sx - t.left()), int(sy - t.top()))
                assert shot[sy, sx].tolist() == [c.red(), c.green(), c.blue()], (side, sx, sy)
                checked += (c.red(), c.green(), c.blue()) != (o.red(), o.green(), o.blue())
    assert checked > 20  # the two sides differ there: the check tells them apart
    cmp.set_zoom(None)

    # Worst moments: the rendition's measured windows; a click seeks both sides there.
    worst = encoded.rendition("mp4:360p").measured["scores"]["ssim"]["worst"]
    assert cmp.worst.count() >= len(worst) > 0
    item = next(cmp.worst.item(i) for i in range(cmp.worst.count())
                if cmp.worst.item(i).data(Qt.ItemDataRole.UserRole) == worst[-1][0])
    cmp.worst.itemClicked.emit(item)
    _shown(cmp, qtbot)
    expected = int(round(worst[-1][0] * 1000)) // 40
    assert _side_numbers(cmp) == [expected, expected]
    assert "SSIM" in item.text()
    cmp.close()


def test_compare_is_disabled_without_an_output_folder(qtbot, window, tmp_path):
    from app.core.jobs import EncodeOptions, Job

    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"), EncodeOptions(), name="a")
    window.controller.model.add(job)
    window._show_job(job.id)
    assert not window.compare_action.isEnabled()
    assert window.open_compare(job.id) is None and window.compare_window is None


def test_a_damaged_rendition_shows_its_reason_on_its_side(qtbot, window, encoded, tmp_path):

    job = copy.deepcopy(encoded)
    out = tmp_path / "copy"
    shutil.copytree(job.out_dir, out)
    job.out_dir = str(out)
    with open(out / "mp4" / "360p.mp4", "r+b") as f:  # the moov atom and most of the data gone
        f.truncate(2000)
    window.controller.model.add(job)
    cmp = window.open_compare(job.id, "mp4:360p", 0.2)
    _shown(cmp, qtbot)
    assert "360p.mp4" in cmp.view.errors["right"] and "360p.mp4" in cmp.message.text()
    assert cmp.view.images["left"] is not None and cmp.frames["left"].index == 5
    cmp.show_pair("source", "hls:240p", 0.4)  # the window goes on
    _shown(cmp, qtbot)
    assert _side_numbers(cmp) == [10, 10] and not cmp.view.errors
    cmp.close()
