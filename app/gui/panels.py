"""The window's panels: the job queue with its actions, and the per-rendition grid."""

from __future__ import annotations

import logging
import os
import time

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView, QLabel, QListView,
                               QListWidget, QListWidgetItem, QPushButton, QStyle, QStyledItemDelegate,
                               QStyleOptionProgressBar, QTableView, QTableWidget, QTableWidgetItem, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)

from app.core.jobs import ENCODED, ENCODING, R_FAILED
from app.gui import remote_rows
from app.gui.models import PROGRESS_ROLE, JobQueueModel, RenditionTableModel, describe_format, playable_path
from app.gui.quality_chart import QualityChart
from app.gui.signals import emit


class ProgressDelegate(QStyledItemDelegate):
    """Draws a cell's PROGRESS_ROLE (0..1) as a native progress bar, its text ("45 %") beside the bar.

    The text is never drawn over the bar: on the bar's chunk a style's text colour can vanish (part of "45 %"
    white on blue, the rest dark on white, or all of it light on light), so it is readable at every value."""

    def areas(self, rect, metrics) -> tuple:
        """(bar, text) rectangles of a cell; the text's room fits "100 %"."""
        room = metrics.horizontalAdvance("100 %") + 8
        inner = rect.adjusted(2, 3, -2, -3)
        bar = inner.adjusted(0, 0, -room, 0)
        return bar, inner.adjusted(inner.width() - room + 4, 0, 0, 0)

    def paint(self, painter, option, index):
        value = index.data(PROGRESS_ROLE)
        if value is None:
            return super().paint(painter, option, index)
        bar_rect, text_rect = self.areas(option.rect, option.fontMetrics)
        bar = QStyleOptionProgressBar()
        bar.rect = bar_rect
        bar.palette = option.palette
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = int(round(float(value) * 1000))
        bar.textVisible = False
        bar.state = (option.state & ~QStyle.StateFlag.State_Selected) | QStyle.StateFlag.State_Enabled \
            | QStyle.StateFlag.State_Horizontal
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.restore()


def _table(model, progress_col: int, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setItemDelegateForColumn(progress_col, ProgressDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.horizontalHeader().setHighlightSections(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    return view


class QueuePanel(QWidget):
    """The queue of jobs, with Start/Pause, Cancel, Retry, Remove and move up/down."""

    selectionChanged = Signal(str)  # job id, "" for none
    addRequested = Signal()
    pausedChanged = Signal(bool)  # the user started or paused the queue

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        model: JobQueueModel = controller.model
        self.view = _table(model, JobQueueModel.COL_PROGRESS, self)
        self.view.setObjectName("queueView")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(JobQueueModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(JobQueueModel.COL_SOURCE, QHeaderView.ResizeMode.Interactive)
        # Fitted when rows arrive, not on every change: ResizeToContents would read every row's cells again on each
        # progress tick (hundreds of data() calls per tick with fifty jobs).
        self._fitted = (JobQueueModel.COL_STATUS, JobQueueModel.COL_DURATION, JobQueueModel.COL_FORMAT,
                        JobQueueModel.COL_SIZE)
        model.rowsInserted.connect(self._fit_columns)
        model.modelReset.connect(self._fit_columns)
        self.view.setColumnWidth(JobQueueModel.COL_PROGRESS, 110)
        self.view.setIconSize(QSize(56, 32))  # the poster
        self.view.verticalHeader().setDefaultSectionSize(max(36, self.view.fontMetrics().height() + 12))
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._selected(cur.row()))

        self.hint = QLabel(self.tr("Drop video files or folders here, or use File › Open (Ctrl+O)."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setObjectName("dropHint")
        self.hint.setWordWrap(True)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.start_button = QPushButton(self.tr("Pause queue"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button = QPushButton("↑", self)
        self.down_button = QPushButton("↓", self)
        self.up_button.setToolTip(self.tr("Move up in the queue"))
        self.down_button.setToolTip(self.tr("Move down in the queue"))
        for b in (self.add_button, self.start_button, self.cancel_button, self.retry_button, self.remove_button,
                  self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.add_button.clicked.connect(self.addRequested)
        self.start_button.clicked.connect(self.toggle_pause)
        self.cancel_button.clicked.connect(lambda: self.act_on_current(controller.cancel))
        self.retry_button.clicked.connect(lambda: self.act_on_current(controller.retry))
        self.remove_button.clicked.connect(lambda: self.act_on_current(controller.remove))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        model.rowsInserted.connect(self._update_hint)
        model.rowsRemoved.connect(self._update_hint)
        model.modelReset.connect(self._update_hint)
        self._update_hint()

    def _fit_columns(self, *args):
        status_room = max(self.view.fontMetrics().horizontalAdvance(
            QCoreApplication.translate("JobQueueModel", t)) for t in JobQueueModel.STATUS_TEXT.values()) + 16
        for col in self._fitted:
            self.view.resizeColumnToContents(col)
            if col == JobQueueModel.COL_STATUS:  # room for every status the job will go through
                self.view.setColumnWidth(col, max(self.view.columnWidth(col), status_room))

    def current_job_id(self) -> str:
        job = self.controller.model.job(self.view.currentIndex().row())
        return job.id if job else ""

    def _selected(self, row: int):
        job = self.controller.model.job(row)
        emit(self.selectionChanged, job.id if job else "")

    def move_current(self, direction: int) -> bool:
        """Move the selected job above (-1) or below (1) the next job the queue shows: the finished jobs waiting
        in History are rows of the same model, hidden here, and a move of one row past them looked like nothing."""
        job_id = self.current_job_id()
        row = None if job_id is None else self.controller.model.row_of(job_id)
        if row is None:
            return False
        target = row + direction
        while 0 <= target < self.controller.model.rowCount() and self.view.isRowHidden(target):
            target += direction
        if not 0 <= target < self.controller.model.rowCount():
            return False
        moved = self.controller.move(job_id, target - row)
        if moved:
            self.view.selectRow(target)
        return moved

    def act_on_current(self, fn):
        job_id = self.current_job_id()
        if job_id:
            fn(job_id)

    def toggle_pause(self):
        self.set_paused(not self.controller.paused)
        emit(self.pausedChanged, self.controller.paused)

    def set_paused(self, paused: bool):
        if paused:
            self.controller.pause()
            self.start_button.setText(self.tr("Start queue"))
        else:
            self.controller.start()
            self.start_button.setText(self.tr("Pause queue"))

    def _update_hint(self, *args):
        self.hint.setVisible(self.controller.model.rowCount() == 0)


class GridPanel(QWidget):
    """One row per rendition of the selected job: status, progress, speed, ETA, size and, once measured, the
    quality scores (colour-banded); beside it, in a tab, the job's quality chart.

    A failed rendition can be retried alone; an encoded one plays on double-click (or Play), and so does an HLS
    rung being encoded once it has a segment (its growing playlist). Columns with nothing to show
    are hidden: the scores until the job is measured (XPSNR unless it was), speed and ETA of a measured job while
    none of its renditions encodes."""

    retryRendition = Signal(str, str)  # job id, rendition id
    playRendition = Signal(str)  # path
    measureRequested = Signal(str, str)  # job id, "sampled" or "full"
    compareRendition = Signal(str, str)  # job id, rendition id: the Compare window, source vs that rendition

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = RenditionTableModel(self)
        self.title = QLabel(self.tr("No job selected"), self)
        self.title.setObjectName("gridTitle")
        self.retry_button = QPushButton(self.tr("Retry rendition"), self)
        self.retry_button.setToolTip(self.tr("Encode the selected failed rendition again, keeping the others"))
        self.retry_button.clicked.connect(self._retry)
        self.view = _table(self.model, RenditionTableModel.COL_PROGRESS, self)
        self.view.setObjectName("renditionGrid")
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # spare width goes to the last column; the bar keeps its own
        header.setMinimumSectionSize(60)
        fm = self.view.fontMetrics()
        # Room for values that appear only while encoding, so the columns do not jump or elide.
        playable = QCoreApplication.translate("RenditionTableModel", "encoding") + " ▶"  # playable while it encodes
        self._room = {RenditionTableModel.COL_PROGRESS: fm.horizontalAdvance("100 %") * 3,
                      RenditionTableModel.COL_STATUS: fm.horizontalAdvance(playable) + 30,  # and the status icon
                      RenditionTableModel.COL_SPEED: fm.horizontalAdvance("000.0 fps · 00.00×") + 16,
                      RenditionTableModel.COL_ETA: fm.horizontalAdvance("0:00:00") + 16,
                      RenditionTableModel.COL_SIZE: fm.horizontalAdvance("000.0 MB") + 16,
                      RenditionTableModel.COL_SSIM: max(fm.horizontalAdvance("0.0000"), fm.horizontalAdvance(
                          QCoreApplication.translate("RenditionTableModel", "measuring…"))) + 16,
                      RenditionTableModel.COL_PSNR: fm.horizontalAdvance("00.00 dB") + 16,
                      RenditionTableModel.COL_XPSNR: fm.horizontalAdvance("00.00 dB") + 16}
        self.model.modelReset.connect(self._fit_columns)
        self.model.rowsInserted.connect(self._fit_columns)
        self.model.modelReset.connect(self._update_retry)
        self.model.dataChanged.connect(self._update_retry)
        self.view.selectionModel().currentRowChanged.connect(self._update_retry)
        self.view.doubleClicked.connect(self._play)
        self.play_action = QAction(self.tr("Play"), self)
        self.play_action.triggered.connect(lambda: self._play(self.view.currentIndex()))
        self.view.addAction(self.play_action)
        self.retry_action = QAction(self.tr("Retry this rendition"), self)
        self.retry_action.triggered.connect(self._retry)
        self.view.addAction(self.retry_action)
        self.measure_action = QAction(self.tr("Measure quality"), self)
        self.measure_action.setStatusTip(self.tr("Score each rendition against the source (SSIM, PSNR) on evenly "
                                                 "spread samples"))
        self.measure_action.triggered.connect(lambda: self._measure("sampled"))
        self.measure_full_action = QAction(self.tr("Measure quality (every frame)"), self)
        self.measure_full_action.triggered.connect(lambda: self._measure("full"))
        self.view.addActions([self.measure_action, self.measure_full_action])
        self.compare_action = QAction(self.tr("Compare with source…"), self)
        self.compare_action.triggered.connect(self._compare)
        self.view.addAction(self.compare_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.retry_button)
        self.chart = QualityChart(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("gridTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.view, self.tr("Renditions"))
        self.tabs.addTab(self.chart, self.tr("Quality chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.thumbs = ThumbnailStrip(self)  # the job's thumbnails, under the grid
        layout.addWidget(self.thumbs)
        self._hidden: set[int] = set()
        self.model.modelReset.connect(self._update_columns)
        self.model.dataChanged.connect(self._data_changed)
        self.model.measuringChanged.connect(self._quality_changed)
        self.view.selectionModel().currentRowChanged.connect(self._row_selected)
        self.chart.renditionPicked.connect(self._select_rendition)
        self._update_retry()
        self._update_columns()

    def _measure(self, mode: str) -> None:
        if self.model.job_id():
            emit(self.measureRequested, self.model.job_id(), mode)

    def _data_changed(self, top_left, bottom_right, roles=()) -> None:
        if bottom_right.column() >= RenditionTableModel.COL_SSIM or top_left.column() <= \
                RenditionTableModel.COL_STATUS <= bottom_right.column():
            self._quality_changed()

    def _quality_changed(self, *args) -> None:
        self._update_columns()
        self.chart.refresh()

    def _update_columns(self, *args) -> None:
        """Hide the columns with nothing to show (see the class); the scores appear as soon as they exist."""
        m = self.model
        quality = m.quality_shown()
        encoding = any(r.status == ENCODING for r in m._items())
        hidden = {c for c in m.QUALITY_COLUMNS if c not in quality}
        if quality and not encoding:
            hidden |= {m.COL_SPEED, m.COL_ETA}
        if hidden == self._hidden:
            return
        self._hidden = hidden
        for col in range(m.columnCount()):
            self.view.setColumnHidden(col, col in hidden)
        self._fit_columns()

    def _row_selected(self, current, _previous=None) -> None:
        r = self.model.rendition(current.row())
        if r is not None:
            self.chart.select_rendition(r.id)

    def _select_rendition(self, rid: str) -> None:
        row = next((i for i, r in enumerate(self.model._items()) if r.id == rid), None)
        if row is not None and row != self.view.currentIndex().row():
            self.view.selectRow(row)

    def select_path(self, path: str) -> None:
        """Select the rendition whose output is `path` (the player's chosen variant); "" (Auto): none."""
        same = os.path.normpath
        row = next((i for i, r in enumerate(self.model._items()) if path and "://" not in path and r.path
                    and same(r.path) == same(path)), None)
        if row is None:
            if not path:
                self.view.clearSelection()
            return
        if row != self.view.currentIndex().row():
            self.view.selectRow(row)

    def _selected_rendition(self):
        return self.model.rendition(self.view.currentIndex().row())

    def _update_retry(self, *args):
        r = self._selected_rendition()
        can = r is not None and r.status == R_FAILED
        self.retry_button.setEnabled(can)
        self.retry_action.setEnabled(can)
        self.compare_action.setEnabled(r is not None and r.status == ENCODED and r.type in ("hls", "mp4"))
        self.play_action.setEnabled(r is not None and playable_path(r) is not None)

    def _compare(self):
        r = self._selected_rendition()
        if r is not None and r.status == ENCODED and r.type in ("hls", "mp4") and self.model.job_id():
            emit(self.compareRendition, self.model.job_id(), r.id)

    def _retry(self):
        r = self._selected_rendition()
        if r is not None and r.status == R_FAILED and self.model.job_id():
            emit(self.retryRendition, self.model.job_id(), r.id)

    def _play(self, index):
        r = self.model.rendition(index.row())
        path = playable_path(r) if r is not None else None
        if path:
            emit(self.playRendition, path)

    def _fit_columns(self, *args):
        shown = [c for c in range(self.model.columnCount()) if not self.view.isColumnHidden(c)]
        for col in shown[:-1]:  # the last one stretches over what is left (no scrolling for it)
            self.view.resizeColumnToContents(col)  # the header's text counts too: no label is cut
            self.view.setColumnWidth(col, max(self.view.columnWidth(col) + 6, self._room.get(col, 0)))

    def show_job(self, job):
        self.model.set_job(job)
        self.chart.show_job(job)
        self.thumbs.show_job(job)
        if job is None:
            self.title.setText(self.tr("No job selected"))
            return
        remote = getattr(job, "provider", None) is not None
        detail = remote_rows.describe(job) if remote else describe_format(job.metadata or {})
        self.title.setText("  ·  ".join(p for p in (job.name, detail) if p))
        self.title.setToolTip(self.tr("Output folder: %1").replace("%1", job.out_dir or ""))
        self._update_retry()


class ThumbnailStrip(QListWidget):
    """A job's thumbnail images in one row; hidden when it has none. A double-click opens the image."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("thumbnailStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(128, 72))
        self.setFixedHeight(72 + self.fontMetrics().height() + 34)  # the image, its name, the scroll bar
        self.itemDoubleClicked.connect(lambda item: QDesktopServices.openUrl(QUrl.fromLocalFile(item.toolTip())))
        self.hide()

    def show_job(self, job) -> None:
        self.clear()
        out_dir = getattr(job, "out_dir", None) or ""
        paths = [os.path.join(out_dir, p) for p in (getattr(job, "thumbnails", None) or [])]
        for path in (p for p in paths if os.path.isfile(p)):
            item = QListWidgetItem(QIcon(QPixmap(path)), os.path.basename(path))
            item.setToolTip(path)
            self.addItem(item)
        self.setVisible(self.count() > 0)


class RefusedPanel(QWidget):
    """Every file that could not be added, with its reason and the time, until the user clears the list.

    Hidden while the list is empty; a header line with the count folds the list away. Each refusal is also
    written to the log."""

    COL_TIME, COL_FILE, COL_REASON = range(3)
    LIMIT = 500  # the oldest go first

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("refusedPanel")
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.toggled.connect(self._fold)
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setToolTip(self.tr("Forget the refused files listed here (the log keeps them)"))
        self.clear_button.clicked.connect(self.clear)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("refusedFiles")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("File"), self.tr("Reason")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(self.COL_FILE, 220)
        row = self.table.fontMetrics().height() + 6
        self.table.verticalHeader().setDefaultSectionSize(row)
        # Three rows at most (it scrolls): the queue above keeps the room.
        self.table.setFixedHeight(row * 3 + self.table.horizontalHeader().sizeHint().height() + 4)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._update()

    def add(self, path: str, reason: str) -> None:
        """A refused file: listed at the top, and logged."""
        logging.getLogger("app.gui").warning("refused %s: %s", path, reason[len(path) + 2:]
                                             if reason.startswith(path + ": ") else reason)
        name = os.path.basename(path.rstrip("/")) or path
        for prefix in (path + ": ", name + ": "):  # the reason often starts with the file: said once is enough
            if reason.startswith(prefix) and len(reason) > len(prefix):
                reason = reason[len(prefix):]
                break
        self.table.insertRow(0)
        for col, text, tip in ((self.COL_TIME, time.strftime("%H:%M:%S"), None), (self.COL_FILE, name, path),
                               (self.COL_REASON, reason, reason)):
            item = QTableWidgetItem(text)
            item.setToolTip(tip or "")
            self.table.setItem(0, col, item)
        while self.table.rowCount() > self.LIMIT:
            self.table.removeRow(self.table.rowCount() - 1)
        self.toggle.setChecked(True)
        self._update()

    def entries(self) -> list[tuple[str, str, str]]:
        """(time, file name, reason), newest first."""
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]

    def clear(self) -> None:
        self.table.setRowCount(0)
        self._update()

    def _fold(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self._update()

    def _update(self) -> None:
        n = self.table.rowCount()
        self.toggle.setText(self.tr("Refused files: %n", "", n))
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if self.toggle.isChecked() else Qt.ArrowType.RightArrow)
        self.setVisible(n > 0)
