"""How a remote job reads in the queue and the grid: its progress, its description, and its grid rows.

Plain functions over `RemoteJob` records and `remote.*` event dicts (the normalized status of docs/providers.md);
the models call them so that they stay about rows and cells.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.jobs import ENCODED, ENCODING, R_FAILED, WAITING, RenditionState
from app.providers.remote_jobs import REMOTE_COMPLETED, REMOTE_UPLOADING, RemoteJob

UPLOAD_ROW = "upload"


def provider_title(name: str) -> str:
    from app.providers.registry import provider_class

    try:
        return provider_class(name).title
    except Exception:  # noqa: BLE001 - an unknown name is shown as it is
        return name


def describe(job: RemoteJob) -> str:
    """``api.video · vi4blUQ…`` : where the job runs and its id there."""
    status = job.last_status or {}
    parts = [provider_title(job.provider)]
    if job.remote_id:
        parts.append(job.remote_id if len(job.remote_id) <= 18 else job.remote_id[:16] + "…")
    if status.get("detail") and status.get("detail") != job.status:
        parts.append(str(status["detail"]))
    return " · ".join(parts)


def progress(job: RemoteJob) -> float:
    """The whole job, 0..1: the upload is the first half when there is one, the provider's work the rest."""
    if job.status == REMOTE_COMPLETED:
        return 1.0
    status = job.last_status or {}
    uploaded = job.upload_sent / job.upload_total if job.upload_total else (1.0 if job.pushed else 0.0)
    remote = status.get("progress")
    if remote is None:
        rows = status.get("renditions") or []
        remote = sum(r["status"] == ENCODED or r.get("progress") or 0 for r in rows) / len(rows) if rows else 0.0
    if not job.source:  # tracking only
        return float(remote)
    return 0.5 * min(1.0, uploaded) + 0.5 * float(remote) if job.pushed else 0.5 * min(1.0, uploaded)


def upload_row(job: RemoteJob, speed: float = 0.0, eta: float | None = None) -> RenditionState | None:
    """The upload as a grid row: `size` is the file's size, `frames` the bytes sent, `speed` bytes/s."""
    if not job.source:
        return None
    total = job.upload_total or 0
    done = job.pushed or (total and job.upload_sent >= total)
    fraction = 1.0 if done else (job.upload_sent / total if total else 0.0)
    status = ENCODED if done else (ENCODING if job.status == REMOTE_UPLOADING else WAITING)
    if job.final and not done:
        status = R_FAILED
    return RenditionState(UPLOAD_ROW, UPLOAD_ROW, QCoreApplication.translate("RenditionTableModel", "upload"),
                          status=status, progress=fraction, frames=job.upload_sent, speed=speed,
                          eta=None if done else eta, size=total or None,
                          error=job.error if status == R_FAILED else None)


def rendition_rows(job: RemoteJob) -> list[RenditionState]:
    rows = []
    for r in (job.last_status or {}).get("renditions") or []:
        progress_value = r.get("progress")
        if progress_value is None:
            progress_value = 1.0 if r["status"] == ENCODED else 0.0
        quality = r.get("quality") or r["id"]
        rows.append(RenditionState(r["id"], r.get("type") or "remote", quality, status=r["status"],
                                   progress=float(progress_value), eta=r.get("eta"), path=r.get("url"),
                                   error=r.get("error")))
    return rows


def grid_rows(job: RemoteJob, speed: float = 0.0, eta: float | None = None) -> list[RenditionState]:
    up = upload_row(job, speed, eta)
    return ([up] if up else []) + rendition_rows(job)


def apply(job: RemoteJob, ev: dict) -> None:
    """Bring the model's copy of a remote job up to date with one of its events."""
    t = ev["type"]
    if t == "remote.started":
        job.error = None
        if not job.final:
            job.status = REMOTE_UPLOADING if job.source and not job.pushed else "processing"
    elif t == "remote.created":
        job.remote_id = ev["remoteId"]
    elif t == "remote.upload":
        job.status, job.upload_sent, job.upload_total = REMOTE_UPLOADING, ev["bytesSent"], ev["total"]
    elif t == "remote.status":
        job.last_status = {k: v for k, v in ev.items() if k not in ("type", "jobId")}
        job.status, job.remote_id = ev["status"], ev.get("remoteId") or job.remote_id
        if job.status != REMOTE_UPLOADING and job.source:
            job.pushed = True
            if job.upload_total:
                job.upload_sent = job.upload_total
    elif t == "remote.finished":
        job.status, job.error = ev["status"], ev.get("error")
        if ev.get("remoteId"):
            job.remote_id = ev["remoteId"]
