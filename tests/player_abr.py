"""Play an HLS ladder's master on *Auto* in the preview player over HTTP, in a process of its own (run by
test_gui_player_abr with a timeout: a hung QMediaPlayer cannot hang the test run).

``python tests/player_abr.py HLS_FOLDER WIDTH HEIGHT [--throttle BYTES_PER_S] [--grow WIDTH HEIGHT] [--hold
VARIANT INDEX]``: serves the folder on 127.0.0.1 (each response at most BYTES_PER_S when throttled; VARIANT's
segments from INDEX on never answered with --hold), sizes the player panel, plays the
master on Auto for a while; with --grow, resizes the panel while playing and plays on. Prints one JSON line: what
the server served (with a mark where the panel grew), Auto's switches (variant, reason, position), the Auto
item's texts, the picture sizes shown, the positions around the switch.
"""

import argparse
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.gui.app import route_qt_messages  # noqa: E402
from app.gui.player import PlayerPanel  # noqa: E402
from player_script import end, serve, wait, wait_until  # noqa: E402





def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("width", type=int)
    parser.add_argument("height", type=int)
    parser.add_argument("--throttle", type=int)
    parser.add_argument("--grow", type=int, nargs=2)
    parser.add_argument("--play", type=float, default=3.0, help="seconds of media to play before growing/ending")
    parser.add_argument("--hold", nargs=2, metavar=("VARIANT", "INDEX"),
                        help="never answer VARIANT's segments from INDEX on (a stalled link)")
    args = parser.parse_args()
    server, served = serve(args.folder, args.throttle, (args.hold[0], int(args.hold[1])) if args.hold else None)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    route_qt_messages()
    app = QApplication.instance() or QApplication([])
    panel = PlayerPanel()
    panel.resize(args.width, args.height)
    panel.show()
    switches: list[dict] = []
    last_position = [0]
    panel.player.positionChanged.connect(lambda ms: last_position.__setitem__(0, ms))
    if hasattr(panel, "autoSwitched"):  # (the test is run against the player before Auto, too)
        panel.autoSwitched.connect(lambda uri, reason: switches.append(
            {"variant": uri[len(base):], "reason": reason, "position": last_position[0],
             "label": panel.variant.itemText(0), "resume_at": getattr(panel, "_resume_at", None)}))
    sizes: list[tuple[int, int]] = []
    panel.video.videoSink().videoFrameChanged.connect(lambda f: sizes.append((f.width(), f.height())))
    positions: list[int] = []
    panel.player.positionChanged.connect(positions.append)
    out: dict = {"base": base}
    panel.set_sources([("HLS master (adaptive)", f"{base}/master.m3u8")])
    panel.play()
    assert wait_until(lambda: panel.variant.count() > 2, 20), "no variants offered"
    out["labels"] = [panel.variant.itemText(i) for i in range(panel.variant.count())]
    out["view"] = panel._view() if hasattr(panel, "_view") else None
    assert wait_until(lambda: panel.player.position() > args.play * 1000, 60), "it did not play"
    out["label"] = panel.variant.itemText(0)
    out["size"] = sizes[-1] if sizes else None
    out["estimate"] = panel._abr.throughput.estimate() if getattr(panel, "_abr", None) else None
    if args.grow:
        served.append("--grown")
        out["before_grow"] = panel.player.position()
        sizes.clear()
        panel.resize(*args.grow)
        wait_until(lambda: len(switches) > 1, 20)
        positions.clear()
        assert wait_until(lambda: panel._resume_at is None and bool(sizes) and any(p > 0 for p in positions), 20), \
            "the larger variant did not load"
        out["after_grow"] = next(p for p in positions if p > 0)
        out["view_grown"] = panel._view() if hasattr(panel, "_view") else None
        wait(1500)
        out["label_grown"] = panel.variant.itemText(0)
        out["size_grown"] = sizes[-1] if sizes else None
        out["state_grown"] = panel.player.playbackState().name
    out["switches"] = switches
    out["source"] = panel.player.source().toString()
    out["position"] = panel.player.position()
    out["served"] = served
    end(out, panel, server, app)


if __name__ == "__main__":
    main()
