"""Make the README's screenshots of the queue and its History tab, the player's still, the preset manager and
the job settings editor (the planned ladder with its size estimate), from the real window.

Run it under an X server (the pictures are grabbed from the screen):

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python packaging/make_feature_screenshots.py [FOLDER]

Clips are made with PyAV in a temporary folder, where the job store, presets, settings and outputs live too, so
your own are not touched. A few jobs are first encoded by the command line (they go to History), then the window
opens with a paused queue. Default FOLDER: resources/screenshots/.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = tempfile.mkdtemp(prefix="rs-screenshots-")
os.environ["RENDITION_STUDIO_DATA_DIR"] = os.path.join(WORK, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(WORK, "config")  # QSettings: defaults, outputs below
os.environ.setdefault("RENDITION_STUDIO_LANGUAGE", "en")
sys.path.insert(0, REPO)

from tests.media import make_clip  # noqa: E402  (the tests' own generator: a moving pattern and a tone)


def _cli(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "app", *args], cwd=REPO, check=True, capture_output=True,
                   env=dict(os.environ, PYTHONPATH=REPO))


def main(folder: str) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.presets import PresetLibrary, UserPreset
    from app.gui.app import open_window

    out = os.path.join(WORK, "out")
    for name in ("product-demo", "webinar-cut"):  # jobs made on the command line land in History
        made = make_clip(os.path.join(WORK, f"{name}.mp4"), width=640, height=360, seconds=2)
        _cli("encode", made, "--out", out, "--renditions", "240p", "--thumbnails", "none")
    library = PresetLibrary()
    library.add(UserPreset("Web 720p", renditions="360p,720p:2500k", formats="hls", encoder_preset="fast"))
    library.add(UserPreset("Archive", base="high", renditions="1080p", formats="mp4"))
    library.set_default("Web 720p")
    library.save()
    clips = [make_clip(os.path.join(WORK, "interview-1080p.mp4"), width=1920, height=1080, seconds=3, fps=30),
             make_clip(os.path.join(WORK, "teaser.mp4"), width=640, height=360, seconds=3)]

    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Rendition Studio")
    app.setApplicationName("rendition-studio")
    settings = QSettings()
    settings.setValue("output/folder", out)
    settings.setValue("queue/paused", True)  # nothing starts: the queue shows work to do
    window = open_window(clips)
    window.move(0, 0)
    model = window.controller.model
    steps = ["still", "history", "presets", "editor"]
    state: dict = {}

    def grab(widget, name: str) -> None:
        g = widget.frameGeometry()
        shot = app.primaryScreen().grabWindow(0, g.x(), g.y(), g.width(), g.height())
        path = os.path.join(folder, name)
        print(f"{path}: {'saved' if shot.save(path) else 'NOT saved'} ({shot.width()}x{shot.height()})")

    def tick():
        jobs = {j.name: j for j in model.jobs()}
        big = jobs.get("interview-1080p")
        if big is None or "teaser" not in jobs:
            return
        step = steps[0]
        if step == "still":
            if "selected" not in state:
                window.tabs.setCurrentIndex(0)
                window.queue.view.selectRow(model.row_of(big.id))
                state["selected"] = True
            if window.player.still.isVisible() and window.player.still.pixmap() is not None \
                    and not window.player.still.pixmap().isNull():
                grab(window, "queue-and-still.png")
                steps.pop(0)
        elif step == "history" and "history" not in state:
            state["history"] = True
            window.tabs.setCurrentIndex(1)

            def shot_history():
                grab(window, "history.png")
                steps.pop(0)
            QTimer.singleShot(300, shot_history)
        elif step == "presets" and "presets" not in state:
            dialog = state["presets"] = window.open_presets()
            dialog.move(window.x() + 200, window.y() + 150)

            def shot_presets():
                grab(dialog, "presets.png")
                dialog.close()
                steps.pop(0)
            QTimer.singleShot(500, shot_presets)
        elif step == "editor" and "editor" not in state:
            window.tabs.setCurrentIndex(0)
            dialog = state["editor"] = window.edit_job(big.id)
            dialog.move(window.x() + 300, window.y() + 20)

            def shot_editor():
                grab(dialog, "job-editor.png")
                dialog.reject()
                timer.stop()
                window.controller.shutdown()
                app.exit(0)
            QTimer.singleShot(500, shot_editor)

    timer = QTimer(interval=200, timeout=tick)
    timer.start()
    QTimer.singleShot(120_000, lambda: (print(f"gave up at step {steps[:1]}"), app.exit(1)))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                                  os.path.join(REPO, "resources", "screenshots"))))
