#!/usr/bin/env python3
"""What measuring quality costs next to the encode it measures (issue 13).

    python benchmarks/quality_speed.py [--work /tmp/rs-bench] [--seconds 8] [--runs 3] [--no-full] [--json FILE]

Encodes the cached 1080p30 source of benchmarks/ladder_vs_ffmpeg.py (8 s unless --seconds; made here if missing)
with the default ladder (`rendition-studio encode`), then runs `rendition-studio quality` on the job, sampled and
`--full`, and the core's `measure_many` over a plain 20 % sample (no 10 s floor: what sampled costs on a long
source, per second of video). Each step is a fresh process; wall time, CPU time (user + system of the process and
the ones it waited for: the media workers) and peak RSS of its largest process (wait4's ru_maxrss). With --runs N,
each figure is the median of N rounds. Prints each step's wall and CPU time as a ratio of the encode's: on a
machine shared with other work the CPU ratio is the steadier one.
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


def _run(cmd: list[str], env: dict) -> tuple[float, float, float, int]:
    """(wall s, CPU s, peak RSS MiB, exit status) of one process and the ones it waited for."""
    t = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def _source(work: str, seconds: float) -> str:
    sys.path.insert(0, HERE)
    from ladder_vs_ffmpeg import ensure_source  # the same cached source (made on first use)

    return ensure_source(work, 1080, seconds, 30)


def _round(source: str, seconds: float, full: bool) -> dict[str, tuple[float, float, float, int]]:
    tmp = tempfile.mkdtemp(prefix="rs-quality-")
    env = dict(os.environ, PYTHONPATH=REPO, RENDITION_STUDIO_DATA_DIR=os.path.join(tmp, "data"))
    py = [sys.executable, "-m", "app"]
    try:
        rows = {}
        rows["encode"] = _run(py + ["encode", source, "--out", os.path.join(tmp, "out"), "--thumbnails", "none"], env)
        job = os.path.join(tmp, "out", os.path.splitext(os.path.basename(source))[0])
        rows["quality sampled"] = _run(py + ["quality", job], env)
        if full:
            rows["quality --full"] = _run(py + ["quality", job, "--full"], env)
        code = (f"import sys, glob; sys.path.insert(0, {REPO!r}); from app.core import quality; "
                f"w = quality.sampled_windows({seconds}, minimum=0); "
                f"ps = sorted(glob.glob({job!r} + '/hls/*/index.m3u8')) + glob.glob({job!r} + '/mp4/*.mp4'); "
                f"quality.measure_many({source!r}, list(zip(ps, ps)), w, 0, duration={seconds})")
        rows["core, 20% sample, no floor"] = _run([sys.executable, "-c", code], env)
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", default="/tmp/rs-bench")
    ap.add_argument("--seconds", type=float, default=8.0, help="length of the 1080p30 source (default 8)")
    ap.add_argument("--runs", type=int, default=1, help="rounds; each figure is their median (default 1)")
    ap.add_argument("--no-full", action="store_true", help="leave out `quality --full` (long sources)")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    source = _source(args.work, args.seconds)
    rounds = []
    for i in range(args.runs):
        rounds.append(_round(source, args.seconds, not args.no_full))
        if args.runs > 1:
            print(f"round {i + 1}: " + ", ".join(f"{k} {w:.2f} s" for k, (w, *_) in rounds[-1].items()), flush=True)
    rows = {k: tuple(statistics.median(r[k][j] for r in rounds) for j in range(4)) for k in rounds[0]}
    enc_wall, enc_cpu = rows["encode"][0], rows["encode"][1]
    print(f"{'step':<28} {'wall s':>8} {'x encode':>9} {'CPU s':>8} {'x encode':>9} {'peak RSS MiB':>13} {'exit':>5}")
    for name, (wall, cpu, rss, rc) in rows.items():
        print(f"{name:<28} {wall:8.2f} {wall / enc_wall:9.3f} {cpu:8.2f} {cpu / enc_cpu:9.3f} {rss:13.0f} {rc:5.0f}")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"source": source, "runs": args.runs,
                       "steps": {k: {"wall": w, "ratio": w / enc_wall, "cpu": c, "cpu_ratio": c / enc_cpu,
                                     "peak_rss_mib": r, "exit": e} for k, (w, c, r, e) in rows.items()}},
                      f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
