"""Thumbnail requests, following VideoSDK's encoder-job ``thumbnails`` objects.

A request is ``{"timestamp": "00:00:03", "resolutions": ["360"], "formats": ["jpg", "webp"],
"filters": ["none", "blur"]}``; every combination of resolution, format and filter is one image.
On the command line a request is written either as that JSON (an object, a list, or ``@file.json``) or
compactly as ``TIME[/RES,...][/FORMAT,...][/FILTER,...]`` with several separated by ``;``, for example
``00:00:03/360,720/jpg,webp/none,blur``. ``TIME`` may also be seconds (``3.5``) or a share (``50%``).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass

from app.core.errors import UsageError

FORMATS = ("jpg", "webp")
FILTERS = ("none", "blur")


@dataclass(frozen=True)
class ThumbnailRequest:
    timestamp: str  # as given: "00:00:03", "3.5" or "50%"
    resolutions: tuple[str, ...] = ("360",)
    formats: tuple[str, ...] = ("jpg",)
    filters: tuple[str, ...] = ("none",)

    def seconds(self, duration: float | None) -> float:
        return parse_timestamp(self.timestamp, duration)

    def to_videosdk(self) -> dict:
        d = asdict(self)
        return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items()}


@dataclass(frozen=True)
class ThumbnailImage:
    """One image to write: a time, a short side, a format and a filter."""

    seconds: float
    short_side: int | None  # None: the source's own size
    format: str
    filter: str
    filename: str


DEFAULT_REQUESTS: tuple[ThumbnailRequest, ...] = (ThumbnailRequest("00:00:03"),)
MAX_SECONDS = 100 * 3600  # a thumbnail time beyond 100 hours is a mistake, not a video
MAX_SPEC_FILE = 1_000_000  # bytes of an @file spec


def quoted(text, limit: int = 40) -> str:
    """A value as it appears in a message: quoted, on one line, at most `limit` characters of it."""
    text = str(text)
    return repr(text if len(text) <= limit else text[:limit] + "…")


def parse_timestamp(text: str, duration: float | None) -> float:
    text = text.strip()
    if text.endswith("%"):
        if duration is None:
            raise UsageError(f"thumbnail time {quoted(text)}: the source's duration is unknown")
        try:
            share = float(text[:-1])
        except ValueError:
            share = math.nan
        if not 0 <= share <= 100:
            raise UsageError(f"thumbnail time {quoted(text)} must be between 0% and 100%")
        return duration * share / 100
    m = re.fullmatch(r"(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)", text)
    if m:
        value = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    else:
        try:
            value = float(text)
        except ValueError:
            raise UsageError(f"thumbnail time {quoted(text)} is not HH:MM:SS, seconds or a percentage") from None
    if not 0 <= value <= MAX_SECONDS:  # NaN fails this too
        raise UsageError(f"thumbnail time {quoted(text)} must be between 0 and {MAX_SECONDS // 3600} hours")
    return value


def _resolution(text: str) -> str:
    t = str(text).strip().lower().removesuffix("p")
    if t == "4k":
        return "2160"
    if t == "source" or (t.isdigit() and 16 <= int(t) <= 4320):
        return t
    raise UsageError(f"thumbnail resolution {quoted(text)} is not a number of lines (360), 4k or source")


def _choice(values, allowed: tuple[str, ...], what: str) -> tuple[str, ...]:
    out = tuple(dict.fromkeys(str(v).strip().lower() for v in values if str(v).strip()))
    out = tuple("jpg" if v == "jpeg" else v for v in out)
    bad = [v for v in out if v not in allowed]
    if bad or not out:
        got = quoted(", ".join(bad)) if bad else "nothing"
        raise UsageError(f"thumbnail {what} must be among {', '.join(allowed)} (got {got})")
    return out


def _from_object(obj: dict) -> ThumbnailRequest:
    if not isinstance(obj, dict) or "timestamp" not in obj:
        raise UsageError("a thumbnail object needs a \"timestamp\"")
    req = ThumbnailRequest(
        timestamp=str(obj["timestamp"]),
        resolutions=tuple(_resolution(r) for r in obj.get("resolutions", ["360"])) or ("360",),
        formats=_choice(obj.get("formats", ["jpg"]), FORMATS, "formats"),
        filters=_choice(obj.get("filters", ["none"]), FILTERS, "filters"),
    )
    req.seconds(None if not req.timestamp.endswith("%") else 100.0)  # validate the time now
    return req


def parse_thumbnail_spec(spec: str) -> tuple[ThumbnailRequest, ...]:
    """Parse a command-line SPEC; ``none`` (or an empty string) asks for no thumbnails."""
    spec = spec.strip()
    if spec.lower() in ("", "none", "off"):
        return ()
    if spec.startswith("@"):
        name = spec[1:]
        try:
            with open(name, "rb") as fh:
                data = fh.read(MAX_SPEC_FILE + 1)
        except OSError as exc:
            raise UsageError(f"thumbnail spec file {name!r}: {exc.strerror}") from None
        if len(data) > MAX_SPEC_FILE:
            raise UsageError(f"thumbnail spec file {name!r} is larger than {MAX_SPEC_FILE // 1000} kB")
        try:
            spec = data.decode("utf-8").strip()
        except UnicodeDecodeError:
            raise UsageError(f"thumbnail spec file {name!r} is not UTF-8 text") from None
    if spec[:1] in "[{":
        try:
            data = json.loads(spec)
        except json.JSONDecodeError as exc:
            raise UsageError(f"thumbnail spec is not valid JSON: {exc.msg} at character {exc.pos}") from None
        items = data if isinstance(data, list) else [data]
        return tuple(_from_object(o) for o in items)
    out = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        fields = part.split("/")
        if len(fields) > 4:
            raise UsageError(f"thumbnail spec {quoted(part)} has more than TIME/RES/FORMAT/FILTER")
        obj: dict = {"timestamp": fields[0]}
        for key, value in zip(("resolutions", "formats", "filters"), fields[1:]):
            obj[key] = [v for v in value.split(",") if v.strip()]
        out.append(_from_object(obj))
    return tuple(out)


def expand(requests, duration: float | None, source_short_side: int) -> list[ThumbnailImage]:
    """Every image the requests ask for, times clamped into the clip, sizes capped at the source."""
    images: dict[str, ThumbnailImage] = {}
    for req in requests:
        t = req.seconds(duration)
        if duration is not None:
            t = max(0.0, min(t, duration - 0.05))
        stamp = f"{int(t // 3600):02d}-{int(t % 3600 // 60):02d}-{int(t % 60):02d}"
        if abs(t - round(t)) > 1e-3:
            stamp += f".{int(round(t % 1 * 1000)):03d}"
        for res in req.resolutions:
            short = None if res == "source" else min(int(res), source_short_side)
            label = "source" if short is None else f"{short}p"
            for fmt in req.formats:
                for flt in req.filters:
                    name = f"{stamp}_{label}_{flt}.{fmt}"
                    images[name] = ThumbnailImage(t, short, fmt, flt, name)
    return sorted(images.values(), key=lambda i: (i.seconds, i.filename))
