"""Rendition ladder planning: which renditions a source gets, at what size and bitrate.

Renditions are named as api.video names them (``240p`` ... ``2160p``): the number is the short side, so a
portrait 1080x1920 source's ``720p`` is 720x1280. Nothing is ever upscaled.

Bitrates follow Apple's HLS Authoring Specification (H.264 tiers at 30 fps: 416x234 145 kb/s, 640x360
365, 768x432 730, 960x540 2000, 1280x720 3000, 1920x1080 6000), interpolated on pixel count (log-log) for
sizes between the tiers and extrapolated above 1080p, then scaled by frame rate: ``(fps / 30) ** 0.75``.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field

from app.core.errors import UsageError
from app.core.probe import SourceInfo

STANDARD_RUNGS = (240, 360, 480, 720, 1080, 1440, 2160)
_APPLE_TIERS = ((416 * 234, 145), (640 * 360, 365), (768 * 432, 730), (960 * 540, 2000), (1280 * 720, 3000),
                (1920 * 1080, 6000))
X264_PRESETS = ("ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow")
FORMATS = ("hls", "mp4")
# Video codecs of the HLS ladders: H.264 in MPEG-TS (the folders hls/720p/), HEVC and AV1 in fragmented MP4 (CMAF)
# segments (hls/hevc-720p/, hls/av1-720p/). The software encoder of each.
CODECS = ("h264", "hevc", "av1")
CODEC_ENCODERS = {"h264": "libx264", "hevc": "libx265", "av1": "libsvtav1"}
# Apple's HLS Authoring Specification, HEVC tiers at 30 fps (the lowest bitrate of each size): 640x360 145 kb/s,
# 768x432 300, 960x540 900, 1280x720 2400, 1920x1080 4500, 2560x1440 8100, 3840x2160 11600.
_APPLE_HEVC_TIERS = ((640 * 360, 145), (768 * 432, 300), (960 * 540, 900), (1280 * 720, 2400), (1920 * 1080, 4500),
                     (2560 * 1440, 8100), (3840 * 2160, 11600))
# Apple publishes no AV1 table: AV1 gets the HEVC bitrates times this factor (AV1 needs about 20 % fewer bits than
# HEVC for the same quality in published comparisons, e.g. SVT-AV1 vs x265 at their medium presets).
AV1_BITRATE_FACTOR = 0.8
RATE_CONTROLS = ("abr", "crf")
LADDERS = ("fixed", "per-title")
DEFAULT_CRF = 23
MIN_CRF, MAX_CRF = 0, 51


@dataclass(frozen=True)
class Preset:
    name: str
    description: str
    rungs: tuple[int, ...]
    bitrate_factor: float
    encoder_preset: str
    audio_kbps: int
    rate_control: str = "abr"  # "abr": the rung's bitrate; "crf": capped CRF (x264 crf, the rung's VBV as the cap)
    ladder: str = "fixed"  # "fixed": the rungs above; "per-title": chosen per source (app.core.pertitle)


PRESETS = {
    p.name: p
    for p in (
        Preset("default", "ABR ladder 240p-2160p at Apple's published bitrates, x264 veryfast", STANDARD_RUNGS, 1.0,
               "veryfast", 128),
        Preset("draft", "fast review draft: 360p and 720p at 60% bitrate, x264 ultrafast", (360, 720), 0.6,
               "ultrafast", 96),
        Preset("high", "every rung at 140% bitrate, x264 slow, 192 kb/s audio", STANDARD_RUNGS, 1.4, "slow", 192),
        Preset("per-title", "rungs and bitrates chosen for each source from measured quality (capped CRF), "
               "x264 veryfast", STANDARD_RUNGS, 1.0, "veryfast", 128, rate_control="crf", ladder="per-title"),
    )
}
DEFAULT_PRESET = "default"
DEFAULT_SEGMENT_SECONDS = 6.0
DEFAULT_GOP_SECONDS = 2.0
# H.264 level 4.2, the highest Apple's HLS Authoring Specification allows for H.264 (1080p at 60 fps): the limits
# on the picture's macroblocks and on macroblocks per second (ITU-T H.264 Table A-1).
H264_MAX_FRAME_MBS = 8704
H264_MAX_MBS_PER_SECOND = 522240
# ... and on the bitrate and the decoder buffer (MaxBR, MaxCPB: 50,000 kb/s; x264 signals a higher level above).
H264_MAX_KBPS = 50000


@dataclass(frozen=True)
class RungRequest:
    """One rung asked for on the command line: ``720p`` or ``720p:2500k``."""

    short_side: int
    kbps: int | None = None


@dataclass
class RenditionPlan:
    id: str  # "hls:720p", "mp4:1080p"
    type: str  # "hls" | "mp4"
    quality: str  # "720p"
    width: int
    height: int
    video_kbps: int
    maxrate_kbps: int
    bufsize_kbps: int
    encode_group: str = ""  # renditions with the same group share one video encode
    codec: str = "h264"  # h264, hevc or av1 (CODECS); HEVC/AV1 HLS renditions are named hevc-720p, av1-720p
    crf: float | None = None  # capped CRF: x264's crf (the maxrate/bufsize above cap it); None: ABR at video_kbps
    predicted: dict | None = None  # per-title: what the analysis predicted (app.core.pertitle.Rung.predicted)
    segments: str = ""  # HLS: "fmp4" for H.264 in fragmented MP4 (`uses_fmp4`); "": the codec's (TS for H.264)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class JobPlan:
    renditions: list[RenditionPlan]
    encoder_preset: str
    audio_kbps: int | None  # None: the source has no audio
    segment_seconds: float
    gop_seconds: float
    frame_rate: float
    warnings: list[str] = field(default_factory=list)
    rate_control: str = "abr"
    ladder: str = "fixed"
    analysis: dict | None = None  # per-title: the analysis's points, hull and choice (app.core.pertitle)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["renditions"] = [r.to_dict() for r in self.renditions]
        return d

    @classmethod
    def from_dict(cls, data: dict) -> "JobPlan":
        data = dict(data)
        data["renditions"] = [RenditionPlan(**r) for r in data["renditions"]]
        return cls(**data)


HLS_SEGMENTS = ("ts", "fmp4")  # the H.264 ladder's HLS segments: MPEG-TS, or fragmented MP4 (CMAF) as HEVC/AV1's


def uses_fmp4(r: RenditionPlan) -> bool:
    """Whether an HLS rendition is written in fragmented MP4 (CMAF) segments behind an init segment: HEVC and AV1
    always; H.264 when asked (``--hls-segments fmp4``: MPEG-TS pads each picture's last 188-byte packet, 24-35 kb/s
    a rung at 25 pictures/s, a large share of a 40-80 kb/s per-title rung)."""
    return r.type == "hls" and (r.codec != "h264" or r.segments == "fmp4")


def check_hls_segments(value: str) -> str:
    """`value` if it is one of `HLS_SEGMENTS`, else `UsageError` naming the choices."""
    if value not in HLS_SEGMENTS:
        raise UsageError(f"unknown HLS segments {value!r} (choose from {', '.join(HLS_SEGMENTS)})")
    return value


def parse_renditions(text: str) -> list[RungRequest]:
    """Parse ``240p,720p:2500k,1080p:5M`` (bitrates in k or M; a bare number means kb/s)."""
    out: list[RungRequest] = []
    for item in filter(None, (p.strip() for p in text.split(","))):
        m = re.fullmatch(r"(?i)(\d{2,4})p?(?::(\d+(?:\.\d+)?)([km]?)(?:b(?:ps|/s)?)?)?"
                         r"|4k(?::(\d+(?:\.\d+)?)([km]?))?", item)
        if not m:
            raise UsageError(f"rendition {item!r} is not of the form 720p or 720p:2500k")
        if item.lower().startswith("4k"):
            short, num, unit = 2160, m.group(4), m.group(5)
        else:
            short, num, unit = int(m.group(1)), m.group(2), m.group(3)
        if short < 16 or short > 4320:
            raise UsageError(f"rendition {item!r}: the short side must be between 16 and 4320 lines")
        kbps = None
        if num is not None:
            kbps = int(round(float(num) * (1000 if unit.lower() == "m" else 1)))
            if kbps < 16 or kbps > 400_000:
                raise UsageError(f"rendition {item!r}: bitrate must be between 16k and 400M")
        out.append(RungRequest(short, kbps))
    if not out:
        raise UsageError("no renditions given")
    return out


def parse_codecs(text: str) -> tuple[str, ...]:
    """``h264,hevc,av1`` as a tuple of codecs, in the order given (the first is the MP4's)."""
    items = tuple(dict.fromkeys(p.strip().lower() for p in text.split(",") if p.strip()))
    items = tuple({"h265": "hevc", "x265": "hevc", "x264": "h264", "avc": "h264"}.get(c, c) for c in items)
    bad = [c for c in items if c not in CODECS]
    if bad or not items:
        raise UsageError(f"codecs must be a list of {', '.join(CODECS)} (got {text!r})")
    return items


def parse_formats(text: str) -> tuple[str, ...]:
    items = tuple(dict.fromkeys(p.strip().lower() for p in text.split(",") if p.strip()))
    bad = [f for f in items if f not in FORMATS]
    if bad or not items:
        raise UsageError(f"formats must be a list of {', '.join(FORMATS)} (got {text!r})")
    return items


def reference_kbps(width: int, height: int, fps: float) -> int:
    """Apple-tier bitrate for a picture size at a frame rate, before any preset factor."""
    pixels = max(1, width * height)
    tiers = _APPLE_TIERS
    if pixels <= tiers[0][0]:
        lo, hi = tiers[0], tiers[1]
    elif pixels >= tiers[-1][0]:
        lo, hi = tiers[-3], tiers[-1]  # extrapolate on the 720p-1080p slope
    else:
        lo, hi = next((a, b) for a, b in zip(tiers, tiers[1:]) if a[0] <= pixels <= b[0])
    slope = math.log(hi[1] / lo[1]) / math.log(hi[0] / lo[0])
    kbps = lo[1] * (pixels / lo[0]) ** slope
    return int(kbps * frame_rate_factor(fps))


def reference_kbps_for(codec: str, width: int, height: int, fps: float) -> int:
    """`reference_kbps` for a codec: H.264 from Apple's H.264 tiers; HEVC from Apple's HEVC tiers (below the
    smallest, in proportion to the pixels); AV1 the HEVC figure times `AV1_BITRATE_FACTOR`."""
    if codec == "h264":
        return reference_kbps(width, height, fps)
    pixels = max(1, width * height)
    tiers = _APPLE_HEVC_TIERS
    if pixels <= tiers[0][0]:
        kbps = tiers[0][1] * pixels / tiers[0][0]
    else:
        lo, hi = (tiers[-2], tiers[-1]) if pixels >= tiers[-1][0] else next(
            (a, b) for a, b in zip(tiers, tiers[1:]) if a[0] <= pixels <= b[0])
        slope = math.log(hi[1] / lo[1]) / math.log(hi[0] / lo[0])
        kbps = lo[1] * (pixels / lo[0]) ** slope
    if codec == "av1":
        kbps *= AV1_BITRATE_FACTOR
    return int(kbps * frame_rate_factor(fps))


def frame_rate_factor(fps: float) -> float:
    return min(2.0, max(0.6, (max(fps, 1.0) / 30.0) ** 0.75))


def within_h264_level_4_2(width: int, height: int, fps: float) -> bool:
    """Whether an H.264 stream of this size and frame rate fits level 4.2 (what HLS allows for H.264)."""
    mbs = math.ceil(width / 16) * math.ceil(height / 16)
    return mbs <= H264_MAX_FRAME_MBS and mbs * max(fps, 1.0) <= H264_MAX_MBS_PER_SECOND


def _even(value: float) -> int:
    return max(2, int(round(value / 2.0)) * 2)


def rung_size(source: SourceInfo, short_side: int) -> tuple[int, int]:
    """Display size of a rung whose short side is `short_side`, keeping the source's aspect ratio."""
    w, h = source.width, source.height
    if short_side >= min(w, h):
        return (w - w % 2, h - h % 2)
    if w >= h:
        return (_even(short_side * w / h), short_side - short_side % 2)
    return (short_side - short_side % 2, _even(short_side * h / w))


def quality_name(short_side: int) -> str:
    return f"{short_side}p"


def source_quality(source: SourceInfo) -> str:
    """The MP4's quality label: the standard rung nearest the source's short side (api.video style)."""
    short = source.short_side
    if short < STANDARD_RUNGS[0]:
        return quality_name(short - short % 2)
    return quality_name(min(STANDARD_RUNGS, key=lambda r: (abs(r - short), -r)))


def plan_job(
    source: SourceInfo,
    *,
    preset: str = DEFAULT_PRESET,
    renditions: list[RungRequest] | None = None,
    formats: tuple[str, ...] = FORMATS,
    encoder_preset: str | None = None,
    segment_seconds: float = DEFAULT_SEGMENT_SECONDS,
    share_encodes: bool = True,
    codecs: tuple[str, ...] = ("h264",),
    rate_control: str | None = None,
    crf: float | None = None,
    hls_segments: str = "ts",
) -> JobPlan:
    if preset not in PRESETS:
        raise UsageError(f"unknown preset {preset!r} (choose from {', '.join(PRESETS)})")
    check_hls_segments(hls_segments)
    p = PRESETS[preset]
    enc = encoder_preset or p.encoder_preset
    if enc not in X264_PRESETS:
        raise UsageError(f"unknown encoder preset {enc!r} (choose from {', '.join(X264_PRESETS)})")
    if not segment_seconds or segment_seconds < 1 or segment_seconds > 60:
        raise UsageError("the HLS segment length must be between 1 and 60 seconds")
    rc = rate_control or p.rate_control
    if rc not in RATE_CONTROLS:
        raise UsageError(f"unknown rate control {rc!r} (choose from {', '.join(RATE_CONTROLS)})")
    if crf is not None and not MIN_CRF <= crf <= MAX_CRF:
        raise UsageError(f"the CRF must be between {MIN_CRF} and {MAX_CRF}")
    rung_crf = (DEFAULT_CRF if crf is None else float(crf)) if rc == "crf" else None
    formats = tuple(formats) or FORMATS
    codecs = tuple(codecs) or ("h264",)
    bad = [c for c in codecs if c not in CODECS]
    if bad:
        raise UsageError(f"unknown codec {bad[0]!r} (choose from {', '.join(CODECS)})")
    warnings: list[str] = []
    fps = source.framerate
    short = source.short_side

    requests = renditions if renditions is not None else [RungRequest(r) for r in p.rungs]
    kept: dict[int, RungRequest] = {}
    for req in requests:
        if req.short_side > short:
            if renditions is None:
                continue  # the preset's rungs above the source are simply not made
            warnings.append(f"{quality_name(req.short_side)} skipped: the source has only {short} lines (no upscaling)")
            continue
        kept[req.short_side] = req
    if not kept:
        if renditions is not None:
            raise UsageError(f"every rendition asked for is above the source's {short} lines; nothing to encode")
        # A source under the smallest rung gets one rendition at its own size.
        kept[short] = RungRequest(short)

    def rate(width: int, height: int, override: int | None, codec: str = "h264") -> tuple[int, int, int]:
        kbps = override or max(50, int(round(reference_kbps_for(codec, width, height, fps) * p.bitrate_factor
                                              / 5.0)) * 5)
        return kbps, int(kbps * 1.2), int(kbps * 2)

    plans: list[RenditionPlan] = []
    if "hls" in formats and "h264" in codecs:
        beyond = []  # rungs H.264 cannot carry in HLS: refused, not capped (they will be HEVC's)
        for side in sorted(kept):
            w, h = rung_size(source, side)
            name = quality_name(side - side % 2)
            if not within_h264_level_4_2(w, h, fps):
                beyond.append(f"{name} ({w}x{h})")
                continue
            kbps, maxrate, bufsize = rate(w, h, kept[side].kbps)
            if maxrate > H264_MAX_KBPS:
                warnings.append(f"HLS {name}: {kbps} kb/s lowered to {int(H264_MAX_KBPS / 1.2)} kb/s: H.264 level 4.2 "
                                f"allows at most {H264_MAX_KBPS} kb/s peaks")
                kbps, maxrate = int(H264_MAX_KBPS / 1.2), H264_MAX_KBPS
            bufsize = min(bufsize, H264_MAX_KBPS)
            plans.append(RenditionPlan(f"hls:{name}", "hls", name, w, h, kbps, maxrate, bufsize, crf=rung_crf,
                                       segments="fmp4" if hls_segments == "fmp4" else ""))
        if beyond and len(codecs) > 1:
            warnings.append(f"HLS {', '.join(beyond)}: made in {', '.join(c.upper() for c in codecs if c != 'h264')} "
                            f"only: at {fps:g} fps that is beyond H.264 level 4.2, the most HLS allows for H.264")
        elif beyond:
            warnings.append(f"HLS {', '.join(beyond)} skipped: at {fps:g} fps that is beyond H.264 level 4.2, the most "
                            "HLS allows for H.264 (1080p at 60 fps); larger renditions need HEVC")
            if not any(r.type == "hls" for r in plans):
                raise UsageError("every HLS rendition asked for is beyond H.264 level 4.2 (at most 1080p at 60 fps); "
                                 "ask for smaller ones")
    if "hls" in formats:
        for codec in codecs:  # HEVC and AV1: every rung (their levels carry 2160p60), in fMP4 segments
            if codec == "h264":
                continue
            for side in sorted(kept):
                w, h = rung_size(source, side)
                name = f"{codec}-{quality_name(side - side % 2)}"
                kbps, maxrate, bufsize = rate(w, h, kept[side].kbps, codec)
                plans.append(RenditionPlan(f"hls:{name}", "hls", name, w, h, kbps, maxrate, bufsize, codec=codec))
    if "mp4" in formats:  # one MP4, in the first codec asked for
        w, h = rung_size(source, short)
        kbps, maxrate, bufsize = rate(w, h, None, codecs[0])
        name = source_quality(source)
        plans.append(RenditionPlan(f"mp4:{name}", "mp4", name, w, h, kbps, maxrate, bufsize, codec=codecs[0],
                                   crf=rung_crf if codecs[0] == "h264" else None))

    # Renditions with identical video settings share one encode (the MP4 and the top HLS rung when the
    # source is exactly a rung's size): the packets are muxed into both outputs.
    groups: dict[tuple, str] = {}
    for r in plans:
        key = (r.codec, r.width, r.height, r.video_kbps, r.maxrate_kbps, r.bufsize_kbps, r.crf) if share_encodes \
            else (r.id,)
        r.encode_group = groups.setdefault(key, f"v{len(groups)}")

    # Keyframes every ~2 s, dividing the segment length so that every segment starts on one.
    gop = segment_seconds / math.ceil(segment_seconds / DEFAULT_GOP_SECONDS)
    return JobPlan(
        renditions=plans,
        encoder_preset=enc,
        audio_kbps=p.audio_kbps if source.has_audio else None,
        segment_seconds=float(segment_seconds),
        gop_seconds=gop,
        frame_rate=fps,
        warnings=warnings,
        rate_control=rc,
        ladder=p.ladder,
    )
