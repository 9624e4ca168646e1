"""Start the desktop window: `rendition-studio` with no command, or `rendition-studio FILE...`."""

from __future__ import annotations

import os
import sys
import time

READY_ENV = "RENDITION_STUDIO_EXIT_WHEN_READY"  # seconds to stay open once interactive, then quit

def app_icon():
    from PySide6.QtGui import QIcon

    from app import resource_path

    return QIcon(resource_path("icons", "rendition-studio.svg"))


def run_gui(files: list[str] | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.core.errors import UsageError
    from app.core.store import JobStore
    from app.gui.jobs_controller import JobsController
    from app.gui.main_window import MainWindow
    from app.gui.preferences import Preferences

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Rendition Studio")
    app.setApplicationName("rendition-studio")
    app.setApplicationDisplayName("Rendition Studio")
    app.setDesktopFileName("rendition-studio")
    app.setWindowIcon(app_icon())
    settings = QSettings()
    prefs = Preferences.load(settings)
    try:
        options = prefs.encode_options()
    except UsageError:
        options = None  # damaged settings: the defaults (Preferences.load already fell back)
    store = JobStore()
    controller = JobsController(store, os.path.expanduser(prefs.output_folder), options, prefs.concurrency)
    window = MainWindow(controller, settings)
    controller.restore()
    if files:
        controller.add_paths([os.path.abspath(f) for f in files])
    window.show()
    if os.environ.get(READY_ENV):
        # Measurement hook (benchmarks/gui_responsiveness.py, packaging smoke test): once the event loop has
        # turned twice after show() the window is interactive; print the wall clock and quit.
        from PySide6.QtCore import QTimer

        def ready():
            print(f"ready {time.time():.6f}", flush=True)
            QTimer.singleShot(int(float(os.environ[READY_ENV]) * 1000), window.close)

        QTimer.singleShot(0, lambda: QTimer.singleShot(0, ready))
    return app.exec()
