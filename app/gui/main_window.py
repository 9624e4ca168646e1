"""The main window: composes the queue and grid panels, menus, drag-and-drop and the status bar."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QSplitter

from app.gui.jobs_controller import JobsController
from app.gui.panels import GridPanel, QueuePanel
from app.gui.player import PlayerPanel, playable_items


class MainWindow(QMainWindow):
    def __init__(self, controller: JobsController, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Rendition Studio"))
        self.setAcceptDrops(True)
        self.resize(1280, 760)

        self.queue = QueuePanel(controller, self)
        self.grid = GridPanel(self)
        self.player = PlayerPanel(self)
        self.bottom = QSplitter(Qt.Orientation.Horizontal, self)
        self.bottom.addWidget(self.grid)
        self.bottom.addWidget(self.player)
        self.bottom.setStretchFactor(0, 3)
        self.bottom.setStretchFactor(1, 2)
        self.bottom.setSizes([800, 480])
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(self.bottom)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        self.message = QLabel(self)  # non-blocking messages (refused files)
        self.decoder_label = QLabel(self)
        self.running_label = QLabel(self)
        self.statusBar().addWidget(self.message, 1)
        self.statusBar().addPermanentWidget(self.decoder_label)
        self.statusBar().addPermanentWidget(self.running_label)
        self._refused: list[str] = []

        self._build_menus()
        self.queue.selectionChanged.connect(self._show_job)
        self.queue.addRequested.connect(self.open_files)
        controller.event.connect(self._on_event)
        controller.rejected.connect(self._on_rejected)
        controller.added.connect(self._on_added)
        controller.runningChanged.connect(self._update_status)
        controller.probingChanged.connect(self._update_status)
        self._restore_geometry()
        self._update_status()

    # -- menus -------------------------------------------------------------------------------------------------
    def _build_menus(self):
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_files)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        job_menu = self.menuBar().addMenu(self.tr("&Job"))
        self.cancel_action = QAction(self.tr("&Cancel"), self)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.triggered.connect(lambda: self.queue.act_on_current(self.controller.cancel))
        self.retry_action = QAction(self.tr("&Retry"), self)
        self.retry_action.setShortcut(QKeySequence("Ctrl+R"))
        self.retry_action.triggered.connect(lambda: self.queue.act_on_current(self.controller.retry))
        self.start_action = QAction(self.tr("&Start queue"), self)
        self.start_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.start_action.triggered.connect(self.controller.start)
        self.open_folder_action = QAction(self.tr("Open &output folder"), self)
        self.open_folder_action.triggered.connect(self._open_output_folder)
        for a in (self.start_action, self.cancel_action, self.retry_action, self.open_folder_action):
            job_menu.addAction(a)

    def open_files(self):
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open videos"), "",
                                                self.tr("Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg "
                                                        "*.flv *.wmv *.mxf *.3gp);;All files (*)"))
        if paths:
            self.controller.add_paths(paths)

    def _open_output_folder(self):
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        job = self.controller.job(self.queue.current_job_id())
        if job is not None and os.path.isdir(job.out_dir):
            QDesktopServices.openUrl(QUrl.fromLocalFile(job.out_dir))

    # -- drag and drop ----------------------------------------------------------------------------------------
    def dragEnterEvent(self, event):
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):
        self.dragEnterEvent(event)

    def dropEvent(self, event):
        urls = event.mimeData().urls()
        local = [u.toLocalFile() for u in urls if u.isLocalFile()]
        remote = [u.toString() for u in urls if not u.isLocalFile()]
        for r in remote:
            self._on_rejected(r, self.tr("%1: only local files can be encoded").replace("%1", r))
        if local:
            self.controller.add_paths(local)
            event.acceptProposedAction()

    # -- updates -----------------------------------------------------------------------------------------------
    def _show_job(self, job_id: str):
        job = self.controller.job(job_id) if job_id else None
        self.grid.show_job(job)
        self.player.set_sources(playable_items(job, self.tr))

    def _on_added(self, job_id: str):
        if not self.queue.current_job_id():
            row = self.controller.model.row_of(job_id)
            self.queue.view.selectRow(row)

    def _on_event(self, ev: dict):
        self.grid.model.apply_event(ev)
        t = ev["type"]
        if t == "job.planned" and ev["jobId"] == self.queue.current_job_id():
            self._show_job(ev["jobId"])
        elif t == "rendition.encoded" and ev["jobId"] == self.queue.current_job_id():
            # Playable as soon as it is encoded, while the others still encode.
            self.player.set_sources(playable_items(self.controller.job(ev["jobId"]), self.tr))
        elif t == "job.decoder":
            self.decoder_label.setText(self.tr("Decoder: %1").replace(
                "%1", self.tr("software") if ev["decoder"] == "software" else ev["decoder"]))
        elif t == "job.finished" and ev["status"] not in ("completed", "cancelled") and ev.get("error"):
            job = self.controller.job(ev["jobId"])
            self.message.setText(self.tr("%1: %2").replace("%1", job.name if job else "").replace("%2", ev["error"]))
        if t in ("job.started", "job.finished", "job.progress"):
            self._update_status()

    def _on_rejected(self, path: str, reason: str):
        self._refused = (self._refused + [reason])[-20:]
        self.message.setText(self.tr("Refused: %1").replace("%1", reason))
        self.message.setToolTip("\n".join(self._refused))
        QTimer.singleShot(15000, lambda: self.message.text().endswith(reason) and self.message.setText(""))

    def _update_status(self, *args):
        running = len(self.controller.running())
        jobs = self.controller.model.jobs()
        if running:
            total = sum(self.controller.model.progress(j) for j in self.controller.running()) / running
            text = self.tr("%n job(s) running", "", running) + f" · {total * 100:.0f} %"
        elif self.controller.is_probing():
            text = self.tr("Reading files…")
        else:
            text = self.tr("%n job(s) in the queue", "", len(jobs))
        self.running_label.setText(text)
        if not self.decoder_label.text():
            self.decoder_label.setText(self.tr("Decoder: %1").replace("%1", self.tr("software")))

    # -- geometry and quitting -------------------------------------------------------------------------------
    def _restore_geometry(self):
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for key, splitter in (("window/splitter", self.splitter), ("window/bottom", self.bottom)):
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)

    def closeEvent(self, event):
        if self.controller.running():
            answer = QMessageBox.question(
                self, self.tr("Quit Rendition Studio"),
                self.tr("A job is still encoding. Cancel it and quit? Its finished renditions are kept."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/bottom", self.bottom.saveState())
        self.player.player.stop()
        self.controller.shutdown()
        event.accept()
