"""Waiting in the Qt event loop, for the player scripts that run in a process of their own (tests/player_*.py):
the loop runs while they wait, so the player's signals arrive."""

import time

from PySide6.QtCore import QEventLoop, QTimer


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(test, seconds: float) -> bool:
    """True as soon as `test()` is, False after `seconds` (the loop polled every 20 ms)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if test():
            return True
        wait(20)
    return False
