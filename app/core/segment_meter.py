"""A metering relay: the preview player fetches a remote HLS variant through it, and it times every segment.

Qt's FFmpeg back end downloads the segments itself and says nothing of how fast, so for a remote master the
player is given this relay's URL instead (``http://127.0.0.1:PORT/<the same path and query>``): a small HTTP
server on 127.0.0.1, in threads of its own (never the GUI thread), that fetches each request from the origin,
streams it on, and reports each media segment's size and download time (from the request to its last byte, the
origin's latency included) to `on_download`. Playlists are relayed but not reported. A URI in a playlist that
names another host (absolute) is fetched by the player directly, unmeasured.
"""

from __future__ import annotations

import http.server
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Callable

_PASSED_ON = ("Content-Type", "Content-Range", "Accept-Ranges", "Last-Modified", "ETag")
_CHUNK = 64 * 1024


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class MeteringRelay:
    """Relay the requests for one origin (scheme, host and port of `url`) and time the segments.

    `on_download(path, nbytes, seconds)` is called in the relay's threads: the path as requested, the bytes
    relayed and the seconds it took (a download the player abandoned reports what came until then)."""

    def __init__(self, url: str, on_download: Callable[[str, int, float], None], timeout: float = 20.0):
        self.origin = _origin(url)
        relay = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as FFmpeg's HLS demuxer asks

            def log_message(self, *args):
                pass

            def do_GET(self):
                relay._relay(self)

        self.on_download, self.timeout = on_download, timeout
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, name="segment-meter", daemon=True)
        self._thread.start()

    def url(self, remote: str) -> str:
        """The relay's URL for `remote` (one of its origin's; any other is returned as it is)."""
        if _origin(remote) != self.origin:
            return remote
        parts = urllib.parse.urlsplit(remote)
        return self.base + urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _relay(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        start = time.monotonic()
        headers = {"User-Agent": handler.headers.get("User-Agent") or "Rendition Studio"}
        if handler.headers.get("Range"):
            headers["Range"] = handler.headers["Range"]
        request = urllib.request.Request(self.origin + handler.path, headers=headers)
        try:
            response = urllib.request.urlopen(request, timeout=self.timeout)  # noqa: S310 - the master's own origin
        except urllib.error.HTTPError as e:
            response = e
        except (OSError, ValueError):
            handler.send_error(502)
            return
        with response:
            length = response.headers.get("Content-Length")
            body = None if length is not None else response.read()  # no length: read it whole first
            status = response.getcode() or 502
            handler.send_response(status)
            for name in _PASSED_ON:
                if response.headers.get(name):
                    handler.send_header(name, response.headers[name])
            handler.send_header("Content-Length", str(len(body)) if body is not None else length)
            handler.end_headers()
            sent, client = 0, True
            try:
                while True:
                    chunk = body if body is not None else response.read(_CHUNK)
                    if not chunk:
                        break
                    sent += len(chunk)
                    try:
                        handler.wfile.write(chunk)
                    except OSError:  # the player went away (it switched): what came so far still counts
                        client = False
                        break
                    if body is not None:
                        break
            except OSError:
                client = False
            seconds = time.monotonic() - start
        if not client:
            handler.close_connection = True
        if status < 400 and not urllib.parse.urlsplit(handler.path).path.lower().endswith(".m3u8"):
            try:
                self.on_download(handler.path, sent, seconds)
            except Exception:  # noqa: BLE001 - a listener's failure must not end the relay
                pass
