"""The runner's own behaviour: poll backoff, transient poll failures, no-wait, deadlines, cancel, exclusivity."""

import subprocess
import sys
import threading

import pytest

from app.core.errors import UsageError
from app.providers.remote_jobs import RemoteJob
from app.providers.errors import CannotCancel
from app.providers.runner import PollPolicy, RemoteRunner, UploadMeter
from loopback import LoopbackServer
from loopback.apivideo import ApiVideoApp
from loopback.uploadcare import UploadcareApp
from loopback.uploads_api import PREFIX, UploadsApp


@pytest.fixture
def uploads(key, monkeypatch):
    monkeypatch.setenv("UPLOADS_API_KEY", key)

    def start(codes=(1, 3, 5, 6)):
        server = LoopbackServer(UploadsApp(key, codes=codes)).start()
        started.append(server)
        server.base = server.url + PREFIX
        return server

    started = []
    yield start
    for s in started:
        s.stop()


def job_for(server, path):
    return RemoteJob.create("uploads", {"base": server.base}, path, {"folder": "root"})


def test_polling_backs_off_while_nothing_changes_and_resets_on_change(uploads, runner, sleeper, random_file):
    server = uploads(codes=(1, 3, 3, 3, 3, 3, 5, 5, 6))
    assert runner.run(job_for(server, random_file(1000))) == 0
    # factor 1.5 up to the policy's max of 4; back to the first interval when the status changes (3 -> 5)
    assert sleeper.waits == [1.0, 1.5, 2.25, 3.375, 4.0, 1.0, 1.5]


def test_transient_poll_failures_are_survived(uploads, runner, events, sleeper, random_file):
    server = uploads()
    server.fault("status", status=503, method="GET", path="/uploads/", times=4)  # one poll's every try
    assert runner.run(job_for(server, random_file(1000)), events.append) == 0
    warnings = events.of("remote.warning")
    assert len(warnings) == 1 and "polling failed, trying again" in warnings[0]["message"]
    assert "HTTP 503" in warnings[0]["message"]


def test_polls_failing_for_good_leave_the_job_resumable(uploads, runner, events, store, random_file):
    server = uploads()
    server.fault("status", status=500, method="GET", path="/uploads/", times=-1)
    job = job_for(server, random_file(1000))
    assert runner.run(job, events.append) == 4
    fin = events.of("remote.finished")[0]
    assert fin["interrupted"] and fin["status"] == "uploading" and fin["remoteId"]
    rec = store.get(job.id)
    assert not rec.final and rec.pushed and rec.pid == 0
    server.faults.clear()
    assert runner.run(rec) == 0  # polling goes on; the upload is not repeated
    assert len(server.app.uploads) == 1


def test_without_wait_it_returns_pending_after_one_poll(uploads, runner, events, store, random_file):
    server = uploads()
    job = job_for(server, random_file(1000))
    assert runner.run(job, events.append, wait=False) == 5
    assert events.statuses == ["processing"] and events.of("remote.finished")[0]["exitCode"] == 5
    rec = store.get(job.id)
    assert rec.pushed and not rec.final and rec.pid == 0 and rec.error is None


def test_max_wait_gives_up_waiting_not_the_job(uploads, store, sleeper, retry, creds, random_file):
    server = uploads(codes=(1, 3))
    clock = {"t": 0.0}
    sleeper.on_sleep = lambda s: clock.__setitem__("t", clock["t"] + s)
    runner = RemoteRunner(store, credentials=creds, sleeper=sleeper, retry=retry, max_wait=10,
                          poll=PollPolicy(first=2, max=2), clock=lambda: clock["t"])
    job = job_for(server, random_file(1000))
    assert runner.run(job) == 5
    assert "still processing after waiting 10 s" in store.get(job.id).error and not store.get(job.id).final


def test_a_job_another_live_process_works_on_is_refused(uploads, runner, store, random_file):
    server = uploads()
    job = job_for(server, random_file(1000))
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        store.save(job, pid=sleeper.pid)
        with pytest.raises(UsageError, match="another process"):
            runner.run(store.get(job.id))
    finally:
        sleeper.kill()
        sleeper.wait()


def test_cancel_where_the_api_cannot(key, monkeypatch, runner, events, random_file, store):
    monkeypatch.setenv("UPLOADCARE_PUBLIC_KEY", "demopublickey0001")
    monkeypatch.setenv("UPLOADCARE_SECRET_KEY", key)
    with LoopbackServer(UploadcareApp("demopublickey0001", key)) as server:
        endpoints = {"upload": server.url + "/upload", "api": server.url + "/api", "cdn": server.url + "/cdn"}
        cancel = threading.Event()

        def on_event(ev):
            events.append(ev)
            if ev["type"] == "remote.status":
                cancel.set()  # while the conversion is pending

        job = RemoteJob.create("uploadcare", endpoints, random_file(1000), {"renditions": ["360p"]})
        assert runner.run(job, on_event, cancel) == 130
    (warning,) = events.of("remote.warning")
    assert "Uploadcare: this API offers no way to cancel" in warning["message"]
    assert store.get(job.id).status == "cancelled"


def test_cancel_a_job_nobody_runs(key, monkeypatch, runner, uploads, random_file, store):
    monkeypatch.setenv("APIVIDEO_API_KEY", key)
    with LoopbackServer(ApiVideoApp(key, min_chunk=1)) as server:
        job = RemoteJob.create("apivideo", {"base": server.url}, random_file(1000), {})
        assert runner.run(job, wait=False) == 5
        assert "deleted video" in runner.cancel_remote(store.get(job.id))
        assert next(iter(server.app.videos.values())).deleted
    up = uploads()
    job = job_for(up, random_file(1000, name="b.mp4"))
    runner.run(job, wait=False)
    with pytest.raises(CannotCancel):
        runner.cancel_remote(store.get(job.id))
    assert store.get(job.id).status == "cancelled"


def test_upload_meter_speed_eta_and_throttle():
    events, t, times = [], {"now": 0.0}, []
    job = RemoteJob.create("uploads", {"base": "https://x"}, None)
    meter = UploadMeter(lambda e: (events.append(e), times.append(t["now"])), job, clock=lambda: t["now"],
                        interval=0.1, window=3.0)
    for i in range(1, 21):
        t["now"] = i * 0.05
        meter(i * 1_000_000, 20_000_000)
    assert 8 <= len(events) <= 11  # throttled: the first, about every 0.1 s, and the last
    assert all(b - a >= 0.0999 for a, b in zip(times[:-1], times[1:-1]))
    assert job.upload_sent == 20_000_000 and job.upload_total == 20_000_000
    last = events[-1]
    assert last["bytesSent"] == 20_000_000 and last["fraction"] == 1.0 and last["eta"] == 0.0
    assert last["speed"] == pytest.approx(20_000_000, rel=0.01)  # 1 MB per 0.05 s
    mid = events[len(events) // 2]
    assert mid["eta"] == pytest.approx((20_000_000 - mid["bytesSent"]) / 20_000_000, abs=0.06)  # 0.1 s steps


def test_fifty_jobs_in_fifty_threads_share_one_store(uploads, runner, store, random_file):
    """The window runs one runner per job in its own thread, all on one store: nothing is lost or doubled."""
    server = uploads(codes=(1, 3, 3, 5, 6))
    jobs = [job_for(server, random_file(2000 + i, name=f"clip{i}.mp4", seed=i)) for i in range(50)]
    codes, events = {}, []
    lock = threading.Lock()

    def work(job):
        codes[job.id] = runner.run(job, lambda e: (lock.acquire(), events.append(e), lock.release()))

    threads = [threading.Thread(target=work, args=(j,)) for j in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert set(codes.values()) == {0} and len(codes) == 50
    assert sorted(u.filename for u in server.app.uploads) == sorted(f"clip{i}.mp4" for i in range(50))
    assert {j.status for j in store.list()} == {"completed"} and len(store.list()) == 50
    assert len([e for e in events if e["type"] == "remote.finished"]) == 50
