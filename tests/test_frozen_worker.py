"""The engine's worker launch in a frozen bundle, without building one: `sys.frozen` set and `sys.executable`
pointing at a program that, like the bundle's, is `app.cli.main` (tests/test_bundle.py checks the real bundle)."""

import os
import shlex
import stat
import sys

from app.core import engine
from app.core.worker import WORKER_ARG

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _bundle_like_program(folder) -> str:
    """An executable that runs app.cli.main with its arguments, as the bundle's program does."""
    path = os.path.join(folder, "rendition-studio")
    code = f"import sys; sys.path.insert(0, {ROOT!r}); from app.cli import main; sys.exit(main())"
    with open(path, "w") as f:
        f.write(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -c {shlex.quote(code)} "$@"\n')
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path


def test_not_frozen_runs_python_m(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert engine.worker_command("probe", "x") == [sys.executable, "-m", "app.core.worker", "probe", "x"]
    assert engine._worker_env()["PYTHONPATH"].split(os.pathsep)[0] == ROOT


def test_frozen_runs_its_own_program_as_the_worker(clips, tmp_path, monkeypatch):
    program = _bundle_like_program(str(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", program)
    monkeypatch.delenv("PYTHONPATH", raising=False)
    assert engine.worker_command("probe", "x") == [program, WORKER_ARG, "probe", "x"]
    assert "PYTHONPATH" not in engine._worker_env()

    info = engine.probe_isolated(clips.landscape)  # a real child process started through the frozen path
    assert (info.width, info.height) == (640, 360)
