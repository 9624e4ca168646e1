"""Remote jobs: work handed to a cloud video API, kept in the same SQLite database as the local jobs.

A record holds what a restarted process needs to go on without submitting anything twice: the provider and
its base URLs, the local source, the options, the provider's own checkpoint (``state``: the created video id,
the upload's file uuid, the conversion tokens, the confirmed upload offset...), the remote id once known, and
the last normalized status (the model in ``docs/providers.md``). Plain data: the provider layer fills ``state``.

Nothing secret is stored: every value written goes through `app.core.redact.scrub_known` (registered keys and
tokens masked), and URLs in the last status lose their query strings (pre-signed URLs). The table lives next to
``jobs`` and ``renditions``; it is created (and later changed) by the job database's versioned migrations,
`app.core.store.MIGRATIONS`, through the same `app.core.store.Database` connection setup.
"""

from __future__ import annotations

import builtins
import json
import os
import secrets
import string
from dataclasses import asdict, dataclass, field

from app.core.jobs import now_iso, safe_name, unique_name
from app.core.redact import mask_query, scrub_known
from app.core.store import Database, pid_alive

# Normalized remote job statuses (docs/providers.md, "The normalized status").
REMOTE_QUEUED, REMOTE_UPLOADING, REMOTE_PROCESSING, REMOTE_COMPLETED, REMOTE_FAILED, REMOTE_CANCELLED = (
    "queued", "uploading", "processing", "completed", "failed", "cancelled")
REMOTE_FINAL = (REMOTE_COMPLETED, REMOTE_FAILED, REMOTE_CANCELLED)


_ALPHABET = string.ascii_letters + string.digits


def new_remote_job_id() -> str:
    """``rj`` and 22 letters or digits (local jobs use api.video's ``vi`` form)."""
    return "rj" + "".join(secrets.choice(_ALPHABET) for _ in range(22))


@dataclass
class RemoteJob:
    id: str
    provider: str
    endpoints: dict  # base URLs by role: {"base": ...} or {"api": ..., "upload": ..., "cdn": ...}
    source: str | None  # None: tracking a job made elsewhere (Oxolo, `remote status --wait`)
    name: str
    out_dir: str | None = None  # where results are downloaded
    options: dict = field(default_factory=dict)
    remote_id: str | None = None
    state: dict = field(default_factory=dict)  # the provider's checkpoint
    pushed: bool = False  # the push (upload and job creation) is complete: only polling is left
    status: str = REMOTE_QUEUED
    upload_sent: int = 0
    upload_total: int | None = None
    last_status: dict | None = None
    error: str | None = None
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    finished_at: str | None = None
    pid: int | None = None

    @classmethod
    def create(cls, provider: str, endpoints: dict, source: str | None = None, options: dict | None = None,
               out_root: str | None = None, remote_id: str | None = None, name: str | None = None,
               taken: set[str] | frozenset = frozenset()) -> "RemoteJob":
        """A new record; its name (and folder) avoids the names in `taken`, as `Job.create` does."""
        if name is None:
            name = safe_name(source) if source else f"{provider}-{safe_name(remote_id or 'remote')}"
        name = unique_name(name, taken)
        out_dir = os.path.join(os.path.abspath(out_root), name) if out_root else None
        return cls(id=new_remote_job_id(), provider=provider, endpoints=dict(endpoints),
                   source=os.path.abspath(source) if source else None, name=name, out_dir=out_dir,
                   options=dict(options or {}), remote_id=remote_id, pushed=source is None)

    @property
    def final(self) -> bool:
        return self.status in REMOTE_FINAL

    def to_dict(self) -> dict:
        return asdict(self)


class RemoteJobStore(Database):
    """The ``remote_jobs`` table of the job database (``jobs.sqlite3`` in the data folder by default)."""

    # -- writes --------------------------------------------------------------------------------------------
    def save(self, job: RemoteJob, pid: int | None = None) -> None:
        """Insert or update a record. `pid`: the process working on it (default: this one while not final)."""
        if pid is None:
            pid = None if job.final else os.getpid()
        job.pid = pid
        job.updated_at = now_iso()
        last = _scrub_status(job.last_status) if job.last_status is not None else None
        values = (job.id, job.provider, _dump(job.endpoints), job.source, job.name, job.out_dir, _dump(job.options),
                  job.remote_id, _dump(job.state), int(job.pushed), job.status, int(job.upload_sent),
                  job.upload_total, _dump(last) if last is not None else None,
                  scrub_known(job.error) if job.error else None, job.created_at, job.updated_at, job.finished_at, pid)
        with self._lock:
            self._db.execute(
                """INSERT INTO remote_jobs (id, provider, endpoints, source, name, out_dir, options, remote_id, state,
                                            pushed, status, upload_sent, upload_total, last_status, error, created_at,
                                            updated_at, finished_at, pid, position)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,
                           COALESCE((SELECT MAX(position) + 1 FROM remote_jobs), 0))
                   ON CONFLICT(id) DO UPDATE SET provider=excluded.provider, endpoints=excluded.endpoints,
                     source=excluded.source, name=excluded.name, out_dir=excluded.out_dir, options=excluded.options,
                     remote_id=excluded.remote_id, state=excluded.state, pushed=excluded.pushed,
                     status=excluded.status, upload_sent=excluded.upload_sent, upload_total=excluded.upload_total,
                     last_status=excluded.last_status, error=excluded.error, updated_at=excluded.updated_at,
                     finished_at=excluded.finished_at, pid=excluded.pid""", values)

    def delete(self, job_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM remote_jobs WHERE id=?", (job_id,))

    # -- reads ---------------------------------------------------------------------------------------------
    def get(self, job_id: str) -> RemoteJob | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM remote_jobs WHERE id=?", (job_id,)).fetchone()
        return self._job(row) if row else None

    def find(self, prefix: str) -> RemoteJob | None:
        """A record by its id or a unique prefix of it."""
        pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self._lock:
            rows = self._db.execute("SELECT * FROM remote_jobs WHERE id LIKE ? ESCAPE '\\'", (pattern,)).fetchall()
        return self._job(rows[0]) if len(rows) == 1 else None

    def by_remote_id(self, provider: str, remote_id: str) -> RemoteJob | None:
        """The newest record of a provider's remote id."""
        with self._lock:
            row = self._db.execute("SELECT * FROM remote_jobs WHERE provider=? AND remote_id=? ORDER BY position DESC",
                                   (provider, remote_id)).fetchone()
        return self._job(row) if row else None

    def list(self, unfinished_only: bool = False) -> list[RemoteJob]:
        query = "SELECT * FROM remote_jobs"
        if unfinished_only:
            query += " WHERE status NOT IN ({})".format(",".join("?" * len(REMOTE_FINAL)))
        with self._lock:
            rows = self._db.execute(query + " ORDER BY position", REMOTE_FINAL if unfinished_only else ()).fetchall()
        return [self._job(r) for r in rows]

    def resumable(self) -> builtins.list[RemoteJob]:  # `list` here is the method above
        """Unfinished records no live process is working on: a restart picks these up."""
        return [j for j in self.list(unfinished_only=True) if not self.is_active(j)]

    def is_active(self, job: RemoteJob) -> bool:
        """Whether another live process is working on this record now."""
        return bool(job.pid) and job.pid != os.getpid() and pid_alive(job.pid)

    def find_unfinished_push(self, provider: str, endpoints: dict, source: str, options: dict) -> RemoteJob | None:
        """An unfinished push of the same file, to the same place, with the same options (to resume, not redo)."""
        source = os.path.abspath(source)
        for job in reversed(self.list(unfinished_only=True)):
            if (job.provider == provider and job.source == source and job.endpoints == endpoints
                    and job.options == options):
                return job
        return None

    @staticmethod
    def _job(row) -> RemoteJob:
        return RemoteJob(
            id=row["id"], provider=row["provider"], endpoints=json.loads(row["endpoints"]), source=row["source"],
            name=row["name"], out_dir=row["out_dir"], options=json.loads(row["options"]), remote_id=row["remote_id"],
            state=json.loads(row["state"]), pushed=bool(row["pushed"]), status=row["status"],
            upload_sent=row["upload_sent"], upload_total=row["upload_total"],
            last_status=json.loads(row["last_status"]) if row["last_status"] else None, error=row["error"],
            created_at=row["created_at"], updated_at=row["updated_at"], finished_at=row["finished_at"], pid=row["pid"])


def _dump(obj) -> str:
    return scrub_known(json.dumps(obj, separators=(",", ":"), sort_keys=True))


def _scrub_status(obj):
    """The last status as stored: URLs without query strings (their signatures are credentials)."""
    if isinstance(obj, dict):
        return {k: (mask_query(v) if isinstance(v, str) and "://" in v else _scrub_status(v)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_scrub_status(v) for v in obj]
    return obj
