"""Defects of the three job states (issue 12), each through the real controller, models, window or engine."""


def test_a_paused_queue_stays_paused_after_a_restart(qtbot, window, tmp_path):
    from PySide6.QtCore import QSettings

    from app.core.store import JobStore
    from app.gui.jobs_controller import JobsController
    from app.gui.main_window import MainWindow

    window.queue.toggle_pause()
    assert window.controller.paused and window.queue.start_button.text() == "Start queue"
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = JobsController(JobStore(), str(tmp_path / "out"))
    again = MainWindow(controller, settings)
    qtbot.addWidget(again)
    assert controller.paused and again.queue.start_button.text() == "Start queue"
    again.queue.toggle_pause()
    third = MainWindow(JobsController(JobStore(), str(tmp_path / "out")),
                       QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(third)
    assert not third.controller.paused
