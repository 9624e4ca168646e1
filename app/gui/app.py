"""Start the desktop window: `rendition-studio` with no command, or `rendition-studio FILE...`."""

from __future__ import annotations

import os
import sys


def default_output_root() -> str:
    import platformdirs

    videos = platformdirs.user_videos_dir() or os.path.expanduser("~")
    return os.path.join(videos, "Rendition Studio")


def run_gui(files: list[str] | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.core.store import JobStore
    from app.gui.jobs_controller import JobsController
    from app.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Rendition Studio")
    app.setApplicationName("rendition-studio")
    app.setApplicationDisplayName("Rendition Studio")
    settings = QSettings()
    out_root = str(settings.value("output/folder", default_output_root()))
    store = JobStore()
    controller = JobsController(store, out_root, concurrency=int(settings.value("queue/concurrency", 1)))
    window = MainWindow(controller, settings)
    controller.restore()
    if files:
        controller.add_paths([os.path.abspath(f) for f in files])
    window.show()
    return app.exec()
