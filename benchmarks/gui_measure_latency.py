"""The window stays responsive while it measures quality (issue 13): event-loop latency during Measure quality.

    python benchmarks/gui_measure_latency.py                    # 1080p30 8 s source, sampled then every frame
    python benchmarks/gui_measure_latency.py --platform xcb     # a real X server (Xvfb) instead of offscreen

The ladder is encoded in the window first (not timed), then Job › Measure quality runs (`JobsController.measure`,
the `MeasureRunner` thread, the worker process) in each mode. Meanwhile a 10 ms `QTimer` probes the window's own
event loop (lateness = actual minus expected interval) and the window is resized every 250 ms, so layouts and
painting run too, with the grid showing the job and the quality chart's tab open half of the time. Target: p99 < 50 ms.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, REPO)

from gui_responsiveness import make_window, percentile  # noqa: E402
from ladder_vs_ffmpeg import ensure_source  # noqa: E402


def run(app, src: str, work: str, modes: list[str]) -> dict:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer


    out, controller, window = make_window(work, "gui-measure-")
    loop = QEventLoop()
    controller.jobEvent.connect(lambda ev: ev["type"] == "job.finished" and QTimer.singleShot(0, loop.quit))
    controller.add_paths([src])
    loop.exec()
    job = controller.model.job(0)
    if job is None or job.status != "completed":
        raise SystemExit(f"the encode ended {job.status if job else 'without a job'}")
    window.queue.view.selectRow(0)
    report = {}
    for mode in modes:
        lateness: list[float] = []
        clock, last = QElapsedTimer(), [0]
        timer, resize = QTimer(), QTimer()
        timer.setInterval(10)
        resize.setInterval(250)
        sizes = [(1280, 760), (1100, 700)]

        def tick(clock=clock, last=last, lateness=lateness):
            now = clock.nsecsElapsed()
            if last[0]:
                lateness.append(max(0.0, (now - last[0]) / 1e6 - 10.0))
            last[0] = now

        def flip(sizes=sizes):
            sizes.reverse()
            window.resize(*sizes[0])
            tabs = window.grid.tabs
            tabs.setCurrentIndex(1 - tabs.currentIndex())

        timer.timeout.connect(tick)
        resize.timeout.connect(flip)
        done = QEventLoop()
        ended = {}

        def on_end(job_id, reason, ended=ended, done=done):
            ended["reason"] = reason
            QTimer.singleShot(0, done.quit)

        controller.measureEnded.connect(on_end)
        clock.start()
        timer.start()
        resize.start()
        t0 = time.perf_counter()
        reason = controller.measure(job.id, mode)
        if reason:
            raise SystemExit(reason)
        done.exec()
        wall = time.perf_counter() - t0
        timer.stop()
        resize.stop()
        controller.measureEnded.disconnect(on_end)
        if ended.get("reason"):
            raise SystemExit(f"the measurement said: {ended['reason']}")
        measured = [r.id for r in job.renditions if r.measured and "scores" in r.measured]
        report[mode] = {"wall_s": round(wall, 2), "renditions": len(measured), "samples": len(lateness),
                        "p50_ms": round(percentile(lateness, 50), 2), "p99_ms": round(percentile(lateness, 99), 2),
                        "max_ms": round(max(lateness), 2)}
        print(f"  {mode}: {report[mode]}", flush=True)
    controller.shutdown()
    window.close()
    shutil.rmtree(out, ignore_errors=True)
    return report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default="/tmp/rs-bench")
    ap.add_argument("--height", type=int, default=1080)
    ap.add_argument("--seconds", type=float, default=8)
    ap.add_argument("--fps", type=int, default=30)
    ap.add_argument("--platform", default="offscreen")
    ap.add_argument("--modes", default="sampled,full")
    args = ap.parse_args(argv)
    os.makedirs(args.work, exist_ok=True)
    src = ensure_source(args.work, args.height, args.seconds, args.fps)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ["RENDITION_STUDIO_DATA_DIR"] = os.path.join(args.work, "gui-measure-store")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    print(f"event-loop latency while the window measures quality ({os.cpu_count()} CPUs, {args.platform}):")
    report = run(app, src, args.work, args.modes.split(","))
    worst = max(r["p99_ms"] for r in report.values())
    print(f"  worst p99 {worst} ms (target < 50 ms)")
    return 0 if worst < 50 else 1


if __name__ == "__main__":
    sys.exit(main())
