"""Oxolo (tracking only): follow a video made elsewhere by its identifier, then download its files.

Contract (docs/providers.md): ``GET {base}/v1/api/videos/{VIDEO_IDENTIFIER}`` with
``accept: application/json`` and ``authorization: <API key>`` (the raw key) → ``{"results": {...}}``:
``status`` (``done``, ``failed``, ``in_progress``), ``progress``, ``remainingTime``, ``stagText``, ``thumbnail``,
``video_link`` (preferred over the deprecated ``un_wateremark_link``), ``s3_vtt_path``, ``duration``, ``title``.
Values may come as strings. One grid row; ``progress`` and ``remainingTime`` feed its bar and ETA.
"""

from __future__ import annotations

from app.providers.base import Provider, PushContext, PushOptions, name_from_url
from app.providers.errors import NotSupported
from app.providers.http import StaticAuth, join_url
from app.providers.model import (ENCODED, ENCODING, REMOTE_FAILED, REMOTE_COMPLETED, R_FAILED, REMOTE_PROCESSING,
                                 RemoteRendition, RemoteResult, RemoteStatus, number, seconds)

_LINKS = ("video_link", "un_wateremark_link", "thumbnail", "s3_vtt_path")
_STATUS = {"done": (REMOTE_COMPLETED, ENCODED), "failed": (REMOTE_FAILED, R_FAILED),
           "in_progress": (REMOTE_PROCESSING, ENCODING)}


class Oxolo(Provider):
    name = "oxolo"
    title = "Oxolo"
    can_push = False
    ENDPOINTS = {"base": "https://api.oxolo.com"}
    PRIMARY = "base"

    def __init__(self, endpoints: dict, credentials, http=None):
        super().__init__(endpoints, credentials, http)
        self.auth = StaticAuth({"accept": "application/json", "authorization": credentials["api_key"]})

    def push(self, source: str, options: PushOptions, ctx: PushContext) -> str:
        raise NotSupported(self.title, "Oxolo makes its videos itself and takes no uploads; track one with "
                                       "`rendition-studio remote status oxolo VIDEO_IDENTIFIER --wait`")

    def status(self, remote_id: str, state: dict | None = None) -> RemoteStatus:
        url = join_url(self.endpoints["base"], f"/v1/api/videos/{remote_id}")
        r = self.http.answer("GET", url, auth=self.auth).obj("results")
        word = (r.text("status") or "").strip()
        job, row_status = _STATUS.get(word.lower(), (REMOTE_PROCESSING, ENCODING))
        progress = number(r.text("progress"))
        if progress is not None:
            progress = progress / 100.0 if progress > 1.0 else progress
            progress = min(1.0, max(0.0, progress))
        eta = seconds(r.text("remainingTime"))
        links = {k: r.str(k) for k in _LINKS}  # URLs: strings or absent, nothing else
        link = links["video_link"] or links["un_wateremark_link"]
        stage = r.text("stagText")
        row = RemoteRendition(id="video", type="mp4", status=row_status, detail=stage or word or None,
                              progress=1.0 if row_status == ENCODED else progress,
                              eta=0.0 if row_status == ENCODED else (eta if row_status == ENCODING else None),
                              url=link if row_status == ENCODED else None)
        if row_status == R_FAILED:
            row.error = stage or "the video could not be made"
        detail = word if word.lower() in _STATUS else (f"unknown ({word})" if word else "unknown")
        duration = number(r.text("duration"))
        assets = {k: v for k, v in links.items() if v}
        return RemoteStatus(provider=self.name, remote_id=remote_id, status=job, renditions=[row],
                            progress=row.progress, eta=row.eta, error=row.error, detail=detail,
                            playable=row_status == ENCODED, title=r.text("title"),
                            metadata={"duration": duration} if duration is not None else None,
                            assets=assets or None)

    def results(self, status: RemoteStatus, state: dict | None = None) -> list[RemoteResult]:
        if status.status != REMOTE_COMPLETED:
            return []
        assets = status.assets or {}
        out = []
        video = assets.get("video_link") or assets.get("un_wateremark_link")
        if video:
            out.append(RemoteResult(video, f"mp4/{name_from_url(video, 'video.mp4')}", rendition="video"))
        if assets.get("thumbnail"):
            name = name_from_url(assets["thumbnail"], "thumbnail.jpg")
            out.append(RemoteResult(assets["thumbnail"], f"thumbnails/{name}"))
        if assets.get("s3_vtt_path"):
            name = name_from_url(assets["s3_vtt_path"], "subtitles.vtt")
            out.append(RemoteResult(assets["s3_vtt_path"], f"subtitles/{name}"))
        return out
