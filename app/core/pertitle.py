"""Per-title ladders: the rungs and bitrates chosen for one source from its measured quality.

The analysis (`analyse`, in the media worker) takes a few short windows spread over the source, skipping black or
flat pictures (a luma check of each window's first picture), encodes them at every candidate resolution (the
standard rungs up to the source's own size, never above, that an H.264 HLS rung can have, and the MP4's size:
`candidate_sides`) at several CRF values with x264, and measures each
encode's bitrate and its quality against the source at display size. A point's bitrate and quality are a full
GOP's (the mean keyframe and the mean other picture, weighted 1 to gop - 1).

Measuring (`StreamScorer`), while the probes are encoded: each probe's packets go to a decoder in one of the
measuring threads (one a core); its scored pictures are scaled to the display size and scored against the source
picture's XPSNR weights (`app.core.xpsnr`: the source's spatial and temporal activity per block), computed once
for all probes from the windows' pictures kept in memory (only those a score needs). Every keyframe and one other
picture in `Settings.score_stride` (4) are scored, each picture's temporal activity taken against its true
neighbour in the window (a window's first picture: the one after it). Until 2026-12-02 the probes were written to
files, the windows' pictures to a raw file, and FFmpeg's ``xpsnr`` filter scored each file after the last encode:
it computed the weights again for each of the 15 probes (about 20 of the 25 ms a 1080p picture cost here) and
needed a "lead" picture scored before each one for its temporal term. Measuring took 10.3 CPU s on the slides
clip and a phase of its own (6 s wall); with the weights once, 3.5-4.2 CPU s; scored while encoding, it runs on
the cores x264 leaves idle while the windows are fed, and what is left after the last encode is 0.1-0.3 s. Scored
while encoded, a probe is never written to a file (its encoder is a codec context of its own). The file path
(`measure_parallel`: probes and reference written, then the filter) remains for a Python without numpy.

Probes far over any rung: at each size, the probes at lower CRFs than one whose first windows already run at over
`DROP_FACTOR` x the top rung's bitrate are stopped there (noise at CRF 21 and 30 ran at 25-70 Mb/s against a
5.2 Mb/s top: the dearest encodes, and decodes when measured); the one over the limit is kept, since a rung near
the top is predicted between it and the probe under it. Noise's analysis 30.2 -> 22-23 s, the same rungs.

Windows at the source's keyframes (`Keyframes`, packets read without decoding): a window starts at the first
keyframe from its look-from time that leaves it room in its slot, reached by a seek, so that only its own pictures
are decoded; else decoding goes on to it from a seek to the keyframe before it when that lies ahead of where
decoding stands (until 2026-12-02: a seek only to a window 12 s ahead, so a 10 s clip was decoded to its last
window whatever its keyframes). With a keyframe every 2 s (a camera's or an editor's export), the grainy clip's
analysis 10.0 -> 6.4 s and the noise clip's 13.2 -> 8.9 s (2 cores, in process); a one-GOP source (x264's default
250 pictures, 10 s) is still decoded from its start to its last window.

Where the time goes (10 s 1080p25 clips, 2 cores; `Analysis.phases`, CPU seconds of the worker process): the
probe encodes (x264 veryfast, 33 pictures each: on slides 3.2 CPU s for the three at 1080p, 1.6 at 720p, 1.6 for
the rest, scaling 0.8), decoding the source up to the last window (one-GOP sources: nearly all of it, 12-17 CPU s
on the grainy and noise clips, 0.4 on the cartoon), measuring (decoding the probes 1.1 s, weights 0.4, scores and
scaling 1.3 on slides). Knobs (`Settings`) and what they trade, as measured before (2026-12-01, with the filter):
three CRFs (21, 30, 39) are needed (two predicted 28.4 dB for a grain rung that measured 22.9; 24/30/36 left
noise's 360p with no point under 2.2 Mb/s); windows of 3.2 % of the source, 0.32 s at least (0.48 s cost 18-21 %
more CPU for the same rungs; 7 pictures instead of 8 saved nothing measurable, 2026-12-02); 3 windows instead of 4
moved the windows and cartoon's top CRF 26 -> 21; scoring one picture in 8 moved natural's bottom rung; measuring
at half the display size does not keep the ranking (cartoon lost its 1080p rung). Tried 2026-12-02, not kept:
x264 with one thread a probe (CPU -5 %, wall the same, outputs differ at the noise level; again with the keyframe
windows: slides 2.9 -> 2.1 s once, noise 13.2 -> 14.6 s, no memory saved: an x264 1080p probe holds ~100 MB
whatever its threads or lookahead); glibc malloc tunables (a fixed mmap threshold, no trimming, huge pages: the
kernel zeroing fresh pages is 25-36 % of slides' CPU, nearly all x264's first touch of its frames), within the
run-to-run spread; probes over the limit stopped after two windows too (their point from those, scaled as the
next CRF's at that size changed over the others): grainy 7.0 -> 5.9 s and noise 9.9 -> 8.7 s with a keyframe
every 2 s, points within 8 %, but on a clip whose first two windows are noise and the last two a gradient the
scaled points were off by up to 1.3 dB and 2x (no neighbour to scale by) and the ladder changed; ``me=dia`` for the
probes (-6 % CPU on slides); ``subme=1`` (-25 % CPU, but bitrates +8-15 % and up to 1 dB lower: the CRF->bitrate
mapping would no longer be the encode's).

Later on 2026-12-02 (in process, a fresh process each run, alternating, medians of 3-4; CPU s in brackets):
three windows instead of four, no first picture ("anchor") encoded ahead of the windows when scoring while
encoding (15 intra pictures fewer), and unreferenced pictures not decoded (the probes' decoders skip x264's
non-reference B-pictures that no score needs; the source's decoder skips its own before each slot: the slide and
cartoon sources decode 126 and 153 of 250 pictures, 0.3 instead of 0.6 CPU s; the grainy and noise sources have
none). Slides 3.65 (6.6) -> 3.19 (5.7) s with four windows, 2.75 (4.9) with three; cartoon 3.83 (7.0) -> 3.65
(6.7) -> 3.14 (5.7); grainy 14.8 (27.8) -> 12.5 (23.6); noise 19.5 (35.4) -> 16.4 (31.2). In the benchmark
(`benchmarks/pertitle_bdrate.py --repeat 3`, the worker, against the fixed job): slides 97 -> 66 %, cartoon
90 -> 67 % of the fixed job's wall time. Three windows keep the BD-rates (-77.1 / -81.5 / -56.7 / -71.9 %) but
sample less: cartoon's prediction error 0.11 -> 1.06 dB (its 1080p rung predicted 49.1, measured 47.1 dB; slides
0.71 -> 0.70, grain and noise unchanged). Tried and not kept: an x264 encoder of its own for each window
of a probe, one probe after the other (in threads, each a group of sizes, x264 one thread each): one encoder's
memory at a time (peak 1.19 -> 0.57 GB, slides 7.4 -> 5.5 CPU s, cartoon 7.4 -> 5.7), but x264's mb-tree reads
memory it never initialised at a stream's first pictures (the same 8-picture encode gave an IDR of 4532 or 4452
bytes with ``MALLOC_PERTURB_`` 1 or 77; with ``mbtree=0`` the same bytes), so an encoder a window made the probes'
bitrates vary run to run by up to 3 % (a test saw 357.9 and 367.4 kb/s for one probe) and the ladder with them.
The probes' encoders are made once, before the first window, as before. The analysis's overhead is still over
50 % of the fixed job except where the source has keyframes to seek to (see ``benchmarks/README.md``): fifteen
probes over 9.6 % of the source are about 30 % of the fixed ladder's encoding in pixels, each window starting
with an IDR, plus measuring; a one-GOP source is decoded on to its last window.

Capped CRF's buffer (measured 2026-12-02, x264 veryfast, `benchmarks/pertitle_bdrate.py --repeat 1`, 10 s
clips): the probes are uncapped CRF over short windows, the rungs capped CRF. With the buffer at 3x the chosen
bitrate (cap 1.5x), a slide deck's cap bound at each slide change, which x264 starved and then spent bits
refining: its 1080p rung (CRF 24.31, 184 kb/s) came out at 198 kb/s and XPSNR 42.3 dB against 48.7 predicted (in
a PyAV test of that encode: 145 kb/s at PSNR-Y 47.75 dB uncapped, 172 kb/s at 41.55 dB, minimum 32.8, capped).
The buffer is now one segment at the cap (`plan_per_title`; HLS players fetch whole segments, and `BANDWIDTH` is
the measured peak): that rung 161 kb/s at 46.2 dB, the slide ladder 525 -> 512 kb/s, its prediction error
1.80 -> 0.71 dB, BD-rate -75.9 -> -77.3 %; cartoon and grain unchanged (their cap does not bind). Where the cap
binds throughout, the larger initial buffer is spent at the start: noise's 240p rung (436 kb/s, cap 654) took
705 -> 790 kb/s over 10 s (a longer source spreads it out), BD-rate -73.1 -> -72.0 %. A buffer of 12 s at the cap
kept the slide rung at 47.6 dB; a low initial fill (``vbv-init``) with a large buffer made x264 starve the start
instead (minimum PSNR-Y 8.8 dB). A trap when measuring this with PyAV: a frame's pts is rescaled from its own time
base on the first ``encode`` (a decoded frame's is the stream's), so pts set as picture numbers need
``frame.time_base`` set too, or the first run encodes 240 pictures a few ticks apart (x264 then spent a seventh of
the bits).

The metric is XPSNR (luma): PSNR weighted by each block's visual activity in the source (the JVET/MPEG proposal
FFmpeg ships), so grain and noise, where plain PSNR punishes invisible differences, count for what they look like,
while it stays in decibels: a visible step and "more bits stop helping" are simple dB figures (`STEP_DB`,
`SATURATION_DB`). SSIM is cheaper but flattens out near 1.0, where a ladder's top rungs live. Until 2026-12-02
the source was on the filter's second input, so the weights came from the encode (a flat encode of grain scored
as if the source were flat: 2.7 instead of 22.5 dB, `tests/test_xpsnr.py`); with the source's weights, the grainy
clip's encodes score 33-34 dB at every size from 24 kb/s to 5 Mb/s (PSNR agrees: 34.25 dB at 240p and 69 kb/s,
34.29 at 1080p and 5.5 Mb/s: the grain is what no encode keeps), and its ladder is one rung.

`choose_rungs` builds the upper convex hull of (log bitrate, quality) over every resolution and picks rungs on
it: the top where the hull's slope falls under `SATURATION_DB` per doubling of bitrate (or at the preset's
maximum bitrate, or at `TRANSPARENT_DB`), then downwards in quality steps of at least `STEP_DB` and bitrate
steps of at least `MIN_RATIO`, each at the resolution that gives the best quality at that bitrate (one rung per
resolution: a rendition is named by its lines); one rung at the lowest bitrate where quality is flat from the
cheapest encode up. Each rung is then encoded with capped CRF at the CRF that its own resolution's curve gives at
the chosen bitrate (or, with rate control ``abr``, at the bitrate itself).

Qt-free. numpy (for `app.core.xpsnr`) only inside the analysis; `bd_rate` is the Bjøntegaard delta rate used by
``benchmarks/pertitle_bdrate.py``.
"""

from __future__ import annotations

import math
import os
import queue
import shutil
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from fractions import Fraction
from typing import Any, Callable

from app.core import scaling
from app.core.ladder import (H264_MAX_KBPS, STANDARD_RUNGS, X264_PRESETS, JobPlan, RungRequest, plan_job,
                             quality_name, rung_size, within_h264_level_4_2)
from app.core.probe import SourceInfo

METRIC, METRIC_KEY = "xpsnr", "xpsnr_y"
CRFS = (21.0, 30.0, 39.0)
ANALYSIS_PRESET = "veryfast"  # at most this slow; the plan's own when faster (a CRF gives other bitrates with
# other presets: superfast, without x264's MB-tree, predicted three times the bitrate on grainy footage)
WINDOW_SHARE = 0.032  # each window's length as a share of the source (MIN_WINDOW to MAX_WINDOW)
MIN_WINDOW = 0.32  # s: 8 pictures at 25/s, a keyframe and 7 others (0.48 cost 18-21 % more CPU, same rungs)
MAX_WINDOW = 2.0  # s: a source over 62.5 s gets more windows of this length instead (up to MAX_WINDOWS)
MAX_WINDOWS = 6
STEP_DB = 2.0  # neighbouring rungs differ by at least this much quality (a visible step)
MIN_RATIO = 1.5  # ... and by at least this bitrate factor
SATURATION_DB = 1.0  # the top rung: where one more doubling of bitrate buys less than this
TRANSPARENT_DB = 48.0  # above this XPSNR more bits are not seen
EXTRAPOLATE = 1.0  # log2: predictions down to half a resolution's cheapest encode (CRF and quality extended)
GRID = 2 ** (1 / 8)  # the bitrate step of the searches
SEEK_AHEAD = 12.0  # seconds: without the keyframes' places, a window nearer than this is decoded on to
KEY_SCAN = 10.0  # seconds of packets read (not decoded) after a window's look-from time for a keyframe to start at
MIN_KBPS = 40
MAX_RUNGS = 6
CRF_RANGE = (10.0, 51.0)
REFERENCE_RAW_BYTES = 768 * 2 ** 20  # the windows' pictures kept raw up to this size on disk (else x264 qp 0)
PROBE_BYTES_PER_PIXEL = 84  # what a probe holds while encoded and scored (measured at 2160p, 33 pictures: x264
# ~550 MB, its decoder and the rest ~150 MB)
PROBE_BYTES = 1 << 30  # the probes of one pass hold at most about this much (a 1080p source's 15: ~940 MB)
REDECODE_SECONDS = 2.5  # ... when no window lies further than this after a keyframe (else one pass)
DROP_FACTOR = 2.0  # at a size, the probes at lower CRFs than one over this many times the top rung's
# bitrate are stopped after the first windows
MAX_DB = 100.0  # an identical picture's score (FFmpeg says infinity)

Emit = Callable[[dict], None]


@dataclass(frozen=True)
class Point:
    """One analysis encode: a resolution at a CRF, its bitrate (kb/s) and quality (dB)."""

    short: int
    width: int
    height: int
    crf: float
    kbps: float
    quality: float


@dataclass
class Rung:
    short: int
    width: int
    height: int
    kbps: float
    crf: float
    quality: float  # predicted

    def predicted(self) -> dict:
        return {"kbps": round(self.kbps, 1), "crf": round(self.crf, 2), METRIC: round(self.quality, 3),
                "metric": METRIC}


def predicted_score(predicted: dict | None) -> tuple[str, float] | None:
    """A rung's prediction (`Rung.predicted`, as kept in its `RenditionState`) as the measured score it compares
    with and its value: ``("xpsnr_y", 48.676)``; None for no prediction (or one in a metric not known here)."""
    metric = (predicted or {}).get("metric")
    value = (predicted or {}).get(metric) if isinstance(metric, str) else None
    if metric != METRIC or not isinstance(value, (int, float)):
        return None
    return METRIC_KEY, float(value)


@dataclass
class Settings:
    """The analysis's knobs: more windows, longer windows, more CRFs or a slower preset cost time and buy a truer
    prediction."""

    windows: int = 3
    window_seconds: float | None = None  # None: WINDOW_SHARE of the source, MIN_WINDOW to MAX_WINDOW
    crfs: tuple[float, ...] = CRFS
    preset: str | None = None  # None: the plan's x264 preset, at most ANALYSIS_PRESET
    score_stride: int = 4  # score one other picture in this many (with the one before it) and every keyframe
    threads: int | None = None  # measuring threads (None: one a core, at least two)
    feed_thread: bool = True  # the smaller sizes' encodes fed from a thread of their own


@dataclass
class Analysis:
    points: list[Point]
    hull: list[Point]
    rungs: list[Rung]
    windows: list[tuple[float, float]]
    seconds: float  # wall time of the analysis
    cpu_seconds: float = 0.0  # CPU time of the worker process during it (every thread)
    phases: dict[str, list[float]] = field(default_factory=dict)  # phase: [wall s, CPU s] (encoding, measuring)
    metric: str = METRIC
    notes: list[str] = field(default_factory=list)
    decoded: int = 0  # the source's pictures decoded (the windows' and every one decoded on to reach them)
    passes: int = 1  # passes over the windows (`probe_passes`)
    mp4_only: list[int] = field(default_factory=list)  # sizes probed for the MP4 only (no rung can have them)

    def to_dict(self) -> dict:
        return {"metric": self.metric, "seconds": round(self.seconds, 3),
                "cpu_seconds": round(self.cpu_seconds, 3), "decoded": self.decoded, "passes": self.passes,
                "mp4_only": self.mp4_only,
                "phases": {k: [round(v, 3) for v in vs] for k, vs in self.phases.items()},
                "windows": [[round(a, 3), round(b, 3)] for a, b in self.windows],
                "points": [_point_dict(p) for p in self.points], "hull": [_point_dict(p) for p in self.hull],
                "rungs": [{**asdict(r), "kbps": round(r.kbps, 1), "crf": round(r.crf, 2),
                           "quality": round(r.quality, 3)} for r in self.rungs],
                "notes": self.notes}


def _point_dict(p: Point) -> dict:
    return {**asdict(p), "kbps": round(p.kbps, 1), "quality": round(p.quality, 3)}


# -- the hull and the rungs (pure) -----------------------------------------------------------------------------
def _x(p: Point) -> float:
    return math.log2(max(p.kbps, 1e-9))


def convex_hull(points: list[Point]) -> list[Point]:
    """The upper convex hull of (log2 bitrate, quality), from the cheapest point to the best one: every point on
    it is the best quality any resolution gives at its bitrate, up to straight lines between them."""
    pts = sorted(points, key=lambda p: (_x(p), -p.quality))
    hull: list[Point] = []
    for p in pts:
        while len(hull) >= 2:
            a, b = hull[-2], hull[-1]
            cross = (_x(b) - _x(a)) * (p.quality - a.quality) - (b.quality - a.quality) * (_x(p) - _x(a))
            if cross >= 0:  # b is under the line a-p: not on the upper hull
                hull.pop()
            else:
                break
        hull.append(p)
    # From the cheapest point up to the best: a point past the best costs more for less.
    best = max(range(len(hull)), key=lambda i: hull[i].quality) if hull else -1
    return hull[:best + 1]


def _interp(x: float, xs: list[float], ys: list[float]) -> float:
    """Piecewise linear y(x) through (xs, ys) (xs increasing), extended along the end segments."""
    if len(xs) == 1:
        return ys[0]
    i = 1
    while i < len(xs) - 1 and x > xs[i]:
        i += 1
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def hull_quality(hull: list[Point], kbps: float) -> float:
    """The hull's quality at a bitrate (held at its ends)."""
    x = math.log2(kbps)
    if x <= _x(hull[0]):
        return hull[0].quality
    if x >= _x(hull[-1]):
        return hull[-1].quality
    return _interp(x, [_x(p) for p in hull], [p.quality for p in hull])


def hull_kbps(hull: list[Point], quality: float) -> float:
    """The bitrate at which the hull reaches a quality (its quality rises along it)."""
    qs = [p.quality for p in hull]
    if quality <= qs[0]:
        return hull[0].kbps
    if quality >= qs[-1]:
        return hull[-1].kbps
    return 2 ** _interp(quality, qs, [_x(p) for p in hull])


class Curve:
    """One resolution's encodes: quality and CRF against log bitrate."""

    def __init__(self, points: list[Point]):
        pts = sorted(points, key=_x)
        self.points = pts
        self.xs = [_x(p) for p in pts]
        qs, best = [], -math.inf
        for p in pts:  # quality never falls as bits rise (noise in a measurement is not a real dip)
            best = max(best, p.quality)
            qs.append(best)
        self.qs = qs
        self.crfs = [p.crf for p in pts]

    def covers(self, kbps: float) -> bool:
        """Whether a prediction at this bitrate is sound: not far under the cheapest encode measured."""
        return math.log2(kbps) >= self.xs[0] - EXTRAPOLATE

    def _along(self, x: float, ys: list[float]) -> float:
        """y at log bitrate x: through the encodes, and under the cheapest one along the chord from the cheapest
        to the dearest (the cheapest two can sit at almost the same bitrate with very different quality — a
        tiny window, a keyframe — and their segment extended gave a rung predicted at -198 dB and CRF 51)."""
        if x < self.xs[0] and len(self.xs) > 1 and self.xs[-1] > self.xs[0]:
            x0, x1 = self.xs[0], self.xs[-1]
            return ys[0] + (ys[-1] - ys[0]) * (x - x0) / (x1 - x0)
        return _interp(x, self.xs, ys)

    def quality(self, kbps: float) -> float:
        x = math.log2(kbps)
        if x >= self.xs[-1]:
            return self.qs[-1]  # never more than measured
        return self._along(x, self.qs)

    def crf(self, kbps: float) -> float:
        return min(CRF_RANGE[1], max(CRF_RANGE[0], self._along(math.log2(kbps), self.crfs)))

    def kbps_at(self, quality: float) -> float:
        """The bitrate at which this resolution first reaches a quality (its best encode's if it never does)."""
        if quality >= self.qs[-1]:
            return self.points[-1].kbps
        if quality <= self.qs[0]:
            return self.points[0].kbps
        i = next(i for i in range(1, len(self.qs)) if self.qs[i] >= quality)
        q0, q1, x0, x1 = self.qs[i - 1], self.qs[i], self.xs[i - 1], self.xs[i]
        return 2 ** (x1 if q1 == q0 else x0 + (x1 - x0) * (quality - q0) / (q1 - q0))


def curves_of(points: list[Point]) -> dict[int, Curve]:
    return {s: Curve([p for p in points if p.short == s]) for s in sorted({p.short for p in points})}


def envelope(curves: dict[int, Curve], kbps: float) -> float:
    """The best quality any resolution gives at a bitrate (-inf where none is measured that low)."""
    return max((c.quality(kbps) for c in curves.values() if c.covers(kbps)), default=-math.inf)


def top_kbps(points: list[Point], max_kbps: float | None = None, saturation_db: float = SATURATION_DB,
             transparent_db: float = TRANSPARENT_DB) -> float:
    """Where the top rung goes: the highest bitrate whose last doubling still bought `saturation_db` of quality
    (on the best resolution at each bitrate: above it more bits stop helping), no higher than reaches
    `transparent_db` nor `max_kbps`."""
    curves = curves_of(points)
    lo = min(p.kbps for p in points)
    hi = max(p.kbps for p in points)
    top = r = hi
    while r > lo:  # from the top down: the first bitrate whose last doubling still bought enough
        if envelope(curves, r) - envelope(curves, r / 2) >= saturation_db:
            top = r
            break
        r /= GRID
    else:
        top = lo
    r = lo
    while r < top:  # the cheapest bitrate that is already transparent
        if envelope(curves, r) >= transparent_db:
            top = r
            break
        r *= GRID
    if max_kbps:
        top = min(top, max_kbps)
    return max(top, lo)


def choose_rungs(points: list[Point], *, max_kbps: float | None = None, min_kbps: float = MIN_KBPS,
                 step_db: float = STEP_DB, min_ratio: float = MIN_RATIO, max_rungs: int = MAX_RUNGS,
                 saturation_db: float = SATURATION_DB, transparent_db: float = TRANSPARENT_DB) -> list[Rung]:
    """The ladder, cheapest rung first.

    From the top (`top_kbps`) down: each next rung is at least `step_db` worse and `min_ratio` cheaper than the one
    above (a visible step; a rung adding less is never made), at the resolution with the best quality at its
    bitrate among those not used yet (the hull's own where it is free); down to half the cheapest encode
    measured, and not under `min_kbps`."""
    if not points:
        return []
    curves = curves_of(points)
    sizes = {p.short: (p.width, p.height) for p in points}
    lowest = max(min_kbps, min(p.kbps for p in points) / 2 ** EXTRAPOLATE)
    kbps = top_kbps(points, max_kbps, saturation_db, transparent_db)
    rungs: list[Rung] = []
    used: set[int] = set()
    while len(rungs) < max_rungs and kbps >= lowest * 0.999:
        free = [(c.quality(kbps), -s) for s, c in curves.items() if s not in used and c.covers(kbps)]
        if free:
            q, neg = max(free)
            if not rungs or q <= rungs[-1].quality - step_db * 0.999:
                w, h = sizes[-neg]
                kbps = min(kbps, curves[-neg].kbps_at(q))  # where its own curve flattens: no bits for nothing
                rungs.append(Rung(-neg, w, h, kbps, curves[-neg].crf(kbps), q))
                used.add(-neg)
                kbps /= min_ratio
                continue
        kbps /= GRID
    if not rungs:  # the top already under the lowest bitrate allowed (quality flat from the cheapest encode
        # up): one rung, at the lowest, at the best resolution there
        kbps = lowest
        q, neg = max((c.quality(kbps), -s) for s, c in curves.items() if c.covers(kbps))
        w, h = sizes[-neg]
        kbps = max(min_kbps, min(kbps, curves[-neg].kbps_at(q)))
        rungs.append(Rung(-neg, w, h, kbps, curves[-neg].crf(kbps), curves[-neg].quality(kbps)))
    rungs.reverse()
    return rungs


# -- Bjøntegaard delta rate (pure) ---------------------------------------------------------------------------------
def _polyfit3(xs: list[float], ys: list[float]) -> list[float]:
    """Least-squares cubic (or lower with fewer points) y = c0 + c1 x + c2 x^2 + c3 x^3."""
    n = min(4, len(xs))
    a = [[sum(x ** (i + j) for x in xs) for j in range(n)] for i in range(n)]
    b = [sum(y * x ** i for x, y in zip(xs, ys)) for i in range(n)]
    for col in range(n):  # Gaussian elimination with partial pivoting
        piv = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[piv], b[col], b[piv] = a[piv], a[col], b[piv], b[col]
        if abs(a[col][col]) < 1e-300:
            raise ValueError("the points do not determine a curve")
        for r in range(col + 1, n):
            f = a[r][col] / a[col][col]
            for c in range(col, n):
                a[r][c] -= f * a[col][c]
            b[r] -= f * b[col]
    coef = [0.0] * n
    for r in range(n - 1, -1, -1):
        coef[r] = (b[r] - sum(a[r][c] * coef[c] for c in range(r + 1, n))) / a[r][r]
    return coef + [0.0] * (4 - n)


def _integral(coef: list[float], lo: float, hi: float) -> float:
    def prim(x: float) -> float:
        return sum(c * x ** (i + 1) / (i + 1) for i, c in enumerate(coef))
    return prim(hi) - prim(lo)


def bd_rate(reference: list[tuple[float, float]], test: list[tuple[float, float]]) -> float:
    """Bjøntegaard delta rate of `test` against `reference`, in per cent (negative: fewer bits at equal quality).

    Each curve is a list of (bitrate, quality); log10(bitrate) is fitted as a cubic in quality (least squares with
    more than four points) and the fits are integrated over the quality range both curves cover."""
    if len(reference) < 2 or len(test) < 2:
        raise ValueError("BD-rate needs at least two points per curve")
    ra = [math.log10(r) for r, _ in reference]
    qa = [q for _, q in reference]
    rb = [math.log10(r) for r, _ in test]
    qb = [q for _, q in test]
    lo, hi = max(min(qa), min(qb)), min(max(qa), max(qb))
    if hi <= lo:
        raise ValueError("the two curves share no quality range")
    # fit around the middle of the range: better conditioned normal equations
    mid = (lo + hi) / 2
    ca = _polyfit3([q - mid for q in qa], ra)
    cb = _polyfit3([q - mid for q in qb], rb)
    diff = (_integral(cb, lo - mid, hi - mid) - _integral(ca, lo - mid, hi - mid)) / (hi - lo)
    return (10 ** diff - 1) * 100


def bd_rate_linear(reference: list[tuple[float, float]], test: list[tuple[float, float]], steps: int = 2000) -> float:
    """BD-rate with log-rate interpolated piecewise linearly in quality (each curve sorted by quality) instead of
    the cubic fit: the cubic swings wildly where a curve's quality hardly moves over a large range of bitrates."""
    def fn(points: list[tuple[float, float]]) -> tuple[list[float], Callable[[float], float]]:
        pts = sorted((q, math.log10(r)) for r, q in points)
        qs, ls = [q for q, _ in pts], [v for _, v in pts]

        def at(q: float) -> float:
            i = max(1, min(len(qs) - 1, next((k for k in range(1, len(qs)) if qs[k] >= q), len(qs) - 1)))
            q0, q1 = qs[i - 1], qs[i]
            return ls[i] if q1 == q0 else ls[i - 1] + (ls[i] - ls[i - 1]) * (q - q0) / (q1 - q0)
        return qs, at
    if len(reference) < 2 or len(test) < 2:
        raise ValueError("BD-rate needs at least two points per curve")
    qa, fa = fn(reference)
    qb, fb = fn(test)
    lo, hi = max(qa[0], qb[0]), min(qa[-1], qb[-1])
    if hi <= lo:
        raise ValueError("the two curves share no quality range")
    diff = sum(fb(lo + (hi - lo) * (k + 0.5) / steps) - fa(lo + (hi - lo) * (k + 0.5) / steps)
               for k in range(steps)) / steps
    return (10 ** diff - 1) * 100


def _monotonic(points: list[tuple[float, float]]) -> bool:
    pts = sorted(points)
    return all(b[0] > a[0] and b[1] > a[1] for a, b in zip(pts, pts[1:]))


def bd_rate_auto(reference: list[tuple[float, float]], test: list[tuple[float, float]],
                 min_overlap: float = 0.5, min_db: float = 1.0) -> tuple[float, str]:
    """(BD-rate, "cubic" or "linear"): the standard cubic where both curves rise monotonically (more bits, more
    quality), have four points or more, and their common quality range is at least `min_db` wide and covers at
    least `min_overlap` of the narrower curve's own range; else the piecewise-linear one (the cubic of log-rate
    against quality swings wildly where a curve's quality hardly moves, or falls)."""
    qa, qb = [q for _, q in reference], [q for _, q in test]
    lo, hi = max(min(qa), min(qb)), min(max(qa), max(qb))
    span = min(max(qa) - min(qa), max(qb) - min(qb))
    if (len(reference) >= 4 and len(test) >= 4 and _monotonic(reference) and _monotonic(test)
            and hi - lo >= max(min_db, min_overlap * span)):
        return bd_rate(reference, test), "cubic"
    return bd_rate_linear(reference, test), "linear"


# -- the analysis (PyAV: in the media worker) ----------------------------------------------------------------------
def rung_sides(source: SourceInfo) -> list[int]:
    """The sizes an H.264 HLS rung of this source can have: the standard rungs up to its short side (never above
    it) within H.264 level 4.2 at its frame rate (HLS allows no more for H.264: 1440p and 2160p are HEVC's); the
    source's own size when it is under the smallest."""
    sides = [s for s in STANDARD_RUNGS if s <= source.short_side]
    if not sides:
        return [source.short_side]
    # the frame rate `plan_job`'s own level check takes, so that both keep the same sizes
    return [s for s in sides if within_h264_level_4_2(*rung_size(source, s), source.framerate)] or sides[:1]


def candidate_sides(source: SourceInfo, plan: JobPlan | None = None) -> list[int]:
    """The sizes the analysis encodes: every size a rung can have (`rung_sides`), and the MP4's when the plan has
    one (it is made at the top rung's quality, from the curve of its size, or the standard one under it). Until
    2026-12-02 every standard size up to the source's: a 2160p source's 1440p and 2160p probes (the dearest: x264
    holds ~160 and ~345 MB each; the analysis peaked at 4.3 GB) for rungs that H.264 HLS cannot carry, and a top
    rung chosen there was then dropped from the ladder. Its analysis now: 1.65 GB and 7.4 s (HLS only; 19.3 s
    before), 3.3 GB with the MP4's three 2160p probes in one pass, 1.7 GB (and 23.2 s instead of 17-18) with each
    of them in a pass of its own (`probe_passes`)."""
    sides = rung_sides(source)
    for r in plan.renditions if plan else []:
        if r.type == "mp4":  # the standard size nearest under it, as the rungs' (the source's own when standard)
            side = max([s for s in STANDARD_RUNGS if s <= min(r.width, r.height)] or [min(r.width, r.height)])
            if side not in sides:
                sides.append(side)
    return sorted(sides)


def _luma_flat(frame) -> bool:
    """Black or a flat picture (a fade's middle): dark on average, or almost no variation in luma."""
    plane = frame.planes[0]
    data = bytes(plane)
    step = max(1, len(data) // 4096)
    sample = data[::step]
    mean = sum(sample) / len(sample)
    var = sum((v - mean) ** 2 for v in sample) / len(sample)
    return mean < 24 or var < 4.0


def window_plan(duration: float, settings: Settings) -> tuple[int, float]:
    """(how many windows, each one's length in seconds) for a source of `duration` seconds: `settings.windows`
    of `settings.window_seconds` (None: `WINDOW_SHARE` of the duration, `MIN_WINDOW` to `MAX_WINDOW`, and over
    62.5 s more windows, up to `MAX_WINDOWS`); one window over the whole source when they would not fit."""
    count = max(1, settings.windows)
    seconds = settings.window_seconds or min(MAX_WINDOW, max(MIN_WINDOW, duration * WINDOW_SHARE))
    if not settings.window_seconds and duration * WINDOW_SHARE > MAX_WINDOW:
        # A long source: more windows of MAX_WINDOW, as long as they sample no more of it than `count` windows
        # of its share would (the analysis stays a small part of the job; the sample grows with the source).
        count = max(count, min(MAX_WINDOWS, int(count * duration * WINDOW_SHARE / MAX_WINDOW + 1e-9)))
    if duration <= seconds * count:
        return 1, max(0.1, duration)
    return count, seconds


class Keyframes:
    """Where the source's keyframes lie near a time, found by reading packets only (no decoding) on a container of
    its own, from a seek: `near` gives the keyframe at or before a time (where a seek lands) and the first one at
    or after it within a limit (where a window can start with nothing before it decoded). Times are pts in the
    stream's time base. A source that cannot seek or has no timestamps gives (None, None)."""

    def __init__(self, path: str, index: int | None = None):
        from app.core.probe import open_source

        self.container = open_source(path)
        self.stream = self.container.streams[index] if index is not None else self.container.streams.video[0]

    def near(self, start: int, limit: int) -> tuple[int | None, int | None]:
        before: int | None = None
        blind = 0  # packets without a timestamp: a raw stream has none, and would be read to its end
        try:
            self.container.seek(start, stream=self.stream, backward=True, any_frame=False)
            for packet in self.container.demux(self.stream):
                ts = packet.pts if packet.pts is not None else packet.dts
                if ts is None:
                    blind += 1
                    if blind > 16:
                        return None, None
                    continue
                if packet.is_keyframe:
                    if ts >= start:
                        return (ts if ts == start else before), ts
                    before = ts if before is None else max(before, ts)
                if (packet.dts if packet.dts is not None else ts) > limit:
                    break
        except Exception:  # noqa: BLE001 - no index, no timestamps: decoding on, as before
            return None, None
        return before, None

    def close(self) -> None:
        self.container.close()

    def slot(self, t0: int, tb: Fraction, start: float, end: float, seconds: float) -> tuple[int | None, int | None]:
        """For a window looked for from `start` (s from the first picture, pts `t0`) in a slot ending at `end`:
        (the keyframe at or before `start`, the first keyframe after it where the window still fits, else None)."""
        before, after = self.near(int(t0 + Fraction(start) / tb),
                                  int(t0 + Fraction(min(end - seconds, start + KEY_SCAN)) / tb))
        if after is not None and float((after - t0) * tb) > end - seconds + 1e-6:
            after = None
        return before, after


def window_slots(duration: float, count: int, seconds: float) -> list[tuple[float, float]]:
    """`count` slots evenly over the duration; a window is looked for from the middle of each (minus half its
    length) to the slot's end."""
    step = duration / count
    return [(max(0.0, i * step + (step - seconds) / 2), (i + 1) * step) for i in range(count)]


def _gop_kbps(key: list[int], other: list[int], gop: int, fps: float) -> float:
    """A full GOP's bitrate from the windows' packet sizes: the mean keyframe and the mean other picture, weighted
    1 to gop - 1 (short windows would otherwise count too many keyframes)."""
    k = sum(key) / len(key)
    o = sum(other) / len(other) if other else k
    return (k + (gop - 1) * o) / gop * fps * 8 / 1000


def _gop_quality(scores: list[float], picked: list[tuple[float, str]], gop: int) -> float:
    """A full GOP's mean quality from the scores of the picked pictures ((time, "key" | "other" | "lead"), in
    order; a lead is scored only to give the picture after it its true predecessor, and not counted): the mean
    keyframe's and the mean other picture's, weighted 1 to gop - 1; the plain mean when they do not pair up."""
    if len(scores) != len(picked):
        return sum(scores) / len(scores)
    key = [s for s, (_, kind) in zip(scores, picked) if kind == "key"]
    other = [s for s, (_, kind) in zip(scores, picked) if kind == "other"]
    if not key or not other or gop <= 1:
        kept = key + other
        return sum(kept) / len(kept) if kept else sum(scores) / len(scores)
    return (sum(key) / len(key) + (gop - 1) * sum(other) / len(other)) / gop


def measure_parallel(reference: str, renditions: list[tuple[str, str]], spans: list[tuple[float, float]],
                     rotation: int, threads: int | None = None) -> dict[str, Any]:
    """`quality.measure_many` over `renditions` in `threads` groups measured at once (None: one a core, at least
    two; see there). One thread measuring 15 encodes left a core idle (the measuring was 45 % of the analysis's
    wall time on the cartoon clip); the results are the same as one group's."""
    from app.core import quality

    return quality.measure_many(reference, renditions, spans, rotation, (METRIC,),
                                threads=threads or max(2, os.cpu_count() or 1))


def pick_kind(k: int, gop: int, stride: int) -> str | None:
    """Whether the k-th picture of a window is scored: "key" (every keyframe), "other" (one in `stride`, centred:
    quality decays after a key) or None."""
    if k % gop == 0:
        return "key"
    first = 1 + (stride - 1) // 2
    return "other" if stride == 1 or (k >= first and (k - first) % stride == 0) else None


class StreamScorer:
    """Scores the probes while they are encoded: each probe's packets go to a decoder in one of `threads` threads
    (one a core, at least two), its scored pictures are scaled to the display size and scored with XPSNR against
    the source picture's weights (`app.core.xpsnr.Reference`, built once for all probes by the first thread that
    needs them). No probe file is written and no measuring phase waits for the last encode: the cores x264 leaves
    idle while the windows are fed do the measuring.

    The feeding thread announces every picture before it is encoded (`picture`: its kind and neighbour, and its
    luma where a score needs it), ends each window (`window_end`), hands over each packet (`packet`), stops a
    probe (`drop`) and, when every encoder is flushed, collects the scores (`finish`)."""

    NEXT = -1  # a key's neighbour: the picture after it, not fed yet

    def __init__(self, paths: list[str], size: tuple[int, int], threads: int | None = None):
        self.size = size
        n = max(1, min(len(paths), threads or max(2, os.cpu_count() or 1)))
        self.cond = threading.Condition()
        self.kinds: dict[int, list] = {}  # pts -> [kind, neighbour pts | None | NEXT]
        self.order: list[int] = []
        self.lumas: dict[int, Any] = {}
        self.luma_uses: dict[int, int] = {}
        self.refs: dict[int, Any] = {}  # pts -> Reference, or None while one thread builds it
        self.ref_uses: dict[int, set[str]] = {}  # the probes still to score each pick
        self.live = set(paths)
        self.scores: dict[str, dict[int, float]] = {p: {} for p in paths}
        self.decoded: dict[str, int] = {p: 0 for p in paths}  # pictures each probe's decoder gave
        self.errors: dict[str, BaseException] = {}
        self.pending_next: int | None = None
        # The picture announced last: its luma may still become the next pick's neighbour, so it stays even when
        # every use known so far is done (a key's reference built before the next pick is announced).
        self.last: int | None = None
        self.aborted = False
        self.queues: list[queue.SimpleQueue] = [queue.SimpleQueue() for _ in range(n)]
        self.owner = {p: self.queues[i % n] for i, p in enumerate(paths)}
        self.workers = [threading.Thread(target=self._work, args=(q,), name="pertitle-measure", daemon=True)
                        for q in self.queues]
        for w in self.workers:
            w.start()

    # -- the feeding thread ------------------------------------------------------------------------------------
    def picture(self, pts: int, luma: Any, kind: str | None, neighbour: int | None) -> None:
        with self.cond:
            if self.pending_next is not None:
                self.kinds[self.pending_next][1] = pts
                self.luma_uses[pts] = self.luma_uses.get(pts, 0) + 1
                self.pending_next = None
            if luma is not None:
                self.lumas[pts] = luma
            if kind:
                self.kinds[pts] = [kind, neighbour]
                self.order.append(pts)
                self.ref_uses[pts] = set(self.live)
                for used in (pts, neighbour):
                    if used is not None and used != self.NEXT:
                        self.luma_uses[used] = self.luma_uses.get(used, 0) + 1
                if neighbour == self.NEXT:
                    self.pending_next = pts
            previous, self.last = self.last, pts
            if previous is not None and previous != pts and self.luma_uses.get(previous, 0) <= 0:
                self._forget(previous)  # no pick can use it any more: a neighbour is the picture just before
            self.cond.notify_all()

    def window_end(self) -> None:
        with self.cond:
            if self.pending_next is not None:
                self.kinds[self.pending_next][1] = None
                self.pending_next = None
            self.last = None
            for pts in [p for p in self.lumas if self.luma_uses.get(p, 0) <= 0]:  # kept for a pick that never came
                self._forget(pts)
            self.cond.notify_all()

    def _forget(self, pts: int) -> None:
        self.lumas.pop(pts, None)
        self.luma_uses.pop(pts, None)

    def packet(self, path: str, packet, extradata: bytes | None) -> None:
        self.owner[path].put((path, bytes(packet), packet.pts, packet.dts, extradata))

    def drop(self, path: str) -> None:
        with self.cond:
            self.live.discard(path)
        self.owner[path].put((path, "drop", None, None, None))

    def abort(self) -> None:
        """The analysis stopped (cancelled, failed): the threads end without scoring what is queued."""
        with self.cond:
            self.aborted = True
            self.cond.notify_all()
        for q in self.queues:
            q.put(None)
        for w in self.workers:
            w.join()

    def finish(self) -> tuple[dict[str, dict[int, float]], dict[str, BaseException]]:
        self.window_end()
        for path, q in self.owner.items():
            q.put((path, None, None, None, None))
        for q in self.queues:
            q.put(None)
        for w in self.workers:
            w.join()
        return self.scores, self.errors

    # -- the measuring threads ---------------------------------------------------------------------------------
    def _work(self, q: queue.SimpleQueue) -> None:
        import av

        decoders: dict[str, Any] = {}
        done: set[str] = set()
        while (item := q.get()) is not None and not self.aborted:
            path, data, pts, dts, extradata = item
            if path in done:
                continue
            try:
                if data == "drop":
                    done.add(path)
                    self._release(path)
                    continue
                dec = decoders.get(path)
                if dec is None:
                    dec = decoders[path] = av.CodecContext.create("h264", "r")
                    dec.thread_count = 1  # the threads here are one a core already
                    if extradata:
                        dec.extradata = extradata
                if data is None:
                    frames = dec.decode(None)
                else:
                    # A picture no score needs is not decoded unless others refer to it (x264's B-pictures that
                    # are not references: the decoder drops them unread).
                    with self.cond:
                        dec.skip_frame = "DEFAULT" if pts in self.kinds else "NONREF"
                    pkt = av.Packet(data)
                    pkt.pts, pkt.dts = pts, dts
                    frames = dec.decode(pkt)
                self.decoded[path] += len(frames)
                for frame in frames:
                    self._score(path, frame)
                if data is None:
                    done.add(path)
                    self._release(path)
            except Exception as exc:  # noqa: BLE001 - this probe's failure, not the others'
                self.errors[path] = exc
                done.add(path)
                self._release(path)

    def _reference(self, pts: int) -> Any:
        from app.core.xpsnr import Reference

        with self.cond:
            self.cond.wait_for(lambda: self.kinds[pts][1] != self.NEXT or self.aborted)
            while pts in self.refs and self.refs[pts] is None and not self.aborted:  # another thread builds it
                self.cond.wait()
            if self.aborted:
                return None
            if pts in self.refs:
                return self.refs[pts]
            self.refs[pts] = None
            neighbour = self.kinds[pts][1]
            luma, other = self.lumas[pts], self.lumas.get(neighbour) if neighbour is not None else None
        ref = Reference(luma, other)
        with self.cond:
            self.refs[pts] = ref
            for used in (pts, neighbour):
                if used is not None and used in self.luma_uses:
                    self.luma_uses[used] -= 1
                    if self.luma_uses[used] <= 0 and used != self.last:
                        self._forget(used)
            self.cond.notify_all()
        return ref

    def _score(self, path: str, frame) -> None:
        import numpy as np

        pts = frame.pts
        with self.cond:
            if pts not in self.kinds or pts in self.scores[path]:
                return
        ref = self._reference(pts)
        if ref is None:
            return
        pic = scaling.reformat(frame, self.size[0], self.size[1], "yuv420p", interpolation="BICUBIC")
        plane = pic.planes[0]
        luma = np.frombuffer(plane, np.uint8).reshape(pic.height, plane.line_size)[:, :pic.width]
        score = min(ref.score(luma), MAX_DB)
        with self.cond:
            self.scores[path][pts] = score
            self._used(pts, path)

    def _used(self, pts: int, path: str) -> None:
        waiting = self.ref_uses.get(pts)
        if waiting is not None:
            waiting.discard(path)
            if not waiting:  # every probe has scored it: its weights go
                self.refs.pop(pts, None)
                del self.ref_uses[pts]

    def _release(self, path: str) -> None:
        """A probe ends (flushed, stopped or failed): the picks it will not score wait for it no more, nor will the
        picks announced after."""
        with self.cond:
            self.live.discard(path)
            for pts in list(self.ref_uses):
                self._used(pts, path)
            self.cond.notify_all()


def _filter_picks(windows: list[tuple[float, float]], fps: float, gop: int, stride: int) -> list[tuple[float, str]]:
    """The pictures scored by FFmpeg's filter (`measure_parallel`, without numpy; `pick_kind`'s): each other picture
    scored comes with the one before it (a "lead", not counted), since the filter weighs by the temporal activity
    against the picture it was given before (without, a picture read 0.6 to 1.9 dB high at stride 3)."""
    frame_s = 1 / fps
    picked: list[tuple[float, str]] = []
    first = 1 + (stride - 1) // 2
    for a, b in windows:
        for k in range(max(1, int(round((b - a) / frame_s)))):
            if k % gop == 0:
                picked.append((a + k * frame_s, "key"))
            elif stride == 1 or (k >= first and (k - first) % stride == 0):
                if stride > 1 and (k - 1) % gop != 0:
                    picked.append((a + (k - 1) * frame_s, "lead"))
                picked.append((a + k * frame_s, "other"))
    return picked


def _numpy() -> bool:
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


Pass = tuple[list[int], tuple[float, ...]]  # the sizes and CRFs encoded together in one pass over the windows


def _top_rung(plan: JobPlan) -> int:
    """The plan's dearest rendition's video bitrate: probes over `DROP_FACTOR` x it are stopped."""
    return max((r.video_kbps for r in plan.renditions if r.video_kbps), default=0)


def probe_bytes(source: SourceInfo, side: int) -> int:
    """What one probe at `side` holds while encoded and scored (`PROBE_BYTES_PER_PIXEL`)."""
    return PROBE_BYTES_PER_PIXEL * math.prod(rung_size(source, side))


def probe_passes(source: SourceInfo, sides: list[int], crfs: tuple[float, ...], slots: list[tuple[float, float]],
                 seconds: float) -> list[Pass]:
    """The sizes and CRFs encoded together, pass by pass: one pass while the probes' memory
    (`PROBE_BYTES_PER_PIXEL`) stays under `PROBE_BYTES`; else, when every window starts at or soon after a keyframe
    of the source (so that decoding the windows again costs little more than their own pictures), the largest
    sizes in passes of their own while the rest is over it, a size over it by itself one CRF a pass (the highest
    first: `analyse` skips the lower ones once one is over the limit), the rest together. A one-GOP source keeps
    one pass (it would be decoded again). A 2160p source with its MP4 (probes at 240p-1080p and 2160p) peaked at
    4.3 GB in one pass (with 1440p), 2.4 GB with its three 2160p probes in one pass."""
    crfs = tuple(crfs)
    one = {s: probe_bytes(source, s) for s in sides}
    total = sum(one.values()) * len(crfs)
    if total <= PROBE_BYTES or not _windows_near_keyframes(source, slots, seconds):
        return [(sorted(sides), crfs)]
    passes: list[Pass] = []
    rest = sorted(sides)

    def alone(side: int) -> list[Pass]:
        if one[side] * len(crfs) <= PROBE_BYTES or len(crfs) < 2:
            return [([side], crfs)]
        return [([side], (crf,)) for crf in sorted(crfs, reverse=True)]
    while len(rest) > 1 and sum(one[s] for s in rest) * len(crfs) > PROBE_BYTES:
        passes += alone(rest.pop())
    return passes + (alone(rest[0]) if len(rest) == 1 else [(rest, crfs)])


def _windows_near_keyframes(source: SourceInfo, slots: list[tuple[float, float]], seconds: float) -> bool:
    """Whether each window starts at a keyframe (`Keyframes.near`, as `analyse` looks for it) or at most
    `REDECODE_SECONDS` after one: then another pass over the windows decodes little more than their own pictures."""
    try:
        keys = Keyframes(source.path)
    except Exception:  # noqa: BLE001 - one pass, as before
        return False
    tb, t0 = keys.stream.time_base or Fraction(1, 90000), keys.stream.start_time or 0
    try:
        for start, end in slots:
            before, after = keys.slot(t0, tb, start, end, seconds)
            if after is None and (before is None or start - float((before - t0) * tb) > REDECODE_SECONDS):
                return False
        return True
    finally:
        keys.close()


def analyse(source: SourceInfo, plan: JobPlan, emit: Emit, settings: Settings | None = None,
            work_dir: str | None = None) -> Analysis:
    """Encode sample windows at every candidate resolution and CRF; measure them; return the points and hull
    (rungs are chosen by `plan_per_title`). Emits ``{"ev": "analysis", "stage", "fraction"}``.

    Each window starts with a keyframe, as each segment does; the bitrate of a point is that of a full GOP made of
    the windows' mean keyframe and mean other frame (short windows would otherwise count too many keyframes).
    The sizes are encoded in one pass over the windows, or in several when their probes would hold more memory
    than `PROBE_BYTES` (`probe_passes`); the passes' points make one analysis."""
    settings = settings or Settings()
    duration = float(source.duration or 0.0)
    if duration <= 0:
        raise ValueError("the source's duration is not known (a raw stream has no timestamps), so no windows can "
                         "be spread over it")
    count, seconds = window_plan(duration, settings)
    slots = window_slots(duration, count, seconds)
    passes = probe_passes(source, candidate_sides(source, plan), settings.crfs, slots, seconds)
    if len(passes) == 1:
        return _analyse_pass(source, plan, emit, settings, work_dir, *passes[0], slots, seconds)
    limit = DROP_FACTOR * _top_rung(plan)
    over: dict[int, Point] = {}  # a size's probe over the limit in a pass of its own CRF: no lower CRF after it
    parts, skipped = [], []
    for i, (sides, crfs) in enumerate(passes):
        lo, hi, last = i / len(passes), (i + 1) / len(passes), i == len(passes) - 1
        todo = [s for s in sides if s not in over]
        if not todo:
            skipped += [f"{quality_name(s)} at CRF {c:g}: not encoded (CRF {over[s].crf:g} already "
                        f"{over[s].kbps:.0f} kb/s, over {DROP_FACTOR:g}x the top rung's {limit / DROP_FACTOR:.0f} "
                        "kb/s)" for s in sides for c in crfs]
            continue

        def emit_part(ev: dict, lo=lo, hi=hi, last=last) -> None:
            # one analysis to follow: its fraction over the passes, measuring only in the last
            emit({**ev, "fraction": round(lo + (hi - lo) * ev["fraction"], 4),
                  "stage": ev["stage"] if last else "encoding"})
        part = _analyse_pass(source, plan, emit_part, settings, work_dir, todo, crfs, slots, seconds)
        parts.append(part)
        if len(crfs) == 1 and limit:
            over.update({p.short: p for p in part.points if p.kbps > limit})
    emit({"ev": "analysis", "stage": "measured", "fraction": 1.0})
    points = [p for a in parts for p in a.points]
    phases: dict[str, list[float]] = {}
    for a in parts:
        for k, (w, c) in a.phases.items():
            phases[k] = [phases.get(k, [0.0, 0.0])[0] + w, phases.get(k, [0.0, 0.0])[1] + c]
    notes = [n for a in parts for n in a.notes] + skipped
    held = sum(probe_bytes(source, s) * len(crfs) for sides, crfs in passes for s in sides)
    notes.append(f"encoded in {len(parts)} passes over the windows ("
                 + "; ".join(", ".join(quality_name(s) for s in sides) + ("" if len(crfs) > 1 else f" CRF {crfs[0]:g}")
                             for sides, crfs in passes)
                 + f"): the probes of one pass would have held about {held / 2 ** 30:.1f} GiB")
    return Analysis(points, convex_hull(points), [], parts[0].windows, sum(a.seconds for a in parts),
                    cpu_seconds=sum(a.cpu_seconds for a in parts), phases=phases, notes=notes,
                    decoded=sum(a.decoded for a in parts), passes=len(parts))


def _analyse_pass(source: SourceInfo, plan: JobPlan, emit: Emit, settings: Settings, work_dir: str | None,
                  sides: list[int], crfs: tuple[float, ...], slots: list[tuple[float, float]],
                  seconds: float) -> Analysis:
    """One pass of `analyse` over the windows, encoding the probes of `sides` at `crfs`."""
    import av
    import av.logging
    from av.video.frame import PictureType

    from app.core.pipeline import _Rotator
    from app.core.probe import open_source

    if _numpy():
        import numpy as np
    started, cpu_started = time.monotonic(), time.process_time()
    fps = Fraction(source.frame_rate_num, source.frame_rate_den) if source.frame_rate_num else Fraction(25)
    gop = max(1, round(plan.gop_seconds * float(fps)))
    preset = settings.preset or min(plan.encoder_preset, ANALYSIS_PRESET, key=X264_PRESETS.index)
    folder = tempfile.mkdtemp(prefix=".analysis-", dir=work_dir)
    emit({"ev": "analysis", "stage": "encoding", "fraction": 0.0})
    # FFmpeg's own logger while analysing: PyAV's Python log callback, called from x264's and the decoders' threads,
    # deadlocked the worker in measure_many (seen with the level at ERROR, as the worker sets it).
    level = av.logging.get_level()
    av.logging.set_level(None)
    stops: list[Callable[[], None]] = []  # stops the feeding thread when the analysis ends early
    try:
        container = open_source(source.path)
        vs = container.streams.video[0]
        vs.thread_type = "AUTO"
        tb = vs.time_base or Fraction(1, 90000)
        rotate = _Rotator(source.rotation)
        streaming = _numpy()  # the probes scored while they are encoded (`StreamScorer`); else files, the filter
        outputs: list[dict[str, Any]] = []
        for side in sides:
            w, h = rung_size(source, side)
            for crf in crfs:
                path = os.path.join(folder, f"{side}-{crf:g}.mp4")
                # Scored while encoded, a probe is never written (its packets go to the scorer); the filter reads
                # files.
                out = None if streaming else av.open(path, "w")
                if out is None:
                    enc = av.CodecContext.create("libx264", "w")
                    enc.framerate = fps
                    enc.flags |= av.codec.context.Flags.global_header  # as in an MP4: the same packets
                else:
                    s = out.add_stream("libx264", rate=fps)
                    s.time_base = tb
                    enc = s.codec_context
                enc.width, enc.height, enc.pix_fmt = w, h, "yuv420p"
                enc.time_base = tb
                enc.options = {
                    "preset": preset, "crf": f"{crf:g}",
                    "x264-params": f"keyint={gop}:min-keyint={gop}:scenecut=0:forced-idr=1:force-cfr=1"}
                outputs.append({"side": side, "w": w, "h": h, "crf": crf, "out": out, "enc": enc,
                                "encode": enc.encode if out is None else s.encode, "path": path,
                                "key": [], "other": [], "dropped": None})
        # The windows' own pictures, losslessly, on the same timeline: what the encodes are measured against.
        # Measuring against the source itself would decode it again from the keyframe before each window (a
        # long-GOP source: from its start, four times). Raw pictures when they fit `REFERENCE_RAW_BYTES` (writing
        # and reading them back costs next to nothing: x264 qp 0 took 0.9 s to encode and 1.0 s to decode 53 1080p
        # pictures of grain, 0.15 and 0.01 s raw), else x264 qp 0.
        rw, rh = (source.coded_height, source.coded_width) if source.rotation in (90, 270) else \
            (source.coded_width, source.coded_height)
        reference: dict[str, Any] | None = None
        stride = max(1, settings.score_stride)
        scorer = StreamScorer([o["path"] for o in sorted(outputs, key=lambda o: -o["w"] * o["h"])], (rw, rh),
                              settings.threads) if streaming else None
        if scorer is not None:
            stops.append(scorer.abort)
        if not streaming and rw % 2 == 0 and rh % 2 == 0:
            path = os.path.join(folder, "reference.mkv")
            out = av.open(path, "w")
            raw = (len(slots) * seconds + 1) * float(fps) * rw * rh * 1.5 <= REFERENCE_RAW_BYTES
            s = out.add_stream("rawvideo" if raw else "libx264", rate=fps)
            s.width, s.height, s.pix_fmt = rw, rh, "yuv420p"
            s.time_base = tb
            s.codec_context.time_base = tb
            if not raw:
                s.codec_context.options = {"preset": "ultrafast", "qp": "0",
                                           "x264-params": f"keyint={gop}:min-keyint={gop}:scenecut=0:forced-idr=1"}
            reference = {"out": out, "stream": s, "path": path}
        spans: list[tuple[int, int]] = []  # the windows' pts (from the first picture)

        # Probes far over any rung's bitrate (grain or noise at CRF 21: 15-70 Mb/s, the dearest encodes and
        # decodes) are stopped once the first windows' packets give the bitrates: at each size, every probe at a
        # lower CRF than one already over `DROP_FACTOR` x the top rung's bitrate. That one stays: a rung near the
        # top is predicted between it and the probe under it.
        top_rung = _top_rung(plan)
        limit = DROP_FACTOR * top_rung

        def drop_hopeless(limit: float) -> None:
            for side in {o["side"] for o in outputs}:
                over = None
                for o in sorted((o for o in outputs if o["side"] == side), key=lambda o: -o["crf"]):
                    if over is not None and not o["dropped"]:
                        o["dropped"] = over
                        if scorer is not None:
                            scorer.drop(o["path"])
                    elif over is None and o["key"] and len(o["other"]) >= 2:
                        kbps = _gop_kbps(o["key"], o["other"], gop, float(fps))
                        over = (o["crf"], kbps) if kbps > limit else None

        def count_packet(o, p):
            if p.pts is not None and any(a <= p.pts < b for a, b in spans):
                o["key" if p.is_keyframe else "other"].append(p.size)

        # The encodes at the source's own size are fed here with the reference (their picture can be the decoded
        # one itself); the smaller ones in a thread of their own (`settings.feed_thread`), each picture scaled here
        # and handed over, never touched here again.
        full = (rw, rh)
        local = [o for o in outputs if not settings.feed_thread or (o["w"], o["h"]) == full]
        handed = [o for o in outputs if o not in local]
        jobs: queue.Queue = queue.Queue(maxsize=4)
        failed: list[BaseException] = []

        def encode_into(group, pics, pts, key):
            for o in group:
                if o["dropped"]:
                    continue
                pic = pics[o["side"]]
                pic.pts, pic.time_base = pts, tb
                pic.pict_type = PictureType.I if key else PictureType.NONE
                for p in o["encode"](pic):
                    count_packet(o, p)
                    if scorer is not None:
                        scorer.packet(o["path"], p, o["enc"].extradata)
                    else:
                        o["out"].mux(p)

        def feeder():
            while (job := jobs.get()) is not None:
                if not failed:
                    try:
                        encode_into(handed, *job)
                    except BaseException as exc:  # noqa: BLE001 - raised again in the analysis's thread
                        failed.append(exc)

        thread = threading.Thread(target=feeder, name="pertitle-feed", daemon=True) if handed else None
        if thread:
            thread.start()

            def stop(t=thread):
                failed.append(RuntimeError("stopped"))  # the rest is dropped, not encoded
                jobs.put(None)
                t.join()
            stops.append(stop)

        def feed(frame, pts, key, pick=None):
            base = rotate(frame)
            if scorer is not None and pick is not None:  # announced before any encoder sees the picture
                kind, neighbour, store = pick
                luma = None
                if store:
                    ref = base if base.format.name == "yuv420p" and (base.width, base.height) == (rw, rh) else \
                        scaling.reformat(base, rw, rh, "yuv420p")
                    plane = ref.planes[0]
                    luma = np.frombuffer(plane, np.uint8).reshape(ref.height, plane.line_size)[:, :ref.width].copy()
                scorer.picture(pts, luma, kind, neighbour)
            pics: dict[int, Any] = {}
            for o in local + handed:
                if o["side"] not in pics:
                    pics[o["side"]] = scaling.reformat(base, o["w"], o["h"], "yuv420p", interpolation="BICUBIC")
            if handed:
                if failed:
                    raise failed[0]
                jobs.put(({o["side"]: pics.pop(o["side"]) for o in handed if o["side"] in pics}, pts, key))
            encode_into(local, pics, pts, key)
            if reference is not None:
                ref = base if base.format.name == "yuv420p" and (base.width, base.height) == (rw, rh) else \
                    scaling.reformat(base, rw, rh, "yuv420p")
                ref.pts, ref.time_base = pts, tb
                ref.pict_type = PictureType.I if key else PictureType.NONE
                reference["out"].mux(reference["stream"].encode(ref))

        # The source's first picture is time 0. For the filter, the encodes start with it (`quality.measure` pairs
        # pictures on their time from each file's first one; it is in no window); scored while encoded, a probe
        # starts with its first window (the picture paired by its time): one intra picture fewer for every probe.
        anchor = next((f for f in container.decode(vs) if f.pts is not None), None)
        if anchor is None:
            raise ValueError("no picture with a timestamp could be decoded from the source")
        t0 = anchor.pts
        if scorer is None:
            feed(anchor, 0, True)
        windows: list[tuple[float, float]] = []
        total = seconds * len(slots)
        last_emit = time.monotonic()
        # Pictures before the slot being looked in are never used: the decoder skips those that no other picture
        # refers to (a source's non-reference B-pictures; a long-GOP source is decoded on to its last window).
        # (Set at each slot before its pictures are asked for: the generator runs only then.)
        skip_before = [0]  # pts from the first picture

        def decoding():
            ctx = vs.codec_context
            for packet in container.demux(vs):
                below = packet.pts is not None and packet.pts - t0 < skip_before[0]
                ctx.skip_frame = "NONREF" if below else "DEFAULT"
                yield from packet.decode()

        decoded = decoding()
        position = 0.0  # where decoding stands (s)
        pictures = 1  # decoded: the anchor so far
        keys = Keyframes(source.path, vs.index)
        stops.append(keys.close)
        for slot_start, slot_end in slots:
            # A window starts at the first keyframe from its look-from time when one leaves it room in the slot:
            # then nothing before it is decoded. Else decoding goes on to it, from a seek to the keyframe before it
            # when that lies ahead of where decoding stands (a long-GOP source: decoded on from its start).
            look = int(t0 + Fraction(slot_start) / tb)
            before, after = keys.slot(t0, tb, slot_start, slot_end, seconds)
            if after is not None:
                slot_start, before = float((after - t0) * tb), after
            if before is not None and float((before - t0) * tb) > position + 1e-6 or \
                    before is None and slot_start - position > SEEK_AHEAD:  # no keyframes known: a guess
                container.seek(before if before is not None else look, stream=vs, backward=True, any_frame=False)
                decoded = decoding()
            skip_before[0] = int(Fraction(slot_start) / tb)
            w0: float | None = None
            n_in = 0
            prev_pts = 0
            for frame in decoded:
                pictures += 1
                if frame.pts is None or frame.pts <= t0:
                    continue
                t = position = float((frame.pts - t0) * tb)
                if t < slot_start - 1e-6 or (windows and t <= windows[-1][1]):
                    continue
                if w0 is None:
                    if windows and t + seconds > slot_end + 1e-6:
                        break  # no room left in this slot
                    if _luma_flat(frame) and t + seconds + 0.5 <= slot_end:
                        slot_start = t + 0.5  # black or a fade: look half a second further
                        continue
                    w0 = t
                    spans.append((frame.pts - t0, frame.pts - t0 + int(Fraction(seconds) / tb)))
                    if len(windows) >= 2 and limit:
                        drop_hopeless(limit)
                if t >= w0 + seconds - 1e-6:
                    break
                kind = pick_kind(n_in, gop, stride)
                neighbour = None if not kind else StreamScorer.NEXT if n_in == 0 else prev_pts
                store = kind is not None or n_in == 1 or (pick_kind(n_in + 1, gop, stride) is not None)
                feed(frame, frame.pts - t0, n_in % gop == 0, (kind, neighbour, store))
                prev_pts = frame.pts - t0
                n_in += 1
                now = time.monotonic()
                if now - last_emit > 0.5:
                    last_emit = now
                    done = sum(b - a for a, b in windows) + n_in / float(fps)
                    emit({"ev": "analysis", "stage": "encoding", "fraction": round(0.75 * min(1.0, done / total), 4)})
            if w0 is not None and n_in:
                windows.append((w0, w0 + n_in / float(fps)))
            if scorer is not None:
                scorer.window_end()
        container.close()
        if thread:
            stops.remove(stop)
            jobs.put(None)
            thread.join()
            if failed:
                raise failed[0]
        for o in outputs:
            for p in o["encode"](None):
                count_packet(o, p)
                if scorer is not None:
                    if not o["dropped"]:
                        scorer.packet(o["path"], p, o["enc"].extradata)
                else:
                    o["out"].mux(p)
            if o["out"] is not None:
                o["out"].close()
        if reference is not None:
            reference["out"].mux(reference["stream"].encode(None))
            reference["out"].close()
        if not windows:
            raise ValueError("no window of the source could be analysed")
        emit({"ev": "analysis", "stage": "measuring", "fraction": 0.75})
        measuring = time.monotonic(), time.process_time()
        per: dict[str, list[float]] = {o["path"]: [] for o in outputs}
        picked_of: dict[str, list[tuple[float, str]]] = {}
        errors: dict[str, Exception] = {}
        if scorer is not None:
            stops.remove(scorer.abort)
            scored, failures = scorer.finish()
            for path, by_pts in scored.items():
                if path in failures:
                    errors[path] = Exception(str(failures[path]))
                    continue
                kept = [pts for pts in scorer.order if pts in by_pts]
                per[path] = [by_pts[pts] for pts in kept]
                picked_of[path] = [(float(pts * tb), scorer.kinds[pts][0]) for pts in kept]
        else:  # no numpy: FFmpeg's filter over the files
            picked = _filter_picks(windows, float(fps), gop, stride)
            spans_s = [(t - 0.25 / float(fps), t + 0.5 / float(fps)) for t, _ in picked]
            found = measure_parallel(reference["path"] if reference else source.path,
                                     [(o["path"], o["path"]) for o in outputs if not o["dropped"]], spans_s,
                                     0 if reference else source.rotation, settings.threads)
            for path, rq in found.items():
                if isinstance(rq, Exception):
                    errors[path] = rq
                else:
                    per[path].extend(rq.frame_scores.get(METRIC_KEY) or [])
            picked_of = {o["path"]: picked for o in outputs}
        points, notes = [], []
        for o in outputs:
            if o["dropped"]:
                crf, kbps = o["dropped"]
                notes.append(f"{quality_name(o['side'])} at CRF {o['crf']:g}: stopped after the first windows (CRF "
                             f"{crf:g} already {kbps:.0f} kb/s, over {DROP_FACTOR:g}x the top rung's {top_rung} kb/s)")
                continue
            scores = [min(v, MAX_DB) for v in per[o["path"]]]  # identical pictures score infinity
            if o["path"] in errors or not o["key"] or not scores:
                why = errors.get(o["path"], "no frames")
                notes.append(f"{quality_name(o['side'])} at CRF {o['crf']:g}: {why}")
                continue
            kbps = _gop_kbps(o["key"], o["other"], gop, float(fps))
            points.append(Point(o["side"], o["w"], o["h"], o["crf"], kbps,
                                _gop_quality(scores, picked_of[o["path"]], gop)))
        emit({"ev": "analysis", "stage": "measured", "fraction": 1.0})
        end = time.monotonic(), time.process_time()
        phases = {"encoding": [measuring[0] - started, measuring[1] - cpu_started],
                  "measuring": [end[0] - measuring[0], end[1] - measuring[1]]}
        return Analysis(points, convex_hull(points), [], windows, end[0] - started,
                        cpu_seconds=end[1] - cpu_started, notes=notes, phases=phases, decoded=pictures)
    finally:
        for stop_feeding in stops:
            stop_feeding()
        av.logging.set_level(level)
        shutil.rmtree(folder, ignore_errors=True)


def plan_per_title(source: SourceInfo, fixed: JobPlan, analysis: Analysis, *, preset: str,
                   encoder_preset: str | None, formats: tuple[str, ...], segment_seconds: float, share_encodes: bool,
                   rate_control: str = "crf", max_kbps: float | None = None) -> JobPlan:
    """The job's plan from an analysis: its rungs (capped CRF at each rung's CRF, or ABR at its bitrate), the
    MP4 at the source's size at the top rung's quality."""
    # The top: at most the preset's top HLS rung (a 2160p source's MP4 at 15.7 Mb/s is no HLS rung's bitrate);
    # rungs only at sizes H.264 HLS can carry (the MP4's own size may be beyond them).
    hls = [r.video_kbps for r in fixed.renditions if r.type == "hls"]
    top_fixed = max(hls or [r.video_kbps for r in fixed.renditions], default=None)
    sides = set(rung_sides(source)) if hls else {p.short for p in analysis.points}
    eligible = [p for p in analysis.points if p.short in sides]
    rungs = choose_rungs(eligible, max_kbps=max_kbps or top_fixed)
    analysis.rungs = rungs
    # The hull the rungs were chosen on; a size probed for the MP4 only (beyond what H.264 HLS carries) is marked.
    analysis.hull = convex_hull(eligible)
    analysis.mp4_only = sorted({p.short for p in analysis.points} - sides)
    if not rungs:
        fixed.warnings.append("per-title analysis found no rung; the preset's ladder is used")
        return fixed
    segments = "fmp4" if any(r.segments == "fmp4" for r in fixed.renditions) else "ts"  # as the fixed plan's
    plan = plan_job(source, preset=preset, renditions=[RungRequest(r.short, max(16, int(round(r.kbps))))
                                                       for r in rungs], hls_segments=segments,
                    formats=formats, encoder_preset=encoder_preset, segment_seconds=segment_seconds,
                    share_encodes=False, rate_control=rate_control)
    by_side = {r.short: r for r in rungs}
    curves = curves_of(analysis.points)
    top = rungs[-1]
    for r in plan.renditions:
        if r.type == "hls":
            rung = by_side[int(r.quality[:-1])]
        else:  # the MP4: the source's size at the top rung's quality, at most at its bitrate
            side = max(curves)
            curve = curves[side]
            kbps = top.kbps if side == top.short else min(top.kbps, curve.kbps_at(top.quality))
            rung = Rung(side, r.width, r.height, kbps, curve.crf(kbps), curve.quality(kbps))
        r.video_kbps = max(16, int(round(rung.kbps)))
        if rate_control == "crf":
            r.crf = round(rung.crf, 2)
            r.maxrate_kbps = int(r.video_kbps * 1.5)
            r.bufsize_kbps = min(int(r.maxrate_kbps * segment_seconds), H264_MAX_KBPS)
        else:
            r.crf = None
            r.maxrate_kbps, r.bufsize_kbps = int(r.video_kbps * 1.2), int(r.video_kbps * 2)
        r.predicted = rung.predicted()
    groups: dict[tuple, str] = {}
    for r in plan.renditions:
        key = (r.width, r.height, r.video_kbps, r.maxrate_kbps, r.bufsize_kbps, r.crf) if share_encodes else (r.id,)
        r.encode_group = groups.setdefault(key, f"v{len(groups)}")
    plan.ladder = "per-title"
    plan.analysis = analysis.to_dict()
    plan.warnings = fixed.warnings + plan.warnings
    return plan


# -- the analysis kept in the job folder (the window shows it after a restart) -----------------------------------

ANALYSIS_FILE = "pertitle.json"


def save_analysis(job_dir: str, analysis: dict) -> str:
    """Write the plan's analysis (points, hull, rungs with their predicted quality, the metric) to
    `pertitle.json` in the job folder, atomically; returns the path."""
    import json

    path = os.path.join(job_dir, ANALYSIS_FILE)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(analysis, f, indent=1)
    os.replace(tmp, path)
    return path


def load_analysis(job_dir: str) -> dict | None:
    """The job's per-title analysis from `pertitle.json`, or None (no file, unreadable, or not an analysis)."""
    import json

    try:
        with open(os.path.join(job_dir, ANALYSIS_FILE), encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("points"), list) or not isinstance(data.get("hull"), list):
        return None
    return data
