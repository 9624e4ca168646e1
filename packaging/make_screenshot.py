"""Make the README's screenshot of the real window: three clips queued, a 1080p ladder encoding, its source playing.

Run it under an X server (the video surface is captured from the screen, which the offscreen platform has not):

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python packaging/make_screenshot.py [OUT.png]

The clips are made with PyAV in a temporary folder; the job store, settings and outputs live there too, so your
own queue and settings are not touched. Default output: resources/screenshots/main-window.png.
"""

from __future__ import annotations

import os
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = tempfile.mkdtemp(prefix="rs-screenshot-")
os.environ["RENDITION_STUDIO_DATA_DIR"] = os.path.join(WORK, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(WORK, "config")  # QSettings: defaults, outputs below
os.environ.setdefault("RENDITION_STUDIO_LANGUAGE", "en")
sys.path.insert(0, REPO)

from tests.media import make_clip  # noqa: E402  (the tests' own generator: a moving pattern and a tone)


def main(out: str) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.app import open_window

    clips = [make_clip(os.path.join(WORK, "vertical-clip.mp4"), width=360, height=640, seconds=3),
             make_clip(os.path.join(WORK, "interview-1080p.mp4"), width=1920, height=1080, seconds=8, fps=30),
             make_clip(os.path.join(WORK, "teaser.mp4"), width=640, height=360, seconds=4)]
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Rendition Studio")
    app.setApplicationName("rendition-studio")
    QSettings().setValue("output/folder", os.path.join(WORK, "out"))
    window = open_window(clips)
    window.move(0, 0)
    model = window.controller.model
    state = {"played": False}

    def tick():
        jobs = {j.name: j for j in model.jobs()}
        big = jobs.get("interview-1080p")
        if big is None or big.status in ("failed", "partial"):
            return
        done = jobs.get("vertical-clip") and jobs["vertical-clip"].status == "completed"
        if done and big.status == "running" and not state["played"]:
            window.queue.view.selectRow(model.row_of(big.id))
            window.player.play()
            state["played"] = True
        progress = model.progress(big.id)
        if state["played"] and progress >= 0.2 and window.player.player.position() > 1500:
            timer.stop()
            shot = app.primaryScreen().grabWindow(0, 0, 0, window.frameGeometry().width(),
                                                  window.frameGeometry().height())
            print(f"{out}: {'saved' if shot.save(out) else 'NOT saved'} ({shot.width()}x{shot.height()})")
            window.controller.shutdown()  # cancel the encodes; the temporary folder goes with them
            app.exit(0)

    timer = QTimer(interval=100, timeout=tick)
    timer.start()
    QTimer.singleShot(180_000, lambda: (print("gave up waiting for the encode"), app.exit(1)))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                                  os.path.join(REPO, "resources", "screenshots", "main-window.png"))))
