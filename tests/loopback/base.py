"""A strict little HTTP/1.1 server on 127.0.0.1 (port 0) for the provider tests, with fault injection.

Each provider's contract is an `App` (``handle(request) -> Response``); `LoopbackServer` runs it on a real socket
in threads. Faults (`Fault`) are matched on method and path before the app sees a request:

- ``status``: answer with a given status, headers and body instead (429 with each retry header, 500...);
- ``cut``: read N bytes of the body, then reset the connection (a connection cut mid-upload);
- ``delay``: wait before answering (a slow server; the client's read timeout fires);
- ``drop``: let the app handle the request (it takes effect), then close without answering (a lost answer);
- every kind may run a ``hook(request)`` first, and ``after(request)`` once the app handled it (the restart
  tests kill the client there).

Requests must carry ``Content-Length`` when they have a body (no chunked uploads: real pre-signed URLs and
most APIs refuse them). The server records every request (`log`) for assertions.
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable
from urllib.parse import parse_qs, urlsplit


class Request:
    def __init__(self, method: str, target: str, headers, handler: "Handler"):
        parts = urlsplit(target)
        self.method = method
        self.path = parts.path
        self.query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        self.raw_query = parts.query
        self.headers = headers
        self._handler = handler
        self._body: bytes | None = None
        self.length = int(headers.get("Content-Length") or 0)

    def header(self, name: str, default=None):
        return self.headers.get(name, default)

    def read(self, n: int | None = None) -> bytes:
        """The body (all of it, or its first `n` bytes for a cut)."""
        if self._body is not None:
            return self._body
        if n is not None:
            return self._handler.rfile.read(min(n, self.length))
        self._body = self._handler.rfile.read(self.length) if self.length else b""
        return self._body

    def iter_body(self, block: int = 1 << 20):
        """The body in blocks, not kept (for streaming sinks)."""
        left = self.length
        while left:
            data = self._handler.rfile.read(min(block, left))
            if not data:
                raise ConnectionError("the client went away")
            left -= len(data)
            yield data
        self._body = b""

    @property
    def body(self) -> bytes:
        return self.read()

    def json(self):
        if not (self.header("Content-Type") or "").startswith("application/json"):
            raise HttpError(415, {"title": "Content-Type must be application/json"})
        try:
            return json.loads(self.body)
        except ValueError:
            raise HttpError(400, {"title": "the body is not valid JSON"}) from None

    def multipart(self) -> "Multipart":
        return parse_multipart(self.header("Content-Type") or "", self.body)


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    headers: dict = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, obj, headers: dict | None = None) -> "Response":
        return cls(status, json.dumps(obj).encode(), {"Content-Type": "application/json", **(headers or {})})

    @classmethod
    def text(cls, status: int, text: str, headers: dict | None = None) -> "Response":
        return cls(status, text.encode(), {"Content-Type": "text/plain; charset=utf-8", **(headers or {})})


class HttpError(Exception):
    """Raised by apps: becomes a response (JSON for dicts, text/plain for strings)."""

    def __init__(self, status: int, body, headers: dict | None = None):
        super().__init__(status)
        self.status, self.body, self.headers = status, body, headers or {}

    def response(self) -> Response:
        if isinstance(self.body, (dict, list)):
            return Response.json(self.status, self.body, self.headers)
        return Response.text(self.status, str(self.body), self.headers)


# -- multipart ------------------------------------------------------------------------------------------------
@dataclass
class Part:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes


class Multipart:
    def __init__(self, parts: list[Part]):
        self.parts = parts

    def field(self, name: str) -> str | None:
        for p in self.parts:
            if p.name == name and p.filename is None:
                return p.data.decode()
        return None

    def file(self, name: str) -> Part | None:
        for p in self.parts:
            if p.name == name and p.filename is not None:
                return p
        return None

    def names(self) -> list[str]:
        return [p.name for p in self.parts]


def parse_multipart(content_type: str, body: bytes) -> Multipart:
    """A strict multipart/form-data parser (400 on anything malformed)."""
    m = re.match(r'multipart/form-data;\s*boundary="?([^";]+)"?', content_type)
    if not m:
        raise HttpError(400, {"title": "expected multipart/form-data with a boundary"})
    delimiter = b"--" + m.group(1).encode()
    if not body.startswith(delimiter):
        raise HttpError(400, {"title": "malformed multipart body (no leading boundary)"})
    end = body.rfind(delimiter + b"--")
    if end < 0:
        raise HttpError(400, {"title": "malformed multipart body (no closing boundary)"})
    chunks = body[:end].split(delimiter)[1:]
    parts = []
    for chunk in chunks:
        if not chunk.startswith(b"\r\n") or not chunk.endswith(b"\r\n"):
            raise HttpError(400, {"title": "malformed multipart part"})
        head, sep, data = chunk[2:-2].partition(b"\r\n\r\n")
        if not sep:
            raise HttpError(400, {"title": "multipart part without headers"})
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        disp = headers.get("content-disposition", "")
        name = re.search(r'\bname="([^"]*)"', disp)
        filename = re.search(r'\bfilename="([^"]*)"', disp)
        if not disp.startswith("form-data") or not name:
            raise HttpError(400, {"title": "multipart part without a form-data name"})
        parts.append(Part(name.group(1), filename.group(1) if filename else None, headers.get("content-type"), data))
    return Multipart(parts)


# -- faults ---------------------------------------------------------------------------------------------------
@dataclass
class Fault:
    kind: str  # status | cut | delay | drop | hook
    method: str | None = None
    path: str | None = None  # regular expression, matched with re.search against the path
    times: int = 1  # how many matching requests it applies to (-1: all)
    skip: int = 0  # let this many matching requests through first
    status: int = 500
    headers: dict = field(default_factory=dict)
    body: object = None
    after_bytes: int = 0  # cut: body bytes read before the reset
    seconds: float = 0.0  # delay
    hook: Callable | None = None  # run before the app sees the request
    after: Callable | None = None  # run after the app handled it, before the answer (or the drop)
    hits: int = 0

    def matches(self, req: Request) -> bool:
        if self.method and self.method != req.method:
            return False
        if self.path and not re.search(self.path, req.path):
            return False
        return True


class App:
    """Base class of the provider contracts. `handle` returns a Response or raises HttpError."""

    def handle(self, req: Request) -> Response:  # pragma: no cover - abstract
        raise HttpError(404, {"title": "not found"})

    def streams(self, req: Request) -> bool:
        """True when `handle` reads the body itself with `req.iter_body()` (large uploads)."""
        return False


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format, *args):  # quiet
        pass

    def setup(self):
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no Nagle/delayed-ACK stalls

    def _dispatch(self):
        srv = self.server.owner
        req = Request(self.command, self.path, self.headers, self)
        if req.method in ("POST", "PUT", "PATCH") and "Content-Length" not in self.headers:
            self._send(Response.text(411, "Content-Length required"))
            self.close_connection = True
            return
        if (self.headers.get("Transfer-Encoding") or "").lower() == "chunked":
            self._send(Response.text(411, "chunked bodies are not accepted"))
            self.close_connection = True
            return
        with srv.lock:
            srv.log.append(req)
            fault = srv.take_fault(req)
        if fault is not None and fault.hook is not None:
            fault.hook(req)
        if fault is not None:
            if fault.kind == "status":
                req.read()
                body = fault.body if fault.body is not None else {"title": f"injected {fault.status}"}
                resp = (Response.json(fault.status, body, fault.headers) if isinstance(body, (dict, list))
                        else Response.text(fault.status, str(body), fault.headers))
                self._send(resp)
                return
            if fault.kind == "cut":
                req.read(fault.after_bytes)
                self._reset()
                return
            if fault.kind == "delay":
                req.read()
                time.sleep(fault.seconds)
        try:
            if not srv.app.streams(req):
                req.read()
            resp = srv.app.handle(req)
        except HttpError as exc:
            resp = exc.response()
        if fault is not None and fault.after is not None:
            fault.after(req)
        if fault is not None and fault.kind == "drop":
            self._reset()
            return
        self._send(resp)

    def _reset(self):
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        self.close_connection = True
        try:
            self.connection.close()
        except OSError:
            pass

    def _send(self, resp: Response):
        try:
            self.send_response(resp.status)
            headers = {"Content-Length": str(len(resp.body)), **resp.headers}
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(resp.body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = _dispatch


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address):  # a client that went away mid-request is normal here
        pass


class LoopbackServer:
    def __init__(self, app: App):
        self.app = app
        self.lock = threading.RLock()
        self.log: list[Request] = []
        self.faults: list[Fault] = []
        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._httpd.owner = self
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        app.server = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True, name=f"loopback-{type(app).__name__}")

    def start(self) -> "LoopbackServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def fault(self, kind: str, **kwargs) -> Fault:
        f = Fault(kind, **kwargs)
        with self.lock:
            self.faults.append(f)
        return f

    def take_fault(self, req: Request) -> Fault | None:
        for f in self.faults:
            if f.times == 0 or not f.matches(req):
                continue
            if f.skip > 0:
                f.skip -= 1
                continue
            f.hits += 1
            if f.times > 0:
                f.times -= 1
            return f
        return None

    def requests(self, method: str | None = None, path: str | None = None) -> list[Request]:
        with self.lock:
            return [r for r in self.log if (method is None or r.method == method)
                    and (path is None or re.search(path, r.path))]
