"""The quality chart of a job: its ladder's quality against bitrate, and the per-frame scores of one rendition.

Left, one point per measured rendition (x: the measured bitrate in kb/s, y: the mean score): the HLS ladder as a
curve through its rungs, the MP4 as separate markers. Right, the selected rendition's score at each measured frame
(from the folder's ``quality.json``, `app.core.measure.load_series`); a click there emits
`seekRequested(rendition id, seconds)`. The scores shown are the job's state (`RenditionState.measured`), so the
left chart fills in as each ``rendition.quality`` event arrives; the per-frame file is read again when it changed.
Below, for a per-title job (`pertitle.json`, `app.core.pertitle.load_analysis`): the analysis encodes (one colour
per resolution), their convex hull, and the rungs chosen on it at their predicted quality, in the analysis's own
metric (XPSNR-Y dB), bitrate on a log axis.
"""

from __future__ import annotations

import math
import os

from PySide6.QtCharts import (QChart, QChartView, QLineSeries, QLogValueAxis, QScatterSeries, QValueAxis,
                              QXYSeries)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QSplitter, QToolTip, QVBoxLayout,
                               QWidget)

from app.core.jobs import Job
from app.core.measure import SERIES_FILE, load_series
from app.core.pertitle import ANALYSIS_FILE, METRIC, METRIC_KEY, load_analysis
from app.gui.models import METRIC_NAMES
from app.gui.signals import emit

# The analysis's encodes, a colour a size that stays the same from job to job (the chart theme's five colours gave
# 240p and 2160p the same one); other sizes take the next of the rest.
SIDE_COLOURS = {240: "#1e88e5", 360: "#7cb342", 480: "#f9a825", 720: "#8e24aa", 1080: "#e53935", 1440: "#00897b",
                2160: "#6d4c41"}
SIDE_COLOURS_MORE = ("#3949ab", "#c0ca33", "#fb8c00", "#d81b60", "#00acc1", "#757575")
MAX_POINTS = 4000  # per-frame points drawn at most (the lowest score of each bucket is kept)
GAP_SECONDS = 1.0  # a gap longer than this between measured frames (sampled windows) breaks the line


def decimate(times: list[float], values: list[float], limit: int = MAX_POINTS) -> list[tuple[float, float]]:
    """At most `limit` points: in each bucket of consecutive frames the lowest score (a dip stays visible)."""
    pts = [(t, v) for t, v in zip(times, values) if v is not None]
    if len(pts) <= limit:
        return pts
    step = len(pts) / limit
    out = []
    for i in range(limit):
        bucket = pts[int(i * step):max(int((i + 1) * step), int(i * step) + 1)]
        out.append(min(bucket, key=lambda p: p[1]))
    return out


def segments(points: list[tuple[float, float]], gap: float = GAP_SECONDS) -> list[list[tuple[float, float]]]:
    """The points split where the time jumps by more than `gap` (between the windows of a sampled measurement)."""
    out: list[list[tuple[float, float]]] = []
    for p in points:
        if not out or p[0] - out[-1][-1][0] > gap:
            out.append([])
        out[-1].append(p)
    return out


class ClickableChartView(QChartView):
    """A chart view that says where in the plot area it was clicked (in the chart's values)."""

    clicked = Signal(QPointF)

    def mousePressEvent(self, event):
        chart = self.chart()
        pos = self.mapToScene(event.position().toPoint())
        local = chart.mapFromScene(pos)
        if event.button() == Qt.MouseButton.LeftButton and chart.plotArea().contains(local) and chart.series():
            emit(self.clicked, chart.mapToValue(local, chart.series()[0]))
            event.accept()
            return
        super().mousePressEvent(event)


def _chart() -> QChart:
    chart = QChart()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


def label_format(low: float, high: float, ticks: int) -> str:
    """An axis's label format with as many decimals as its tick step needs, at most 4: SSIM between 0.990 and
    0.997 read "0.99" at every tick with a fixed "%.2f"."""
    step = (high - low) / max(1, ticks - 1)
    decimals = 0 if step <= 0 else max(0, min(4, -math.floor(math.log10(step) + 1e-9)))
    return f"%.{decimals}f"


class QualityChart(QWidget):
    """Quality against bitrate for the job's ladder, and the selected rendition's per-frame scores."""

    seekRequested = Signal(str, float)  # rendition id, seconds from the source's start
    renditionPicked = Signal(str)  # a rendition chosen here (a point clicked, or the list)

    HLS_COLOUR, MP4_COLOUR, FRAME_COLOUR = QColor("#1f77b4"), QColor("#d62728"), QColor("#2e7d32")
    MIN_CHART_HEIGHT = 200  # px: below about 150 the axes' labels are elided

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("qualityChart")
        self._job: Job | None = None
        self._series_doc: dict = {"renditions": {}}
        self._series_key: tuple | None = None  # (path, mtime, size) of the quality.json read last
        self._drawn: tuple | None = None  # what was drawn last (see refresh)
        self._metric_keys: list[str] = []  # what each entry of the lists stands for (see current_metric)
        self._rendition_ids: list[str] = []
        self.metric_box = QComboBox(self)
        self.metric_box.setToolTip(self.tr("The score the charts show"))
        self.metric_box.currentIndexChanged.connect(lambda _i: self.refresh())  # the metric is part of `drawn`
        self.rendition_box = QComboBox(self)
        self.rendition_box.setToolTip(self.tr("The rendition whose score per frame is plotted; click the plot to seek"))
        self.rendition_box.currentIndexChanged.connect(self._rendition_chosen)
        self.empty = QLabel(self.tr("No quality measured yet: Job › Measure quality."), self)
        self.empty.setObjectName("qualityChartHint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Score:"), self))
        top.addWidget(self.metric_box)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Per frame:"), self))
        top.addWidget(self.rendition_box, 1)
        top.addWidget(self.empty, 2)

        self.ladder_chart = _chart()
        self.ladder_chart.setTitle(self.tr("Quality against bitrate"))
        self.ladder_view = QChartView(self.ladder_chart, self)
        self.ladder_view.setObjectName("ladderChart")
        self.ladder_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.frame_chart = _chart()
        self.frame_chart.setTitle(self.tr("Per frame"))
        self.frame_chart.legend().hide()
        self.frame_view = ClickableChartView(self.frame_chart, self)
        self.frame_view.setObjectName("frameChart")
        self.frame_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.frame_view.setCursor(Qt.CursorShape.PointingHandCursor)
        self.frame_view.setToolTip(self.tr("Click to show the rendition at that moment"))
        self.frame_view.clicked.connect(self._frame_clicked)
        self.measured_charts = split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.ladder_view)
        split.addWidget(self.frame_view)
        self.pertitle_chart = _chart()
        self.pertitle_view = QChartView(self.pertitle_chart, self)
        self.pertitle_view.setObjectName("pertitleChart")
        self.pertitle_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.pertitle_view.hide()  # only for a per-title job
        self.analysis: dict | None = None
        rows = QSplitter(Qt.Orientation.Vertical, self)
        rows.addWidget(split)
        rows.addWidget(self.pertitle_view)
        # Each chart at least MIN_CHART_HEIGHT tall, in a scroll area: three charts in a small window (a measured
        # per-title job at 1280x800) had their axis labels elided to "..."; now the tab scrolls instead.
        for view in (self.ladder_view, self.frame_view, self.pertitle_view):
            view.setMinimumHeight(self.MIN_CHART_HEIGHT)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("qualityChartScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(rows)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.points: dict[str, tuple[float, float]] = {}  # rendition id -> (kb/s, mean) as plotted
        self.refresh()

    # -- feeding ---------------------------------------------------------------------------------------------
    def show_job(self, job) -> None:
        self._job = job if isinstance(job, Job) else None
        self._drawn = None
        self._series_key = None
        self._series_doc = {"renditions": {}}
        self.refresh()

    def select_rendition(self, rid: str) -> None:
        i = self.rendition_box.findData(rid)
        if i >= 0:
            self.rendition_box.setCurrentIndex(i)

    def current_metric(self) -> str:
        # Not currentData(): PySide6 6.12.0 loses a reference to None for each call that finds no data (an empty
        # list), and the chart asks often (the interpreter aborts once None's references run out).
        i = self.metric_box.currentIndex()
        return self._metric_keys[i] if 0 <= i < len(self._metric_keys) else "ssim"

    def current_rendition(self) -> str | None:
        i = self.rendition_box.currentIndex()
        return self._rendition_ids[i] if 0 <= i < len(self._rendition_ids) else None

    def _measured(self) -> list:
        return [r for r in (self._job.renditions if self._job else [])
                if r.measured and isinstance(r.measured.get("scores"), dict)]

    def _load_series(self) -> dict:
        """quality.json of the job's folder, read again only when the file changed."""
        if self._job is None:
            return {"renditions": {}}
        key = self._file_key()
        if key != self._series_key:
            self._series_key = key
            self._series_doc = load_series(self._job.out_dir) if key else {"renditions": {}}
        return self._series_doc

    def _file_key(self, name: str = SERIES_FILE) -> tuple | None:
        if self._job is None:
            return None
        path = os.path.join(self._job.out_dir, name)
        try:
            st = os.stat(path)
        except OSError:
            return None
        return path, st.st_mtime_ns, st.st_size

    def refresh(self) -> None:
        """Draw again from the job's state (and its quality.json when it changed); nothing when neither changed.

        (Redrawing only on a change also spares PySide6 6.12.0's lost reference to None in each call of a method
        that returns nothing: a chart drawn again for every grid update would use them up.)"""
        measured = self._measured()
        drawn = (self._job.id if self._job else None, self.current_metric(), self.current_rendition(),
                 [(r.id, repr(r.measured)) for r in measured], self._file_key(), self._file_key(ANALYSIS_FILE))
        if drawn == self._drawn:
            return
        self._drawn = drawn
        metrics = [m for m in METRIC_NAMES if any(m in r.measured["scores"] for r in measured)] or ["ssim", "psnr"]
        current_metric = self.current_metric()
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        self._metric_keys = list(metrics)
        for m in metrics:
            self.metric_box.addItem(METRIC_NAMES[m], m)
        self.metric_box.setCurrentIndex(max(0, self.metric_box.findData(current_metric)))
        self.metric_box.blockSignals(False)
        current = self.current_rendition()
        self.rendition_box.blockSignals(True)
        self.rendition_box.clear()
        self._rendition_ids = [r.id for r in measured]
        for r in measured:
            self.rendition_box.addItem(f"{r.type.upper()} {r.quality}", r.id)
        kept = self.rendition_box.findData(current) if current else -1
        self.rendition_box.setCurrentIndex(kept if kept >= 0 else (0 if measured else -1))
        self.rendition_box.blockSignals(False)
        self.empty.setVisible(not measured)
        self._draw_ladder(measured)
        self._draw_frames()
        self.analysis = load_analysis(self._job.out_dir) if self._job else None
        self.pertitle_view.setVisible(self.analysis is not None)
        # A per-title job not measured yet: its analysis gets the room (empty axes squeezed it until its labels
        # were elided at 1280x800); the line above says how to measure.
        self.measured_charts.setVisible(bool(measured) or self.analysis is None)
        if self.analysis is not None:
            self._draw_analysis(self.analysis)

    # -- drawing ---------------------------------------------------------------------------------------------
    def _axes(self, chart: QChart, x_title: str, y_title: str, x_range, y_range) -> tuple[QValueAxis, QValueAxis]:
        for axis in chart.axes():
            chart.removeAxis(axis)
        ax, ay = QValueAxis(), QValueAxis()
        ax.setTitleText(x_title)
        ay.setTitleText(y_title)
        ax.setRange(*x_range)
        ay.setRange(*y_range)
        ax.applyNiceNumbers()
        ay.applyNiceNumbers()
        ax.setLabelFormat(label_format(ax.min(), ax.max(), ax.tickCount()))
        ay.setLabelFormat(label_format(ay.min(), ay.max(), ay.tickCount()))
        chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        for s in chart.series():
            s.attachAxis(ax)
            s.attachAxis(ay)
        return ax, ay

    def _y_title(self) -> str:
        m = self.current_metric()
        return METRIC_NAMES[m] + ("" if m == "ssim" else " (dB)")

    @staticmethod
    def _y_range(values: list[float], metric: str) -> tuple[float, float]:
        if not values:
            return (0.9, 1.0) if metric == "ssim" else (30.0, 50.0)
        lo, hi = min(values), max(values)
        pad = max((hi - lo) * 0.1, 0.002 if metric == "ssim" else 0.5)
        return lo - pad, hi + pad  # room above the best point: its marker and label are not cut at the edge

    def _draw_ladder(self, measured: list) -> None:
        chart, metric = self.ladder_chart, self.current_metric()
        chart.removeAllSeries()
        self.points = {}
        hls_line = QLineSeries()
        hls_line.setName(self.tr("HLS ladder"))
        hls_line.setPen(QPen(self.HLS_COLOUR, 2))
        hls_dots, mp4_dots = QScatterSeries(), QScatterSeries()
        hls_dots.setColor(self.HLS_COLOUR)
        hls_dots.setMarkerSize(10)
        hls_dots.setBorderColor(QColor("white"))
        hls_dots.setPointLabelsClipping(False)  # the top rung's name above the plot's edge
        mp4_dots.setName(self.tr("MP4"))
        mp4_dots.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        mp4_dots.setMarkerSize(15)
        mp4_dots.setColor(QColor(0, 0, 0, 0))  # hollow: the HLS rung of the same encode shows inside it
        mp4_dots.setPen(QPen(self.MP4_COLOUR, 2))
        ladder = []
        for r in measured:
            stats = r.measured["scores"].get(metric)
            kbps = (r.measured.get("bitrate") or r.bitrate * 1000) / 1000
            if not isinstance(stats, dict) or stats.get("mean") is None or not kbps:
                continue  # no such score, or identical pictures (infinite PSNR): no point on a finite axis
            self.points[r.id] = (kbps, float(stats["mean"]))
            if r.type == "mp4":
                mp4_dots.append(kbps, stats["mean"])
            else:
                ladder.append((kbps, stats["mean"], r.quality))
        for x, y, q in sorted(ladder):
            hls_line.append(x, y)
            hls_dots.append(x, y)
            hls_dots.setPointConfiguration(hls_dots.count() - 1, {
                QXYSeries.PointConfiguration.LabelVisibility: True, QXYSeries.PointConfiguration.LabelFormat: q})
        for s in (hls_line, hls_dots, mp4_dots):
            chart.addSeries(s)
        chart.legend().markers(hls_dots)[0].setVisible(False)  # the curve's entry says it
        if not mp4_dots.count():
            chart.legend().markers(mp4_dots)[0].setVisible(False)
        for dots in (hls_dots, mp4_dots):
            dots.hovered.connect(self._hovered)
            dots.clicked.connect(self._point_clicked)
        xs = [p[0] for p in self.points.values()]
        self._axes(chart, self.tr("bitrate (kb/s)"), self._y_title(), (0.0, max(xs) * 1.15 if xs else 5000.0),
                   self._y_range([p[1] for p in self.points.values()], metric))

    def _draw_analysis(self, analysis: dict) -> None:
        """The per-title analysis: its encodes by resolution, the hull, and the chosen rungs (predicted)."""
        chart = self.pertitle_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        metric = {"xpsnr": "XPSNR-Y"}.get(str(analysis.get("metric")), str(analysis.get("metric") or "")).upper()
        chart.setTitle(self.tr("Per-title analysis: the encodes tried, their hull and the rungs chosen (%1 dB)")
                       .replace("%1", metric))
        series: list[QXYSeries] = []
        by_side: dict[int, list[dict]] = {}
        for p in analysis.get("points") or []:
            by_side.setdefault(int(p["short"]), []).append(p)
        mp4_only = {int(v) for v in analysis.get("mp4_only") or []}
        for n, (side, points) in enumerate(sorted(by_side.items())):
            dots = QScatterSeries()
            # the MP4's size beyond what an H.264 HLS rung can be (a 2160p source): tried for the MP4 only
            dots.setName(self.tr("%1p (MP4 only)").replace("%1", str(side)) if side in mp4_only else f"{side}p")
            dots.setMarkerSize(7)
            colour = QColor(SIDE_COLOURS.get(side, SIDE_COLOURS_MORE[n % len(SIDE_COLOURS_MORE)]))
            dots.setColor(colour)
            dots.setBorderColor(colour)
            for p in points:
                dots.append(float(p["kbps"]), float(p["quality"]))
            series.append(dots)
        hull = QLineSeries()
        hull.setName(self.tr("hull"))
        hull.setPen(QPen(QColor("#555555"), 1.5, Qt.PenStyle.DashLine))
        for p in sorted(analysis.get("hull") or [], key=lambda p: p["kbps"]):
            hull.append(float(p["kbps"]), float(p["quality"]))
        rungs = QScatterSeries()
        rungs.setName(self.tr("chosen rungs (predicted)"))
        rungs.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        rungs.setMarkerSize(13)
        rungs.setColor(QColor(0, 0, 0, 0))
        rungs.setPen(QPen(QColor("#000000"), 2))
        for r in analysis.get("rungs") or []:
            rungs.append(float(r["kbps"]), float(r["quality"]))
        series += [hull, rungs]
        # The rungs as encoded, once measured in the analysis's metric (`measure.default_metrics`): each at its
        # chosen bitrate, so the gap to its predicted square is the prediction's error.
        key = METRIC_KEY if analysis.get("metric") == METRIC else None
        measured = QScatterSeries()
        measured.setName(self.tr("rungs as encoded (measured)"))
        measured.setMarkerSize(9)
        measured.setColor(QColor("#000000"))
        measured.setBorderColor(QColor("#000000"))
        chosen = {int(r["short"]): float(r["kbps"]) for r in analysis.get("rungs") or [] if "short" in r}
        for r in self._measured():
            score = r.measured["scores"].get(key)
            # its prediction's bitrate, or (a job stored before predictions were kept) its size's rung's
            kbps = (r.predicted or {}).get("kbps") or chosen.get(min(r.width, r.height))
            if r.type == "hls" and kbps and isinstance(score, dict) and score.get("mean") is not None:
                measured.append(float(kbps), float(score["mean"]))
        if measured.count():
            series.append(measured)
        for s in series:
            chart.addSeries(s)
        values = [(pt.x(), pt.y()) for s in series for pt in s.points()]
        if not values:
            return
        ax, ay = QLogValueAxis(), QValueAxis()
        ax.setBase(10)
        ax.setLabelFormat("%.0f")
        ax.setTitleText(self.tr("bitrate (kb/s)"))
        ay.setTitleText(f"{metric} (dB)")
        xs, ys = [v[0] for v in values], [v[1] for v in values]
        ax.setRange(max(1.0, min(xs) * 0.8), max(xs) * 1.25)
        ay.setRange(min(ys) - 1.0, max(ys) + 1.0)
        ay.setLabelFormat("%.0f")
        chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            s.attachAxis(ax)
            s.attachAxis(ay)

    def _nearest(self, point: QPointF) -> str | None:
        if not self.points:
            return None
        xs = [p[0] for p in self.points.values()] or [1.0]
        ys = [p[1] for p in self.points.values()] or [1.0]
        sx, sy = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
        return min(self.points, key=lambda rid: ((self.points[rid][0] - point.x()) / sx) ** 2
                   + ((self.points[rid][1] - point.y()) / sy) ** 2)

    def _hovered(self, point: QPointF, state: bool) -> None:
        rid = self._nearest(point) if state else None
        if rid is None:
            QToolTip.hideText()
            return
        kind, q = rid.split(":", 1)
        metric = self.current_metric()
        y = f"{point.y():.4f}" if metric == "ssim" else f"{point.y():.2f} dB"
        QToolTip.showText(self.ladder_view.cursor().pos(), self.tr("%1 %2: %3 %4 at %5 kb/s").replace(
            "%1", kind.upper()).replace("%2", q).replace("%3", METRIC_NAMES[metric]).replace("%4", y).replace(
            "%5", f"{point.x():.0f}"))

    def _point_clicked(self, point: QPointF) -> None:
        rid = self._nearest(point)
        if rid:
            self.select_rendition(rid)

    def _rendition_chosen(self, _index: int) -> None:
        self._draw_frames()
        rid = self.current_rendition()
        if rid:
            emit(self.renditionPicked, rid)

    def frame_points(self) -> list[tuple[float, float]]:
        """The selected rendition's (seconds, score) points of the current score, as plotted."""
        rid, metric = self.current_rendition(), self.current_metric()
        doc = self._load_series()
        entry = (doc.get("renditions") or {}).get(rid or "") or {}
        times, values = entry.get("times") or [], entry.get(metric) or []
        return decimate(times, values)

    def _draw_frames(self) -> None:
        chart, metric = self.frame_chart, self.current_metric()
        chart.removeAllSeries()
        points = self.frame_points()
        rid = self.current_rendition()
        for part in segments(points) or [[]]:
            line = QLineSeries()
            line.setPen(QPen(self.FRAME_COLOUR, 1.5))
            for t, v in part:
                line.append(t, v)
            chart.addSeries(line)
        chart.setTitle(self.tr("Per frame: %1").replace("%1", self.rendition_box.currentText()) if rid
                       else self.tr("Per frame"))
        duration = (self._job.metadata or {}).get("duration") if self._job else None
        end = max([p[0] for p in points] + [float(duration or 0.0), 1.0])
        self._axes(chart, self.tr("time (s)"), self._y_title(), (0.0, end),
                   self._y_range([p[1] for p in points], metric))

    def _frame_clicked(self, value: QPointF) -> None:
        rid = self.current_rendition()
        if rid:
            emit(self.seekRequested, rid, max(0.0, float(value.x())))
