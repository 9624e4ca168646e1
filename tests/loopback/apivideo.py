"""api.video's contract, strictly (docs/providers.md).

Tokens expire (``token_ttl``); every call checks ``Authorization: Bearer``. Source uploads are multipart
``file`` with a base-name filename; chunks carry ``Content-Range: bytes FROM-TO/TOTAL`` (inclusive), at least
``min_chunk`` bytes except the last, each range landing once (a re-sent range is a 400 collision); a complete
source answers 400 ``video-source-already-uploaded``. Encoding advances one step per status poll once the
source is in; `fail` makes every quality fail. Assets are served (HLS playlists and segments, the MP4).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time

from .base import App, HttpError, Request, Response

ERR = "https://docs.api.video/reference/"


def _problem(status, kind, title, **extra):
    return {"type": ERR + kind, "title": title, "status": status, **extra}


class Video:
    def __init__(self, vid, title):
        self.id, self.title = vid, title
        self.total = None
        self.ranges: list[tuple[int, int]] = []  # accepted inclusive ranges, in arrival order
        self.data: bytearray | None = None
        self.complete = False
        self.accepted_bytes = 0
        self.collisions = 0
        self.polls_after_upload = 0
        self.deleted = False

    def covered(self) -> int:
        return sum(hi - lo + 1 for lo, hi in self.ranges)

    def merged(self):
        out = []
        for lo, hi in sorted(self.ranges):
            if out and lo <= out[-1][1] + 1:
                out[-1] = (out[-1][0], max(out[-1][1], hi))
            else:
                out.append((lo, hi))
        return out

    def sha256(self) -> str:
        return hashlib.sha256(bytes(self.data or b"")).hexdigest()


class ApiVideoApp(App):
    def __init__(self, api_key: str, *, min_chunk: int = 5 * 1024 * 1024, max_chunk: int = 128 * 1024 * 1024,
                 token_ttl: float = 3600, qualities=(("hls", "240p"), ("hls", "360p"), ("mp4", "360p")),
                 fail: bool = False):
        self.api_key = api_key
        self.min_chunk, self.max_chunk = min_chunk, max_chunk
        self.token_ttl = token_ttl
        self.qualities = list(qualities)
        self.fail = fail
        self.lock = threading.RLock()
        self.tokens: dict[str, float] = {}  # access token -> expiry (monotonic)
        self.refresh_tokens: set[str] = set()
        self.videos: dict[str, Video] = {}
        self.auth_calls = self.refresh_calls = 0

    # -- auth ----------------------------------------------------------------------------------------------
    def _issue(self) -> dict:
        access, refresh = "at_" + secrets.token_urlsafe(24), "rt_" + secrets.token_urlsafe(24)
        self.tokens[access] = time.monotonic() + self.token_ttl
        self.refresh_tokens.add(refresh)
        return {"access_token": access, "refresh_token": refresh, "token_type": "Bearer",
                "expires_in": int(self.token_ttl) if self.token_ttl >= 1 else 1}

    def _check_bearer(self, req: Request) -> None:
        auth = req.header("Authorization") or ""
        m = re.fullmatch(r"Bearer (\S+)", auth)
        expiry = self.tokens.get(m.group(1)) if m else None
        if expiry is None or expiry < time.monotonic():
            raise HttpError(401, _problem(401, "authentication-required", "Unauthorized request"))

    # -- routing -------------------------------------------------------------------------------------------
    def handle(self, req: Request) -> Response:
        with self.lock:
            return self._route(req)

    def _route(self, req: Request) -> Response:
        p, m = req.path, req.method
        if p == "/auth/api-key" and m == "POST":
            body = req.json()
            self.auth_calls += 1
            if body.get("apiKey") != self.api_key:
                raise HttpError(401, _problem(401, "authentication-failed", "The API key is invalid"))
            return Response.json(200, self._issue())
        if p == "/auth/refresh" and m == "POST":
            body = req.json()
            self.refresh_calls += 1
            token = body.get("refreshToken")
            if token not in self.refresh_tokens:
                raise HttpError(400, _problem(400, "invalid-refresh-token", "The refresh token is invalid"))
            self.refresh_tokens.discard(token)
            return Response.json(200, self._issue())
        if p.startswith("/vod/"):
            return self._asset(req)
        self._check_bearer(req)
        if p == "/videos" and m == "POST":
            body = req.json()
            if not isinstance(body.get("title"), str) or not body["title"]:
                raise HttpError(400, _problem(400, "invalid-attribute", "This attribute is required.",
                                              name="title", problems=[{"type": ERR + "invalid-attribute",
                                                                       "title": "This attribute is required.",
                                                                       "name": "title"}]))
            vid = "vi" + secrets.token_hex(11)
            self.videos[vid] = Video(vid, body["title"])
            return Response.json(201, {"videoId": vid, "title": body["title"], "assets": self._assets(vid)})
        mm = re.fullmatch(r"/videos/(vi\w+)(/source|/status)?", p)
        if not mm or mm.group(1) not in self.videos or self.videos[mm.group(1)].deleted:
            raise HttpError(404, _problem(404, "resource-not-found", "The requested resource was not found."))
        video, tail = self.videos[mm.group(1)], mm.group(2)
        if tail == "/source" and m == "POST":
            return self._source(req, video)
        if tail == "/status" and m == "GET":
            return Response.json(200, self._status(video))
        if tail is None and m == "GET":
            return Response.json(200, {"videoId": video.id, "title": video.title, "assets": self._assets(video.id)})
        if tail is None and m == "DELETE":
            video.deleted = True
            return Response(204)
        raise HttpError(405, _problem(405, "method-not-allowed", "Method not allowed"))

    # -- upload --------------------------------------------------------------------------------------------
    def _source(self, req: Request, video: Video) -> Response:
        form = req.multipart()
        part = form.file("file")
        if part is None:
            raise HttpError(400, _problem(400, "missing-file", "The file field is required.", name="file"))
        if not part.filename or "/" in part.filename or "\\" in part.filename:
            raise HttpError(400, _problem(400, "invalid-filename", "The filename must be a base name."))
        if video.complete:
            raise HttpError(400, _problem(400, "video-source-already-uploaded",
                                          "The source of this video is already uploaded."))
        data = part.data
        header = req.header("Content-Range")
        if header is None:
            lo, hi, total = 0, len(data) - 1, len(data)
            if video.ranges:
                raise HttpError(400, _problem(400, "invalid-content-range",
                                              "A chunked upload is in progress: Content-Range is required."))
        else:
            cr = re.fullmatch(r"bytes (\d+)-(\d+)/(\d+)", header)
            if not cr:
                raise HttpError(400, _problem(400, "invalid-content-range", f"Invalid Content-Range: {header}"))
            lo, hi, total = map(int, cr.groups())
            if not (lo <= hi < total) or hi - lo + 1 != len(data):
                raise HttpError(400, _problem(400, "invalid-content-range",
                                              f"Content-Range {header} does not match the {len(data)}-byte chunk"))
            size = hi - lo + 1
            if size > self.max_chunk or (size < self.min_chunk and hi != total - 1):
                raise HttpError(400, _problem(400, "invalid-chunk-size",
                                              f"Chunks must be {self.min_chunk}-{self.max_chunk} bytes "
                                              f"(the last one may be smaller)"))
            if video.total is not None and total != video.total:
                raise HttpError(400, _problem(400, "invalid-content-range", "The total size changed."))
            for a, b in video.ranges:
                if lo <= b and hi >= a:
                    video.collisions += 1
                    raise HttpError(400, _problem(400, "video-source-collision",
                                                  "This chunk collides with a previous one."))
        if video.total is None:
            video.total = total
            video.data = bytearray(total)
        video.data[lo:hi + 1] = data
        video.ranges.append((lo, hi))
        video.accepted_bytes += len(data)
        if video.covered() == video.total:
            video.complete = True
        return Response.json(201, {"videoId": video.id, "title": video.title, "assets": self._assets(video.id)})

    # -- status --------------------------------------------------------------------------------------------
    def _status(self, video: Video) -> dict:
        if video.complete:
            video.polls_after_upload += 1
            step = video.polls_after_upload  # each poll moves encoding on
            qualities = []
            for i, (kind, quality) in enumerate(self.qualities):
                k = step - i  # quality i starts encoding at poll i+1, is done at poll i+2
                status = "waiting" if k <= 0 else "encoding" if k == 1 else ("failed" if self.fail else "encoded")
                qualities.append({"type": kind, "quality": quality, "status": status})
            ingest = {"status": "uploaded" if step < 2 else "ingested", "filesize": video.total, "receivedBytes": []}
            playable = any(q["status"] == "encoded" for q in qualities)
            meta = {"width": 640, "height": 360, "bitrate": None, "duration": 2, "framerate": None,
                    "samplerate": None, "videoCodec": "h264", "audioCodec": None, "aspectRatio": "16:9"}
        elif video.ranges:
            ingest = {"status": "uploading", "filesize": video.total,
                      "receivedBytes": [{"from": a, "to": b, "total": video.total} for a, b in video.merged()]}
            qualities, playable, meta = [], False, None
        else:
            ingest, qualities, playable, meta = None, [], False, None
        return {"ingest": ingest, "encoding": {"playable": playable, "qualities": qualities, "metadata": meta}}

    def _assets(self, vid: str) -> dict:
        base = self.server.url
        return {"hls": f"{base}/vod/{vid}/hls/manifest.m3u8", "mp4": f"{base}/vod/{vid}/mp4/source.mp4",
                "thumbnail": f"{base}/vod/{vid}/thumbnail.jpg", "player": f"{base}/vod/{vid}/player"}

    def _asset(self, req: Request) -> Response:
        m = re.fullmatch(r"/vod/(vi\w+)/(.+)", req.path)
        video = self.videos.get(m.group(1)) if m else None
        if video is None or not video.complete:
            raise HttpError(404, "not found")
        what = m.group(2)
        if what == "mp4/source.mp4":
            return Response(200, bytes(video.data), {"Content-Type": "video/mp4"})
        if what == "thumbnail.jpg":
            return Response(200, b"\xff\xd8\xff" + b"thumb" * 10, {"Content-Type": "image/jpeg"})
        if what == "hls/manifest.m3u8":
            text = ("#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=400000,RESOLUTION=426x240\n240p/manifest.m3u8\n"
                    "#EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360\n360p/manifest.m3u8\n")
            return Response(200, text.encode(), {"Content-Type": "application/vnd.apple.mpegurl"})
        hm = re.fullmatch(r"hls/(\d+p)/manifest.m3u8", what)
        if hm:
            text = ("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXT-X-PLAYLIST-TYPE:VOD\n"
                    "#EXTINF:2.0,\nsegment_0.ts\n#EXTINF:1.0,\nsegment_1.ts\n#EXT-X-ENDLIST\n")
            return Response(200, text.encode(), {"Content-Type": "application/vnd.apple.mpegurl"})
        sm = re.fullmatch(r"hls/(\d+p)/segment_(\d+).ts", what)
        if sm:
            return Response(200, f"{sm.group(1)}-{sm.group(2)}".encode() * 100, {"Content-Type": "video/mp2t"})
        raise HttpError(404, "not found")
