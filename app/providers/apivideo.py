"""api.video: authenticate (and refresh), create the video, upload the source in chunks, poll its status.

Contract (docs/providers.md): ``POST /auth/api-key`` → bearer tokens, ``POST /auth/refresh`` on expiry or 401;
``POST /videos`` → ``videoId``; ``POST /videos/{id}/source`` with multipart field ``file``, in chunks of 5-128 MiB
(default 50 MiB) each carrying ``Content-Range: bytes FROM-TO/TOTAL``; ``GET /videos/{id}/status`` (``ingest``,
``encoding.qualities[]``); ``GET /videos/{id}`` → ``assets``; ``DELETE /videos/{id}`` to cancel.

Resuming: the created ``videoId`` is checkpointed before any byte is sent. After a failed chunk (timeout,
dropped connection, 5xx) or a restart, the client asks ``/status`` which bytes the server holds
(``ingest.receivedBytes``) and sends only the missing ranges: a chunk that landed is never sent again (the
server would answer 400 "collides"). A 400 ``video-source-already-uploaded`` means the source is complete.
"""

from __future__ import annotations

import os
import threading
import time

from app.core import redact
from app.core.errors import InputRejected
from app.core.redact import get_logger
from app.providers.answer import Answer
from app.providers.base import MiB, Provider, PushContext, PushOptions, name_from_url
from app.providers.errors import (AuthRejected, OutcomeUnknown, ProviderError, ProviderHTTPError, ProviderUnavailable,
                                  TransientFailure)
from app.providers.http import Auth, UploadBody, join_url
from app.providers.model import (ENCODED, ENCODING, REMOTE_FAILED, REMOTE_COMPLETED, R_FAILED, REMOTE_PROCESSING,
                                 REMOTE_QUEUED, REMOTE_UPLOADING, ROW_STATUSES, WAITING, RemoteRendition, RemoteResult,
                                 RemoteStatus, UploadProgress, number)

log = get_logger("app.providers")

DEFAULT_CHUNK = 50 * MiB
MIN_CHUNK, MAX_CHUNK = 5 * MiB, 128 * MiB
# ingest.status values that mean the whole source is on the server
_SOURCE_COMPLETE = ("uploaded", "ingesting", "ingested", "merging")
_ASSETS = ("hls", "mp4", "thumbnail", "player", "iframe")  # the asset URLs kept from the video object
_REFRESH_MARGIN = 60.0  # seconds before expiry when the token is refreshed ahead of time


class ApiVideoAuth(Auth):
    """Bearer tokens from the API key; refreshed ahead of expiry, and on a 401."""

    def __init__(self, provider: "ApiVideo", clock=time.monotonic):
        self.provider = provider
        self.clock = clock
        self.access: str | None = None
        self.refresh_token: str | None = None
        self.expires_at = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return "ApiVideoAuth(<tokens hidden>)"

    def _store(self, answer: Answer) -> None:
        access, refresh = answer.str("access_token", required=True), answer.str("refresh_token")
        redact.register(access, refresh)
        self.access, self.refresh_token = access, refresh or self.refresh_token
        self.expires_at = self.clock() + (number(answer.raw("expires_in")) or 3600.0)

    def authenticate(self) -> None:
        p = self.provider
        self._store(p.http.answer("POST", p.url("/auth/api-key"), json={"apiKey": p.credentials["api_key"]}))

    def _refresh(self) -> None:
        p = self.provider
        if self.refresh_token:
            try:
                self._store(p.http.answer("POST", p.url("/auth/refresh"), json={"refreshToken": self.refresh_token}))
                return
            except (AuthRejected, ProviderHTTPError) as exc:  # the refresh token is spent: start again
                log.info("api.video: refreshing the token failed (%s); authenticating again", exc.status_code)
        self.authenticate()

    def headers(self) -> dict:
        with self._lock:
            if self.access is None:
                self.authenticate()
            elif self.clock() >= self.expires_at - _REFRESH_MARGIN:
                self._refresh()
            return {"Authorization": f"Bearer {self.access}", "Accept": "application/json"}

    def refresh(self) -> bool:
        """Called on a 401: the token expired early or was revoked."""
        with self._lock:
            self._refresh()
        return True


def _subtract(ranges: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Half-open `ranges` minus [start, end)."""
    out = []
    for s, e in ranges:
        if e <= start or s >= end:
            out.append((s, e))
            continue
        if s < start:
            out.append((s, start))
        if e > end:
            out.append((end, e))
    return out


def _is_error(exc: ProviderHTTPError, *words: str) -> bool:
    payload = exc.payload if isinstance(exc.payload, dict) else {}
    blob = " ".join(str(payload.get(k) or "") for k in ("type", "title", "name", "detail")) + " " + exc.text
    blob = blob.lower()
    return any(w in blob for w in words)


class ApiVideo(Provider):
    name = "apivideo"
    title = "api.video"
    ENDPOINTS = {"base": "https://ws.api.video"}  # sandbox: https://sandbox.api.video
    PRIMARY = "base"

    def __init__(self, endpoints: dict, credentials, http=None):
        super().__init__(endpoints, credentials, http)
        self.base = self.endpoints["base"]
        self.auth = ApiVideoAuth(self)
        self._assets: dict[str, dict] = {}  # video id -> {assets, title, final}

    def url(self, path: str) -> str:
        return join_url(self.base, path)

    # -- push ----------------------------------------------------------------------------------------------
    def push(self, source: str, options: PushOptions, ctx: PushContext) -> str:
        total = os.path.getsize(source)
        state = ctx.state
        if state.get("size") not in (None, total):
            raise InputRejected(f"{os.path.basename(source)} changed size since its upload began "
                                f"({state['size']} → {total} bytes); push it as a new job")
        ctx.progress.set(state.get("confirmed", 0), total)
        video_id = state.get("videoId")
        if not video_id:
            body: dict[str, object] = {"title": options.title or os.path.splitext(os.path.basename(source))[0]}
            if options.description is not None:
                body["description"] = options.description
            if options.public is not None:
                body["public"] = options.public
            if options.tags:
                body["tags"] = list(options.tags)
            # Replaying a lost create can only leave an empty video behind, never a second upload.
            video = self.http.answer("POST", self.url("/videos"), json=body, auth=self.auth, idempotent=True,
                                     cancel=ctx.cancel)
            video_id = video.str("videoId", required=True)
            ctx.created(video_id, videoId=video_id, size=total)
        if state.get("uploaded"):
            ctx.progress.set(total, total)
            return video_id

        chunk = int(options.chunk_size or DEFAULT_CHUNK)
        if chunk <= 0:
            raise ValueError("chunk size must be positive")
        whole = total <= chunk  # one request, no Content-Range
        gaps = self._missing(video_id, total, ctx) if state.get("uploadStarted") else [(0, total)]
        if not state.get("uploadStarted"):
            ctx.checkpoint(uploadStarted=True, chunkSize=chunk)
        failures = 0
        while gaps:
            ctx.check_cancel()
            start, end = gaps[0]
            piece_end = end if whole else min(end, start + chunk)
            confirmed = total - sum(e - s for s, e in gaps)
            try:
                self._send(video_id, source, start, piece_end, total, confirmed, whole, ctx)
            except (TransientFailure, OutcomeUnknown) as exc:
                failures += 1
                if failures >= self.http.retry.tries:
                    raise ProviderUnavailable(self.title, f"uploading bytes {start}-{piece_end - 1}: {exc.message} "
                                                          f"({failures} tries)") from None
                wait = self.http.retry.backoff(failures - 1, self.http.rng)
                if isinstance(exc, TransientFailure) and exc.retry_after:
                    wait = max(wait, exc.retry_after)
                log.info("api.video: chunk %d-%d failed (%s); asking the server what it holds", start, piece_end - 1,
                         exc.message)
                self.http.sleeper.sleep(wait, ctx.cancel)
                gaps = self._missing(video_id, total, ctx)
                continue
            except ProviderHTTPError as exc:
                if exc.status_code == 400 and _is_error(exc, "video-source-already-uploaded", "already uploaded"):
                    gaps = []
                    break
                if exc.status_code == 400 and _is_error(exc, "collide"):
                    failures += 1
                    if failures >= self.http.retry.tries:
                        raise
                    gaps = self._missing(video_id, total, ctx)
                    continue
                raise
            failures = 0
            gaps = _subtract(gaps, start, piece_end)
            done = total - sum(e - s for s, e in gaps)
            ctx.progress.set(done)
            ctx.checkpoint(confirmed=done)
        ctx.progress.set(total, total)
        ctx.checkpoint(uploaded=True, confirmed=total)
        return video_id

    def _send(self, video_id: str, source: str, start: int, end: int, total: int, confirmed: int, whole: bool,
              ctx: PushContext) -> None:
        def body():
            ctx.progress.set(confirmed)  # a replay (after a token refresh) counts from the confirmed bytes again
            return UploadBody(source, start, end, file_field="file", on_bytes=ctx.progress.add, cancel=ctx.cancel)

        headers = {} if whole else {"Content-Range": f"bytes {start}-{end - 1}/{total}"}
        self.http.request("POST", self.url(f"/videos/{video_id}/source"), body=body, headers=headers, auth=self.auth,
                          idempotent=False, retry=False, cancel=ctx.cancel)

    def _missing(self, video_id: str, total: int, ctx: PushContext | None = None) -> list[tuple[int, int]]:
        """The byte ranges the server does not hold yet (half-open), from ``ingest.receivedBytes``."""
        data = self.http.answer("GET", self.url(f"/videos/{video_id}/status"), auth=self.auth,
                                cancel=ctx.cancel if ctx else None)
        ingest = data.obj("ingest")
        status = ingest.str("status")
        if status in _SOURCE_COMPLETE:
            return []
        filesize = ingest.int("filesize")
        if filesize is not None and filesize not in (0, total) and status != "uploading":
            raise ProviderError(self.title, f"video {video_id} holds a {filesize}-byte source, not this "
                                            f"{total}-byte file")
        gaps = [(0, total)]
        for r in ingest.objects("receivedBytes"):
            lo, hi, of = r.int("from", required=True), r.int("to", required=True), r.int("total")
            if of is not None and of != total:
                raise ProviderError(self.title, f"video {video_id} is receiving a {of}-byte source, not this "
                                                f"{total}-byte file")
            gaps = _subtract(gaps, lo, hi + 1)
        if ctx is not None:
            done = total - sum(e - s for s, e in gaps)
            ctx.progress.set(done)
            ctx.checkpoint(confirmed=done)
        return gaps

    # -- status --------------------------------------------------------------------------------------------
    def status(self, remote_id: str, state: dict | None = None) -> RemoteStatus:
        st = self.normalize(remote_id, self.http.answer("GET", self.url(f"/videos/{remote_id}/status"), auth=self.auth))
        if st.playable or st.status == REMOTE_COMPLETED:
            # The video object (assets, title) once playable, and once more when complete; not on every poll.
            cached = self._assets.get(remote_id)
            if cached is None or (st.status == REMOTE_COMPLETED and not cached["final"]):
                video = self.http.answer("GET", self.url(f"/videos/{remote_id}"), auth=self.auth)
                assets = video.obj("assets")
                cached = {"assets": {k: assets.str(k) for k in _ASSETS if assets.str(k)}, "title": video.text("title"),
                          "final": st.status == REMOTE_COMPLETED}
                self._assets[remote_id] = cached
            st.title = cached["title"]
            self._apply_assets(st, cached["assets"])
        return st

    def normalize(self, video_id: str, data: Answer) -> RemoteStatus:
        ingest = data.obj("ingest")
        encoding = data.obj("encoding")
        istatus = ingest.str("status")
        rows = []
        for q in encoding.objects("qualities"):
            kind, quality, status = q.str("type"), q.str("quality"), q.text("status")
            rows.append(RemoteRendition(id=f"{kind}:{quality}", type=kind, quality=quality,
                                        status=status if status in ROW_STATUSES else WAITING,
                                        detail=None if status in ROW_STATUSES else str(status),
                                        progress=1.0 if status == ENCODED else None))
        received = sum(r.int("to", required=True) - r.int("from", required=True) + 1
                       for r in ingest.objects("receivedBytes"))
        filesize = ingest.int("filesize")
        final_rows = [r for r in rows if r.status in (ENCODED, R_FAILED)]
        if istatus is None and not rows:
            job = REMOTE_QUEUED  # created, no source yet
        elif istatus == "uploading" or (istatus == "last_chunck_uploaded" and not rows):
            job = REMOTE_UPLOADING
        elif rows and len(final_rows) == len(rows):
            job = REMOTE_FAILED if all(r.status == R_FAILED for r in rows) else REMOTE_COMPLETED
        else:
            job = REMOTE_PROCESSING
        upload = None
        if istatus == "uploading" or received:
            upload = UploadProgress(received, filesize)
        elif filesize:
            upload = UploadProgress(filesize, filesize)
        st = RemoteStatus(provider=self.name, remote_id=video_id, status=job, renditions=rows, upload=upload,
                          progress=(len(final_rows) / len(rows)) if rows else None, detail=istatus,
                          playable=bool(encoding.raw("playable")), metadata=encoding.obj("metadata").data or None)
        if job == REMOTE_FAILED:
            st.error = "every quality failed to encode"
        for r in rows:
            if r.status == ENCODING:
                r.progress = None
        return st

    @staticmethod
    def _apply_assets(st: RemoteStatus, assets: dict) -> None:
        """The HLS master playlist holds every HLS quality; ``assets.mp4`` is one file, so it is the URL of the
        MP4 row only when there is a single MP4 quality (never the same file under several qualities)."""
        st.assets = assets or None
        mp4_rows = [r for r in st.renditions if r.type == "mp4"]
        for r in st.renditions:
            if r.status != ENCODED:
                continue
            if r.type == "hls" and assets.get("hls"):
                r.url = assets["hls"]
            elif r.type == "mp4" and assets.get("mp4") and len(mp4_rows) == 1:
                r.url = assets["mp4"]

    # -- the rest ------------------------------------------------------------------------------------------
    def cancel(self, remote_id: str, state: dict | None = None) -> str:
        try:
            self.http.request("DELETE", self.url(f"/videos/{remote_id}"), auth=self.auth)
        except ProviderHTTPError as exc:
            if exc.status_code != 404:
                raise
            return f"video {remote_id} was already gone from api.video"
        return f"deleted video {remote_id} on api.video"

    def results(self, status: RemoteStatus, state: dict | None = None) -> list[RemoteResult]:
        assets = status.assets or {}
        out = []
        mp4 = [r for r in status.renditions if r.type == "mp4"]
        if assets.get("mp4") and any(r.status == ENCODED for r in mp4):
            # Named after the asset (source.mp4), not after a quality it may not be.
            out.append(RemoteResult(assets["mp4"], f"mp4/{name_from_url(assets['mp4'], 'video.mp4')}",
                                    rendition=mp4[0].id if len(mp4) == 1 else None))
        if assets.get("hls") and any(r.type == "hls" and r.status == ENCODED for r in status.renditions):
            out.append(RemoteResult(assets["hls"], "hls/master.m3u8", kind="hls"))
        if assets.get("thumbnail"):
            out.append(RemoteResult(assets["thumbnail"], "thumbnails/thumbnail.jpg"))
        return out
