"""VideoSDK encoder jobs' contract, strictly (docs/providers.md).

Storage under ``/storage``, API under ``/api``, results under ``/cdn``. ``Authorization`` must be a bare HS256
JWT (no ``Bearer``) signed with the secret, ``apikey`` equal to the key, ``permissions`` with
``allow_join``, unexpired and short-lived (at most an hour). Jobs walk queued → processing → completed (or
failed with `fail`), one step per poll; finished jobs list ``files[]`` in the seed's shape.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
import threading
import time

from .base import App, HttpError, Request, Response

RESOLUTIONS = {"240", "360", "480", "720", "1080", "4k"}


def _unb64(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


class VideoSdkApp(App):
    def __init__(self, api_key: str, secret: str, *, fail: bool = False, max_lifetime: int = 3600):
        self.api_key, self.secret = api_key, secret
        self.fail = fail
        self.max_lifetime = max_lifetime
        self.lock = threading.RLock()
        self.files: dict[str, bytes] = {}
        self.jobs: dict[str, dict] = {}
        self.polls: dict[str, int] = {}
        self.tokens_seen: set[str] = set()

    def _check_jwt(self, req: Request) -> None:
        token = req.header("Authorization") or ""
        try:
            if token.lower().startswith("bearer "):
                raise ValueError("a bare JWT is expected, without Bearer")
            head, payload, sig = token.split(".")
            expected = hmac.new(self.secret.encode(), f"{head}.{payload}".encode(), hashlib.sha256).digest()
            if not hmac.compare_digest(_unb64(sig), expected):
                raise ValueError("bad signature")
            header, claims = json.loads(_unb64(head)), json.loads(_unb64(payload))
            if header.get("alg") != "HS256":
                raise ValueError("alg must be HS256")
            if claims.get("apikey") != self.api_key or "allow_join" not in claims.get("permissions", []):
                raise ValueError("wrong apikey or permissions")
            now = time.time()
            if not claims["exp"] > now or claims["exp"] - claims.get("iat", now) > self.max_lifetime:
                raise ValueError("expired or too long-lived")
        except (ValueError, KeyError, TypeError) as exc:
            raise HttpError(401, {"message": f"Unauthorized: {exc}"}) from None
        self.tokens_seen.add(token)

    def handle(self, req: Request) -> Response:
        with self.lock:
            if req.path.startswith("/cdn/"):
                return self._cdn(req)
            self._check_jwt(req)
            if req.path == "/storage/v1/files" and req.method == "POST":
                f = req.multipart().file("file")
                if f is None:
                    raise HttpError(400, {"message": "file is required"})
                fid = secrets.token_hex(12)
                self.files[fid] = f.data
                return Response.json(200, {"id": fid, "fileName": f.filename, "size": len(f.data)})
            if req.path == "/api/v1/encoder/jobs" and req.method == "POST":
                return self._create(req.json())
            m = re.fullmatch(r"/api/v1/encoder/jobs/(\w+)", req.path)
            if m and req.method == "GET":
                return self._job(m.group(1))
        raise HttpError(404, {"message": "Not found"})

    def _create(self, body: dict) -> Response:
        if body.get("videoId") not in self.files:
            raise HttpError(400, {"message": "videoId is not a stored file"})
        presets = body.get("presets")
        if not isinstance(presets, list) or not presets:
            raise HttpError(400, {"message": "presets is required"})
        for p in presets:
            if p.get("format") not in ("hls", "mp4") or not p.get("resolutions") \
                    or not set(p["resolutions"]) <= RESOLUTIONS:
                raise HttpError(400, {"message": f"invalid preset {p}"})
        for t in body.get("thumbnails") or []:
            if not re.fullmatch(r"\d\d:\d\d:\d\d", str(t.get("timestamp"))) \
                    or not set(t.get("formats") or ["x"]) <= {"jpg", "webp"} \
                    or not set(t.get("filters") or ["x"]) <= {"none", "blur"} or not t.get("resolutions"):
                raise HttpError(400, {"message": f"invalid thumbnail {t}"})
        jid = secrets.token_hex(12)
        job = {"status": "queued", "videoId": body["videoId"],
               "presets": [dict(p, id=secrets.token_hex(12)) for p in presets],
               "thumbnails": [dict(t, id=secrets.token_hex(12)) for t in body.get("thumbnails") or []],
               "webhookUrl": body.get("webhookUrl"), "files": [], "id": jid,
               "createdAt": "2021-03-18T08:39:36.764Z"}
        self.jobs[jid] = job
        self.polls[jid] = 0
        return Response.json(200, job)

    def _job(self, jid: str) -> Response:
        job = self.jobs.get(jid)
        if job is None:
            raise HttpError(404, {"message": "job not found"})
        self.polls[jid] += 1
        step = self.polls[jid]
        job["status"] = "queued" if step == 1 else "processing" if step == 2 else ("failed" if self.fail else
                                                                                     "completed")
        if job["status"] == "completed" and not job["files"]:
            job["files"] = self._files(job)
        return Response.json(200, job)

    def _files(self, job) -> list:
        base = self.server.url + "/cdn"
        files = []
        for p in job["presets"]:
            res = sorted(p["resolutions"], key=lambda r: 2160 if r == "4k" else int(r))
            if p["format"] == "hls":
                top = 2160 if res[-1] == "4k" else int(res[-1])
                files.append({"meta": {"resolution": {"width": top * 16 // 9, "height": top}, "format": "hls",
                                       "duration": 2.0}, "jobId": job["id"], "type": "x-tar", "size": 5755392,
                              "fileUrl": f"{base}/files/videos/{job['id']}/index.m3u8", "id": secrets.token_hex(12)})
            else:
                for r in res:
                    side = 2160 if r == "4k" else int(r)
                    files.append({"meta": {"resolution": {"width": side, "height": side * 16 // 9},
                                           "format": "mov,mp4,m4a,3gp,3g2,mj2", "duration": 2.0},
                                  "jobId": job["id"], "type": "video", "size": 1572953,
                                  "fileUrl": f"{base}/files/videos/{job['id']}-{r}.mp4", "id": secrets.token_hex(12)})
        for t in job["thumbnails"]:
            for fmt in t["formats"]:
                for flt in t["filters"]:
                    files.append({"jobId": job["id"], "type": "image", "size": 24155,
                                  "fileUrl": f"{base}/files/images/{job['id']}-{flt}.{fmt}",
                                  "id": secrets.token_hex(12)})
        return files

    def _cdn(self, req: Request) -> Response:
        if req.path.endswith("index.m3u8"):
            text = "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\nseg0.ts\n#EXTINF:1.0,\nseg1.ts\n#EXT-X-ENDLIST\n"
            return Response(200, text.encode(), {"Content-Type": "application/vnd.apple.mpegurl"})
        return Response(200, req.path.encode() * 20, {"Content-Type": "application/octet-stream"})
