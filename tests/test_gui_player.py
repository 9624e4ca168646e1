"""The preview player: a loaded video shows its first frame and its length before anyone presses Play."""

from PySide6.QtMultimedia import QMediaPlayer

from app.gui.player import PlayerPanel


def test_a_loaded_source_shows_its_first_frame_paused_with_its_duration(qtbot, clips):
    panel = PlayerPanel()
    qtbot.addWidget(panel)
    panel.show()
    frames = []
    panel.video.videoSink().videoFrameChanged.connect(lambda f: frames.append((f.width(), f.height())))
    panel.set_sources([("Source", clips.landscape)])
    qtbot.waitUntil(lambda: bool(frames), timeout=10000)
    assert frames[0] == (640, 360)
    assert panel.player.playbackState() == QMediaPlayer.PlaybackState.PausedState
    assert panel.player.position() < 100
    assert panel.time.text() == "0:00 / 0:08"
    assert panel.play_button.isEnabled() and panel.seek.maximum() == panel.player.duration() > 7000

    panel.toggle()  # Play starts from the frame shown
    qtbot.waitUntil(lambda: panel.player.position() > 300, timeout=10000)
    assert panel.play_button.text() == "Pause"
    panel.player.stop()


def test_the_position_bar_keeps_its_room_when_the_buttons_are_long(qtbot):
    panel = PlayerPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 300)
    for button in (panel.play_button, panel.loop):
        button.setText("[Ŵîðé pšéûðö-lôçàlé label ·········]")
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.seek.width() > 250


def test_stop_stays_stopped_and_the_next_video_loads(qtbot, clips):
    # stop() re-emits LoadedMedia; pausing from there for a first frame deadlocked the next load.
    panel = PlayerPanel()
    qtbot.addWidget(panel)
    panel.show()
    for path in (clips.landscape, clips.portrait, clips.landscape):
        frames = []
        connection = panel.video.videoSink().videoFrameChanged.connect(
            lambda f: frames.append((f.width(), f.height())))
        panel.set_sources([("Source", path)])
        qtbot.waitUntil(lambda: bool(frames) and panel.player.playbackState() == QMediaPlayer.PlaybackState.PausedState,
                        timeout=10000)
        panel.stop()
        qtbot.wait(200)
        assert panel.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        panel.video.videoSink().videoFrameChanged.disconnect(connection)
