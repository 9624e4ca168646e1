"""One job state, read everywhere: the engine's events applied to a `Job`, in one place.

`apply_event(job, event)` is the only code that turns an engine event (the dicts of the ``--json`` contract) into
a job's state. The engine applies each event it emits to its own job with it; the window applies each event it
receives once, to the one `Job` the jobs controller holds, and its models show that object (they keep no copy);
the command line's display and the store read the same fields. It returns a `Change`: what changed, so that the
Qt models can repaint single cells. Applying an event twice changes nothing the second time.

`progress(job)` and `summary(job)` are the one computation of a job's total progress and of its figures once it
has run (elapsed time, output size, speed), for the queue, the status bar, the grid and the command line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

from app.core.jobs import (COMPLETED, ENCODED, ENCODING, QUEUED, R_FAILED, RUNNING, WAITING, Job, JobStatus,
                           RenditionState, RenditionStatus)
from app.core.units import format_size

NOT_ENCODED = "not encoded"


@dataclass
class Change:
    """What one event changed in a job: job fields by name, and rendition fields by rendition id.

    `replanned`: the list of renditions itself was replaced (rows appear); `thumbnails`: the thumbnails arrived."""

    job: set[str] = field(default_factory=set)
    renditions: dict[str, set[str]] = field(default_factory=dict)
    replanned: bool = False
    thumbnails: bool = False

    def __bool__(self) -> bool:
        return bool(self.job or self.renditions or self.replanned or self.thumbnails)

    def _set(self, obj, rid: str | None = None, **values) -> None:
        """Set `obj`'s fields (a rendition's when `rid` is given) and note those whose value changed."""
        for name, value in values.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)
                (self.renditions.setdefault(rid, set()) if rid is not None else self.job).add(name)


def _rendition(job: Job, encoding: str, quality: str) -> RenditionState | None:
    return next((r for r in job.renditions if r.type == encoding and r.quality == quality), None)


def apply_event(job: Job, ev: dict) -> Change:
    """Apply one engine event of this job to it; what changed (empty for another job's events and the others)."""
    change = Change()
    if ev.get("jobId") != job.id:
        return change
    t = ev.get("type")
    if t == "job.started":
        change._set(job, status=RUNNING, error=None, finished_at=None)
        if ev.get("startedAt"):
            change._set(job, started_at=ev["startedAt"])
    elif t == "job.analysis":
        change._set(job, analysis=round(float(ev["fraction"]), 3))
    elif t == "job.planned":
        change._set(job, analysis=None)
        metadata = {**(job.metadata or {}), **ev["metadata"]}  # keeps what the window added (the poster)
        change._set(job, metadata=metadata)
        renditions = [RenditionState(**r) for r in ev["renditions"]]
        if renditions != job.renditions:
            job.renditions, change.replanned = renditions, True
        for w in ev.get("warnings") or []:
            if w not in job.warnings:
                job.warnings.append(w)
    elif t == "job.decoder":
        change._set(job, decoder=ev["decoder"])
    elif t == "job.progress":
        for row in ev["renditions"]:
            r = _rendition(job, row["encoding"], row["quality"])
            if r is None or r.status in (ENCODED, R_FAILED):  # its own event said how it ended
                continue
            change._set(r, r.id, status=RenditionStatus.of(row["status"]), progress=row["fraction"],
                        frames=row["frames"], fps=row["fps"], speed=row["speed"], eta=row["eta"])
    elif t == "rendition.segment":
        r = _rendition(job, ev["encoding"], ev["quality"])
        if r is not None and r.status == ENCODING:
            preview = {"path": ev["path"], "segments": ev["segments"], "seconds": ev["mediaSeconds"]}
            if r.preview is None or r.preview["segments"] < preview["segments"]:
                change._set(r, r.id, preview=preview)
    elif t == "rendition.encoded":
        r = _rendition(job, ev["encoding"], ev["quality"])
        if r is not None:
            change._set(r, r.id, status=ENCODED, progress=1.0, eta=None, size=ev["size"], path=ev["path"], error=None,
                        measured=None, preview=None)  # a new output: its old scores no longer hold
            if ev.get("encoder"):
                change._set(r, r.id, encoder=ev["encoder"])
            if ev.get("encoderNote"):  # a second pass after a fallback says nothing: the note stays
                change._set(r, r.id, encoder_note=ev["encoderNote"])
    elif t == "rendition.fallback":
        r = _rendition(job, ev["encoding"], ev["quality"])
        if r is not None:
            change._set(r, r.id, encoder=ev["encoder"], encoder_note=ev["reason"])
    elif t == "rendition.failed":
        r = _rendition(job, ev["encoding"], ev["quality"])
        if r is not None:
            change._set(r, r.id, status=R_FAILED, error=ev["error"], eta=None, preview=None)
    elif t == "rendition.quality":
        r = _rendition(job, ev["encoding"], ev["quality"])
        if r is not None:
            measured = {"error": ev["error"]} if ev.get("error") else dict(ev.get("scores") or {})
            measured.update(mode=ev.get("mode"), measuredAt=ev.get("measuredAt"))
            change._set(r, r.id, measured=measured)
    elif t == "quality.finished":
        for rid in ev.get("renditions") or []:
            r = job.rendition(rid)
            if r is not None and r.measured is not None and r.measured.get("vmaf") != ev.get("vmaf"):
                change._set(r, r.id, measured={**r.measured, "vmaf": ev.get("vmaf")})
    elif t == "job.warning":
        if ev["message"] not in job.warnings:
            job.warnings.append(ev["message"])
            change.job.add("warnings")
    elif t == "thumbnails.done":
        files = [os.path.relpath(p, job.out_dir) if os.path.isabs(p) else p for p in ev["files"]]
        if files != job.thumbnails:
            job.thumbnails, change.thumbnails = files, True
    elif t == "job.finished":
        change._set(job, status=JobStatus.of(ev["status"]), error=ev["error"], analysis=None)
        if ev.get("finishedAt"):
            change._set(job, finished_at=ev["finishedAt"])
        job.options.only = None  # a rendition retry is over; running the job again redoes it all
        for r in job.renditions:  # what had not finished did not: the one place that says so
            if r.status in (WAITING, ENCODING):
                change._set(r, r.id, status=R_FAILED, error=ev["error"] or NOT_ENCODED, eta=None)
            change._set(r, r.id, preview=None)  # a partial playlist is gone with the run
    return change


def progress(job: Job) -> float:
    """The job's total progress, 0..1: the mean of its renditions' (a completed job is whole, a queued one has not
    started)."""
    if job.status == COMPLETED:
        return 1.0
    if job.status == QUEUED or not job.renditions:
        return 0.0
    return sum(r.progress for r in job.renditions) / len(job.renditions)


@dataclass(frozen=True)
class Summary:
    """A job's figures once it has run: wall time, bytes written, and speed in × realtime."""

    elapsed: float  # seconds
    output_size: int  # bytes of the encoded renditions
    speed: float | None  # source duration / elapsed; None when the duration is unknown

    def to_dict(self) -> dict:
        return {"elapsed": round(self.elapsed, 3), "outputSize": self.output_size,
                "speed": None if self.speed is None else round(self.speed, 3)}


def summary(job: Job) -> Summary | None:
    """The figures of a job that has run (started and finished); None before."""
    if not job.started_at or not job.finished_at:
        return None
    try:
        elapsed = (datetime.fromisoformat(job.finished_at) - datetime.fromisoformat(job.started_at)).total_seconds()
    except ValueError:
        return None
    elapsed = max(0.0, elapsed)
    size = sum(r.size or 0 for r in job.renditions if r.status == ENCODED)
    duration = (job.metadata or {}).get("duration")
    speed = duration / elapsed if duration and elapsed > 0 and size else None
    return Summary(elapsed, size, speed)


def describe_summary(s: Summary | None) -> str:
    """``12.3 s · 4.5 MB · 2.10× realtime``, the same words in the window and the command line."""
    if s is None:
        return ""
    parts = [f"{s.elapsed:.1f} s", format_size(s.output_size)]
    if s.speed is not None:
        parts.append(f"{s.speed:.2f}× realtime")
    return " · ".join(parts)
