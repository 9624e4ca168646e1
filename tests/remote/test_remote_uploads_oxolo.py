"""The Uploads API (push, poll, list, status codes, lost answers) and Oxolo (tracking, progress, downloads)."""

import os

import httpx
import pytest

from app.providers.remote_jobs import RemoteJob
from app.providers.errors import NotSupported
from app.providers.registry import make_provider
from loopback.files import sha256_file
from loopback import LoopbackServer
from loopback.oxolo import OxoloApp
from loopback.uploads_api import PREFIX, UploadsApp


def uploads_job(server, path, folder="root/my-folder"):
    return RemoteJob.create("uploads", {"base": server.base}, path, {"folder": folder})


# -- Uploads API --------------------------------------------------------------------------------------------------
def test_push_a_clip_and_follow_the_status_codes(uploads, runner, events, clips, store):
    job = uploads_job(uploads, clips.landscape)
    assert runner.run(job, events.append) == 0
    (up,) = uploads.app.uploads
    assert up.sha256 == sha256_file(clips.landscape) and up.filename == "landscape.mp4"
    assert up.folder == "root/my-folder"
    details = [e["detail"] for e in events.of("remote.status")]
    assert details == ["processing", "uploading", "completed"]  # 1 (pending) was the answer to the upload
    assert events.statuses == ["processing", "processing", "completed"]
    last = events.of("remote.status")[-1]
    assert last["renditions"] == [{"id": "video", "type": None, "quality": None, "status": "encoded",
                                   "progress": 1.0, "eta": None, "url": None, "error": None, "detail": "completed"}]
    assert store.get(job.id).remote_id == up.id


def test_unknown_status_codes_are_shown_and_never_fatal(key, monkeypatch, runner, events, random_file):
    monkeypatch.setenv("UPLOADS_API_KEY", key)
    with LoopbackServer(UploadsApp(key, codes=(1, 4, 9, 6))) as server:
        assert runner.run(uploads_job(type("S", (), {"base": server.url + PREFIX}), random_file(1000)),
                          events.append) == 0
    details = [e["detail"] for e in events.of("remote.status")]
    assert details == ["unknown (4)", "unknown (9)", "completed"]
    assert events.of("remote.status")[0]["renditions"][0]["status"] == "waiting"


def test_a_failed_upload_fails_the_job(key, monkeypatch, runner, events, random_file):
    monkeypatch.setenv("UPLOADS_API_KEY", key)
    with LoopbackServer(UploadsApp(key, codes=(1, 3, 7))) as server:
        code = runner.run(uploads_job(type("S", (), {"base": server.url + PREFIX}), random_file(1000)),
                          events.append)
    assert code == 4 and events.statuses[-1] == "failed"
    assert events.of("remote.finished")[0]["error"] == "processing failed on the server"


def test_a_lost_answer_is_reconciled_from_the_list_not_sent_twice(uploads, runner, random_file):
    src = random_file(300_000)
    uploads_job(uploads, src)
    # an earlier upload with the same name must not be mistaken for ours
    assert runner.run(uploads_job(uploads, src)) == 0
    uploads.fault("drop", method="POST", path="/uploads$")
    job = uploads_job(uploads, src)
    assert runner.run(job) == 0
    assert len(uploads.app.uploads) == 2 and len(uploads.requests("POST")) == 2
    assert job.remote_id == uploads.app.uploads[1].id != uploads.app.uploads[0].id


def test_a_cut_upload_is_sent_again(uploads, runner, random_file):
    src = random_file(2_000_000)
    uploads.fault("cut", method="POST", path="/uploads$", after_bytes=200_000)
    assert runner.run(uploads_job(uploads, src)) == 0
    (up,) = uploads.app.uploads
    assert up.sha256 == sha256_file(src) and len(uploads.requests("POST")) == 2


def test_list_recent_uploads(uploads, runner, random_file):
    for i in range(3):
        runner.run(uploads_job(uploads, random_file(1000, name=f"v{i}.mp4", seed=i)), wait=False)
    provider = make_provider("uploads", {"base": uploads.base})
    items = provider.list()
    provider.close()
    assert [i["filename"] for i in items] == ["v2.mp4", "v1.mp4", "v0.mp4"]
    assert {(i["status"], i["statusCode"], i["detail"]) for i in items} == {("processing", 3, "processing")}
    assert set(items[0]) >= {"remoteId", "status", "statusCode", "detail", "createdAt", "updatedAt"}


def test_the_uploads_server_is_strict(uploads, key):
    with httpx.Client(base_url=uploads.base) as c:
        h = {"Authorization": f"Bearer {key}"}
        assert c.get("/uploads", headers={"Authorization": "Bearer nope"}).status_code == 401
        r = c.post("/uploads", files={"video": ("a.mp4", b"x" * 10)}, headers=h)
        assert r.status_code == 422 and r.json()["errors"] == {"folder": ["The folder field is required."]}
        r = c.post("/uploads", data={"folder": "root"}, files={"other": ("a.mp4", b"x")}, headers=h)
        assert r.status_code == 422 and "video" in r.json()["errors"]


def test_missing_folder_defaults_to_root(uploads, runner, random_file):
    job = RemoteJob.create("uploads", {"base": uploads.base}, random_file(100), {})
    assert runner.run(job) == 0
    assert uploads.app.uploads[0].folder == "root"


# -- Oxolo --------------------------------------------------------------------------------------------------------
@pytest.fixture
def oxolo(key, monkeypatch):
    monkeypatch.setenv("OXOLO_API_KEY", key)
    with LoopbackServer(OxoloApp(key)) as server:
        yield server


def test_track_progress_eta_and_download_the_results(oxolo, runner, events, tmp_path, store):
    oxolo.app.add("vid-42", [
        {"status": "in_progress", "progress": "35", "remainingTime": "42", "stagText": "Rendering scenes"},
        {"status": "in_progress", "progress": "80.5", "remainingTime": "00:00:07", "stagText": "Encoding"},
        {"status": "done", "progress": "100", "remainingTime": "0", "stagText": "Done",
         "video_link": "/files/vid-42/final.mp4?X-Amz-Signature=abc", "un_wateremark_link": "/files/old.mp4",
         "thumbnail": "/files/vid-42/thumb.png", "s3_vtt_path": "/files/vid-42/captions.vtt"},
    ])
    job = RemoteJob.create("oxolo", {"base": oxolo.url}, None, {}, out_root=str(tmp_path), remote_id="vid-42")
    store.save(job)
    assert runner.run(job, events.append) == 0
    rows = [e["renditions"][0] for e in events.of("remote.status")]
    assert [(r["status"], r["progress"], r["eta"]) for r in rows] == [
        ("encoding", 0.35, 42.0), ("encoding", 0.805, 7.0), ("encoded", 1.0, 0.0)]
    assert rows[0]["detail"] == "Rendering scenes"
    last = events.of("remote.status")[-1]
    assert last["title"] == "My video" and last["metadata"] == {"duration": 12.5}
    assert rows[-1]["url"].endswith("/files/vid-42/final.mp4?X-Amz-Signature=abc")  # video_link preferred
    paths = runner.download_results(job)
    folder = tmp_path / "oxolo-vid-42"
    assert sorted(os.path.relpath(p, folder) for p in paths) == [
        "mp4/final.mp4", "subtitles/captions.vtt", "thumbnails/thumb.png"]
    assert (folder / "mp4" / "final.mp4").read_bytes().startswith(b"/files/vid-42/final.mp4")


def test_a_failed_video_and_unknown_states(oxolo, runner, events):
    oxolo.app.add("v1", [{"status": "queued_somewhere", "progress": None, "remainingTime": "soon"},
                         {"status": "failed", "stagText": "Avatar could not be rendered"}])
    job = RemoteJob.create("oxolo", {"base": oxolo.url}, None, {}, remote_id="v1")
    assert runner.run(job, events.append) == 4
    first, last = events.of("remote.status")
    assert first["status"] == "processing" and first["detail"] == "unknown (queued_somewhere)"
    assert first["renditions"][0]["eta"] is None and first["renditions"][0]["progress"] is None
    assert last["status"] == "failed" and last["error"] == "Avatar could not be rendered"


def test_oxolo_takes_no_uploads_and_checks_its_key(oxolo, runner, events, random_file, monkeypatch):
    job = RemoteJob.create("oxolo", {"base": oxolo.url}, random_file(10), {})
    assert runner.run(job, events.append) == 2
    assert "takes no uploads" in events.of("remote.finished")[0]["error"]
    with pytest.raises(NotSupported):
        make_provider("oxolo", {"base": oxolo.url}).push("x", None, None)
    monkeypatch.setenv("OXOLO_API_KEY", "wrong-key-42")
    oxolo.app.add("v2", [{"status": "done"}])
    events.clear()
    code = runner.run(RemoteJob.create("oxolo", {"base": oxolo.url}, None, {}, remote_id="v2"), events.append)
    assert code == 4 and "Oxolo: the key was rejected (HTTP 401)" in events.of("remote.finished")[0]["error"]


def test_an_empty_file_is_refused_before_anything_is_sent(uploads, runner, events, tmp_path, store):
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    job = uploads_job(uploads, str(empty))
    assert runner.run(job, events.append) == 3
    assert "the file is empty" in store.get(job.id).error
    assert uploads.requests() == [] and uploads.app.uploads == []
