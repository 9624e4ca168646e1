"""What both command lines (`app.cli`, `app.remote_cli`) share about the terminal."""

from __future__ import annotations

import signal
import threading


class Interrupt:
    """The first Ctrl-C cancels (promptly, through the `cancel` event); the second quits at once."""

    def __init__(self):
        self.cancel = threading.Event()

    def __enter__(self):
        self.previous = signal.signal(signal.SIGINT, self._handler)
        return self

    def _handler(self, signum, frame):
        if self.cancel.is_set():
            raise KeyboardInterrupt
        self.cancel.set()

    def __exit__(self, *exc):
        signal.signal(signal.SIGINT, self.previous)
