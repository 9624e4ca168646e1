"""The main window: composes the queue and grid panels, menus, drag-and-drop and the status bar."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QLabel, QMainWindow, QMessageBox, QPushButton, QSplitter,
                               QSystemTrayIcon, QTabWidget)

from app.core.layout import partial_path
from app.providers.remote_jobs import RemoteJob
from app.gui.job_router import JobRouter
from app.gui.history import HistoryModel, HistoryPanel, open_folder
from app.gui.compare import SOURCE, CompareWindow, can_compare
from app.gui.jobs_controller import JobsController, expand_paths
from app.gui.remote_dialogs import DropMenu, TrackDialog
from app.gui.remote_controller import RemoteJobsController
from app.gui.panels import GridPanel, QueuePanel, RefusedPanel
from app.gui import live_preview
from app.gui.live_preview import LivePreviews
from app.gui.player import PlayerPanel, playable_items
from app.gui.preferences import Preferences, save_endpoints
from app.gui.providers_page import ProvidersPage
from app.gui.settings_dialog import SettingsDialog


class MainWindow(QMainWindow):
    def __init__(self, controller: JobsController, settings: QSettings | None = None, parent=None,
                 remote: RemoteJobsController | None = None):
        super().__init__(parent)
        self.controller = controller
        self.remote = remote  # None: remote providers are not offered (tests of the local window)
        self.jobs = JobRouter(controller, remote)  # queue actions, to the local or remote controller by job id
        self.settings = settings or QSettings()
        self.prefs = Preferences.load(self.settings)
        self.setWindowTitle(self.tr("Rendition Studio"))
        self.setAcceptDrops(True)
        self.resize(1280, 760)

        self.queue = QueuePanel(self.jobs, self)
        self.refused = RefusedPanel(self.queue)  # under the queue, while there are refused files
        queue_layout = self.queue.layout()
        assert queue_layout is not None  # the panel lays itself out
        queue_layout.addWidget(self.refused)
        self.grid = GridPanel(self)
        self.player = PlayerPanel(self)
        self.bottom = QSplitter(Qt.Orientation.Horizontal, self)
        self.bottom.addWidget(self.grid)
        self.bottom.addWidget(self.player)
        self.bottom.setStretchFactor(0, 3)
        self.bottom.setStretchFactor(1, 2)
        self.bottom.setSizes([850, 430])  # at the default 1280 px the grid shows every column in English
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self._queue_tabs())
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
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(200)
        self._status_pending = False
        self._status_timer.timeout.connect(lambda: self._status_pending and self._refresh_status())

        self._finished_batch: list[str] = []  # how the jobs finished since the queue last ran dry
        self._tray: QSystemTrayIcon | None = None  # made for the first notification
        self._build_menus()
        if self.settings.value("queue/paused", False, type=bool):  # paused stays paused after a restart
            self.queue.set_paused(True)
        self.queue.pausedChanged.connect(lambda paused: self.settings.setValue("queue/paused", paused))
        self.queue.selectionChanged.connect(self._show_job)
        self.queue.addRequested.connect(self.open_files)
        self.grid.retryRendition.connect(lambda job_id, rid: self._retry_renditions(job_id, [rid]))
        self.player.variantChanged.connect(self.grid.select_path)  # the master's variant chosen: its row selected
        self.live = LivePreviews(self.player, self)  # rungs played while they encode
        self.grid.playRendition.connect(self._play_rendition)
        self.grid.measureRequested.connect(self.measure_quality)
        self.grid.chart.seekRequested.connect(self.seek_rendition)
        controller.measure_after = self.prefs.measure_quality
        controller.measuring.connect(self.grid.model.set_measuring)
        controller.measureEnded.connect(lambda _job_id, reason: reason and self._show_message(reason, 60000))
        self.grid.compareRendition.connect(lambda job_id, rid: self.open_compare(job_id, rid))
        self.compare_window: CompareWindow | None = None  # the Compare window (app.gui.compare), one at a time
        controller.changed.connect(self.grid.model.job_changed)  # the job state, applied once by the controller
        controller.jobEvent.connect(self._on_event)
        controller.rejected.connect(self._on_rejected)
        controller.added.connect(self._on_added)
        controller.runningChanged.connect(self._update_status)
        controller.probingChanged.connect(self._update_status)
        if remote is not None:
            remote.jobEvent.connect(self._on_remote_event)
            remote.rejected.connect(self._on_rejected)
            remote.added.connect(self._on_added)
            remote.runningChanged.connect(self._update_status)
        self._restore_geometry()
        self._refresh_status()

    def _queue_tabs(self) -> QTabWidget:
        """The queue (work to do) and the History (finished jobs, command-line jobs) side by side as tabs."""
        self.history_model = HistoryModel(self.controller.model, self)
        self.history_model.attach_queue(self.queue)
        self.history = HistoryPanel(self.history_model, self.jobs.remove, self)
        self.history.showJob.connect(self._show_job)
        self.history.message.connect(self._show_message)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.queue, self.tr("Queue"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.clear_finished_button = QPushButton(self.tr("Move finished to History"), self.tabs)
        self.clear_finished_button.setToolTip(self.tr("Take the completed and cancelled jobs out of the queue"))
        self.clear_finished_button.clicked.connect(self.history_model.clear_finished)
        self.tabs.setCornerWidget(self.clear_finished_button)
        return self.tabs

    # -- menus -------------------------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work whatever has the focus
        return action

    def _build_menus(self):
        on_job = self.queue.act_on_current
        c = self.jobs
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(file_menu, self.tr("&Open…"), self.open_files, QKeySequence.StandardKey.Open)
        if self.remote is not None:
            self.track_action = self._action(file_menu, self.tr("&Track remote job…"), self.track_remote, "Ctrl+T",
                                             self.tr("Follow a job on a provider by its identifier"))
        file_menu.addSeparator()
        self.settings_action = self._action(file_menu, self.tr("&Settings…"), self.open_settings, "Ctrl+,")
        self.presets_action = self._action(file_menu, self.tr("&Presets…"), self.open_presets, None,
                                           self.tr("Save, rename, delete, import and export encoding presets"))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        job_menu = self.menuBar().addMenu(self.tr("&Job"))
        self.start_action = self._action(job_menu, self.tr("&Start or pause the queue"), self.queue.toggle_pause,
                                         "Ctrl+Return",
                                         self.tr("Start the queue, or pause it after the jobs now running"))
        self.cancel_action = self._action(job_menu, self.tr("&Cancel"), lambda: on_job(c.cancel), "Ctrl+.")
        self.retry_action = self._action(job_menu, self.tr("&Retry"), lambda: on_job(c.retry), "Ctrl+R")
        self.retry_failed_action = self._action(
            job_menu, self.tr("Retry &failed renditions"), lambda: on_job(self._retry_failed), "Ctrl+Shift+R",
            self.tr("Encode only the renditions that failed, keeping the others"))
        self.edit_action = self._action(job_menu, self.tr("&Edit settings…"), lambda: on_job(self.edit_job), "Ctrl+E",
                                        self.tr("Change a queued, failed or rejected job's settings and retry it"))
        self.queue.view.addAction(self.edit_action)
        self.remove_action = self._action(job_menu, self.tr("Re&move from the list"), lambda: on_job(c.remove),
                                          QKeySequence.StandardKey.Delete, self.tr("Output files are kept"))
        self._action(job_menu, self.tr("Move &up"), lambda: self.queue.move_current(-1), "Ctrl+Up")
        self._action(job_menu, self.tr("Move &down"), lambda: self.queue.move_current(1), "Ctrl+Down")
        job_menu.addSeparator()
        self.open_folder_action = self._action(job_menu, self.tr("Open &output folder"), self._open_output_folder,
                                               "Ctrl+Shift+O")
        self.copy_master_action = self._action(job_menu, self.tr("Copy &master playlist path"), self._copy_master,
                                               "Ctrl+Shift+C")
        job_menu.addSeparator()
        self.measure_action = self._action(job_menu, self.tr("Measure &quality"),
                                           lambda: on_job(lambda job_id: self.measure_quality(job_id, "sampled")),
                                           None, self.tr("Score each rendition against the source (SSIM, PSNR) on "
                                                         "evenly spread samples; Cancel stops it"))
        self.measure_full_action = self._action(job_menu, self.tr("Measure quality (every &frame)"),
                                                lambda: on_job(lambda job_id: self.measure_quality(job_id, "full")),
                                                None, self.tr("Score every frame of each rendition against the source"))
        self.compare_action = self._action(job_menu, self.tr("C&ompare…"), lambda: self.open_compare(), "Ctrl+K",
                                           self.tr("The source and a rendition side by side, frame by frame"))
        self.compare_action.setEnabled(False)
        queue_actions = [self.cancel_action, self.retry_action, self.retry_failed_action, self.remove_action,
                         self.open_folder_action, self.copy_master_action, self.measure_action,
                         self.measure_full_action]
        if self.remote is not None:
            self.download_action = self._action(job_menu, self.tr("Download &results"), lambda: on_job(self._download),
                                                "Ctrl+Shift+D", self.tr("Fetch a remote job's outputs into its folder"))
            queue_actions.append(self.download_action)
        self.queue.view.addActions(queue_actions)

        play_menu = self.menuBar().addMenu(self.tr("&Playback"))
        self._action(play_menu, self.tr("&Play/Pause"), self.player.toggle, Qt.Key.Key_Space)
        self._action(play_menu, self.tr("&Next frame"), self.player.step, Qt.Key.Key_Period)
        self._action(play_menu, self.tr("P&revious frame"), lambda: self.player.step(-1), Qt.Key.Key_Comma)
        self._action(play_menu, self.tr("&Loop"), self.player.loop.toggle, Qt.Key.Key_L)
        self.full_screen_action = self._action(play_menu, self.tr("&Full screen"), self.player.toggle_full_screen,
                                               Qt.Key.Key_F, self.tr("The video alone on the screen; Esc leaves"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Open the &log folder"), self._open_log_folder)
        self._action(help_menu, self.tr("&About Rendition Studio"), self._about)

    def open_files(self):
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Open videos"), "",
                                                self.tr("Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg "
                                                        "*.flv *.wmv *.mxf *.3gp);;All files (*)"))
        if paths:
            self.controller.add_paths(paths)

    def open_settings(self) -> SettingsDialog:
        page = None
        if self.remote is not None:
            page = ProvidersPage(self.remote.endpoints, self.remote.credentials, self.prefs.drop_action,
                                 self.prefs.uploads_folder)
        dialog = SettingsDialog(self.prefs, self, page)
        dialog.finished.connect(lambda result: self._settings_done(dialog, result))
        dialog.open()  # window-modal, without a nested event loop
        return dialog

    def open_presets(self):
        from app.gui.presets_dialog import PresetsDialog

        dialog = PresetsDialog(self.prefs, self)
        dialog.finished.connect(lambda _result: self._presets_done(dialog))
        dialog.open()
        return dialog

    def _presets_done(self, dialog) -> None:
        if dialog.default_set:  # new videos use the new default preset
            self.apply_preferences(self.prefs.with_default_preset())
        dialog.deleteLater()

    def _settings_done(self, dialog: SettingsDialog, result: int):
        if result == SettingsDialog.DialogCode.Accepted and dialog.result_prefs is not None:
            if self.remote is not None:
                self.remote.endpoints = dialog.result_endpoints
                save_endpoints(self.settings, dialog.result_endpoints)
            self.apply_preferences(dialog.result_prefs)
        dialog.deleteLater()

    def apply_preferences(self, prefs: Preferences) -> None:
        options = prefs.check()
        self.prefs = prefs
        prefs.save(self.settings)
        self.controller.configure(os.path.expanduser(prefs.output_folder), options, prefs.concurrency)
        self.controller.measure_after = prefs.measure_quality
        if self.remote is not None:
            self.remote.out_root = os.path.expanduser(prefs.output_folder)
        self._show_message(self.tr("Settings saved; they apply to videos added from now on."))

    def edit_job(self, job_id: str):
        """Job › Edit settings…: the job's own settings dialog; OK saves them with the job (and retries a finished
        one)."""
        from app.gui.job_editor import JobEditor

        job = self.controller.job(job_id)
        if job is None or job_id in self.controller.running():
            self._show_message(self.tr("Only a local job that is not running can be edited."))
            return None
        dialog = JobEditor(job, self)
        dialog.finished.connect(lambda result: self._job_edited(dialog, result))
        dialog.open()
        return dialog

    def _job_edited(self, dialog, result: int) -> None:
        job, options = dialog.job, dialog.result_options
        if result == dialog.DialogCode.Accepted and options is not None:
            if not self.controller.edit_options(job.id, options):
                self._show_message(self.tr("%1 is running; its settings were not changed.").replace("%1", job.name))
            elif job.status != "queued":
                self.controller.retry(job.id)
        dialog.deleteLater()

    def measure_quality(self, job_id: str, mode: str = "sampled") -> bool:
        """Job › Measure quality: the job's renditions scored in the background (the grid fills in)."""
        reason = self.controller.measure(job_id, mode)
        job = self.controller.job(job_id)
        self._show_message(reason or self.tr("Measuring the quality of %1…").replace("%1", job.name if job else ""))
        return not reason

    def seek_rendition(self, rendition_id: str, seconds: float) -> None:
        """The quality chart's per-frame plot was clicked: the player shows that rendition at that moment."""
        job = self.controller.job(self.grid.model.job_id() or "")
        r = job.rendition(rendition_id) if job else None
        if job is not None and self.compare_window is not None and self.compare_window.isVisible():
            self.open_compare(job.id, rendition_id, seconds)  # the Compare window, when open, goes there too
        index = self.player.choice.findData(r.path) if r is not None and r.path else -1
        if index < 0:
            return
        ms = int(round(seconds * 1000))
        if index == self.player.choice.currentIndex():
            self.player.player.setPosition(ms)
        else:
            self.player.choice.setCurrentIndex(index)  # loads it; the position is set once it has loaded
            self.player._resume_at = ms

    def _retry_failed(self, job_id: str):
        job = self.controller.job(job_id)
        if job is not None and job.failed_renditions():
            self._retry_renditions(job_id, job.failed_renditions())

    def _retry_renditions(self, job_id: str, rendition_ids: list[str]):
        if not self.controller.retry(job_id, rendition_ids):
            self._show_message(self.tr("This job is still running; retry its renditions when it has finished."))

    def _open_output_folder(self):
        job = self.jobs.job(self.queue.current_job_id())
        if job is None:
            return
        if job.out_dir and os.path.isdir(job.out_dir):
            if not open_folder(job.out_dir):
                self._show_message(self.tr("No file manager could open %1.").replace("%1", job.out_dir), 60000)
        else:
            self._show_message(self.tr("%1 has no output folder yet.").replace("%1", job.name))

    def master_path(self) -> str | None:
        """The selected job's HLS master playlist: a local path, or the provider's URL for a remote job."""
        job = self.jobs.job(self.queue.current_job_id())
        if isinstance(job, RemoteJob):
            return ((job.last_status or {}).get("assets") or {}).get("hls")
        path = os.path.join(job.out_dir, "hls", "master.m3u8") if job else None
        return path if path and os.path.exists(path) else None

    def _copy_master(self):
        path = self.master_path()
        if path:
            QGuiApplication.clipboard().setText(path)
            self._show_message(self.tr("Copied: %1").replace("%1", path))
        else:
            self._show_message(self.tr("This job has no HLS master playlist yet."))

    def _open_log_folder(self):
        from app.core.logs import log_dir

        os.makedirs(log_dir(), exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(log_dir()))

    def _about(self):
        from app import __version__

        QMessageBox.about(self, self.tr("About Rendition Studio"), self.tr(
            "<b>Rendition Studio %1</b><p>Plans an HLS ladder and an MP4 from a video, encodes them on this computer "
            "with PyAV, and checks them in the player.</p>").replace("%1", __version__))

    def open_compare(self, job_id: str | None = None, rendition_id: str | None = None, seconds: float | None = None):
        """The Compare window for a job (default: the one the grid shows): the source vs `rendition_id` (default:
        the rendition selected in the grid, else the smallest). None when the job has no output folder."""
        job = self.jobs.job(job_id or self.grid.model.job_id() or "")
        if job is None or not can_compare(job):
            self._show_message(self.tr("Compare needs a job whose output folder exists."))
            return None
        if rendition_id is None:
            selected = self.grid.model.rendition(self.grid.view.currentIndex().row())
            rendition_id = selected.id if selected is not None and job_id is None else None
        if self.compare_window is not None and self.compare_window.job.id != job.id:
            self.compare_window.close()
            self.compare_window.deleteLater()
            self.compare_window = None
        w = self.compare_window
        if w is None:
            w = self.compare_window = CompareWindow(job, self)
        if rendition_id is not None and rendition_id in w.ids():
            w.show_pair(SOURCE, rendition_id, seconds)
        elif seconds is not None:
            w.seek(seconds)
        w.show()
        w.raise_()
        w.activateWindow()
        return w

    def _update_compare(self) -> None:
        job = self.jobs.job(self.grid.model.job_id() or "")
        self.compare_action.setEnabled(job is not None and can_compare(job))

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
            self.add_dropped(local, event.position().toPoint())
            event.acceptProposedAction()

    def add_dropped(self, paths: list[str], at=None) -> None:
        """Dropped files: encoded here, sent to the provider chosen in the settings, or the user picks."""
        action = self.prefs.drop_action if self.remote is not None else "local"
        if action == "local":
            self.controller.add_paths(paths)
        elif action != "ask":
            self.send_to(paths, action)
        else:
            self.drop_menu = DropMenu(self, paths)
            self.drop_menu.popup(self.mapToGlobal(at) if at is not None else self.cursor().pos())

    def send_to(self, paths: list[str], provider: str) -> list[str]:
        assert self.remote is not None  # offered only with cloud providers
        return self.remote.push(expand_paths(paths), provider, self.prefs.remote_options())

    def track_remote(self) -> TrackDialog:
        remote = self.remote
        assert remote is not None  # the menu entry exists only with cloud providers
        dialog = TrackDialog(self)
        dialog.accepted.connect(lambda: remote.track(dialog.provider(), dialog.remote_id()))
        dialog.open()
        return dialog

    def _download(self, job_id: str):
        if self.remote is not None and not self.remote.download(job_id):
            self._show_message(self.tr("Results can be downloaded once the remote job has finished."))

    # -- updates -----------------------------------------------------------------------------------------------
    def _show_job(self, job_id: str):
        job = self.jobs.job(job_id) if job_id else None
        self.grid.show_job(job)
        self.player.set_sources(playable_items(job))
        self._update_compare()

    def _on_added(self, job_id: str):
        if not self.queue.current_job_id():
            row = self.controller.model.row_of(job_id)
            self.queue.view.selectRow(row)

    def _on_event(self, ev: dict):
        t = ev["type"]
        self._after_encoding(ev)
        self._live_event(ev)
        if t == "job.planned" and ev["jobId"] == self.queue.current_job_id():
            self._show_job(ev["jobId"])
        elif t == "rendition.encoded" and ev["jobId"] == self.queue.current_job_id():
            # Playable as soon as it is encoded, while the others still encode.
            self.player.set_sources(playable_items(self.controller.job(ev["jobId"])))
            self._update_compare()
        elif t == "job.decoder":
            self.decoder_label.setText(self.tr("Decoder: %1").replace(
                "%1", self.tr("software") if ev["decoder"] == "software" else ev["decoder"]))
        elif t == "job.finished" and ev["status"] not in ("completed", "cancelled") and ev.get("error"):
            job = self.controller.job(ev["jobId"])
            self._show_message(self.tr("%1: %2").replace("%1", job.name if job else "").replace("%2", ev["error"]),
                               60000)
        self._update_status()  # any event may change a job's progress

    def _live_event(self, ev: dict) -> None:
        """Rungs played while they encode (app.gui.live_preview): offered from their first segment; a mirror played
        goes on with the final files once the rung is whole; gone when the rung or the job ends otherwise."""
        t, job = ev["type"], self.controller.job(ev.get("jobId") or "")
        if job is None:
            return
        current = job.id == self.queue.current_job_id()
        if t == "rendition.segment":
            mirror = self.live.segment(ev["path"])
            if mirror and current and self.player.choice.findData(mirror) < 0:
                self.player.set_sources(playable_items(job))
        elif t == "rendition.encoded" and ev["encoding"] == "hls":  # before the player offers the final path
            self.live.finished(os.path.join(partial_path(os.path.dirname(ev["path"])), "index.m3u8"))
        elif t in ("rendition.failed", "job.finished"):
            if t == "job.finished":
                self.live.forget(job.out_dir)
            if current:
                self.player.set_sources(playable_items(job))

    def _after_encoding(self, ev: dict) -> None:
        """The thumbnails in the strip as soon as they exist; a desktop notification when the queue has finished."""
        if ev["type"] == "thumbnails.done" and ev["jobId"] == self.queue.current_job_id():
            self.grid.thumbs.show_job(self.controller.job(ev["jobId"]))
        if ev["type"] != "job.finished":
            return
        self._finished_batch.append(ev["status"])
        if self.controller.running():
            return
        done, batch = self._finished_batch.count("completed"), self._finished_batch
        self._finished_batch = []
        text = self.tr("Completed: %n", "", done)
        if len(batch) > done:
            text += " · " + self.tr("Not completed: %n", "", len(batch) - done)
        self.notify(self.tr("The queue has finished"), text)

    def notify(self, title: str, text: str) -> bool:
        """A desktop notification where the desktop has a notification area; elsewhere nothing (False)."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        if self._tray is None:
            self._tray = QSystemTrayIcon(self.windowIcon(), self)
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10000)
        return True

    def _play_rendition(self, path: str) -> None:
        """Play a rendition from the grid: its file, or the mirror of a rung being encoded."""
        if live_preview.is_partial(path):
            path = self.live.segment(path) or ""
        self.player.play_path(path)

    def _on_remote_event(self, ev: dict):
        self.grid.model.apply_event(ev)
        t, current = ev["type"], ev["jobId"] == self.queue.current_job_id()
        if t == "remote.status" and current:
            self.player.set_sources(playable_items(self.jobs.job(ev["jobId"])))
        elif t == "remote.finished" and ev["status"] == "cancelled":
            if ev.get("cancelMessage"):  # what the provider did, or why it could not cancel there
                job = self.jobs.job(ev["jobId"])
                self._show_message(self.tr("%1: %2").replace("%1", job.name if job else "").replace(
                    "%2", ev["cancelMessage"]), 60000)
        elif t == "remote.finished" and ev.get("error") and ev["status"] != "completed":
            job = self.jobs.job(ev["jobId"])
            self._show_message(self.tr("%1: %2").replace("%1", job.name if job else "").replace("%2", ev["error"]),
                               60000)
        elif t == "remote.warning":
            self._show_message(ev["message"])
        elif t == "remote.downloaded":
            text = (self.tr("Files downloaded to %1: %n", "", len(ev["files"])).replace("%1", ev["output"] or "")
                    if not ev.get("error") else self.tr("Download failed: %1").replace("%1", ev["error"]))
            self._show_message(text, 60000)
        if t in ("remote.started", "remote.finished", "remote.upload", "remote.status"):
            self._update_status()

    def _on_rejected(self, path: str, reason: str):
        self.refused.add(path, reason)  # listed under the queue until cleared, and logged
        self._show_message(self.tr("Refused: %1").replace("%1", reason))

    def _show_message(self, text: str, ms: int = 15000):
        """A non-blocking message in the status bar; it goes after a while unless another replaced it."""
        self.message.setText(text)
        def clear():
            if self.message.text() == text:
                self.message.setText("")

        # Bound to the label: a window closed before the timer fires takes the timer with it.
        QTimer.singleShot(ms, self.message, clear)

    def _update_status(self, *args):
        """Coalesced: at most a few times a second, however many jobs report (50 remote jobs polling at once).

        The first change is shown at once (with the rows it came with: a refresh 200 ms later read a few per cent
        behind them), the ones that follow within 200 ms once the timer fires."""
        if self._status_timer.isActive():
            self._status_pending = True
            return
        self._status_pending = False
        self._refresh_status()
        self._status_timer.start()

    def _refresh_status(self):
        running = len(self.jobs.running())
        jobs = [j for j in self.controller.model.jobs() if not self.history_model.in_history(j)]  # the Queue tab's
        if running:  # the same figure as the rows': the job state's progress
            total = sum(self.controller.model.progress(j) for j in self.jobs.running()) / running
            text = self.tr("Jobs running: %n", "", running) + f" · {total * 100:.0f} %"
        elif self.controller.is_probing():
            text = self.tr("Reading files…")
        else:
            text = self.tr("Jobs in the queue: %n", "", len(jobs))
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
        self.player.stop()
        if self.compare_window is not None:
            self.compare_window.close()  # its frame worker ends with it
        self.controller.shutdown()
        if self.remote is not None:
            self.remote.shutdown()  # remote jobs go on at the provider; they are picked up at the next start
        event.accept()
