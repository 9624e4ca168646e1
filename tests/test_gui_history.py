"""The History tab: finished and command-line jobs leave the queue; search, filter, clear, open, show."""

import os

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app.core.jobs import EncodeOptions, Job, RenditionState
from app.core.store import JobStore
from app.gui.history import HistoryModel


def _job(tmp_path, name, status, origin="window"):
    job = Job.create(str(tmp_path / f"{name}.mp4"), str(tmp_path / "out"), EncodeOptions(), name=name)
    job.status, job.origin = status, origin
    job.renditions = [RenditionState(id="mp4:240p", type="mp4", quality="240p", width=426, height=240,
                                     status="encoded" if status == "completed" else "waiting")]
    return job


def _restore(window, tmp_path, jobs):
    window.controller.pause()  # nothing starts: the records are all there is
    for job in jobs:
        window.controller.store.save(job)
    window.controller.restore()


def _visible_queue(window):
    model = window.controller.model
    return [model.job(r).name for r in range(model.rowCount()) if not window.queue.view.isRowHidden(r)]


def _history(window):
    m = window.history_model
    return [m.job(r).name for r in range(m.rowCount())]


def test_the_queue_keeps_work_to_do_and_the_history_the_rest(qtbot, window, tmp_path):
    jobs = [_job(tmp_path, "done", "completed"), _job(tmp_path, "todo", "queued"),
            _job(tmp_path, "broken", "failed"), _job(tmp_path, "stopped", "interrupted"),
            _job(tmp_path, "dropped", "cancelled"), _job(tmp_path, "refused", "rejected"),
            _job(tmp_path, "clip", "completed", origin="cli"), _job(tmp_path, "clip-2", "failed", origin="cli")]
    _restore(window, tmp_path, jobs)
    assert _visible_queue(window) == ["todo", "broken", "stopped"]
    assert _history(window) == ["done", "dropped", "refused", "clip", "clip-2"]
    window._refresh_status()  # the status bar counts what the Queue tab shows (it counted all 8)
    assert window.running_label.text() == "Jobs in the queue: 3"
    m = window.history_model
    assert m.data(m.index(3, HistoryModel.COL_ORIGIN)) == "command line"
    assert m.data(m.index(0, HistoryModel.COL_STATUS)) == "completed"
    assert m.data(m.index(0, HistoryModel.COL_RENDITIONS)) == "1/1"
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Queue", "History"]

    window.history.search.setText("CLIP")
    assert _history(window) == ["clip", "clip-2"]
    window.history.status.setCurrentIndex(window.history.status.findData("failed"))
    assert _history(window) == ["clip-2"]
    window.history.search.clear()
    window.history.status.setCurrentIndex(0)
    assert len(_history(window)) == 5

    # A double-click shows the job's renditions in the grid.
    window.tabs.setCurrentWidget(window.history)
    with qtbot.waitSignal(window.history.showJob) as shown:
        window.history.view.doubleClicked.emit(m.index(0, 0))
    assert shown.args == [jobs[0].id]
    assert window.grid.model.job_id() == jobs[0].id and window.grid.model.rowCount() == 1
    # So does selecting a row, as in the Queue.
    with qtbot.waitSignal(window.history.showJob) as shown:
        window.history.view.selectRow(3)
    assert shown.args == [m.job(3).id] and window.grid.model.job_id() == m.job(3).id


def test_a_job_finished_in_the_queue_stays_there_until_moved_to_history(qtbot, window, tmp_path):
    job = _job(tmp_path, "now", "queued")
    _restore(window, tmp_path, [job])
    window.controller.model.set_status(job.id, "completed")
    assert _visible_queue(window) == ["now"] and _history(window) == []
    window.clear_finished_button.click()
    assert _visible_queue(window) == [] and _history(window) == ["now"]
    assert window.queue.hint.isVisibleTo(window.queue)
    window.controller.retry(job.id)  # a retry puts it back to work
    assert _visible_queue(window) == ["now"] and _history(window) == []


def test_clear_history_asks_then_removes_records_never_files(qtbot, window, tmp_path, monkeypatch):
    jobs = [_job(tmp_path, "done", "completed"), _job(tmp_path, "todo", "queued")]
    os.makedirs(jobs[0].out_dir)
    kept = os.path.join(jobs[0].out_dir, "video.mp4")
    open(kept, "wb").close()
    _restore(window, tmp_path, jobs)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    window.history.clear_button.click()
    assert _history(window) == ["done"]  # said no
    window.history.clear_button.click()
    qtbot.waitUntil(lambda: window.controller.store.get(jobs[0].id) is None, timeout=5000)
    assert _history(window) == [] and _visible_queue(window) == ["todo"]
    assert os.path.exists(kept)
    assert [j.id for j in JobStore().list()] == [jobs[1].id]


def test_open_folder_says_so_when_no_file_manager_opens_it(qtbot, window, tmp_path, monkeypatch):
    job = _job(tmp_path, "done", "completed")
    os.makedirs(job.out_dir)
    _restore(window, tmp_path, [job])
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    window.history.view.selectRow(0)
    assert window.history.open_current_folder() is False
    assert opened == [QUrl.fromLocalFile(job.out_dir)]
    assert "No file manager" in window.message.text()


def test_the_store_keeps_where_a_job_was_made(tmp_path):
    store = JobStore()
    job = _job(tmp_path, "clip", "completed", origin="cli")
    store.save(job)
    assert store.get(job.id).origin == "cli"
    other = _job(tmp_path, "win", "queued")
    store.save(other)
    assert store.get(other.id).origin == "window"


def test_moving_a_job_steps_over_the_finished_ones_hidden_in_history(qtbot, window, tmp_path):
    jobs = [_job(tmp_path, "first", "queued"), _job(tmp_path, "done", "completed"),
            _job(tmp_path, "done-too", "completed"), _job(tmp_path, "second", "queued")]
    _restore(window, tmp_path, jobs)
    assert _visible_queue(window) == ["first", "second"]
    window.queue.view.selectRow(0)
    assert window.queue.move_current(1)  # one press: below "second", not below an invisible "done"
    assert _visible_queue(window) == ["second", "first"]
    assert window.queue.current_job_id() == jobs[0].id
    assert not window.queue.move_current(1)  # already the last the queue shows
    assert window.queue.move_current(-1)
    assert _visible_queue(window) == ["first", "second"]
    stored = [j.name for j in JobStore().list() if j.status == "queued"]
    assert stored == ["first", "second"]  # the order is kept for the next start
