"""The one job state: `app.core.jobstate.apply_event` for every engine event, headless (no Qt)."""

import copy
import json

from app.core import jobstate
from app.core.jobs import (ENCODED, FAILED, R_FAILED, Job, JobStatus, RenditionState, RenditionStatus)


def make_job(tmp_path):
    return Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"))


def rows():
    return [RenditionState("hls:240p", "hls", "240p", 426, 240, 150, status="encoding"),
            RenditionState("hls:360p", "hls", "360p", 640, 360, 365, status="encoding"),
            RenditionState("mp4:360p", "mp4", "360p", 640, 360, 365, status="encoding")]


def events(job):
    """One of every event type the engine emits, in the order a run emits them."""
    i = job.id
    return [
        {"type": "job.started", "jobId": i, "source": job.source, "output": job.out_dir,
         "startedAt": "2026-12-01T10:00:00.000+00:00"},
        {"type": "job.planned", "jobId": i, "metadata": {"duration": 8.0, "width": 640}, "plan": {},
         "renditions": [r.to_dict() for r in rows()], "thumbnails": [], "warnings": ["odd size"]},
        {"type": "job.decoder", "jobId": i, "decoder": "software"},
        {"type": "job.progress", "jobId": i, "fraction": 0.5, "mediaTime": 4.0, "renditions": [
            {"encoding": r.type, "quality": r.quality, "status": "encoding", "fraction": 0.5, "frames": 100,
             "fps": 50.0, "speed": 2.0, "eta": 2.0} for r in rows()]},
        {"type": "rendition.encoded", "jobId": i, "encoding": "hls", "quality": "240p", "size": 1000,
         "path": "/o/hls/240p/index.m3u8"},
        {"type": "video.encoding.quality.completed", "videoId": i, "encoding": "hls", "quality": "240p"},
        {"type": "rendition.failed", "jobId": i, "encoding": "mp4", "quality": "360p", "error": "disk full"},
        {"type": "job.warning", "jobId": i, "message": "thumbnail x: bad"},
        {"type": "thumbnails.done", "jobId": i, "files": [job.out_dir + "/thumbnails/a.jpg"]},
        {"type": "job.finished", "jobId": i, "status": "partial", "error": "1 of 3 renditions failed",
         "exitCode": 4, "output": job.out_dir, "stats": None, "finishedAt": "2026-12-01T10:00:04.000+00:00"},
    ]


def test_every_event_type_and_what_it_changed(tmp_path):
    job = make_job(tmp_path)
    evs = events(job)
    changes = [jobstate.apply_event(job, ev) for ev in evs]
    started, planned, decoder, progress, encoded, webhook, failed, warning, thumbs, finished = changes
    assert started.job == {"status", "started_at"} and job.started_at == "2026-12-01T10:00:00.000+00:00"
    assert planned.replanned and [r.id for r in job.renditions] == ["hls:240p", "hls:360p", "mp4:360p"]
    assert job.metadata["duration"] == 8.0 and job.warnings[0] == "odd size"
    assert decoder.job == {"decoder"} and job.decoder == "software"
    assert set(progress.renditions) == {"hls:240p", "hls:360p", "mp4:360p"}
    assert progress.renditions["hls:240p"] >= {"progress", "fps", "speed", "eta", "frames"}
    assert encoded.renditions == {"hls:240p": {"status", "progress", "eta", "size", "path"}}
    assert job.rendition("hls:240p").progress == 1.0  # encoded is whole, wherever it is read
    assert not webhook
    assert failed.renditions == {"mp4:360p": {"status", "error", "eta"}}
    assert warning.job == {"warnings"} and job.warnings[-1] == "thumbnail x: bad"
    assert thumbs.thumbnails and job.thumbnails == ["thumbnails/a.jpg"]
    # Unfinished -> failed: in the reducer, the one place.
    assert finished.job == {"status", "error", "finished_at"} and finished.renditions == {
        "hls:360p": {"status", "error", "eta"}}
    assert job.status is JobStatus.PARTIAL and job.rendition("hls:360p").status is RenditionStatus.FAILED
    assert job.rendition("hls:360p").error == "1 of 3 renditions failed"
    assert [r.status for r in job.renditions] == [ENCODED, R_FAILED, R_FAILED]


def test_applying_an_event_again_changes_nothing(tmp_path):
    job = make_job(tmp_path)
    for ev in events(job):
        jobstate.apply_event(job, ev)
        before = copy.deepcopy(job)
        assert not jobstate.apply_event(job, ev), ev["type"]
        assert job == before, ev["type"]


def test_another_jobs_events_change_nothing(tmp_path):
    job, other = make_job(tmp_path), make_job(tmp_path)
    before = copy.deepcopy(job)
    for ev in events(other):
        assert not jobstate.apply_event(job, ev)
    assert job == before


def test_cancel_fails_what_was_unfinished_with_the_reason(tmp_path):
    job = make_job(tmp_path)
    for ev in events(job)[:5]:
        jobstate.apply_event(job, ev)
    jobstate.apply_event(job, {"type": "job.finished", "jobId": job.id, "status": "cancelled",
                               "error": "cancelled by the user", "exitCode": 130, "output": None})
    assert [(r.status, r.error) for r in job.renditions] == [
        (ENCODED, None), (R_FAILED, "cancelled by the user"), (R_FAILED, "cancelled by the user")]
    jobstate.apply_event(job, {"type": "job.finished", "jobId": job.id, "status": "failed", "error": None})
    assert job.status == FAILED


def test_progress_and_summary_are_one_computation(tmp_path):
    job = make_job(tmp_path)
    evs = events(job)
    for ev in evs[:4]:
        jobstate.apply_event(job, ev)
    assert jobstate.progress(job) == 0.5
    jobstate.apply_event(job, evs[4])  # one of three whole, two at half
    assert abs(jobstate.progress(job) - 2 / 3) < 1e-9
    job.prepare_retry()  # queued again: not started, whatever its renditions were
    assert jobstate.progress(job) == 0.0
    jobstate.apply_event(job, evs[0])
    assert jobstate.summary(job) is None  # not finished yet
    for ev in evs[5:]:
        jobstate.apply_event(job, ev)
    s = jobstate.summary(job)
    assert s == jobstate.Summary(elapsed=4.0, output_size=1000, speed=2.0)
    assert s.to_dict() == {"elapsed": 4.0, "outputSize": 1000, "speed": 2.0}
    assert jobstate.describe_summary(s) == "4.0 s · 1.0 kB · 2.00× realtime"


def test_statuses_are_enums_that_read_and_store_as_their_strings(tmp_path):
    job = make_job(tmp_path)
    for ev in events(job):
        jobstate.apply_event(job, ev)
    assert isinstance(job.status, JobStatus) and job.status == "partial" and f"{job.status}" == "partial"
    assert json.loads(json.dumps({"s": job.status}))["s"] == "partial"
    from app.core.store import JobStore

    store = JobStore(str(tmp_path / "jobs.sqlite3"))
    store.save(job)
    back = store.get(job.id)
    assert back.status is JobStatus.PARTIAL and back.renditions[0].status is RenditionStatus.ENCODED
    assert back.renditions[0].progress == 1.0


def test_a_per_title_analysis_is_a_phase_of_the_job_until_its_plan(tmp_path):
    job = make_job(tmp_path)
    evs = events(job)
    jobstate.apply_event(job, evs[0])
    change = jobstate.apply_event(job, {"type": "job.analysis", "jobId": job.id, "stage": "encode", "fraction": 0.25})
    assert job.analysis == 0.25 and change.job == {"analysis"}
    assert not jobstate.apply_event(job, {"type": "job.analysis", "jobId": job.id, "stage": "encode",
                                          "fraction": 0.25})
    assert "analysis" in jobstate.apply_event(job, evs[1]).job and job.analysis is None
    jobstate.apply_event(job, {"type": "job.analysis", "jobId": job.id, "stage": "measure", "fraction": 0.9})
    jobstate.apply_event(job, evs[-1])  # a job cancelled during its analysis is no longer analysing
    assert job.analysis is None
