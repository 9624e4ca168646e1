import subprocess
import sys

from app.core.jobs import COMPLETED, ENCODED, INTERRUPTED, RUNNING, EncodeOptions, Job, RenditionState
from app.core.store import JobStore


def test_save_and_reload(tmp_path):
    store = JobStore(str(tmp_path / "jobs.sqlite3"))
    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"),
                     EncodeOptions(preset="draft", renditions=[(360, None)]))
    job.renditions = [RenditionState("hls:360p", "hls", "360p", 640, 360, 365, status=ENCODED, size=10, path="/p")]
    job.status = COMPLETED
    job.metadata = {"width": 640}
    store.save(job)
    again = JobStore(str(tmp_path / "jobs.sqlite3")).get(job.id)
    assert again.options.preset == "draft" and again.options.renditions == [(360, None)]
    assert again.renditions[0].status == ENCODED and again.renditions[0].size == 10
    assert again.metadata == {"width": 640} and again.status == COMPLETED
    assert store.find(job.id[:8]).id == job.id


def test_a_renditions_measured_and_predicted_quality_are_kept(tmp_path):
    """A per-title rung's prediction and its measured scores survive a reload (the prediction was dropped)."""
    store = JobStore(str(tmp_path / "jobs.sqlite3"))
    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"))
    predicted = {"kbps": 184.2, "crf": 24.31, "xpsnr": 48.676, "metric": "xpsnr"}
    measured = {"mode": "sampled", "bitrate": 197324, "scores": {"xpsnr_y": {"mean": 42.33, "min": 34.49}}}
    job.renditions = [RenditionState("hls:1080p", "hls", "1080p", 1920, 1080, 184, status=ENCODED,
                                     predicted=predicted, measured=measured),
                      RenditionState("hls:720p", "hls", "720p", 1280, 720, 122)]
    store.save(job)
    again = JobStore(str(tmp_path / "jobs.sqlite3")).get(job.id)
    assert again.renditions[0].predicted == predicted and again.renditions[0].measured == measured
    assert again.renditions[1].predicted is None and again.renditions[1].measured is None


def test_a_job_whose_process_died_is_reported_interrupted(tmp_path):
    db = str(tmp_path / "jobs.sqlite3")
    store = JobStore(db)
    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"))
    job.renditions = [RenditionState("hls:240p", "hls", "240p", status="encoding")]
    job.status = RUNNING
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    store.save(job, pid=dead.pid)
    store.close()
    reopened = JobStore(db)
    assert [j.id for j in reopened.interrupted] == [job.id]
    back = reopened.get(job.id)
    assert back.status == INTERRUPTED and "run it again" in back.error
    assert back.renditions[0].status == "failed"


def test_a_running_job_of_a_live_process_is_left_alone(tmp_path):
    db = str(tmp_path / "jobs.sqlite3")
    store = JobStore(db)
    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"))
    job.status = RUNNING
    store.save(job)  # this process: alive
    assert JobStore(db).interrupted == []


def test_job_names_avoid_those_taken(tmp_path):
    a = Job.create(str(tmp_path / "x" / "clip.mp4"), str(tmp_path / "out"))
    b = Job.create(str(tmp_path / "y" / "clip.mp4"), str(tmp_path / "out"), taken={"clip", "clip-2"})
    assert (a.name, b.name) == ("clip", "clip-3")
    assert b.out_dir == str(tmp_path / "out" / "clip-3")


def test_the_queue_order_is_kept(tmp_path):
    from app.core.jobs import Job
    from app.core.store import JobStore

    store = JobStore()
    jobs = [Job.create(str(tmp_path / f"{n}.mp4"), str(tmp_path)) for n in "abc"]
    for job in jobs:
        store.save(job)
    store.set_order([jobs[2].id, jobs[0].id, jobs[1].id])
    store.save(jobs[0])  # a later save keeps the position
    assert [j.name for j in JobStore().list()] == ["c", "a", "b"]


def test_jobs_are_logged_to_the_log_file_without_secrets(tmp_path):
    import logging

    from app.core import redact
    from app.core.engine import Engine
    from app.core.jobs import EncodeOptions, Job
    from app.core.logs import log_dir, setup_file_logging
    from app.core.store import JobStore

    path = setup_file_logging()
    try:
        assert path.startswith(log_dir())
        secret = "sk_live_do_not_log_" + "x" * 12
        redact.register(secret)
        job = Job.create(str(tmp_path / "missing.mp4"), str(tmp_path / "out"), EncodeOptions())
        Engine(JobStore()).run(job)  # rejected: the file does not exist
        logging.getLogger("app.providers").warning("request failed with key %s", secret)
        for h in logging.getLogger().handlers:
            h.flush()
        text = open(path, encoding="utf-8").read()
        assert f"job {job.id} started" in text and f"job {job.id} ({job.source}) rejected" in text
        assert "request failed with key" in text and secret not in text
    finally:
        root = logging.getLogger()
        for h in [h for h in root.handlers if getattr(h, "_rendition_studio", False)]:
            root.removeHandler(h)
            h.close()


def test_remote_jobs_pick_free_names_as_local_jobs_do(tmp_path):
    from app.core.jobs import Job
    from app.providers.remote_jobs import RemoteJob

    taken = {"clip", "clip-2"}
    local = Job.create(str(tmp_path / "clip.mp4"), str(tmp_path), taken=taken)
    remote = RemoteJob.create("uploads", {"base": "http://127.0.0.1:9"}, str(tmp_path / "clip.mp4"),
                              out_root=str(tmp_path), taken=taken)
    assert local.name == remote.name == "clip-3"
    assert remote.out_dir == str(tmp_path / "clip-3")
