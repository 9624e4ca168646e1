"""How close each rendition is to its source: PSNR, SSIM (and XPSNR when asked), frame by frame.

`measure(source, rendition, windows, rotation)` decodes both files, pairs their frames on timestamps (seconds from
each stream's first frame), scales the rendition back up to the source's display size (bicubic, after the same
rotation the engine applies to the source) and lets FFmpeg's own ``ssim``/``psnr``/``xpsnr`` filters score each
pair. Both pictures enter one filter graph through two buffers with ONE time base and the same pts, so the
filters' frame sync pairs exactly the frames paired here. The source goes to each filter's first input: XPSNR
weighs each block's error by the activity of the picture there, which must be the original (the rendition there
made a blurred rendition of grain look as bad as on a flat picture; PSNR and SSIM are symmetric).

Qt-free and numpy-free: it runs in the media worker (``python -m app.core.worker quality``).
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
from dataclasses import asdict, dataclass, field, replace
from fractions import Fraction
from typing import Generator

import av

from app.core.probe import drain_decoder as _drain

METRICS = ("psnr", "ssim", "xpsnr")
DEFAULT_METRICS = ("psnr", "ssim")
# The per-frame scores each filter writes into the output frame's metadata.
_KEYS = {"ssim": {"ssim": "lavfi.ssim.All"},
         "psnr": {"psnr_y": "lavfi.psnr.psnr.y", "psnr": "lavfi.psnr.psnr_avg"},
         "xpsnr": {"xpsnr_y": "lavfi.xpsnr.xpsnr.y"}}
_TB = Fraction(1, 1000)  # the one time base of both buffers
SAMPLED_SHARE, SAMPLED_MIN_SECONDS, SAMPLE_WINDOW = 0.2, 10.0, 2.0


class QualityError(Exception):
    """A file that cannot be measured; the message is the plain reason."""


@dataclass
class ScoreStats:
    mean: float
    p5: float
    min: float
    worst: list[tuple[float, float]] = field(default_factory=list)  # (window start s, mean score), worst first


@dataclass
class RenditionQuality:
    frames: int
    seconds: float
    scores: dict[str, ScoreStats]
    bitrate: int | None = None  # bits per second, from the file sizes
    # Per frame (for a chart; not in `to_dict`): seconds from the source's start, and each score at that time.
    frame_times: list[float] = field(default_factory=list, repr=False)
    frame_scores: dict[str, list[float]] = field(default_factory=dict, repr=False)

    def series(self) -> dict[str, list]:
        """The per-frame scores for a plot: ``{"times": [s...], "ssim": [...], ...}`` (None: identical, PSNR inf)."""
        def r(x):
            return None if x is None or math.isinf(x) else round(x, 4)
        return {"times": [round(t, 3) for t in self.frame_times],
                **{k: [r(v) for v in vs] for k, vs in self.frame_scores.items()}}

    def to_dict(self) -> dict:
        return {"frames": self.frames, "seconds": round(self.seconds, 3), "bitrate": self.bitrate,
                "scores": {k: _rounded(asdict(v)) for k, v in self.scores.items()}}


def _rounded(d: dict) -> dict:
    def r(x):  # JSON has no infinity: null stands for identical pictures (FFmpeg's PSNR is inf)
        return None if x is None or math.isinf(x) else round(x, 4)
    return {"mean": r(d["mean"]), "p5": r(d["p5"]), "min": r(d["min"]),
            "worst": [[round(t, 3), r(s)] for t, s in d["worst"]]}


# -- windows -------------------------------------------------------------------------------------------------
def sampled_windows(duration: float, share: float = SAMPLED_SHARE, minimum: float = SAMPLED_MIN_SECONDS,
                    window: float = SAMPLE_WINDOW) -> list[tuple[float, float]] | None:
    """Evenly spread windows covering `share` of the duration (at least `minimum` s); None: the whole clip."""
    total = max(minimum, duration * share)
    if duration <= 0 or total >= duration:
        return None
    count = max(1, int(math.ceil(total / window)))
    length = total / count
    step = duration / count
    return [(i * step + (step - length) / 2, i * step + (step + length) / 2) for i in range(count)]


# -- files ---------------------------------------------------------------------------------------------------
_URI = re.compile(r"^[A-Za-z0-9_.-]+$")


def _open(path: str):
    """A container for a local file; an HLS index only with its own folder's segments (plain names, no URLs)."""
    if not os.path.isfile(path):
        raise QualityError(f"{path} does not exist")
    if path.endswith(".m3u8"):
        with open(path, encoding="utf-8", errors="replace") as f:
            uris = [ln.strip() for ln in f if ln.strip() and not ln.startswith("#")]
        if not uris:
            raise QualityError(f"{os.path.basename(path)} lists no segments")
        for uri in uris:
            if not _URI.match(uri) or uri in (".", ".."):
                raise QualityError(f"{os.path.basename(path)} names a segment outside its folder: {uri[:80]}")
            if not os.path.isfile(os.path.join(os.path.dirname(path), uri)):
                raise QualityError(f"segment {uri} is missing")
        return av.open(path, format="hls", options={"protocol_whitelist": "file", "allowed_extensions": "ts,m4s,mp4"})
    return av.open(path)


def rendition_bytes(path: str) -> int:
    """The size of a rendition: the file, or an HLS index's segments (and init segment)."""
    if not path.endswith(".m3u8"):
        return os.path.getsize(path)
    folder = os.path.dirname(path)
    total = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for ln in f:
            ln = ln.strip()
            m = re.search(r'URI="([^"]+)"', ln) if ln.startswith("#EXT-X-MAP") else None
            name = m.group(1) if m else (ln if ln and not ln.startswith("#") else None)
            if name and _URI.match(name) and os.path.isfile(os.path.join(folder, name)):
                total += os.path.getsize(os.path.join(folder, name))
    return total


def _frames(path: str, windows: list[tuple[float, float]] | None) -> Generator[tuple[float, av.VideoFrame], None, None]:
    """(seconds from the stream's first frame, frame) of the frames inside `windows` (all with None)."""
    try:
        container = _open(path)
    except (av.error.FFmpegError, OSError, UnicodeError) as exc:
        raise QualityError(f"{os.path.basename(path)} could not be opened: {exc}") from None
    try:
        if not container.streams.video:
            raise QualityError(f"{os.path.basename(path)} has no video stream")
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        tb = stream.time_base or Fraction(1, 90000)
        start = stream.start_time if stream.start_time is not None else None
        spans = windows or [(0.0, math.inf)]
        last = -math.inf
        t_next = 0.0  # where decoding stands (seconds)
        # One decode for every window that needs no seek: a new `container.decode` per window would drop the
        # frames the old one still held (a packet can give several) and, once the old one had reached the end
        # of the file, fail with "End of file". `held`: the frame read past the end of the window before.
        decoded = None
        held = None
        for w0, w1 in spans:
            if w0 > 0 and start is not None and t_next < w0 - 1.0:  # a window further on: seek (keyframe before)
                _drain(stream)
                if path.endswith(".m3u8"):  # the hls demuxer seeks in AV_TIME_BASE units only
                    container.seek(int((start * tb + Fraction(w0)) * 1_000_000), backward=True, any_frame=False)
                else:
                    container.seek(int(start + Fraction(w0) / tb), stream=stream, backward=True, any_frame=False)
                decoded, held = None, None
            if decoded is None:
                decoded = container.decode(stream)
            while True:
                frame, held = (held, None) if held is not None else (next(decoded, None), None)
                if frame is None:  # the end of the file: no later window has frames either
                    return
                if frame.pts is None:
                    continue
                if start is None:
                    start = frame.pts
                t = t_next = float((frame.pts - start) * tb)
                if t < w0 - 1e-6 or t <= last:
                    continue
                if t >= w1 - 1e-6:
                    held = frame
                    break
                last = t
                yield t, frame
    except av.error.FFmpegError as exc:
        raise QualityError(f"{os.path.basename(path)} could not be decoded: {exc}") from None
    finally:
        if container.streams.video:
            _drain(container.streams.video[0])
        container.close()


# -- the filter graph ----------------------------------------------------------------------------------------
_ROTATE = {90: ["transpose=cclock"], 270: ["transpose=clock"], 180: ["hflip", "vflip"]}


class _Scorer:
    def __init__(self, metrics: tuple[str, ...], rotation: int):
        self.metrics, self.rotation = metrics, rotation
        self.graph: av.filter.Graph | None = None
        self.index = 0

    def _build(self, ref: av.VideoFrame, dist: av.VideoFrame) -> None:
        g = av.filter.Graph()
        src_ref = g.add_buffer(width=ref.width, height=ref.height, format=ref.format, time_base=_TB)
        src_dist = g.add_buffer(width=dist.width, height=dist.height, format=dist.format, time_base=_TB)
        node = src_ref
        for spec in _ROTATE.get(self.rotation, []):
            name, _, arg = spec.partition("=")
            f = g.add(name, arg) if arg else g.add(name)
            node.link_to(f)
            node = f
        w, h = (ref.height, ref.width) if self.rotation in (90, 270) else (ref.width, ref.height)
        fmt_ref = g.add("format", "yuv420p")
        node.link_to(fmt_ref)
        scale = g.add("scale", f"{w}:{h}:flags=bicubic")
        src_dist.link_to(scale)
        fmt_dist = g.add("format", "yuv420p")
        scale.link_to(fmt_dist)
        split = g.add("split", str(len(self.metrics)))
        fmt_dist.link_to(split)
        # The source on each filter's first input: XPSNR weighs the errors by the activity of the picture there
        # (the original, in its paper and FFmpeg's documentation); PSNR and SSIM are the same either way.
        main = fmt_ref
        for i, metric in enumerate(self.metrics):
            f = g.add(metric)
            main.link_to(f, 0, 0)
            split.link_to(f, i, 1)
            main = f
        sink = g.add("buffersink")
        main.link_to(sink)
        g.configure()
        self.graph = g

    def score(self, ref: av.VideoFrame, dist: av.VideoFrame) -> dict[str, float]:
        if self.graph is None:
            self._build(ref, dist)
        assert self.graph is not None
        ref.pts = dist.pts = self.index
        ref.time_base = dist.time_base = _TB
        self.index += 1
        self.graph.push(dist, at=1)
        self.graph.push(ref, at=0)
        out = self.graph.pull()
        meta = out.metadata
        scores: dict[str, float] = {}
        for metric in self.metrics:
            for name, key in _KEYS[metric].items():
                if key in meta:
                    scores[name] = float(meta[key])
        return scores


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = math.floor(k), math.ceil(k)
    if lo == hi or math.isinf(ordered[lo]) or math.isinf(ordered[hi]):
        return ordered[lo]
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def _worst(times: list[float], values: list[float], count: int = 5) -> list[tuple[float, float]]:
    buckets: dict[int, list[float]] = {}
    for t, v in zip(times, values):
        buckets.setdefault(int(t), []).append(v)
    means = [(float(s), sum(v) / len(v) if not any(math.isinf(x) for x in v) else math.inf)
             for s, v in buckets.items()]
    return sorted(means, key=lambda m: m[1])[:count]


def _stats(times: list[float], values: list[float]) -> ScoreStats:
    mean = math.inf if any(math.isinf(v) for v in values) else sum(values) / len(values)
    return ScoreStats(mean=mean, p5=_percentile(values, 0.05), min=min(values), worst=_worst(times, values))


class _Track:
    """One rendition being measured: its frames, the one shown now, its scorer and its scores."""

    def __init__(self, path: str, windows, metrics: tuple[str, ...], rotation: int):
        self.path = path
        self.frames = _frames(path, windows)
        self.pending: tuple[float, av.VideoFrame] | None = None
        self.current: tuple[float, av.VideoFrame] | None = None
        self.scorer = _Scorer(metrics, rotation)
        self.times: list[float] = []
        self.per: dict[str, list[float]] = {}
        self.error: str | None = None

    def take(self, t: float, ref: av.VideoFrame) -> None:
        # The rendition frame shown at t: the last one starting at or before it (half a millisecond's slack).
        while True:
            if self.pending is None:
                self.pending = next(self.frames, None)
            if self.pending is None or self.pending[0] > t + 5e-4:
                break
            self.current, self.pending = self.pending, None
        if self.current is None:
            return
        try:
            scores = self.scorer.score(ref, self.current[1])
        except (av.error.FFmpegError, ValueError) as exc:
            raise QualityError(f"the frames could not be compared: {exc}") from None
        self.times.append(t)
        for k, v in scores.items():
            self.per.setdefault(k, []).append(v)

    def result(self, duration: float | None) -> RenditionQuality:
        if not self.times:
            raise QualityError("no frame of the rendition could be paired with the source")
        bitrate = int(rendition_bytes(self.path) * 8 / duration) if duration else None
        times = self.times
        return RenditionQuality(frames=len(times), seconds=(times[-1] - times[0]) if len(times) > 1 else 0.0,
                                scores={k: _stats(times, v) for k, v in self.per.items()}, bitrate=bitrate,
                                frame_times=times, frame_scores=self.per)


# -- renditions that are the same encode ----------------------------------------------------------------------
_VCL = {"h264": lambda b: 1 <= (b & 0x1F) <= 5, "hevc": lambda b: (b >> 1) & 0x3F < 32}


def _nal_units(data: bytes, length_size: int) -> list[bytes] | None:
    """The NAL units of one packet: after start codes (Annex B, as in MPEG-TS: `length_size` 0) or each after its
    length in `length_size` bytes (as in MP4); None when the packet is not framed that way."""
    if not length_size:
        parts = data.split(b"\x00\x00\x01")
        if parts[0].strip(b"\x00"):
            return None
        return [u for u in (p.rstrip(b"\x00") for p in parts[1:]) if u]
    units, i = [], 0
    while i + length_size <= len(data):
        n = int.from_bytes(data[i:i + length_size], "big")
        if n == 0 or i + length_size + n > len(data):
            return None
        units.append(data[i + length_size:i + length_size + n])
        i += length_size + n
    return units if i == len(data) else None


def _length_size(codec: str, extradata: bytes | None) -> int:
    """How the stream frames its NAL units: 0 for start codes, else the size of each unit's length (avcC/hvcC)."""
    if not extradata or extradata[0] != 1:
        return 0
    if codec == "h264" and len(extradata) > 4:
        return (extradata[4] & 3) + 1
    if codec == "hevc" and len(extradata) > 21:
        return (extradata[21] & 3) + 1
    raise ValueError("unknown NAL framing")


def _fingerprint(path: str) -> str | None:
    """A digest of a rendition's coded pictures (the slice NAL units, whatever the container's framing) and of
    their times as `_frames` counts them; None when it cannot be made (another codec, another framing).

    Two renditions with the same digest are the same encode in two containers (the MP4 that shares the top HLS
    rung's encode): they decode to the same pictures at the same times, so they get the same scores."""
    import hashlib

    try:
        container = _open(path)
    except (QualityError, av.error.FFmpegError, OSError, UnicodeError):
        return None
    try:
        stream = container.streams.video[0] if container.streams.video else None
        if stream is None or stream.codec_context.name not in _VCL:
            return None
        is_vcl = _VCL[stream.codec_context.name]
        length_size = _length_size(stream.codec_context.name, stream.codec_context.extradata)
        tb = stream.time_base or Fraction(1, 90000)
        start = stream.start_time
        digest = hashlib.blake2b(stream.codec_context.name.encode(), digest_size=20)
        for packet in container.demux(stream):
            if packet.size == 0:
                continue
            if packet.pts is None:
                return None
            if start is None:
                start = packet.pts
            units = _nal_units(bytes(packet), length_size)
            if units is None:
                return None
            digest.update(f"|{round(float((packet.pts - start) * tb), 4)}|".encode())
            for unit in units:
                if is_vcl(unit[0]):
                    digest.update(len(unit).to_bytes(4, "big"))
                    digest.update(unit)
        return digest.hexdigest()
    except (av.error.FFmpegError, ValueError, IndexError):
        return None
    finally:
        container.close()


def _twins(renditions: list[tuple[str, str]]) -> dict[str, str]:
    """id -> the id of an earlier rendition that is the same encode (see `_fingerprint`). Only renditions whose
    codec and picture size match another's are read (demuxed, not decoded)."""
    shapes: dict[str, tuple] = {}
    for rid, path in renditions:
        try:
            with _open(path) as c:
                if c.streams.video:
                    s = c.streams.video[0]
                    shapes[rid] = (s.codec_context.name, s.codec_context.width, s.codec_context.height)
        except (QualityError, av.error.FFmpegError, OSError, UnicodeError):
            continue
    twins: dict[str, str] = {}
    seen: dict[str, str] = {}
    for rid, path in renditions:
        if rid not in shapes or list(shapes.values()).count(shapes[rid]) < 2:
            continue
        digest = _fingerprint(path)
        if digest is None:
            continue
        if digest in seen:
            twins[rid] = seen[digest]
        else:
            seen[digest] = rid
    return twins


def _check_metrics(metrics: tuple[str, ...]) -> tuple[str, ...]:
    unknown = [m for m in metrics if m not in METRICS]
    if unknown or not metrics:
        raise QualityError(f"unknown metric(s): {', '.join(unknown) or 'none given'}")
    return tuple(m for m in METRICS if m in metrics)


def measuring_threads(metrics: tuple[str, ...], cores: int | None = None) -> int:
    """How many groups `measure_many` measures at once in the worker: one a core when XPSNR is among the metrics,
    else one. Each group decodes the source itself, which pays only where scoring costs more than that decode.
    Measured 2026-12-02 on this project's 2-core machine (medians of 2-3 alternating runs, same scores): a slide
    clip's per-title ladder (10 s 1080p, four rungs, PSNR + SSIM + XPSNR) 19.3-22.7 s in one pass against
    11.9-14.9 s in two groups (CPU 21.5 against 22-23.5 s, peak 272 against 316 MB); the 8 s 1080p default
    ladder with PSNR + SSIM (`benchmarks/quality_speed.py`) 7.1 s in one pass against 8.4 s in two groups (CPU
    11.2 against 15.1 s: the 118 Mb/s source decoded twice)."""
    if "xpsnr" not in metrics:
        return 1
    return max(1, cores or os.cpu_count() or 1)


def measure_many(source_path: str, renditions: list[tuple[str, str]], windows: list[tuple[float, float]] | None = None,
                 rotation: int = 0, metrics: tuple[str, ...] = DEFAULT_METRICS,
                 duration: float | None = None, threads: int | None = 1) -> dict[str, RenditionQuality | QualityError]:
    """Score several renditions (id, path) of one source in one pass over it (the source is decoded once), or,
    with `threads` over 1 (None: one a core), in that many groups measured at once, each in a thread of its own
    with its own files, decoders and filter graphs (nothing is shared between threads; the source is decoded once
    a group; decoding, scaling and the filters release the GIL), dealt out largest first. The scores are the same
    either way: each rendition is paired with the source on its own.

    Each id maps to its `RenditionQuality` or the `QualityError` that stopped it; one rendition's failure
    never stops the others. A source that cannot be read fails them all with its reason."""
    metrics = _check_metrics(metrics)
    twins = _twins(renditions) if len(renditions) > 1 else {}
    own = [(rid, path) for rid, path in renditions if rid not in twins]
    n = max(1, min(len(own), threads or os.cpu_count() or 1))
    out: dict[str, RenditionQuality | QualityError] = {}
    if n == 1:
        out = _measure_group(source_path, own, windows, rotation, metrics, duration)
    else:
        from concurrent.futures import ThreadPoolExecutor

        def size(path: str) -> int:
            try:
                return rendition_bytes(path)
            except OSError:
                return 0

        ordered = sorted(own, key=lambda r: -size(r[1]))
        with ThreadPoolExecutor(n, thread_name_prefix="quality") as pool:
            for part in pool.map(lambda g: _measure_group(source_path, g, windows, rotation, metrics, duration),
                                 [ordered[i::n] for i in range(n)]):
                out.update(part)
    for rid, path in renditions:  # the same encode as one measured: its scores, with its own file's bitrate
        if rid in twins:
            found = out[twins[rid]]
            out[rid] = found if isinstance(found, QualityError) else replace(
                found, bitrate=int(rendition_bytes(path) * 8 / duration) if duration else None)
    return {rid: out[rid] for rid, _ in renditions}


def _measure_group(source_path: str, renditions: list[tuple[str, str]], windows: list[tuple[float, float]] | None,
                   rotation: int, metrics: tuple[str, ...], duration: float | None
                   ) -> dict[str, RenditionQuality | QualityError]:
    """`measure_many`'s one pass over the source for `renditions` (no twins among them)."""
    tracks = {rid: _Track(path, windows, metrics, rotation) for rid, path in renditions}
    out: dict[str, RenditionQuality | QualityError] = {}
    try:
        for t, ref in _frames(source_path, windows):
            live = [(rid, tr) for rid, tr in tracks.items() if rid not in out]
            if not live:
                break
            for rid, tr in live:
                try:
                    tr.take(t, ref)
                except QualityError as exc:
                    out[rid] = exc
                    tr.frames.close()
    except QualityError as exc:
        for rid in tracks:
            out.setdefault(rid, QualityError(f"the source: {exc}"))
    finally:
        for tr in tracks.values():
            tr.frames.close()
    for rid, tr in tracks.items():
        if rid not in out:
            try:
                out[rid] = tr.result(duration)
            except QualityError as exc:
                out[rid] = exc
    return out


def measure(source_path: str, rendition_path: str, windows: list[tuple[float, float]] | None = None,
            rotation: int = 0, metrics: tuple[str, ...] = DEFAULT_METRICS,
            duration: float | None = None) -> RenditionQuality:
    """Score one rendition against its source over `windows` (seconds; None: every frame).

    Raises `QualityError` with a plain reason when either file cannot be measured."""
    found = measure_many(source_path, [("r", rendition_path)], windows, rotation, metrics, duration)["r"]
    if isinstance(found, QualityError):
        raise found
    return found


def vmaf_availability() -> str:
    """A plain sentence: whether VMAF can be measured here (it never is in this version)."""
    if "libvmaf" in av.filter.filters_available:
        return "VMAF: available in PyAV's FFmpeg (libvmaf), not measured in this version"
    exe = shutil.which("ffmpeg")
    if exe:
        try:
            listing = subprocess.run([exe, "-hide_banner", "-filters"], capture_output=True, timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            listing = b""
        if b"libvmaf" in listing:
            return f"VMAF: available through {exe} (libvmaf), not measured in this version"
        return f"VMAF: not available here ({exe} has no libvmaf filter)"
    return "VMAF: not available here (PyAV's FFmpeg has no libvmaf filter and no ffmpeg program is on PATH)"


# -- stills (the report's source vs rendition pictures) ------------------------------------------------------
def stills_jpeg(path: str, times: list[float], width: int, height: int,
                rotation: int = 0) -> dict[float, bytes | QualityError]:
    """The pictures shown at each of `times` (seconds from the stream's first frame, the times of the scores) as
    JPEGs of `width` x `height`: turned upright by `rotation` (the source, as measured), then scaled bicubic.

    One pass over the file (it seeks forward only, past long gaps): a file with few keyframes is not decoded
    again for every picture. A time without a picture (or a file that cannot be read) maps to its `QualityError`."""
    wanted = sorted(set(times))
    out: dict[float, bytes | QualityError] = {}
    if not wanted:
        return out
    windows: list[tuple[float, float]] = []
    for at in wanted:  # from a second before each time (the picture shown then may have started earlier)
        w0, w1 = max(0.0, at - 1.0), at + 1e-3
        if windows and w0 <= windows[-1][1]:
            windows[-1] = (windows[-1][0], w1)
        else:
            windows.append((w0, w1))
    frames = _frames(path, windows)
    pending = list(wanted)
    shown: av.VideoFrame | None = None
    try:
        for t, frame in frames:
            while pending and t > pending[0] + 5e-4:  # the picture shown at pending[0] is the one before this
                if shown is not None:
                    out[pending[0]] = _jpeg(shown, width, height, rotation)
                pending.pop(0)
            if not pending:
                break
            shown = frame
        for at in pending:  # the last pictures of the file
            if shown is not None:
                out[at] = _jpeg(shown, width, height, rotation)
    except QualityError as exc:
        for at in wanted:
            out.setdefault(at, exc)
    except (av.error.FFmpegError, ValueError) as exc:
        for at in wanted:
            out.setdefault(at, QualityError(f"{os.path.basename(path)}: no picture ({exc})"))
    finally:
        frames.close()
    for at in wanted:
        out.setdefault(at, QualityError(f"{os.path.basename(path)} has no picture at {at:.2f} s"))
    return out


def _jpeg(frame: av.VideoFrame, width: int, height: int, rotation: int) -> bytes:
    if rotation in _ROTATE:
        g = av.filter.Graph()
        node = g.add_buffer(width=frame.width, height=frame.height, format=frame.format, time_base=_TB)
        for spec in _ROTATE[rotation]:
            name, _, arg = spec.partition("=")
            f = g.add(name, arg) if arg else g.add(name)
            node.link_to(f)
            node = f
        sink = g.add("buffersink")
        node.link_to(sink)
        g.configure()
        frame.pts, frame.time_base = 0, _TB
        g.push(frame)
        turned = g.pull()
        assert isinstance(turned, av.VideoFrame)
        frame = turned
    pic = frame.reformat(width, height, "yuvj420p", interpolation="BICUBIC")
    pic.pts = 0
    cc = av.CodecContext.create("mjpeg", "w")
    assert isinstance(cc, av.VideoCodecContext)
    cc.width, cc.height, cc.pix_fmt, cc.time_base = width, height, "yuvj420p", Fraction(1, 25)
    cc.options = {"q:v": "3"}
    cc.qmin, cc.qmax = 2, 4
    return b"".join(bytes(p) for p in cc.encode(pic) + cc.encode(None))
