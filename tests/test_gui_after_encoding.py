"""After encoding: a desktop notification when the queue has finished, the job's thumbnails in a strip, and
"Open output folder" that says so when no file manager opens it."""

import os

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage
from PySide6.QtWidgets import QSystemTrayIcon

from app.core.jobs import EncodeOptions, Job
from app.gui.signals import emit


def _finished(window, job_id, status):
    emit(window.controller.jobEvent, {"type": "job.finished", "jobId": job_id, "status": status, "error": None})


def test_a_notification_says_the_queue_has_finished(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, title, text, *a: shown.append((title, text)))
    _finished(window, "vi1", "completed")
    _finished(window, "vi2", "failed")
    assert len(shown) == 2  # nothing else runs: each finish ran the queue dry
    assert shown[0] == ("The queue has finished", "Completed: 1")
    assert shown[1] == ("The queue has finished", "Completed: 0 · Not completed: 1")


def test_no_notification_area_no_notification_and_no_error(qtbot, window, monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    _finished(window, "vi1", "completed")
    assert window._tray is None
    assert window.notify("title", "text") is False


def _job_with_output(tmp_path, window, thumbnails=2):
    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"), EncodeOptions(), name="a")
    os.makedirs(os.path.join(job.out_dir, "thumbnails"))
    for i in range(thumbnails):
        image = QImage(160, 90, QImage.Format.Format_RGB32)
        image.fill(QColor("orange"))
        assert image.save(os.path.join(job.out_dir, "thumbnails", f"thumb-{i}.jpg"))
        job.thumbnails.append(f"thumbnails/thumb-{i}.jpg")
    job.status = "completed"
    window.controller.model.add(job)
    return job


def test_the_thumbnails_show_in_a_strip_under_the_grid(qtbot, window, tmp_path):
    job = _job_with_output(tmp_path, window)
    strip = window.grid.thumbs
    assert strip.isHidden()
    window._show_job(job.id)
    assert strip.isVisibleTo(window) and strip.count() == 2
    assert strip.item(0).text() == "thumb-0.jpg" and not strip.item(0).icon().isNull()
    window._show_job("")
    assert strip.isHidden() and strip.count() == 0


def test_open_output_folder_says_so_when_no_file_manager_opens_it(qtbot, window, tmp_path, monkeypatch):
    job = _job_with_output(tmp_path, window, thumbnails=0)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    window.controller.model.set_status(job.id, "failed")  # in the queue, selectable
    window.queue.view.selectRow(window.controller.model.row_of(job.id))
    window.open_folder_action.trigger()
    assert opened == [QUrl.fromLocalFile(job.out_dir)]
    assert "No file manager could open" in window.message.text()
