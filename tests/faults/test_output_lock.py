"""Two runs, one output folder; a run killed mid-encode. Real command-line processes throughout.

A run holds an OS lock on its job folder (``DIR/<name>/.rendition-studio.lock``) for its whole length. A new
`encode` whose folder is in use writes ``<name>-2`` instead; a `retry` of a job that is running elsewhere is
refused (exit 6); a killed run's lock dies with it, and its status document is brought in line on the next start.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import threading

import pytest

from app.core.engine import Engine
from app.core.errors import EXIT_BUSY
from app.core.jobs import EncodeOptions, Job
from app.core.store import JobStore
from procs import (LOCK_NAME, assert_job_outputs, cli, partials, paused, start_cli, status_qualities, wait_for,
                   worker_mid_encode)

pytestmark = pytest.mark.slow
FRAMES = 75  # 3 s at 25 fps


@pytest.fixture
def clip(clips):
    return clips.get("tiny.mp4", width=320, height=180, seconds=3, fps=25)


class HeldLock:
    """Another process holding a job folder's lock, as a run in the window or another command would."""

    def __init__(self, folder: str):
        os.makedirs(folder, exist_ok=True)
        code = ("import fcntl, os, sys; fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o644); "
                "fcntl.flock(fd, fcntl.LOCK_EX); print('held', flush=True); sys.stdin.read()")
        self.proc = subprocess.Popen([sys.executable, "-c", code, os.path.join(folder, LOCK_NAME)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "held"

    def release(self):
        self.proc.stdin.close()
        self.proc.wait(10)


def lock_is_free(folder: str) -> bool:
    fd = os.open(os.path.join(folder, LOCK_NAME), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
    return True


def slow_encode(clip: str, out: str):
    """An `encode` caught mid-encode: (its process, the job id, the job folder, its media worker's pid)."""
    proc = start_cli("encode", clip, "--out", out, "--thumbnails", "none", "--encoder-preset", "veryslow", "--json")
    job_id = json.loads(proc.stdout.readline())["jobId"]
    job_dir = os.path.join(out, "tiny")
    return proc, job_id, job_dir, worker_mid_encode(proc, job_dir)


def test_a_second_encode_into_a_busy_folder_writes_name_2(clip, tmp_path):
    out = str(tmp_path / "out")
    first, job_id, _, worker = slow_encode(clip, out)
    with paused(worker):  # the first run stays mid-encode while the second one runs whole
        second = cli("encode", clip, "--out", out, "--thumbnails", "none")
    rest, err = first.communicate(timeout=120)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert f"note: {os.path.join(out, 'tiny')} is in use by another run; writing {os.path.join(out, 'tiny-2')}" \
        in second.stderr

    # Both outputs are whole: nothing of the first run was deleted or overwritten by the second.
    for name in ("tiny", "tiny-2"):
        states = assert_job_outputs(os.path.join(out, name), FRAMES)
        assert set(states.values()) == {"encoded"}, states
        assert not partials(os.path.join(out, name))
    store = JobStore()
    jobs = {j.out_dir: j for j in store.list()}
    assert set(jobs) == {os.path.join(out, "tiny"), os.path.join(out, "tiny-2")}
    assert jobs[os.path.join(out, "tiny")].id == job_id
    assert {j.status for j in jobs.values()} == {"completed"}


def test_retry_of_a_job_running_elsewhere_is_refused(clip, tmp_path):
    first, job_id, job_dir, worker = slow_encode(clip, str(tmp_path / "out"))
    with paused(worker):
        r = cli("retry", job_id)
    first.communicate(timeout=120)
    assert r.returncode == EXIT_BUSY, r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert f"job {job_id} is running" in r.stderr
    assert first.returncode == 0
    assert set(assert_job_outputs(job_dir, FRAMES).values()) == {"encoded"}
    assert JobStore().get(job_id).status == "completed"


def test_folder_locks_held_elsewhere(clip, tmp_path):
    """What a new encode, a retry and a run that lost the race do when another process holds the folder's lock."""
    out = str(tmp_path / "out")
    r = cli("encode", clip, "--out", out, "--thumbnails", "none", "--formats", "mp4", "--json")
    assert r.returncode == 0, r.stderr
    job_id = json.loads(r.stdout.splitlines()[0])["jobId"]
    job_dir = os.path.join(out, "tiny")
    before = {n: os.stat(os.path.join(job_dir, "mp4", n)).st_mtime_ns for n in os.listdir(os.path.join(job_dir, "mp4"))}
    holder = HeldLock(job_dir)
    try:
        # A retry while the folder is in use: refused, one line, exit 6, nothing touched.
        r = cli("retry", job_id)
        assert r.returncode == EXIT_BUSY and r.stderr.count("\n") == 1, r.stderr
        assert f"{job_dir} is in use by another run" in r.stderr
        # A new encode of the same name: the next free name, said in a note.
        r = cli("encode", clip, "--out", out, "--thumbnails", "none", "--formats", "mp4")
        assert r.returncode == 0, r.stderr
        assert f"is in use by another run; writing {os.path.join(out, 'tiny-2')}" in r.stderr
        assert os.path.exists(os.path.join(out, "tiny-2", "mp4", "180p.mp4"))

        # The race: the folder was free when the job was made, taken when it starts. Exit 6, nothing touched.
        stray = os.path.join(job_dir, "mp4", ".other.mp4.partial")  # what the holder is writing
        open(stray, "wb").close()
        job = JobStore().get(job_id)
        job.prepare_retry()
        events = []
        code = Engine(JobStore()).run(job, events.append, threading.Event())
        assert code == EXIT_BUSY
        assert events[-1]["type"] == "job.finished" and events[-1]["exitCode"] == EXIT_BUSY
        assert "in use by another run" in events[-1]["error"]
        assert os.path.exists(stray)
        assert JobStore().get(job_id).status == "completed"  # the stored job is not claimed by the refused run
        assert {n: os.stat(os.path.join(job_dir, "mp4", n)).st_mtime_ns
                for n in os.listdir(os.path.join(job_dir, "mp4")) if not n.endswith(".partial")} == before

        # A brand-new job that loses the race is not left queued or running: failed, with the reason.
        fresh = Job.create(clip, out, EncodeOptions(formats=("mp4",), thumbnails=[]))
        store = JobStore()
        store.save(fresh)
        assert Engine(store).run(fresh, None, threading.Event()) == EXIT_BUSY
        stored = JobStore().get(fresh.id)
        assert stored.status == "failed" and "in use by another run" in stored.error
    finally:
        holder.release()
    # Free again: the retry runs.
    r = cli("retry", job_id)
    assert r.returncode == 0, r.stderr
    assert set(assert_job_outputs(job_dir, FRAMES).values()) == {"encoded"}


def test_a_killed_run_leaves_no_stuck_lock_and_a_status_in_line(clip, tmp_path):
    first, job_id, job_dir, worker = slow_encode(clip, str(tmp_path / "out"))
    assert "encoding" in status_qualities(job_dir).values()
    first.kill()  # kill -9 of the command, mid-encode
    first.communicate(timeout=30)
    # The lock dies with the processes that held it: the worker, which shares it, ends as soon as its parent is gone.
    wait_for(lambda: lock_is_free(job_dir), timeout=10, what="the killed run's lock to be released")

    # The next start marks the job interrupted, and its status document says the same.
    r = cli("jobs", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout.splitlines()[-1])["status"] == "interrupted"
    assert "interrupted" in r.stderr
    states = status_qualities(job_dir)
    assert "encoding" not in states.values() and "failed" in states.values(), states
    assert not partials(job_dir)

    r = cli("retry", job_id)
    assert r.returncode == 0, r.stderr
    assert set(assert_job_outputs(job_dir, FRAMES).values()) == {"encoded"}
    assert JobStore().get(job_id).status == "completed"

