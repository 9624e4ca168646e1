"""Start the desktop window: `rendition-studio` with no command, or `rendition-studio FILE...`."""

from __future__ import annotations

import os
import sys
import time

READY_ENV = "RENDITION_STUDIO_EXIT_WHEN_READY"  # seconds to stay open once interactive, then quit
EXIT_NO_DISPLAY = 8  # the window cannot open: no display (README, Exit statuses)
NO_DISPLAY = ("rendition-studio: error: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window "
              "cannot open; the command line needs none: rendition-studio --help, e.g. rendition-studio encode FILE "
              "--out DIR")


def display_missing(environ=os.environ, platform: str = sys.platform) -> bool:
    """True where Qt would look for an X11 or Wayland display and none is named (an SSH session, a container, a
    service): Qt would abort with a misleading message about libxcb-cursor0. QT_QPA_PLATFORM (offscreen, vnc...)
    means the user chose a platform: Qt is left to it."""
    if platform in ("win32", "cygwin", "darwin"):
        return False
    return not any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def app_icon():
    from PySide6.QtGui import QIcon

    from app import resource_path

    return QIcon(resource_path("icons", "rendition-studio.svg"))


LANGUAGE_ENV = "RENDITION_STUDIO_LANGUAGE"  # overrides the setting: de, es, en, pseudo (long accented texts)


def install_translators(app, language: str = "", folder: str | None = None) -> str:
    """Load the app's and Qt's own translations for `language` ("" = the system locale); return the locale used."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from app.gui import languages

    code = os.environ.get(LANGUAGE_ENV) or language
    folder = folder or languages.translation_folder()
    if code == languages.PSEUDO:
        locale = QLocale(QLocale.Language.English)
        ours = languages.qm_path(languages.PSEUDO, folder)
    else:
        locale, ours = (QLocale(code) if code else QLocale.system()), None
    QLocale.setDefault(locale)
    app._translators = []  # kept alive with the application
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        app._translators.append(qt)
    mine = QTranslator(app)
    if (mine.load(ours) if ours else mine.load(locale, languages.NAME, "_", folder)):
        app.installTranslator(mine)
        app._translators.append(mine)
    return languages.PSEUDO if ours else locale.name()


def run_gui(files: list[str] | None = None) -> int:
    if display_missing():  # before Qt is loaded: never its abort
        import logging

        logging.getLogger("app.gui").error(NO_DISPLAY)
        print(NO_DISPLAY, file=sys.stderr, flush=True)
        return EXIT_NO_DISPLAY
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window = open_window(files)
    if os.environ.get(READY_ENV):
        # Measurement hook (benchmarks/gui_responsiveness.py, packaging smoke test): once the event loop has
        # turned twice after show() the window is interactive; print the wall clock and quit.

        def ready():
            print(f"ready {time.time():.6f}", flush=True)
            QTimer.singleShot(int(float(os.environ[READY_ENV]) * 1000), window.close)

        QTimer.singleShot(0, lambda: QTimer.singleShot(0, ready))
    return QApplication.exec()


def open_stores():
    """The local and remote job stores for the window, and a line to show when something was wrong.

    A damaged database has been moved aside by the store (its `notice`). When the data folder cannot be written,
    or its database belongs to a newer version, the window still opens, with stores kept in memory: it says so,
    and that its jobs last only until it closes."""
    import logging

    from app.core.errors import RenditionError
    from app.providers.remote_jobs import RemoteJobStore
    from app.core.store import MEMORY, JobStore

    try:
        store = JobStore()
        return store, RemoteJobStore(), store.notice
    except RenditionError as exc:
        notice = f"{exc}; jobs are kept only until the window closes"
        logging.getLogger("app.gui").warning(notice)
        print(f"rendition-studio: warning: {notice}", file=sys.stderr, flush=True)
        return JobStore(MEMORY), RemoteJobStore(MEMORY), notice


_qt_message_handler = None  # kept alive for the process


def route_qt_messages() -> None:
    """Qt's own messages go to the log file, not the terminal: at every start Qt Multimedia says which optional
    libraries it did not find (VA-API, PipeWire), that PulseAudio is not running, which FFmpeg it uses... A fatal
    one is also printed, as Qt aborts right after. Call before Qt Multimedia loads (the player quiets its FFmpeg:
    `app.gui.player.quiet_qt_ffmpeg`)."""
    global _qt_message_handler
    import logging

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    log = logging.getLogger("app.qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, context, message):
        log.log(levels.get(kind, logging.WARNING), "%s: %s", context.category or "qt", message)
        if kind == QtMsgType.QtFatalMsg:
            print(f"rendition-studio: error: Qt: {message}", file=sys.stderr, flush=True)

    if _qt_message_handler is None:
        _qt_message_handler = handler
        qInstallMessageHandler(handler)


def open_window(files: list[str] | None = None):
    """Make the application (once) and show its main window, the saved queue restored and `files` added."""
    route_qt_messages()  # before Qt Multimedia loads
    from app.gui import signals  # noqa: F401 - first: it guards against PySide6 bugs that would end a long session
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.core.errors import UsageError
    from app.gui.jobs_controller import JobsController
    from app.gui.main_window import MainWindow
    from app.gui.preferences import Preferences, load_endpoints
    from app.gui.remote_controller import RemoteJobsController

    existing = QApplication.instance()  # typed QCoreApplication: narrowed to the QApplication it is here
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("Rendition Studio")
    app.setApplicationName("rendition-studio")
    app.setApplicationDisplayName("Rendition Studio")
    app.setDesktopFileName("rendition-studio")
    app.setWindowIcon(app_icon())
    settings = QSettings()
    prefs = Preferences.load(settings)
    install_translators(app, prefs.language)
    try:
        options = prefs.encode_options()
    except UsageError:
        options = None  # damaged settings: the defaults (Preferences.load already fell back)
    store, remote_store, notice = open_stores()
    out_root = os.path.expanduser(prefs.output_folder)
    controller = JobsController(store, out_root, options, prefs.concurrency)
    remote = RemoteJobsController(controller.model, out_root, store=remote_store)
    remote.endpoints = load_endpoints(settings)
    window = MainWindow(controller, settings, remote=remote)
    if notice:  # in the status bar until another message replaces it; the whole line as a tooltip
        window.message.setText(notice)
        window.message.setToolTip(notice)
    controller.restore()
    remote.restore()
    if files:
        controller.add_paths([os.path.abspath(f) for f in files])
    window.show()
    return window
