"""api.video end to end against its loopback contract: chunks, resume, refresh, polling, cancel, downloads."""

import hashlib
import os
import threading

import httpx
import pytest

from app.providers.remote_jobs import RemoteJob, RemoteJobStore
from app.providers.runner import RemoteRunner
from loopback.files import sha256_file
from loopback import LoopbackServer
from loopback.apivideo import ApiVideoApp

KiB = 1024


@pytest.fixture
def api(key, monkeypatch):
    monkeypatch.setenv("APIVIDEO_API_KEY", key)
    app = ApiVideoApp(key, min_chunk=64 * KiB)
    with LoopbackServer(app) as server:
        yield server


def job_for(server, path, **options):
    options.setdefault("chunk_size", 256 * KiB)
    return RemoteJob.create("apivideo", {"base": server.url}, path, options)


def only_video(server):
    assert len(server.app.videos) == 1, "exactly one video was created"
    return next(iter(server.app.videos.values()))


def test_chunked_push_sends_every_byte_once_and_follows_encoding(api, runner, events, clips, store):
    src = clips.landscape
    size = os.path.getsize(src)
    job = job_for(api, src, chunk_size=64 * KiB)
    code = runner.run(job, events.append)
    assert code == 0, events
    video = only_video(api)
    assert video.sha256() == sha256_file(src) and video.accepted_bytes == size and video.collisions == 0
    chunks = api.requests("POST", r"/source$")
    assert len(chunks) == -(-size // (64 * KiB))
    ranges = [c.header("Content-Range") for c in chunks]
    assert ranges[0] == f"bytes 0-{64 * KiB - 1}/{size}" and ranges[-1].endswith(f"-{size - 1}/{size}")
    assert video.title == "landscape"
    # upload events: monotonic, ending at the total, with a speed
    ups = events.of("remote.upload")
    assert ups[-1]["bytesSent"] == size and ups[-1]["total"] == size and ups[-1]["fraction"] == 1.0
    assert all(a["bytesSent"] <= b["bytesSent"] for a, b in zip(ups, ups[1:]))
    assert events.of("remote.created")[0]["remoteId"] == video.id
    # the normalized status went through processing to completed, rows as api.video's qualities
    assert events.statuses[0] in ("processing", "uploading") and events.statuses[-1] == "completed"
    last = events.of("remote.status")[-1]
    assert [(r["id"], r["status"]) for r in last["renditions"]] == [
        ("hls:240p", "encoded"), ("hls:360p", "encoded"), ("mp4:360p", "encoded")]
    assert last["renditions"][2]["url"].endswith("/mp4/source.mp4") and last["upload"]["bytesSent"] == size
    assert last["metadata"]["width"] == 640 and last["metadata"]["bitrate"] is None  # nulls allowed
    middle = [s for s in events.of("remote.status") if any(r["status"] == "encoding" for r in s["renditions"])]
    assert middle, "an intermediate state with a quality encoding was reported"
    assert len(api.requests("GET", r"^/videos/vi\w+$")) == 2  # the video object: once playable, once complete
    assert all(s["title"] == "landscape" for s in events.of("remote.status") if s["playable"])
    finished = events.of("remote.finished")[0]
    assert finished["status"] == "completed" and finished["exitCode"] == 0
    stored = store.get(job.id)
    assert stored.status == "completed" and stored.remote_id == video.id and stored.pid == 0
    assert stored.state["uploaded"] is True and stored.state["confirmed"] == size


def test_a_small_file_goes_in_one_request_without_content_range(api, runner, random_file):
    src = random_file(100 * KiB)
    assert runner.run(job_for(api, src)) == 0
    (chunk,) = api.requests("POST", r"/source$")
    assert chunk.header("Content-Range") is None
    assert only_video(api).sha256() == sha256_file(src)


def test_connection_cut_mid_chunk_resumes_from_the_servers_offset(api, runner, random_file, sleeper):
    src = random_file(1300 * KiB)
    api.fault("cut", method="POST", path="/source$", skip=2, after_bytes=50 * KiB)  # the 3rd chunk
    assert runner.run(job_for(api, src)) == 0
    video = only_video(api)
    assert video.sha256() == sha256_file(src)
    assert video.accepted_bytes == 1300 * KiB and video.collisions == 0
    statuses = [r for r in api.log if r.path.endswith("/status")]
    first_status = api.log.index(statuses[0])
    assert api.log[first_status - 1].path.endswith("/source")  # asked the server right after the failed chunk
    assert len(sleeper.waits) >= 1


def test_a_chunk_that_landed_but_whose_answer_was_lost_is_not_sent_again(api, runner, random_file):
    src = random_file(1000 * KiB)
    api.fault("drop", method="POST", path="/source$", skip=1)  # the 2nd chunk is stored, its answer lost
    assert runner.run(job_for(api, src)) == 0
    video = only_video(api)
    assert video.collisions == 0 and video.accepted_bytes == 1000 * KiB
    assert video.sha256() == sha256_file(src)
    assert len(api.requests("POST", r"/source$")) == 4  # 1000 KiB in 256 KiB chunks, none twice


def test_500s_and_429s_during_upload_and_polling(api, runner, random_file, sleeper):
    src = random_file(600 * KiB)
    api.fault("status", status=500, method="POST", path="/source$", skip=1, body={"title": "Internal error"})
    api.fault("status", status=429, method="GET", path="/status$", skip=2,
              headers={"X-RateLimit-Retry-After": "9", "X-RateLimit-Limit": "30", "X-RateLimit-Remaining": "0"})
    api.fault("status", status=503, method="GET", path="/status$", skip=3, headers={"Retry-After": "garbage"})
    assert runner.run(job_for(api, src)) == 0
    video = only_video(api)
    assert video.collisions == 0 and video.accepted_bytes == 600 * KiB
    assert 9.0 in sleeper.waits


def test_expired_or_revoked_tokens_are_refreshed(api, runner, random_file):
    src = random_file(600 * KiB)
    calls = {"n": 0}

    def revoke(req):  # the server forgets every access token once, mid-upload
        calls["n"] += 1
        api.app.tokens.clear()

    api.fault("hook", method="POST", path="/source$", skip=1, hook=revoke)
    assert runner.run(job_for(api, src)) == 0
    assert calls["n"] == 1 and api.app.refresh_calls == 1 and api.app.auth_calls == 1
    assert only_video(api).collisions == 0


def test_short_lived_tokens_are_refreshed_ahead_of_expiry(key, monkeypatch, runner, random_file):
    monkeypatch.setenv("APIVIDEO_API_KEY", key)
    app = ApiVideoApp(key, min_chunk=64 * KiB, token_ttl=30)  # inside the 60 s margin: refresh every call
    with LoopbackServer(app) as server:
        assert runner.run(job_for(server, random_file(300 * KiB))) == 0
    assert app.refresh_calls >= 3 and app.auth_calls == 1


def test_a_wrong_key_is_rejected_and_the_job_stays_resumable(api, runner, events, random_file, monkeypatch, store):
    monkeypatch.setenv("APIVIDEO_API_KEY", "not-the-key-000")
    job = job_for(api, random_file(100 * KiB))
    code = runner.run(job, events.append)
    fin = events.of("remote.finished")[0]
    assert code == 4 and fin["interrupted"] is True
    assert fin["error"].startswith("api.video: the key was rejected (HTTP 401)")
    assert not store.get(job.id).final and api.app.videos == {}


def test_restart_resumes_from_the_stored_record_without_creating_again(api, store, sleeper, retry, creds,
                                                                       random_file):
    """The process dies after two chunks; a new runner built from the stored record finishes the upload."""
    src = random_file(1300 * KiB)
    job = job_for(api, src)
    store.save(job)

    class Died(BaseException):
        pass

    def die_after_two_chunks(ev):
        if ev["type"] == "remote.upload" and ev["bytesSent"] >= 600 * KiB:
            raise Died()

    first = RemoteRunner(store, credentials=creds, sleeper=sleeper, retry=retry)
    with pytest.raises(Died):
        first.run(job, die_after_two_chunks)
    video = only_video(api)
    assert 0 < video.accepted_bytes < 1300 * KiB

    again = RemoteJobStore().get(job.id)  # what a restarted process reads
    assert again.remote_id == video.id and again.state["videoId"] == video.id and not again.final
    events = []
    second = RemoteRunner(RemoteJobStore(), credentials=creds, sleeper=sleeper, retry=retry)
    assert second.run(again, events.append) == 0
    assert events[0]["resumed"] is True
    assert len(api.requests("POST", "^/videos$")) == 1  # created once
    assert video.collisions == 0 and video.accepted_bytes == 1300 * KiB
    assert video.sha256() == sha256_file(src)
    first_upload = [e for e in events if e["type"] == "remote.upload"][0]
    assert first_upload["bytesSent"] >= 512 * KiB  # resumed from the confirmed bytes, not zero


def test_source_already_uploaded_counts_as_done(api, runner, random_file, store):
    src = random_file(300 * KiB)
    job = job_for(api, src)
    assert runner.run(job) == 0
    # a record that lost its progress (killed between the last chunk and the checkpoint) is pushed again
    job.state = {"videoId": job.remote_id, "size": 300 * KiB}
    job.pushed, job.status = False, "uploading"
    before = len(api.requests("POST", r"/source$"))
    assert runner.run(job) == 0
    assert len(api.requests("POST", r"/source$")) == before + 1  # answered 400 video-source-already-uploaded
    assert only_video(api).accepted_bytes == 300 * KiB


def test_failed_encoding_fails_the_job(key, monkeypatch, runner, events, random_file):
    monkeypatch.setenv("APIVIDEO_API_KEY", key)
    with LoopbackServer(ApiVideoApp(key, min_chunk=64 * KiB, fail=True)) as server:
        code = runner.run(job_for(server, random_file(100 * KiB)), events.append)
    assert code == 4
    last = events.of("remote.status")[-1]
    assert last["status"] == "failed" and {r["status"] for r in last["renditions"]} == {"failed"}


def test_cancel_stops_the_upload_and_deletes_the_video(api, runner, events, random_file, store):
    src = random_file(1300 * KiB)
    cancel = threading.Event()
    api.fault("hook", method="POST", path="/source$", skip=1, hook=lambda req: cancel.set())  # during chunk 2
    job = job_for(api, src)
    assert runner.run(job, events.append, cancel) == 130
    video = only_video(api)
    assert video.deleted and video.accepted_bytes < 1300 * KiB
    assert len(api.requests("DELETE")) == 1
    assert store.get(job.id).status == "cancelled"
    assert "deleted video" in events.of("remote.finished")[0]["error"]


@pytest.mark.hls_unchecked  # the loopback server's ladder is placeholder text, not media
def test_results_download_into_the_job_folder(api, runner, events, random_file, tmp_path):
    src = random_file(200 * KiB)
    job = RemoteJob.create("apivideo", {"base": api.url}, src, {"chunk_size": 64 * KiB}, out_root=str(tmp_path / "out"))
    assert runner.run(job) == 0
    paths = runner.download_results(job, events.append)
    folder = tmp_path / "out" / "clip"
    assert sha256_file(folder / "mp4" / "source.mp4") == sha256_file(src)  # the asset is the source MP4, named as such
    master = (folder / "hls" / "master.m3u8").read_text()
    assert "240p/index.m3u8" in master and "360p/index.m3u8" in master and "http" not in master
    media = (folder / "hls" / "240p" / "index.m3u8").read_text()
    assert "segment_0.ts" in media and (folder / "hls" / "240p" / "segment_1.ts").read_bytes().startswith(b"240p-1")
    assert (folder / "thumbnails" / "thumbnail.jpg").exists()
    assert str(folder / "mp4" / "source.mp4") in paths
    downloads = events.of("remote.download")
    assert downloads and {d["count"] for d in downloads} == {3}
    assert not [p for p in folder.rglob("*.partial")]
    assert all("Authorization" not in r.headers for r in api.requests("GET", "^/vod/"))  # no key sent to a CDN


def test_the_server_is_strict_about_content_range(api, key):
    """The loopback contract refuses malformed chunks, so the passing tests above mean something."""
    with httpx.Client(base_url=api.url) as c:
        token = c.post("/auth/api-key", json={"apiKey": key}).json()["access_token"]
        h = {"Authorization": f"Bearer {token}"}
        assert c.post("/auth/api-key", json={"apiKey": "nope"}).status_code == 401
        assert c.post("/videos", json={"title": "x"}).status_code == 401
        assert c.post("/videos", json={}, headers=h).json()["problems"][0]["name"] == "title"
        vid = c.post("/videos", json={"title": "x"}, headers=h).json()["videoId"]
        data = os.urandom(200 * KiB)
        files = {"file": ("a.mp4", data[:100 * KiB])}
        bad = c.post(f"/videos/{vid}/source", files=files, headers={**h, "Content-Range": "bytes 0-99/204800"})
        assert bad.status_code == 400 and "does not match" in bad.json()["title"]
        bad = c.post(f"/videos/{vid}/source", files=files, headers={**h, "Content-Range": "0-102399/204800"})
        assert bad.status_code == 400
        ok = c.post(f"/videos/{vid}/source", files=files, headers={**h, "Content-Range": "bytes 0-102399/204800"})
        assert ok.status_code == 201
        again = c.post(f"/videos/{vid}/source", files=files, headers={**h, "Content-Range": "bytes 0-102399/204800"})
        assert again.status_code == 400 and "collides" in again.json()["title"]
        st = c.get(f"/videos/{vid}/status", headers=h).json()
        assert st["ingest"]["receivedBytes"] == [{"from": 0, "to": 102399, "total": 204800}]
        rest = {"file": ("a.mp4", data[100 * KiB:])}
        assert c.post(f"/videos/{vid}/source", files=rest,
                      headers={**h, "Content-Range": "bytes 102400-204799/204800"}).status_code == 201
        done = c.post(f"/videos/{vid}/source", files=rest,
                      headers={**h, "Content-Range": "bytes 102400-204799/204800"})
        assert "video-source-already-uploaded" in done.json()["type"]
        assert api.app.videos[vid].sha256() == hashlib.sha256(data).hexdigest()
