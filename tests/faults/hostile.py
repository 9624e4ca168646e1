"""A hostile HTTP server on 127.0.0.1 (port 0): it answers whatever a test tells it to, however badly.

Routes are ``(method, path regex) -> behaviour``; a behaviour is a function of the request handler. The
helpers below build the bad answers the provider layer must survive: wrong JSON shapes, non-JSON bodies, a
body that claims gzip and is not, a gzip bomb, an endless body, a stalled body, a slow drip, a redirect loop.
Every handler thread ends when the server stops (stalls wait on the server's stop event), and `stop()` joins
them: no thread outlives a test.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format, *args):  # quiet
        pass

    def _dispatch(self):
        owner = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        self.body = self.rfile.read(length) if length else b""
        with owner.lock:
            owner.log.append((self.command, self.path))
        for method, pattern, behaviour in owner.routes:
            if method == self.command and re.search(pattern, self.path.split("?")[0]):
                try:
                    behaviour(self)
                except OSError:  # the client went away: normal for the hostile cases
                    self.close_connection = True
                return
        send(self, 404, b'{"title": "not found"}', {"Content-Type": "application/json"})

    do_GET = do_POST = do_PUT = do_DELETE = _dispatch


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True  # server_close() joins every handler thread
    allow_reuse_address = True

    def handle_error(self, request, client_address):
        pass


class Hostile:
    def __init__(self):
        self.routes: list = []
        self.log: list = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="hostile-server")

    def route(self, method: str, pattern: str, behaviour) -> "Hostile":
        self.routes.insert(0, (method, pattern, behaviour))  # later routes win
        return self

    def hits(self, pattern: str) -> int:
        with self.lock:
            return sum(1 for _, path in self.log if re.search(pattern, path))

    def __enter__(self) -> "Hostile":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()


# -- behaviours ---------------------------------------------------------------------------------------------
def head(h, status: int, headers: dict) -> None:
    h.send_response(status)
    for k, v in headers.items():
        h.send_header(k, v)
    h.end_headers()


def send(h, status: int, body: bytes, headers: dict | None = None) -> None:
    head(h, status, {"Content-Length": str(len(body)), **(headers or {})})
    h.wfile.write(body)
    h.wfile.flush()


def answer(obj, status: int = 200, headers: dict | None = None):
    """JSON (any shape)."""
    body = json.dumps(obj).encode()
    return lambda h: send(h, status, body, {"Content-Type": "application/json", **(headers or {})})


def raw(body: bytes, content_type: str = "application/json", status: int = 200, headers: dict | None = None):
    return lambda h: send(h, status, body, {"Content-Type": content_type, **(headers or {})})


def not_gzip(obj):
    """A JSON body that claims ``Content-Encoding: gzip`` and is not compressed at all."""
    return raw(json.dumps(obj).encode(), headers={"Content-Encoding": "gzip"})


_BOMBS: dict = {}


def gzip_bomb(size: int, content_type: str = "application/octet-stream"):
    """`size` zero bytes, gzip-compressed (about 1000:1), sent with ``Content-Encoding: gzip``."""
    if size not in _BOMBS:
        _BOMBS[size] = gzip.compress(b"\0" * size, 9)
    return raw(_BOMBS[size], content_type, headers={"Content-Encoding": "gzip"})


def endless(block: bytes = b"x" * 65536, content_type: str = "video/mp4"):
    """A body without a length that never ends (until the client hangs up or the server stops)."""
    def behaviour(h):
        head(h, 200, {"Content-Type": content_type, "Connection": "close"})
        h.close_connection = True
        while not h.server.owner.stopping.is_set():
            h.wfile.write(block)
    return behaviour


def stalled(first: bytes, declared: int, content_type: str = "video/mp4"):
    """Declares `declared` bytes, sends `first`, then sends nothing more until the server stops."""
    def behaviour(h):
        head(h, 200, {"Content-Type": content_type, "Content-Length": str(declared)})
        h.wfile.write(first)
        h.wfile.flush()
        h.server.owner.stopping.wait(60)
        h.close_connection = True
    return behaviour


def drip(total: int, every: float, content_type: str = "video/mp4"):
    """`total` bytes, one every `every` seconds: never stalled, never done in time."""
    def behaviour(h):
        head(h, 200, {"Content-Type": content_type, "Content-Length": str(total)})
        for _ in range(total):
            if h.server.owner.stopping.wait(every):
                break
            h.wfile.write(b"d")
            h.wfile.flush()
        h.close_connection = True
    return behaviour


def redirect(location: str, status: int = 302):
    return lambda h: send(h, status, b"", {"Location": location})
