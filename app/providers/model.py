"""One status model for every provider (docs/providers.md, "The normalized status").

- `RemoteStatus.status`: ``queued``, ``uploading``, ``processing``, ``completed``, ``failed`` or ``cancelled``.
- `RemoteStatus.upload`: bytes sent and total (``UploadProgress``), when an upload is or was under way.
- `RemoteStatus.renditions`: one `RemoteRendition` per rendition the provider reports (api.video qualities,
  VideoSDK presets, one per Uploadcare conversion path); providers with a single state (Uploads API, Oxolo) give
  one row. Row statuses are the local grid's: ``waiting``, ``encoding``, ``encoded``, ``failed``; rows carry
  progress (0..1) and ETA (seconds) where the provider gives them, and a playable/downloadable URL once there.

`to_dict()` gives the JSON shape that `remote status --json` prints and `remote.status` events carry
(camelCase, like the local events).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.jobs import ENCODED, ENCODING, R_FAILED, WAITING
from app.providers.remote_jobs import (REMOTE_CANCELLED, REMOTE_COMPLETED, REMOTE_FAILED, REMOTE_PROCESSING,
                                       REMOTE_QUEUED, REMOTE_UPLOADING, REMOTE_FINAL)

JOB_STATUSES = (REMOTE_QUEUED, REMOTE_UPLOADING, REMOTE_PROCESSING, REMOTE_COMPLETED, REMOTE_FAILED, REMOTE_CANCELLED)
ROW_STATUSES = (WAITING, ENCODING, ENCODED, R_FAILED)

__all__ = ["RemoteStatus", "RemoteRendition", "UploadProgress", "RemoteResult", "JOB_STATUSES", "ROW_STATUSES",
           "REMOTE_FINAL", "REMOTE_QUEUED", "REMOTE_UPLOADING", "REMOTE_PROCESSING", "REMOTE_COMPLETED",
           "REMOTE_FAILED", "REMOTE_CANCELLED", "WAITING", "ENCODING", "ENCODED", "R_FAILED", "number", "seconds"]


@dataclass
class UploadProgress:
    bytes_sent: int = 0
    total: int | None = None

    def to_dict(self) -> dict:
        return {"bytesSent": self.bytes_sent, "total": self.total}


@dataclass
class RemoteRendition:
    id: str  # stable within the job: "hls:720p", "mp4:360p", "video", an Uploadcare label
    status: str = WAITING  # waiting | encoding | encoded | failed
    type: str | None = None  # hls | mp4 | webm | ... (None when the provider does not say)
    quality: str | None = None  # "720p"
    progress: float | None = None  # 0..1 where given
    eta: float | None = None  # seconds where given
    url: str | None = None  # playable or downloadable once encoded
    error: str | None = None
    detail: str | None = None  # the provider's own word for the state ("processing", "unknown (4)")

    def to_dict(self) -> dict:
        return {"id": self.id, "type": self.type, "quality": self.quality, "status": self.status,
                "progress": self.progress, "eta": self.eta, "url": self.url, "error": self.error,
                "detail": self.detail}

    @classmethod
    def from_dict(cls, d: dict) -> "RemoteRendition":
        return cls(id=d["id"], status=d.get("status", WAITING), type=d.get("type"), quality=d.get("quality"),
                   progress=d.get("progress"), eta=d.get("eta"), url=d.get("url"), error=d.get("error"),
                   detail=d.get("detail"))


@dataclass
class RemoteStatus:
    provider: str  # registry name: "apivideo"
    remote_id: str | None
    status: str  # one of JOB_STATUSES
    renditions: list[RemoteRendition] = field(default_factory=list)
    upload: UploadProgress | None = None
    progress: float | None = None  # whole job, 0..1, where given or derivable
    eta: float | None = None
    error: str | None = None
    detail: str | None = None  # the provider's own status text ("in_progress", "unknown (4)", "ingesting")
    playable: bool = False
    metadata: dict | None = None  # source metadata where the provider reports it (api.video's shape)
    assets: dict | None = None  # provider asset URLs (api.video: hls, mp4, thumbnail, player)
    title: str | None = None

    @property
    def final(self) -> bool:
        return self.status in REMOTE_FINAL

    @property
    def failed_renditions(self) -> list[RemoteRendition]:
        return [r for r in self.renditions if r.status == R_FAILED]

    def to_dict(self) -> dict:
        return {"provider": self.provider, "remoteId": self.remote_id, "status": self.status,
                "upload": self.upload.to_dict() if self.upload else None,
                "progress": self.progress, "eta": self.eta, "error": self.error, "detail": self.detail,
                "playable": self.playable, "title": self.title, "metadata": self.metadata, "assets": self.assets,
                "renditions": [r.to_dict() for r in self.renditions]}

    @classmethod
    def from_dict(cls, d: dict) -> "RemoteStatus":
        up = d.get("upload")
        return cls(provider=d["provider"], remote_id=d.get("remoteId"), status=d["status"],
                   renditions=[RemoteRendition.from_dict(r) for r in d.get("renditions") or []],
                   upload=UploadProgress(up.get("bytesSent", 0), up.get("total")) if up else None,
                   progress=d.get("progress"), eta=d.get("eta"), error=d.get("error"), detail=d.get("detail"),
                   playable=bool(d.get("playable")), metadata=d.get("metadata"), assets=d.get("assets"),
                   title=d.get("title"))

    def summary(self) -> str:
        """One line for a terminal: ``processing  hls 240p encoded, hls 720p encoding 40%``."""
        parts = []
        for r in self.renditions:
            label = " ".join(x for x in (r.type, r.quality) if x) or r.id
            text = f"{label} {r.status}"
            if r.status == ENCODING and r.progress is not None:
                text += f" {r.progress * 100:.0f}%"
            if r.error:
                text += f" ({r.error})"
            parts.append(text)
        head = self.status + (f" ({self.detail})" if self.detail and self.detail != self.status else "")
        if self.error:
            head += f": {self.error}"
        return head + ("  " + ", ".join(parts) if parts else "")


@dataclass
class RemoteResult:
    """One downloadable result: a file (``kind`` ``file``) or an HLS playlist tree to mirror (``hls``)."""

    url: str
    filename: str  # a plain name (or relative path for HLS trees) inside the job's output folder
    kind: str = "file"
    rendition: str | None = None
    size: int | None = None  # bytes, where the provider declares it: the download may not be larger

    def to_dict(self) -> dict:
        return {"url": self.url, "filename": self.filename, "kind": self.kind, "rendition": self.rendition,
                "size": self.size}


def number(value) -> float | None:
    """A number from a value that may come as a string (``"42"``, ``"42.5%"``, ``" 7 "``); None when it is not."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = value.strip().rstrip("%").strip()
        try:
            return float(text)
        except ValueError:
            return None
    return None


def seconds(value) -> float | None:
    """A duration from ``120``, ``"120"``, ``"120s"``, ``"02:00"`` or ``"00:02:00"``; None when unreadable."""
    n = number(value)
    if n is not None:
        return max(0.0, n)
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    if text.endswith("s"):
        n = number(text[:-1])
        if n is not None:
            return max(0.0, n)
    parts = text.split(":")
    if 2 <= len(parts) <= 3 and all(p.strip().replace(".", "", 1).isdigit() for p in parts):
        total = 0.0
        for p in parts:
            total = total * 60 + float(p)
        return total
    return None
