"""A hostile job database: damaged, not a database at all, or from a newer version of the app (issue 11).

Real processes (`python -m app ...`) against a data folder prepared by hand: the exit status, the one line on
stderr, and what is on disk afterwards."""

import glob
import os
import re
import sqlite3

import pytest

from outcome import one_line, refused, start_window
from test_cli import cli

from app.core.jobs import Job
from app.providers.remote_jobs import RemoteJob, RemoteJobStore
from app.core import store as store_module
from app.core.store import JobStore

DAMAGED = re.compile(r"jobs\.sqlite3\.damaged-\d{8}T\d{6}$")


def data_dir() -> str:
    folder = os.environ["RENDITION_STUDIO_DATA_DIR"]
    os.makedirs(folder, exist_ok=True)
    return folder


def db_path() -> str:
    return os.path.join(data_dir(), "jobs.sqlite3")


def store_with_jobs(n: int, tmp_path) -> list[str]:
    store = JobStore()
    ids = []
    for i in range(n):
        job = Job.create(str(tmp_path / f"clip{i}.mp4"), str(tmp_path / "out"))
        job.status = "completed"
        store.save(job)
        ids.append(job.id)
    store.close()
    return ids


def assert_moved_aside(original: bytes, line: str) -> str:
    """The damaged file is kept, byte for byte, under a timestamped name the line names; a fresh store is made."""
    aside = [p for p in os.listdir(data_dir()) if DAMAGED.match(p)]
    assert len(aside) == 1, os.listdir(data_dir())
    assert aside[0] in line and "damaged" in line
    with open(os.path.join(data_dir(), aside[0]), "rb") as fh:
        assert fh.read() == original
    fresh = sqlite3.connect(db_path())
    assert fresh.execute("PRAGMA user_version").fetchone()[0] == store_module.SCHEMA_VERSION
    fresh.close()
    return aside[0]


@pytest.mark.parametrize("content", [os.urandom(8192), b"these are my notes, not a database\n" * 50],
                         ids=["bad-header", "text-file"])
def test_a_file_that_is_not_a_database_is_moved_aside_and_every_command_goes_on(content):
    with open(db_path(), "wb") as fh:
        fh.write(content)
    with open(db_path() + "-wal", "wb") as fh:
        fh.write(b"wal")
    r = cli("jobs")
    assert r.stdout.strip() == "no jobs yet"
    name = assert_moved_aside(content, one_line(r, 0))
    with open(os.path.join(data_dir(), name + "-wal"), "rb") as fh:
        assert fh.read() == b"wal"  # its write-ahead log goes with it
    with open(os.path.join(data_dir(), "logs", "rendition-studio.log"), encoding="utf-8") as fh:
        assert name in fh.read()
    r = cli("jobs")  # the next command sees a healthy store and says nothing
    assert r.returncode == 0 and r.stderr == ""


def test_bad_pages_inside_a_real_store_are_found_when_it_is_opened(tmp_path):
    store_with_jobs(60, tmp_path)
    with open(db_path(), "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        assert size >= 4 * 4096
        fh.seek(2 * 4096)  # the header stays good: only the b-tree pages are garbage
        fh.write(os.urandom(size - 2 * 4096))
    with open(db_path(), "rb") as fh:
        original = fh.read()
    r = cli("jobs", "--json")
    assert r.stdout == ""
    assert_moved_aside(original, one_line(r, 0))


def test_the_remote_commands_get_the_same_treatment():
    with open(db_path(), "wb") as fh:
        fh.write(b"garbage" * 1000)
    assert_moved_aside(b"garbage" * 1000, one_line(cli("remote", "jobs"), 0))


def test_a_database_from_a_newer_version_is_refused_and_left_as_it_is(tmp_path):
    store_with_jobs(2, tmp_path)
    db = sqlite3.connect(db_path())
    db.execute("PRAGMA user_version = 1000")  # far beyond any version this code knows
    db.close()
    with open(db_path(), "rb") as fh:
        before = fh.read()
    for args in (("jobs",), ("encode", "x.mp4", "--out", str(tmp_path / "out")), ("remote", "jobs")):
        assert "newer version" in refused(cli(*args), 7)
    assert not glob.glob(db_path() + ".damaged-*")
    with open(db_path(), "rb") as fh:
        assert fh.read() == before
    assert not os.path.exists(tmp_path / "out")


def test_the_first_store_version_is_migrated_step_by_step(tmp_path):
    """A store made before versioned migrations (user_version 1: jobs and renditions only) gains the
    remote_jobs table; its jobs stay."""
    ids = store_with_jobs(3, tmp_path)
    db = sqlite3.connect(db_path())
    db.execute("DROP TABLE remote_jobs")
    db.execute("ALTER TABLE jobs DROP COLUMN origin")  # added by step 3
    db.execute("ALTER TABLE renditions DROP COLUMN measured")  # added by step 4
    db.execute("ALTER TABLE renditions DROP COLUMN encoder")  # added by step 5
    db.execute("ALTER TABLE renditions DROP COLUMN encoder_note")
    db.execute("ALTER TABLE renditions DROP COLUMN predicted")  # added by step 6
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    assert [j.id for j in JobStore().list()] == ids
    rj = RemoteJob.create("apivideo", {"base": "https://example.invalid"}, remote_id="vi1")
    RemoteJobStore().save(rj)
    assert RemoteJobStore().get(rj.id).remote_id == "vi1"
    db = sqlite3.connect(db_path())
    version = db.execute("PRAGMA user_version").fetchone()[0]
    assert version == store_module.SCHEMA_VERSION == len(store_module.MIGRATIONS)


def test_a_store_opened_first_by_the_remote_side_in_an_old_version(tmp_path):
    """user_version 0 with only remote_jobs (the remote store used to create its table unversioned)."""
    db = sqlite3.connect(db_path())
    db.executescript("CREATE TABLE remote_jobs (id TEXT PRIMARY KEY, provider TEXT NOT NULL, endpoints TEXT NOT NULL,"
                     " source TEXT, name TEXT NOT NULL, out_dir TEXT, options TEXT NOT NULL, remote_id TEXT,"
                     " state TEXT NOT NULL DEFAULT '{}', pushed INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL,"
                     " upload_sent INTEGER NOT NULL DEFAULT 0, upload_total INTEGER, last_status TEXT, error TEXT,"
                     " created_at TEXT NOT NULL, updated_at TEXT NOT NULL, finished_at TEXT, pid INTEGER,"
                     " position INTEGER NOT NULL DEFAULT 0);")
    db.close()
    assert JobStore().list() == [] and RemoteJobStore().list() == []
    db = sqlite3.connect(db_path())
    assert db.execute("PRAGMA user_version").fetchone()[0] == store_module.SCHEMA_VERSION


def test_a_sqlite_file_of_another_program_is_moved_aside(tmp_path):
    db = sqlite3.connect(db_path())
    db.executescript("CREATE TABLE jobs (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO jobs VALUES (1, 'x');")
    db.close()
    with open(db_path(), "rb") as fh:
        original = fh.read()
    assert_moved_aside(original, one_line(cli("jobs"), 0))


def test_a_job_record_that_cannot_be_read_does_not_break_the_others(tmp_path):
    ids = store_with_jobs(3, tmp_path)
    db = sqlite3.connect(db_path())
    db.execute("UPDATE jobs SET options='{not json' WHERE id=?", (ids[1],))
    db.commit()
    db.close()
    r = cli("jobs")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    assert ids[0] in r.stdout and ids[2] in r.stdout
    assert "cannot be read" in r.stdout
    assert "cannot be read" in refused(cli("retry", ids[1]), 2)


def test_the_window_starts_with_a_damaged_store(tmp_path):
    with open(db_path(), "wb") as fh:
        fh.write(os.urandom(4096))
    stderr = start_window(tmp_path / "config")
    assert "damaged" in stderr
    assert len(glob.glob(os.path.join(data_dir(), "jobs.sqlite3.damaged-*"))) == 1

