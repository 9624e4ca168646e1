"""A job whose process died mid-encode is marked `interrupted` on the next start: its status document too."""

from __future__ import annotations

import subprocess
import sys

from app.core.jobs import ENCODED, ENCODING, RUNNING, Job, RenditionState
from app.core.status import write_status
from app.core.store import JobStore
from procs import status_qualities


def test_recovering_an_interrupted_job_rewrites_its_status_document(tmp_path):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # a pid that is certainly not running any more
    job = Job.create(str(tmp_path / "clip.mp4"), str(tmp_path / "out"))
    job.status = RUNNING
    job.renditions = [RenditionState("hls:240p", "hls", "240p", 426, 240, status=ENCODED),
                      RenditionState("mp4:240p", "mp4", "240p", 426, 240, status=ENCODING)]
    write_status(job)
    JobStore().save(job, pid=gone.pid)
    assert status_qualities(job.out_dir) == {"hls:240p": "encoded", "mp4:240p": "encoding"}

    store = JobStore()  # the next start
    assert [j.id for j in store.interrupted] == [job.id]
    assert status_qualities(job.out_dir) == {"hls:240p": "encoded", "mp4:240p": "failed"}
    assert store.get(job.id).status == "interrupted"
