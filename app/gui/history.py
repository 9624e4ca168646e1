"""The History tab: finished jobs and jobs made on the command line, out of the way of the queue.

The queue keeps the work to do: queued, running, and failed, partly failed or interrupted jobs waiting for a
retry. As in HandBrake, a job that finishes while the window is open stays in the queue (ticked off) until the
user moves the finished jobs to the history ("Move finished to History"); at the next start they are in the
history. Jobs made on the command line are always in the history. Both views read the same job objects (the
queue model's): the history hides nothing from the controller, it only hides rows of the queue view.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from app.core.jobs import CANCELLED, COMPLETED, REJECTED, Job
from app.gui.signals import emit

FINISHED = (COMPLETED, CANCELLED, REJECTED)


def finished_or_cli(job) -> bool:
    """A local job that is done with (completed, cancelled, rejected) or was made on the command line."""
    return isinstance(job, Job) and (job.status in FINISHED or job.origin == "cli")


def open_folder(path: str | None) -> bool:
    """Open a folder in the file manager; False when it does not exist or nothing could open it."""
    return bool(path and os.path.isdir(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(path)))


class HistoryModel(QAbstractTableModel):
    """The jobs of the queue model that belong in the history, filtered by a search text and a status."""

    COL_NAME, COL_STATUS, COL_ORIGIN, COL_FINISHED, COL_RENDITIONS, COL_FOLDER = range(6)
    HEADERS = {
        COL_NAME: QT_TRANSLATE_NOOP("HistoryModel", "Video"),
        COL_STATUS: QT_TRANSLATE_NOOP("HistoryModel", "Status"),
        COL_ORIGIN: QT_TRANSLATE_NOOP("HistoryModel", "Made in"),
        COL_FINISHED: QT_TRANSLATE_NOOP("HistoryModel", "Finished"),
        COL_RENDITIONS: QT_TRANSLATE_NOOP("HistoryModel", "Renditions"),
        COL_FOLDER: QT_TRANSLATE_NOOP("HistoryModel", "Folder"),
    }
    ORIGIN_TEXT = {"cli": QT_TRANSLATE_NOOP("HistoryModel", "command line"),
                   "window": QT_TRANSLATE_NOOP("HistoryModel", "window")}

    def __init__(self, queue_model, parent=None):
        super().__init__(parent)
        self.queue_model = queue_model
        self._rows: list[Job] = []
        self._in_queue: set[str] = set()  # jobs the queue showed this session: they stay there until cleared
        self._search, self._status = "", ""
        self._queue_panel = None
        for sig in (queue_model.rowsInserted, queue_model.rowsRemoved, queue_model.rowsMoved, queue_model.modelReset):
            sig.connect(self.refresh)
        queue_model.dataChanged.connect(self._on_changed)
        self.refresh()

    # -- membership ------------------------------------------------------------------------------------------
    def in_history(self, job) -> bool:
        return finished_or_cli(job) and job.id not in self._in_queue

    def clear_finished(self) -> int:
        """Move the finished jobs the queue still shows to the history; how many moved."""
        done = {j.id for j in self.queue_model.jobs() if j.id in self._in_queue and finished_or_cli(j)}
        self._in_queue -= done
        self.refresh()
        return len(done)

    def jobs(self) -> list[Job]:
        """Every job in the history, whatever the filter."""
        return [j for j in self.queue_model.jobs() if self.in_history(j)]

    def job(self, row: int) -> Job | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_filter(self, search: str | None = None, status: str | None = None) -> None:
        if search is not None:
            self._search = search.strip().casefold()
        if status is not None:
            self._status = status
        self.refresh()

    def attach_queue(self, panel) -> None:
        """Hide the history's rows in the queue panel's view (and show its drop hint when nothing is left)."""
        self._queue_panel = panel
        self._sync_queue()

    # -- updates ---------------------------------------------------------------------------------------------
    def _on_changed(self, top_left, bottom_right, roles=()):
        if top_left.column() <= self.queue_model.COL_STATUS <= bottom_right.column():
            self.refresh()

    def refresh(self, *args) -> None:
        for j in self.queue_model.jobs():
            if not finished_or_cli(j):
                self._in_queue.add(j.id)  # work to do: the queue shows it, and keeps it once finished
        rows = [j for j in self.jobs() if self._matches(j)]
        if [j.id for j in rows] != [j.id for j in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows:
            emit(self.dataChanged, self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
        self._sync_queue()

    def _matches(self, job: Job) -> bool:
        if self._status and job.status != self._status:
            return False
        return not self._search or self._search in f"{job.name}\n{job.source}".casefold()

    def _sync_queue(self) -> None:
        panel = self._queue_panel
        if panel is None:
            return
        shown = 0
        for row, job in enumerate(self.queue_model.jobs()):
            hidden = self.in_history(job)
            panel.view.setRowHidden(row, hidden)
            shown += not hidden
        panel.hint.setVisible(shown == 0)

    # -- Qt --------------------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        job = self.job(index.row()) if index.isValid() else None
        if job is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return job.error or job.source
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == self.COL_NAME:
            return job.name
        if col == self.COL_STATUS:
            return self.queue_model.data(self.queue_model.index(self.queue_model.row_of(job.id),
                                                                         self.queue_model.COL_STATUS))
        if col == self.COL_ORIGIN:
            return self.tr(self.ORIGIN_TEXT.get(job.origin, job.origin))
        if col == self.COL_FINISHED:
            return (job.finished_at or job.created_at or "")[:16].replace("T", " ")
        if col == self.COL_RENDITIONS:
            done = sum(r.status == "encoded" for r in job.renditions)
            return f"{done}/{len(job.renditions)}"
        if col == self.COL_FOLDER:
            return job.out_dir
        return None


class HistoryPanel(QWidget):
    """The history: search, a status filter, Open folder, Clear history; a double-click shows the job."""

    showJob = Signal(str)  # job id: its renditions in the grid and the player
    message = Signal(str)  # a line for the status bar

    STATUSES = (("", QT_TRANSLATE_NOOP("HistoryPanel", "All statuses")),
                (COMPLETED, QT_TRANSLATE_NOOP("HistoryPanel", "Completed")),
                (CANCELLED, QT_TRANSLATE_NOOP("HistoryPanel", "Cancelled")),
                (REJECTED, QT_TRANSLATE_NOOP("HistoryPanel", "Rejected")),
                ("failed", QT_TRANSLATE_NOOP("HistoryPanel", "Failed")))

    def __init__(self, model: HistoryModel, remove, parent=None):
        """`remove(job_id)`: takes the job's record out of the app (its files are kept)."""
        super().__init__(parent)
        self.model = model
        self._remove = remove
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name or source"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: model.set_filter(search=text))
        self.status = QComboBox(self)
        for value, text in self.STATUSES:
            self.status.addItem(self.tr(str(text)), value)
        self.status.currentIndexChanged.connect(lambda i: model.set_filter(status=self.status.itemData(i)))
        self.open_button = QPushButton(self.tr("Open folder"), self)
        self.open_button.clicked.connect(self.open_current_folder)
        self.clear_button = QPushButton(self.tr("Clear history…"), self)
        self.clear_button.setToolTip(self.tr("Remove the records from the history; output files are kept"))
        self.clear_button.clicked.connect(self.clear_history)

        self.view = QTableView(self)
        self.view.setObjectName("historyView")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HistoryModel.COL_FOLDER, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda index: self._show(index.row()))
        # Selecting a row shows it too, as the Queue does (a click on a finished job showed nothing below).
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row()) if current.isValid() else None)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status)
        bar.addWidget(self.open_button)
        bar.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def current_job(self) -> Job | None:
        return self.model.job(self.view.currentIndex().row())

    def _show(self, row: int) -> None:
        job = self.model.job(row)
        if job is not None:
            emit(self.showJob, job.id)

    def open_current_folder(self) -> bool:
        job = self.current_job()
        if job is None:
            return False
        if not os.path.isdir(job.out_dir):
            emit(self.message, self.tr("%1 has no output folder.").replace("%1", job.name))
            return False
        if not open_folder(job.out_dir):
            emit(self.message, self.tr("No file manager could open %1.").replace("%1", job.out_dir))
            return False
        return True

    def clear_history(self) -> int:
        """After a confirmation, remove every record in the history (never a file); how many were removed."""
        jobs = self.model.jobs()
        if not jobs:
            return 0
        answer = QMessageBox.question(
            self, self.tr("Clear history"),
            self.tr("Jobs to remove from the history: %n. Their output files are kept.", "", len(jobs)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return 0
        for job in jobs:
            self._remove(job.id)
        return len(jobs)
