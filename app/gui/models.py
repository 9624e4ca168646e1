"""Qt models over the core's job state: the queue of jobs and the per-rendition grid of one job.

Progress ticks change single cells (`dataChanged`), never reset the model. A local job's state is the one `Job`
object the jobs controller holds, changed only by `app.core.jobstate.apply_event` (the controller calls it once
per engine event, on the GUI thread); the models show that object and repaint what its `Change` names
(`job_changed`). Remote jobs' rows are fed their events (`apply_event`). Tested without widgets.
"""

from __future__ import annotations

import copy
import functools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap

from app import resource_path
from app.core import jobstate
from app.core.jobs import ENCODED, ENCODING, R_FAILED, WAITING, Job, RenditionState
from app.core.pertitle import predicted_score
from app.core.units import format_size
from app.providers.remote_jobs import RemoteJob
from app.gui import remote_rows
from app.gui.signals import emit

QueueJob = Job | RemoteJob  # the queue holds local jobs and remote ones


def fmt_eta(seconds: float | None) -> str:
    if seconds is None:
        return ""
    s = int(seconds)
    return f"{s // 60}:{s % 60:02d}" if s < 3600 else f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def fmt_duration(seconds: float) -> str:
    """``12.3 s`` under a minute, else ``1:05`` (as the ETA)."""
    return f"{seconds:.1f} s" if seconds < 60 else fmt_eta(seconds)


PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 1  # float 0..1 for the progress delegate
BAND_ROLE = Qt.ItemDataRole.UserRole + 2  # a quality cell's band: "good", "fair" or "weak" (None: no score)

# Quality bands of a rendition's mean score: (good at or above, fair at or above); below is weak. PSNR and XPSNR
# in dB (the luma XPSNR reads a little above PSNR on the same picture; the same bands keep it simple).
BANDS = {"ssim": (0.98, 0.95), "psnr": (40.0, 35.0), "xpsnr_y": (40.0, 35.0)}
BAND_COLOURS = {"good": "#c8e6c9", "fair": "#ffe0a3", "weak": "#ffb4b4"}  # light green, amber, red (dark text)
METRIC_NAMES = {"ssim": "SSIM", "psnr": "PSNR", "xpsnr_y": "XPSNR"}


def band(metric: str, value: float | None) -> str | None:
    """"good", "fair" or "weak" for a mean score (None: an identical picture's infinite PSNR, the best)."""
    good, fair = BANDS[metric]
    if value is None:
        return "good"
    return "good" if value >= good else "fair" if value >= fair else "weak"


def format_score(metric: str, value: float | None) -> str:
    """``0.9871`` for SSIM, ``41.25 dB`` for PSNR/XPSNR; ``∞ dB`` for identical pictures."""
    if metric == "ssim":
        return "1.0000" if value is None else f"{value:.4f}"
    return "∞ dB" if value is None else f"{value:.2f} dB"


def _clock_short(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 60}:{s % 60:02d}"


@functools.cache
def status_icon(status: str) -> QIcon | None:
    """The grid's icon for a rendition status (resources/icons/status/<status>.svg), loaded once."""
    if status not in (WAITING, ENCODING, ENCODED, R_FAILED):
        return None
    return QIcon(resource_path("icons", "status", f"{status}.svg"))


class _TableModel(QAbstractTableModel):
    """Rows of `_items()`, columns named by `HEADERS` (translated in the subclass's context)."""

    HEADERS: dict[int, object] = {}  # QT_TRANSLATE_NOOP's texts (PySide6 types its result `object`)

    def _items(self) -> list:
        raise NotImplementedError

    def _translate(self, text: object) -> str | None:
        return QCoreApplication.translate(type(self).__name__, text) if isinstance(text, str) and text else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._translate(self.HEADERS.get(section))
        return None


class RenditionTableModel(_TableModel):
    """One row per rendition of the selected job (and one for thumbnails), with its quality scores once measured.

    The scores are colour-banded (`BANDS`: SSIM good ≥ 0.98, fair 0.95–0.98, weak below; PSNR and XPSNR good
    ≥ 40 dB, fair 35–40 dB, weak below), and say ``measuring…`` while their measurement runs."""

    measuringChanged = Signal(str)  # job id: a measurement of its renditions started or ended

    (COL_RENDITION, COL_TYPE, COL_RESOLUTION, COL_BITRATE, COL_STATUS, COL_PROGRESS, COL_SPEED, COL_ETA,
     COL_SIZE, COL_SSIM, COL_PSNR, COL_XPSNR) = range(12)
    QUALITY_COLUMNS = {COL_SSIM: "ssim", COL_PSNR: "psnr", COL_XPSNR: "xpsnr_y"}
    HEADERS = {
        COL_RENDITION: QT_TRANSLATE_NOOP("RenditionTableModel", "Rendition"),
        COL_TYPE: QT_TRANSLATE_NOOP("RenditionTableModel", "Type"),
        COL_RESOLUTION: QT_TRANSLATE_NOOP("RenditionTableModel", "Resolution"),
        COL_BITRATE: QT_TRANSLATE_NOOP("RenditionTableModel", "Target bitrate"),
        COL_STATUS: QT_TRANSLATE_NOOP("RenditionTableModel", "Status"),
        COL_PROGRESS: QT_TRANSLATE_NOOP("RenditionTableModel", "Progress"),
        COL_SPEED: QT_TRANSLATE_NOOP("RenditionTableModel", "Speed"),
        COL_ETA: QT_TRANSLATE_NOOP("RenditionTableModel", "ETA"),
        COL_SIZE: QT_TRANSLATE_NOOP("RenditionTableModel", "Size"),
        COL_SSIM: QT_TRANSLATE_NOOP("RenditionTableModel", "SSIM"),
        COL_PSNR: QT_TRANSLATE_NOOP("RenditionTableModel", "PSNR"),
        COL_XPSNR: QT_TRANSLATE_NOOP("RenditionTableModel", "XPSNR"),
    }
    STATUS_TEXT = {WAITING: QT_TRANSLATE_NOOP("RenditionTableModel", "waiting"),
                   ENCODING: QT_TRANSLATE_NOOP("RenditionTableModel", "encoding"),
                   ENCODED: QT_TRANSLATE_NOOP("RenditionTableModel", "encoded"),
                   R_FAILED: QT_TRANSLATE_NOOP("RenditionTableModel", "failed")}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._job: Job | None = None
        self._remote: RemoteJob | None = None  # the model's own copy when the job is a remote one
        self._rows: list[RenditionState] = []  # a local job's own renditions (the same objects), then thumbnails
        self._thumbs: RenditionState | None = None
        self._measuring: dict[str, set[str]] = {}  # job id -> ids of the renditions being measured

    # -- feeding ---------------------------------------------------------------------------------------------
    # A local job's rows are its own rendition objects (the controller's job, changed on the GUI thread by the
    # job state's reducer); the engine's thread works on its own copy and never shares an object with the window.
    def set_job(self, job: Job | None) -> None:
        """Show a job. A different job resets the model; progress never does."""
        self.beginResetModel()
        self._job = job
        self._thumbs = None
        if isinstance(job, RemoteJob):  # an upload row, then the provider's renditions
            self._remote = copy.deepcopy(job)
            self._rows = remote_rows.grid_rows(self._remote)
        else:
            self._remote = None
            self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        self._rows = list(self._job.renditions) if self._job else []
        self._thumbs = None
        if self._job and self._job.thumbnails:
            self._append_thumbs(len(self._job.thumbnails))

    def _append_thumbs(self, count: int) -> None:
        self._thumbs = RenditionState("thumbnails", "thumbnails", self.tr("thumbnails"), status=ENCODED, progress=1.0,
                                      frames=count)
        self._rows.append(self._thumbs)

    def job_id(self) -> str | None:
        return self._job.id if self._job else None

    # Which columns show a rendition's field.
    _COLUMNS = {"status": (COL_STATUS, COL_STATUS), "progress": (COL_PROGRESS, COL_PROGRESS),
                "fps": (COL_SPEED, COL_SPEED), "speed": (COL_SPEED, COL_SPEED), "eta": (COL_ETA, COL_ETA),
                "size": (COL_SIZE, COL_SIZE), "error": (COL_STATUS, COL_STATUS),
                "measured": (COL_SSIM, COL_XPSNR), "preview": (COL_STATUS, COL_STATUS)}

    def set_measuring(self, job_id: str, ids: set[str]) -> None:
        """These renditions of a job are being measured now (an empty set: its measurement has ended)."""
        before = self._measuring.get(job_id, set())
        if ids:
            self._measuring[job_id] = set(ids)
        else:
            self._measuring.pop(job_id, None)
        if self._job is not None and self._remote is None and job_id == self._job.id:
            for i, r in enumerate(self._rows):
                if (r.id in before) != (r.id in ids):
                    self._changed(i, self.COL_SSIM, self.COL_XPSNR)
        emit(self.measuringChanged, job_id)

    def is_measuring(self, rid: str) -> bool:
        return self._job is not None and rid in self._measuring.get(self._job.id, ())

    def quality_shown(self) -> set[int]:
        """The quality columns that have something to show for this job (XPSNR only once it was measured)."""
        cols: set[int] = set()
        if self._remote is not None:
            return cols
        for r in self._rows:
            if r.measured is not None or self.is_measuring(r.id):
                cols |= {self.COL_SSIM, self.COL_PSNR}
            if r.measured and "xpsnr_y" in (r.measured.get("scores") or {}):
                cols.add(self.COL_XPSNR)
        return cols

    def score(self, r: RenditionState, metric: str) -> dict | None:
        """A rendition's measured statistics of one score (mean, p5, min, worst), or None."""
        scores = (r.measured or {}).get("scores") or {}
        return scores.get(metric) if isinstance(scores.get(metric), dict) else None

    def _quality_data(self, r: RenditionState, col: int, role):
        metric = self.QUALITY_COLUMNS[col]
        stats = self.score(r, metric)
        error = (r.measured or {}).get("error")
        measuring = self.is_measuring(r.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if measuring:
                return self.tr("measuring…") if col == self.COL_SSIM else ""
            if error:
                return self.tr("not measured: %1").replace("%1", error) if col == self.COL_SSIM else ""
            return format_score(metric, stats["mean"]) if stats else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if measuring:
                return self.tr("The quality of this rendition is being measured")
            if error:
                return self.tr("Not measured: %1").replace("%1", error)
            return self._quality_tip(r, metric, stats) if stats else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        b = band(metric, stats["mean"]) if stats and not measuring and not error else None
        if role == BAND_ROLE:
            return b
        if role == Qt.ItemDataRole.BackgroundRole and b:
            return QBrush(QColor(BAND_COLOURS[b]))
        if role == Qt.ItemDataRole.ForegroundRole and b:
            return QBrush(QColor("#1a1a1a"))  # dark on the light band, in a dark theme too
        return None

    def _quality_tip(self, r: RenditionState, metric: str, stats: dict) -> str:
        m = r.measured or {}
        name = METRIC_NAMES[metric]
        lines = [self.tr("%1: mean %2 · 5th percentile %3 · minimum %4").replace("%1", name).replace(
            "%2", format_score(metric, stats["mean"])).replace("%3", format_score(metric, stats.get("p5"))).replace(
            "%4", format_score(metric, stats.get("min")))]
        guess = predicted_score(r.predicted)
        if guess and guess[0] == metric:  # a per-title rung: what its analysis predicted, in the same metric
            lines.append(self.tr("Predicted by the per-title analysis: %1 at %2 kb/s").replace(
                "%1", format_score(metric, guess[1])).replace("%2", f"{(r.predicted or {}).get('kbps', 0):.0f}"))
        worst = stats.get("worst") or []
        if worst:
            lines.append(self.tr("Worst moments: %1").replace("%1", ", ".join(
                f"{_clock_short(t)} ({format_score(metric, v)})" for t, v in worst)))
        facts = []
        if m.get("bitrate"):
            facts.append(self.tr("measured bitrate %n kb/s", "", int(round(m["bitrate"] / 1000))))
        mode = {"sampled": self.tr("sampled"), "full": self.tr("every frame")}.get(m.get("mode") or "", m.get("mode"))
        if mode:
            facts.append(mode)
        if m.get("frames"):
            facts.append(self.tr("%n frames", "", int(m["frames"])))
        if facts:
            lines.append(" · ".join(facts))
        lines.append(self.band_legend(metric))
        return "\n".join(lines)

    def band_legend(self, metric: str) -> str:
        """The bands of one score, in words: ``SSIM: good ≥ 0.98 · fair 0.95–0.98 · weak < 0.95``."""
        good, fair = BANDS[metric]
        unit = "" if metric == "ssim" else " dB"
        return self.tr("%1: good ≥ %2 · fair %3–%2 · weak < %3").replace("%1", METRIC_NAMES[metric]).replace(
            "%2", f"{good:g}{unit}").replace("%3", f"{fair:g}{unit}")

    def job_changed(self, job_id: str, change: jobstate.Change) -> None:
        """The shown job's state changed (`jobstate.apply_event` said what): repaint those cells only."""
        if self._job is None or self._remote is not None or job_id != self._job.id or not change:
            return
        if change.replanned:  # the rows exist only now
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()
            return
        for i, r in enumerate(self._rows):
            fields = change.renditions.get(r.id) or set()
            cols = [c for f in fields for c in self._COLUMNS.get(f, ())]
            if cols:
                # status and ETA/speed go together: a finished row's speed and ETA cells empty
                first = min(cols)
                last = max(cols + ([self.COL_ETA] if "status" in fields else []))
                self._changed(i, first, last)
        if change.thumbnails and self._thumbs is None and self._job.thumbnails:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._append_thumbs(len(self._job.thumbnails))
            self.endInsertRows()

    def apply_event(self, ev: dict) -> None:
        """Update a remote job's rows from one of its events (local jobs change through `job_changed`)."""
        if self._remote is not None and ev.get("jobId") == self._remote.id:
            self._apply_remote(self._remote, ev)

    def _apply_remote(self, remote: RemoteJob, ev: dict) -> None:
        if not ev["type"].startswith("remote."):
            return
        remote_rows.apply(remote, ev)
        rows = remote_rows.grid_rows(remote, ev.get("speed", 0.0), ev.get("eta"))
        if [r.id for r in rows] != [r.id for r in self._rows]:  # the provider reported its renditions
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        for i, (old, new) in enumerate(zip(self._rows, rows)):
            if old != new:
                self._rows[i] = new
                self._changed(i, self.COL_RENDITION, self.COL_SIZE)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole \
                and section in self.QUALITY_COLUMNS:
            metric = self.QUALITY_COLUMNS[section]
            what = {"ssim": self.tr("Mean SSIM against the source (1 = identical)"),
                    "psnr": self.tr("Mean PSNR against the source (higher is closer)"),
                    "xpsnr_y": self.tr("Mean XPSNR of the luma against the source (higher is closer)")}[metric]
            return what + "\n" + self.band_legend(metric)
        return super().headerData(section, orientation, role)

    def _changed(self, row: int, first: int, last: int) -> None:
        emit(self.dataChanged, self.index(row, first), self.index(row, last))

    def _items(self) -> list:
        return self._rows

    def rendition(self, row: int) -> RenditionState | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt ------------------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == PROGRESS_ROLE:
            return r.progress
        if col in self.QUALITY_COLUMNS:
            return self._quality_data(r, col, role)
        if role == Qt.ItemDataRole.ToolTipRole and r.status == R_FAILED:  # the core's one fixed reason, translated
            return self.tr("not encoded") if r.error == jobstate.NOT_ENCODED else r.error
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_STATUS and playable_path(r) and r.status == ENCODING:
            assert r.preview is not None
            return self.tr("Playable so far: %1 (double-click to play)").replace(
                "%1", _clock_short(r.preview["seconds"]))
        if role == Qt.ItemDataRole.ToolTipRole and r.encoder and col in (self.COL_RENDITION, self.COL_STATUS):
            tip = self.tr("Encoder: %1").replace("%1", r.encoder)  # and why, after a hardware fallback
            return f"{tip}\n{r.encoder_note}" if r.encoder_note else tip
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_STATUS:
            return status_icon(r.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_BITRATE, self.COL_SPEED, self.COL_ETA,
                                                                 self.COL_SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        upload = r.type == remote_rows.UPLOAD_ROW
        if col == self.COL_RENDITION:
            return r.quality
        if col == self.COL_TYPE:
            kinds = {"hls": "HLS", "mp4": "MP4", "thumbnails": self.tr("images"), "upload": self.tr("upload"),
                     "remote": self.tr("video")}
            return kinds.get(r.type, r.type.upper())
        if col == self.COL_RESOLUTION:
            return f"{r.width}×{r.height}" if r.width else ""
        if col == self.COL_BITRATE:
            return self.tr("%n kb/s", "", r.bitrate) if r.bitrate else ""
        if col == self.COL_STATUS:
            text = self._translate(self.STATUS_TEXT.get(r.status)) or r.status
            if r.status == ENCODING and playable_path(r):  # its first segments can be played already (see tooltip)
                text += " ▶"
            return text
        if col == self.COL_PROGRESS:
            return f"{r.progress * 100:.0f} %"
        if col == self.COL_SPEED:
            if upload:
                return f"{format_size(int(r.speed))}/s" if r.status == ENCODING and r.speed else ""
            return "" if r.status != ENCODING or not r.fps else f"{r.fps:.1f} fps · {r.speed:.2f}×"
        if col == self.COL_ETA:
            return fmt_eta(r.eta) if r.status == ENCODING else ""
        if col == self.COL_SIZE:
            return format_size(r.size)
        return None


def playable_path(r: RenditionState) -> str | None:
    """What plays a rendition of a local job: its file once encoded; while an HLS rung encodes, its growing
    playlist once it has a segment (``rendition.segment``; the player plays its mirror, app.gui.live_preview)."""
    if r.status == ENCODED and r.path:
        return r.path
    if r.status == ENCODING and r.preview and r.preview.get("segments"):
        return r.preview["path"]
    return None


def describe_format(meta: dict) -> str:
    """``1920×1080 · 30 fps · h264/aac`` from a source's metadata (what is known of it)."""
    parts = []
    if meta.get("width"):
        parts.append(f"{meta['width']}×{meta['height']}")
    if meta.get("framerate"):
        parts.append(QCoreApplication.translate("JobQueueModel", "%1 fps").replace("%1", f"{meta['framerate']:g}"))
    if meta.get("videoCodec"):
        audio = meta.get("audioCodec") or QCoreApplication.translate("JobQueueModel", "no audio")
        parts.append(f"{meta['videoCodec']}/{audio}")
    return " · ".join(parts)


class JobQueueModel(_TableModel):
    """The queue: one row per job, the GUI's own copies, changed by engine events."""

    COL_NAME, COL_STATUS, COL_PROGRESS, COL_DURATION, COL_FORMAT, COL_SIZE, COL_SOURCE = range(7)
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("JobQueueModel", "Video"),
        COL_STATUS: QT_TRANSLATE_NOOP("JobQueueModel", "Status"),
        COL_PROGRESS: QT_TRANSLATE_NOOP("JobQueueModel", "Progress"),
        COL_DURATION: QT_TRANSLATE_NOOP("JobQueueModel", "Duration"),
        COL_FORMAT: QT_TRANSLATE_NOOP("JobQueueModel", "Format"),
        COL_SIZE: QT_TRANSLATE_NOOP("JobQueueModel", "Size"),
        COL_SOURCE: QT_TRANSLATE_NOOP("JobQueueModel", "Source"),
    }
    STATUS_TEXT = {
        "queued": QT_TRANSLATE_NOOP("JobQueueModel", "queued"),
        "running": QT_TRANSLATE_NOOP("JobQueueModel", "encoding"),
        "completed": QT_TRANSLATE_NOOP("JobQueueModel", "completed"),
        "partial": QT_TRANSLATE_NOOP("JobQueueModel", "partly failed"),
        "failed": QT_TRANSLATE_NOOP("JobQueueModel", "failed"),
        "cancelled": QT_TRANSLATE_NOOP("JobQueueModel", "cancelled"),
        "rejected": QT_TRANSLATE_NOOP("JobQueueModel", "rejected"),
        "interrupted": QT_TRANSLATE_NOOP("JobQueueModel", "interrupted"),
        "uploading": QT_TRANSLATE_NOOP("JobQueueModel", "uploading"),
        "processing": QT_TRANSLATE_NOOP("JobQueueModel", "processing"),
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self._jobs: list[QueueJob] = []  # local jobs and remote ones share the queue
        self._posters: dict[str, QIcon | None] = {}

    def _items(self) -> list:
        return self._jobs

    def jobs(self) -> list[QueueJob]:
        return list(self._jobs)

    def job(self, row: int) -> QueueJob | None:
        return self._jobs[row] if 0 <= row < len(self._jobs) else None

    def row_of(self, job_id: str) -> int | None:
        return next((i for i, j in enumerate(self._jobs) if j.id == job_id), None)

    def by_id(self, job_id: str):
        """The job (local or remote) with this id, or None."""
        row = self.row_of(job_id)
        return None if row is None else self._jobs[row]

    def add(self, job: QueueJob, row: int | None = None) -> None:
        row = len(self._jobs) if row is None else max(0, min(row, len(self._jobs)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._jobs.insert(row, job)
        self.endInsertRows()

    def remove(self, job_id: str) -> None:
        i = self.row_of(job_id)
        if i is not None:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._jobs[i]
            self.endRemoveRows()

    def move(self, job_id: str, delta: int) -> bool:
        i = self.row_of(job_id)
        if i is None:
            return False
        j = i + delta
        if not 0 <= j < len(self._jobs):
            return False
        self.beginMoveRows(QModelIndex(), i, i, QModelIndex(), j + 1 if delta > 0 else j)
        self._jobs.insert(j, self._jobs.pop(i))
        self.endMoveRows()
        return True

    def set_status(self, job_id: str, status: str, error: str | None = None) -> None:
        i = self.row_of(job_id)
        if i is not None:
            job = self._jobs[i]
            job.status, job.error = status, error
            emit(self.dataChanged, self.index(i, self.COL_STATUS), self.index(i, self.COL_PROGRESS))

    def replace(self, row: int, job: QueueJob) -> None:
        """Another record for the job at `row` (a remote job pushed again)."""
        self._jobs[row] = job
        emit(self.dataChanged, self.index(row, 0), self.index(row, self.columnCount() - 1))

    def progress(self, job_id: str) -> float:
        """The job's total progress (the job state's one computation; a remote job's from its status)."""
        job = self.by_id(job_id)
        if isinstance(job, RemoteJob):
            return remote_rows.progress(job)
        return jobstate.progress(job) if job is not None else 0.0

    def job_changed(self, job_id: str, change: jobstate.Change) -> None:
        """A local job's state changed (`jobstate.apply_event` said what): repaint its row's cells that show it."""
        i = self.row_of(job_id)
        if i is None or not change:
            return
        if change.replanned or "metadata" in change.job:
            emit(self.dataChanged, self.index(i, 0), self.index(i, self.columnCount() - 1))
        elif change.job & {"status", "error", "finished_at", "analysis"} or change.renditions:
            emit(self.dataChanged, self.index(i, self.COL_STATUS), self.index(i, self.COL_PROGRESS))

    def apply_event(self, ev: dict) -> None:
        """A remote job's event (local jobs change through `job_changed`)."""
        i = self.row_of(ev.get("jobId", ""))
        if i is None:
            return
        job, t = self._jobs[i], ev["type"]
        if isinstance(job, RemoteJob) and t.startswith("remote."):
            before = (job.status, round(remote_rows.progress(job), 3), job.remote_id)
            remote_rows.apply(job, ev)
            if (job.status, round(remote_rows.progress(job), 3), job.remote_id) != before:
                emit(self.dataChanged, self.index(i, self.COL_STATUS), self.index(i, self.COL_FORMAT))

    def describe_summary(self, job: Job) -> str:
        """``Took 12.3 s · 4.5 MB written · 2.10× realtime`` once the job has run (the job state's figures)."""
        s = jobstate.summary(job)
        if s is None or job.status == "rejected":
            return ""
        text = self.tr("Took %1 · %2 written").replace("%1", fmt_duration(s.elapsed)).replace(
            "%2", format_size(s.output_size))
        if s.speed is not None:
            text += " · " + self.tr("%1× realtime").replace("%1", f"{s.speed:.2f}")
        return text

    def _poster(self, job: Job):
        path = None if isinstance(job, RemoteJob) else (job.metadata or {}).get("poster")
        if not path:
            return None
        if path not in self._posters:  # loaded once, on the GUI thread, when the row is first painted
            pixmap = QPixmap(path)
            self._posters[path] = None if pixmap.isNull() else QIcon(pixmap)  # an icon: drawn at the view's size
        return self._posters[path]

    # -- Qt ------------------------------------------------------------------------------------------------
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        job = self._jobs[index.row()]
        col = index.column()
        if role == PROGRESS_ROLE:
            return self.progress(job.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = job.error or job.source or getattr(job, "remote_id", None)
            done = self.describe_summary(job) if isinstance(job, Job) else ""
            return "\n".join(t for t in (tip, done) if t)
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_NAME:
            return self._poster(job)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_DURATION, self.COL_SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        remote = isinstance(job, RemoteJob)
        meta = ((job.last_status or {}).get("metadata") or {}) if remote else (job.metadata or {})
        if col == self.COL_NAME:
            return job.name
        if col == self.COL_FORMAT:
            return remote_rows.describe(job) if remote else describe_format(meta)
        if col == self.COL_SIZE and remote:
            return format_size(job.upload_total)
        if col == self.COL_SIZE:
            return format_size(meta.get("filesize"))
        if col == self.COL_STATUS and isinstance(job, Job) and job.analysis is not None:
            return self.tr("analysing %1 %").replace("%1", f"{job.analysis * 100:.0f}")  # per-title, before the plan
        if col == self.COL_STATUS:
            return self._translate(self.STATUS_TEXT.get(job.status)) or job.status
        if col == self.COL_PROGRESS:
            return f"{self.progress(job.id) * 100:.0f} %"
        if col == self.COL_DURATION:
            d = meta.get("duration")
            return fmt_eta(d) if d else ""
        if col == self.COL_SOURCE:
            return job.source or (job.remote_id if remote else "")
        return None
