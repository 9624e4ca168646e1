"""The log file: what the app did and what went wrong, for the user (and a bug report), never a secret.

`logs/rendition-studio.log` in the data folder (``RENDITION_STUDIO_DATA_DIR`` or the user data folder), rotated
at 1 MB with 3 old files kept. Every record passes the redacting filter of `app.core.redact` on the way to the
file, whichever logger wrote it (ours, httpx's), so keys, tokens and signed URLs never reach it.

Logging to the file is best effort: when the file cannot be made or written (a read-only data folder, a full
disk) one warning goes to stderr and the app goes on without it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys

from app.core.redact import RedactingFilter, install_log_redaction
from app.core.store import data_dir

LOG_NAME = "rendition-studio.log"


def log_dir() -> str:
    return os.path.join(data_dir(), "logs")


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file; when a record cannot be written it warns once and stops trying."""

    _rendition_studio = True  # marks the app's own handler among the root logger's

    def handleError(self, record):
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            return super().handleError(record)
        _warn(self.baseFilename, exc)
        logging.getLogger().removeHandler(self)


_warned: set[str] = set()


def _warn(path: str, exc) -> None:
    if path in _warned:
        return
    _warned.add(path)
    logging.getLogger().addHandler(logging.NullHandler())  # not Python's last resort: records on stderr
    reason = (getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).lower()
    print(f"rendition-studio: warning: cannot write the log file {path} ({reason}); going on without it",
          file=sys.stderr, flush=True)


def setup_file_logging(level: int = logging.INFO) -> str | None:
    """Send the app's log records to the log file (one handler per process); return its path (None: it cannot be
    written, and stderr said so once)."""
    path = os.path.join(log_dir(), LOG_NAME)
    root = logging.getLogger()
    for h in [h for h in root.handlers if isinstance(h, _LogFile)]:
        if h.baseFilename == os.path.abspath(path):
            return path
        root.removeHandler(h)  # the data folder changed (tests, a portable install): follow it
        h.close()
    try:
        os.makedirs(log_dir(), exist_ok=True)
        handler = _LogFile(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        _warn(path, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    logging.getLogger("app").setLevel(level)
    install_log_redaction()
    return path
