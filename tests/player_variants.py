"""Play an HLS ladder's master in the preview player over HTTP and switch variants, in a process of its own (run
by test_gui_player_variants with a timeout: a hung QMediaPlayer cannot hang the test run).

``python tests/player_variants.py HLS_FOLDER``: serves the folder on 127.0.0.1, plays the master, picks the 240p
variant, plays 1.5 s, switches to 360p while playing, then pauses and switches back to 240p. Prints one JSON line:
what the server served (in order, with a mark where each switch happened), the positions before and after each
switch, the states, the picture sizes shown.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtMultimedia import QMediaPlayer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.gui.app import route_qt_messages  # noqa: E402
from app.gui.player import PlayerPanel  # noqa: E402
from player_script import end, serve, wait, wait_until  # noqa: E402




def main(folder: str) -> None:
    server, served = serve(folder)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    route_qt_messages()
    app = QApplication.instance() or QApplication([])
    panel = PlayerPanel()
    panel.resize(700, 500)  # a picture of 393 lines: Auto starts with 360p
    panel.show()
    chosen: list[str] = []
    panel.variantChanged.connect(chosen.append)
    sizes: list[tuple[int, int]] = []
    panel.video.videoSink().videoFrameChanged.connect(lambda f: sizes.append((f.width(), f.height())))
    positions: list[int] = []  # as the player reports them
    panel.player.positionChanged.connect(positions.append)
    out: dict = {"base": base}
    panel.set_sources([("HLS master (adaptive)", f"{base}/master.m3u8")])
    assert wait_until(lambda: panel.variant.count() > 2, 15), "no variants offered"
    out["labels"] = [panel.variant.itemText(i) for i in range(panel.variant.count())]
    out["auto_source"] = panel.player.source().toString()
    # Auto's variant loaded (its first segment read) before another is chosen: a request still in flight would
    # reach the server after the mark below (seen once in the suite: /360p/segment_00000.ts after "240p chosen").
    assert wait_until(lambda: any(p.startswith("/360p/segment_") for p in list(served))
                      and panel.player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia,
                                                         QMediaPlayer.MediaStatus.BufferedMedia), 15), \
        "Auto's variant did not load"
    low = next(i for i in range(panel.variant.count()) if panel.variant.itemText(i).startswith("240p"))
    high = next(i for i in range(panel.variant.count()) if panel.variant.itemText(i).startswith("360p"))
    served.append("--240p chosen")
    panel.variant.setCurrentIndex(low)
    panel.play()
    assert wait_until(lambda: panel.player.position() > 1500, 15), "240p did not play"
    out["before_play_switch"] = panel.player.position()
    out["size_before"] = sizes[-1] if sizes else None
    served.append("--360p chosen")
    sizes.clear()
    panel.variant.setCurrentIndex(high)
    positions.clear()
    assert wait_until(lambda: panel._resume_at is None and bool(sizes) and any(p > 0 for p in positions), 15), \
        "360p did not load"
    out["after_play_switch"] = next(p for p in positions if p > 0)  # the first position the new variant reports
    assert wait_until(lambda: panel.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState, 15)
    wait(500)
    out["state_after_play_switch"] = panel.player.playbackState().name
    out["size_after"] = sizes[-1] if sizes else None
    panel.pause()
    assert wait_until(lambda: panel.player.playbackState() == QMediaPlayer.PlaybackState.PausedState, 15)
    wait(200)
    out["before_pause_switch"] = panel.player.position()
    served.append("--240p chosen while paused")
    sizes.clear()
    panel.variant.setCurrentIndex(low)
    assert wait_until(lambda: panel._resume_at is None and not panel._pause_when_loaded
                      and panel.player.playbackState() == QMediaPlayer.PlaybackState.PausedState, 15), "no pause"
    wait(500)
    out["after_pause_switch"] = panel.player.position()
    out["state_after_pause_switch"] = panel.player.playbackState().name
    out["size_after_pause_switch"] = sizes[-1] if sizes else None
    out["chosen"] = chosen
    out["source"] = panel.player.source().toString()
    out["served"] = served
    end(out, panel, server, app)


if __name__ == "__main__":
    main(sys.argv[1])
