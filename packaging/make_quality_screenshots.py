"""Make the README's screenshots of the quality columns in the rendition grid and of the quality chart.

Run it under an X server (the pictures are grabbed from the screen):

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python packaging/make_quality_screenshots.py [FOLDER]

A clip is made with PyAV in a temporary folder (the job store, settings and outputs live there too, so your own
are not touched); the window encodes it with "Measure quality after encoding: sampled", and once every rendition
is measured the grid (quality-grid.png) and its Quality chart tab (quality-chart.png) are grabbed. Default FOLDER:
resources/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = tempfile.mkdtemp(prefix="rs-quality-screenshots-")
os.environ["RENDITION_STUDIO_DATA_DIR"] = os.path.join(WORK, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(WORK, "config")
os.environ.setdefault("RENDITION_STUDIO_LANGUAGE", "en")
sys.path.insert(0, REPO)

from tests.media import make_clip  # noqa: E402  (the tests' own generator: a moving pattern and a tone)


def main(folder: str) -> int:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.gui.app import open_window

    out = os.path.join(WORK, "out")
    clip = make_clip(os.path.join(WORK, "launch-trailer.mp4"), width=1280, height=720, seconds=4, fps=25)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Rendition Studio")
    app.setApplicationName("rendition-studio")
    settings = QSettings()
    settings.setValue("output/folder", out)
    settings.setValue("encode/renditions", "240p:200k,360p:800k,480p:2000k,720p:3000k")
    settings.setValue("encode/thumbnails", False)
    settings.setValue("quality/afterEncoding", "sampled")
    window = open_window([clip])
    window.move(0, 0)
    model = window.controller.model
    state: dict = {}

    def grab(widget, name: str) -> None:
        g = widget.frameGeometry()
        top_left = widget.mapToGlobal(widget.rect().topLeft()) if widget is not window else g.topLeft()
        w, h = (g.width(), g.height()) if widget is window else (widget.width(), widget.height())
        shot = app.primaryScreen().grabWindow(0, top_left.x(), top_left.y(), w, h)
        path = os.path.join(folder, name)
        print(f"{path}: {'saved' if shot.save(path) else 'NOT saved'} ({shot.width()}x{shot.height()})")

    def tick():
        job = model.job(0)
        if job is None or job.status != "completed" or window.controller.is_measuring(job.id) \
                or not all(r.measured for r in job.renditions):
            return
        if "grid" not in state:
            state["grid"] = True
            window.queue.view.selectRow(0)
            window.grid.view.clearSelection()  # every score's colour in view

            def shot_grid():
                grab(window, "quality-grid.png")
                window.grid.tabs.setCurrentWidget(window.grid.chart)
                window.grid.chart.select_rendition(job.renditions[1].id)
                QTimer.singleShot(600, shot_chart)

            def shot_chart():
                grab(window, "quality-chart.png")
                timer.stop()
                window.controller.shutdown()
                app.exit(0)
            QTimer.singleShot(600, shot_grid)

    timer = QTimer(interval=200, timeout=tick)
    timer.start()
    QTimer.singleShot(300_000, lambda: (print("gave up"), app.exit(1)))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                                  os.path.join(REPO, "resources", "screenshots"))))
