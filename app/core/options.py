"""Encode options from text, as a user types them (command line or settings dialog); one set of checks."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.errors import UsageError
from app.core.jobs import EncodeOptions
from app.core.ladder import (LADDERS, MAX_CRF, MIN_CRF, PRESETS, RATE_CONTROLS, STANDARD_RUNGS, X264_PRESETS,
                             check_hls_segments, parse_codecs, parse_formats, parse_renditions, quality_name)
from app.core.thumbnails import parse_thumbnail_spec

DEFAULT_THUMBNAIL_SPEC = "00:00:03/360/jpg/none"

HWACCEL_CHOICES = ("auto", "off", "cuda", "vaapi", "qsv", "videotoolbox", "d3d11va", "drm", "amf")
MIN_SEGMENT_SECONDS, MAX_SEGMENT_SECONDS = 1.0, 60.0


def check_segment_seconds(value: float) -> float:
    if not MIN_SEGMENT_SECONDS <= float(value) <= MAX_SEGMENT_SECONDS:
        raise UsageError(f"the HLS segment length must be between {MIN_SEGMENT_SECONDS:g} and "
                         f"{MAX_SEGMENT_SECONDS:g} seconds")
    return float(value)


def check_rungs(text: str) -> list[tuple[int, int | None]]:
    """``360p,720p:2500k`` as (short side, kbps or None) pairs; every rung one of the ladder's (240p ... 2160p)."""
    rungs = [(r.short_side, r.kbps) for r in parse_renditions(text)]
    unknown = [quality_name(side) for side, _ in rungs if side not in STANDARD_RUNGS]
    if unknown:
        raise UsageError(f"rendition {unknown[0]!r} is not a rung of the ladder (choose from "
                         f"{', '.join(quality_name(r) for r in STANDARD_RUNGS)})")
    return rungs


def rungs_text(rungs: list[tuple[int, int | None]]) -> str:
    """The text form of (short side, kbps or None) pairs: ``360p,720p:2500k`` (what `check_rungs` reads)."""
    return ",".join(quality_name(side) + (f":{kbps}k" if kbps else "") for side, kbps in rungs)


def build_options(*, preset: str = "default", renditions: str | None = None, formats: str = "hls,mp4",
                  encoder_preset: str | None = None, segment_seconds: float = 6.0, thumbnails: str | None = None,
                  hwaccel: str = "auto", share_encodes: bool = True, encoder: str = "auto",
                  rate_control: str | None = None, crf: float | None = None,
                  ladder: str | None = None, codecs: str = "h264", hls_segments: str = "ts") -> EncodeOptions:
    """Check every value and return the options; `UsageError` names the first value that is wrong.

    `renditions` empty or None: the preset's ladder. `thumbnails` None: the default thumbnail; ``none``: none."""
    if preset not in PRESETS:
        raise UsageError(f"unknown preset {preset!r} (choose from {', '.join(PRESETS)})")
    if encoder_preset and encoder_preset not in X264_PRESETS:
        raise UsageError(f"unknown encoder preset {encoder_preset!r} (choose from {', '.join(X264_PRESETS)})")
    if hwaccel not in HWACCEL_CHOICES:
        raise UsageError(f"unknown hardware decoding choice {hwaccel!r} (choose from {', '.join(HWACCEL_CHOICES)})")
    if crf is not None and not rate_control:
        rate_control = "crf"  # a CRF given alone asks for constant quality
    if rate_control and rate_control not in RATE_CONTROLS:
        raise UsageError(f"unknown rate control {rate_control!r} (choose from {', '.join(RATE_CONTROLS)})")
    if crf is not None and (isinstance(crf, bool) or not isinstance(crf, (int, float))
                            or not MIN_CRF <= crf <= MAX_CRF):
        raise UsageError(f"the CRF must be a number between {MIN_CRF} and {MAX_CRF}")
    if ladder and ladder not in LADDERS:
        raise UsageError(f"unknown ladder {ladder!r} (choose from {', '.join(LADDERS)})")
    if ladder == "per-title" and renditions and renditions.strip():
        raise UsageError("a per-title ladder chooses its own renditions: leave --renditions out")
    chosen_codecs = parse_codecs(codecs)
    if chosen_codecs != ("h264",) and (ladder or PRESETS[preset].ladder) == "per-title" and not (
            renditions and renditions.strip()):
        raise UsageError("the per-title ladder is made in H.264 only: for HEVC or AV1 ladders (--codecs) use the "
                         "fixed ladder (--ladder fixed)")
    check_hls_segments(hls_segments)
    from app.core.hwenc import check_choice

    check_choice(encoder)
    rungs = None
    if renditions and renditions.strip():
        rungs = check_rungs(renditions)
    thumbs = None
    if thumbnails is not None:
        thumbs = [t.to_videosdk() for t in parse_thumbnail_spec(thumbnails)]
    return EncodeOptions(preset=preset, renditions=rungs, formats=parse_formats(formats),
                         encoder_preset=encoder_preset or None, segment_seconds=check_segment_seconds(segment_seconds),
                         thumbnails=thumbs, hwaccel=hwaccel, share_encodes=share_encodes, encoder=encoder,
                         rate_control=rate_control or None, crf=None if crf is None else float(crf),
                         ladder=ladder or None, codecs=chosen_codecs, hls_segments=hls_segments)


@dataclass(frozen=True)
class ThumbnailForm:
    """Thumbnails as a small form asks for them: times, and one list of sizes, formats and filters for all."""

    times: tuple[str, ...]
    sizes: tuple[str, ...] = ("360",)
    formats: tuple[str, ...] = ("jpg",)
    filters: tuple[str, ...] = ("none",)


def thumbnail_form(spec: str) -> ThumbnailForm | None:
    """The form showing a spec (no times: no thumbnails), or None where its times differ in sizes, formats or
    filters (it is edited as text); `UsageError` for a spec that is wrong."""
    requests = parse_thumbnail_spec(spec)
    if not requests:
        return ThumbnailForm(())
    first = requests[0]
    if any((r.resolutions, r.formats, r.filters) != (first.resolutions, first.formats, first.filters)
           for r in requests):
        return None
    return ThumbnailForm(tuple(r.timestamp for r in requests), first.resolutions, first.formats, first.filters)


def form_spec(form: ThumbnailForm) -> str:
    """The spec a form stands for (``none`` without times): ``TIME/RES,../FORMAT,../FILTER,..`` joined by ``;``."""
    if not form.times:
        return "none"
    tail = "/".join(",".join(values) for values in (form.sizes, form.formats, form.filters))
    return ";".join(f"{time}/{tail}" for time in form.times)


def thumbnails_spec(objects: list[dict] | None) -> str:
    """The spec for options' thumbnail objects (None: the default thumbnail; none: ``none``)."""
    if objects is None:
        return DEFAULT_THUMBNAIL_SPEC
    if not objects:
        return "none"
    return ";".join("/".join([str(o["timestamp"]), ",".join(o.get("resolutions") or ["360"]),
                              ",".join(o.get("formats") or ["jpg"]), ",".join(o.get("filters") or ["none"])])
                    for o in objects)
