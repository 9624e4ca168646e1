"""The remote-job table in the job database, and the redaction helper."""

import json
import logging
import os
import sqlite3
import subprocess
import sys

from app.core import redact
from app.core.jobs import Job
from app.providers.remote_jobs import REMOTE_COMPLETED, REMOTE_UPLOADING, RemoteJob, RemoteJobStore
from app.core.store import JobStore, data_dir


# -- redaction ----------------------------------------------------------------------------------------------------
def test_registered_secrets_are_masked_everywhere(key):
    redact.register(key)
    text = f"failed: {key} was echoed; again {key[:-1]}X and {key}"
    out = redact.redact(text)
    assert key not in out and out.count("***") == 2 and key[:-1] + "X" in out


def test_secret_shapes_are_masked_even_unregistered():
    samples = {
        "Authorization: Bearer abcdef123456": "abcdef123456",
        "headers={'Authorization': 'Uploadcare.Simple pub:sec12345678'}": "sec12345678",
        'token eyJhbGciOiJIUzI1NiJ9.eyJhcGlrZXkiOiJ4In0.c2lnbmF0dXJl here': "eyJhcGlrZXkiOiJ4In0",
        '{"apiKey": "k-987654321", "title": "x"}': "k-987654321",
        '{"refreshToken":"rt-0123456789"}': "rt-0123456789",
        "PUT https://s3.example/bucket/part?X-Amz-Signature=abc123def456&X-Amz-Expires=300 failed":
            "abc123def456",
        "webhook signatureSecret=whsec_abcdef0123": "whsec_abcdef0123",
    }
    for text, secret in samples.items():
        out = redact.redact(text)
        assert secret not in out, (text, out)
    assert "https://s3.example/bucket/part?***" in redact.redact(
        "https://s3.example/bucket/part?X-Amz-Signature=abc123def456")
    assert redact.redact("plain words, 426339926 and a uuid 500196bc-9da5-4aaf") == \
        "plain words, 426339926 and a uuid 500196bc-9da5-4aaf"


def test_log_filter_redacts_messages_arguments_and_tracebacks(key, caplog):
    redact.register(key)
    log = redact.get_logger("app.providers.test")
    caplog.set_level(logging.DEBUG)
    log.info("sending %s to %s", {"apiKey": key}, "https://x/y?sig=zzzzzz")
    try:
        raise ValueError(f"boom {key}")
    except ValueError:
        log.exception("failed with %s", key)
    for record in caplog.records:
        assert key not in record.getMessage()
    assert key not in caplog.text and "sig=zzzzzz" not in caplog.text and "boom ***" in caplog.text


# -- the store ----------------------------------------------------------------------------------------------------
def test_remote_jobs_live_beside_local_jobs(tmp_path):
    local = JobStore()
    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"))
    local.save(job)
    store = RemoteJobStore()
    assert store.path == local.path == os.path.join(data_dir(), "jobs.sqlite3")
    rj = RemoteJob.create("apivideo", {"base": "https://sandbox.api.video"}, str(tmp_path / "a.mp4"),
                          {"chunk_size": 5242880}, out_root=str(tmp_path / "out"))
    rj.state = {"videoId": "vi123", "confirmed": 10485760}
    rj.remote_id, rj.status, rj.upload_sent, rj.upload_total = "vi123", REMOTE_UPLOADING, 10485760, 20000000
    store.save(rj)
    again = RemoteJobStore().get(rj.id)
    assert again.state == rj.state and again.remote_id == "vi123" and again.options == {"chunk_size": 5242880}
    assert again.out_dir == str(tmp_path / "out" / "a") and again.upload_sent == 10485760
    assert RemoteJobStore().by_remote_id("apivideo", "vi123").id == rj.id
    assert RemoteJobStore().find(rj.id[:10]).id == rj.id
    assert [j.id for j in JobStore().list()] == [job.id]  # the local table is untouched
    tables = {r[0] for r in sqlite3.connect(store.path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"jobs", "renditions", "remote_jobs"} <= tables


def test_unfinished_records_of_dead_processes_are_resumable(tmp_path):
    store = RemoteJobStore()
    src = str(tmp_path / "a.mp4")
    alive = RemoteJob.create("uploads", {"base": "https://e.org/api"}, src, {"folder": "root"})
    store.save(alive)  # this process: active
    dead = RemoteJob.create("uploads", {"base": "https://e.org/api"}, src, {"folder": "root"})
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    store.save(dead, pid=proc.pid)
    done = RemoteJob.create("uploads", {"base": "https://e.org/api"}, src, {"folder": "root"})
    done.status = REMOTE_COMPLETED
    store.save(done)
    reopened = RemoteJobStore()
    assert {j.id for j in reopened.resumable()} == {alive.id, dead.id}  # this process counts as not "another"
    assert not reopened.is_active(reopened.get(dead.id))
    found = reopened.find_unfinished_push("uploads", {"base": "https://e.org/api"}, src, {"folder": "root"})
    assert found.id in (alive.id, dead.id)
    assert reopened.find_unfinished_push("uploads", {"base": "https://e.org/api"}, src, {"folder": "x"}) is None


def test_the_store_never_holds_secrets_or_signed_urls(tmp_path, key):
    redact.register(key)
    store = RemoteJobStore()
    rj = RemoteJob.create("uploadcare", {"upload": "https://u", "api": "https://a", "cdn": "https://c"},
                          str(tmp_path / "a.mp4"))
    rj.state = {"fileUuid": "f-1", "oops": f"Uploadcare.Simple pub:{key}"}
    rj.error = f"the server said: {key}"
    rj.last_status = {"provider": "uploadcare", "remoteId": "f-1", "status": "completed",
                      "renditions": [{"id": "mp4:720p", "url": "https://cdn.example/x/?X-Amz-Signature=s3cr3tsig"}]}
    store.save(rj)
    store.close()
    raw = b"".join(open(os.path.join(data_dir(), name), "rb").read()
                   for name in os.listdir(data_dir()) if name.startswith("jobs.sqlite3"))
    assert key.encode() not in raw and b"s3cr3tsig" not in raw
    back = RemoteJobStore().get(rj.id)
    assert back.state["fileUuid"] == "f-1"
    assert back.last_status["renditions"][0]["url"] == "https://cdn.example/x/?***"
    assert json.dumps(back.to_dict()).count(key) == 0
