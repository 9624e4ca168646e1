"""Status documents in the shape of api.video's ``GET /videos/{id}/status``, and its webhook payload."""

from __future__ import annotations

import json
import os

from app.core.jobs import CANCELLED, ENCODED, Job, RenditionState, now_iso
from app.core.layout import replace_file


def status_document(job: Job) -> dict:
    meta = dict(job.metadata) if job.metadata else {}
    filesize = meta.pop("filesize", None)
    if filesize is None and os.path.exists(job.source):
        filesize = os.path.getsize(job.source)
    qualities = sorted(job.renditions, key=lambda r: (r.type != "hls", r.height * r.width))
    if job.status == CANCELLED:  # api.video has no "cancelled": a cancelled job lists what it did encode
        qualities = [r for r in qualities if r.status == ENCODED]
    encoding: dict = {
        "playable": any(r.status == ENCODED for r in job.renditions),
        "qualities": [_quality_entry(r) for r in qualities],
        "metadata": {k: meta.get(k) for k in ("width", "height", "bitrate", "duration", "framerate", "samplerate",
                                               "videoCodec", "audioCodec", "aspectRatio")},
    }
    if meta.get("subtitles"):  # app.core.subtitles: the subtitle tracks published
        encoding["subtitles"] = meta["subtitles"]
    if meta.get("audio"):  # app.core.audio: the audio renditions (muxed: in every video rendition and the MP4)
        encoding["audio"] = [{"language": a["language"], "name": a["name"], "codec": a["codec"],
                              "channels": a["channels"], "bitrate": a["bit_rate"], "loudness": a.get("loudness"),
                              "muxed": a["muxed"], "uri": f"hls/{a['uri']}" if a.get("uri") else None}
                             for a in meta["audio"] if a.get("muxed") or a.get("uri")]
    measured = [r.measured for r in job.renditions if r.measured and r.measured.get("measuredAt")]
    if measured:  # how the latest measurement ran
        last = max(measured, key=lambda m: m["measuredAt"])
        encoding["qualityMeasurement"] = {"mode": last.get("mode"), "vmaf": last.get("vmaf"),
                                          "measuredAt": last["measuredAt"]}
    return {"ingest": {"status": "uploaded", "filesize": filesize, "receivedBytes": []}, "encoding": encoding}


def _quality_entry(r: RenditionState) -> dict:
    entry: dict = {"type": r.type, "quality": r.quality, "status": r.status}
    if r.predicted:  # a per-title rung: what was chosen and what the analysis predicted
        entry["perTitle"] = {"width": r.width, "height": r.height, "bitrate": r.bitrate,
                             "predictedQuality": dict(r.predicted)}
    if r.encoder:
        entry["encoder"] = r.encoder
    if r.encoder_note:
        entry["encoderNote"] = r.encoder_note
    if r.measured:
        entry["measuredQuality"] = measured_quality(r.measured)
    return entry


def measured_quality(measured: dict) -> dict:
    """The ``measuredQuality`` object of a status document: the scores, or ``{"error": reason}``."""
    if measured.get("error"):
        return {"error": measured["error"]}
    return {k: measured.get(k) for k in ("frames", "seconds", "bitrate", "scores")}


def write_status(job: Job) -> str:
    """Write ``<job folder>/status.json`` atomically (temporary file, then replace)."""
    os.makedirs(job.out_dir, exist_ok=True)
    path = os.path.join(job.out_dir, "status.json")
    replace_file(path, json.dumps(status_document(job), indent=2) + "\n")
    return path


def quality_completed(job: Job, r: RenditionState) -> dict:
    """The ``video.encoding.quality.completed`` webhook payload for one finished rendition."""
    return {"type": "video.encoding.quality.completed", "emittedAt": now_iso(), "videoId": job.id,
            "encoding": r.type, "quality": r.quality}


def add_quality(job_dir: str, results: dict, *, mode: str, vmaf: str | None,
                measured_at: str | None = None) -> str | None:
    """Add measured scores to ``<job folder>/status.json`` (read, modify, write atomically).

    Each entry of ``encoding.qualities`` whose rendition (``"hls:720p"``) is in `results` gets
    ``measuredQuality``: the scores (``{"frames", "seconds", "bitrate", "scores": {...}}``) or ``{"error": reason}``;
    ``encoding.qualityMeasurement`` says how (mode, VMAF availability, when). The path, or None without a
    status document."""
    path = os.path.join(job_dir, "status.json")
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError):
        return None
    encoding = doc.setdefault("encoding", {})
    for entry in encoding.get("qualities", []):
        found = results.get(f"{entry.get('type')}:{entry.get('quality')}")
        if found is not None:
            entry["measuredQuality"] = found.get("quality") or {"error": found.get("error")}
    encoding["qualityMeasurement"] = {"mode": mode, "vmaf": vmaf, "measuredAt": measured_at or now_iso()}
    replace_file(path, json.dumps(doc, indent=2) + "\n")
    return path
