"""`rendition-studio remote ...` as a user runs it: real processes, exit statuses, JSON lines, kill and resume."""

import json
import os
import signal
import stat
import subprocess
import sys


from loopback.files import sha256_file
from loopback import LoopbackServer
from loopback.apivideo import ApiVideoApp
from loopback.oxolo import OxoloApp

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MiB = 1024 * 1024
FAST = ("--poll-interval", "0.01")


def cli(*args, timeout=60, input=None, env=None):
    full_env = dict(os.environ, PYTHONPATH=ROOT, **(env or {}))
    return subprocess.run([sys.executable, "-m", "app", "remote", *args], capture_output=True, text=True,
                          timeout=timeout, env=full_env, cwd=ROOT, input=input)


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_push_wait_json_then_status_list_and_jobs(uploads, clips, key):
    r = cli("push", "uploads", clips.landscape, "--base-url", uploads.base, "--folder", "root/cli", "--wait",
            "--json", *FAST)
    assert r.returncode == 0, r.stderr
    events = lines(r.stdout)
    kinds = [e["type"] for e in events]
    assert kinds[0] == "remote.started" and kinds[-1] == "remote.finished" and "remote.upload" in kinds
    statuses = [e for e in events if e["type"] == "remote.status"]
    assert statuses[-1]["status"] == "completed" and statuses[-1]["provider"] == "uploads"
    assert set(statuses[-1]) >= {"remoteId", "status", "upload", "renditions", "progress", "eta", "error", "detail"}
    (up,) = uploads.app.uploads
    assert up.sha256 == sha256_file(clips.landscape) and up.folder == "root/cli"

    r = cli("status", "uploads", up.id, "--json")  # the stored record gives the base URL
    assert r.returncode == 0, r.stderr
    (st,) = lines(r.stdout)
    assert st["type"] == "remote.status" and st["status"] == "completed" and st["remoteId"] == up.id

    r = cli("list", "uploads", "--base-url", uploads.base, "--json")
    assert r.returncode == 0 and lines(r.stdout)[0]["filename"] == "landscape.mp4"
    r = cli("list", "uploads", "--base-url", uploads.base)
    assert up.id in r.stdout and "completed" in r.stdout

    r = cli("jobs", "--json")
    (job,) = lines(r.stdout)
    assert job["status"] == "completed" and job["remoteId"] == up.id and not job["interrupted"]
    assert key not in r.stdout + r.stderr


def test_push_without_wait_is_pending_then_status_wait_completes(uploads, random_file):
    src = random_file(50_000)
    r = cli("push", "uploads", src, "--base-url", uploads.base)
    assert r.returncode == 5, r.stderr  # submitted, not finished
    remote_id = r.stdout.strip()
    assert remote_id == uploads.app.uploads[0].id and "processing" in r.stderr
    r = cli("status", "uploads", remote_id, "--base-url", uploads.base, "--wait", "--json", *FAST)
    assert r.returncode == 0, r.stderr
    assert lines(r.stdout)[-1]["status"] == "completed" and len(uploads.app.uploads) == 1


def test_usage_errors(uploads, random_file, monkeypatch):
    src = random_file(1000)
    cases = [
        (("push", "nosuch", src), 2, "unknown provider 'nosuch'"),
        (("push", "uploads", src), 2, "needs its base URL (--base-url)"),
        (("push", "uploads", src, "--base-url", "ftp://x"), 2, "http(s) URL"),
        (("list", "apivideo"), 2, "has no list of jobs"),
        (("push", "oxolo", src), 2, "takes no uploads"),
        (("push", "apivideo", src, "--chunk-size", "1M"), 2, "between 5 MiB and 128 MiB"),
        (("push", "uploads", "/no/such/file.mp4", "--base-url", uploads.base), 3, "no such file"),
        (("push", "uploadcare", src, "--renditions", "720x"), 2, "HEIGHTp"),
        (("status", "uploads", "x", "--base-url", uploads.base, "--wait", "--poll-interval", "0"), 2, "positive"),
    ]
    for args, code, text in cases:
        r = cli(*args)
        assert r.returncode == code and text in r.stderr, (args, r.returncode, r.stderr)
        assert "Traceback" not in r.stderr
    monkeypatch.delenv("UPLOADS_API_KEY")
    r = cli("push", "uploads", src, "--base-url", uploads.base)
    assert r.returncode == 2 and "UPLOADS_API_KEY" in r.stderr and "remote key uploads" in r.stderr
    assert uploads.app.uploads == []


def test_a_rejected_key_exits_4_without_showing_it(uploads, random_file, key):
    uploads.fault("status", status=401, times=-1, body={"message": f"Unauthenticated: token {key} unknown"})
    r = cli("push", "uploads", random_file(1000), "--base-url", uploads.base)
    assert r.returncode == 4
    assert "Uploads API: the key was rejected (HTTP 401)" in r.stderr and key not in r.stdout + r.stderr


def test_killed_mid_upload_then_pushed_again_resumes_without_resubmitting(key, monkeypatch, random_file):
    """SIGKILL after the server stored chunk 2 (before answering); pushing again goes on from the server's offset."""
    monkeypatch.setenv("APIVIDEO_API_KEY", key)
    src = random_file(22 * MiB + 12345)
    app = ApiVideoApp(key)  # real limits: 5 MiB chunks
    with LoopbackServer(app) as server:
        proc = {}
        server.fault("drop", method="POST", path="/source$", skip=1,
                     after=lambda req: os.kill(proc["p"].pid, signal.SIGKILL))
        args = ["push", "apivideo", src, "--base-url", server.url, "--chunk-size", "5M", "--wait", "--json", *FAST]
        proc["p"] = subprocess.Popen([sys.executable, "-m", "app", "remote", *args], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, cwd=ROOT,
                                     env=dict(os.environ, PYTHONPATH=ROOT))
        out, _ = proc["p"].communicate(timeout=60)
        assert proc["p"].returncode == -signal.SIGKILL
        (video,) = app.videos.values()
        assert video.accepted_bytes == 10 * MiB and not video.complete

        r = cli("jobs", "--json")
        (job,) = lines(r.stdout)
        assert job["interrupted"] and job["status"] == "uploading" and job["remoteId"] == video.id

        r = cli(*args)
        assert r.returncode == 0, r.stderr
        assert "resuming the unfinished push" in r.stderr
        events = lines(r.stdout)
        assert events[0]["resumed"] is True
        ups = [e["bytesSent"] for e in events if e["type"] == "remote.upload"]
        assert min(ups) >= 5 * MiB and ups[-1] == 22 * MiB + 12345  # from the confirmed bytes, never zero
    assert len(app.videos) == 1 and len([r for r in server.log if r.path == "/videos"]) == 1
    assert video.collisions == 0 and video.accepted_bytes == 22 * MiB + 12345
    assert video.sha256() == sha256_file(src)
    assert len([r for r in server.log if r.path.endswith("/source")]) == 5  # 2 before the kill, 3 after


def test_killed_after_the_server_stored_the_upload_then_resumed_adopts_it(uploads, random_file):
    src = random_file(300_000)
    proc = {}
    uploads.fault("drop", method="POST", path="/uploads$", after=lambda req: os.kill(proc["p"].pid, signal.SIGKILL))
    proc["p"] = subprocess.Popen([sys.executable, "-m", "app", "remote", "push", "uploads", src, "--base-url",
                                  uploads.base, "--wait"], cwd=ROOT, env=dict(os.environ, PYTHONPATH=ROOT),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert proc["p"].wait(timeout=60) == -signal.SIGKILL
    assert len(uploads.app.uploads) == 1
    (job,) = lines(cli("jobs", "--json").stdout)
    assert job["remoteId"] is None and job["interrupted"]
    r = cli("resume", job["id"][:8], "--wait", "--json", *FAST)
    assert r.returncode == 0, r.stderr
    assert len(uploads.app.uploads) == 1 and len(uploads.requests("POST")) == 1  # adopted, not sent again
    assert lines(r.stdout)[-1]["remoteId"] == uploads.app.uploads[0].id


def test_track_an_oxolo_video_and_download_its_results(key, monkeypatch, tmp_path):
    monkeypatch.setenv("OXOLO_API_KEY", key)
    app = OxoloApp(key)
    app.add("ox-1", [{"status": "in_progress", "progress": "50", "remainingTime": "30"},
                     {"status": "done", "video_link": "/files/ox-1/v.mp4", "thumbnail": "/files/ox-1/t.jpg"}])
    with LoopbackServer(app) as server:
        r = cli("status", "oxolo", "ox-1", "--base-url", server.url, "--wait", "--json", "--download",
                str(tmp_path), *FAST)
    assert r.returncode == 0, r.stderr
    events = lines(r.stdout)
    st = [e for e in events if e["type"] == "remote.status"]
    assert st[0]["renditions"][0]["progress"] == 0.5 and st[0]["renditions"][0]["eta"] == 30
    assert st[-1]["status"] == "completed"
    assert (tmp_path / "oxolo-ox-1" / "mp4" / "v.mp4").exists()
    assert any(e["type"] == "remote.download" for e in events)


def test_key_stored_in_a_private_file_is_used(uploads, random_file, key, monkeypatch):
    monkeypatch.delenv("UPLOADS_API_KEY")
    r = cli("key", "uploads", "--store", "keyring", input=key + "\n",
            env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert r.returncode == 2 and "no system keyring is available" in r.stderr
    r = cli("key", "uploads", "--store", "file", input=key + "\n")
    assert r.returncode == 0, r.stderr
    path = os.path.join(os.environ["RENDITION_STUDIO_DATA_DIR"], "credentials.json")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600 and key not in r.stdout
    r = cli("push", "uploads", random_file(1000), "--base-url", uploads.base, "--wait", *FAST,
            env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == uploads.app.uploads[0].id
