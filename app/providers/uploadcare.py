"""Uploadcare: upload (direct, or multipart from 10 MiB), one ``/convert/video/`` path per rendition, poll tokens.

Contract (docs/providers.md):

- Upload API (``upload`` base): ``POST /base/`` multipart ``UPLOADCARE_PUB_KEY``, ``UPLOADCARE_STORE``, ``file`` →
  ``{"file": uuid}``; from 10 MiB ``POST /multipart/start/`` (``filename``, ``size``, ``content_type``,
  ``part_size``, key, store) → ``{"uuid", "parts": [pre-signed URLs]}``, ``PUT`` each part
  (``application/octet-stream``), ``POST /multipart/complete/``. Its errors may be plain text.
- REST API (``api`` base): ``Accept: application/vnd.uploadcare-v0.7+json``, ``Authorization: Uploadcare.Simple
  pub:secret``; ``POST /convert/video/`` ``{"paths": [...], "store": "1"}`` → ``result[]`` (``original_source``,
  ``token``, ``uuid``) and ``problems`` {path: reason}; ``GET /convert/video/status/<token>/``.
- Results from the CDN (``cdn`` base): ``<cdn>/<uuid>/``.

Renditions are tokens ``HEIGHTp[:FORMAT[:QUALITY]]`` (``720p``, ``480p:webm``, ``1080p:mp4:best``) or ``original``;
each becomes one path and one grid row. Some paths may be refused (``problems``) while others proceed.
The remote id is the uploaded file's uuid; the conversions (path, token, result uuid) live in the job's state.
Pre-signed part URLs are credentials: they are never logged or stored, so after a restart an unfinished
multipart upload starts over (a part that failed within a run is retried on its own).
"""

from __future__ import annotations

import math
import os
import re

from app.core.errors import UsageError
from app.providers.base import MiB, Provider, PushContext, PushOptions
from app.providers.errors import NotSupported, ProviderError
from app.providers.http import FormBody, StaticAuth, UploadBody, content_type_for, join_url
from app.providers.model import (ENCODED, ENCODING, REMOTE_FAILED, REMOTE_CANCELLED, REMOTE_COMPLETED, R_FAILED,
                                 REMOTE_PROCESSING, REMOTE_QUEUED, WAITING, RemoteRendition, RemoteResult, RemoteStatus)

MULTIPART_THRESHOLD = 10 * MiB  # files of this size and more go through multipart upload
DEFAULT_PART = 5 * MiB  # Uploadcare's minimum (and default) part size
ACCEPT = "application/vnd.uploadcare-v0.7+json"
FORMATS = ("mp4", "webm", "ogg")
QUALITIES = ("normal", "better", "best", "lighter", "lightest")
DEFAULT_RENDITIONS = ("360p", "720p")
_STATUS_ROW = {"pending": WAITING, "processing": ENCODING, "finished": ENCODED, "failed": R_FAILED,
               "cancelled": R_FAILED, "canceled": R_FAILED}


def parse_rendition(token: str) -> tuple[str | None, str, str]:
    """``720p:webm:best`` → (height or None for the original size, format, quality)."""
    parts = [p.strip().lower() for p in token.split(":")]
    size = parts[0]
    if size in ("original", "source"):
        height = None
    else:
        m = re.fullmatch(r"(\d{2,4})p?", size)
        if not m:
            raise UsageError(f"Uploadcare rendition {token!r}: use HEIGHTp[:FORMAT[:QUALITY]], e.g. 720p, "
                             f"480p:webm, 1080p:mp4:best, or 'original'")
        height = m.group(1)
    fmt = parts[1] if len(parts) > 1 and parts[1] else "mp4"
    quality = parts[2] if len(parts) > 2 and parts[2] else "normal"
    if fmt not in FORMATS:
        raise UsageError(f"Uploadcare rendition {token!r}: format must be one of {', '.join(FORMATS)}")
    if quality not in QUALITIES:
        raise UsageError(f"Uploadcare rendition {token!r}: quality must be one of {', '.join(QUALITIES)}")
    if len(parts) > 3:
        raise UsageError(f"Uploadcare rendition {token!r}: too many parts")
    return height, fmt, quality


def conversion_path(uuid: str, height: str | None, fmt: str, quality: str) -> str:
    size = f"size/x{height}/-/" if height else ""
    return f"{uuid}/video/-/{size}format/{fmt}/-/quality/{quality}/"


def _norm(path: str) -> str:
    return str(path).strip().strip("/")


def _token(value: str | None):
    """A conversion token as the API gives it (a number; a string of digits from compatible back ends)."""
    return int(value) if value is not None and value.isdigit() else value


class Uploadcare(Provider):
    name = "uploadcare"
    title = "Uploadcare"
    ENDPOINTS = {"upload": "https://upload.uploadcare.com", "api": "https://api.uploadcare.com",
                 "cdn": "https://ucarecdn.com"}
    PRIMARY = "api"

    def __init__(self, endpoints: dict, credentials, http=None, multipart_threshold: int = MULTIPART_THRESHOLD):
        super().__init__(endpoints, credentials, http)
        self.multipart_threshold = multipart_threshold
        self._final: dict = {}  # token -> a final status answer (finished, failed, cancelled): not asked again
        self.rest = StaticAuth({"Accept": ACCEPT, "Authorization":
                                f"Uploadcare.Simple {credentials['public_key']}:{credentials['secret_key']}"})

    def _upload_url(self, path: str) -> str:
        return join_url(self.endpoints["upload"], path)

    def _api_url(self, path: str) -> str:
        return join_url(self.endpoints["api"], path)

    # -- push ----------------------------------------------------------------------------------------------
    def push(self, source: str, options: PushOptions, ctx: PushContext) -> str:
        size = os.path.getsize(source)
        wanted = [parse_rendition(t) for t in (options.renditions or DEFAULT_RENDITIONS)]
        store = str(options.store or "1")
        if store not in ("1", "0", "auto"):
            raise UsageError("Uploadcare store must be 1, 0 or auto")
        state = ctx.state
        ctx.progress.set(size if state.get("fileUuid") else 0, size)
        uuid = state.get("fileUuid")
        if not uuid:
            if size < self.multipart_threshold:
                uuid = self._direct(source, store, ctx)
            else:
                uuid = self._multipart(source, size, store, int(options.part_size or DEFAULT_PART), ctx)
            ctx.created(uuid, fileUuid=uuid, size=size)
        ctx.progress.set(size, size)
        if state.get("conversions") is None:
            self._convert(uuid, wanted, store, ctx)
        return uuid

    def _direct(self, source: str, store: str, ctx: PushContext) -> str:
        fields = [("UPLOADCARE_PUB_KEY", self.credentials["public_key"]), ("UPLOADCARE_STORE", store)]

        def body():
            ctx.progress.set(0)
            return UploadBody(source, file_field="file", fields=fields, on_bytes=ctx.progress.add, cancel=ctx.cancel)

        # A replayed lost upload stores the file twice at worst; no conversion is requested until it is known.
        answer = self.http.answer("POST", self._upload_url("/base/"), body=body, idempotent=True, cancel=ctx.cancel)
        return answer.str("file", required=True)

    def _multipart(self, source: str, size: int, store: str, part_size: int, ctx: PushContext) -> str:
        if part_size <= 0:
            raise UsageError("the part size must be positive")
        key = self.credentials["public_key"]
        start = self.http.answer("POST", self._upload_url("/multipart/start/"), idempotent=True, cancel=ctx.cancel,
                                 body=lambda: FormBody([
                                     ("filename", os.path.basename(source)), ("size", str(size)),
                                     ("content_type", content_type_for(source)), ("UPLOADCARE_PUB_KEY", key),
                                     ("UPLOADCARE_STORE", store), ("part_size", str(part_size))]))
        upload_uuid, parts = start.str("uuid", required=True), start.list("parts", required=True)
        if not all(isinstance(p, str) for p in parts):
            raise start.fail("parts should be a list of URLs")
        expected = math.ceil(size / part_size)
        if len(parts) != expected:
            raise ProviderError(self.title, f"the server gave {len(parts)} part URLs for {expected} parts of "
                                            f"{part_size} bytes")
        for i, url in enumerate(parts):
            lo, hi = i * part_size, min(size, (i + 1) * part_size)

            def body(lo=lo, hi=hi):
                ctx.progress.set(lo)
                return UploadBody(source, lo, hi, content_type="application/octet-stream",
                                  on_bytes=ctx.progress.add, cancel=ctx.cancel)

            # A PUT of the same bytes to the same URL is idempotent: retried as any other.
            self.http.request("PUT", url, body=body, cancel=ctx.cancel)
            ctx.progress.set(hi)
        done = self.http.answer("POST", self._upload_url("/multipart/complete/"), idempotent=True, cancel=ctx.cancel,
                                body=lambda: FormBody([("UPLOADCARE_PUB_KEY", key), ("uuid", upload_uuid)]),
                                empty_ok=True)
        return done.str("uuid") or upload_uuid

    def _convert(self, uuid: str, wanted: list, store: str, ctx: PushContext) -> None:
        requested: list[dict] = []
        for height, fmt, quality in wanted:
            path = conversion_path(uuid, height, fmt, quality)
            if any(r["path"] == path for r in requested):  # the same rendition twice: one row, one file
                continue
            label = f"{height}p" if height else "original"
            requested.append({"path": path, "id": f"{fmt}:{label}" + ("" if quality == "normal" else f":{quality}"),
                              "type": fmt, "quality": label})
        answer = self.http.answer("POST", self._api_url("/convert/video/"), auth=self.rest, idempotent=False,
                                  cancel=ctx.cancel, json={"paths": [r["path"] for r in requested], "store": store})
        results = [{"original_source": r.text("original_source") or "", "token": _token(r.id("token")),
                    "uuid": r.str("uuid"), "thumbnails_group_uuid": r.str("thumbnails_group_uuid")}
                   for r in answer.objects("result")]
        problem_of = {_norm(k): str(v) for k, v in answer.obj("problems").data.items()}
        by_source = {_norm(r["original_source"]): r for r in results}
        unmatched = [r for r in results if _norm(r["original_source"]) not in {_norm(q["path"]) for q in requested}]
        conversions = []
        for req in requested:
            key = _norm(req["path"])
            hit = by_source.get(key)
            if hit is None and key not in problem_of and unmatched:
                hit = unmatched.pop(0)  # a server that rewrote the path: results come in request order
            if key in problem_of:
                conversions.append({**req, "problem": problem_of[key]})
            elif hit is not None and hit.get("token") is not None:
                conversions.append({**req, "token": hit["token"], "uuid": hit.get("uuid"),
                                    "thumbnailsGroupUuid": hit.get("thumbnails_group_uuid")})
            else:
                conversions.append({**req, "problem": "the conversion request got neither a result nor a problem"})
        ctx.checkpoint(conversions=conversions)

    # -- status --------------------------------------------------------------------------------------------
    def status(self, remote_id: str, state: dict | None = None) -> RemoteStatus:
        conversions = (state or {}).get("conversions")
        if conversions is None:
            tokens = [t for t in remote_id.replace(" ", "").split(",") if t]
            if not tokens or not all(t.isdigit() for t in tokens):
                raise NotSupported(self.title, f"no conversions are known for {remote_id}; give the conversion "
                                               f"tokens instead (e.g. 426339926,426339927)")
            conversions = [{"token": int(t), "id": f"token:{t}", "type": None, "quality": None} for t in tokens]
        rows, cancelled = [], 0
        for c in conversions:
            row = RemoteRendition(id=c.get("id") or str(c.get("token")), type=c.get("type"), quality=c.get("quality"))
            if c.get("problem"):
                row.status, row.error = R_FAILED, c["problem"]
                rows.append(row)
                continue
            data = self._final.get(c["token"])
            if data is None:
                data = self.http.answer("GET", self._api_url(f"/convert/video/status/{c['token']}/"), auth=self.rest)
                if data.text("status") in ("finished", "failed", "cancelled", "canceled"):
                    self._final[c["token"]] = data
            word = data.text("status") or ""
            row.status = _STATUS_ROW.get(word, WAITING)
            row.detail = word
            if row.status == ENCODED:
                row.progress = 1.0
                out_uuid = data.obj("result").str("uuid") or c.get("uuid")  # this conversion's own output
                if out_uuid:
                    row.url = join_url(self.endpoints["cdn"], f"{out_uuid}/")
            elif row.status == R_FAILED:
                row.error = data.text("error") or ("cancelled" if word in ("cancelled", "canceled") else word)
                cancelled += word in ("cancelled", "canceled")
            rows.append(row)
        done = [r for r in rows if r.status in (ENCODED, R_FAILED)]
        if rows and len(done) == len(rows):
            if any(r.status == ENCODED for r in rows):
                job = REMOTE_COMPLETED
            else:
                job = REMOTE_CANCELLED if cancelled == len(rows) else REMOTE_FAILED
        elif any(r.status in (ENCODING, ENCODED) for r in rows):
            job = REMOTE_PROCESSING
        else:
            job = REMOTE_QUEUED
        st = RemoteStatus(provider=self.name, remote_id=remote_id, status=job, renditions=rows,
                          progress=len(done) / len(rows) if rows else None,
                          playable=any(r.status == ENCODED for r in rows))
        failed = [r for r in rows if r.status == R_FAILED]
        if job == REMOTE_FAILED:
            st.error = "every conversion failed or was refused"
        elif failed:
            st.error = f"{len(failed)} of {len(rows)} conversions failed or were refused"
        return st

    def cancel(self, remote_id: str, state: dict | None = None) -> str:
        if not (state or {}).get("conversions"):
            return "nothing to cancel on Uploadcare: no conversion was requested"
        return super().cancel(remote_id, state)

    def results(self, status: RemoteStatus, state: dict | None = None) -> list[RemoteResult]:
        out = []
        for r in status.renditions:
            if r.status == ENCODED and r.url:
                ext = r.type or "mp4"
                stem = (r.id or "video").split(":", 1)[-1].replace(":", "-")
                out.append(RemoteResult(r.url, f"{ext}/{stem}.{ext}", rendition=r.id))
        return out
