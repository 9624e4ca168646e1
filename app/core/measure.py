"""Measure a job's (or an output folder's) renditions against the source: one path for the CLI and the window.

`measure_outputs(job_dir, source, ...)` finds the finished renditions in the folder, measures them in the media
worker (`engine.measure_isolated`: the source decoded once), and makes the results the job's state:

- events (the ``--json`` contract): ``quality.started``, one ``rendition.quality`` per rendition (``scores`` or
  ``error``), ``quality.finished``; with a `job`, each is applied to it by `jobstate.apply_event`
  (`RenditionState.measured`), and the job is saved in the store so the window shows the scores after a restart;
- ``status.json`` gets ``measuredQuality`` per rendition and ``encoding.qualityMeasurement``;
- ``quality.json`` (`SERIES_FILE`) beside it keeps the per-frame scores of each rendition for the charts and the
  report (`load_series`). Measuring some renditions again keeps the others' scores.

Metrics: PSNR and SSIM (`quality.DEFAULT_METRICS`); a per-title ladder's folder (its analysis in ``pertitle.json``)
is measured in its analysis's metric too (XPSNR), so that each rung's measured quality is in the same unit as the
quality the analysis predicted for it (`default_metrics`): before, a slide deck's 1080p rung showed "predicted
XPSNR 48.7 dB" beside a measured PSNR of 42.1 dB, two figures no one can compare.

The folder is locked (`FolderLock`) while the files are written; a folder in use by an encode is measured but not
written (`MeasureOutcome.note` says so).
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from typing import Callable

from app.core import jobstate, status
from app.core.errors import UsageError
from app.core.jobs import ENCODED, Job, now_iso
from app.core.layout import replace_file

SERIES_FILE = "quality.json"
MODES = ("sampled", "full")
Event = Callable[[dict], None]


def find_renditions(job_dir: str) -> list[tuple[str, str]]:
    """(id, path) of the finished renditions in a job folder: ``hls/<q>/index.m3u8`` and ``mp4/<q>.mp4``."""
    def height(q: str) -> int:
        digits = "".join(c for c in q if c.isdigit())
        return int(digits) if digits else 0

    found = []
    hls_dir = os.path.join(job_dir, "hls")
    if os.path.isdir(hls_dir):
        for q in sorted(os.listdir(hls_dir), key=height):
            index = os.path.join(hls_dir, q, "index.m3u8")
            if not q.startswith(".") and os.path.isfile(index):
                found.append((f"hls:{q}", index))
    mp4_dir = os.path.join(job_dir, "mp4")
    if os.path.isdir(mp4_dir):
        for name in sorted(os.listdir(mp4_dir), key=height):
            if name.endswith(".mp4") and not name.startswith("."):
                found.append((f"mp4:{name[:-4]}", os.path.join(mp4_dir, name)))
    return found


def load_series(job_dir: str) -> dict:
    """The per-frame scores measured in a folder: ``{"source", "mode", "renditions": {id: {"times": [...],
    "ssim": [...], ...}}}``; empty ``renditions`` when nothing was measured (or the file cannot be read)."""
    try:
        with open(os.path.join(job_dir, SERIES_FILE), encoding="utf-8") as f:
            doc = json.load(f)
        if isinstance(doc, dict) and isinstance(doc.get("renditions"), dict):
            return doc
    except (OSError, ValueError):
        pass
    return {"renditions": {}}


@dataclass
class MeasureOutcome:
    mode: str
    results: dict[str, dict] = field(default_factory=dict)  # id -> {"quality": {...}} or {"error": reason}
    vmaf: str | None = None
    cancelled: bool = False
    note: str | None = None  # why status.json / quality.json were not written, when they were not

    @property
    def failed(self) -> list[str]:
        return sorted(rid for rid, r in self.results.items() if "error" in r)


def default_metrics(job_dir: str) -> tuple[str, ...]:
    """The metrics a folder is measured in when none are asked for: PSNR and SSIM, and, for a per-title ladder,
    the metric its analysis predicted each rung's quality in."""
    from app.core.pertitle import ANALYSIS_FILE, METRIC
    from app.core.quality import DEFAULT_METRICS

    if os.path.exists(os.path.join(job_dir, ANALYSIS_FILE)) and METRIC not in DEFAULT_METRICS:
        return (*DEFAULT_METRICS, METRIC)
    return DEFAULT_METRICS


def measure_outputs(job_dir: str, source: str, *, mode: str = "sampled", metrics: tuple[str, ...] | None = None,
                    job: Job | None = None, store=None, only: list[str] | None = None,
                    on_event: Event | None = None, cancel: threading.Event | None = None) -> MeasureOutcome:
    """Measure the renditions in `job_dir` (those in `only`, else all; with a `job`, its encoded ones) against
    `source`. Events go to `on_event` (and are applied to `job`, which is saved in `store`). `UsageError` when
    there is nothing to measure, the probe's error when the source cannot be read; a rendition that cannot be
    measured is a ``rendition.quality`` event with its reason, never an exception."""
    from app.core.engine import measure_isolated, probe_isolated

    if mode not in MODES:
        raise UsageError(f"unknown quality mode {mode!r} (sampled or full)")
    emit_out = on_event or (lambda e: None)
    job_id = job.id if job else None

    def emit(ev: dict) -> None:
        if job is not None:
            jobstate.apply_event(job, ev)
        emit_out(ev)

    renditions = find_renditions(job_dir)
    if job is not None:
        encoded = {r.id for r in job.renditions if r.status == ENCODED}
        renditions = [(rid, p) for rid, p in renditions if rid in encoded]
    if only is not None:
        renditions = [(rid, p) for rid, p in renditions if rid in only]
    if not renditions:
        raise UsageError(f"no renditions to measure in {job_dir} "
                         "(expected hls/<quality>/index.m3u8 or mp4/<quality>.mp4)")
    outcome = MeasureOutcome(mode)
    emit({"type": "quality.started", "jobId": job_id, "mode": mode, "renditions": [rid for rid, _ in renditions],
          "startedAt": now_iso()})
    series: dict[str, dict] = {}

    def on_result(ev: dict) -> None:
        kind, q = ev["id"].split(":", 1)
        if "series" in ev:
            series[ev["id"]] = ev["series"]
        outcome.results[ev["id"]] = {k: v for k, v in ev.items() if k in ("quality", "error")}
        emit({"type": "rendition.quality", "jobId": job_id, "encoding": kind, "quality": q, "mode": mode,
              "measuredAt": now_iso(), **({"scores": ev["quality"]} if "quality" in ev else {"error": ev["error"]})})

    info = probe_isolated(source)  # a source that cannot be read is refused here (`Rejected`), as by `encode`
    found = measure_isolated(source, renditions, rotation=info.rotation, duration=info.duration or 0.0,
                             mode=mode, metrics=metrics or default_metrics(job_dir), on_event=on_result, cancel=cancel)
    outcome.vmaf = found.get("vmaf")
    outcome.cancelled = bool(found.get("cancelled"))
    if not outcome.cancelled:
        emit({"type": "quality.finished", "jobId": job_id, "mode": mode, "vmaf": outcome.vmaf,
              "renditions": sorted(outcome.results), "failed": outcome.failed})
    if outcome.results:
        outcome.note = _write(job_dir, source, job, outcome, series)
        if job is not None and store is not None:
            store.save(job)
    return outcome


def _write(job_dir: str, source: str, job: Job | None, outcome: MeasureOutcome, series: dict) -> str | None:
    """status.json and quality.json, under the folder's lock; the reason when they could not be written."""
    from app.core.lock import FolderLock

    lock = FolderLock(job_dir)
    try:
        if not lock.acquire():
            return f"{job_dir} is in use by another run; status.json not updated"
        try:
            if job is not None and os.path.exists(os.path.join(job_dir, "status.json")):
                status.write_status(job)
            else:
                status.add_quality(job_dir, outcome.results, mode=outcome.mode, vmaf=outcome.vmaf)
            doc = load_series(job_dir)
            if doc.get("source") != source:
                doc = {"renditions": {}}  # another source's scores are no longer this folder's
            doc.update({"source": source, "mode": outcome.mode})
            for rid, result in outcome.results.items():
                if rid in series:
                    doc["renditions"][rid] = series[rid]
                elif "error" in result:
                    doc["renditions"].pop(rid, None)
            replace_file(os.path.join(job_dir, SERIES_FILE), json.dumps(doc, separators=(",", ":")) + "\n")
        finally:
            lock.release()
    except OSError as exc:
        return f"status.json not updated: {exc}"
    return None
