#!/usr/bin/env python3
"""Time to first preview: seconds from Start to the first playable segment of every HLS rung (issue 17).

    python benchmarks/first_preview.py [--seconds 8 30] [--height 1080] [--repeat 3] [--segment 6] [--json out.json]

Runs the real engine (`app.core.engine.Engine.run`, as the window's Start does: worker process, probe, plan,
encode) on a synthetic source (benchmarks/ladder_vs_ffmpeg.py's, cached in --work) with the default ladder, and
records for each HLS rung, from the moment `run` is called:

- ``event``: the first ``rendition.segment`` event (the window offers the rung to play from then);
- ``ffprobe``: when the rung's playlist on disk first opens in `ffprobe` with a video stream (a thread polls each
  rung's partial playlist; ffprobe runs once the playlist exists, as the muxer renames it into place after the
  first segment);
- ``encoded``: its ``rendition.encoded`` event (when it could be played before this change);

and the job's wall time. Medians over --repeat runs per source length.
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
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
if REPO not in sys.path:
    sys.path.insert(0, REPO)
sys.path.insert(0, HERE)

from ladder_vs_ffmpeg import ensure_source  # noqa: E402

POLL_S = 0.02


def _ffprobe_ok(ffprobe: str, playlist: str) -> bool:
    try:
        done = subprocess.run([ffprobe, "-v", "error", "-m3u8_hold_counters", "2", "-select_streams", "v:0",
                               "-show_entries", "stream=codec_name", "-of", "csv=p=0", playlist],
                              capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0 and "h264" in done.stdout


def _poll(ffprobe: str | None, playlists: dict[str, list[str]], t0: float, found: dict[str, float],
          stop: threading.Event) -> None:
    """When each rung's playlist (partial, then final) first opens in ffprobe: seconds after t0. `playlists` is
    filled in once the job is planned; polls until `stop` or every rung is found."""
    while not stop.is_set() and not (playlists and len(found) == len(playlists)):
        for quality, paths in list(playlists.items()):
            if quality in found:
                continue
            for path in paths:
                if os.path.exists(path) and (ffprobe is None or _ffprobe_ok(ffprobe, path)):
                    found[quality] = time.monotonic() - t0
                    break
        time.sleep(POLL_S)


def run_once(src: str, out_root: str, segment: float, ffprobe: str | None) -> dict:
    from app.core.engine import Engine
    from app.core.jobs import EncodeOptions, Job
    from app.core.layout import partial_path

    shutil.rmtree(out_root, ignore_errors=True)
    job = Job.create(src, out_root, EncodeOptions(segment_seconds=segment, thumbnails=[], hwaccel="off"))
    playlists: dict[str, list[str]] = {}
    first: dict[str, float] = {}
    encoded: dict[str, float] = {}
    probed: dict[str, float] = {}
    stop = threading.Event()
    t0 = time.monotonic()
    poller = threading.Thread(target=_poll, args=(ffprobe, playlists, t0, probed, stop), daemon=True)
    poller.start()

    def on_event(ev: dict) -> None:
        now = time.monotonic() - t0
        if ev["type"] == "job.planned":
            playlists.update({r["quality"]: [
                os.path.join(partial_path(os.path.join(job.out_dir, "hls", r["quality"])), "index.m3u8"),
                os.path.join(job.out_dir, "hls", r["quality"], "index.m3u8")] for r in ev["renditions"]
                if r["type"] == "hls"})
        elif ev["type"] == "rendition.segment":
            first.setdefault(ev["quality"], now)
        elif ev["type"] == "rendition.encoded" and ev["encoding"] == "hls":
            encoded[ev["quality"]] = now

    code = Engine().run(job, on_event)
    wall = time.monotonic() - t0
    poller.join(timeout=35)
    stop.set()
    if code != 0:
        raise SystemExit(f"the job failed ({code}): {job.error}")
    rungs = sorted(playlists, key=lambda q: int(q.rstrip("p")))
    return {"wall": wall, "rungs": {q: {"event": first.get(q), "ffprobe": probed.get(q), "encoded": encoded.get(q)}
                                    for q in rungs}}


def _median(values: list) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def _cell(v: float | None) -> str:
    return "   -  " if v is None else f"{v:6.2f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", default="/tmp/rs-bench", metavar="DIR", help="source cache (default /tmp/rs-bench)")
    ap.add_argument("--seconds", type=float, nargs="+", default=[8.0, 30.0], help="source lengths (default 8 30)")
    ap.add_argument("--height", type=int, default=1080, help="source height, 16:9 (default 1080)")
    ap.add_argument("--fps", type=int, default=30, help="source frame rate (default 30)")
    ap.add_argument("--segment", type=float, default=6.0, help="HLS segment length (default 6, the preset's)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per source; medians are reported (default 3)")
    ap.add_argument("--json", metavar="PATH", help="write every run as JSON here")
    args = ap.parse_args(argv)
    ffprobe = shutil.which("ffprobe")
    if ffprobe is None:
        print("ffprobe is not on PATH: the `ffprobe` column is when the playlist exists")
    os.environ.setdefault("RENDITION_STUDIO_DATA_DIR", os.path.join(args.work, "store"))
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} (other work on the machine "
          "slows every figure)")
    result = {}
    for seconds in args.seconds:
        src = ensure_source(args.work, args.height, seconds, args.fps)
        runs = []
        with tempfile.TemporaryDirectory(prefix="first-preview-", dir=args.work) as out:
            for i in range(args.repeat):
                run = run_once(src, out, args.segment, ffprobe)
                runs.append(run)
                print(f"  {seconds:g} s run {i + 1}: wall {run['wall']:.2f} s; first segment " + ", ".join(
                    f"{q} {_cell(r['event']).strip()}" for q, r in run["rungs"].items()), flush=True)
        rungs = list(runs[0]["rungs"])
        print(f"\n{args.height}p{args.fps}, {seconds:g} s, {args.segment:g} s segments: medians of {len(runs)} runs, "
              "seconds from Start")
        print("  rung    first segment event   playable in ffprobe   rung encoded")
        table = {}
        for q in rungs:
            row = {k: _median([r["rungs"][q][k] for r in runs]) for k in ("event", "ffprobe", "encoded")}
            table[q] = row
            print(f"  {q:>6}  {_cell(row['event'])}                {_cell(row['ffprobe'])}                "
                  f"{_cell(row['encoded'])}")
        wall = statistics.median(r["wall"] for r in runs)
        print(f"  job wall time {wall:.2f} s; load average now {os.getloadavg()[0]:.2f}\n")
        result[f"{seconds:g}"] = {"runs": runs, "medians": table, "wall": wall}
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(result, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
