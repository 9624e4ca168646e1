"""The Uploads API's contract, strictly (docs/providers.md), under ``/api/client/v1``.

``Authorization: Bearer <key>``; ``POST /uploads`` multipart with ``video`` (a file) and ``folder`` (both
required, 422 otherwise) → 202; ``GET /uploads`` the 50 most recent; ``GET /uploads/{id}``. Each upload walks
through `codes` one step per poll (default 1, 3, 5, 6; unknown codes can be injected).
"""

from __future__ import annotations

import hashlib
import re
import threading
import uuid as uuidlib
from datetime import datetime, timedelta, timezone

from .base import App, HttpError, Request, Response

PREFIX = "/api/client/v1"
TEXT = {1: "pending", 3: "processing", 5: "uploading", 6: "completed", 7: "failed"}


class Upload:
    def __init__(self, uid, filename, folder, data, created):
        self.id, self.filename, self.folder, self.data, self.created = uid, filename, folder, data, created
        self.polls = 0
        self.sha256 = hashlib.sha256(data).hexdigest()


class UploadsApp(App):
    def __init__(self, api_key: str, codes=(1, 3, 5, 6)):
        self.api_key = api_key
        self.codes = list(codes)
        self.lock = threading.RLock()
        self.uploads: list[Upload] = []
        self.clock = datetime(2024, 8, 11, 10, 0, tzinfo=timezone.utc)

    def handle(self, req: Request) -> Response:
        if not req.path.startswith(PREFIX + "/"):
            raise HttpError(404, {"message": "Not Found"})
        if req.header("Authorization") != f"Bearer {self.api_key}":
            raise HttpError(401, {"message": "Unauthenticated."})
        path = req.path[len(PREFIX):]
        with self.lock:
            if path == "/uploads" and req.method == "POST":
                return self._create(req)
            if path == "/uploads" and req.method == "GET":
                recent = sorted(self.uploads, key=lambda u: u.created, reverse=True)[:50]
                return Response.json(200, {"data": [self._item(u) for u in recent]})
            m = re.fullmatch(r"/uploads/([\w-]+)", path)
            if m and req.method == "GET":
                u = next((u for u in self.uploads if u.id == m.group(1)), None)
                if u is None:
                    raise HttpError(404, {"message": "Upload not found."})
                u.polls += 1
                return Response.json(200, {"data": self._item(u, full=False)})
        raise HttpError(405, {"message": "Method not allowed."})

    def _code(self, u: Upload) -> int:
        return self.codes[min(u.polls, len(self.codes) - 1)]

    def _item(self, u: Upload, full: bool = True) -> dict:
        code = self._code(u)
        d = {"id": u.id, "filename": u.filename, "status": code, "status_text": TEXT.get(code, "mystery")}
        if full:
            d["created_at"] = u.created.strftime("%Y-%m-%dT%H:%M:%SZ")
            d["updated_at"] = d["created_at"]
        return d

    def _create(self, req: Request) -> Response:
        form = req.multipart()
        video, folder = form.file("video"), form.field("folder")
        errors = {}
        if video is None:
            errors["video"] = ["The video field is required."]
        if not folder:
            errors["folder"] = ["The folder field is required."]
        if errors:
            raise HttpError(422, {"message": "The given data was invalid.", "errors": errors})
        if "/" in video.filename or "\\" in video.filename:
            raise HttpError(422, {"message": "The filename must be a base name."})
        self.clock += timedelta(seconds=1)
        u = Upload(str(uuidlib.uuid4()), video.filename, folder, video.data, self.clock)
        self.uploads.append(u)
        return Response.json(202, {"message": "Upload accepted and is now being processed.",
                                   "data": {"id": u.id, "status": 1, "status_text": "pending"}})
