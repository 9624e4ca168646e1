"""Sizes (and the command lines' ETA) as people read them, the same in the window, the command line and the
remote commands.

Decimal units, as file managers show them (1 kB = 1000 bytes): ``0 B``, ``999 B``, ``1.0 kB``, ``12.3 MB``,
``609 kB``, ``1.0 GB``. Three significant figures at most: one decimal below 100, none from 100 on.
"""

from __future__ import annotations

UNITS = ("B", "kB", "MB", "GB", "TB", "PB")


def format_size(n: int | float | None, missing: str = "") -> str:
    """``1009 kB`` for 1_009_000 bytes; `missing` for None (an unknown size)."""
    if n is None:
        return missing
    value, sign = abs(float(n)), "-" if n < 0 else ""
    for i, unit in enumerate(UNITS):
        last = i == len(UNITS) - 1
        if i == 0:
            if round(value) < 1000 or last:
                return f"{sign}{value:.0f} {unit}"
        else:
            text = f"{value:.1f}" if round(value, 1) < 100 else f"{value:.0f}"
            if float(text) < 1000 or last:
                return f"{sign}{text} {unit}"
        value /= 1000
    return ""  # not reached


def format_eta(seconds: float | None) -> str:
    """``02:05`` (``1:02:05`` from an hour on); ``--:--`` when unknown. The command lines' progress lines."""
    if seconds is None:
        return "--:--"
    s = int(seconds)
    return f"{s // 60:02d}:{s % 60:02d}" if s < 3600 else f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
