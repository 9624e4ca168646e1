"""Folders that cannot be written, and an output path that is a file (issue 11).

Read-only folders are real read-only bind mounts (`read_only` in conftest.py): root ignores permission bits."""

import json
import os

import pytest

from outcome import one_line, plain, refused, start_window
from test_cli import cli

from app.core.jobs import INTERRUPTED, Job
from app.core.store import JobStore


def listed() -> list[dict]:
    r = cli("jobs", "--json")
    assert r.returncode == 0, r.stderr
    return [json.loads(line) for line in r.stdout.splitlines()]


def tree(folder) -> list[str]:
    return sorted(os.path.relpath(os.path.join(d, f), folder) for d, _, fs in os.walk(folder) for f in fs)


# -- the output path ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("target", ["source", "text", "under-a-file"])
def test_an_output_path_that_is_a_file_is_refused_before_any_job(clip, tmp_path, target):
    text = tmp_path / "some.txt"
    text.write_text("keep me\n")
    out = {"source": clip, "text": str(text), "under-a-file": str(text / "sub")}[target]
    with open(clip, "rb") as fh:
        before = fh.read()
    line = refused(cli("encode", clip, "--out", out, "--thumbnails", "none"), 2)
    assert "not a folder" in line, line
    assert listed() == []
    assert text.read_text() == "keep me\n"
    with open(clip, "rb") as fh:
        assert fh.read() == before


def test_an_old_record_whose_folder_cannot_be_made_fails_alone(clip, tmp_path):
    """A job saved by an older version with an output folder under a file: retrying it fails it with the reason;
    the other jobs, and `jobs`, are not disturbed."""
    text = tmp_path / "some.txt"
    text.write_text("x")
    store = JobStore()
    bad = Job.create(clip, str(text))
    bad.status = INTERRUPTED
    store.save(bad)
    good = Job.create(clip, str(tmp_path / "out"))
    good.status = "completed"
    store.save(good)
    store.close()
    r = cli("retry", bad.id, "--json")
    plain(r, 7)
    finished = json.loads(r.stdout.splitlines()[-1])
    assert finished["type"] == "job.finished" and finished["status"] == "failed"
    assert "some.txt" in finished["error"] and "\n" not in finished["error"]
    jobs = {j["id"]: j for j in listed()}
    assert jobs[bad.id]["status"] == "failed" and jobs[bad.id]["error"] == finished["error"]
    assert jobs[good.id]["status"] == "completed"


# -- read-only output and job folders -------------------------------------------------------------------------
def test_a_read_only_output_folder_is_refused_with_status_7(clip, tmp_path, read_only):
    out = read_only(tmp_path / "out")
    line = refused(cli("encode", clip, "--out", out), 7)
    assert out in line and "read-only" in line.lower(), line
    assert listed() == []  # nothing was recorded that could never run
    assert tree(out) == []


def test_a_read_only_job_folder_fails_the_job_with_status_7(clip, tmp_path, read_only):
    out = tmp_path / "out"
    job_dir = out / "small90"
    job_dir.mkdir(parents=True)
    (job_dir / "notes.txt").write_text("mine")
    read_only(job_dir)
    r = cli("encode", clip, "--out", str(out), "--thumbnails", "none")
    assert "read-only" in plain(r, 7).lower()
    [job] = listed()
    assert job["status"] == "failed" and str(job_dir) in job["error"] and "read-only" in job["error"].lower()
    assert tree(out) == ["small90/notes.txt"]
    r = cli("retry", job["id"])  # the same again: never left running
    plain(r, 7)
    [job] = listed()
    assert job["status"] == "failed"


# -- the data folder (job store and log) ------------------------------------------------------------------------
def test_a_read_only_data_folder_still_lists_and_probes_but_refuses_to_encode(clip, tmp_path, read_only):
    store = JobStore()
    job = Job.create(clip, str(tmp_path / "out"))
    job.status = "completed"
    store.save(job)
    store.close()
    data = read_only(os.environ["RENDITION_STUDIO_DATA_DIR"])
    before = tree(data)
    r = cli("jobs")
    warning = one_line(r, 0)
    assert warning.startswith("rendition-studio: warning: ") and "log" in warning, warning
    assert job.id in r.stdout and "completed" in r.stdout
    r = cli("probe", clip, "--json")
    assert json.loads(r.stdout)["width"] == 160 and one_line(r, 0).startswith("rendition-studio: warning: ")
    r = cli("encode", clip, "--out", str(tmp_path / "out2"))
    error = plain(r, 7).splitlines()[-1]
    assert error.startswith("rendition-studio: error: ") and data in error, error
    assert not os.path.exists(tmp_path / "out2")
    assert tree(data) == before


def test_a_data_folder_that_cannot_be_made(clip, tmp_path, read_only, monkeypatch):
    parent = read_only(tmp_path / "ro")
    monkeypatch.setenv("RENDITION_STUDIO_DATA_DIR", os.path.join(parent, "data"))
    r = cli("jobs")
    assert r.stdout.strip() == "no jobs yet"
    assert one_line(r, 0).startswith("rendition-studio: warning: ")
    error = plain(cli("encode", clip, "--out", str(tmp_path / "out")), 7).splitlines()[-1]
    assert error.startswith("rendition-studio: error: ") and "data" in error


def test_a_read_only_log_folder_warns_once_and_goes_on(clip, read_only):
    logs = read_only(os.path.join(os.environ["RENDITION_STUDIO_DATA_DIR"], "logs"))
    r = cli("probe", clip)
    warning = one_line(r, 0)
    assert warning.startswith("rendition-studio: warning: ") and logs in warning
    assert "160" in r.stdout
    r = cli("jobs")
    assert one_line(r, 0) == warning and r.stdout.strip() == "no jobs yet"


def test_the_window_starts_with_a_read_only_data_folder(tmp_path, read_only):
    data = read_only(os.environ["RENDITION_STUDIO_DATA_DIR"])
    stderr = start_window(tmp_path / "config")
    assert data in stderr
    assert tree(data) == []
