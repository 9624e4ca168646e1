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


@pytest.fixture
def window(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from app.core.store import JobStore
    from app.gui.jobs_controller import JobsController
    from app.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = JobsController(JobStore(), str(tmp_path / "out"))
    controller.options.thumbnails = []
    w = MainWindow(controller, settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    controller.shutdown()


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
    window.controller.event.connect(lambda ev: ev["type"] == "job.started" and started.append(ev["jobId"]))
    window.controller.add_paths([first, second, third])
    try:
        qtbot.waitUntil(lambda: window.controller.model.rowCount() == 3 and bool(started), timeout=30000)
    finally:
        window.controller.shutdown()  # before the window closes (it would ask whether to cancel a running job)
    model = window.controller.model
    assert [j.name for j in model.jobs()] == ["landscape", "silent", "portrait"]
    assert started[0] == model.job(0).id
    assert len(started) == 1
