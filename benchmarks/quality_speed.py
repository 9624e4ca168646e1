#!/usr/bin/env python3
"""What measuring quality costs next to the encode it measures (issue 13).

    python benchmarks/quality_speed.py [--work /tmp/rs-bench] [--json result.json]

Encodes the cached 8 s 1080p30 source of benchmarks/ladder_vs_ffmpeg.py (made here if missing) with the default
ladder (`rendition-studio encode`), then runs `rendition-studio quality` on the job, sampled and `--full`, and
the core's `measure` over a plain 20 % sample (no 10 s floor: what sampled costs on a long source, per second of
video). Each step is a fresh process; wall time, and peak RSS of its largest process (wait4's ru_maxrss covers the
media worker too). Prints each step's wall time as a ratio of the encode's.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def _run(cmd: list[str], env: dict) -> tuple[float, float, int]:
    """(wall s, peak RSS MiB, exit status) of one process and the ones it waited for."""
    t = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - t
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def _source(work: str) -> str:
    sys.path.insert(0, HERE)
    from ladder_vs_ffmpeg import ensure_source  # the same cached source (made on first use)

    return ensure_source(work, 1080, 8, 30)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", default="/tmp/rs-bench")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    source = _source(args.work)
    tmp = tempfile.mkdtemp(prefix="rs-quality-")
    env = dict(os.environ, PYTHONPATH=REPO, RENDITION_STUDIO_DATA_DIR=os.path.join(tmp, "data"))
    py = [sys.executable, "-m", "app"]
    try:
        rows = {}
        rows["encode"] = _run(py + ["encode", source, "--out", os.path.join(tmp, "out"), "--thumbnails", "none"], env)
        job = os.path.join(tmp, "out", os.path.splitext(os.path.basename(source))[0])
        rows["quality sampled"] = _run(py + ["quality", job], env)
        rows["quality --full"] = _run(py + ["quality", job, "--full"], env)
        code = (f"import sys, glob; sys.path.insert(0, {REPO!r}); from app.core import quality; "
                f"w = quality.sampled_windows(8.0, minimum=0); "
                f"ps = sorted(glob.glob({job!r} + '/hls/*/index.m3u8')) + glob.glob({job!r} + '/mp4/*.mp4'); "
                f"quality.measure_many({source!r}, list(zip(ps, ps)), w, 0, duration=8.0)")
        rows["core, 20% sample, no floor"] = _run([sys.executable, "-c", code], env)
        encode_wall = rows["encode"][0]
        print(f"{'step':<28} {'wall s':>8} {'x encode':>9} {'peak RSS MiB':>13} {'exit':>5}")
        for name, (wall, rss, rc) in rows.items():
            print(f"{name:<28} {wall:8.2f} {wall / encode_wall:9.3f} {rss:13.0f} {rc:5d}")
        if args.json:
            with open(args.json, "w") as f:
                json.dump({k: {"wall": w, "ratio": w / encode_wall, "peak_rss_mib": r, "exit": c}
                           for k, (w, r, c) in rows.items()}, f, indent=2)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
