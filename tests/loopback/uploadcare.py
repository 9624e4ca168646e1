"""Uploadcare's contract, strictly (docs/providers.md).

One server plays the three hosts under prefixes: the Upload API at ``/upload``, the REST API at ``/api``, the
CDN at ``/cdn``, and the pre-signed part URLs at ``/s3``. Upload API errors are plain text, REST errors JSON.
Multipart uploads are refused under 10 MiB and with parts under `min_part`; each part must be PUT with
``application/octet-stream`` and its exact length. Conversions walk pending → processing → finished, one
step per status poll; heights in `refuse_heights` come back as ``problems``, in `fail_heights` they fail.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import threading
import uuid as uuidlib

from .base import App, HttpError, Request, Response

ACCEPT = "application/vnd.uploadcare-v0.7+json"
PATH = re.compile(r"(?P<uuid>[0-9a-f-]{36})/video/(?:-/size/x(?P<h>\d+)/)?-/format/(?P<fmt>mp4|webm|ogg)/"
                  r"-/quality/(?P<q>normal|better|best|lighter|lightest)/")


class MultipartUpload:
    def __init__(self, uid, filename, size, part_size, store):
        self.uuid, self.filename, self.size, self.part_size, self.store = uid, filename, size, part_size, store
        self.count = -(-size // part_size)
        self.parts: dict[int, bytes] = {}
        self.puts: dict[int, int] = {}  # part -> how many PUTs it got
        self.completed = False


class Conversion:
    def __init__(self, token, path, height, source_uuid):
        self.token, self.path, self.height, self.source = token, path, height, source_uuid
        self.uuid = str(uuidlib.uuid4())
        self.polls = 0


class UploadcareApp(App):
    def __init__(self, public_key: str, secret_key: str, *, min_part: int = 5 * 1024 * 1024,
                 refuse_heights=(), fail_heights=()):
        self.pub, self.secret = public_key, secret_key
        self.min_part = min_part
        self.refuse_heights, self.fail_heights = set(map(str, refuse_heights)), set(map(str, fail_heights))
        self.lock = threading.RLock()
        self.files: dict[str, bytes] = {}  # uuid -> bytes of every stored file
        self.direct_uploads = 0
        self.multipart: dict[str, MultipartUpload] = {}
        self.conversions: dict[int, Conversion] = {}
        self.convert_requests = 0
        self._token = 426339926
        self.sign_key = secrets.token_bytes(16)

    def handle(self, req: Request) -> Response:
        with self.lock:
            if req.path.startswith("/upload/"):
                return self._upload_api(req, req.path[len("/upload"):])
            if req.path.startswith("/s3/"):
                return self._part(req)
            if req.path.startswith("/api/"):
                return self._rest(req, req.path[len("/api"):])
            m = re.fullmatch(r"/cdn/([0-9a-f-]{36})/", req.path)
            if m and req.method == "GET":
                conv = next((c for c in self.conversions.values() if c.uuid == m.group(1)), None)
                data = self.files.get(conv.source) if conv else self.files.get(m.group(1))
                if data is None:
                    raise HttpError(404, "Not found")
                return Response(200, data, {"Content-Type": "video/mp4"})
        raise HttpError(404, "Not found")

    # -- Upload API (plain-text errors) --------------------------------------------------------------------
    def _pub(self, value):
        if value != self.pub:
            raise HttpError(403, "UPLOADCARE_PUB_KEY is invalid.")

    def _store_flag(self, value):
        if value not in ("0", "1", "auto"):
            raise HttpError(400, "UPLOADCARE_STORE must be 0, 1 or auto.")

    def _upload_api(self, req: Request, path: str) -> Response:
        if req.method != "POST":
            raise HttpError(405, "Method not allowed.")
        form = req.multipart()
        self._pub(form.field("UPLOADCARE_PUB_KEY"))
        if path == "/base/":
            self._store_flag(form.field("UPLOADCARE_STORE"))
            f = form.file("file")
            if f is None:
                raise HttpError(400, "file is required.")
            if "/" in f.filename:
                raise HttpError(400, "filename must be a base name.")
            uid = str(uuidlib.uuid4())
            self.files[uid] = f.data
            self.direct_uploads += 1
            return Response.json(200, {"file": uid})
        if path == "/multipart/start/":
            self._store_flag(form.field("UPLOADCARE_STORE"))
            try:
                size, part_size = int(form.field("size")), int(form.field("part_size"))
            except (TypeError, ValueError):
                raise HttpError(400, "size and part_size must be integers.") from None
            filename, ctype = form.field("filename"), form.field("content_type")
            if not filename or "/" in filename or not ctype:
                raise HttpError(400, "filename and content_type are required.")
            if size < 10 * 1024 * 1024:
                raise HttpError(400, "File size can not be less than 10485760 bytes. "
                                     "Please use direct upload instead.")
            if part_size < self.min_part:
                raise HttpError(400, f"part_size can not be less than {self.min_part} bytes.")
            up = MultipartUpload(str(uuidlib.uuid4()), filename, size, part_size, form.field("UPLOADCARE_STORE"))
            self.multipart[up.uuid] = up
            base = self.server.url
            parts = [f"{base}/s3/{up.uuid}/{i}?X-Amz-Expires=300&X-Amz-Signature={self._sign(up.uuid, i)}"
                     for i in range(up.count)]
            return Response.json(200, {"uuid": up.uuid, "parts": parts})
        if path == "/multipart/complete/":
            up = self.multipart.get(form.field("uuid") or "")
            if up is None:
                raise HttpError(400, "uuid is invalid.")
            missing = [i for i in range(up.count) if i not in up.parts]
            if missing:
                raise HttpError(400, f"Not all parts were uploaded: {missing}.")
            data = b"".join(up.parts[i] for i in range(up.count))
            if len(data) != up.size:
                raise HttpError(400, "Uploaded size does not match.")
            up.completed = True
            self.files[up.uuid] = data
            return Response.json(200, {"uuid": up.uuid, "size": up.size, "filename": up.filename, "is_ready": True})
        raise HttpError(404, "Not found.")

    def _sign(self, uid, i):
        return hmac.new(self.sign_key, f"{uid}/{i}".encode(), hashlib.sha256).hexdigest()

    def _part(self, req: Request) -> Response:
        m = re.fullmatch(r"/s3/([0-9a-f-]{36})/(\d+)", req.path)
        up = self.multipart.get(m.group(1)) if m else None
        if req.method != "PUT" or up is None:
            raise HttpError(404, "NoSuchUpload")
        i = int(m.group(2))
        if not hmac.compare_digest(req.query.get("X-Amz-Signature", ""), self._sign(up.uuid, i)):
            raise HttpError(403, "SignatureDoesNotMatch")
        if req.header("Content-Type") != "application/octet-stream":
            raise HttpError(400, "Content-Type must be application/octet-stream")
        expected = min(up.part_size, up.size - i * up.part_size)
        if len(req.body) != expected:
            raise HttpError(400, f"IncompleteBody: expected {expected} bytes")
        up.parts[i] = req.body
        up.puts[i] = up.puts.get(i, 0) + 1
        return Response(200, b"", {"ETag": '"' + hashlib.md5(req.body).hexdigest() + '"'})

    # -- REST API (JSON errors) ----------------------------------------------------------------------------
    def _rest(self, req: Request, path: str) -> Response:
        if req.header("Accept") != ACCEPT:
            raise HttpError(406, {"detail": "Incorrect Accept header provided. Make sure to specify API version."})
        if req.header("Authorization") != f"Uploadcare.Simple {self.pub}:{self.secret}":
            raise HttpError(401, {"detail": "Incorrect authentication credentials."})
        if path == "/convert/video/" and req.method == "POST":
            body = req.json()
            paths = body.get("paths")
            if not isinstance(paths, list) or not paths or body.get("store") not in ("0", "1", None):
                raise HttpError(400, {"detail": "“paths” must be a non-empty list; “store” 0 or 1."})
            self.convert_requests += 1
            result, problems = [], {}
            for p in paths:
                m = PATH.fullmatch(p)
                if not m:
                    problems[p] = "Bad path: CDN Path error: Invalid operations"
                elif m.group("uuid") not in self.files:
                    problems[p] = "File not found"
                elif m.group("h") in self.refuse_heights:
                    problems[p] = f"CDN Path error: Invalid size: x{m.group('h')} exceeds the source"
                else:
                    self._token += 1
                    conv = Conversion(self._token, p, m.group("h"), m.group("uuid"))
                    self.conversions[conv.token] = conv
                    result.append({"original_source": p, "token": conv.token, "uuid": conv.uuid,
                                   "thumbnails_group_uuid": f"{uuidlib.uuid4()}~1"})
            return Response.json(200, {"problems": problems, "result": result})
        m = re.fullmatch(r"/convert/video/status/(\d+)/", path)
        if m and req.method == "GET":
            conv = self.conversions.get(int(m.group(1)))
            if conv is None:
                raise HttpError(404, {"detail": "Not found."})
            conv.polls += 1
            status = ["pending", "processing", "finished"][min(conv.polls - 1, 2)]
            error = None
            if status == "finished" and conv.height in self.fail_heights:
                status, error = "failed", "Unsupported codec for this size"
            return Response.json(200, {"status": status, "error": error,
                                       "result": {"uuid": conv.uuid, "thumbnails_group_uuid": f"{conv.uuid}~1"}})
        raise HttpError(404, {"detail": "Not found."})
