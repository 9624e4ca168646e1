"""Keep secrets out of logs, error texts, the job store and crash reports.

Two layers:

- **Known secrets.** Every key, secret, access/refresh token and JWT the app handles is registered here the
  moment it is read or received (`register`). `redact` replaces each registered value, wherever it appears,
  with ``***``.
- **Shapes of secrets.** Whatever was not registered but looks like one is masked too: the value of an
  ``Authorization`` header or a ``Bearer``/``Uploadcare.Simple`` credential, JWTs (``eyJ...``), JSON fields named
  like a key or token, and the query string of any URL (pre-signed upload URLs carry their signature there).

`RedactingFilter` applies `redact` to log records; `install_log_redaction()` attaches it to our loggers and to
``httpx``/``httpcore``, which log request URLs. Qt-free and dependency-free, so both the core (the store) and
the providers use it.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict

MASK = "***"
MIN_SECRET_LENGTH = 6  # shorter values would mask ordinary words; keys and tokens are far longer
_MAX_SECRETS = 512  # tokens are minted over and over; the oldest are forgotten first

_lock = threading.Lock()
_secrets: "OrderedDict[str, None]" = OrderedDict()

# Patterns for secrets that were never registered (order matters: headers before bare tokens).
_PATTERNS: list[tuple[re.Pattern, str]] = [
    # "Authorization: Bearer abc", "authorization=abc", "'Authorization': 'abc'"
    (re.compile(r"(?i)(\bauthorization['\"]?\s*[:=]\s*['\"]?)(?:bearer\s+|uploadcare(?:\.simple)?\s+)?[^\s'\",}]+"),
     r"\1" + MASK),
    (re.compile(r"(?i)\b(bearer|uploadcare\.simple)\s+[^\s'\",}]+"), r"\1 " + MASK),
    # JWTs: three base64url parts, the first one a JSON header ("eyJ")
    (re.compile(r"\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]+"), MASK),
    # JSON or form fields that carry keys and tokens
    (re.compile(r"(?i)([\"']?(?:api_?key|apikey|access_?token|refresh_?token|accesstoken|secret|secret_?key|"
                r"signaturesecret|password|uploadcare_secret_key|jwt)[\"']?\s*[:=]\s*[\"']?)([^\s\"'&,}]+)"),
     r"\1" + MASK),
    # query strings of URLs (pre-signed URLs are credentials)
    (re.compile(r"(?i)(\b[a-z][a-z0-9+.-]*://[^\s?#\"'<>]+)\?[^\s#\"'<>]+"), r"\1?" + MASK),
]


def register(*values: str | None) -> None:
    """Remember secret values so that `redact` masks them anywhere they appear."""
    with _lock:
        for value in values:
            if not value or not isinstance(value, str) or len(value) < MIN_SECRET_LENGTH:
                continue
            _secrets.pop(value, None)
            _secrets[value] = None
            while len(_secrets) > _MAX_SECRETS:
                _secrets.popitem(last=False)


def scrub_known(text: str) -> str:
    """`text` with the registered secrets masked, and nothing else changed (for data that must stay usable)."""
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for value in known:
        if value in text:
            text = text.replace(value, MASK)
    return text


def mask_query(url: str | None) -> str | None:
    """A URL without its query string's value (pre-signed URLs carry their signature there)."""
    if not url or "?" not in url:
        return url
    return url.split("?", 1)[0] + "?" + MASK


def redact(text) -> str:
    """`text` (anything; made a string) with every registered secret and every secret-shaped value masked."""
    if text is None:
        return ""
    s = scrub_known(text if isinstance(text, str) else str(text))  # longest first: a key holding another
    for pattern, repl in _PATTERNS:
        s = pattern.sub(repl, s)
    return s


# Terminal escape sequences (CSI, OSC, DCS/PM/APC strings, two-character ESC sequences, their 8-bit C1 forms),
# then any other C0/C1 control and the bidirectional overrides that reorder what a terminal shows.
_ESCAPES = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
                      r"|(?:\x1b[\]PX^_]|[\x90\x9d\x98\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
                      r"|\x1b[ -/]*[0-~]?")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text) -> str:
    """`text` safe to show on a terminal: escape sequences and control characters removed, line breaks and tabs
    made spaces (one line). Servers' texts (status messages, titles, errors) go through this before printing."""
    if text is None:
        return ""
    s = _ESCAPES.sub("", text if isinstance(text, str) else str(text))
    s = s.replace("\r\n", " ").replace("\n", " ").replace("\t", " ").replace("\r", " ")
    return _CONTROLS.sub("", s)


def for_display(obj):
    """A copy of a JSON-like object (or a string) fit to print: registered secrets masked in every string and
    every string `printable` (URLs keep their query strings: they are the user's to use)."""
    if isinstance(obj, str):
        return printable(scrub_known(obj))
    if isinstance(obj, dict):
        return {k: for_display(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [for_display(v) for v in obj]
    return obj


class RedactingFilter(logging.Filter):
    """Formats the record's message, redacts it, and drops the arguments; exception texts are redacted too."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[1] is not None:
            # Formatters use a cached exc_text when there is one: give them the redacted text.
            record.exc_text = redact("".join(_format_exception(record.exc_info)).rstrip("\n"))
        return True


def _format_exception(exc_info) -> list[str]:
    import traceback

    return traceback.format_exception(*exc_info)


_FILTER = RedactingFilter()
LOGGERS = ("app.providers", "app.remote", "httpx", "httpcore", "httpcore.http11", "httpcore.http2",
           "httpcore.connection", "httpcore.proxy", "hpack")


def install_log_redaction(*extra: str) -> None:
    """Attach the redacting filter to our loggers and to the HTTP libraries' (idempotent)."""
    for name in (*LOGGERS, *extra):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


def get_logger(name: str) -> logging.Logger:
    """A logger whose records are redacted before any handler sees them."""
    logger = logging.getLogger(name)
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)
    return logger
