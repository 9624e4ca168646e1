"""The window's targets (issue #3): cold start, event-loop latency while a 1080p ladder encodes, GUI vs CLI speed.

    python benchmarks/gui_responsiveness.py                 # all three, 1080p30 8 s source
    python benchmarks/gui_responsiveness.py --only start    # or: latency, speed
    python benchmarks/gui_responsiveness.py --platform xcb  # a real X server (Xvfb) instead of offscreen

Cold start: from just before the process is spawned to the window being interactive (the event loop has turned
twice after `show()`), through the app's `RENDITION_STUDIO_EXIT_WHEN_READY` hook; the median of `--starts` runs.

Latency: a 10 ms `QTimer` probe in the window's own event loop while the engine encodes; lateness = actual minus
expected interval. The window is resized every 250 ms meanwhile so layouts and painting run too.

Speed: the same encode (same options) from the command line (`rendition-studio encode --json`) and in the window,
alternately; compared on the engine's wall time (`job.finished` → `stats.wallSeconds`) and end to end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, REPO)

from ladder_vs_ffmpeg import ensure_source  # noqa: E402  (the same cached synthetic source)

READY_ENV = "RENDITION_STUDIO_EXIT_WHEN_READY"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, int(round(q / 100 * (len(ordered) - 1)))))
    return ordered[k]


# -- cold start ----------------------------------------------------------------------------------------------
def cold_start(work: str, runs: int, platform: str) -> dict:
    times = []
    for i in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM=platform, RENDITION_STUDIO_DATA_DIR=os.path.join(work, f"start-{i}"),
                   XDG_CONFIG_HOME=os.path.join(work, f"start-{i}", "config"))
        env[READY_ENV] = "0"
        t0 = time.time()
        proc = subprocess.run([sys.executable, "-m", "app"], env=env, cwd=REPO, capture_output=True, text=True,
                              timeout=60)
        line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("ready ")), None)
        if line is None:
            raise SystemExit(f"the window did not start:\n{proc.stderr[-2000:]}")
        times.append(float(line.split()[1]) - t0)
        print(f"  start {i + 1}: {times[-1]:.3f} s", flush=True)
    return {"runs": [round(t, 3) for t in times], "median": round(statistics.median(times), 3)}


# -- the encode in the window, with the latency probe ---------------------------------------------------------
def make_window(work: str, prefix: str):
    """A shown main window of its own (store, settings and output folder in a new folder under `work`): (that
    folder, its jobs controller, the window)."""
    from PySide6.QtCore import QSettings

    from app.core.jobs import EncodeOptions
    from app.core.store import JobStore
    from app.gui.jobs_controller import JobsController
    from app.gui.main_window import MainWindow

    out = tempfile.mkdtemp(prefix=prefix, dir=work)
    settings = QSettings(os.path.join(out, "settings.ini"), QSettings.Format.IniFormat)
    controller = JobsController(JobStore(os.path.join(out, "jobs.sqlite")), out,
                                EncodeOptions(thumbnails=[], hwaccel="off"))
    window = MainWindow(controller, settings)
    window.resize(1280, 760)
    window.show()
    return out, controller, window


def window_encode(app, src: str, work: str, probe: bool) -> dict:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer


    out, controller, window = make_window(work, "gui-")
    result: dict = {}
    lateness: list[float] = []
    loop = QEventLoop()
    clock = QElapsedTimer()
    last = [0]
    timer = QTimer()
    timer.setInterval(10)
    resize = QTimer()
    resize.setInterval(250)
    sizes = [(1280, 760), (1100, 700)]

    def tick():
        now = clock.nsecsElapsed()
        if last[0]:
            lateness.append(max(0.0, (now - last[0]) / 1e6 - 10.0))
        last[0] = now

    def on_event(ev):
        if ev["type"] == "job.started":
            result["t_started"] = time.perf_counter()
            result["cpu_started"] = time.process_time()
            if probe:
                clock.start()
                timer.start()
                resize.start()
        elif ev["type"] == "job.finished":
            result["t_finished"] = time.perf_counter()
            # The window's own CPU time during the encode (all its threads; the engine's worker is a child).
            result["window_cpu"] = time.process_time() - result["cpu_started"]
            result["status"] = ev["status"]
            result["engine_wall"] = (ev.get("stats") or {}).get("wallSeconds")
            timer.stop()
            resize.stop()
            QTimer.singleShot(0, loop.quit)

    timer.timeout.connect(tick)
    def flip_size():
        sizes.reverse()
        window.resize(*sizes[0])

    resize.timeout.connect(flip_size)
    controller.jobEvent.connect(on_event)
    t0 = time.perf_counter()
    controller.add_paths([src])
    loop.exec()
    result["end_to_end"] = time.perf_counter() - t0
    controller.shutdown()
    window.close()
    window.deleteLater()
    app.processEvents()
    shutil.rmtree(out, ignore_errors=True)
    if result.get("status") != "completed":
        raise SystemExit(f"the window's encode ended {result.get('status')}")
    if probe:
        result["latency_ms"] = {"samples": len(lateness), "p50": round(percentile(lateness, 50), 2),
                                "p99": round(percentile(lateness, 99), 2), "max": round(max(lateness), 2)}
    return result


def cli_encode(src: str, work: str) -> dict:
    out = tempfile.mkdtemp(prefix="cli-", dir=work)
    env = dict(os.environ, RENDITION_STUDIO_DATA_DIR=out)
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "app", "encode", src, "--out", out, "--thumbnails", "none",
                           "--hwaccel", "off", "--json"], env=env, cwd=REPO, capture_output=True, text=True)
    end_to_end = time.perf_counter() - t0
    finished = [json.loads(ln) for ln in proc.stdout.splitlines() if '"job.finished"' in ln]
    shutil.rmtree(out, ignore_errors=True)
    if proc.returncode != 0 or not finished:
        raise SystemExit(f"the command line encode failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return {"engine_wall": finished[-1]["stats"]["wallSeconds"], "end_to_end": end_to_end}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default="/tmp/rs-bench")
    ap.add_argument("--height", type=int, default=1080)
    ap.add_argument("--seconds", type=float, default=8)
    ap.add_argument("--fps", type=int, default=30)
    ap.add_argument("--starts", type=int, default=7, help="cold starts to time (default 7)")
    ap.add_argument("--repeat", type=int, default=3, help="alternating CLI/window encodes (default 3 each)")
    ap.add_argument("--platform", default="offscreen", help="Qt platform plugin: offscreen (default) or xcb")
    ap.add_argument("--only", choices=["start", "latency", "speed"])
    ap.add_argument("--json", metavar="PATH")
    args = ap.parse_args(argv)
    os.makedirs(args.work, exist_ok=True)
    report: dict = {"cpus": os.cpu_count(), "platform": args.platform}

    if args.only in (None, "start"):
        print("cold start to an interactive window:")
        report["cold_start"] = cold_start(args.work, args.starts, args.platform)
        print(f"  median {report['cold_start']['median']:.3f} s (target < 1.5 s)")
    if args.only == "start":
        return _done(report, args)

    src = ensure_source(args.work, args.height, args.seconds, args.fps)
    os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ["RENDITION_STUDIO_DATA_DIR"] = os.path.join(args.work, "gui-store")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    if args.only in (None, "latency"):
        print("event-loop latency while the ladder encodes in the window:")
        r = window_encode(app, src, args.work, probe=True)
        report["latency"] = r["latency_ms"]
        lat = r["latency_ms"]
        print(f"  {lat['samples']} probes: p50 {lat['p50']} ms, p99 {lat['p99']} ms, max {lat['max']} ms "
              f"(target p99 < 50 ms); engine {r['engine_wall']:.2f} s")
    if args.only in (None, "speed"):
        print("the same encode from the command line and in the window, alternately:")
        cli, gui = [], []
        for i in range(args.repeat):
            cli.append(cli_encode(src, args.work))
            gui.append(window_encode(app, src, args.work, probe=False))
            print(f"  round {i + 1}: CLI engine {cli[-1]['engine_wall']:.2f} s "
                  f"(end to end {cli[-1]['end_to_end']:.2f}),"
                  f" window engine {gui[-1]['engine_wall']:.2f} s (end to end {gui[-1]['end_to_end']:.2f}; the "
                  f"window's own CPU meanwhile {gui[-1]['window_cpu']:.2f} s); load {os.getloadavg()[0]:.2f}",
                  flush=True)
        med = {side: {k: round(statistics.median(r[k] for r in runs), 3) for k in ("engine_wall", "end_to_end")}
               for side, runs in (("cli", cli), ("window", gui))}
        med["window"]["window_cpu"] = round(statistics.median(r["window_cpu"] for r in gui), 3)
        ratio = med["window"]["engine_wall"] / med["cli"]["engine_wall"]
        ratio_e2e = med["window"]["end_to_end"] / med["cli"]["end_to_end"]
        report["speed"] = {**med, "window_over_cli": round(ratio, 3), "window_over_cli_end_to_end": round(ratio_e2e, 3)}
        print(f"  medians: window/CLI = {ratio:.3f}× engine wall, {ratio_e2e:.3f}× end to end (target ≤ 1.05×); "
              f"the window used {med['window']['window_cpu']:.2f} s of CPU itself")
    return _done(report, args)


def _done(report: dict, args) -> int:
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
