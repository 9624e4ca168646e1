"""The window in a new user's first hour (issue 12): no display, refused files, queue order, unconfigured
providers, no network on the GUI thread, and the small things (wrapping, readable progress, plurals, noise)."""

import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays: Linux")
def test_without_a_display_the_window_says_so_in_one_line_and_points_to_the_command_line(tmp_path):
    from app.gui.app import EXIT_NO_DISPLAY

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["RENDITION_STUDIO_DATA_DIR"] = str(tmp_path / "data")
    proc = subprocess.run([sys.executable, "-m", "app"], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == EXIT_NO_DISPLAY == 8
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "no display" in lines[0] and "rendition-studio --help" in lines[0] and "encode FILE --out DIR" in lines[0]
    assert "xcb" not in proc.stderr and not proc.stdout


def test_the_queue_starts_at_the_top_row_whichever_file_was_read_first(qtbot, window, clips, monkeypatch):
    """Files added together are probed in the thread pool; the first one given is read last here. The queue keeps
    the order given and the first job to start is the top row, not the first file probed."""
    import time

    from app.gui import jobs_controller

    first, second, third = clips.landscape, clips.no_audio, clips.portrait
    real = jobs_controller.probe_isolated

    def probe(path, poster=None):
        if path == first:
            time.sleep(1.5)  # a slow disk, a big file: the others are read before it
        return real(path, poster)

    monkeypatch.setattr(jobs_controller, "probe_isolated", probe)
    started = []
    window.controller.jobEvent.connect(lambda ev: ev["type"] == "job.started" and started.append(ev["jobId"]))
    window.controller.add_paths([first, second, third])
    try:
        qtbot.waitUntil(lambda: window.controller.model.rowCount() == 3 and bool(started), timeout=30000)
    finally:
        window.controller.shutdown()  # before the window closes (it would ask whether to cancel a running job)
    model = window.controller.model
    assert [j.name for j in model.jobs()] == ["landscape", "silent", "portrait"]
    assert started[0] == model.job(0).id
    assert len(started) == 1


def test_every_refused_file_stays_listed_with_its_reason_and_is_logged(qtbot, window, clips, tmp_path):
    import logging

    from app.core.logs import setup_file_logging

    log = setup_file_logging()
    try:
        window.controller.pause()
        bad, empty = tmp_path / "notes.txt", tmp_path / "empty.mp4"
        bad.write_text("not a video\n" * 20)
        empty.write_bytes(b"")
        window.controller.add_paths([str(bad), clips.no_audio, str(empty)])
        qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1 and not window.controller.is_probing(),
                        timeout=30000)
        panel = window.refused
        assert panel.isVisible()
        entries = panel.entries()
        assert sorted(name for _, name, _ in entries) == ["empty.mp4", "notes.txt"]
        reasons = {name: reason for _, name, reason in entries}
        assert "not a video file" in reasons["notes.txt"] and "empty" in reasons["empty.mp4"]
        assert all(t.count(":") == 2 for t, _, _ in entries)  # the time of each
        assert "2" in panel.toggle.text()
        window._show_message("something else")  # the status bar moves on; the list stays
        assert len(panel.entries()) == 2 and panel.isVisible()
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = open(log, encoding="utf-8").read()
        assert "refused " + str(bad) in text and "refused " + str(empty) in text
        panel.clear_button.click()
        assert panel.entries() == [] and not panel.isVisible()
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "_rendition_studio", False)]:
            root.removeHandler(handler)
            handler.close()


def test_the_hardware_check_result_wraps_in_its_own_row(qtbot, tmp_path):
    from PySide6.QtCore import QPoint

    from app.gui.preferences import Preferences
    from app.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Preferences(output_folder=str(tmp_path / "out")))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._detected({"devices": [{"type": t} for t in ("amf", "cuda", "drm", "qsv", "vaapi", "vdpau", "vulkan")],
                      "usable": []})
    label = dialog.detect_result
    # The layout settles in a later pass of the event loop: wait for it (a fixed 50 ms was too short on a busy machine).
    fields = (dialog.segment, dialog.concurrency, dialog.hwaccel)
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width())
                    and all(f.height() >= f.minimumSizeHint().height() for f in fields), timeout=5000)

    def box(w):
        return w.geometry().translated(w.parentWidget().mapTo(dialog, QPoint(0, 0)))

    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()  # every line shows
    assert not box(label).intersects(box(dialog.concurrency))
    assert not box(label).intersects(box(dialog.hwaccel))
    for field in fields:
        assert field.height() >= field.minimumSizeHint().height()


def _cell(delegate, view, model, row, text_shown=True):
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    from app.gui.models import PROGRESS_ROLE

    index = model.index(row, 0)
    saved = model.data(index, Qt.ItemDataRole.DisplayRole)
    if not text_shown:
        model.setData(index, "", Qt.ItemDataRole.DisplayRole)
    option = QStyleOptionViewItem()
    option.rect, option.palette, option.font = QRect(0, 0, 110, 30), view.palette(), view.font()
    option.fontMetrics = view.fontMetrics()
    option.state = QStyle.StateFlag.State_Enabled
    image = QImage(110, 30, QImage.Format.Format_RGB32)
    image.fill(view.palette().base().color())
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    model.setData(index, saved, Qt.ItemDataRole.DisplayRole)
    assert model.data(index, PROGRESS_ROLE) is not None
    return image


def test_the_progress_text_is_never_drawn_over_the_bar(qtbot):
    """Drawn over the bar's chunk, part of "45 %" is white on blue and part dark on white (or, in other styles,
    light on light): the text goes beside the bar, in the cell's text colour, readable at every value."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from app.gui.models import PROGRESS_ROLE
    from app.gui.panels import ProgressDelegate

    values = [0.0, 0.1, 0.3, 0.45, 0.6, 0.95, 1.0]
    model = QStandardItemModel(len(values), 1)
    for row, v in enumerate(values):
        item = QStandardItem(f"{v * 100:.0f} %")
        item.setData(v, PROGRESS_ROLE)
        model.setItem(row, 0, item)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = ProgressDelegate(view)
    empty = _cell(delegate, view, model, 0, text_shown=False)  # the bar with nothing in it
    for row, v in enumerate(values):
        with_text, without = _cell(delegate, view, model, row), _cell(delegate, view, model, row, text_shown=False)
        text_pixels = [(x, y) for x in range(110) for y in range(30) if with_text.pixel(x, y) != without.pixel(x, y)]
        assert text_pixels, v
        on_the_bar = [p for p in text_pixels if without.pixel(*p) != empty.pixel(*p)]
        assert not on_the_bar, f"{v:.0%}: {len(on_the_bar)} of the text's pixels lie on the bar's chunk"


def _remote_window(qtbot, tmp_path, environ, endpoints=None):
    from test_gui_remote import make_window

    return make_window(qtbot, tmp_path, environ, endpoints=endpoints)


def test_cancelling_a_remote_job_never_waits_on_the_network(qtbot, tmp_path):
    """An interrupted api.video job is cancelled from the queue; the server answers the DELETE after 3 s. The
    window's call returns at once and the outcome arrives later, as the job's event."""
    import time

    from app.providers.remote_jobs import RemoteJob
    from loopback import LoopbackServer
    from loopback.apivideo import ApiVideoApp, Video
    from test_gui_remote import KEY

    app = ApiVideoApp(KEY)
    app.videos["viSlow42"] = Video("viSlow42", "slow")
    with LoopbackServer(app) as server:
        server.fault("delay", method="DELETE", seconds=3.0)
        window = _remote_window(qtbot, tmp_path, {"APIVIDEO_API_KEY": KEY})
        job = RemoteJob.create("apivideo", {"base": server.url}, remote_id="viSlow42", out_root=str(tmp_path / "out"))
        job.status = "processing"
        window.remote.store.save(job, pid=0)
        window.controller.model.add(job)  # interrupted: no thread works on it
        window.queue.view.selectRow(0)
        t0 = time.monotonic()
        window.cancel_action.trigger()
        took = time.monotonic() - t0
        assert took < 0.5, f"the cancel blocked the window for {took:.2f} s"
        assert job.status == "processing"  # not yet: the provider has not answered
        qtbot.waitUntil(lambda: job.status == "cancelled" and not window.jobs.running(), timeout=15000)
        assert time.monotonic() - t0 >= 2.9
        assert app.videos["viSlow42"].deleted
    assert window.remote.store.get(job.id).status == "cancelled"


def test_removing_a_remote_job_never_waits_for_its_thread(qtbot, tmp_path):
    """A job polling a server that takes 3 s to answer is removed: gone from the queue at once, its record once
    its thread has ended (nothing it writes brings it back)."""
    import time

    from loopback import LoopbackServer
    from loopback.oxolo import OxoloApp
    from test_gui_remote import KEY

    app = OxoloApp(KEY)
    app.add("ox-slow", [{"status": "in_progress", "progress": "10", "remainingTime": "50"}] * 50)
    with LoopbackServer(app) as server:
        server.fault("delay", method="GET", seconds=3.0, times=-1)
        window = _remote_window(qtbot, tmp_path, {"OXOLO_API_KEY": KEY}, endpoints={"oxolo": {"base": server.url}})
        job_id = window.remote.track("oxolo", "ox-slow")
        qtbot.wait(300)  # its thread is waiting on the server
        assert window.jobs.running() == [job_id]
        t0 = time.monotonic()
        window.remote.remove(job_id)
        took = time.monotonic() - t0
        assert took < 0.5, f"removing blocked the window for {took:.2f} s"
        assert window.controller.model.row_of(job_id) is None
        qtbot.waitUntil(lambda: not window.jobs.running(), timeout=15000)
        # The record goes once the thread has ended (a moment after its last event; longer on a busy machine),
        # and stays gone: nothing the thread wrote brings it back.
        qtbot.waitUntil(lambda: window.remote.store.get(job_id) is None, timeout=15000)
        qtbot.wait(300)
        assert window.remote.store.get(job_id) is None


def test_a_provider_never_set_up_puts_nothing_in_the_status_bar_at_start(qtbot, tmp_path):
    """A remote job left unfinished for a provider without a key here (a key kept for one session only, a
    variable no longer set): the window starts without errors in the status bar; the row says what it waits for."""
    from PySide6.QtCore import Qt

    from app.providers.remote_jobs import RemoteJob

    window = _remote_window(qtbot, tmp_path, {})
    job = RemoteJob.create("uploads", {"base": "http://127.0.0.1:9/api/client/v1"}, remote_id="up-1",
                           out_root=str(tmp_path / "out"))
    job.status = "processing"
    window.remote.store.save(job, pid=0)
    messages = []
    window.remote.restore()
    for _ in range(10):
        qtbot.wait(100)
        messages.append(window.message.text())
    assert not window.jobs.running()
    assert not any(messages), messages
    model = window.controller.model
    tip = model.data(model.index(model.row_of(job.id), 0), Qt.ItemDataRole.ToolTipRole)
    assert "UPLOADS_API_KEY" in tip and "Retry" in tip


NOISE = """
import os, sys, time
from app.core.logs import setup_file_logging
print(setup_file_logging(), flush=True)
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication
from app.gui.app import open_window
window = open_window()
player = window.player.player
player.setSource(QUrl.fromLocalFile(sys.argv[1]))
player.play()

def end():
    print(player.mediaStatus().name, player.position(), flush=True)
    os._exit(0)  # never paused: see the player's note on Qt's audio thread

QTimer.singleShot(2500, end)
QApplication.exec()
"""


def test_qt_and_ffmpeg_messages_go_to_the_log_not_the_terminal(tmp_path, clips):
    """Starting the window and playing a clip: Qt Multimedia's notes (missing VA-API/PipeWire libraries, no
    PulseAudio, the FFmpeg version) and FFmpeg's dump of the file opened never reach the terminal."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_FFMPEG_DEBUG", "QT_LOGGING_RULES")}
    env.update(QT_QPA_PLATFORM="offscreen", RENDITION_STUDIO_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), RENDITION_STUDIO_LANGUAGE="en")
    proc = subprocess.run([sys.executable, "-c", NOISE, clips.landscape], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    status, position = proc.stdout.split()[1:3]
    assert status in ("BufferedMedia", "EndOfMedia") and int(position) > 0  # the clip was opened and played
    assert proc.stderr.strip() == "", proc.stderr
    log = open(proc.stdout.splitlines()[0], encoding="utf-8").read()
    assert "app.qt" in log and "qt.multimedia" in log
