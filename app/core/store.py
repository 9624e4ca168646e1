"""The job store: jobs, renditions, statuses, timestamps and errors in SQLite (standard library).

The database lives in the user data folder from `platformdirs` (``RENDITION_STUDIO_DATA_DIR`` overrides it,
for tests and portable installs). Writes happen on state changes, not on progress ticks. A job left
``running`` by a process that is gone is marked ``interrupted`` when the store is opened.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sqlite3
import sys
import tempfile
import threading
import time
import urllib.parse
from contextlib import contextmanager

from app.core.errors import EXIT_NOT_WRITABLE, NotWritable, RenditionError, UsageError

from app.core.layout import clean_partials
from app.core.jobs import (INTERRUPTED, RUNNING, Job, EncodeOptions, RenditionState, ENCODED, now_iso)
from app.core.jobstate import apply_event

DATA_DIR_ENV = "RENDITION_STUDIO_DATA_DIR"

# The job database's schema, as versioned migrations (``PRAGMA user_version``): MIGRATIONS[n] takes a database
# from version n to n + 1, each step in one transaction. A new column or table is one more step at the end;
# never edit a step that has shipped.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (  # 1: the local jobs and their renditions
        """CREATE TABLE IF NOT EXISTS jobs (
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
            position INTEGER NOT NULL DEFAULT 0)""",
        """CREATE TABLE IF NOT EXISTS renditions (
            job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            id TEXT NOT NULL,
            ord INTEGER NOT NULL,
            type TEXT NOT NULL,
            quality TEXT NOT NULL,
            width INTEGER, height INTEGER, bitrate INTEGER,
            status TEXT NOT NULL,
            size INTEGER, path TEXT, error TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (job_id, id))""",
    ),
    (  # 2: remote jobs (app.providers.remote_jobs); before versioning that module created the table unversioned
        """CREATE TABLE IF NOT EXISTS remote_jobs (
            id TEXT PRIMARY KEY,
            provider TEXT NOT NULL,
            endpoints TEXT NOT NULL,
            source TEXT,
            name TEXT NOT NULL,
            out_dir TEXT,
            options TEXT NOT NULL,
            remote_id TEXT,
            state TEXT NOT NULL DEFAULT '{}',
            pushed INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL,
            upload_sent INTEGER NOT NULL DEFAULT 0,
            upload_total INTEGER,
            last_status TEXT,
            error TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            finished_at TEXT,
            pid INTEGER,
            position INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX IF NOT EXISTS remote_jobs_remote_id ON remote_jobs (provider, remote_id)",
    ),
    (  # 3: where a local job was made: 'window' or 'cli'
        "ALTER TABLE jobs ADD COLUMN origin TEXT NOT NULL DEFAULT 'window'",
    ),
    (  # 4: each rendition's measured quality (JSON: RenditionState.measured)
        "ALTER TABLE renditions ADD COLUMN measured TEXT",
    ),
    (  # 5: the video encoder of each rendition, and why it is not the one asked for (a hardware fallback)
        "ALTER TABLE renditions ADD COLUMN encoder TEXT",
        "ALTER TABLE renditions ADD COLUMN encoder_note TEXT",
    ),
    (  # 6: a per-title rung's predicted quality (JSON: RenditionState.predicted); before, a job read back from the
        # store had none, so measuring it later wrote its status.json without its `perTitle` entries
        "ALTER TABLE renditions ADD COLUMN predicted TEXT",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)
DB_NAME = "jobs.sqlite3"
MEMORY = ":memory:"  # a store that lives as long as its process (the window's, when the data folder is unusable)
log = logging.getLogger("app.core.store")


class StoreTooNew(RenditionError):
    """The job database was made by a newer version of the app: refused, and left as it is (it is not damaged)."""

    exit_code = EXIT_NOT_WRITABLE


class UnreadableRecord(UsageError):
    """One job's record cannot be turned back into a job (the other records are fine)."""


class _Damaged(Exception):
    """The database file is not a healthy job database; the message says why."""


def data_dir() -> str:
    """The data folder, made if missing (when it cannot be made, the store and the log say so when they write)."""
    path = os.environ.get(DATA_DIR_ENV)
    if not path:
        import platformdirs

        path = platformdirs.user_data_dir("rendition-studio", appauthor=False)
    try:
        os.makedirs(path, exist_ok=True)
    except OSError:
        pass
    return path


def folder_unwritable(folder: str) -> str | None:
    """Why files cannot be made in `folder` (``Read-only file system``...), or None when they can.

    An unnamed temporary file is made and dropped: nothing is left in the folder, not even for a moment on Linux."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return (exc.strerror or str(exc)).lower()
    return None


def make_writable_folder(folder: str, what: str) -> str:
    """Make `folder` (and its parents) and check that files can be written in it; `NotWritable` says why not."""
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError as exc:
        raise NotWritable(f"{what} {folder} cannot be made ({(exc.strerror or str(exc)).lower()})") from None
    reason = folder_unwritable(folder)
    if reason:
        raise NotWritable(f"{what} {folder} cannot be written ({reason})")
    return folder


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
    """One connection to the job database (``jobs.sqlite3`` in the data folder).

    The local jobs (`JobStore`) and the remote ones (`app.providers.remote_jobs.RemoteJobStore`) each keep their own
    tables in the same file; both open it the same way (WAL, usable from any thread under one lock) and bring it
    to `SCHEMA_VERSION` through `MIGRATIONS`.

    Opening checks the file (the header, ``PRAGMA quick_check``, the tables' columns). A damaged file, or one
    that is not this app's database, is moved aside with its ``-wal`` and ``-shm`` files as
    ``jobs.sqlite3.damaged-<time>`` and a fresh store started; `notice` holds the one line that says so (also
    logged and written to stderr). A database from a newer version is refused (`StoreTooNew`), untouched. A data
    folder that cannot be written is `NotWritable`, unless `read_only`: then the file is only read (an empty
    store when there is none) and nothing is written. `path` `MEMORY`: a store kept in memory only."""

    def __init__(self, path: str | None = None, read_only: bool = False):
        self.path = path or os.path.join(data_dir(), DB_NAME)
        self.read_only = read_only
        self.notice: str | None = None
        self._lock = threading.RLock()
        if read_only or self.path == MEMORY:
            self._db = self._open_read_only() if read_only else self._connect(MEMORY, writable=True)
            return
        folder = os.path.dirname(os.path.abspath(self.path))
        reason = folder_unwritable(folder)
        if reason is None and os.path.exists(self.path) and not os.access(self.path, os.W_OK):
            reason = "the job database itself is read-only"
        if reason:
            raise NotWritable(f"the data folder {folder} cannot be written ({reason}); the job store lives there")
        try:
            if os.path.exists(self.path):  # checked read-only first: SQLite may drop a damaged file's -wal
                self._connect(self._uri("mode=ro"), writable=False).close()
            self._db = self._connect(self.path, writable=True)
        except _Damaged as exc:
            self._say(self._move_aside(str(exc)))
            self._db = self._connect(self.path, writable=True)

    # -- opening ---------------------------------------------------------------------------------------------
    def _uri(self, mode: str) -> str:
        return f"file:{urllib.parse.quote(os.path.abspath(self.path))}?{mode}"

    def _connect(self, target: str, writable: bool) -> sqlite3.Connection:
        """A checked connection; `writable`: also migrated to `SCHEMA_VERSION` and in WAL mode."""
        db = sqlite3.connect(target, uri=target.startswith("file:"), check_same_thread=False, timeout=10,
                             isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            try:
                self._check(db)
                if writable:
                    _migrate(db)
                    db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA foreign_keys=ON")
            except sqlite3.DatabaseError as exc:
                if _is_damage(exc):
                    raise _Damaged(str(exc)) from None
                raise
        except BaseException:
            db.close()
            raise
        return db

    def _check(self, db: sqlite3.Connection) -> None:
        """Refuse a newer version; `_Damaged` for pages that fail SQLite's own check or tables that are not ours."""
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreTooNew(
                f"the job database {self.path} was made by a newer version of Rendition Studio (store version "
                f"{version}; this one knows up to {SCHEMA_VERSION}): update the app, or set {DATA_DIR_ENV} to "
                "another folder")
        problem = db.execute("PRAGMA quick_check(1)").fetchone()[0]
        if problem != "ok":
            log.warning("%s: PRAGMA quick_check: %s", self.path, problem)
            raise _Damaged("it fails SQLite's integrity check")
        _check_tables(db, version)

    def _open_read_only(self) -> sqlite3.Connection:
        """The file as it is, never written (a read-only data folder); no file or a damaged one: an empty store."""
        if os.path.exists(self.path):
            # WAL needs its -shm file; where it cannot be made the file is read as immutable (nobody can write it)
            for mode in ("mode=ro", "immutable=1"):
                try:
                    return self._connect(self._uri(mode), writable=False)
                except _Damaged as exc:
                    self._say(f"the job database {self.path} is damaged ({exc}); it is ignored until the data folder "
                              "can be written, when it will be moved aside")
                    break
                except sqlite3.OperationalError:
                    continue
        return self._connect(MEMORY, writable=True)

    def _move_aside(self, reason: str) -> str:
        """Rename the damaged file (and its -wal/-shm) to ``jobs.sqlite3.damaged-<time>``; say what was done."""
        stamp = time.strftime("%Y%m%dT%H%M%S")
        target, n = f"{self.path}.damaged-{stamp}", 2
        while os.path.exists(target):
            target, n = f"{self.path}.damaged-{stamp}-{n}", n + 1
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(self.path + suffix):
                os.replace(self.path + suffix, target + suffix)
        return (f"the job database {self.path} is damaged ({reason}); it was moved aside as "
                f"{os.path.basename(target)} and a new, empty one started")

    def _say(self, line: str) -> None:
        """One line on stderr and in the log; the window shows `notice` in its status bar."""
        self.notice = line
        log.warning(line)
        print(f"rendition-studio: warning: {line}", file=sys.stderr, flush=True)

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


def _is_damage(exc: sqlite3.DatabaseError) -> bool:
    """A corrupt or foreign file, as opposed to a busy, locked or unreadable one."""
    name = getattr(exc, "sqlite_errorname", None)  # Python 3.11+
    if name:
        return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"
    return type(exc) is sqlite3.DatabaseError


def _migrate(db: sqlite3.Connection) -> None:
    """Apply the steps from the file's version to `SCHEMA_VERSION`, each in one transaction (another process
    opening the same file at the same moment waits, then finds the step done)."""
    while db.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                for statement in MIGRATIONS[version]:
                    db.execute(statement)
                _check_tables(db, version + 1)
                db.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
        log.info("job database migrated to version %d", version + 1)


@functools.lru_cache(maxsize=None)
def _columns_at(version: int) -> dict[str, frozenset[str]]:
    """Each table's columns in a database at `version` (the steps replayed in memory)."""
    db = sqlite3.connect(":memory:")
    try:
        for step in MIGRATIONS[:version]:
            for statement in step:
                db.execute(statement)
        return _columns(db)
    finally:
        db.close()


def _columns(db: sqlite3.Connection) -> dict[str, frozenset[str]]:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {t: frozenset(r[1] for r in db.execute(f'PRAGMA table_info("{t}")')) for t in tables}


def _check_tables(db: sqlite3.Connection, version: int) -> None:
    """Every table of that version is there with its columns (another program's ``jobs`` table is not ours)."""
    have = _columns(db)
    for table, columns in _columns_at(version).items():
        if not columns <= have.get(table, frozenset()):
            raise _Damaged(f"the table {table} is missing or not this app's")


class JobStore(Database):
    def __init__(self, path: str | None = None, read_only: bool = False):
        super().__init__(path, read_only)
        self.unreadable: dict[str, str] = {}  # job id -> why its record cannot be read (filled by `list`)
        self.interrupted = [] if read_only else self.recover_interrupted()

    # -- writes --------------------------------------------------------------------------------------------
    def save(self, job: Job, pid: int | None = None) -> None:
        """Insert or update a job and all its renditions, in one transaction."""
        if pid is None and job.status == RUNNING:
            pid = os.getpid()
        now = now_iso()
        with self._transaction() as db:
            db.execute(
                """INSERT INTO jobs (id, source, name, out_dir, options, status, created_at, started_at, finished_at,
                                     error, decoder, metadata, thumbnails, warnings, pid, origin, position)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?, COALESCE((SELECT MAX(position) + 1 FROM jobs), 0))
                   ON CONFLICT(id) DO UPDATE SET source=excluded.source, name=excluded.name, out_dir=excluded.out_dir,
                     options=excluded.options, status=excluded.status, started_at=excluded.started_at,
                     finished_at=excluded.finished_at, error=excluded.error, decoder=excluded.decoder,
                     metadata=excluded.metadata, thumbnails=excluded.thumbnails, warnings=excluded.warnings,
                     pid=excluded.pid""",
                (job.id, job.source, job.name, job.out_dir, json.dumps(job.options.to_dict()), job.status,
                 job.created_at, job.started_at, job.finished_at, job.error, job.decoder,
                 json.dumps(job.metadata) if job.metadata is not None else None, json.dumps(job.thumbnails),
                 json.dumps(job.warnings), pid, job.origin),
            )
            keep = [r.id for r in job.renditions]
            db.execute(
                f"DELETE FROM renditions WHERE job_id=? AND id NOT IN ({','.join('?' * len(keep))})", (job.id, *keep))
            for i, r in enumerate(job.renditions):
                db.execute(
                    """INSERT INTO renditions (job_id, id, ord, type, quality, width, height, bitrate, status, size,
                                               path, error, measured, encoder, encoder_note, predicted, updated_at)
                       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                       ON CONFLICT(job_id, id) DO UPDATE SET ord=excluded.ord, type=excluded.type,
                         quality=excluded.quality, width=excluded.width, height=excluded.height,
                         bitrate=excluded.bitrate, status=excluded.status, size=excluded.size, path=excluded.path,
                         error=excluded.error, measured=excluded.measured, encoder=excluded.encoder,
                         encoder_note=excluded.encoder_note, predicted=excluded.predicted,
                         updated_at=excluded.updated_at""",
                    (job.id, r.id, i, r.type, r.quality, r.width, r.height, r.bitrate, r.status, r.size, r.path,
                     r.error, json.dumps(r.measured) if r.measured is not None else None, r.encoder, r.encoder_note,
                     json.dumps(r.predicted) if r.predicted is not None else None, now),
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
            try:
                job = self.get(row["id"])
            except UnreadableRecord:
                continue
            if job is None:
                continue
            busy = folder_in_use(job.out_dir)  # its worker has not ended yet, or a new run already writes there
            if not busy:
                try:
                    clean_partials(job.out_dir)  # what the dead process was writing never looks finished
                except OSError:
                    pass  # a folder that cannot be cleaned never stops the store from opening
            # Its end, as the engine would have said it (the job state's reducer fails what had not finished).
            apply_event(job, {"type": "job.finished", "jobId": job.id, "status": INTERRUPTED, "finishedAt": now_iso(),
                              "error": "the application stopped while this job was running; run it again to finish it"})
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
            pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            rows = self._db.execute("SELECT id FROM jobs WHERE id LIKE ? ESCAPE '\\'", (pattern,)).fetchall()
        return self.get(rows[0]["id"]) if len(rows) == 1 else None

    def list(self, statuses: tuple[str, ...] | None = None) -> list[Job]:
        """The jobs in queue order; records that cannot be read are left out and named in `unreadable`."""
        with self._lock:
            if statuses:
                placeholders = ",".join("?" * len(statuses))
                ids = self._db.execute(f"SELECT id FROM jobs WHERE status IN ({placeholders}) ORDER BY position",
                                       statuses).fetchall()
            else:
                ids = self._db.execute("SELECT id FROM jobs ORDER BY position").fetchall()
        jobs = []
        for r in ids:
            try:
                job = self.get(r["id"])
            except UnreadableRecord as exc:
                self.unreadable[r["id"]] = str(exc)
                continue
            if job is not None:
                jobs.append(job)
        return jobs

    @classmethod
    def _job(cls, row, rrows) -> Job:
        """The job of a record; `UnreadableRecord` when it holds what no version of the app wrote."""
        try:
            return cls._decode(row, rrows)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            log.warning("job %s: its record cannot be read: %r", row["id"], exc)
            raise UnreadableRecord(f"job {row['id']}: its record in the job store cannot be read "
                                   f"({type(exc).__name__})") from None

    @staticmethod
    def _decode(row, rrows) -> Job:
        return Job(
            id=row["id"], source=row["source"], name=row["name"], out_dir=row["out_dir"],
            options=EncodeOptions.from_dict(json.loads(row["options"])), status=row["status"],
            created_at=row["created_at"], started_at=row["started_at"], finished_at=row["finished_at"],
            error=row["error"], decoder=row["decoder"],
            metadata=json.loads(row["metadata"]) if row["metadata"] else None,
            thumbnails=json.loads(row["thumbnails"]), warnings=json.loads(row["warnings"]), origin=row["origin"],
            renditions=[RenditionState(id=r["id"], type=r["type"], quality=r["quality"], width=r["width"] or 0,
                                       height=r["height"] or 0, bitrate=r["bitrate"] or 0, status=r["status"],
                                       size=r["size"], path=r["path"], error=r["error"],
                                       measured=json.loads(r["measured"]) if r["measured"] else None,
                                       encoder=r["encoder"], encoder_note=r["encoder_note"],
                                       predicted=json.loads(r["predicted"]) if r["predicted"] else None,
                                       progress=1.0 if r["status"] == ENCODED else 0.0) for r in rrows],
        )
