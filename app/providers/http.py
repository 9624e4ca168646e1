"""The HTTP layer every provider shares, over `httpx` (synchronous; run it in a worker thread).

- **Retries.** Connection errors, timeouts, 408 and 5xx are retried with exponential backoff and full jitter,
  a bounded number of tries (`RetryPolicy`). 429 waits as long as the server says: ``X-RateLimit-Retry-After``
  (seconds, api.video) or ``Retry-After`` (seconds or an HTTP date); missing or garbage means a default wait.
  Other 4xx are never retried. httpx's own transport retries only cover connection set-up; these are ours.
- **Requests that create something** (``idempotent=False``) are not replayed once they were sent in full
  without an answer: that raises `OutcomeUnknown` and the provider reconciles (or the caller marks a duplicate
  as harmless with ``idempotent=True``).
- **Errors.** 401/403 raise `AuthRejected` ("the key was rejected", naming the provider); other 4xx raise
  `ProviderHTTPError` with the provider's own text (api.video's ``title``/``detail``/``problems``, Uploadcare's
  plain-text Upload API errors, ``message``/``errors`` JSON...). Every message is redacted.
- **Sleeps** go through a `Sleeper` that a cancel event interrupts; tests inject one that does not sleep.
- **Uploads** stream from disk in constant memory (`UploadBody`: a file slice, optionally wrapped in a
  multipart envelope), count bytes as they go, stop within one block when cancelled, and send only the file's
  base name. TLS verification stays on (httpx's default; nothing here turns it off).
- **Bounds** (`app.providers.streams`): every answer is read through a bounded, self-decoding reader (size,
  compression ratio), sockets are read in short slices that check the cancel event, and downloads have a stall
  timeout and a deadline. A wrong answer raises `UnexpectedAnswer`; read JSON objects with `HttpClient.answer`
  (typed accessors, `app.providers.answer`).
- **Downloads and playlists** follow redirects themselves (at most `MAX_REDIRECTS`), and every hop goes through
  the client's `UrlGuard` (no non-HTTP URLs; no loopback/private hosts unless the provider lives there or the
  user allowed them). Disk errors while writing are `NotWritable` (exit 7), the partial file removed.
"""

from __future__ import annotations

import email.utils
import json as jsonlib
import mimetypes
import os
import random
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from contextlib import contextmanager
from typing import Callable, Iterator
from urllib.parse import urlsplit

import httpx

from app import __version__
from app.core.errors import Cancelled, InputRejected, NotWritable
from app.core.layout import partial_path
from app.core.redact import get_logger, install_log_redaction, redact
from app.providers.answer import Answer
from app.providers.errors import (AuthRejected, OutcomeUnknown, ProviderError, ProviderHTTPError, ProviderUnavailable,
                                  RateLimited, TransientFailure, UnexpectedAnswer)
from app.providers.guard import UrlGuard
from app.providers.streams import (ACCEPT_ENCODING, DeadlinePassed, Limits, SlicedTransport, control, declared_length,
                                   read_body, size_text)

log = get_logger("app.providers")
install_log_redaction()

USER_AGENT = f"rendition-studio/{__version__} (+https://rendition.studio)"
BLOCK = 512 * 1024  # bytes read from disk and handed to the socket at a time
SAFE_METHODS = ("GET", "HEAD", "OPTIONS", "PUT", "DELETE")
MAX_REDIRECTS = 10  # hops a download or playlist may take (CDNs redirect to storage once or twice)
_CONNECT_PHASE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


# -- retry policy and sleeping ------------------------------------------------------------------------------
@dataclass
class RetryPolicy:
    tries: int = 5  # attempts for connection errors, timeouts, 408 and 5xx (the first one included)
    base_delay: float = 0.5  # seconds; the n-th retry waits uniform(0, min(max_delay, base_delay * 2**n))
    max_delay: float = 30.0
    rate_limit_tries: int = 10  # 429 answers honoured for one request before giving up
    default_retry_after: float = 5.0  # when a 429 carries no usable retry header
    max_retry_after: float = 900.0  # a server asking for a longer wait gets an error instead

    def backoff(self, retry: int, rng: random.Random) -> float:
        """Full jitter: uniform between 0 and the capped exponential delay for the `retry`-th retry (0-based)."""
        return rng.uniform(0.0, min(self.max_delay, self.base_delay * (2 ** retry)))


class Sleeper:
    """Waits that a cancel event cuts short (then `Cancelled`). Tests pass one that records and returns."""

    def sleep(self, seconds: float, cancel: threading.Event | None = None) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled("cancelled by the user")
        if seconds <= 0:
            return
        if cancel is None:
            time.sleep(seconds)
        elif cancel.wait(seconds):
            raise Cancelled("cancelled by the user")


def retry_after_seconds(headers, now: datetime | None = None) -> float | None:
    """The wait a 429/503 asks for: ``X-RateLimit-Retry-After`` (seconds) first, then ``Retry-After`` (seconds or
    an HTTP date). None when neither is present or readable."""
    for name in ("X-RateLimit-Retry-After", "Retry-After"):
        value = headers.get(name)
        if value is None:
            continue
        value = value.strip()
        try:
            seconds = float(value)
            if seconds >= 0 and seconds == seconds and seconds != float("inf"):
                return seconds
            continue
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            continue
        if when is None:
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        now = now or datetime.now(timezone.utc)
        return max(0.0, (when - now).total_seconds())
    return None


# -- authentication hooks -----------------------------------------------------------------------------------
class Auth:
    """Headers for each attempt; `refresh()` is called once on a 401 and returns whether to try again."""

    def headers(self) -> dict:
        return {}

    def refresh(self) -> bool:
        return False


class StaticAuth(Auth):
    def __init__(self, headers: dict):
        self._headers = dict(headers)

    def headers(self) -> dict:
        return dict(self._headers)

    def __repr__(self) -> str:
        return f"StaticAuth({sorted(self._headers)})"


# -- upload bodies ------------------------------------------------------------------------------------------
_VIDEO_TYPES = {".mp4": "video/mp4", ".m4v": "video/x-m4v", ".mov": "video/quicktime", ".mkv": "video/x-matroska",
                ".webm": "video/webm", ".avi": "video/x-msvideo", ".ts": "video/mp2t", ".mpg": "video/mpeg",
                ".mpeg": "video/mpeg", ".ogv": "video/ogg", ".3gp": "video/3gpp", ".flv": "video/x-flv",
                ".wmv": "video/x-ms-wmv", ".mxf": "application/mxf"}


def content_type_for(path: str) -> str:
    """The file's media type (common video types without loading the system's MIME database)."""
    known = _VIDEO_TYPES.get(os.path.splitext(path)[1].lower())
    return known or mimetypes.guess_type(path)[0] or "application/octet-stream"


def _quote_name(name: str) -> str:
    """A multipart ``name``/``filename`` value: quotes and line breaks escaped as browsers do (HTML's rules)."""
    return name.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class UploadBody:
    """A request body streamed from ``path[start:end]``: constant memory, counted, cancellable.

    With `file_field`, the slice is wrapped in ``multipart/form-data``: the plain `fields` first, then the file
    part named `file_field`, whose filename is only the base name of the file. Iterating again (a retry) streams
    the slice again from disk. `finished` tells whether the last byte was handed to the connection; `sent`
    counts the file bytes handed over in the current attempt.
    """

    def __init__(self, path: str, start: int = 0, end: int | None = None, *, file_field: str | None = None,
                 fields: list[tuple[str, str]] | None = None, filename: str | None = None,
                 content_type: str | None = None, on_bytes: Callable[[int], None] | None = None,
                 cancel: threading.Event | None = None, block: int | None = None):
        size = os.path.getsize(path)
        self.path, self.start = path, start
        self.end = size if end is None else end
        if not 0 <= self.start <= self.end <= size:
            raise ValueError(f"bad slice {start}-{end} of a {size}-byte file")
        self.on_bytes, self.cancel, self.block = on_bytes, cancel, block or BLOCK
        self.finished, self.sent = False, 0
        file_type = content_type or content_type_for(path)
        if file_field is None:
            if fields:
                raise ValueError("form fields need a file field (use FormBody for fields alone)")
            self.prefix = self.suffix = b""
            self.content_type = file_type
        else:
            boundary = "rs-" + secrets.token_hex(16)
            base = os.path.basename(filename or path)
            self.prefix = _fields(boundary, fields or []) + (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote_name(file_field)}"; '
                f'filename="{_quote_name(base)}"\r\nContent-Type: {file_type}\r\n\r\n').encode()
            self.suffix = f"\r\n--{boundary}--\r\n".encode()
            self.content_type = f"multipart/form-data; boundary={boundary}"
        self.length = len(self.prefix) + (self.end - self.start) + len(self.suffix)

    @property
    def headers(self) -> dict:
        return {"Content-Type": self.content_type, "Content-Length": str(self.length)}

    def _check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("cancelled by the user")

    def __iter__(self) -> Iterator[bytes]:
        self.finished, self.sent = False, 0
        self._check()
        if self.prefix:
            yield self.prefix
        remaining = self.end - self.start
        if remaining:
            with open(self.path, "rb", buffering=0) as fh:
                fh.seek(self.start)
                while remaining:
                    self._check()
                    data = fh.read(min(self.block, remaining))
                    if not data:
                        raise InputRejected(f"{os.path.basename(self.path)}: the file got shorter while uploading")
                    remaining -= len(data)
                    self.sent += len(data)
                    if self.on_bytes is not None:
                        self.on_bytes(len(data))
                    yield data
        if self.suffix:
            yield self.suffix
        self.finished = True


class FormBody:
    """A small ``multipart/form-data`` body of plain fields (no file), replayable."""

    def __init__(self, fields: list[tuple[str, str]]):
        boundary = "rs-" + secrets.token_hex(16)
        self.data = _fields(boundary, fields) + f"--{boundary}--\r\n".encode()
        self.content_type = f"multipart/form-data; boundary={boundary}"
        self.finished = False

    @property
    def headers(self) -> dict:
        return {"Content-Type": self.content_type, "Content-Length": str(len(self.data))}

    def __iter__(self) -> Iterator[bytes]:
        self.finished = False
        yield self.data
        self.finished = True


def _fields(boundary: str, fields: list[tuple[str, str]]) -> bytes:
    return b"".join(f'--{boundary}\r\nContent-Disposition: form-data; name="{_quote_name(n)}"\r\n\r\n'.encode()
                    + str(v).encode() + b"\r\n" for n, v in fields)


# -- error texts --------------------------------------------------------------------------------------------
def _json_or_none(resp: httpx.Response):
    try:
        return resp.json()
    except (ValueError, UnicodeDecodeError):
        return None


def provider_error_text(resp: httpx.Response, limit: int = 500) -> tuple[str, object]:
    """The provider's own words for a failed request, and the parsed body (JSON) when there is one."""
    payload = _json_or_none(resp)
    parts: list[str] = []
    if isinstance(payload, dict):
        body: dict = payload["error"] if isinstance(payload.get("error"), dict) else payload
        for key in ("title", "message", "detail", "error", "error_description", "reason"):
            value = body.get(key)
            if isinstance(value, str) and value.strip() and value.strip() not in parts:
                parts.append(value.strip())
        problems = body.get("problems")
        if isinstance(problems, list):  # api.video: [{type, title, name}]
            for p in problems:
                if isinstance(p, dict):
                    text = p.get("title") or p.get("detail") or ""
                    if p.get("name"):
                        text = f"{p['name']}: {text}" if text else str(p["name"])
                    if text:
                        parts.append(text)
        elif isinstance(problems, dict):  # Uploadcare: {path: reason}
            parts.extend(f"{k}: {v}" for k, v in problems.items())
        errors = body.get("errors")
        if isinstance(errors, dict):  # Laravel-style validation errors: {field: [messages]}
            for field, msgs in errors.items():
                for msg in msgs if isinstance(msgs, list) else [msgs]:
                    parts.append(f"{field}: {msg}")
        elif isinstance(errors, list):
            parts.extend(str(e.get("message", e)) if isinstance(e, dict) else str(e) for e in errors)
        if not parts and body.get("type"):
            parts.append(str(body["type"]))
        text = "; ".join(parts)
    else:
        try:
            text = resp.text.strip()
        except Exception:  # undecodable bytes
            text = ""
        if "<html" in text[:200].lower():  # a proxy's error page: its title says enough
            start, end = text.lower().find("<title>"), text.lower().find("</title>")
            text = text[start + 7:end].strip() if 0 <= start < end else ""
        text = " ".join(text.split())
    text = redact(text)
    if len(text) > limit:
        text = text[:limit - 1] + "…"
    return text or (resp.reason_phrase or ""), payload


# What a transport failure means to a user; the first matching type wins (timeouts before their base classes).
_DESCRIPTIONS = ((httpx.ConnectTimeout, "connecting timed out"), (httpx.ConnectError, "could not connect"),
                 (httpx.ReadTimeout, "no answer in time (read timeout)"),
                 (httpx.WriteTimeout, "sending timed out (write timeout)"),
                 (httpx.PoolTimeout, "no free connection in time"),
                 (httpx.RemoteProtocolError, "the connection was closed before an answer came"),
                 ((httpx.ReadError, httpx.WriteError), "the connection was lost"))


def _describe(exc: Exception) -> str:
    return next((text for kind, text in _DESCRIPTIONS if isinstance(exc, kind)), type(exc).__name__)


# -- the client ---------------------------------------------------------------------------------------------
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
UPLOAD_TIMEOUT = httpx.Timeout(connect=10.0, read=300.0, write=60.0, pool=30.0)  # a server may think after a chunk


_ssl_lock = threading.Lock()
_ssl_context = None


def shared_ssl_context():
    """httpx's default verifying TLS context, made once: loading the CA bundle costs ~35 ms of CPU under the
    GIL, which fifty clients made at once (fifty remote jobs resumed at start) would take from the window."""
    global _ssl_context
    with _ssl_lock:
        if _ssl_context is None:
            _ssl_context = httpx.create_ssl_context()
        return _ssl_context


class HttpClient:
    """One provider's connection pool, retry policy and sleeper. `title` names the provider in errors."""

    def __init__(self, title: str, *, retry: RetryPolicy | None = None, sleeper: Sleeper | None = None,
                 timeout: httpx.Timeout | float | None = None, upload_timeout: httpx.Timeout | float | None = None,
                 rng: random.Random | None = None, transport: httpx.BaseTransport | None = None,
                 clock: Callable[[], datetime] | None = None, limits: Limits | None = None,
                 guard: UrlGuard | None = None):
        self.title = title
        self.limits = limits or Limits()
        self.guard = guard or UrlGuard(allow_all=True)  # non-HTTP URLs are refused even so
        self.retry = retry or RetryPolicy()
        self.sleeper = sleeper or Sleeper()
        self.rng = rng or random.Random()
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.timeout = httpx.Timeout(timeout) if isinstance(timeout, (int, float)) else (timeout or DEFAULT_TIMEOUT)
        self.upload_timeout = (httpx.Timeout(upload_timeout) if isinstance(upload_timeout, (int, float))
                               else (upload_timeout or UPLOAD_TIMEOUT))
        if transport is None:
            # TCP_NODELAY as curl does: the small tail of a request (a multipart boundary) is not held back
            # waiting for an ACK. verify stays at its default (True).
            transport = SlicedTransport(shared_ssl_context(), [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])
        self.client = httpx.Client(headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
                                   timeout=self.timeout, follow_redirects=False, transport=transport)

    def close(self) -> None:
        self.client.close()

    def __repr__(self) -> str:
        return f"HttpClient({self.title!r})"

    # -- requests ------------------------------------------------------------------------------------------
    def request(self, method: str, url: str, *, headers: dict | None = None, params: dict | None = None,
                json=None, data: dict | None = None, body: Callable[[], "UploadBody | FormBody"] | None = None,
                auth: Auth | None = None, idempotent: bool | None = None, retry: bool = True,
                cancel: threading.Event | None = None, timeout: httpx.Timeout | None = None) -> httpx.Response:
        """Send a request until it succeeds (2xx), or raise a `ProviderError`.

        `body`: a factory of a fresh `UploadBody` per attempt (streams cannot be replayed otherwise).
        `retry=False`: one attempt for connection errors, timeouts, 408 and 5xx, raised as `TransientFailure`
        (the caller checks the server's state before sending again); 401 refresh and 429 waits still apply.
        The answer is read in full (at most `Limits.max_answer` bytes, within `Limits.answer_deadline` when it
        sends nothing) before it is returned; `cancel` interrupts any wait, a stalled socket read included.
        """
        if idempotent is None:
            idempotent = method.upper() in SAFE_METHODS
        if timeout is None:
            timeout = self.upload_timeout if body is not None else self.timeout
        failures = limited = 0
        refreshed = False
        safe_url = redact(url)
        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled by the user")
            upload = body() if body is not None else None
            req_headers = {**(auth.headers() if auth else {}), **(upload.headers if upload else {}), **(headers or {})}
            request = self.client.build_request(method, url, headers=req_headers, params=params, json=json,
                                                data=data, content=upload, timeout=timeout)
            started = time.monotonic()
            try:
                with control(cancel, self.limits.answer_deadline if upload is None else None):
                    resp = self._send_and_read(request, method, url)
            except DeadlinePassed:
                raise ProviderUnavailable(self.title, f"{method} {safe_url}: no complete answer after "
                                                      f"{self.limits.answer_deadline:g} s") from None
            except (httpx.UnsupportedProtocol, httpx.LocalProtocolError) as exc:  # our request is wrong: no retry
                raise ProviderError(self.title, f"{method} {safe_url}: {redact(exc)}") from None
            except httpx.TransportError as exc:
                if "CERTIFICATE_VERIFY_FAILED" in str(exc):  # retrying cannot help; say what is wrong
                    raise ProviderError(self.title, f"the server's TLS certificate could not be verified "
                                                    f"({safe_url})") from None
                reason = _describe(exc)
                sent = (not isinstance(exc, _CONNECT_PHASE) and
                        (upload.finished if upload is not None else
                         not isinstance(exc, (httpx.WriteError, httpx.WriteTimeout))))
                log.info("%s %s %s: %s", self.title, method, safe_url, reason)
                if sent and not idempotent:
                    raise OutcomeUnknown(self.title, f"{method} {safe_url}: {reason} after the request was sent; "
                                                     f"it may have been accepted") from None
                if not retry:
                    raise TransientFailure(self.title, reason, body_sent=sent) from None
                failures += 1
                if failures >= self.retry.tries:
                    raise ProviderUnavailable(self.title, f"{reason} ({failures} tries)") from None
                self._wait(self.retry.backoff(failures - 1, self.rng), cancel, f"{reason}; retry {failures}")
                continue
            elapsed = time.monotonic() - started
            status = resp.status_code
            log.debug("%s %s %s -> %s in %.3f s", self.title, method, safe_url, status, elapsed)
            if 200 <= status < 300:
                return resp
            text, payload = provider_error_text(resp)
            if status in (401, 403):
                if status == 401 and auth is not None and not refreshed and auth.refresh():
                    refreshed = True
                    continue
                raise AuthRejected(self.title, status, text or None)
            if status == 429:
                limited += 1
                wait = retry_after_seconds(resp.headers, self.clock())
                wait = self.retry.default_retry_after if wait is None else wait
                if limited > self.retry.rate_limit_tries or wait > self.retry.max_retry_after:
                    raise RateLimited(self.title, f"too many requests (HTTP 429); the server asks to wait "
                                                  f"{wait:.0f} s", 429)
                self._wait(wait, cancel, f"rate limited (HTTP 429), waiting {wait:.1f} s as asked")
                continue
            if status == 408 or status >= 500:
                asked = retry_after_seconds(resp.headers, self.clock())
                if not retry:
                    raise TransientFailure(self.title, f"HTTP {status}: {text}", status, retry_after=asked,
                                           body_sent=True)
                failures += 1
                if failures >= self.retry.tries:
                    raise ProviderUnavailable(self.title, f"HTTP {status}: {text} ({failures} tries)", status)
                delay = self.retry.backoff(failures - 1, self.rng)
                if asked is not None:
                    delay = max(delay, min(asked, self.retry.max_retry_after))
                self._wait(delay, cancel, f"HTTP {status}; retry {failures}")
                continue
            raise ProviderHTTPError(self.title, status, text, payload)

    def _send_and_read(self, request: httpx.Request, method: str, url: str) -> httpx.Response:
        """Send, then read the whole answer through the bounded reader (its content is then set, as httpx's
        own ``read()`` sets it)."""
        resp = self.client.send(request, stream=True)
        try:
            chunks: list[bytes] = []
            read_body(resp, chunks.append, limit=self.limits.max_answer, max_ratio=self.limits.max_ratio,
                      too_big=f"larger than {size_text(self.limits.max_answer)} (the limit for an API answer; "
                              f"RENDITION_STUDIO_MAX_ANSWER)",
                      fail=lambda what: UnexpectedAnswer(self.title, request_name(method, url), what))
            resp._content = b"".join(chunks)
        finally:
            resp.close()
        return resp

    def json(self, method: str, url: str, **kwargs):
        """`request` and the body parsed as JSON (`UnexpectedAnswer` when it is not); None for an empty body."""
        resp = self.request(method, url, **kwargs)
        if resp.status_code == 204 or not resp.content:
            return None
        try:
            return resp.json()
        except (ValueError, UnicodeDecodeError):
            raise UnexpectedAnswer(self.title, request_name(method, url),
                                   f"not JSON (HTTP {resp.status_code})") from None

    def answer(self, method: str, url: str, *, empty_ok: bool = False, **kwargs) -> Answer:
        """`json`, which must be an object: an `Answer` to read with typed accessors."""
        return Answer.of(self.json(method, url, **kwargs), self.title, request_name(method, url), empty_ok=empty_ok)

    def _wait(self, seconds: float, cancel: threading.Event | None, why: str) -> None:
        log.info("%s: %s (waiting %.2f s)", self.title, why, seconds)
        self.sleeper.sleep(seconds, cancel)

    # -- downloads -----------------------------------------------------------------------------------------
    def download(self, url: str, dest: str, *, on_bytes: Callable[[int, int | None], None] | None = None,
                 cancel: threading.Event | None = None, size: int | None = None) -> int:
        """Stream `url` into `dest` (through ``.<name>.partial``), without credentials; return the size.

        At most `size` bytes when the provider declared one, else the server's Content-Length, else
        `Limits.max_download`; stalls, the deadline, redirects and the guard as in `_fetch`. Any failure
        removes the partial file; disk errors are `NotWritable`."""
        head = os.path.dirname(dest)
        partial = partial_path(dest)
        with disk_errors(dest):
            os.makedirs(head or ".", exist_ok=True)

        def attempt(resp: httpx.Response, fail) -> int:
            announced = declared_length(resp)
            if size is not None:
                limit, why = size, f"more than {size_text(size)} (the size the provider declared)"
                if announced is not None and announced > size:
                    raise fail(f"the server announces {announced} bytes, more than the {size} the provider "
                               f"declared")
            elif announced is not None:
                limit, why = announced, f"more than {size_text(announced)} (the size the server declared)"
            else:
                limit = self.limits.max_download
                why = (f"more than {size_text(limit)}, the most a download whose size nobody declared may be "
                       f"(RENDITION_STUDIO_MAX_DOWNLOAD)")
            total = size if size is not None else announced
            with disk_errors(dest), open(partial, "wb") as fh:
                return read_body(resp, fh.write, limit=limit, too_big=why, fail=fail, max_ratio=self.limits.max_ratio,
                                 step=BLOCK, on_bytes=None if on_bytes is None else lambda n: on_bytes(n, total))

        try:
            written = self._fetch(url, attempt, cancel, self.limits.deadline, _download_timeout(self.limits))
            with disk_errors(dest):
                os.replace(partial, dest)
            return written
        except BaseException:
            remove_file(partial)
            raise

    def fetch_text(self, url: str, cancel: threading.Event | None = None, accept: str = "*/*") -> str:
        """A small text resource (a playlist) without credentials: bounded as an API answer, fetched as a
        download (redirects, guard, retries)."""
        def attempt(resp: httpx.Response, fail) -> str:
            chunks: list[bytes] = []
            read_body(resp, chunks.append, limit=self.limits.max_answer, fail=fail, max_ratio=self.limits.max_ratio,
                      too_big=f"larger than {size_text(self.limits.max_answer)} (the limit for a text answer)")
            return b"".join(chunks).decode("utf-8", "replace")

        return self._fetch(url, attempt, cancel, self.limits.answer_deadline, self.timeout, accept=accept)

    def _fetch(self, url: str, attempt, cancel: threading.Event | None, deadline: float, timeout: httpx.Timeout,
               accept: str | None = None):
        """GET `url` and hand the open answer to ``attempt(resp, fail)``; transient failures (connection, stall,
        408/429/5xx) start again, bounded by the retry policy. The deadline counts per attempt."""
        failures = 0
        safe_url = redact(url)

        def fail(what: str) -> ProviderError:
            return ProviderError(self.title, f"download of {safe_url}: {what}")

        while True:
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled by the user")
            try:
                with control(cancel, deadline), self._open(url, fail, timeout, accept) as resp:
                    _check_download_status(self.title, resp, safe_url)
                    return attempt(resp, fail)
            except DeadlinePassed:
                raise fail(f"not done after {deadline:g} s (the deadline for one file)") from None
            except (httpx.TransportError, _RetryDownload) as exc:
                if isinstance(exc, _RetryDownload):
                    reason = exc.reason
                elif isinstance(exc, httpx.ReadTimeout):
                    reason = f"stalled: no data for {timeout.read:g} s"
                else:
                    reason = _describe(exc)
                failures += 1
                if failures >= self.retry.tries:
                    raise ProviderUnavailable(self.title, f"download of {safe_url}: {reason} ({failures} tries)") \
                        from None
                asked = exc.retry_after if isinstance(exc, _RetryDownload) else None
                delay = self.retry.backoff(failures - 1, self.rng)
                self._wait(max(delay, asked or 0.0), cancel, f"download {reason}; retry {failures}")

    @contextmanager
    def _open(self, url: str, fail, timeout: httpx.Timeout, accept: str | None):
        """The streamed answer to GET `url`, redirects followed here so that the guard sees every hop."""
        for _ in range(MAX_REDIRECTS + 1):
            refusal = self.guard.refusal(url)
            if refusal:
                raise ProviderError(self.title, refusal)
            request = self.client.build_request("GET", url, timeout=timeout,
                                                headers={"Accept": accept} if accept else None)
            resp = self.client.send(request, stream=True)
            location = resp.headers.get("Location") if resp.is_redirect else None
            if location is None:
                try:
                    yield resp
                finally:
                    resp.close()
                return
            resp.close()
            url = str(resp.url.join(location))
        raise fail(f"too many redirects (more than {MAX_REDIRECTS}; a redirect loop?)")


def request_name(method: str, url: str) -> str:
    """``GET /videos/vi1/status``: how errors name a request (no host, no query string)."""
    return f"{method} {urlsplit(url).path or '/'}"


def _download_timeout(limits: Limits) -> httpx.Timeout:
    return httpx.Timeout(connect=10.0, read=limits.stall_timeout, write=60.0, pool=30.0)


def _check_download_status(title: str, resp: httpx.Response, safe_url: str) -> None:
    """Raise for an answer that is not the file: retry 408/429/5xx, refuse other 4xx with the server's text."""
    status = resp.status_code
    if status in (408, 429) or status >= 500:
        raise _RetryDownload(f"HTTP {status}", retry_after_seconds(resp.headers))
    if status >= 400:
        chunks: list[bytes] = []
        try:
            read_body(resp, chunks.append, limit=64 * 1024, too_big="", max_ratio=200.0,
                      fail=lambda what: _RetryDownload(what, None))
        except _RetryDownload:
            pass  # an unreadable error text: the status says enough
        resp._content = b"".join(chunks)
        text, _ = provider_error_text(resp)
        what = f"download refused ({safe_url})" if status in (401, 403) else f"download of {safe_url}"
        raise ProviderHTTPError(title, status, f"{what}: {text}")
    if not 200 <= status < 300:
        raise ProviderHTTPError(title, status, f"download of {safe_url}: unexpected HTTP {status}")


class _RetryDownload(Exception):
    def __init__(self, reason: str, retry_after: float | None):
        self.reason, self.retry_after = reason, retry_after


@contextmanager
def disk_errors(path: str):
    """Disk errors (full, read-only, no permission) as a plain `NotWritable` naming the file."""
    try:
        yield
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise NotWritable(f"cannot write {path}: {reason[:1].lower()}{reason[1:]}") from None


def remove_file(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass


def join_url(base: str, path: str) -> str:
    """``base`` (which may carry a path, e.g. ``https://example.org/api/client/v1``) + ``/path``."""
    return base.rstrip("/") + "/" + path.lstrip("/")


def dumps(obj) -> str:
    return jsonlib.dumps(obj, separators=(",", ":"))
