"""Issue 11, the provider half: hostile answers never crash the app, never end as a "done" broken output.

Real HTTP servers on 127.0.0.1 (`hostile.py`) and real `rendition-studio remote` processes wherever the exit
status and the message matter; each case checks the exit status, the one-line message and what is on disk.
Limits are set low through the environment variables the code honours, so the suite stays fast.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from hostile import Hostile, answer, drip, endless, gzip_bomb, not_gzip, raw, redirect, stalled

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KEY = "sk_live_0123456789abcdef0123456789abcdef"
SECRET = "vs_secret_fedcba9876543210fedcba98"
KEYS = {"APIVIDEO_API_KEY": KEY, "OXOLO_API_KEY": KEY, "UPLOADS_API_KEY": KEY, "VIDEOSDK_API_KEY": KEY,
        "VIDEOSDK_SECRET": SECRET, "UPLOADCARE_PUBLIC_KEY": "pub_demo_key", "UPLOADCARE_SECRET_KEY": SECRET}
LIMIT_VARS = ("RENDITION_STUDIO_MAX_ANSWER", "RENDITION_STUDIO_MAX_DOWNLOAD", "RENDITION_STUDIO_STALL_TIMEOUT",
              "RENDITION_STUDIO_DOWNLOAD_DEADLINE", "RENDITION_STUDIO_ALLOW_PRIVATE_URLS")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for var in (*KEYS, *LIMIT_VARS, "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


def cli(*args, env=None, timeout=30):
    full = dict(os.environ, PYTHONPATH=ROOT, **KEYS, **(env or {}))
    return subprocess.run([sys.executable, "-m", "app", "remote", *args], capture_output=True, text=True,
                          timeout=timeout, env=full, cwd=ROOT)


def files_in(folder) -> list[str]:
    out = []
    for root, _, names in os.walk(folder):
        out += [os.path.relpath(os.path.join(root, n), folder) for n in names]
    return sorted(out)


def one_line_error(r, code: int, *texts: str) -> None:
    assert r.returncode == code, (r.returncode, r.stdout, r.stderr)
    assert "Traceback" not in r.stderr, r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("rendition-studio: error:")]
    assert len(errors) == 1, r.stderr
    for text in texts:
        assert text in errors[0], (text, errors[0])


def oxolo_done(server, link: str, **extra) -> None:
    server.route("GET", r"/v1/api/videos/ox1$", answer({"results": {"status": "done", "video_link": link, **extra}}))


def apivideo_auth(server) -> None:
    server.route("POST", r"/auth/api-key$", answer({"access_token": "at_" + "a" * 30, "refresh_token": "rt_" + "b" * 30,
                                                     "token_type": "Bearer", "expires_in": 3600}))


ENCODED = {"ingest": {"status": "uploaded", "filesize": 10},
           "encoding": {"playable": True, "qualities": [{"type": "mp4", "quality": "360p", "status": "encoded"}]}}


# -- 1. malformed answers ------------------------------------------------------------------------------------
def _apivideo(server, status, video=None):
    apivideo_auth(server)
    server.route("GET", r"/videos/vi1/status$", status)
    if video is not None:
        server.route("GET", r"/videos/vi1$", video)
    return ("apivideo", "vi1")


MALFORMED = {
    "apivideo status is a list": (
        lambda s: _apivideo(s, answer([1, 2])),
        "api.video: unexpected answer to GET /videos/vi1/status: expected an object, got a list"),
    "apivideo qualities is a string": (
        lambda s: _apivideo(s, answer({"encoding": {"qualities": "all"}})),
        "api.video: unexpected answer to GET /videos/vi1/status: encoding.qualities should be a list, got a string"),
    "apivideo assets is a list": (
        lambda s: _apivideo(s, answer(ENCODED), answer({"assets": ["https://cdn/x.mp4"]})),
        "api.video: unexpected answer to GET /videos/vi1: assets should be an object, got a list"),
    "apivideo assets is a string": (
        lambda s: _apivideo(s, answer(ENCODED), answer({"assets": "https://cdn/x.mp4"})),
        "api.video: unexpected answer to GET /videos/vi1: assets should be an object, got a string"),
    "apivideo no access_token": (
        lambda s: (s.route("POST", r"/auth/api-key$", answer({"token": "x"})), ("apivideo", "vi1"))[1],
        "api.video: unexpected answer to POST /auth/api-key: access_token is missing"),
    "oxolo results is a list": (
        lambda s: (s.route("GET", r"/videos/ox1$", answer({"results": []})), ("oxolo", "ox1"))[1],
        "Oxolo: unexpected answer to GET /v1/api/videos/ox1: results should be an object, got a list"),
    "oxolo not JSON with a JSON type": (
        lambda s: (s.route("GET", r"/videos/ox1$", raw(b"<html>oops</html>")), ("oxolo", "ox1"))[1],
        "Oxolo: unexpected answer to GET /v1/api/videos/ox1: not JSON"),
    "oxolo claims gzip": (
        lambda s: (s.route("GET", r"/videos/ox1$", not_gzip({"results": {}})), ("oxolo", "ox1"))[1],
        "Oxolo: unexpected answer to GET /v1/api/videos/ox1: it claims gzip encoding but is not valid gzip"),
    "oxolo link is a number": (
        lambda s: (oxolo_done(s, 42), ("oxolo", "ox1"))[1],
        "Oxolo: unexpected answer to GET /v1/api/videos/ox1: results.video_link should be a string, got a number"),
    "uploads data is a string": (
        lambda s: (s.route("GET", r"/uploads/5$", answer({"data": "gone"})), ("uploads", "5"))[1],
        "Uploads API: unexpected answer to GET /uploads/5: data should be an object, got a string"),
    "videosdk files is a string": (
        lambda s: (s.route("GET", r"/jobs/j1$", answer({"status": "completed", "files": "none"})),
                   ("videosdk", "j1"))[1],
        "VideoSDK: unexpected answer to GET /v1/encoder/jobs/j1: files should be a list, got a string"),
    "videosdk a file is a list": (
        lambda s: (s.route("GET", r"/jobs/j1$", answer({"status": "completed", "files": [[1]]})),
                   ("videosdk", "j1"))[1],
        "VideoSDK: unexpected answer to GET /v1/encoder/jobs/j1: files[0] should be an object, got a list"),
    "uploadcare status is a list": (
        lambda s: (s.route("GET", r"/convert/video/status/123/$", answer(["finished"])), ("uploadcare", "123"))[1],
        "Uploadcare: unexpected answer to GET /convert/video/status/123/: expected an object, got a list"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_answer_is_a_provider_error_naming_what_was_wrong(case, tmp_path):
    setup, message = MALFORMED[case]
    out = tmp_path / "out"
    with Hostile() as server:
        provider, remote_id = setup(server)
        r = cli("status", provider, remote_id, "--base-url", server.url, "--download", str(out))
    one_line_error(r, 4, message)
    assert not out.exists() or files_in(out) == []


def test_a_redirect_loop_on_a_download_is_a_provider_error(tmp_path):
    with Hostile() as server:
        oxolo_done(server, server.url + "/files/a.mp4")
        server.route("GET", r"/files/a.mp4$", redirect("/files/b.mp4"))
        server.route("GET", r"/files/b.mp4$", redirect("/files/a.mp4"))
        r = cli("status", "oxolo", "ox1", "--base-url", server.url, "--download", str(tmp_path / "out"))
        hops = server.hits(r"/files/")
    one_line_error(r, 4, "Oxolo download: download of http://127.0.0.1", "too many redirects")
    assert hops <= 12 and files_in(tmp_path / "out") == []


# -- 2. unbounded input ----------------------------------------------------------------------------------------
def test_an_api_answer_over_the_limit_is_refused(tmp_path):
    big = {"results": {"status": "in_progress", "stagText": "x" * 300_000}}
    with Hostile() as server:
        server.route("GET", r"/videos/ox1$", answer(big))
        r = cli("status", "oxolo", "ox1", "--base-url", server.url, env={"RENDITION_STUDIO_MAX_ANSWER": "65536"})
    one_line_error(r, 4, "Oxolo: unexpected answer to GET /v1/api/videos/ox1: larger than 64 KiB")


def test_a_gzip_bomb_as_an_api_answer_is_refused():
    with Hostile() as server:
        server.route("GET", r"/videos/ox1$", gzip_bomb(50_000_000, "application/json"))
        r = cli("status", "oxolo", "ox1", "--base-url", server.url)
    one_line_error(r, 4, "Oxolo: unexpected answer to GET /v1/api/videos/ox1:", "compression bomb")


def test_a_gzip_bomb_download_is_refused_and_leaves_nothing(tmp_path):
    with Hostile() as server:
        oxolo_done(server, server.url + "/files/v.mp4")
        server.route("GET", r"/files/v.mp4$", gzip_bomb(50_000_000))
        r = cli("status", "oxolo", "ox1", "--base-url", server.url, "--download", str(tmp_path / "out"))
    one_line_error(r, 4, "download of http://127.0.0.1", "compression bomb")
    assert files_in(tmp_path / "out") == []


def test_an_endless_download_stops_at_the_ceiling_and_leaves_nothing(tmp_path):
    with Hostile() as server:
        oxolo_done(server, server.url + "/files/v.mp4")
        server.route("GET", r"/files/v.mp4$", endless())
        r = cli("status", "oxolo", "ox1", "--base-url", server.url, "--download", str(tmp_path / "out"),
                env={"RENDITION_STUDIO_MAX_DOWNLOAD": "1048576"})
    one_line_error(r, 4, "download of http://127.0.0.1", "more than 1 MiB",
                   "RENDITION_STUDIO_MAX_DOWNLOAD")
    assert files_in(tmp_path / "out") == []


def test_a_download_larger_than_the_size_the_provider_declared_is_refused(tmp_path):
    """VideoSDK's files carry their size; a body past it is not the file the job made."""
    from app.providers.runner import RemoteRunner
    from app.providers.remote_jobs import RemoteJob
    from app.core.errors import RenditionError

    with Hostile() as server:
        job_json = {"id": "j1", "status": "completed", "presets": [{"format": "mp4", "resolutions": ["360"]}],
                    "files": [{"type": "video", "size": 1000, "fileUrl": server.url + "/cdn/v360.mp4",
                               "meta": {"resolution": {"width": 640, "height": 360}}}]}
        server.route("GET", r"/jobs/j1$", answer(job_json))
        server.route("GET", r"/cdn/v360.mp4$", endless())
        os.environ.update(KEYS)
        try:
            job = RemoteJob.create("videosdk", {"api": server.url, "storage": server.url}, None, {},
                                   out_root=str(tmp_path / "out"), remote_id="j1")
            with pytest.raises(RenditionError) as info:
                RemoteRunner().download_results(job)
        finally:
            for k in KEYS:
                os.environ.pop(k, None)
    assert info.value.exit_code == 4
    assert "more than 1000 bytes (the size the provider declared)" in str(info.value)
    assert files_in(tmp_path / "out") == []


def _download_fails(tmp_path, behaviour, **limits):
    """Download from `behaviour` with a client of these limits (two tries, no real backoff): the error and the
    seconds it took."""
    from app.providers.errors import ProviderError
    from app.providers.http import HttpClient, Limits, RetryPolicy

    with Hostile() as server:
        server.route("GET", r"/v.mp4$", behaviour)
        http = HttpClient("Test", retry=RetryPolicy(tries=2, base_delay=0.01, max_delay=0.01), limits=Limits(**limits))
        started = time.monotonic()
        try:
            with pytest.raises(ProviderError) as info:
                http.download(server.url + "/v.mp4", str(tmp_path / "out" / "v.mp4"))
        finally:
            http.close()
    return info.value, time.monotonic() - started


def test_a_stalled_download_ends_after_the_stall_timeout(tmp_path):
    from app.providers.errors import ProviderUnavailable

    error, took = _download_fails(tmp_path, stalled(b"x" * 1000, 100_000), stall_timeout=0.3)
    assert isinstance(error, ProviderUnavailable) and "stalled: no data for 0.3 s (2 tries)" in str(error)
    assert took < 3 and files_in(tmp_path / "out") == []


def test_a_download_past_its_deadline_is_stopped(tmp_path):
    error, took = _download_fails(tmp_path, drip(1000, 0.05), stall_timeout=2, deadline=0.5)
    assert "not done after 0.5 s (the deadline for one file)" in str(error)
    assert took < 2 and files_in(tmp_path / "out") == []


def test_ctrl_c_stops_a_stalled_download_at_once(tmp_path):
    with Hostile() as server:
        oxolo_done(server, server.url + "/files/v.mp4")
        server.route("GET", r"/files/v.mp4$", stalled(b"x" * 5000, 1_000_000))
        proc = subprocess.Popen([sys.executable, "-m", "app", "remote", "status", "oxolo", "ox1", "--base-url",
                                 server.url, "--download", str(tmp_path / "out")], cwd=ROOT, text=True,
                                env=dict(os.environ, PYTHONPATH=ROOT, **KEYS), stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 15
            while server.hits(r"/files/v.mp4") == 0 and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(0.5)  # the first bytes are in; the body stalls
            proc.send_signal(signal.SIGINT)
            sent = time.monotonic()
            out, err = proc.communicate(timeout=5)
            took = time.monotonic() - sent
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 130, err
    assert took < 2 and "Traceback" not in err
    assert files_in(tmp_path / "out") == []


def test_disk_full_during_a_download_is_one_line_and_removes_the_partial_file(tiny_fs):
    folder = tiny_fs(256)
    with Hostile() as server:
        oxolo_done(server, server.url + "/files/v.mp4")
        server.route("GET", r"/files/v.mp4$", raw(os.urandom(1024 * 1024), "video/mp4"))
        r = cli("status", "oxolo", "ox1", "--base-url", server.url, "--download", folder)
    one_line_error(r, 7, "no space left on device")
    assert files_in(folder) == []


# -- 3. text from servers -----------------------------------------------------------------------------------
HOSTILE_TEXT = f"step 1\x1b]0;pwned\x07\x1b[31m red \x1b[2J\x9b1m key={KEY}\r\nnext\x08"


@pytest.mark.parametrize("json_lines", [False, True])
def test_status_texts_are_printed_without_escapes_or_keys(json_lines):
    with Hostile() as server:
        server.route("GET", r"/videos/ox1$", answer({"results": {"status": "failed", "stagText": HOSTILE_TEXT,
                                                                 "title": "\x1b[1mTitle " + KEY}}))
        r = cli("status", "oxolo", "ox1", "--base-url", server.url, *(["--json"] if json_lines else []))
    assert r.returncode == 4, r.stderr
    shown = r.stdout + r.stderr
    assert KEY not in shown and "\x1b" not in shown and "\x9b" not in shown and "\x07" not in shown
    assert "\\u001b" not in shown and "\\u009b" not in shown
    if json_lines:
        (st,) = [json.loads(line) for line in r.stdout.splitlines()]
        assert st["renditions"][0]["detail"].startswith("step 1") and "***" in st["renditions"][0]["detail"]
    else:
        assert "step 1" in r.stdout and "red" in r.stdout and "***" in r.stdout


def test_error_texts_are_printed_without_escapes_or_keys():
    with Hostile() as server:
        server.route("GET", r"/uploads/5$", answer({"message": HOSTILE_TEXT}, status=422))
        r = cli("status", "uploads", "5", "--base-url", server.url)
    one_line_error(r, 4, "Uploads API: HTTP 422: step 1", "***")
    assert KEY not in r.stdout + r.stderr and "\x1b" not in r.stderr and "\x9b" not in r.stderr


def test_a_key_echoed_in_a_wait_run_is_masked_in_every_line(tmp_path):
    with Hostile() as server:
        server.route("GET", r"/videos/ox1$", answer({"results": {"status": "failed", "stagText": HOSTILE_TEXT}}))
        for extra in ([], ["--json"]):
            r = cli("status", "oxolo", "ox1", "--base-url", server.url, "--wait", "--poll-interval", "0.01", *extra)
            assert r.returncode == 4, r.stderr
            assert KEY not in r.stdout + r.stderr and "\x1b" not in r.stdout + r.stderr


# -- 4. results on private addresses ------------------------------------------------------------------------
@pytest.mark.parametrize("host, kind", [
    ("127.0.0.1", "loopback"), ("127.9.9.9", "loopback"), ("[::1]", "loopback"), ("localhost", "loopback"),
    ("LocalHost.", "loopback"), ("api.localhost", "loopback"), ("2130706433", "loopback"), ("0x7f.1", "loopback"),
    ("[::ffff:127.0.0.1]", "loopback"), ("0.0.0.0", "loopback"), ("10.1.2.3", "private"),
    ("172.16.0.1", "private"), ("172.31.255.255", "private"), ("192.168.1.1", "private"), ("[fd00::1]", "private"),
    ("169.254.169.254", "link-local"), ("[fe80::1]", "link-local"), ("172.32.0.1", "public"),
    ("93.184.215.14", "public"), ("cdn.example.com", "public"), ("[2606:4700::1]", "public")])
def test_address_kinds_come_from_the_literal_address(host, kind):
    from app.providers.guard import url_kind

    assert url_kind(f"https://{host}:8443/x") == kind


class _StubProvider:
    """A provider whose API is public (no request made) and whose results point wherever the test says."""

    title = "api.video"
    endpoints = {"base": "https://ws.api.video"}

    def __init__(self, urls):
        self.urls = urls

    def status(self, remote_id, state=None):
        from app.providers.model import RemoteStatus

        return RemoteStatus("apivideo", remote_id, "completed")

    def results(self, status, state=None):
        from app.providers.model import RemoteResult

        return [RemoteResult(u, f"mp4/{i}.mp4") for i, u in enumerate(self.urls)]

    def close(self):
        pass


def _download_stub(tmp_path, urls, allow=False):
    from app.providers.remote_jobs import RemoteJob
    from app.providers.runner import RemoteRunner

    job = RemoteJob.create("apivideo", {"base": "https://ws.api.video"}, None, {}, out_root=str(tmp_path / "out"),
                           remote_id="vi1")
    runner = RemoteRunner(provider_factory=lambda j: _StubProvider(urls), allow_private_urls=allow)
    return runner.download_results(job)


def test_a_result_on_a_private_address_of_a_public_provider_is_refused(tmp_path):
    from app.providers.errors import ProviderError

    with Hostile() as server:
        server.route("GET", r"/v.mp4$", raw(b"secret intranet file", "video/mp4"))
        with pytest.raises(ProviderError) as info:
            _download_stub(tmp_path, [server.url + "/v.mp4"])
        assert server.hits("/v.mp4") == 0  # refused before any connection
        text = str(info.value)
        assert "127.0.0.1" in text and "loopback" in text and "--allow-private-urls" in text
        assert files_in(tmp_path / "out") == []
        paths = _download_stub(tmp_path, [server.url + "/v.mp4"], allow=True)  # a self-hosted back end
        assert [open(p, "rb").read() for p in paths] == [b"secret intranet file"]


def test_a_redirect_to_a_private_address_is_refused_at_that_hop(tmp_path):
    """The base URL is loopback (allowed for loopback results), but a hop to the cloud metadata address is not."""
    with Hostile() as server:
        oxolo_done(server, server.url + "/files/v.mp4")
        server.route("GET", r"/files/v.mp4$", redirect("http://169.254.169.254/latest/meta-data/"))
        r = cli("status", "oxolo", "ox1", "--base-url", server.url, "--download", str(tmp_path / "out"))
    one_line_error(r, 4, "169.254.169.254", "link-local", "--allow-private-urls")
    assert files_in(tmp_path / "out") == []


def test_a_result_url_that_is_not_http_is_refused(tmp_path):
    with Hostile() as server:
        oxolo_done(server, "file:///etc/passwd")
        r = cli("status", "oxolo", "ox1", "--base-url", server.url, "--download", str(tmp_path / "out"))
    one_line_error(r, 4, "file:///etc/passwd", "not an http(s) URL")
    assert files_in(tmp_path / "out") == []


# -- 5. status --download DIR for a known job ---------------------------------------------------------------
def test_status_download_honours_the_folder_given_for_a_known_job(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    with Hostile() as server:
        oxolo_done(server, server.url + "/files/v.mp4")
        server.route("GET", r"/files/v.mp4$", raw(b"video bytes", "video/mp4"))
        r = cli("status", "oxolo", "ox1", "--base-url", server.url, "--wait", "--poll-interval", "0.01",
                "--download", str(first))
        assert r.returncode == 0, r.stderr
        r = cli("status", "oxolo", "ox1", "--download", str(second))
        assert r.returncode == 0, r.stderr
    assert files_in(first) == ["oxolo-ox1/mp4/v.mp4"]
    assert files_in(second) == ["oxolo-ox1/mp4/v.mp4"]


# -- 6. one file per rendition ------------------------------------------------------------------------------
def test_videosdk_gives_each_hls_resolution_its_own_file(tmp_path):
    from app.providers.registry import make_provider

    with Hostile() as server:
        cdn = server.url + "/cdn"
        files = [{"type": "x-tar", "fileUrl": f"{cdn}/{side}/index.m3u8", "size": 2000,
                  "meta": {"resolution": {"width": side * 16 // 9, "height": side}}} for side in (720, 360)]
        server.route("GET", r"/jobs/j1$", answer({"id": "j1", "status": "completed", "files": files, "presets": [
            {"format": "hls", "resolutions": ["360", "720"]}]}))
        provider = make_provider("videosdk", {"api": server.url, "storage": server.url},
                                 {"api_key": KEY, "secret": SECRET})
        try:
            st = provider.status("j1")
            results = provider.results(st)
        finally:
            provider.close()
    urls = {r.id: r.url for r in st.renditions}
    assert urls == {"hls:360p": f"{cdn}/360/index.m3u8", "hls:720p": f"{cdn}/720/index.m3u8"}
    assert st.status == "completed" and not st.error
    assert sorted((r.filename, r.url, r.rendition) for r in results) == [
        ("hls/360p/index.m3u8", f"{cdn}/360/index.m3u8", "hls:360p"),
        ("hls/720p/index.m3u8", f"{cdn}/720/index.m3u8", "hls:720p")]


def test_apivideo_does_not_label_its_one_mp4_asset_with_a_quality():
    """api.video's ``assets.mp4`` is one file (the source quality), not one per MP4 quality."""
    from app.providers.apivideo import ApiVideo
    from app.providers.model import RemoteRendition, RemoteStatus

    st = RemoteStatus("apivideo", "vi1", "completed", renditions=[
        RemoteRendition("mp4:360p", "encoded", "mp4", "360p"), RemoteRendition("mp4:720p", "encoded", "mp4", "720p")])
    ApiVideo._apply_assets(st, {"mp4": "https://vod.api.video/vod/vi1/mp4/source.mp4"})
    assert [r.url for r in st.renditions] == [None, None]  # neither quality is that file
    (res,) = ApiVideo.results(None, st)
    assert res.filename == "mp4/source.mp4" and res.rendition is None
