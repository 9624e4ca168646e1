"""Fixtures for the fault suite: small real filesystems to fill up or make read-only.

They mount a `tmpfs` (needs root, as in CI and the developers' machines); where mounting is not permitted the
tests that use them are skipped with the reason. Everything mounted is unmounted at the end of the test.
"""

from __future__ import annotations

import os
import subprocess

import pytest


@pytest.fixture
def clip(clips):
    """A tiny clip (160x90, 1 s, with audio): enough to probe, and quick to encode."""
    return clips.get("small90.mp4", width=160, height=90, seconds=1, fps=25)


def _mount(args: list[str]) -> str | None:
    """Run mount; return None on success or the reason it failed."""
    try:
        proc = subprocess.run(["mount", *args], capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    return None if proc.returncode == 0 else (proc.stderr.strip() or f"mount exited {proc.returncode}")


def _umount(path: str) -> None:
    subprocess.run(["umount", "-l", path], capture_output=True, timeout=20)


@pytest.fixture
def tiny_fs(tmp_path):
    """A factory: ``tiny_fs(size_kib)`` returns the path of a fresh tmpfs of that size (disk-full tests)."""
    mounted = []

    def make(size_kib: int = 512) -> str:
        path = tmp_path / f"tiny{len(mounted)}"
        path.mkdir()
        why = _mount(["-t", "tmpfs", "-o", f"size={size_kib}k,mode=0755", "tmpfs", str(path)])
        if why:
            pytest.skip(f"cannot mount a small tmpfs here ({why}); disk-full cases need root")
        mounted.append(str(path))
        return str(path)

    yield make
    for path in reversed(mounted):
        _umount(path)


@pytest.fixture
def read_only(tmp_path):
    """A factory: ``read_only(folder)`` remounts an existing folder read-only in place (a bind mount).

    Root ignores permission bits, so a chmod is no test here: a read-only mount refuses root too."""
    mounted = []

    def make(folder: str) -> str:
        folder = str(folder)
        os.makedirs(folder, exist_ok=True)
        why = _mount(["--bind", folder, folder])
        if why:
            pytest.skip(f"cannot bind-mount here ({why}); read-only cases need root")
        mounted.append(folder)
        why = _mount(["-o", "remount,bind,ro", folder])
        if why:
            pytest.skip(f"cannot remount read-only here ({why})")
        return folder

    yield make
    for path in reversed(mounted):
        _umount(path)
