"""The ladder a job's options plan for a probed source, and an estimate of each output's size.

The size of a rendition is estimated as (video bitrate + audio bitrate) × duration: x264 keeps close to its
target bitrate over a whole clip, but a still picture comes out smaller, and MPEG-TS adds a few per cent. It is
an estimate, and the window says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.jobs import EncodeOptions
from app.core.ladder import STANDARD_RUNGS, JobPlan, RungRequest, plan_job
from app.core.probe import SourceInfo


def source_from_metadata(metadata: dict) -> SourceInfo:
    """A `SourceInfo` good enough for planning, from a job's stored `metadata` (api.video's shape)."""
    width, height = int(metadata["width"]), int(metadata["height"])
    fps = float(metadata.get("framerate") or 30.0)
    duration = metadata.get("duration")
    return SourceInfo(path="", filesize=int(metadata.get("filesize") or 0), container="", width=width, height=height,
                      coded_width=width, coded_height=height, rotation=0,
                      duration=None if duration is None else float(duration), bitrate=metadata.get("bitrate"),
                      framerate=fps, frame_rate_num=int(round(fps * 1000)), frame_rate_den=1000, frames=None,
                      video_codec=str(metadata.get("videoCodec") or ""), pix_fmt="yuv420p", bit_depth=8,
                      audio_codec=metadata.get("audioCodec"), samplerate=metadata.get("samplerate"), channels=None)


def offered_rungs(metadata: dict) -> list[int]:
    """The ladder's rungs a source can have: every standard one up to its short side (never upscaled)."""
    short = min(int(metadata["width"]), int(metadata["height"]))
    return [r for r in STANDARD_RUNGS if r <= short]


def plan_for(metadata: dict, options: EncodeOptions) -> JobPlan:
    """What the worker will plan for this source with these options; `UsageError` when nothing can be made."""
    renditions = None if options.renditions is None else [RungRequest(s, k) for s, k in options.renditions]
    return plan_job(source_from_metadata(metadata), preset=options.preset, renditions=renditions,
                    formats=tuple(options.formats), encoder_preset=options.encoder_preset,
                    segment_seconds=options.segment_seconds, share_encodes=options.share_encodes,
                    codecs=tuple(options.codecs), rate_control=options.rate_control, crf=options.crf,
                    hls_segments=options.hls_segments)


@dataclass(frozen=True)
class RenditionEstimate:
    id: str  # "hls:720p"
    type: str
    quality: str
    width: int
    height: int
    video_kbps: int
    audio_kbps: int
    bytes: int


@dataclass(frozen=True)
class Estimate:
    renditions: tuple[RenditionEstimate, ...]
    duration: float

    @property
    def total_bytes(self) -> int:
        return sum(r.bytes for r in self.renditions)

    def rendition(self, rid: str) -> RenditionEstimate | None:
        return next((r for r in self.renditions if r.id == rid), None)


def estimate(plan: JobPlan, duration: float) -> Estimate:
    """Each planned output's size: (video + audio bitrate) × duration, in bytes (1 kb/s = 1000 bit/s)."""
    audio = plan.audio_kbps or 0
    duration = max(0.0, float(duration))
    return Estimate(tuple(RenditionEstimate(r.id, r.type, r.quality, r.width, r.height, r.video_kbps, audio,
                                            int(round((r.video_kbps + audio) * 1000 / 8 * duration)))
                          for r in plan.renditions), duration)
