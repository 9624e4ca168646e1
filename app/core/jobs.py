"""The job model: one source, its options, and one state per rendition. Plain data, no I/O."""

from __future__ import annotations

import os
import re
import secrets
import string
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from enum import Enum


class _StrEnum(str, Enum):
    """A status: equal to its string, and written as it (store, JSON, f-strings) on every Python version."""

    __str__ = str.__str__
    __format__ = str.__format__  # type: ignore[assignment]

    @classmethod
    def of(cls, value):
        """The member for a stored value; a value no member has (another version's) stays the string it is."""
        try:
            return cls(value)
        except ValueError:
            return value


class JobStatus(_StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    PARTIAL = "partial"
    FAILED = "failed"
    CANCELLED = "cancelled"
    REJECTED = "rejected"
    INTERRUPTED = "interrupted"  # the process running it died; the job can be run again


class RenditionStatus(_StrEnum):
    """As api.video names them."""

    WAITING = "waiting"
    ENCODING = "encoding"
    ENCODED = "encoded"
    FAILED = "failed"


# The names the code used before the enums (the same members).
QUEUED, RUNNING, COMPLETED, PARTIAL, FAILED, CANCELLED, REJECTED, INTERRUPTED = JobStatus
FINAL_STATUSES = (COMPLETED, PARTIAL, FAILED, CANCELLED, REJECTED, INTERRUPTED)
WAITING, ENCODING, ENCODED, R_FAILED = RenditionStatus

_ALPHABET = string.ascii_letters + string.digits


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def new_job_id() -> str:
    """An api.video-style video id: ``vi`` and 22 letters or digits."""
    return "vi" + "".join(secrets.choice(_ALPHABET) for _ in range(22))


def safe_name(path: str) -> str:
    stem = os.path.splitext(os.path.basename(path))[0]
    stem = re.sub(r"[^\w.\- ]+", "_", stem).strip(" .") or "video"
    return stem[:100]


def unique_name(name: str, taken: set[str] | frozenset = frozenset()) -> str:
    """`name`, or ``name-2``, ``name-3``... the first not in `taken` (a job's name is its output folder)."""
    base, n = name, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


@dataclass
class EncodeOptions:
    """What the user asked for; the worker turns it into a plan once the source is probed."""

    preset: str = "default"
    renditions: list[tuple[int, int | None]] | None = None  # (short side, kbps or None); None: the preset's
    formats: tuple[str, ...] = ("hls", "mp4")
    encoder_preset: str | None = None  # None: the preset's x264 preset
    segment_seconds: float = 6.0
    thumbnails: list[dict] | None = None  # VideoSDK thumbnail objects; None: the default one
    hwaccel: str = "auto"
    encoder: str = "auto"  # video encoder: auto, software, or a hardware family (app.core.hwenc.CHOICES)
    share_encodes: bool = True  # one encode for renditions with identical video settings (MP4 + top HLS rung)
    codec_overrides: dict[str, str] | None = None  # encode group or rendition id -> video encoder name
    only: list[str] | None = None  # re-encode just these rendition ids, keeping the job's other outputs
    rate_control: str | None = None  # "abr" | "crf" (capped CRF); None: the preset's
    crf: float | None = None  # x264 CRF for rate_control "crf"; None: the default (23)
    ladder: str | None = None  # "fixed" | "per-title"; None: the preset's
    codecs: tuple[str, ...] = ("h264",)  # HLS ladders per codec (app.core.ladder.CODECS); the first is the MP4's
    hls_segments: str = "ts"  # the H.264 ladder's HLS segments: "ts" or "fmp4" (app.core.ladder.uses_fmp4)
    subtitles: str = "auto"  # auto (every text track and sidecar), none, or languages "de,en" (app.core.subtitles)
    subtitle_files: list[str] | None = None  # extra subtitle files, "FILE[:LANG]" (absolute paths)
    # Audio (app.core.audio): tracks (auto: every one, none, first, or languages / track numbers "de,1"), bit rate
    # (kb/s per stereo rendition; None: the preset's), channels (stereo, mono, keep) and loudness target (LUFS).
    audio: str = "auto"
    audio_bitrate: int | None = None
    audio_channels: str = "stereo"
    loudness: float | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["formats"] = list(self.formats)
        d["codecs"] = list(self.codecs)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "EncodeOptions":
        d = dict(d)
        d["formats"] = tuple(d.get("formats") or ("hls", "mp4"))
        d["codecs"] = tuple(d.get("codecs") or ("h264",))
        if d.get("renditions") is not None:
            d["renditions"] = [tuple(r) for r in d["renditions"]]
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass
class RenditionState:
    id: str  # "hls:720p"
    type: str  # "hls" | "mp4"
    quality: str
    width: int = 0
    height: int = 0
    bitrate: int = 0  # target video kb/s
    status: RenditionStatus = WAITING
    progress: float = 0.0
    frames: int = 0
    fps: float = 0.0
    speed: float = 0.0  # x realtime
    eta: float | None = None  # seconds
    size: int | None = None  # bytes, once encoded
    path: str | None = None
    error: str | None = None
    # Measured against the source (app.core.measure): ``{"frames", "seconds", "bitrate", "scores", "mode",
    # "measuredAt"}`` or ``{"error": reason, "mode", "measuredAt"}``; None until measured (and again once re-encoded).
    measured: dict | None = None
    # Per-title ladders: the analysis's prediction for this rung (``{"kbps", "crf", "<metric>"}``); None otherwise.
    predicted: dict | None = None
    encoder: str | None = None  # the video encoder that made (or makes) it: libx264, h264_nvenc...
    encoder_note: str | None = None  # why it is not the encoder asked for (a hardware fallback), if so
    # While an HLS rendition encodes: its growing playlist, playable so far (``{"path", "segments", "seconds"}``,
    # from ``rendition.segment``); None otherwise. A run's only: not stored, not in `to_dict`, not compared.
    preview: dict | None = field(default=None, compare=False)

    def __post_init__(self):
        self.status = RenditionStatus.of(self.status)

    def to_dict(self) -> dict:
        d = asdict(self)
        del d["preview"]
        return d


@dataclass
class Job:
    id: str
    source: str
    name: str
    out_dir: str  # the job's own folder: DIR/<name>
    options: EncodeOptions = field(default_factory=EncodeOptions)
    status: JobStatus = QUEUED
    created_at: str = field(default_factory=now_iso)
    started_at: str | None = None
    finished_at: str | None = None
    error: str | None = None
    decoder: str | None = None
    metadata: dict | None = None
    renditions: list[RenditionState] = field(default_factory=list)
    thumbnails: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    origin: str = "window"  # "cli": made on the command line (the window lists those in its history)
    # While a per-title analysis runs (before the plan): its fraction done; None otherwise. Not stored: a run's.
    analysis: float | None = None

    def __post_init__(self):
        self.status = JobStatus.of(self.status)

    @classmethod
    def create(cls, source: str, out_root: str, options: EncodeOptions | None = None, name: str | None = None,
               taken: set[str] | frozenset = frozenset()) -> "Job":
        """A new job; its name (and folder) avoids the names in `taken` with a ``-2``, ``-3``... suffix."""
        name = unique_name(name or safe_name(source), taken)
        return cls(id=new_job_id(), source=os.path.abspath(source), name=name,
                   out_dir=os.path.join(os.path.abspath(out_root), name), options=options or EncodeOptions())

    def rendition(self, rid: str) -> RenditionState | None:
        return next((r for r in self.renditions if r.id == rid), None)

    def failed_renditions(self) -> list[str]:
        return [r.id for r in self.renditions if r.status == R_FAILED]

    def prepare_retry(self, only: list[str] | None = None) -> None:
        """Queue the job again: all of it, or just the renditions in `only` (the others keep their outputs)."""
        if only is not None:
            unknown = [rid for rid in only if self.rendition(rid) is None]
            if unknown or not only:
                raise ValueError(f"no rendition {', '.join(unknown) or '(none given)'} in job {self.id}")
            if not any(r.status == ENCODED for r in self.renditions if r.id not in only):
                only = None  # nothing to keep: an ordinary run
        self.status, self.error, self.options.only = QUEUED, None, list(only) if only else None

    @property
    def playable(self) -> bool:
        return any(r.status == ENCODED for r in self.renditions)
