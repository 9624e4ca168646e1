"""The Qt models without any widget: rows, cells, and that progress changes cells, never resets."""

from PySide6.QtCore import Qt

from app.core import jobstate
from app.core.jobs import Job, RenditionState
from app.gui.models import PROGRESS_ROLE, JobQueueModel, RenditionTableModel


class Feed:
    """What the jobs controller does: each event applied once to the one job, then the models told what changed."""

    def __init__(self, job, *models):
        self.job, self.models = job, models

    def apply_event(self, ev):
        change = jobstate.apply_event(self.job, ev)
        for model in self.models:
            model.job_changed(ev["jobId"], change)


def planned(job):
    rows = [RenditionState("hls:240p", "hls", "240p", 426, 240, 150, status="encoding"),
            RenditionState("hls:360p", "hls", "360p", 640, 360, 365, status="encoding"),
            RenditionState("mp4:360p", "mp4", "360p", 640, 360, 365, status="encoding")]
    return {"type": "job.planned", "jobId": job.id, "metadata": {"width": 640, "height": 360, "duration": 8.0},
            "renditions": [r.to_dict() for r in rows], "plan": {}, "thumbnails": [], "warnings": []}


def progress(job, fraction):
    return {"type": "job.progress", "jobId": job.id, "fraction": fraction, "mediaTime": 1.0, "renditions": [
        {"encoding": e, "quality": q, "status": "encoding", "fraction": fraction, "frames": 10, "fps": 50.0,
         "speed": 2.0, "eta": 4.0} for e, q in (("hls", "240p"), ("hls", "360p"), ("mp4", "360p"))]}


def test_rendition_model_rows_and_single_cell_updates(qtbot, tmp_path):
    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path))
    model = RenditionTableModel()
    model.set_job(job)
    feed = Feed(job, model)
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.modelReset):
        feed.apply_event(planned(job))
    assert model.rowCount() == 3 and model.columnCount() == 12  # 9, then SSIM, PSNR, XPSNR
    assert model.headerData(model.COL_STATUS, Qt.Orientation.Horizontal) == "Status"
    assert model.data(model.index(1, model.COL_RESOLUTION)) == "640×360"
    assert model.data(model.index(0, model.COL_BITRATE)) == "150 kb/s"

    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda a, b: changes.append((a.row(), a.column(), b.row(), b.column())))
    feed.apply_event(progress(job, 0.5))
    assert not resets
    assert changes and all(a == b for a, _, b, _ in changes)  # one row at a time
    assert model.data(model.index(0, model.COL_PROGRESS), PROGRESS_ROLE) == 0.5
    assert model.data(model.index(0, model.COL_SPEED)) == "50.0 fps · 2.00×"
    assert model.data(model.index(0, model.COL_ETA)) == "0:04"

    changes.clear()
    feed.apply_event(progress(job, 0.5))  # nothing new: no signal
    assert changes == []

    feed.apply_event({"type": "rendition.encoded", "jobId": job.id, "encoding": "hls", "quality": "240p",
                       "size": 2048, "path": "/x"})
    feed.apply_event({"type": "rendition.failed", "jobId": job.id, "encoding": "mp4", "quality": "360p",
                       "error": "disk full"})
    assert model.data(model.index(0, model.COL_STATUS)) == "encoded"
    assert model.data(model.index(0, model.COL_SIZE)) == "2.0 kB"
    assert model.data(model.index(2, model.COL_STATUS)) == "failed"
    assert model.data(model.index(2, model.COL_STATUS), Qt.ItemDataRole.ToolTipRole) == "disk full"
    with qtbot.waitSignal(model.rowsInserted):
        feed.apply_event({"type": "thumbnails.done", "jobId": job.id, "files": ["/t/a.jpg", "/t/b.jpg"]})
    assert model.rowCount() == 4 and not resets

    other = Job.create(str(tmp_path / "b.mp4"), str(tmp_path))
    Feed(other, model).apply_event(progress(other, 0.9))  # another job's events are ignored
    assert model.data(model.index(1, model.COL_PROGRESS), PROGRESS_ROLE) == 0.5

    # A cancelled job: what was still encoding reads failed, with the reason, and no row is reset.
    changes.clear()
    feed.apply_event({"type": "job.finished", "jobId": job.id, "status": "cancelled",
                       "error": "cancelled by the user"})
    assert model.data(model.index(1, model.COL_STATUS)) == "failed" and not resets
    assert model.data(model.index(1, model.COL_STATUS), Qt.ItemDataRole.ToolTipRole) == "cancelled by the user"
    assert model.data(model.index(0, model.COL_STATUS)) == "encoded" and [c[0] for c in changes] == [1]


def test_queue_model(qtbot, tmp_path):
    model = JobQueueModel()
    a, b = (Job.create(str(tmp_path / f"{n}.mp4"), str(tmp_path)) for n in "ab")
    model.add(a)
    model.add(b)
    feed, feed_b = Feed(a, model), Feed(b, model)
    assert model.rowCount() == 2 and model.data(model.index(0, model.COL_NAME)) == "a"
    feed.apply_event({"type": "job.started", "jobId": a.id})
    assert model.data(model.index(0, model.COL_STATUS)) == "encoding"
    # A per-title job's analysis comes before its plan: the row says so, and how far it is (its cell repaints).
    with qtbot.waitSignal(model.dataChanged):
        feed.apply_event({"type": "job.analysis", "jobId": a.id, "stage": "encode", "fraction": 0.4})
    assert model.data(model.index(0, model.COL_STATUS)) == "analysing 40 %"
    feed.apply_event(planned(a))
    assert model.data(model.index(0, model.COL_STATUS)) == "encoding"
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(model.dataChanged):
        feed.apply_event(progress(a, 0.25))
    assert model.data(model.index(0, model.COL_PROGRESS), PROGRESS_ROLE) == 0.25 and not resets
    feed.apply_event({"type": "job.finished", "jobId": a.id, "status": "completed", "error": None})
    assert model.data(model.index(0, model.COL_PROGRESS)) == "100 %"
    feed_b.apply_event({"type": "job.planned", "jobId": b.id, "renditions": [],
                       "metadata": {"width": 1920, "height": 1080, "framerate": 29.97, "videoCodec": "h264",
                                    "audioCodec": None, "filesize": 3_000_000, "duration": 75.0}})
    assert model.data(model.index(1, model.COL_FORMAT)) == "1920×1080 · 29.97 fps · h264/no audio"
    assert model.data(model.index(1, model.COL_SIZE)) == "3.0 MB"
    assert model.data(model.index(1, model.COL_DURATION)) == "1:15"
    assert model.move(b.id, -1) and model.job(0).id == b.id
    model.remove(a.id)
    assert model.rowCount() == 1


def test_status_column_shows_an_icon_per_status(qtbot, tmp_path):
    from PySide6.QtGui import QIcon

    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path))
    statuses = ["waiting", "encoding", "encoded", "failed"]
    job.renditions = [RenditionState(f"hls:{i}", "hls", f"{h}p", h * 16 // 9, h, 500, status=s)
                      for i, (s, h) in enumerate(zip(statuses, (240, 360, 480, 720)))]
    model = RenditionTableModel()
    model.set_job(job)
    images = []
    for row, status in enumerate(statuses):
        icon = model.data(model.index(row, model.COL_STATUS), Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull(), status
        image = icon.pixmap(16, 16).toImage()
        assert not image.isNull() and image.width() == 16
        opaque = sum(image.pixelColor(x, y).alpha() > 128 for x in range(16) for y in range(16))
        assert opaque > 20, f"{status}: the SVG drew (almost) nothing"
        images.append(image)
        assert model.data(model.index(row, model.COL_RENDITION), Qt.ItemDataRole.DecorationRole) is None
    assert all(images[i] != images[j] for i in range(4) for j in range(i + 1, 4))  # four different icons
    # Loaded once: the same QIcon object for every row with that status.
    assert model.data(model.index(2, model.COL_STATUS), Qt.ItemDataRole.DecorationRole) is \
        model.data(model.index(2, model.COL_STATUS), Qt.ItemDataRole.DecorationRole)
