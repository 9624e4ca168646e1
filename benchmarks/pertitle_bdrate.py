#!/usr/bin/env python3
"""Per-title ladders against the fixed ladder (issue 14): Bjøntegaard delta rate per clip, ladder bits, overhead.

    python benchmarks/pertitle_bdrate.py [--work /tmp/rs-pertitle] [--seconds 10] [--repeat 3] [--abr]
                                         [--hls-segments ts|fmp4]
                                         [--json result.json]

A corpus made here (1080p25, `--seconds` long, x264 CRF 10 "mezzanine" sources): a slide deck with text (a new
slide every few seconds), a flat-colour cartoon (shapes moving over flat backgrounds), a natural-looking scene
(gradients panning, soft shapes, film grain) and high-motion noise. Per clip, through the engine (worker
process, as the application runs it), HLS only, no thumbnails:

- the fixed ladder (``default`` preset, ABR at Apple's bitrates) and its wall time;
- the per-title ladder (``--ladder per-title``: analysis, then capped CRF) and the analysis's own time;
- with ``--abr``, the per-title ladder encoded with ABR at the chosen bitrates too (which of the two lands nearer
  the predicted points).

Each rung's bitrate (its segments' bytes over the duration) and quality (XPSNR-Y, every frame, against the
source at display size: `app.core.quality.measure_many`) make the curves; `app.core.pertitle.bd_rate` gives the
BD-rate of per-title against fixed (negative: fewer bits for the same quality), over the quality range both
ladders cover. Times: each ladder is run `--repeat` times, alternating (fixed, per-title, fixed, ...) so that both
see the same load on a shared machine; the overhead is the median analysis wall time over the median fixed job's
wall time (and the same in CPU seconds), with the load average beside it. Quality is measured on the first run
of each. CPU heavy: minutes per clip on two cores.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import sys
import time
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import av  # noqa: E402
import numpy as np  # noqa: E402

from app.core import quality  # noqa: E402
from app.core.engine import Engine  # noqa: E402
from app.core.jobs import Job  # noqa: E402
from app.core.options import build_options  # noqa: E402
from app.core.pertitle import METRIC, METRIC_KEY, bd_rate, bd_rate_auto, bd_rate_linear  # noqa: E402

W, H, FPS = 1920, 1080, 25


# -- the corpus --------------------------------------------------------------------------------------------------
def _slides(n: int, rng):
    pages = []
    for k in range(max(1, n)):
        img = np.full((H, W, 3), (245, 245, 240), np.uint8)
        img[:140] = (30 + 40 * k % 200, 60, 120)  # a title bar
        img[40:100, 120:120 + 900] = 250  # title "text"
        for row in range(220, H - 120, 56):  # lines of text: glyph-sized dark blocks with gaps
            x = 160
            end = W - int(rng.integers(200, 700))
            while x < end:
                w = int(rng.integers(8, 26))
                img[row:row + 30, x:x + w] = 25
                img[row + 30:row + 36, x:x + w // 2] = 25  # descenders
                x += w + int(rng.integers(3, 7)) + (18 if rng.random() < 0.18 else 0)
        pages.append(img)
    return pages


def make_frames(kind: str, seconds: float):
    rng = np.random.default_rng({"slides": 1, "cartoon": 2, "natural": 3, "noise": 4}[kind])
    count = int(round(seconds * FPS))
    if kind == "slides":
        pages = _slides(int(seconds // 4) + 1, rng)
        for i in range(count):
            yield pages[min(len(pages) - 1, i // (4 * FPS))]
    elif kind == "cartoon":
        yy, xx = np.mgrid[0:H, 0:W]
        sky = np.zeros((H, W, 3), np.uint8)
        sky[:] = (120, 190, 240)
        sky[yy > H * 0.7] = (90, 170, 60)  # grass
        for i in range(count):
            img = sky.copy()
            for j, (col, r) in enumerate((((240, 200, 40), 120), ((220, 60, 60), 90), ((60, 60, 200), 70))):
                cx = int((200 + i * (6 + 3 * j) + j * 500) % (W + 2 * r)) - r
                cy = int(H * 0.45 + 120 * math.sin(i / (12 + 5 * j) + j))
                mask = (xx - cx) ** 2 + (yy - cy) ** 2 < r * r
                img[mask] = col
                img[(np.abs(xx - cx) < r + 6) & (np.abs(yy - cy - r - 8) < 4)] = (20, 20, 20)  # an outline
            yield img
    elif kind == "natural":
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        for i in range(count):
            shift = i * 4.0
            r = 110 + 70 * np.sin((xx + shift) / 300.0) + 30 * np.cos(yy / 170.0)
            g = 100 + 60 * np.sin((yy + shift * 0.5) / 250.0 + 1.0) + 25 * np.sin((xx - shift) / 410.0)
            b = 90 + 50 * np.cos((xx + yy + shift) / 380.0)
            img = np.stack([r, g, b], axis=-1)
            for j in range(3):  # soft moving shapes
                cx, cy = (400 + j * 550 + i * (5 - 2 * j)) % W, 300 + 200 * j
                img += (40 * np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * 120.0 ** 2))))[..., None]
            grain = rng.normal(0, 6, (H, W, 1)).astype(np.float32)
            yield np.clip(img + grain, 0, 255).astype(np.uint8)
    elif kind == "noise":
        for _ in range(count):
            base = rng.integers(0, 256, (H // 4, W // 4, 3), dtype=np.uint8)  # blocks of noise, new every frame
            yield np.repeat(np.repeat(base, 4, axis=0), 4, axis=1)
    else:
        raise ValueError(kind)


def make_clip(kind: str, path: str, seconds: float, gop: float | None = None) -> str:
    """The clip, x264 CRF 10; a keyframe every `gop` seconds (None: x264's default, 250 pictures: one GOP for a
    10 s clip, so that every analysis window is reached by decoding from the start)."""
    if os.path.exists(path):
        return path
    tmp = path + ".tmp.mp4"
    with av.open(tmp, "w") as out:
        vs = out.add_stream("libx264", rate=FPS)
        vs.width, vs.height, vs.pix_fmt = W, H, "yuv420p"
        vs.codec_context.options = {"preset": "veryfast", "crf": "10"}
        if gop:
            vs.codec_context.options = {**vs.codec_context.options,
                                        "x264-params": f"keyint={round(gop * FPS)}:min-keyint={round(gop * FPS)}"}
        for i, rgb in enumerate(make_frames(kind, seconds)):
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")
            frame.pts, frame.time_base = i, Fraction(1, FPS)
            out.mux(vs.encode(frame))
        out.mux(vs.encode(None))
    os.replace(tmp, path)
    return path


# -- one ladder ----------------------------------------------------------------------------------------------------
def run_ladder(source: str, out: str, seconds: float, measure: bool = True, **options) -> dict:
    events: list[dict] = []
    job = Job.create(source, out, build_options(formats="hls", thumbnails="none", **options))
    t = time.monotonic()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    code = Engine().run(job, events.append)
    wall = time.monotonic() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker's CPU time (it has been waited for)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if code != 0:
        raise SystemExit(f"encode failed ({code}): {job.error}")
    planned = next(e for e in events if e["type"] == "job.planned")
    analysis = planned["plan"].get("analysis") or {}
    timing = {"wall": round(wall, 2), "cpu": round(cpu, 2), "analysis_seconds": analysis.get("seconds"),
              "analysis_cpu": analysis.get("cpu_seconds"), "phases": analysis.get("phases"),
              "load": round(os.getloadavg()[0], 2)}
    if not measure:
        return timing
    rungs = [r for r in planned["plan"]["renditions"] if r["type"] == "hls"]
    paths = [(r["id"], os.path.join(job.out_dir, "hls", r["quality"], "index.m3u8")) for r in rungs]
    scores = quality.measure_many(source, paths, None, 0, (METRIC, "psnr"), duration=seconds)
    points = []
    for r in rungs:
        q = scores[r["id"]]
        if isinstance(q, Exception):
            raise SystemExit(f"{r['id']}: {q}")
        kbps = quality.rendition_bytes(dict(paths)[r["id"]]) * 8 / seconds / 1000
        points.append({"id": r["id"], "width": r["width"], "height": r["height"], "kbps": round(kbps, 1),
                       "video_kbps": round(video_kbps(dict(paths)[r["id"]], seconds), 1),
                       "target_kbps": r["video_kbps"], "crf": r.get("crf"), METRIC: round(q.scores[METRIC_KEY].mean, 3),
                       "psnr": round(q.scores["psnr_y"].mean, 3), "predicted": r.get("predicted")})
    return {**timing, "points": points, "ladder_kbps": round(sum(p["kbps"] for p in points), 1)}


def video_kbps(playlist: str, seconds: float) -> float:
    """The video stream's own bitrate (its packets' bytes over the duration): what a rung's target and the
    analysis's prediction are about. The segments' bytes (`kbps`) add the MPEG-TS packaging: each picture's PES
    ends in a padded 188-byte packet, about 20 kb/s at 25 pictures/s, most of a 40 kb/s rung's difference."""
    with av.open(playlist) as c:
        return sum(p.size for p in c.demux(video=0) if p.size) * 8 / seconds / 1000


def curve(points: list[dict], key: str = METRIC) -> list[tuple[float, float]]:
    return [(p["kbps"], p[key]) for p in points]


def prediction_error(points: list[dict]) -> dict | None:
    pairs = [(p, p["predicted"]) for p in points if p.get("predicted")]
    if not pairs:
        return None
    dq = [abs(p[METRIC] - pr[METRIC]) for p, pr in pairs]
    dr = [abs(math.log2(p.get("video_kbps", p["kbps"]) / pr["kbps"])) for p, pr in pairs]  # video against video
    return {"mean_abs_quality_db": round(sum(dq) / len(dq), 2),
            "mean_abs_rate_factor": round(2 ** (sum(dr) / len(dr)), 3)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", default="/tmp/rs-pertitle")
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--clips", default="slides,cartoon,natural,noise")
    ap.add_argument("--abr", action="store_true", help="also encode the per-title ladder with ABR")
    ap.add_argument("--hls-segments", choices=("ts", "fmp4"), default="ts",
                    help="both ladders' H.264 segments (default ts; fmp4: no MPEG-TS padding in the bitrates)")
    ap.add_argument("--source-gop", type=float, default=None, metavar="SECONDS",
                    help="the clips' keyframe interval (default: x264's 250 pictures, one GOP a 10 s clip: the "
                         "analysis decodes them from the start; 2: a camera's or an editor's export)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each ladder, alternating, for the times (medians); quality from the first")
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--report", metavar="JSON", help="print the table of an earlier --json result (no encoding)")
    args = ap.parse_args()
    if args.report:
        with open(args.report) as fh:
            results = json.load(fh)
        for res in results.values():
            add_bd_rates(res)
        report(results)
        return 0
    os.makedirs(args.work, exist_ok=True)
    results = {}
    for kind in args.clips.split(","):
        gop = f"-gop{args.source_gop:g}" if args.source_gop else ""
        src = make_clip(kind, os.path.join(args.work, f"{kind}-{args.seconds:g}s{gop}.mp4"), args.seconds,
                        args.source_gop)
        print(f"{kind}: encoding", flush=True)
        # Alternately, so that both sides see the same load (the machine is shared): fixed, per-title, fixed, ...;
        # the ladders' quality from the first of each, the times as medians over `--repeat` runs of each.
        fixed_runs, pt_runs = [], []
        for k in range(max(1, args.repeat)):
            fixed_runs.append(run_ladder(src, os.path.join(args.work, "fixed"), args.seconds, measure=k == 0,
                                         hls_segments=args.hls_segments))
            pt_runs.append(run_ladder(src, os.path.join(args.work, "pertitle"), args.seconds, measure=k == 0,
                                      ladder="per-title", hls_segments=args.hls_segments))
        res = {"fixed": {**fixed_runs[0], **_medians(fixed_runs)},
               "per_title": {**pt_runs[0], **_medians(pt_runs)},
               "runs": {"fixed": [_timing(r) for r in fixed_runs], "per_title": [_timing(r) for r in pt_runs]}}
        if args.abr:
            res["per_title_abr"] = run_ladder(src, os.path.join(args.work, "pertitle-abr"), args.seconds,
                                              ladder="per-title", rate_control="abr", hls_segments=args.hls_segments)
        for key in ("per_title", "per_title_abr"):
            if key in res:
                res[key]["prediction_error"] = prediction_error(res[key]["points"])
        add_bd_rates(res)
        res["overhead"] = round((res["per_title"]["analysis_seconds"] or 0) / res["fixed"]["wall"], 3)
        res["overhead_cpu"] = round((res["per_title"]["analysis_cpu"] or 0) / res["fixed"]["cpu"], 3)
        results[kind] = res
        print(json.dumps(res), flush=True)
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(results, fh, indent=2)
    report(results)
    return 0


def _timing(run: dict) -> dict:
    return {k: run.get(k) for k in ("wall", "cpu", "analysis_seconds", "analysis_cpu", "phases", "load")}


def _medians(runs: list[dict]) -> dict:
    """The median of each time over the runs (None where a run has none)."""
    out = {}
    for key in ("wall", "cpu", "analysis_seconds", "analysis_cpu"):
        values = sorted(r[key] for r in runs if r.get(key) is not None)
        out[key] = values[len(values) // 2] if len(values) % 2 else \
            (sum(values[len(values) // 2 - 1:len(values) // 2 + 1]) / 2 if values else None)
    out["load"] = round(sum(r["load"] for r in runs) / len(runs), 2)
    return out


def add_bd_rates(res: dict) -> None:
    fixed, pt = res["fixed"], res["per_title"]
    for key, fn, metric in (("bd_rate", bd_rate, METRIC), ("bd_rate_psnr", bd_rate, "psnr"),
                            ("bd_rate_linear", bd_rate_linear, METRIC)):
        try:
            res[key] = round(fn(curve(fixed["points"], metric), curve(pt["points"], metric)), 1)
        except ValueError as exc:
            res[key] = None
            res[key + "_error"] = str(exc)
    try:  # the one to quote: cubic where the curves allow it, else linear (pertitle.bd_rate_auto)
        value, method = bd_rate_auto(curve(fixed["points"]), curve(pt["points"]))
        res["bd_rate_reported"], res["bd_rate_method"] = round(value, 1), method
    except ValueError as exc:
        res["bd_rate_reported"], res["bd_rate_method"] = None, str(exc)
        if len(pt["points"]) == 1:  # one rung (quality flat: more bits bought nothing): no curve, one point
            res["bd_rate_reported"] = round(one_point_rate(curve(fixed["points"]), curve(pt["points"])[0]), 1)
            res["bd_rate_method"] = "one point"


def one_point_rate(reference: list[tuple[float, float]], point: tuple[float, float]) -> float:
    """A one-rung ladder against a curve, in per cent: its bitrate against the bitrate at which the reference
    reaches its quality (log-rate interpolated along the reference's rungs sorted by quality, each the cheapest
    of those at least as good: where quality falls as bits rise, the dearer rung is no better), or the
    reference's cheapest rung where the point's quality is under all of them."""
    kbps, q = point
    best: list[tuple[float, float]] = []  # (quality, kbps): the cheapest rung at or above each quality
    for rq, rk in sorted(((rq, rk) for rk, rq in reference), reverse=True):
        if not best or rk < best[-1][1]:
            best.append((rq, rk))
    best.reverse()  # rising quality, rising bitrate
    if q <= best[0][0]:
        ref = best[0][1]
    elif q >= best[-1][0]:
        ref = best[-1][1]
    else:
        i = next(i for i in range(1, len(best)) if best[i][0] >= q)
        (q0, k0), (q1, k1) = best[i - 1], best[i]
        ref = 10 ** (math.log10(k0) + (math.log10(k1) - math.log10(k0)) * (q - q0) / (q1 - q0))
    return (kbps / ref - 1) * 100


def report(results: dict) -> None:
    print()
    print(f"{'clip':<9} {'BD-rate':>16} {'BD(cubic)':>10} {'BD(lin)':>8} {'BD(PSNR)':>9} {'fixed kb/s':>11} "
          f"{'p-t kb/s':>9} {'top fixed':>10} {'top p-t':>8} {'rungs':>6} {'analysis':>9} {'fixed enc':>10} "
          f"{'overhead':>9} {'CPU: analysis':>14} {'fixed':>7} {'overhead':>9}")
    for kind, r in results.items():
        f, p = r["fixed"], r["per_title"]
        top_f, top_p = max(x[METRIC] for x in f["points"]), max(x[METRIC] for x in p["points"])
        bd = "n/a" if r["bd_rate"] is None else f"{r['bd_rate']:+.1f}%"
        bdp = "n/a" if r["bd_rate_psnr"] is None else f"{r['bd_rate_psnr']:+.1f}%"
        bdl = "n/a" if r.get("bd_rate_linear") is None else f"{r['bd_rate_linear']:+.1f}%"
        rep = "n/a" if r.get("bd_rate_reported") is None else \
            f"{r['bd_rate_reported']:+.1f}% ({r['bd_rate_method']})"
        cpu = "" if not f.get("cpu") or not p.get("analysis_cpu") else \
            f" {p['analysis_cpu']:>13.1f}s {f['cpu']:>6.1f}s {r['overhead_cpu'] * 100:>8.0f}%"
        print(f"{kind:<9} {rep:>16} {bd:>10} {bdl:>8} {bdp:>9} {f['ladder_kbps']:>11.0f} {p['ladder_kbps']:>9.0f} "
              f"{top_f:>10.2f} {top_p:>8.2f} {len(f['points'])}/{len(p['points']):<4} "
              f"{p['analysis_seconds'] or 0:>8.1f}s {f['wall']:>9.1f}s {r['overhead'] * 100:>8.0f}%{cpu}")
        for p2 in p["points"]:
            video = f" (video {p2['video_kbps']:.0f})" if "video_kbps" in p2 else ""
            print(f"    {p2['id']:<10} {p2['width']}x{p2['height']} {p2['kbps']:8.0f} kb/s{video}  {METRIC} "
                  f"{p2[METRIC]:.2f}"
                  + (f"  predicted {p2['predicted']['kbps']:.0f} kb/s {p2['predicted'][METRIC]:.2f}"
                     if p2.get("predicted") else ""))
    for key, what in (("bd_rate_reported", f"{METRIC.upper()}, cubic where sound, else linear"),
                      ("bd_rate", f"{METRIC.upper()}, cubic"), ("bd_rate_linear", f"{METRIC.upper()}, linear"),
                      ("bd_rate_psnr", "PSNR, cubic")):
        bds = [r[key] for r in results.values() if r.get(key) is not None]
        if bds:
            print(f"average BD-rate ({what}): {sum(bds) / len(bds):+.1f}% over {len(bds)} clips")
    for kind, r in results.items():
        runs = r.get("runs")
        if runs:
            pairs = [f"{p['analysis_seconds']:.1f}/{f['wall']:.1f}s"
                     for f, p in zip(runs["fixed"], runs["per_title"]) if p.get("analysis_seconds")]
            print(f"{kind}: analysis / fixed job wall per run, alternating: {', '.join(pairs)}; load average "
                  f"{r['fixed']['load']:.1f} (fixed) / {r['per_title']['load']:.1f} (per-title) on "
                  f"{os.cpu_count()} cores; per-title analysis phases (wall, CPU s) "
                  f"{[x.get('phases') for x in runs['per_title']][0]}")
    for kind, r in results.items():
        for key in ("per_title", "per_title_abr"):
            if key in r and r[key].get("prediction_error"):
                print(f"{kind} {key}: prediction error {r[key]['prediction_error']}")


if __name__ == "__main__":
    sys.exit(main())
