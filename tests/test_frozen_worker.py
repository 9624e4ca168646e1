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


def test_the_app_runs_without_numpy():
    """Every module of the core, the providers and the command lines imports without numpy (a bundle without it
    once had a worker that died at its first encode): only app.core.xpsnr needs it, for the per-title analysis,
    which takes FFmpeg's filter without it (the bundle keeps numpy since 2026-12-02: see its spec)."""
    import pkgutil

    import app

    names = [m.name for m in pkgutil.walk_packages(app.__path__, "app.")
             if not m.name.startswith("app.gui") and not m.name.endswith("__main__") and m.name != "app.core.xpsnr"]
    code = ("import sys, importlib; sys.modules['numpy'] = None\n"
            f"for name in {names!r}:\n    importlib.import_module(name)\nprint('ok', len({names!r}))")
    import subprocess

    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env=dict(os.environ, PYTHONPATH=ROOT))
    assert proc.returncode == 0 and proc.stdout.startswith("ok"), proc.stderr[-2000:]
