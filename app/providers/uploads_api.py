"""The generic Uploads API (self-hosted back ends): one multipart upload, then poll it.

Contract (docs/providers.md): base URL is the user's (e.g.
``https://example.org/api/client/v1``), ``Authorization: Bearer sk-...``. ``POST /uploads`` multipart ``video``
(file) and ``folder`` (both required) → ``202 {"message", "data": {"id", "status": 1, "status_text"}}``;
``GET /uploads`` → the 50 most recent; ``GET /uploads/{id}`` → ``{"data": {...}}``. Status codes: 1 pending,
3 processing, 5 uploading (to final storage), 6 completed, 7 failed; any other code is shown as
``unknown (N)`` and polling goes on.

Nothing is submitted twice: before the upload, the ids of recent uploads with the same file name are
remembered; if the answer to the upload is lost (or the process dies while sending it), the list is asked
again and a new upload with that name is adopted instead of sending the file again.
"""

from __future__ import annotations

import os

from app.core.redact import get_logger
from app.providers.base import Provider, PushContext, PushOptions
from app.providers.errors import OutcomeUnknown, ProviderUnavailable
from app.providers.http import StaticAuth, UploadBody, join_url
from app.providers.model import (ENCODED, ENCODING, REMOTE_FAILED, REMOTE_COMPLETED, R_FAILED, REMOTE_PROCESSING,
                                 REMOTE_QUEUED, WAITING, RemoteRendition, RemoteStatus)

log = get_logger("app.providers")

# code -> (text, job status, row status)
STATUS_CODES = {1: ("pending", REMOTE_QUEUED, WAITING), 3: ("processing", REMOTE_PROCESSING, ENCODING),
                5: ("uploading", REMOTE_PROCESSING, ENCODING), 6: ("completed", REMOTE_COMPLETED, ENCODED),
                7: ("failed", REMOTE_FAILED, R_FAILED)}
DEFAULT_FOLDER = "root"


def status_code(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def describe_code(value, text=None) -> tuple[str, str, str]:
    """(detail, job status, row status) for a status code; unknown codes stay non-final ("unknown (N)")."""
    code = status_code(value)
    if code in STATUS_CODES:
        word, job, row = STATUS_CODES[code]
        return (text or word), job, row
    return f"unknown ({value})", REMOTE_PROCESSING, WAITING


class UploadsApi(Provider):
    name = "uploads"
    title = "Uploads API"
    can_list = True
    ENDPOINTS = {"base": None}  # no default: the user's own back end
    PRIMARY = "base"

    def __init__(self, endpoints: dict, credentials, http=None):
        super().__init__(endpoints, credentials, http)
        self.auth = StaticAuth({"Authorization": f"Bearer {credentials['api_key']}", "Accept": "application/json"})

    def _url(self, path: str) -> str:
        return join_url(self.endpoints["base"], path)

    # -- push ----------------------------------------------------------------------------------------------
    def push(self, source: str, options: PushOptions, ctx: PushContext) -> str:
        size = os.path.getsize(source)
        state = ctx.state
        if state.get("uploadId"):
            ctx.progress.set(size, size)
            return state["uploadId"]
        ctx.progress.set(0, size)
        filename = os.path.basename(source)
        folder = options.folder or DEFAULT_FOLDER
        if state.get("posted"):  # a previous run sent the file and may not have seen the answer
            adopted = self._adopt(filename, state.get("knownIds") or [])
            if adopted:
                ctx.created(adopted, uploadId=adopted, posted=False)
                ctx.progress.set(size, size)
                return adopted
        else:
            ctx.checkpoint(knownIds=self._ids_named(filename), posted=True)

        def body():
            ctx.progress.set(0)
            return UploadBody(source, file_field="video", fields=[("folder", folder)], on_bytes=ctx.progress.add,
                              cancel=ctx.cancel)

        failures = 0
        while True:
            try:
                answer = self.http.answer("POST", self._url("/uploads"), body=body, auth=self.auth, idempotent=False,
                                          cancel=ctx.cancel)
                break
            except OutcomeUnknown as exc:
                adopted = self._adopt(filename, state.get("knownIds") or [])
                if adopted:
                    log.info("Uploads API: the upload's answer was lost; it arrived as %s", adopted)
                    ctx.created(adopted, uploadId=adopted, posted=False)
                    ctx.progress.set(size, size)
                    return adopted
                failures += 1
                if failures >= self.http.retry.tries:
                    raise ProviderUnavailable(self.title, f"{exc.message} ({failures} tries)") from None
                self.http.sleeper.sleep(self.http.retry.backoff(failures - 1, self.http.rng), ctx.cancel)
        upload_id = answer.obj("data", required=True).id("id", required=True)
        ctx.created(upload_id, uploadId=upload_id, posted=False)
        ctx.progress.set(size, size)
        return upload_id

    def _recent(self) -> list[dict]:
        """The recent uploads, each with its fields checked: ``id``, ``filename``, ``status`` and the rest."""
        answer = self.http.answer("GET", self._url("/uploads"), auth=self.auth)
        return [{"id": d.id("id", required=True), "filename": d.text("filename"), "status": d.raw("status"),
                 "status_text": d.text("status_text"), "created_at": d.text("created_at"),
                 "updated_at": d.text("updated_at")} for d in answer.objects("data")]

    def _ids_named(self, filename: str) -> list[str]:
        return [d["id"] for d in self._recent() if d["filename"] == filename]

    def _adopt(self, filename: str, known: list[str]) -> str | None:
        """A recent upload of this file name that was not there before we sent ours."""
        new = [d for d in self._recent() if d["filename"] == filename and d["id"] not in set(known)]
        if not new:
            return None
        new.sort(key=lambda d: d["created_at"] or "", reverse=True)
        return new[0]["id"]

    # -- status and list -----------------------------------------------------------------------------------
    def status(self, remote_id: str, state: dict | None = None) -> RemoteStatus:
        data = self.http.answer("GET", self._url(f"/uploads/{remote_id}"), auth=self.auth).obj("data", required=True)
        detail, job, row_status = describe_code(data.raw("status"), data.text("status_text"))
        row = RemoteRendition(id="video", status=row_status, detail=detail,
                              progress=1.0 if row_status == ENCODED else None)
        if row_status == R_FAILED:
            row.error = "processing failed on the server"
        return RemoteStatus(provider=self.name, remote_id=remote_id, status=job, renditions=[row], detail=detail,
                            error=row.error, title=data.text("filename"), playable=row_status == ENCODED)

    def list(self) -> list[dict]:
        out = []
        for d in self._recent():
            detail, job, _ = describe_code(d["status"], d["status_text"])
            out.append({"provider": self.name, "remoteId": d["id"], "filename": d["filename"],
                        "status": job, "statusCode": d["status"], "detail": detail,
                        "createdAt": d["created_at"], "updatedAt": d["updated_at"]})
        return out
