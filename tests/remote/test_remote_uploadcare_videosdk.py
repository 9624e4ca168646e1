"""Uploadcare (direct and multipart uploads, conversions with problems) and VideoSDK encoder jobs (JWT)."""

import base64
import json
import os
import time

import httpx
import pytest

from app.core.errors import UsageError
from app.providers.remote_jobs import RemoteJob
from app.providers.registry import make_provider
from app.providers.uploadcare import conversion_path, parse_rendition
from app.providers.videosdk import mint_jwt, parse_presets
from loopback.files import sha256_file
from loopback import LoopbackServer
from loopback.uploadcare import UploadcareApp
from loopback.videosdk import VideoSdkApp

MiB = 1024 * 1024
PUB = "demopublickey0001"


@pytest.fixture
def uc(key, monkeypatch):
    monkeypatch.setenv("UPLOADCARE_PUBLIC_KEY", PUB)
    monkeypatch.setenv("UPLOADCARE_SECRET_KEY", key)
    with LoopbackServer(UploadcareApp(PUB, key, min_part=1 * MiB, refuse_heights={"1080"},
                                      fail_heights={"480"})) as server:
        server.endpoints = {"upload": server.url + "/upload", "api": server.url + "/api", "cdn": server.url + "/cdn"}
        yield server


def uc_job(server, path, renditions, out_root=None, **options):
    return RemoteJob.create("uploadcare", server.endpoints, path, {"renditions": renditions, **options},
                            out_root=out_root)


def test_rendition_tokens_become_conversion_paths():
    assert parse_rendition("720p") == ("720", "mp4", "normal")
    assert parse_rendition("480p:webm:best") == ("480", "webm", "best")
    assert parse_rendition("original") == (None, "mp4", "normal")
    assert conversion_path("u-1", "720", "mp4", "normal") == "u-1/video/-/size/x720/-/format/mp4/-/quality/normal/"
    assert conversion_path("u-1", None, "webm", "best") == "u-1/video/-/format/webm/-/quality/best/"
    for bad in ("720x", "720p:avi", "720p:mp4:superb", "1:2:3:4"):
        with pytest.raises(UsageError):
            parse_rendition(bad)


def test_direct_upload_of_a_clip_and_one_row_per_rendition(uc, runner, events, clips, tmp_path):
    job = uc_job(uc, clips.landscape, ["360p", "720p:webm"], out_root=str(tmp_path))
    assert runner.run(job, events.append) == 0
    app = uc.app
    assert app.direct_uploads == 1 and not app.multipart and app.convert_requests == 1
    (uuid,) = app.files
    assert job.remote_id == uuid and sha256_file(clips.landscape) == __import__("hashlib").sha256(
        app.files[uuid]).hexdigest()
    form = uc.requests("POST", "/upload/base/")[0].multipart()
    assert form.field("UPLOADCARE_PUB_KEY") == PUB and form.field("UPLOADCARE_STORE") == "1"
    assert form.file("file").filename == "landscape.mp4"
    sent = json.loads(uc.requests("POST", "/convert/video/")[0].body)
    assert sent == {"paths": [f"{uuid}/video/-/size/x360/-/format/mp4/-/quality/normal/",
                              f"{uuid}/video/-/size/x720/-/format/webm/-/quality/normal/"], "store": "1"}
    rows_over_time = [[(r["id"], r["status"]) for r in e["renditions"]] for e in events.of("remote.status")]
    assert rows_over_time[0] == [("mp4:360p", "waiting"), ("webm:720p", "waiting")]
    assert rows_over_time[1] == [("mp4:360p", "encoding"), ("webm:720p", "encoding")]
    assert rows_over_time[-1] == [("mp4:360p", "encoded"), ("webm:720p", "encoded")]
    assert events.statuses == ["queued", "processing", "completed"]
    urls = [r["url"] for r in events.of("remote.status")[-1]["renditions"]]
    assert all(u.startswith(uc.url + "/cdn/") and u.endswith("/") for u in urls)
    paths = runner.download_results(job)
    assert sorted(os.path.relpath(p, tmp_path / "landscape") for p in paths) == ["mp4/360p.mp4", "webm/720p.webm"]


def test_multipart_upload_from_10_mib_with_problems_and_a_failed_conversion(uc, runner, events, random_file,
                                                                            store):
    src = random_file(10 * MiB + 300_000)
    job = uc_job(uc, src, ["360p", "480p", "1080p"], part_size=1 * MiB)
    code = runner.run(job, events.append)
    assert code == 4  # completed, but one rendition was refused and one failed
    app = uc.app
    (up,) = app.multipart.values()
    assert up.completed and up.count == 11 and set(up.puts.values()) == {1}  # every part exactly once
    assert __import__("hashlib").sha256(app.files[up.uuid]).hexdigest() == sha256_file(src)
    start = uc.requests("POST", "/multipart/start/")[0].multipart()
    assert (start.field("filename"), start.field("size"), start.field("content_type"), start.field("part_size")) == \
        ("clip.mp4", str(10 * MiB + 300_000), "video/mp4", str(1 * MiB))
    assert all(r.header("Content-Type") == "application/octet-stream" for r in uc.requests("PUT"))
    last = events.of("remote.status")[-1]
    rows = {r["id"]: r for r in last["renditions"]}
    assert rows["mp4:360p"]["status"] == "encoded"
    assert rows["mp4:1080p"]["status"] == "failed" and "exceeds the source" in rows["mp4:1080p"]["error"]
    assert rows["mp4:480p"]["status"] == "failed" and rows["mp4:480p"]["error"] == "Unsupported codec for this size"
    assert last["status"] == "completed" and last["error"] == "2 of 3 conversions failed or were refused"
    assert store.get(job.id).state["conversions"][2]["problem"].startswith("CDN Path error")


def test_a_part_cut_mid_upload_is_sent_again_alone(uc, runner, random_file):
    src = random_file(10 * MiB + 1)
    uc.fault("cut", method="PUT", skip=3, after_bytes=300_000)
    assert runner.run(uc_job(uc, src, ["360p"], part_size=2 * MiB)) == 0
    (up,) = uc.app.multipart.values()
    assert up.puts == {0: 1, 1: 1, 2: 1, 3: 1, 4: 1, 5: 1}  # the cut one never landed; each stored once
    assert len(uc.requests("PUT")) == 7
    assert __import__("hashlib").sha256(uc.app.files[up.uuid]).hexdigest() == sha256_file(src)


def test_every_rendition_refused_fails_the_job(uc, runner, events, random_file):
    assert runner.run(uc_job(uc, random_file(1000), ["1080p"]), events.append) == 4
    assert events.statuses == ["failed"]


def test_status_by_conversion_tokens_alone(uc, runner, random_file, key):
    job = uc_job(uc, random_file(1000), ["360p", "720p"])
    runner.run(job, wait=False)
    tokens = ",".join(str(c["token"]) for c in job.state["conversions"])
    provider = make_provider("uploadcare", uc.endpoints)
    st = provider.status(tokens)
    provider.close()
    assert [r.id for r in st.renditions] == [f"token:{t}" for t in tokens.split(",")]


def test_plain_text_upload_errors_and_rejected_keys(uc, runner, events, random_file, monkeypatch):
    monkeypatch.setenv("UPLOADCARE_PUBLIC_KEY", "wrongpublickey")
    assert runner.run(uc_job(uc, random_file(1000), ["360p"]), events.append) == 4
    assert events.of("remote.finished")[0]["error"] == \
        "Uploadcare: the key was rejected (HTTP 403); check the key in the settings or its environment variable " \
        "(the server said: UPLOADCARE_PUB_KEY is invalid)"
    with httpx.Client(base_url=uc.url) as c:  # the server refuses small multipart uploads, in plain text
        r = c.post("/upload/multipart/start/", files={"x": (None, "1")}, data={
            "UPLOADCARE_PUB_KEY": PUB, "UPLOADCARE_STORE": "1", "filename": "a.mp4", "size": "1000",
            "content_type": "video/mp4", "part_size": str(5 * MiB)})
        assert r.status_code == 400 and r.headers["Content-Type"].startswith("text/plain")
        assert "Please use direct upload" in r.text
        r = c.get("/api/convert/video/status/1/", headers={"Authorization": f"Uploadcare.Simple {PUB}:x"})
        assert r.status_code == 406  # the version header is required


# -- VideoSDK -----------------------------------------------------------------------------------------------------
SDK_KEY = "videosdk-api-key-0001"


@pytest.fixture
def sdk(key, monkeypatch):
    monkeypatch.setenv("VIDEOSDK_API_KEY", SDK_KEY)
    monkeypatch.setenv("VIDEOSDK_SECRET", key)
    with LoopbackServer(VideoSdkApp(SDK_KEY, key)) as server:
        server.endpoints = {"api": server.url + "/api", "storage": server.url + "/storage"}
        yield server


def test_jwt_is_hs256_short_lived_and_minted_locally(key):
    token = mint_jwt(SDK_KEY, key, lifetime=600, now=1_700_000_000)
    head, payload, _ = token.split(".")
    pad = lambda s: s + "=" * (-len(s) % 4)  # noqa: E731
    assert json.loads(base64.urlsafe_b64decode(pad(head))) == {"alg": "HS256", "typ": "JWT"}
    claims = json.loads(base64.urlsafe_b64decode(pad(payload)))
    assert claims == {"apikey": SDK_KEY, "permissions": ["allow_join"], "iat": 1_700_000_000, "exp": 1_700_000_600}


def test_presets_from_renditions():
    assert parse_presets(None)[0] == {"resolutions": ["240", "360", "480", "720", "1080"], "format": "hls"}
    assert parse_presets(["hls:240", "720p", "mp4:360", "4k"]) == [
        {"resolutions": ["240", "720", "4k"], "format": "hls"}, {"resolutions": ["360"], "format": "mp4"}]
    with pytest.raises(UsageError):
        parse_presets(["hls:999"])


@pytest.mark.hls_unchecked  # the loopback server's ladder is placeholder text, not media
def test_encoder_job_end_to_end(sdk, runner, events, clips, tmp_path):
    job = RemoteJob.create("videosdk", sdk.endpoints, clips.landscape, {"renditions": ["hls:240", "hls:360",
                                                                                      "mp4:360"]},
                           out_root=str(tmp_path))
    assert runner.run(job, events.append) == 0
    app = sdk.app
    (fid,) = app.files
    assert __import__("hashlib").sha256(app.files[fid]).hexdigest() == sha256_file(clips.landscape)
    sent = json.loads(sdk.requests("POST", "/encoder/jobs")[0].body)
    assert sent["videoId"] == fid
    assert sent["presets"] == [{"resolutions": ["240", "360"], "format": "hls"}, {"resolutions": ["360"],
                                                                                  "format": "mp4"}]
    assert sent["thumbnails"][0]["timestamp"] == "00:00:03" and "webhookUrl" not in sent
    assert all(not r.header("Authorization").startswith("Bearer") for r in sdk.requests(path="^/(api|storage)"))
    assert events.statuses == ["queued", "processing", "completed"]
    rows = events.of("remote.status")
    assert [r["status"] for r in rows[1]["renditions"]] == ["encoding"] * 3
    final = {r["id"]: r for r in rows[-1]["renditions"]}
    assert final["hls:240p"]["url"].endswith("index.m3u8") and final["mp4:360p"]["url"].endswith("-360.mp4")
    paths = runner.download_results(job)
    rel = sorted(os.path.relpath(p, tmp_path / "landscape") for p in paths)
    assert "hls/master.m3u8" in rel and "hls/seg0.ts" in rel and "mp4/360p.mp4" in rel
    assert len([p for p in rel if p.startswith("thumbnails/")]) == 4


def test_encoder_job_that_fails(key, monkeypatch, runner, events, random_file):
    monkeypatch.setenv("VIDEOSDK_API_KEY", SDK_KEY)
    monkeypatch.setenv("VIDEOSDK_SECRET", key)
    with LoopbackServer(VideoSdkApp(SDK_KEY, key, fail=True)) as server:
        job = RemoteJob.create("videosdk", {"api": server.url + "/api", "storage": server.url + "/storage"},
                               random_file(1000), {"renditions": ["720p"]})
        assert runner.run(job, events.append) == 4
    last = events.of("remote.status")[-1]
    assert last["status"] == "failed" and last["renditions"][0]["status"] == "failed"


def test_a_lost_job_creation_is_never_requested_twice(sdk, runner, events, random_file, store):
    sdk.fault("drop", method="POST", path="/encoder/jobs$")
    job = RemoteJob.create("videosdk", sdk.endpoints, random_file(1000), {})
    assert runner.run(job, events.append) == 4
    assert "may have been accepted" in events.of("remote.finished")[0]["error"]
    assert len(sdk.app.jobs) == 1 and store.get(job.id).final
    job.status, job.pushed = "uploading", False  # even forced to go on, it will not ask again
    events.clear()
    assert runner.run(job, events.append) == 4
    assert "not requested again" in events.of("remote.finished")[0]["error"]
    assert len(sdk.requests("POST", "/encoder/jobs$")) == 1 and len(sdk.app.files) == 1


def test_the_videosdk_server_checks_the_jwt(sdk, key):
    with httpx.Client(base_url=sdk.url) as c:
        good = mint_jwt(SDK_KEY, key)
        assert c.get("/api/v1/encoder/jobs/x", headers={"Authorization": good}).status_code == 404
        for bad in (f"Bearer {good}", mint_jwt(SDK_KEY, "other-secret"), mint_jwt("other-key", key),
                    mint_jwt(SDK_KEY, key, lifetime=86400), mint_jwt(SDK_KEY, key, now=time.time() - 4000)):
            assert c.get("/api/v1/encoder/jobs/x", headers={"Authorization": bad}).status_code == 401
