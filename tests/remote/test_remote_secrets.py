"""Secrets never appear in errors, tracebacks, logs, events or the job store, even when a server echoes them."""

import json
import logging
import os
import traceback

import pytest

from app.providers.remote_jobs import RemoteJob
from app.core.store import data_dir
from app.providers.errors import AuthRejected, ProviderUnavailable
from app.providers.http import HttpClient
from app.providers.registry import make_provider
from loopback import LoopbackServer
from loopback.apivideo import ApiVideoApp
from loopback.uploadcare import UploadcareApp
from loopback.videosdk import VideoSdkApp

MiB = 1024 * 1024


def db_bytes() -> bytes:
    folder = data_dir()
    return b"".join(open(os.path.join(folder, n), "rb").read() for n in os.listdir(folder)
                    if n.startswith("jobs.sqlite3"))


def assert_nowhere(secrets, *texts):
    for secret in secrets:
        assert secret and len(secret) >= 6
        for text in texts:
            blob = text if isinstance(text, bytes) else str(text).encode()
            assert secret.encode() not in blob, f"a secret leaked into: {text[:300]!r}"


@pytest.fixture
def capture(caplog):
    caplog.set_level(logging.DEBUG)  # everything, including httpx and httpcore
    return caplog


def test_a_rejected_key_echoed_back_stays_hidden(key, monkeypatch, sleeper, retry, capture):
    monkeypatch.setenv("APIVIDEO_API_KEY", key)
    with LoopbackServer(ApiVideoApp("the-real-key-0001")) as server:
        server.fault("status", status=401, path="/auth/api-key",
                     body={"title": f"Invalid API key '{key}'", "detail": f"apiKey={key} is unknown"})
        provider = make_provider("apivideo", {"base": server.url}, http=HttpClient("api.video", sleeper=sleeper,
                                                                                    retry=retry))
        with pytest.raises(AuthRejected) as err:
            provider.status("vi123")
    message = str(err.value)
    assert message.startswith("api.video: the key was rejected (HTTP 401)") and "Invalid API key" in message
    crash = "".join(traceback.format_exception(err.value))
    assert_nowhere([key], message, repr(err.value), crash, capture.text)


def test_a_500_echoing_the_key_and_the_tokens_stays_hidden(key, monkeypatch, runner, events, store, capture,
                                                           random_file):
    monkeypatch.setenv("APIVIDEO_API_KEY", key)
    app = ApiVideoApp(key, min_chunk=64 * 1024)
    with LoopbackServer(app) as server:
        server.fault("status", status=500, path="/status$", times=-1,
                     body=f"Internal error while handling apiKey {key} (Authorization: Bearer abc.def.ghi)")
        job = RemoteJob.create("apivideo", {"base": server.url}, random_file(100_000), {})
        code = runner.run(job, events.append)
    assert code == 4
    finished = events.of("remote.finished")[0]
    assert finished["interrupted"] and "HTTP 500" in finished["error"] and "Internal error" in finished["error"]
    tokens = list(app.tokens) + list(app.refresh_tokens)
    assert tokens
    assert_nowhere([key, *tokens], finished["error"], json.dumps(events), capture.text, db_bytes())
    assert_nowhere([key], store.get(job.id).error)


def test_presigned_urls_and_the_secret_key_stay_hidden(key, monkeypatch, runner, events, capture, random_file):
    monkeypatch.setenv("UPLOADCARE_PUBLIC_KEY", "demopublickey0001")
    monkeypatch.setenv("UPLOADCARE_SECRET_KEY", key)
    app = UploadcareApp("demopublickey0001", key, min_part=MiB)
    with LoopbackServer(app) as server:
        endpoints = {"upload": server.url + "/upload", "api": server.url + "/api", "cdn": server.url + "/cdn"}
        server.fault("status", status=500, method="PUT", times=-1, body="S3 is down")
        job = RemoteJob.create("uploadcare", endpoints, random_file(10 * MiB + 5), {"part_size": MiB})
        assert runner.run(job, events.append) == 4
    error = events.of("remote.finished")[0]["error"]
    assert "S3 is down" in error
    up = next(iter(app.multipart.values()))
    signatures = [app._sign(up.uuid, i) for i in range(up.count)]
    assert "/s3/" in capture.text  # the requests were logged...
    assert_nowhere([key, *signatures], error, capture.text, json.dumps(events), db_bytes())  # ...masked
    assert b"X-Amz-Signature" not in db_bytes()


def test_videosdk_jwts_stay_hidden(key, monkeypatch, runner, events, capture, random_file):
    monkeypatch.setenv("VIDEOSDK_API_KEY", "videosdk-key-0001")
    monkeypatch.setenv("VIDEOSDK_SECRET", key)
    app = VideoSdkApp("videosdk-key-0001", key)
    with LoopbackServer(app) as server:
        job = RemoteJob.create("videosdk", {"api": server.url + "/api", "storage": server.url + "/storage"},
                               random_file(1000), {})
        assert runner.run(job, events.append) == 0
    assert app.tokens_seen
    assert_nowhere([key, *app.tokens_seen], capture.text, json.dumps(events), db_bytes())


def test_provider_reprs_hide_credentials(key):
    for name, creds in [("apivideo", {"api_key": key}), ("uploads", {"api_key": key}),
                        ("uploadcare", {"public_key": "pub0001", "secret_key": key}),
                        ("videosdk", {"api_key": "k0001", "secret": key}), ("oxolo", {"api_key": key})]:
        endpoints = {"base": "https://example.org"} if name in ("apivideo", "uploads", "oxolo") else None
        provider = make_provider(name, endpoints, creds)
        try:
            assert_nowhere([key], repr(provider), repr(provider.http), repr(getattr(provider, "auth", "")),
                           repr(getattr(provider, "rest", "")))
        finally:
            provider.close()


def test_unreachable_provider_errors_name_no_secret(key, monkeypatch, sleeper, retry):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    monkeypatch.setenv("UPLOADS_API_KEY", key)
    provider = make_provider("uploads", {"base": f"http://127.0.0.1:{port}/api"},
                             http=HttpClient("Uploads API", sleeper=sleeper, retry=retry))
    with pytest.raises(ProviderUnavailable) as err:
        provider.status("u-1")
    assert str(err.value) == "Uploads API: could not connect (4 tries)"
