"""The window offscreen: drops with real QMimeData file URLs, and a clip encoded end to end."""

import os

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.core.store import JobStore
from app.gui.jobs_controller import JobsController


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_drop_mixed_files_refuses_the_bad_one_without_disturbing_the_queue(qtbot, window, clips, tmp_path):
    window.controller.pause()
    bad = tmp_path / "notes.txt"
    bad.write_text("not a video\n" * 20)
    with qtbot.waitSignal(window.controller.rejected, timeout=30000) as refused:
        drop(window, [clips.no_audio, bad])
    assert refused.args[0] == str(bad) and "not a video file" in refused.args[1]
    qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1, timeout=30000)
    assert "notes.txt" in window.message.text()
    assert window.controller.model.job(0).status == "queued"


def test_drop_a_folder(qtbot, window, clips, tmp_path):
    window.controller.pause()
    folder = tmp_path / "folder"
    folder.mkdir()
    for name in ("one.mkv", "two.mkv"):
        os.symlink(clips.no_audio, folder / name)
    (folder / "readme.txt").write_text("skip me")
    drop(window, [folder])
    qtbot.waitUntil(lambda: window.controller.model.rowCount() == 2, timeout=30000)
    assert sorted(j.name for j in window.controller.model.jobs()) == ["one", "two"]


@pytest.mark.slow
def test_drop_and_encode_until_every_row_reads_encoded(qtbot, window, clips):
    drop(window, [clips.landscape])
    qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1, timeout=30000)
    job = window.controller.model.job(0)
    qtbot.waitUntil(lambda: job.status in ("completed", "failed", "partial"), timeout=120000)
    assert job.status == "completed", job.error
    grid = window.grid.model
    assert grid.rowCount() == 3
    statuses = [grid.data(grid.index(r, grid.COL_STATUS)) for r in range(grid.rowCount())]
    assert statuses == ["encoded"] * 3
    assert os.path.exists(os.path.join(job.out_dir, "hls", "master.m3u8"))
    # At the default window size every column of the grid is in view, the sizes included: nothing to scroll to.
    assert window.width() == 1280
    assert window.grid.view.horizontalScrollBar().maximum() == 0
    size = grid.COL_SIZE
    assert window.grid.view.columnWidth(size) >= window.grid.view.fontMetrics().horizontalAdvance("000.0 MB")

    # The player offers the source, the master and each rendition, and really plays one.
    window.queue.view.selectRow(0)
    player = window.player
    labels = [player.choice.itemText(i) for i in range(player.choice.count())]
    assert labels[:2] == ["Source", "HLS master (adaptive)"] and len(labels) == 5
    frames = []
    player.video.videoSink().videoFrameChanged.connect(lambda f: frames.append(f.size()))
    rendition = os.path.join(job.out_dir, "hls", "240p", "index.m3u8")
    player.play_path(rendition)
    qtbot.waitUntil(lambda: len(frames) >= 5, timeout=20000)
    assert frames[-1].width() == 426 and frames[-1].height() == 240
    position = player.player.position()
    player.play_path(job.renditions[1].path if job.renditions[1].path else rendition)  # switch keeps position
    qtbot.waitUntil(lambda: player.player.position() >= position, timeout=10000)
    player.stop()


@pytest.mark.slow
def test_restart_restores_the_queue_from_the_store(qtbot, window, clips, tmp_path):
    window.controller.pause()
    drop(window, [clips.no_audio])
    qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1, timeout=30000)
    job_id = window.controller.model.job(0).id
    controller = JobsController(JobStore(), str(tmp_path / "out"))
    controller.pause()
    restored = controller.restore()
    assert [j.id for j in restored] == [job_id] and restored[0].status == "queued"


@pytest.mark.slow
def test_quitting_during_a_job_asks_then_cancels_cleanly(qtbot, window, clips, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    drop(window, [clips.landscape])
    with qtbot.waitSignal(window.controller.jobEvent, timeout=60000,
                          check_params_cb=lambda ev: ev["type"] == "job.progress"):
        pass
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    window.close()
    assert asked and window.isVisible()  # "No": the window stays, the job goes on
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.close()
    assert not window.isVisible() and not window.controller.running()
    job = window.controller.model.job(0)
    for _root, dirs, files in os.walk(job.out_dir):
        assert not [n for n in dirs + files if ".partial" in n]


def no_partials(folder):
    for root, dirs, files in os.walk(folder):
        assert not [n for n in dirs + files if ".partial" in n], root


@pytest.mark.slow
def test_cancel_mid_encode_from_the_window_leaves_no_partial_output(qtbot, window, clips):
    window.controller.options.encoder_preset = "medium"  # slow enough to be caught mid-encode
    drop(window, [clips.landscape])
    with qtbot.waitSignal(window.controller.jobEvent, timeout=60000,
                          check_params_cb=lambda ev: ev["type"] == "job.progress"):
        pass
    window.queue.view.selectRow(0)
    window.cancel_action.trigger()
    job = window.controller.model.job(0)
    qtbot.waitUntil(lambda: job.status == "cancelled" and not window.controller.running(), timeout=30000)
    no_partials(job.out_dir)
    grid = window.grid.model
    assert all(grid.data(grid.index(r, grid.COL_STATUS)) in ("encoded", "failed") for r in range(grid.rowCount()))


@pytest.mark.slow
def test_a_failed_rendition_is_retried_alone_from_the_grid(qtbot, window, clips):
    from PySide6.QtGui import QGuiApplication

    window.controller.options.formats = ("hls",)
    window.controller.options.codec_overrides = {"hls:240p": "no_such_encoder"}
    drop(window, [clips.landscape])
    qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1, timeout=30000)
    job = window.controller.model.job(0)
    qtbot.waitUntil(lambda: job.status in ("completed", "failed", "partial"), timeout=120000)
    assert job.status == "partial"
    assert job.metadata.get("poster") and os.path.exists(job.metadata["poster"])  # the queue's poster
    queue = window.controller.model
    assert not queue.data(queue.index(0, queue.COL_NAME), role=1).isNull()  # Qt.DecorationRole: a QIcon
    assert "640×360" in queue.data(queue.index(0, queue.COL_FORMAT))

    grid = window.grid
    assert not grid.retry_button.isEnabled()
    row = next(i for i in range(grid.model.rowCount()) if grid.model.rendition(i).quality == "240p")
    grid.view.selectRow(row)
    assert grid.retry_button.isEnabled()
    job.options.codec_overrides = None  # as if the cause was fixed (e.g. a driver came back)
    kept = os.path.join(job.out_dir, "hls", "360p", "index.m3u8")
    kept_mtime = os.stat(kept).st_mtime_ns
    encoded = []
    window.controller.jobEvent.connect(lambda ev: ev["type"] == "rendition.encoded" and encoded.append(ev["quality"]))
    grid.retry_button.click()
    qtbot.waitUntil(lambda: job.status == "completed", timeout=120000)
    assert encoded == ["240p"] and os.stat(kept).st_mtime_ns == kept_mtime
    statuses = [grid.model.data(grid.model.index(r, grid.model.COL_STATUS)) for r in range(grid.model.rowCount())]
    assert statuses == ["encoded", "encoded"]

    window.copy_master_action.trigger()
    assert QGuiApplication.clipboard().text() == os.path.join(job.out_dir, "hls", "master.m3u8")


def test_files_join_the_queue_in_the_order_given_and_moves_persist(qtbot, window, clips):
    window.controller.pause()
    drop(window, [clips.landscape, clips.no_audio, clips.portrait])  # probes finish in any order
    qtbot.waitUntil(lambda: window.controller.model.rowCount() == 3, timeout=30000)
    names = [j.name for j in window.controller.model.jobs()]
    assert names == ["landscape", "silent", "portrait"]
    window.queue.view.selectRow(2)
    window.queue.up_button.click()
    assert [j.name for j in window.controller.store.list()] == ["landscape", "portrait", "silent"]
