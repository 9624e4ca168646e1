"""The command line as a user runs it: a real process, real exit statuses and messages."""

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cli(*args, timeout=300):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=ROOT)


def test_version_and_help():
    assert cli("--version").stdout.startswith("rendition-studio ")
    out = cli("encode", "--help").stdout
    assert "--encoder-preset" in out and "--hwaccel" in out and "--thumbnails" in out


def test_probe_json(clips):
    r = cli("probe", clips.landscape, "--json")
    assert r.returncode == 0, r.stderr
    meta = json.loads(r.stdout)
    assert meta["width"] == 640 and meta["aspectRatio"] == "16:9" and meta["filesize"] > 0


def test_probe_rejects_with_one_line(tmp_path):
    bad = tmp_path / "random.mov"
    bad.write_bytes(os.urandom(50_000))
    r = cli("probe", str(bad))
    assert r.returncode == 3
    assert r.stderr.count("\n") == 1 and "not a video file" in r.stderr and "Traceback" not in r.stderr


def test_usage_errors_exit_2(clips, tmp_path):
    r = cli("encode", clips.landscape, "--out", str(tmp_path), "--renditions", "720p,abc")
    assert r.returncode == 2 and "720p:2500k" in r.stderr
    r = cli("encode", clips.landscape, "--out", str(tmp_path), "--thumbnails", "00:00:01/360/gif")
    assert r.returncode == 2 and "thumbnail formats" in r.stderr
    assert cli("encode", clips.landscape).returncode == 2  # --out missing


@pytest.mark.slow
def test_encode_json_events_and_exit_status(clips, tmp_path):
    r = cli("encode", clips.no_audio, "--out", str(tmp_path), "--json", "--thumbnails", "none", "--renditions", "240p")
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    kinds = [e["type"] for e in events]
    assert kinds[0] == "job.started" and kinds[-1] == "job.finished"
    done = [e for e in events if e["type"] == "video.encoding.quality.completed"]
    assert {(e["encoding"], e["quality"]) for e in done} == {("hls", "240p"), ("mp4", "240p")}
    assert set(done[0]) == {"type", "emittedAt", "videoId", "encoding", "quality"}
    listed = cli("jobs", "--json")
    assert json.loads(listed.stdout.splitlines()[-1])["status"] == "completed"
    from app.core.store import JobStore

    assert [j.origin for j in JobStore().list()] == ["cli"]  # the window lists it in its History


@pytest.mark.slow
def test_encode_rejected_input_leaves_no_output(tmp_path):
    text = tmp_path / "readme.txt"
    text.write_text("hello\n" * 100)
    out = tmp_path / "out"
    r = cli("encode", str(text), "--out", str(out))
    assert r.returncode == 3 and "not a video file" in r.stderr
    assert not (out / "readme").exists()


def test_hwaccel_report_lists_and_tries_devices():
    r = cli("hwaccel", "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert isinstance(report["offered"], list)
    assert all({"type", "works", "codecs", "error"} <= set(d) for d in report["devices"])
    for d in report["devices"]:  # listed is not proof: each was really opened; without a GPU none works
        assert d["works"] == any(d["codecs"].values())
