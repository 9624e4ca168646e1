"""Oxolo's get-video contract, strictly (docs/providers.md).

``authorization`` must be the raw key and ``accept`` JSON. A video walks through `steps` (dicts merged into its
``results``), one per poll; values come as strings, as the seed shows. Files are served under ``/files``.
"""

from __future__ import annotations

import threading

from .base import App, HttpError, Request, Response


class OxoloApp(App):
    def __init__(self, api_key: str):
        self.api_key = api_key
        self.lock = threading.RLock()
        self.videos: dict[str, list[dict]] = {}
        self.polls: dict[str, int] = {}

    def add(self, identifier: str, steps: list[dict]) -> None:
        self.videos[identifier] = steps
        self.polls[identifier] = 0

    def handle(self, req: Request) -> Response:
        with self.lock:
            if req.path.startswith("/files/"):
                return Response(200, req.path.encode() * 50, {"Content-Type": "application/octet-stream"})
            if req.header("authorization") != self.api_key:
                raise HttpError(401, {"detail": "Invalid API key"})
            if "application/json" not in (req.header("accept") or ""):
                raise HttpError(406, {"detail": "Not acceptable"})
            prefix = "/v1/api/videos/"
            if req.method != "GET" or not req.path.startswith(prefix):
                raise HttpError(404, {"detail": "Not Found"})
            vid = req.path[len(prefix):]
            if vid not in self.videos:
                raise HttpError(404, {"detail": "Video not found"})
            steps = self.videos[vid]
            step = steps[min(self.polls[vid], len(steps) - 1)]
            self.polls[vid] += 1
            base = self.server.url
            results = {"isActive": True, "createDateTime": "2024-05-01T10:00:00", "createdBy": None,
                       "identifier": vid, "generation_id": "g-1", "generated_from": "FORM", "status": "in_progress",
                       "progress": "0", "remainingTime": "0", "stagText": "Starting", "thumbnail": None,
                       "is_updating": False, "s3_vtt_path": None, "duration": "12.5", "title": "My video",
                       "un_wateremark_link": None, "video_link": None}
            results.update(step)
            for k in ("thumbnail", "s3_vtt_path", "video_link", "un_wateremark_link"):
                if isinstance(results.get(k), str) and results[k].startswith("/"):
                    results[k] = base + results[k]
            return Response.json(200, {"results": results})
