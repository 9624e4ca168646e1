"""Load, play and stop a clip in the preview player N times, in a process of its own (run by test_gui_player).

``python tests/player_cycles.py CLIP N``: prints ``done N`` when every cycle ended. Before stop/play/pause went
through `app.gui.player._without_gil`, about one run of 40 cycles in six hung for good (Qt's FFmpeg audio thread
waiting for the GIL that a ``player.stop()`` from Python held), so the test runs this with a timeout.
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.gui.app import route_qt_messages  # noqa: E402
from app.gui.player import PlayerPanel  # noqa: E402
from player_script import wait  # noqa: E402



def main(clip: str, cycles: int) -> None:
    route_qt_messages()  # as the window does: Qt's threads log through Python (they take the GIL to)
    app = QApplication.instance() or QApplication([])
    for i in range(cycles):
        panel = PlayerPanel()
        panel.show()
        panel.set_sources([("Source", clip)])
        wait(100)
        panel.play()
        wait(150 + (i * 37) % 200)  # stop at varied moments of the audio renderer's start-up
        panel.stop()
        panel.deleteLater()
        wait(20)
    print(f"done {cycles}", flush=True)
    app.quit()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
