"""The job store: jobs, renditions, statuses, timestamps and errors in SQLite (standard library).

The database lives in the user data folder from `platformdirs` (``RENDITION_STUDIO_DATA_DIR`` overrides it,
for tests and portable installs). Writes happen on state changes, not on progress ticks. A job left
``running`` by a process that is gone is marked ``interrupted`` when the store is opened.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import contextmanager

from app.core.layout import clean_partials
from app.core.jobs import (FINAL_STATUSES, INTERRUPTED, RUNNING, Job, EncodeOptions, RenditionState, R_FAILED,
                           ENCODED, now_iso)

DATA_DIR_ENV = "RENDITION_STUDIO_DATA_DIR"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    name TEXT NOT NULL,
    out_dir TEXT NOT NULL,
    options TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    error TEXT,
    decoder TEXT,
    metadata TEXT,
    thumbnails TEXT NOT NULL DEFAULT '[]',
    warnings TEXT NOT NULL DEFAULT '[]',
    pid INTEGER,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS renditions (
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    type TEXT NOT NULL,
    quality TEXT NOT NULL,
    width INTEGER, height INTEGER, bitrate INTEGER,
    status TEXT NOT NULL,
    size INTEGER, path TEXT, error TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (job_id, id)
);
PRAGMA user_version = 1;
"""


def data_dir() -> str:
    path = os.environ.get(DATA_DIR_ENV)
    if not path:
        import platformdirs

        path = platformdirs.user_data_dir("rendition-studio", appauthor=False)
    os.makedirs(path, exist_ok=True)
    return path


def pid_alive(pid: int | None) -> bool:
    """Whether a process with this id is running (a zombie counts as gone)."""
    if not pid:
        return False
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    try:  # Linux: a killed process not yet reaped (a zombie) is gone for our purposes
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return True


class Database:
    """One connection to the job database (``jobs.sqlite3`` in the data folder), with its tables' `SCHEMA`.

    The local jobs (`JobStore`) and the remote ones (`app.core.remote_jobs.RemoteJobStore`) each keep their own
    tables in the same file; both open it the same way (WAL, usable from any thread under one lock)."""

    SCHEMA = ""

    def __init__(self, path: str | None = None):
        self.path = path or os.path.join(data_dir(), "jobs.sqlite3")
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, timeout=10, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(self.SCHEMA)

    def close(self):
        with self._lock:
            self._db.close()

    @contextmanager
    def _transaction(self):
        """The statements inside are written all together or not at all."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")


class JobStore(Database):
    SCHEMA = _SCHEMA

    def __init__(self, path: str | None = None):
        super().__init__(path)
        self.interrupted = self.recover_interrupted()

    # -- writes --------------------------------------------------------------------------------------------
    def save(self, job: Job, pid: int | None = None) -> None:
        """Insert or update a job and all its renditions, in one transaction."""
        if pid is None and job.status == RUNNING:
            pid = os.getpid()
        now = now_iso()
        with self._transaction() as db:
            db.execute(
                """INSERT INTO jobs (id, source, name, out_dir, options, status, created_at, started_at, finished_at,
                                     error, decoder, metadata, thumbnails, warnings, pid, position)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, COALESCE((SELECT MAX(position) + 1 FROM jobs), 0))
                   ON CONFLICT(id) DO UPDATE SET source=excluded.source, name=excluded.name, out_dir=excluded.out_dir,
                     options=excluded.options, status=excluded.status, started_at=excluded.started_at,
                     finished_at=excluded.finished_at, error=excluded.error, decoder=excluded.decoder,
                     metadata=excluded.metadata, thumbnails=excluded.thumbnails, warnings=excluded.warnings,
                     pid=excluded.pid""",
                (job.id, job.source, job.name, job.out_dir, json.dumps(job.options.to_dict()), job.status,
                 job.created_at, job.started_at, job.finished_at, job.error, job.decoder,
                 json.dumps(job.metadata) if job.metadata is not None else None, json.dumps(job.thumbnails),
                 json.dumps(job.warnings), pid),
            )
            keep = [r.id for r in job.renditions]
            db.execute(
                f"DELETE FROM renditions WHERE job_id=? AND id NOT IN ({','.join('?' * len(keep))})", (job.id, *keep))
            for i, r in enumerate(job.renditions):
                db.execute(
                    """INSERT INTO renditions (job_id, id, ord, type, quality, width, height, bitrate, status, size,
                                               path, error, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
                       ON CONFLICT(job_id, id) DO UPDATE SET ord=excluded.ord, type=excluded.type,
                         quality=excluded.quality, width=excluded.width, height=excluded.height,
                         bitrate=excluded.bitrate, status=excluded.status, size=excluded.size, path=excluded.path,
                         error=excluded.error, updated_at=excluded.updated_at""",
                    (job.id, r.id, i, r.type, r.quality, r.width, r.height, r.bitrate, r.status, r.size, r.path,
                     r.error, now),
                )

    def set_order(self, job_ids: list[str]) -> None:
        """The queue's order (as the window shows it), kept for the next start."""
        with self._transaction() as db:
            db.executemany("UPDATE jobs SET position=? WHERE id=?", list(enumerate(job_ids)))

    def delete(self, job_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM jobs WHERE id=?", (job_id,))

    def recover_interrupted(self) -> list[Job]:
        """Mark jobs whose running process is gone as interrupted; return them.

        Their status documents say so too (a killed run left ``encoding`` there)."""
        from app.core.lock import folder_in_use
        from app.core.status import write_status

        with self._lock:
            rows = self._db.execute("SELECT id, pid FROM jobs WHERE status=?", (RUNNING,)).fetchall()
        found = []
        for row in rows:
            if pid_alive(row["pid"]):
                continue
            job = self.get(row["id"])
            if job is None:
                continue
            busy = folder_in_use(job.out_dir)  # its worker has not ended yet, or a new run already writes there
            if not busy:
                clean_partials(job.out_dir)  # what the dead process was writing never looks finished
            job.status = INTERRUPTED
            job.error = "the application stopped while this job was running; run it again to finish it"
            job.finished_at = now_iso()
            for r in job.renditions:
                if r.status not in (ENCODED, R_FAILED):
                    r.status = R_FAILED
                    r.error = "interrupted"
            self.save(job, pid=0)
            if job.renditions and not busy and os.path.isdir(job.out_dir):
                try:
                    write_status(job)
                except OSError:
                    pass  # the folder went read-only or full: the store has the state
            found.append(job)
        return found

    # -- reads ---------------------------------------------------------------------------------------------
    def get(self, job_id: str) -> Job | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM jobs WHERE id=?", (job_id,)).fetchone()
            if row is None:
                return None
            rrows = self._db.execute("SELECT * FROM renditions WHERE job_id=? ORDER BY ord", (job_id,)).fetchall()
        return self._job(row, rrows)

    def find(self, prefix: str) -> Job | None:
        """A job by its id or a unique prefix of it."""
        with self._lock:
            rows = self._db.execute("SELECT id FROM jobs WHERE id LIKE ? ESCAPE '\\'",
                                    (prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",)).fetchall()
        return self.get(rows[0]["id"]) if len(rows) == 1 else None

    def list(self, statuses: tuple[str, ...] | None = None) -> list[Job]:
        with self._lock:
            if statuses:
                ids = self._db.execute(f"SELECT id FROM jobs WHERE status IN ({','.join('?' * len(statuses))}) ORDER BY position",
                                       statuses).fetchall()
            else:
                ids = self._db.execute("SELECT id FROM jobs ORDER BY position").fetchall()
        return [j for j in (self.get(r["id"]) for r in ids) if j is not None]

    @staticmethod
    def _job(row, rrows) -> Job:
        return Job(
            id=row["id"], source=row["source"], name=row["name"], out_dir=row["out_dir"],
            options=EncodeOptions.from_dict(json.loads(row["options"])), status=row["status"],
            created_at=row["created_at"], started_at=row["started_at"], finished_at=row["finished_at"],
            error=row["error"], decoder=row["decoder"],
            metadata=json.loads(row["metadata"]) if row["metadata"] else None,
            thumbnails=json.loads(row["thumbnails"]), warnings=json.loads(row["warnings"]),
            renditions=[RenditionState(id=r["id"], type=r["type"], quality=r["quality"], width=r["width"] or 0,
                                       height=r["height"] or 0, bitrate=r["bitrate"] or 0, status=r["status"],
                                       size=r["size"], path=r["path"], error=r["error"],
                                       progress=1.0 if r["status"] == ENCODED else 0.0) for r in rrows],
        )


def is_final(status: str) -> bool:
    return status in FINAL_STATUSES
