"""Helpers for the engine fault tests: real command-line processes, and outputs checked by decoding them."""

from __future__ import annotations

import contextlib

import json
import os
import signal
import subprocess
import sys
import time

import av
import m3u8

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LOCK_NAME = ".rendition-studio.lock"  # the job folder's lock file (README: Command line)


def _env() -> dict:
    return dict(os.environ, PYTHONPATH=ROOT)  # RENDITION_STUDIO_DATA_DIR: the test's own store (tests/conftest.py)


def cli(*args, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=timeout,
                          env=_env(), cwd=ROOT)


def start_cli(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "app", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=_env(), cwd=ROOT)


def wait_for(predicate, timeout: float = 30, what: str = "a condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.002)
    raise AssertionError(f"timed out waiting for {what}")


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(name))
    return found


def partials(folder: str) -> list[str]:
    out = []
    for root, dirs, files in os.walk(folder):
        out.extend(os.path.join(root, n) for n in dirs + files if n.endswith(".partial"))
    return out


def worker_mid_encode(proc: subprocess.Popen, job_dir: str) -> int:
    """Wait until the command's media worker is writing partial outputs in `job_dir` (and the status document says
    so); return the worker's pid."""
    def writing():
        media = [p for p in partials(job_dir) if "status.json" not in p]
        return media and os.path.exists(os.path.join(job_dir, "status.json"))

    wait_for(lambda: proc.poll() is not None or writing(), what=f"partial outputs in {job_dir}")
    assert proc.poll() is None, "the first run ended before the test could catch it mid-encode"
    return wait_for(lambda: children(proc.pid), what="the media worker")[0]


@contextlib.contextmanager
def paused(pid: int):
    """The process stopped (SIGSTOP) for the block, then continued; nothing to do if it has ended already."""
    try:
        os.kill(pid, signal.SIGSTOP)
    except ProcessLookupError:
        yield
        return
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def decoded(path: str) -> tuple[int, int, int]:
    """(width, height, frames) of a video file or playlist, by decoding every picture."""
    with av.open(path) as c:
        frames = 0
        size = (0, 0)
        for f in c.decode(video=0):
            frames += 1
            size = (f.width, f.height)
    return size[0], size[1], frames


def status_qualities(job_dir: str) -> dict[str, str]:
    with open(os.path.join(job_dir, "status.json"), encoding="utf-8") as fh:
        doc = json.load(fh)
    return {f"{q['type']}:{q['quality']}": q["status"] for q in doc["encoding"]["qualities"]}


def assert_job_outputs(job_dir: str, frames: int) -> dict[str, str]:
    """Every rendition status.json calls encoded decodes completely; the master lists exactly the encoded HLS ones."""
    states = status_qualities(job_dir)
    for rid, state in states.items():
        kind, quality = rid.split(":")
        path = (os.path.join(job_dir, "hls", quality, "index.m3u8") if kind == "hls"
                else os.path.join(job_dir, "mp4", f"{quality}.mp4"))
        if state == "encoded":
            assert decoded(path)[2] == frames, f"{rid} is marked encoded but does not decode completely"
        else:
            assert state == "failed", f"{rid} is left {state!r} in status.json"
    master = os.path.join(job_dir, "hls", "master.m3u8")
    listed = {p.uri.split("/")[0] for p in m3u8.load(master).playlists} if os.path.exists(master) else set()
    assert listed == {rid.split(":")[1] for rid, s in states.items() if s == "encoded" and rid.startswith("hls:")}
    return states
