"""VideoSDK encoder jobs (legacy contract, for self-hosted or compatible back ends).

Contract (docs/providers.md): ``POST {storage}/v1/files`` multipart ``file`` → a file object whose ``id`` is the
``videoId``; ``POST {api}/v1/encoder/jobs`` JSON ``{videoId, presets, thumbnails, webhookUrl}`` → the job
(``id``, ``status``: queued, processing, completed, failed); ``GET {api}/v1/encoder/jobs/{id}`` → the job with
``files[]`` (videos with ``meta.resolution``; HLS as ``type: "x-tar"`` whose ``fileUrl`` ends ``index.m3u8``;
images without ``meta``). ``Authorization: <JWT>`` (no ``Bearer``): HS256 over ``{"apikey", "permissions":
["allow_join"]}``, minted here with a short lifetime and re-minted before it runs out.

Renditions: ``hls:720``, ``mp4:360``, or a bare ``720p`` (HLS); resolutions 240, 360, 480, 720, 1080, 4k.
One grid row per preset resolution. The API has no cancel and no list.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import threading
import time

from app.core import redact
from app.core.errors import UsageError
from app.providers.base import Provider, PushContext, PushOptions, name_from_url
from app.providers.errors import ProviderError
from app.providers.http import Auth, UploadBody, join_url
from app.providers.model import (ENCODED, ENCODING, REMOTE_FAILED, REMOTE_COMPLETED, R_FAILED, REMOTE_PROCESSING,
                                 REMOTE_QUEUED, WAITING, RemoteRendition, RemoteResult, RemoteStatus)

RESOLUTIONS = ("240", "360", "480", "720", "1080", "4k")
DEFAULT_PRESETS = [{"resolutions": ["240", "360", "480", "720", "1080"], "format": "hls"},
                   {"resolutions": ["360"], "format": "mp4"}]
DEFAULT_THUMBNAILS = [{"timestamp": "00:00:03", "resolutions": ["360"], "formats": ["jpg", "webp"],
                       "filters": ["none", "blur"]}]
TOKEN_LIFETIME = 600  # seconds: minutes, as the contract asks
_JOB_STATUS = {"queued": REMOTE_QUEUED, "processing": REMOTE_PROCESSING, "completed": REMOTE_COMPLETED,
               "failed": REMOTE_FAILED}


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def mint_jwt(api_key: str, secret: str, lifetime: int = TOKEN_LIFETIME, now: float | None = None) -> str:
    """An HS256 JWT ``{"apikey", "permissions": ["allow_join"], "iat", "exp"}`` signed with `secret`."""
    issued = int(now if now is not None else time.time())
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _b64url(json.dumps({"apikey": api_key, "permissions": ["allow_join"], "iat": issued,
                                  "exp": issued + int(lifetime)}, separators=(",", ":")).encode())
    signing_input = f"{header}.{payload}"
    signature = hmac.new(secret.encode(), signing_input.encode(), hashlib.sha256).digest()
    token = f"{signing_input}.{_b64url(signature)}"
    redact.register(token)
    return token


class JwtAuth(Auth):
    def __init__(self, api_key: str, secret: str, lifetime: int = TOKEN_LIFETIME, clock=time.time):
        self._key, self._secret, self.lifetime, self.clock = api_key, secret, lifetime, clock
        self._token: str | None = None
        self._expires = 0.0
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return "JwtAuth(<hidden>)"

    def _mint(self) -> None:
        now = self.clock()
        self._token = mint_jwt(self._key, self._secret, self.lifetime, now)
        self._expires = now + self.lifetime

    def headers(self) -> dict:
        with self._lock:
            if self._token is None or self.clock() >= self._expires - min(60, self.lifetime / 4):
                self._mint()
            return {"Authorization": self._token, "Accept": "application/json"}

    def refresh(self) -> bool:
        with self._lock:
            self._mint()
        return True


def parse_presets(tokens: list[str] | None) -> list[dict]:
    """``["hls:240", "hls:720", "mp4:360"]`` or ``["240p", "720p"]`` → VideoSDK presets (format order kept)."""
    if not tokens:
        return [dict(p, resolutions=list(p["resolutions"])) for p in DEFAULT_PRESETS]
    presets: dict[str, list[str]] = {}
    for token in tokens:
        t = token.strip().lower()
        fmt, _, res = t.rpartition(":")
        fmt = fmt or "hls"
        res = "4k" if res in ("4k", "2160", "2160p") else res.rstrip("p")
        if fmt not in ("hls", "mp4") or res not in RESOLUTIONS:
            raise UsageError(f"VideoSDK rendition {token!r}: use [hls:|mp4:]RES with RES one of "
                             f"{', '.join(RESOLUTIONS)} (e.g. hls:720, mp4:360, 1080p)")
        if res not in presets.setdefault(fmt, []):
            presets[fmt].append(res)
    return [{"resolutions": res, "format": fmt} for fmt, res in presets.items()]


def _short_side(meta) -> int | None:
    try:
        res = meta["resolution"]
        return min(int(res["width"]), int(res["height"]))
    except (KeyError, TypeError, ValueError):
        return None


def _quality(res: str) -> str:
    return "2160p" if res == "4k" else f"{res}p"


def _res_number(res: str) -> int:
    return 2160 if res == "4k" else int(re.sub(r"\D", "", res) or 0)


class VideoSdk(Provider):
    name = "videosdk"
    title = "VideoSDK"
    ENDPOINTS = {"api": "https://api.videosdk.live", "storage": "https://storage-api.videosdk.live"}
    PRIMARY = "api"

    def __init__(self, endpoints: dict, credentials, http=None, token_lifetime: int = TOKEN_LIFETIME):
        super().__init__(endpoints, credentials, http)
        self.auth = JwtAuth(credentials["api_key"], credentials["secret"], token_lifetime)

    def _api(self, path: str) -> str:
        return join_url(self.endpoints["api"], path)

    # -- push ----------------------------------------------------------------------------------------------
    def push(self, source: str, options: PushOptions, ctx: PushContext) -> str:
        size = os.path.getsize(source)
        presets = parse_presets(options.renditions)
        thumbnails = options.thumbnails if options.thumbnails is not None else DEFAULT_THUMBNAILS
        state = ctx.state
        ctx.progress.set(size if state.get("fileId") else 0, size)
        file_id = state.get("fileId")
        if not file_id:
            def body():
                ctx.progress.set(0)
                return UploadBody(source, file_field="file", on_bytes=ctx.progress.add, cancel=ctx.cancel)

            # A replayed lost upload stores an unused copy at worst: no job is created until its id is known.
            answer = self.http.answer("POST", join_url(self.endpoints["storage"], "/v1/files"), body=body,
                                      auth=self.auth, idempotent=True, cancel=ctx.cancel)
            file_id = answer.id("id") or answer.obj("data").id("id", required=True)
            ctx.checkpoint(fileId=file_id, size=size)
        ctx.progress.set(size, size)
        job_id = state.get("jobId")
        if job_id:
            return job_id
        if state.get("jobRequested"):
            raise ProviderError(self.title, "an encoder job was requested for this upload but its answer was lost; "
                                            "it may exist already, so it is not requested again. Check the back "
                                            "end, then push the file as a new job if there is none")
        request = {"videoId": file_id, "presets": presets, "thumbnails": thumbnails}
        if options.webhook_url:
            request["webhookUrl"] = options.webhook_url
        ctx.checkpoint(jobRequested=True, presets=presets)
        job = self.http.answer("POST", self._api("/v1/encoder/jobs"), json=request, auth=self.auth, idempotent=False,
                               cancel=ctx.cancel)
        job_id = job.id("id", required=True)
        ctx.created(job_id, jobId=job_id)
        return job_id

    # -- status --------------------------------------------------------------------------------------------
    def status(self, remote_id: str, state: dict | None = None) -> RemoteStatus:
        data = self.http.answer("GET", self._api(f"/v1/encoder/jobs/{remote_id}"), auth=self.auth)
        word = data.text("status") or ""
        job = _JOB_STATUS.get(word, REMOTE_PROCESSING)
        presets = [p.data for p in data.objects("presets")] or (state or {}).get("presets") or []
        files = [_file(f) for f in data.objects("files")]
        # short side -> file: each rendition gets the file made at its own resolution
        videos: dict[int, dict] = {}
        hls: dict[int, dict] = {}
        for f in files:
            if f["fileUrl"] and f["side"] is not None and f["type"] in ("video", "x-tar"):
                (videos if f["type"] == "video" else hls).setdefault(f["side"], f)
        hls_files = [f for f in files if f["type"] == "x-tar" and f["fileUrl"]]
        master = hls_files[0] if len(hls_files) == 1 else None  # one HLS tree: the master of every HLS row
        error = data.text("error")
        rows = []
        for preset in presets:
            fmt = str(preset.get("format") or "")
            for res in preset.get("resolutions") or []:
                res = str(res)
                row = RemoteRendition(id=f"{fmt}:{_quality(res)}", type=fmt, quality=_quality(res))
                found = (hls.get(_res_number(res)) or master) if fmt == "hls" else videos.get(_res_number(res))
                if found is not None:
                    row.status, row.url, row.progress = ENCODED, found["fileUrl"], 1.0
                elif job == REMOTE_QUEUED:
                    row.status = WAITING
                elif job == REMOTE_PROCESSING:
                    row.status = ENCODING
                elif job == REMOTE_COMPLETED:
                    row.status, row.error = R_FAILED, "the finished job lists no file for this rendition"
                else:
                    row.status, row.error = R_FAILED, error or "the job failed"
                rows.append(row)
        detail = f"unknown ({word})" if word and word not in _JOB_STATUS else (word or None)
        st = RemoteStatus(provider=self.name, remote_id=remote_id, status=job, renditions=rows, detail=detail,
                          playable=any(r.status == ENCODED for r in rows),
                          error=error if job == REMOTE_FAILED else None)
        if job == REMOTE_FAILED and not st.error:
            st.error = "the encoder job failed"
        if rows:
            st.progress = sum(r.status in (ENCODED, R_FAILED) for r in rows) / len(rows)
        if job == REMOTE_COMPLETED:
            missing = [r for r in rows if r.status == R_FAILED]
            if missing:
                st.error = f"{len(missing)} of {len(rows)} renditions are missing from the job's files"
        st.assets = {"files": [{k: f[k] for k in ("id", "type", "fileUrl", "size", "meta")} for f in files]} \
            if files else None
        return st

    def results(self, status: RemoteStatus, state: dict | None = None) -> list[RemoteResult]:
        files = [f for f in (status.assets or {}).get("files") or [] if f.get("fileUrl")]
        several_hls = len({f["fileUrl"] for f in files if f.get("type") == "x-tar"}) > 1
        by_url = {r.url: r.id for r in status.renditions if r.url}
        out, seen, hls_count = [], set(), 0
        for f in files:
            url = f["fileUrl"]
            if url in seen:
                continue
            seen.add(url)
            kind, side, size = f.get("type"), _short_side(f.get("meta")), f.get("size")
            if kind == "x-tar":
                hls_count += 1
                if several_hls:  # one tree per resolution: hls/720p/index.m3u8, never one folder for all
                    folder = f"hls/{side}p" if side else f"hls/{hls_count}"
                    out.append(RemoteResult(url, f"{folder}/index.m3u8", kind="hls", rendition=by_url.get(url)))
                else:
                    out.append(RemoteResult(url, "hls/master.m3u8", kind="hls"))
            elif kind == "video":
                name = f"mp4/{side}p.mp4" if side else f"mp4/{name_from_url(url, 'video.mp4')}"
                out.append(RemoteResult(url, name, rendition=by_url.get(url), size=size))
            else:
                out.append(RemoteResult(url, f"thumbnails/{name_from_url(url, 'thumbnail.jpg')}", size=size))
        return out


def _file(f) -> dict:
    """One entry of a job's ``files[]``, its fields checked (an image has no ``meta``)."""
    meta = f.obj("meta").data or None
    size = f.int("size")
    return {"id": f.id("id"), "type": f.str("type"), "fileUrl": f.str("fileUrl"), "size": size if size else None,
            "meta": meta, "side": _short_side(meta)}
