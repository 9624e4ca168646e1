"""Remote jobs in the window: push files to a provider or track a job there, in the same queue as local jobs.

Each remote job runs `app.providers.runner.RemoteRunner.run` in its own `QThread` (uploading, then polling), on
its own copy of the record, and talks to the window only through the `jobEvent` signal (plain dicts). Remote jobs
do not wait for the local queue: they are mostly waiting on the network. After a restart, unfinished ones are
resumed (the upload from the server's confirmed offset where the provider allows; never submitted twice).
"""

from __future__ import annotations

import copy
import logging
import os
import threading

from PySide6.QtCore import QObject, Signal, Slot

from app.core.errors import InputRejected, RenditionError
from app.core.probe import check_local_file
from app.providers.remote_jobs import REMOTE_CANCELLED, REMOTE_QUEUED, RemoteJob, RemoteJobStore
from app.gui.job_threads import JobThread, JobThreads
from app.gui.models import JobQueueModel
from app.providers.credentials import CredentialStore
from app.providers.registry import provider_class, resolve_endpoints
from app.providers.runner import RemoteRunner
from app.gui.signals import emit, emitter

REMOTE_PREFIX = "rj"  # remote job ids; local ones start with "vi"


def is_remote(job_id: str) -> bool:
    return job_id.startswith(REMOTE_PREFIX)


class _RemoteThread(JobThread):
    """Runs one remote job (push and poll, a results download, or cancelling it at the provider), re-emitting its
    events: the network is never used on the GUI thread."""

    jobEvent = Signal(object)
    RUN, DOWNLOAD, CANCEL = "run", "download", "cancel"

    def __init__(self, job: RemoteJob, runner: RemoteRunner, download: bool = False, parent=None, mode: str = ""):
        super().__init__(parent)
        self.job_id = job.id
        self._job = copy.deepcopy(job)  # the runner's own copy
        self._runner, self._mode = runner, mode or (self.DOWNLOAD if download else self.RUN)
        self._download = self._mode == self.DOWNLOAD
        self._cancel = threading.Event()

    def _cancel_remote(self):
        try:
            message = self._runner.cancel_remote(self._job)
        except RenditionError as exc:  # the API cannot cancel, no key, no answer: the record is cancelled anyway
            message = str(exc)
        emit(self.jobEvent, {"type": "remote.finished", "jobId": self.job_id, "provider": self._job.provider,
                          "status": REMOTE_CANCELLED, "error": self._job.error or "cancelled by the user",
                          "cancelMessage": message})

    def run(self):
        if self._mode == self.CANCEL:
            return self._cancel_remote()
        try:
            if self._download:
                paths = self._runner.download_results(self._job, emitter(self.jobEvent), self._cancel)
                emit(self.jobEvent, {"type": "remote.downloaded", "jobId": self.job_id, "files": paths,
                                 "output": self._job.out_dir})
            else:
                self._runner.run(self._job, emitter(self.jobEvent), self._cancel)
        except RenditionError as exc:  # a missing key, a refused request: the user reads the reason
            emit(self.jobEvent, {"type": "remote.finished" if not self._download else "remote.downloaded",
                             "jobId": self.job_id, "provider": self._job.provider, "status": self._job.status,
                             "error": str(exc), "interrupted": True, "files": [], "output": self._job.out_dir})

    def cancel(self):
        self._cancel.set()


class RemoteJobsController(QObject):
    jobEvent = Signal(object)  # every remote event, on the GUI thread
    rejected = Signal(str, str)  # path or id, reason
    added = Signal(str)
    runningChanged = Signal(int)

    def __init__(self, model: JobQueueModel, out_root: str, store: RemoteJobStore | None = None,
                 credentials: CredentialStore | None = None, runner_factory=None, parent=None):
        super().__init__(parent)
        self.model = model
        self.out_root = out_root
        self.store = store or RemoteJobStore()
        self.credentials = credentials or CredentialStore()
        self.endpoints: dict[str, dict] = {}  # provider -> base URLs from the settings
        self._runner_factory = runner_factory or (lambda: RemoteRunner(self.store, credentials=self.credentials))
        self._threads = JobThreads(lambda: emit(self.runningChanged, len(self._threads)))
        self.jobEvent.connect(self._on_event)
        self.jobEvent.connect(model.apply_event)

    # -- adding ----------------------------------------------------------------------------------------------
    def _endpoints(self, provider: str) -> dict:
        custom = self.endpoints.get(provider) or {}  # any role, the primary one included, by its name
        return resolve_endpoints(provider_class(provider).name, **{role: url for role, url in custom.items() if url})

    def push(self, paths: list[str], provider: str, options: dict | None = None) -> list[str]:
        """Send files to `provider`; returns the new job ids (refused files are reported by `rejected`)."""
        try:
            endpoints = self._endpoints(provider)
        except RenditionError as exc:
            for p in paths:
                emit(self.rejected, p, f"{os.path.basename(p)}: {exc}")
            return []
        ids = []
        for path in paths:
            try:
                check_local_file(path)
            except InputRejected as exc:
                emit(self.rejected, path, str(exc))
                continue
            job = RemoteJob.create(provider, endpoints, path, options or {}, out_root=self.out_root,
                                   taken={j.name for j in self.model.jobs()})
            ids.append(self._add(job))
        return ids

    def track(self, provider: str, remote_id: str) -> str | None:
        """Follow a job made elsewhere (Oxolo, or any provider's id) until it ends."""
        remote_id = remote_id.strip()
        try:
            if not remote_id:
                raise InputRejected("give the remote job's identifier")
            job = RemoteJob.create(provider_class(provider).name, self._endpoints(provider), remote_id=remote_id,
                                   out_root=self.out_root)
        except RenditionError as exc:
            emit(self.rejected, remote_id, str(exc))
            return None
        return self._add(job)

    def _add(self, job: RemoteJob) -> str:
        self.store.save(job, pid=0)
        self.model.add(job)
        emit(self.added, job.id)
        self._start(job)
        return job.id

    # -- control ---------------------------------------------------------------------------------------------
    def restore(self) -> list[RemoteJob]:
        """Stored remote jobs back in the queue; unfinished ones are resumed."""
        jobs = self.store.list()
        for stored in jobs:
            self.model.add(stored)
        for stored in self.store.resumable():
            job = self.job(stored.id)  # the queue's record
            if job is None:
                continue
            missing = self._missing_keys(job.provider)
            if missing:  # a provider not (or no longer) set up: waits quietly, nothing in the status bar
                reason = f"waiting for {', '.join(missing)}: set it in Settings › Cloud providers, then Retry"
                logging.getLogger("app.gui").info("not resuming %s (%s): %s", job.id, job.provider, reason)
                self.model.set_status(job.id, job.status, reason)
                continue
            self._start(job)
        return jobs

    def _missing_keys(self, provider: str) -> list[str]:
        """The environment variables naming the keys `provider` lacks here ([] when it is set up)."""
        try:
            return [f.env for f in self.credentials.get(provider).missing()]
        except Exception:  # noqa: BLE001 - an unreadable keyring: the runner says why when it tries
            return []

    def running(self) -> list[str]:
        return self._threads.ids()

    def job(self, job_id: str) -> RemoteJob | None:
        job = self.model.by_id(job_id)
        return job if isinstance(job, RemoteJob) else None

    def cancel(self, job_id: str) -> bool:
        """Stop the upload and cancel remotely where the API allows; a job nothing runs (an interrupted one) is
        cancelled at the provider by a thread of its own. Returns at once: the outcome arrives as the job's
        `remote.finished` event."""
        thread = self._threads.get(job_id)
        if thread is not None:
            thread.cancel()  # the runner stops the upload and cancels remotely where the API allows
            return True
        job = self.job(job_id)
        if job is None or job.final:
            return False
        self._start(job, mode=_RemoteThread.CANCEL)
        return True

    def retry(self, job_id: str) -> bool:
        """Go on with an interrupted job, or push a failed or cancelled one again as a new remote job."""
        job = self.job(job_id)
        if job is None or job_id in self._threads:
            return False
        if not job.final:  # interrupted (network, key, restart): resume where it stopped
            self._start(job)
            return True
        # A fresh record under the same id: a push starts over; a tracked job is followed again by its id.
        fresh = RemoteJob.create(job.provider, job.endpoints, job.source, job.options, name=job.name,
                                 remote_id=None if job.source else job.remote_id)
        fresh.id, fresh.out_dir, fresh.created_at = job.id, job.out_dir, job.created_at
        row = self.model.row_of(job_id)
        if row is not None:  # it is: the job came from the queue
            self.model.replace(row, fresh)
        self.store.save(fresh, pid=0)
        self._start(fresh)
        return True

    def remove(self, job_id: str) -> None:
        """Out of the queue at once; its thread is told to stop, and the record deleted once it ended (the window
        never waits on the network)."""
        self.model.remove(job_id)
        self._threads.stop(job_id, then=lambda: self.store.delete(job_id))

    def download(self, job_id: str) -> bool:
        job = self.job(job_id)
        if job is None or job_id in self._threads or not job.final or not job.out_dir:
            return False
        self._start(job, download=True)
        return True

    def shutdown(self, wait_ms: int = 10000) -> None:
        """Stop watching (the remote jobs go on; they are resumed on the next start)."""
        self._threads.shutdown(wait_ms)

    # -- threads ---------------------------------------------------------------------------------------------
    def _start(self, job: RemoteJob, download: bool = False, mode: str = "") -> None:
        if job.status == REMOTE_QUEUED and not download and not mode:
            job.status = "uploading" if job.source and not job.pushed else "processing"
        thread = _RemoteThread(job, self._runner_factory(), download, self, mode)
        thread.jobEvent.connect(self.jobEvent)
        self._threads.start(thread)
        emit(self.runningChanged, len(self._threads))

    @Slot(object)
    def _on_event(self, ev: dict):
        if ev.get("type") in ("remote.finished", "remote.downloaded"):
            self._threads.done(ev["jobId"])
