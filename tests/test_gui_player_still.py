"""The player shows a still (decoded by the worker) while stopped, the video while playing; F: full screen."""

from PySide6.QtCore import Qt

from app.gui.player import PlayerPanel


def test_a_loaded_file_shows_its_first_picture_until_it_plays(qtbot, clips):
    panel = PlayerPanel()
    qtbot.addWidget(panel)
    panel.resize(480, 360)
    panel.show()
    assert not panel.still_shown()  # nothing loaded: the plain background
    panel.set_sources([("Source", clips.landscape)])
    qtbot.waitUntil(panel.still_shown, timeout=20000)
    pixmap = panel.still.pixmap()
    assert pixmap.width() > 200 and pixmap.height() > 100
    image = pixmap.toImage()
    assert any(image.pixelColor(x, image.height() // 2).value() > 40 for x in range(0, image.width(), 8))  # not black
    panel.play()
    qtbot.waitUntil(lambda: panel.screen_area.currentWidget() is panel.video, timeout=10000)
    qtbot.waitUntil(lambda: panel.info.text().startswith("640×360"), timeout=10000)  # the playing size
    panel.stop()
    qtbot.waitUntil(panel.still_shown, timeout=10000)
    assert panel.info.text() == ""
    panel.set_sources([])
    assert not panel.still_shown()


def test_f_toggles_full_screen_and_escape_leaves(qtbot, clips):
    panel = PlayerPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.is_full_screen()
    qtbot.keyClick(panel.screen_area, Qt.Key.Key_F)
    assert panel.is_full_screen() and panel.screen_area.isWindow()
    qtbot.keyClick(panel.screen_area, Qt.Key.Key_Escape)
    assert not panel.is_full_screen() and not panel.screen_area.isWindow()
    assert panel.screen_area.parent() is panel
    panel.full_button.click()
    assert panel.is_full_screen()
    panel.toggle_full_screen()
    assert not panel.is_full_screen()
