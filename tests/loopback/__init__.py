"""Loopback HTTP servers (127.0.0.1, port 0) implementing each provider's contract strictly, with faults."""

from .base import App, Fault, HttpError, LoopbackServer, Request, Response, parse_multipart  # noqa: F401
