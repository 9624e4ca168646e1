"""Bounded reading of what servers send: sizes, compression ratio, stalls, deadlines and Ctrl-C.

- **Limits** (`Limits`, each one an environment variable too, for self-hosted set-ups and tests):
  an API answer (JSON, a playlist, an error text) is at most ``max_answer`` bytes (16 MiB); a download at most
  the size the provider or the server declared, or ``max_download`` (64 GiB) when nobody declared one;
  a compressed body may not grow more than ``max_ratio`` (200) times while decoding (a gzip bomb); a download
  stalls out after ``stall_timeout`` seconds without a byte (60 s) and gives up after ``deadline`` (6 h) per
  file; an API answer must be complete within ``answer_deadline`` (300 s).
- **Decoding** is ours, not httpx's (``Accept-Encoding: gzip, deflate`` only): bounded output per step, so a
  bomb is caught after a few hundred KiB, and a body that claims gzip and is not is a clear error.
- **Short slices.** Every socket read waits at most `SLICE` seconds at a time and then checks the cancel event
  and the deadline of the request under way (`control`), so Ctrl-C stops a stalled transfer at once; the read
  timeout the request asked for (its stall timeout) still applies across the slices.
"""

from __future__ import annotations

import os
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

import httpcore
import httpx

from app.core.errors import Cancelled

KiB, MiB, GiB = 1024, 1024 ** 2, 1024 ** 3
SLICE = 0.2  # seconds a socket read waits before checking the cancel event and the deadline again
RATIO_FLOOR = 1 * MiB  # decoded bytes before the compression ratio is judged (small answers compress well)
ACCEPT_ENCODING = "gzip, deflate"


def _env_number(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if value > 0 else default


@dataclass
class Limits:
    max_answer: int = field(default_factory=lambda: int(_env_number("RENDITION_STUDIO_MAX_ANSWER", 16 * MiB)))
    max_download: int = field(default_factory=lambda: int(_env_number("RENDITION_STUDIO_MAX_DOWNLOAD", 64 * GiB)))
    max_ratio: float = 200.0
    stall_timeout: float = field(default_factory=lambda: _env_number("RENDITION_STUDIO_STALL_TIMEOUT", 60.0))
    deadline: float = field(default_factory=lambda: _env_number("RENDITION_STUDIO_DOWNLOAD_DEADLINE", 6 * 3600.0))
    answer_deadline: float = 300.0


def size_text(n: int) -> str:
    for unit, name in ((GiB, "GiB"), (MiB, "MiB"), (KiB, "KiB")):
        if n >= unit and n % unit == 0:
            return f"{n // unit} {name}"
    return f"{n} bytes"


# -- the request under way: its cancel event and deadline ---------------------------------------------------
class DeadlinePassed(Exception):
    """The request under way ran past its deadline (raised from a socket read)."""


_current = threading.local()


@contextmanager
def control(cancel: threading.Event | None, seconds: float | None):
    """Socket reads in this thread (httpx is synchronous) check `cancel` and a deadline `seconds` from now."""
    previous = getattr(_current, "value", None)
    _current.value = (cancel, None if seconds is None else time.monotonic() + seconds)
    try:
        yield
    finally:
        _current.value = previous


class _SlicedStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        cancel, deadline = getattr(_current, "value", None) or (None, None)
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled by the user")
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                raise DeadlinePassed()
            if end is not None and now >= end:
                raise httpcore.ReadTimeout("no data in time")
            wait = min(x for x in (SLICE, end and end - now, deadline and deadline - now) if x)
            try:
                return self._inner.read(max_bytes, max(wait, 0.001))
            except httpcore.ReadTimeout:
                continue

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None) -> httpcore.NetworkStream:
        return _SlicedStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _SlicedBackend(httpcore.NetworkBackend):
    def __init__(self):
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        return _SlicedStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        return _SlicedStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class SlicedTransport(httpx.HTTPTransport):
    """httpx's transport (verifying TLS, the given socket options) over sockets read in short slices."""

    def __init__(self, ssl_context, socket_options):
        super().__init__(verify=ssl_context, socket_options=socket_options)
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
        self._pool = httpcore.ConnectionPool(ssl_context=ssl_context, max_connections=limits.max_connections,
                                             max_keepalive_connections=limits.max_keepalive_connections,
                                             keepalive_expiry=limits.keepalive_expiry,
                                             socket_options=socket_options, network_backend=_SlicedBackend())


# -- bodies -------------------------------------------------------------------------------------------------
class _Decoder:
    """Content-Encoding gzip/deflate/identity, decoded in bounded steps."""

    def __init__(self, encoding: str, fail: Callable[[str], Exception]):
        self.fail = fail
        self.name = encoding.strip().lower()
        if self.name in ("", "identity"):
            self.z = None
        elif self.name in ("gzip", "x-gzip"):
            self.z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.name == "deflate":
            self.z = zlib.decompressobj()
        else:
            raise fail(f"it uses the {self.name!r} encoding, which was not asked for")

    def feed(self, data: bytes, step: int):
        if self.z is None:
            yield data
            return
        try:
            while not self.z.eof:
                out = self.z.decompress(data, step)
                data = self.z.unconsumed_tail
                yield out
                if not data and len(out) < step:  # all in, nothing pending
                    break
        except zlib.error:
            raise self.fail(f"it claims {self.name} encoding but is not valid {self.name}") from None

    def finish(self) -> None:
        if self.z is not None and not self.z.eof:
            raise self.fail(f"its {self.name} data ends early")


def read_body(resp: httpx.Response, sink: Callable[[bytes], object], *, limit: int, too_big: str,
              fail: Callable[[str], Exception], max_ratio: float, step: int = 256 * KiB,
              on_bytes: Callable[[int], None] | None = None) -> int:
    """Stream `resp`'s body, decoded, into `sink`; return the decoded size.

    More than `limit` decoded bytes raises ``fail(too_big)``; growing more than `max_ratio` times while decoding
    raises ``fail(...)`` too. A body shorter than its Content-Length raises httpx.RemoteProtocolError (h11)."""
    decoder = _Decoder(resp.headers.get("Content-Encoding", ""), fail)
    raw = decoded = 0
    for chunk in resp.iter_raw(step):
        raw += len(chunk)
        for piece in decoder.feed(chunk, step):
            decoded += len(piece)
            if decoded > limit:
                raise fail(too_big)
            if decoded > RATIO_FLOOR and decoded > raw * max_ratio:
                raise fail(f"it decompresses to more than {max_ratio:g} times its size (a compression bomb)")
            if piece:
                sink(piece)
                if on_bytes is not None:
                    on_bytes(decoded)
    decoder.finish()
    return decoded


def declared_length(resp: httpx.Response) -> int | None:
    """The decoded size the server announced: Content-Length of an unencoded body."""
    value = resp.headers.get("Content-Length", "")
    if not value.isdigit() or resp.headers.get("Content-Encoding", "identity").strip().lower() != "identity":
        return None
    return int(value)
