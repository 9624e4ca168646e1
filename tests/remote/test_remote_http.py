"""The shared HTTP layer against a real loopback server: retries, rate limits, error texts, streaming uploads."""

import hashlib
import logging
import threading
import tracemalloc
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest

from app.core.errors import Cancelled
from app.providers.errors import (AuthRejected, OutcomeUnknown, ProviderHTTPError, ProviderUnavailable, RateLimited,
                                  TransientFailure)
from app.providers.http import RetryPolicy, UploadBody, retry_after_seconds
from loopback import App, HttpError, LoopbackServer, Response


class EchoApp(App):
    """Answers every request with what it received (sizes and hashes), after checking a bearer key."""

    def __init__(self, key):
        self.key = key
        self.seen = []

    def streams(self, req):
        return req.path == "/sink"

    def handle(self, req):
        if req.path == "/sink":  # hashed as it arrives, never held
            h, n = hashlib.sha256(), 0
            for block in req.iter_body():
                h.update(block)
                n += len(block)
            return Response.json(200, {"length": n, "sha256": h.hexdigest()})
        if req.header("Authorization") != f"Bearer {self.key}":
            raise HttpError(401, {"title": "Unauthorized", "detail": "bad key"})
        if req.path == "/plain-400":
            raise HttpError(400, "UPLOADCARE_PUB_KEY is invalid.")
        if req.path == "/problem-400":
            raise HttpError(400, {"type": "https://docs.api.video/reference/invalid-attribute",
                                  "title": "An attribute is invalid.", "status": 400,
                                  "problems": [{"type": "x", "title": "This attribute is required.",
                                                "name": "title"}]})
        if req.path == "/validation-422":
            raise HttpError(422, {"message": "The given data was invalid.",
                                  "errors": {"folder": ["The folder field is required."]}})
        body = req.body
        self.seen.append((req.method, req.path, body))
        info = {"method": req.method, "path": req.path, "length": len(body),
                "sha256": hashlib.sha256(body).hexdigest(), "contentType": req.header("Content-Type")}
        if req.header("Content-Type", "").startswith("multipart/form-data"):
            form = req.multipart()
            f = next((p for p in form.parts if p.filename is not None), None)
            info["fields"] = {p.name: p.data.decode() for p in form.parts if p.filename is None}
            if f is not None:
                info["filename"] = f.filename
                info["fileSha256"] = hashlib.sha256(f.data).hexdigest()
                info["fileLength"] = len(f.data)
        return Response.json(200, info)


@pytest.fixture
def echo(key):
    with LoopbackServer(EchoApp(key)) as server:
        yield server


def auth(key):
    from app.providers.http import StaticAuth

    return StaticAuth({"Authorization": f"Bearer {key}"})


# -- retry-after parsing ----------------------------------------------------------------------------------------
def test_retry_after_forms():
    now = datetime(2030, 1, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(httpx.Headers({"Retry-After": "12"}), now) == 12
    assert retry_after_seconds(httpx.Headers({"Retry-After": "1.5"}), now) == 1.5
    date = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert retry_after_seconds(httpx.Headers({"Retry-After": date}), now) == 30
    past = format_datetime(now - timedelta(seconds=30), usegmt=True)
    assert retry_after_seconds(httpx.Headers({"Retry-After": past}), now) == 0
    assert retry_after_seconds(httpx.Headers({"Retry-After": "soon, maybe"}), now) is None
    assert retry_after_seconds(httpx.Headers({"Retry-After": "-5"}), now) is None
    assert retry_after_seconds(httpx.Headers({}), now) is None
    both = httpx.Headers({"X-RateLimit-Retry-After": "4", "Retry-After": "60"})
    assert retry_after_seconds(both, now) == 4  # api.video's own header wins


def test_full_jitter_backoff_is_bounded_and_grows():
    import random

    policy = RetryPolicy(base_delay=0.5, max_delay=8.0)
    rng = random.Random(1)
    for retry in range(10):
        cap = min(8.0, 0.5 * 2 ** retry)
        samples = [policy.backoff(retry, rng) for _ in range(200)]
        assert all(0 <= s <= cap for s in samples)
        assert max(samples) > cap * 0.8  # full jitter spreads over the whole range


# -- 429 ----------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("headers, expected", [
    ({"Retry-After": "3"}, 3.0),
    ({"X-RateLimit-Retry-After": "2", "X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0"}, 2.0),
    ({"Retry-After": "garbage!"}, 7.0),  # the policy's default
    ({}, 7.0),
])
def test_429_waits_as_the_server_says(echo, http_factory, sleeper, key, headers, expected):
    echo.fault("status", status=429, headers=headers, body={"title": "Too many requests"}, times=2)
    client = http_factory()
    resp = client.request("GET", echo.url + "/x", auth=auth(key))
    assert resp.status_code == 200
    assert sleeper.waits == [expected, expected]
    assert len(echo.requests("GET", "/x")) == 3


def test_429_http_date_is_honoured(echo, http_factory, sleeper, key):
    now = datetime(2030, 1, 1, tzinfo=timezone.utc)
    echo.fault("status", status=429, headers={"Retry-After": format_datetime(now + timedelta(seconds=42),
                                                                             usegmt=True)})
    client = http_factory(clock=lambda: now)
    client.request("GET", echo.url + "/x", auth=auth(key))
    assert sleeper.waits == [42.0]


def test_429_bounded(echo, http_factory, sleeper, key):
    echo.fault("status", status=429, headers={"Retry-After": "1"}, times=-1)
    with pytest.raises(RateLimited, match="429"):
        http_factory().request("GET", echo.url + "/x", auth=auth(key))
    assert len(sleeper.waits) == 5  # rate_limit_tries
    echo.faults.clear()
    echo.fault("status", status=429, headers={"Retry-After": "86400"})
    with pytest.raises(RateLimited, match="86400"):
        http_factory().request("GET", echo.url + "/x", auth=auth(key))


# -- 5xx, 408, timeouts, cuts ---------------------------------------------------------------------------------------
def test_5xx_and_408_are_retried_with_jittered_backoff(echo, http_factory, sleeper, key):
    echo.fault("status", status=503, times=1)
    echo.fault("status", status=408, times=1)
    echo.fault("status", status=500, times=1)
    resp = http_factory().request("GET", echo.url + "/x", auth=auth(key))
    assert resp.status_code == 200
    assert len(sleeper.waits) == 3
    assert all(0 <= w <= cap for w, cap in zip(sleeper.waits, (0.5, 1.0, 2.0)))


def test_5xx_exhausts_bounded_tries(echo, http_factory, sleeper, key):
    echo.fault("status", status=502, body="Bad gateway", times=-1)
    with pytest.raises(ProviderUnavailable, match=r"HTTP 502: Bad gateway \(4 tries\)"):
        http_factory().request("GET", echo.url + "/x", auth=auth(key))
    assert len(echo.requests("GET", "/x")) == 4


def test_other_4xx_are_not_retried_and_show_the_providers_text(echo, http_factory, sleeper, key):
    client = http_factory(title="Uploadcare")
    with pytest.raises(ProviderHTTPError) as err:
        client.request("POST", echo.url + "/plain-400", auth=auth(key), json={})
    assert str(err.value) == "Uploadcare: HTTP 400: UPLOADCARE_PUB_KEY is invalid."
    with pytest.raises(ProviderHTTPError) as err:
        client.request("POST", echo.url + "/problem-400", auth=auth(key), json={})
    assert "An attribute is invalid." in str(err.value) and "title: This attribute is required." in str(err.value)
    with pytest.raises(ProviderHTTPError) as err:
        client.request("POST", echo.url + "/validation-422", auth=auth(key), json={})
    assert "folder: The folder field is required." in str(err.value)
    assert sleeper.waits == []
    assert len(echo.requests(path="-4")) == 3


def test_401_and_403_say_the_key_was_rejected(echo, http_factory, key):
    with pytest.raises(AuthRejected) as err:
        http_factory(title="api.video").request("GET", echo.url + "/x", auth=auth("wrong-key-123"))
    assert str(err.value).startswith("api.video: the key was rejected (HTTP 401)")
    echo.fault("status", status=403, body={"title": "Forbidden"})
    with pytest.raises(AuthRejected, match="Oxolo: the key was rejected \\(HTTP 403\\)"):
        http_factory(title="Oxolo").request("GET", echo.url + "/x", auth=auth(key))


def test_401_triggers_one_refresh(echo, http_factory, key):
    from app.providers.http import Auth

    class Refreshing(Auth):
        def __init__(self):
            self.token, self.refreshes = "stale-token", 0

        def headers(self):
            return {"Authorization": f"Bearer {self.token}"}

        def refresh(self):
            self.refreshes += 1
            self.token = key
            return True

    a = Refreshing()
    assert http_factory().request("GET", echo.url + "/x", auth=a).status_code == 200
    assert a.refreshes == 1


def test_read_timeout_is_retried_for_safe_requests(echo, http_factory, sleeper, key):
    echo.fault("delay", seconds=0.6, path="/slow")
    client = http_factory(timeout=0.2)
    assert client.request("GET", echo.url + "/slow", auth=auth(key)).status_code == 200
    assert len(sleeper.waits) == 1 and len(echo.requests(path="/slow")) == 2


def test_lost_answer_to_a_create_is_not_replayed(echo, http_factory, key):
    echo.fault("drop", method="POST", path="/create")
    with pytest.raises(OutcomeUnknown, match="may have been accepted"):
        http_factory().request("POST", echo.url + "/create", auth=auth(key), json={"a": 1})
    assert len(echo.requests("POST", "/create")) == 1


def test_cut_mid_upload_is_retried_when_nothing_was_accepted(echo, http_factory, sleeper, key, random_file):
    path = random_file(3 * 1024 * 1024)
    echo.fault("cut", method="PUT", after_bytes=100_000)
    client = http_factory()
    sent = []
    resp = client.request("PUT", echo.url + "/part", auth=auth(key),
                          body=lambda: UploadBody(path, on_bytes=sent.append))
    assert resp.json()["sha256"] == hashlib.sha256(open(path, "rb").read()).hexdigest()
    assert len(echo.requests("PUT")) == 2 and len(sleeper.waits) == 1


def test_retry_false_raises_transient_failure(echo, http_factory, key):
    echo.fault("status", status=500, times=1)
    with pytest.raises(TransientFailure) as err:
        http_factory().request("POST", echo.url + "/chunk", auth=auth(key), json={}, retry=False, idempotent=False)
    assert err.value.status_code == 500


def test_connection_refused_is_retried_then_reported(http_factory, sleeper):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there
    with pytest.raises(ProviderUnavailable, match="could not connect \\(4 tries\\)"):
        http_factory().request("GET", f"http://127.0.0.1:{port}/x")
    assert len(sleeper.waits) == 3


# -- uploads ------------------------------------------------------------------------------------------------------
def test_multipart_upload_streams_the_file_with_its_base_name(echo, http_factory, key, random_file):
    path = random_file(1_500_000, name="my clip \"final\".mp4")
    counted = []
    resp = http_factory().request("POST", echo.url + "/upload", auth=auth(key), body=lambda: UploadBody(
        path, file_field="video", fields=[("folder", "root/x")], on_bytes=counted.append))
    info = resp.json()
    assert info["fileSha256"] == hashlib.sha256(open(path, "rb").read()).hexdigest()
    assert info["filename"] == "my clip %22final%22.mp4"  # the base name only, quotes escaped as browsers do
    assert info["fields"] == {"folder": "root/x"}
    assert sum(counted) == 1_500_000
    assert info["contentType"].startswith("multipart/form-data; boundary=")


def test_file_slice_body(echo, http_factory, key, random_file):
    path = random_file(1_000_000)
    data = open(path, "rb").read()
    resp = http_factory().request("PUT", echo.url + "/slice", auth=auth(key),
                                  body=lambda: UploadBody(path, 250_000, 600_000,
                                                          content_type="application/octet-stream"))
    info = resp.json()
    assert info["length"] == 350_000 and info["sha256"] == hashlib.sha256(data[250_000:600_000]).hexdigest()
    assert info["contentType"] == "application/octet-stream"


def test_upload_memory_stays_constant(echo, http_factory, key, random_file):
    """A 24 MiB upload allocates a few blocks at a time, never the file."""
    path = random_file(24 * 1024 * 1024)
    client = http_factory()
    tracemalloc.start()
    try:
        resp = client.request("PUT", echo.url + "/sink", auth=auth(key), body=lambda: UploadBody(path))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert resp.json()["length"] == 24 * 1024 * 1024
    assert peak < 4 * 1024 * 1024, peak  # both ends together: a few 256 KiB / 1 MiB blocks


def test_cancel_stops_an_upload_within_a_block(echo, http_factory, key, random_file):
    path = random_file(8 * 1024 * 1024)
    cancel = threading.Event()
    seen = []

    def on_bytes(n):
        seen.append(n)
        if sum(seen) >= 1024 * 1024:
            cancel.set()

    with pytest.raises(Cancelled):
        http_factory().request("PUT", echo.url + "/big", auth=auth(key), cancel=cancel,
                               body=lambda: UploadBody(path, on_bytes=on_bytes, cancel=cancel))
    assert sum(seen) < 2 * 1024 * 1024


def test_tls_verification_is_on(http_factory):
    import ssl

    client = http_factory()
    transport = client.client._transport
    ctx = transport._pool._ssl_context
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname


def test_requests_are_logged_without_secrets(echo, http_factory, key, caplog):
    caplog.set_level(logging.DEBUG)
    signed = echo.url + "/part?X-Amz-Signature=deadbeefcafe0123&X-Amz-Credential=AKIAEXAMPLE"
    http_factory().request("GET", signed, auth=auth(key))
    text = caplog.text
    assert "/part" in text
    assert "deadbeefcafe0123" not in text and "AKIAEXAMPLE" not in text and key not in text


def test_an_unverifiable_certificate_is_reported_not_retried(http_factory, sleeper, tmp_path):
    """TLS verification stays on: a self-signed server is refused at once, with the reason."""
    import ssl
    import subprocess

    cert, keyfile = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                           "/CN=127.0.0.1", "-keyout", str(keyfile), "-out", str(cert)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("openssl is not available to make a certificate")
    server = LoopbackServer(EchoApp("k"))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(cert), str(keyfile))
    server._httpd.socket = ctx.wrap_socket(server._httpd.socket, server_side=True)
    with server:
        from app.providers.errors import ProviderError

        with pytest.raises(ProviderError, match="TLS certificate could not be verified"):
            http_factory().request("GET", f"https://127.0.0.1:{server.port}/x")
    assert sleeper.waits == []
