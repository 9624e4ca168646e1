"""A metering relay: the preview player fetches a remote HLS variant through it, and it times every segment.

Qt's FFmpeg back end downloads the segments itself and says nothing of how fast, so for a remote master the
player is given this relay's URL instead (``http://127.0.0.1:PORT/<the same path and query>``): a small HTTP
server on 127.0.0.1, in threads of its own (never the GUI thread), that fetches each request from the origin,
streams it on, and reports each media segment's size and download time (from the request to its last byte, the
origin's latency included) to `on_download`. Playlists are relayed but not reported. A URI in a playlist that
names another host (absolute) is fetched by the player directly, unmeasured.

Each of the relay's threads (one a connection of the player, which keeps its connection alive) keeps its own
connection to the origin alive too: a new connection for every segment would add a TCP (and, over HTTPS, a TLS)
handshake to each segment's time, and the estimate would read the link slower than it is. A redirect, or a proxy
set in the environment, goes through urllib instead (it follows the one and honours the other), unkept.
"""

from __future__ import annotations

import http.client
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
        parts = urllib.parse.urlsplit(url)
        self._scheme, self._host, self._port = parts.scheme, parts.hostname or "", parts.port
        proxies = urllib.request.getproxies()
        self._proxied = bool(proxies.get(self._scheme)) and not urllib.request.proxy_bypass(parts.netloc)
        self._kept = threading.local()  # this thread's connection to the origin
        self.connections = 0  # connections made for the origin by the kept path (a kept one counted once)
        self._count = threading.Lock()
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
        response = self._kept_fetch(handler.path, headers)
        if response is None:  # a redirect, a proxy, or the kept connection failed twice
            request = urllib.request.Request(self.origin + handler.path, headers=headers)
            try:
                response = urllib.request.urlopen(request, timeout=self.timeout)  # noqa: S310 - the master's origin
            except urllib.error.HTTPError as e:
                response = e
            except (OSError, ValueError):
                handler.send_error(502)
                return
        whole = False
        with response:
            length = response.headers.get("Content-Length")
            body = None if length is not None else response.read()  # no length: read it whole first
            status = response.status or 502
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
                whole = True
            except OSError:
                client = False
            seconds = time.monotonic() - start
        if not whole:  # the origin's answer not read to its end: its connection cannot serve another request
            self._drop()
        if not client:
            handler.close_connection = True
        if status < 400 and not urllib.parse.urlsplit(handler.path).path.lower().endswith(".m3u8"):
            try:
                self.on_download(handler.path, sent, seconds)
            except Exception:  # noqa: BLE001 - a listener's failure must not end the relay
                pass

    def _kept_fetch(self, path: str, headers: dict[str, str]):
        """The origin's response over this thread's kept connection (opened on first use, opened again once if it
        was closed meanwhile); None for a redirect (read and left to urllib), behind a proxy, or on failure."""
        if self._proxied or self._scheme not in ("http", "https"):
            return None
        for _ in range(2):
            conn = getattr(self._kept, "conn", None)
            if conn is None:
                kind = http.client.HTTPSConnection if self._scheme == "https" else http.client.HTTPConnection
                conn = self._kept.conn = kind(self._host, self._port, timeout=self.timeout)
                with self._count:
                    self.connections += 1
            try:
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
            except (OSError, http.client.HTTPException):
                self._drop()
                continue  # a kept connection the origin closed: once more on a new one
            if 300 <= response.status < 400:
                response.read()
                response.close()
                return None
            return response
        return None

    def _drop(self) -> None:
        conn = getattr(self._kept, "conn", None)
        self._kept.conn = None
        if conn is not None:
            conn.close()
