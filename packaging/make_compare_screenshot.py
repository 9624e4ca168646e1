"""Make the README's screenshot of the Compare window: a 720p clip with detail, encoded and measured by the
command line, the source against its 240p rung as a wipe, at the rendition's worst moment.

Run it under an X server:

    xvfb-run -s "-screen 0 1280x800x24" .venv/bin/python packaging/make_compare_screenshot.py [OUT.png]

Everything (clip, outputs, job store) lives in a temporary folder. Default OUT: resources/screenshots/compare.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = tempfile.mkdtemp(prefix="rs-compare-shot-")
os.environ["RENDITION_STUDIO_DATA_DIR"] = os.path.join(WORK, "data")
os.environ.setdefault("RENDITION_STUDIO_LANGUAGE", "en")
sys.path.insert(0, REPO)

from tests.media import make_clip  # noqa: E402  (the tests' own generator: a moving pattern)


def main(out: str) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.store import JobStore
    from app.gui.compare import CompareWindow

    clip = make_clip(os.path.join(WORK, "harbour.mp4"), width=1280, height=720, seconds=6, fps=30, audio=False)
    subprocess.run([sys.executable, "-m", "app", "encode", clip, "--out", os.path.join(WORK, "out"),
                    "--thumbnails", "none", "--quality", "sampled"], cwd=REPO, check=True, capture_output=True,
                   env=dict(os.environ, PYTHONPATH=REPO))
    job = JobStore().list()[0]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    w = CompareWindow(job)
    w.resize(1240, 740)
    w.show()
    lowest = next(rid for rid in w.ids() if rid.startswith("hls:"))
    worst = ((job.rendition(lowest).measured or {}).get("scores", {}).get("ssim", {}).get("worst") or [[2.0, 0]])
    w.set_mode("wipe")
    w.view.set_divider(0.5)
    w.show_pair("source", lowest, float(worst[0][0]) + 0.5)

    def shoot():
        w.grab().save(out)
        print(out, w.pair(), w.time_label.text())
        w.close()
        app.quit()

    def ready():
        QTimer.singleShot(700, shoot)  # the window painted, with its frames

    w.frameShown.connect(ready)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "resources", "screenshots",
                                                                       "compare.png")))
