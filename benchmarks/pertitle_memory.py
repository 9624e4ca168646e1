#!/usr/bin/env python3
"""Per-title analysis memory and time on a large source (issue 14): peak RSS of `pertitle.analyse`, by formats.

    python benchmarks/pertitle_memory.py [--work /tmp/rs-pertitle] [--height 2160] [--seconds 6]
                                         [--formats hls hls,mp4] [--repeat 1] [--json result.json]

The source is made here (cached in the work folder): a grainy moving gradient, x264 ultrafast CRF 16 with a
keyframe every 2 s (a phone's or an editor's export), 16:9 at `--height` lines, 25 pictures/s. Each analysis runs
in a child process of its own (a fresh heap, as the media worker has) that samples its own RSS every 10 ms; the
parent prints the peak, the analysis's wall and CPU time, its passes over the windows (`pertitle.probe_passes`),
the sizes probed and the rungs chosen. Needs about 4 GB of free memory at 2160p (the one-pass figure before
2026-12-02 was 4.3 GB).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, REPO)

CHILD = r"""
import json, os, sys, threading, time
sys.path.insert(0, {repo!r})
from app.core import pertitle
from app.core.ladder import plan_job
from app.core.probe import probe_source

def rss():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")

peak, done = [rss()], [False]
def sample():
    while not done[0]:
        peak[0] = max(peak[0], rss())
        time.sleep(0.01)
threading.Thread(target=sample, daemon=True).start()
src = probe_source({source!r})
formats = tuple({formats!r}.split(","))
plan = plan_job(src, formats=formats)
base = rss()
a = pertitle.analyse(src, plan, lambda ev: None)
p = pertitle.plan_per_title(src, plan, a, preset="default", encoder_preset=None, formats=formats,
                            segment_seconds=6.0, share_encodes=True)
done[0] = True
print(json.dumps({{"peak_mb": round(max(peak[0], rss()) / 2 ** 20), "base_mb": round(base / 2 ** 20),
                  "seconds": round(a.seconds, 2), "cpu_seconds": round(a.cpu_seconds, 2),
                  "passes": getattr(a, "passes", 1),
                  "sizes": sorted({{pt.short for pt in a.points}}),
                  "rungs": [[r.id, r.video_kbps] for r in p.renditions]}}))
"""


def make_source(path: str, height: int, seconds: float) -> str:
    if os.path.exists(path):
        return path
    import av
    import numpy as np

    w, h = height * 16 // 9 // 2 * 2, height
    rng = np.random.default_rng(5)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    tmp = path + ".tmp.mp4"
    with av.open(tmp, "w") as out:
        vs = out.add_stream("libx264", rate=25)
        vs.width, vs.height, vs.pix_fmt = w, h, "yuv420p"
        vs.codec_context.options = {"preset": "ultrafast", "crf": "16", "x264-params": "keyint=50:min-keyint=50"}
        for i in range(int(seconds * 25)):
            img = np.stack([(xx * 0.1 + i * 4) % 256, (yy * 0.1 + 40 * np.sin(xx / 300 + i / 10)) % 256,
                            (xx + yy) * 0.03 % 256], -1)
            img = np.clip(img + rng.normal(0, 3, (h, w, 1)), 0, 255).astype(np.uint8)
            frame = av.VideoFrame.from_ndarray(img, format="rgb24").reformat(format="yuv420p")
            frame.pts, frame.time_base = i, Fraction(1, 25)
            out.mux(vs.encode(frame))
        out.mux(vs.encode(None))
    os.replace(tmp, path)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default="/tmp/rs-pertitle")
    ap.add_argument("--height", type=int, default=2160)
    ap.add_argument("--seconds", type=float, default=6.0)
    ap.add_argument("--formats", nargs="+", default=["hls", "hls,mp4"])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args(argv)
    os.makedirs(args.work, exist_ok=True)
    source = make_source(os.path.join(args.work, f"grain-{args.height}p-{args.seconds:g}s.mp4"), args.height,
                         args.seconds)
    results = {}
    for formats in args.formats:
        runs = []
        for _ in range(max(1, args.repeat)):
            out = subprocess.run([sys.executable, "-c", CHILD.format(repo=REPO, source=source, formats=formats)],
                                 capture_output=True, text=True, check=True)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        results[formats] = runs
        for r in runs:
            print(f"{formats:>9}: peak {r['peak_mb']} MB (base {r['base_mb']}), analysis {r['seconds']} s "
                  f"({r['cpu_seconds']} CPU s), {r['passes']} pass(es), sizes {r['sizes']}, rungs {r['rungs']}",
                  flush=True)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(results, fh, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
