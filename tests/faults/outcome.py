"""How a command of the fault suite ended, as a user sees it: its exit status and what it said on stderr."""

import os
import subprocess
import sys

from test_cli import ROOT


def plain(r, status: int) -> str:
    """The process ended with `status` and said why on stderr without a traceback; returns stderr."""
    assert r.returncode == status, (r.returncode, r.stderr)
    assert "Traceback" not in r.stderr, r.stderr
    return r.stderr


def one_line(r, status: int) -> str:
    """As `plain`, and stderr is one line; returns it."""
    lines = plain(r, status).splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def refused(r, status: int) -> str:
    """As `one_line`, and that line is the command's error."""
    line = one_line(r, status)
    assert line.startswith("rendition-studio: error: "), line
    return line


def start_window(config_dir) -> str:
    """Start the window offscreen (`python -m app`), let it become interactive and close; returns stderr."""
    env = dict(os.environ, PYTHONPATH=ROOT, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(config_dir),
               RENDITION_STUDIO_EXIT_WHEN_READY="0.2")
    r = subprocess.run([sys.executable, "-m", "app"], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    assert r.returncode == 0 and r.stdout.startswith("ready "), r.stderr
    return plain(r, 0)
