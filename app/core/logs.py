"""The log file: what the app did and what went wrong, for the user (and a bug report), never a secret.

`logs/rendition-studio.log` in the data folder (``RENDITION_STUDIO_DATA_DIR`` or the user data folder), rotated
at 1 MB with 3 old files kept. Every record passes the redacting filter of `app.core.redact` on the way to the
file, whichever logger wrote it (ours, httpx's), so keys, tokens and signed URLs never reach it.
"""

from __future__ import annotations

import logging
import logging.handlers
import os

from app.core.redact import RedactingFilter, install_log_redaction
from app.core.store import data_dir

LOG_NAME = "rendition-studio.log"


def log_dir() -> str:
    return os.path.join(data_dir(), "logs")


def setup_file_logging(level: int = logging.INFO) -> str:
    """Send the app's log records to the log file (one handler per process); return its path."""
    path = os.path.join(log_dir(), LOG_NAME)
    root = logging.getLogger()
    for h in [h for h in root.handlers if getattr(h, "_rendition_studio", False)]:
        if h.baseFilename == os.path.abspath(path):
            return path
        root.removeHandler(h)  # the data folder changed (tests, a portable install): follow it
        h.close()
    os.makedirs(log_dir(), exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler._rendition_studio = True
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    logging.getLogger("app").setLevel(level)
    install_log_redaction()
    return path
