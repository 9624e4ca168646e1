"""The preview player: a loaded video shows its length before Play, and its position bar is never squeezed."""

import os
import subprocess
import sys

import pytest

from app.gui.player import PlayerPanel


def test_a_loaded_source_shows_its_length_before_play_then_plays(qtbot, clips):
    panel = PlayerPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_sources([("Source", clips.landscape)])
    qtbot.waitUntil(lambda: panel.time.text() == "0:00 / 0:08", timeout=10000)  # it read 0:00 / 0:00 until Play
    assert panel.play_button.isEnabled() and panel.seek.maximum() == panel.player.duration() > 7000

    frames = []
    panel.video.videoSink().videoFrameChanged.connect(lambda f: frames.append((f.width(), f.height())))
    panel.toggle()
    qtbot.waitUntil(lambda: panel.player.position() > 300 and bool(frames), timeout=10000)
    assert panel.play_button.text() == "Pause" and frames[-1] == (640, 360)
    panel.stop()


def test_the_position_bar_keeps_its_room_when_the_buttons_are_long(qtbot):
    panel = PlayerPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 300)
    for button in (panel.play_button, panel.loop):
        button.setText("[Ŵîðé pšéûðö-lôçàlé label ·········]")
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.seek.width() > 250


def test_playing_and_stopping_never_deadlocks(clips):
    """40 load/play/stop cycles in a child process (a deadlock there cannot hang this test run)."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, PYTHONPATH=root, QT_QPA_PLATFORM="offscreen")
    try:
        proc = subprocess.run([sys.executable, os.path.join(root, "tests", "player_cycles.py"), clips.landscape, "40"],
                              capture_output=True, text=True, timeout=90, env=env, cwd=root)
    except subprocess.TimeoutExpired:
        pytest.fail("the player hung while stopping (Qt's audio thread waiting for the GIL held by stop())")
    assert proc.returncode == 0 and "done 40" in proc.stdout, proc.stderr[-2000:]


def test_the_playing_info_never_widens_the_panel(qtbot):
    """The size and bit rate shown while playing sit beside the choice, which gives way: in the controls row
    they made the panel 130 px wider, and the grid beside it scrolled sideways at the default window size."""
    panel = PlayerPanel()
    qtbot.addWidget(panel)
    panel.show()
    before = panel.minimumSizeHint().width()
    panel.info.setText("1920×1080 · 6.4 Mb/s")
    panel.info.show()
    assert panel.minimumSizeHint().width() <= before
