"""The remote runner: push (or resume) a remote job, poll it to its end, download its results. Qt-free.

`RemoteRunner.run(job, on_event, cancel)` blocks until the remote job ends (or, with ``wait=False``, until it
was submitted and polled once); call it from a worker thread (the window's `QThread`, as with the local
`Engine.run`) or from the command line's main thread. It returns the command-line exit status.

Events (plain dicts, called from the thread running `run`; the window re-emits them as signals):

- ``remote.started``  ``{jobId, provider, name, source, remoteId, resumed}``
- ``remote.created``  ``{jobId, provider, remoteId}`` as soon as the provider knows the remote id
- ``remote.upload``   ``{jobId, provider, bytesSent, total, fraction, speed (bytes/s), eta (s)}``, at most every
  0.1 s and once at the end (after a resume it starts from the server's confirmed bytes)
- ``remote.status``   ``{jobId, type, **RemoteStatus.to_dict()}`` whenever the normalized status changes
- ``remote.warning``  ``{jobId, provider, message}`` (a poll that failed and will be tried again, cannot cancel...)
- ``remote.download`` ``{jobId, file, index, count, bytes, total}`` while results download
- ``remote.finished`` ``{jobId, provider, remoteId, status, error, exitCode, interrupted, output}``

Persistence: the record (`app.providers.remote_jobs.RemoteJob`) is saved when it starts, whenever the provider
checkpoints (a created id, a confirmed upload offset), when the status changes and when it ends. A job that
stops for a reason that is not the job's own (network down, key rejected, the process killed) stays
unfinished ("interrupted") and is resumed by running it again: the upload goes on from what the server
confirmed, and polling continues; nothing is created twice.
"""

from __future__ import annotations

import collections
import threading
import time
from dataclasses import dataclass
from typing import Callable

from app.core.errors import (EXIT_CANCELLED, EXIT_FAILED, EXIT_OK, Cancelled, InputRejected, RenditionError,
                             UsageError)
from app.core.probe import check_local_file
from app.core.redact import get_logger
from app.providers.remote_jobs import REMOTE_CANCELLED, REMOTE_UPLOADING, RemoteJob, RemoteJobStore
from app.core.jobs import now_iso
from app.providers.base import Progress, Provider, PushContext, PushOptions
from app.providers.credentials import CredentialStore
from app.providers.download import download
from app.providers.errors import (EXIT_PENDING, AuthRejected, CannotCancel, MissingCredentials, ProviderError,
                                  ProviderUnavailable, RateLimited, UnexpectedAnswer)
from app.providers.guard import UrlGuard
from app.providers.http import HttpClient, RetryPolicy, Sleeper
from app.providers.model import REMOTE_FAILED, REMOTE_COMPLETED, RemoteResult, RemoteStatus, UploadProgress
from app.providers.registry import make_provider

log = get_logger("app.providers")
EventCallback = Callable[[dict], None]
# Failures that are not the job's own: the record stays unfinished and can be resumed. A malformed answer is
# one of them: it says nothing about the remote job (a proxy's error page, a broken deployment).
RESUMABLE_ERRORS = (ProviderUnavailable, AuthRejected, RateLimited, MissingCredentials, UnexpectedAnswer)


@dataclass
class PollPolicy:
    first: float = 1.0  # seconds before the first poll after a change
    factor: float = 1.5  # the wait grows while nothing changes...
    max: float = 15.0  # ...up to this
    max_failures: int = 5  # polls in a row that failed (each after the HTTP layer's own retries) before stopping


class UploadMeter:
    """Upload bytes → ``remote.upload`` events with speed (sliding window) and ETA, throttled."""

    def __init__(self, emit: EventCallback, job: RemoteJob, clock=time.monotonic, interval: float = 0.1,
                 window: float = 3.0):
        self.emit, self.job, self.clock = emit, job, clock
        self.interval, self.window = interval, window
        self.samples: collections.deque = collections.deque()
        self.last_emit = -1e9
        self.last_sent = -1

    def __call__(self, sent: int, total: int | None) -> None:
        now = self.clock()
        if sent < self.last_sent:  # a resume or a failed chunk: the confirmed position went back
            self.samples.clear()
        self.last_sent = sent
        self.job.upload_sent, self.job.upload_total = sent, total
        self.samples.append((now, sent))
        while len(self.samples) > 2 and now - self.samples[0][0] > self.window:
            self.samples.popleft()
        done = total is not None and sent >= total
        if not done and now - self.last_emit < self.interval:
            return
        self.last_emit = now
        t0, s0 = self.samples[0]
        speed = (sent - s0) / (now - t0) if now > t0 else None
        eta = (total - sent) / speed if speed and total is not None else (0.0 if done else None)
        self.emit({"type": "remote.upload", "jobId": self.job.id, "provider": self.job.provider,
                   "bytesSent": sent, "total": total,
                   "fraction": round(sent / total, 4) if total else None,
                   "speed": round(speed, 1) if speed is not None else None,
                   "eta": round(eta, 1) if eta is not None else None})


class RemoteRunner:
    def __init__(self, store: RemoteJobStore | None = None, *, credentials: CredentialStore | None = None,
                 provider_factory: Callable[[RemoteJob], Provider] | None = None, poll: PollPolicy | None = None,
                 sleeper: Sleeper | None = None, retry: RetryPolicy | None = None, timeout=None,
                 max_wait: float | None = None, clock=time.monotonic, allow_private_urls: bool | None = None):
        self.store = store
        self.credentials = credentials
        self.poll = poll or PollPolicy()
        self.sleeper = sleeper or Sleeper()
        self.retry = retry
        self.timeout = timeout
        self.max_wait = max_wait  # seconds of polling before `run` gives up waiting (the job stays resumable)
        self.clock = clock
        self.allow_private_urls = allow_private_urls  # None: RENDITION_STUDIO_ALLOW_PRIVATE_URLS decides
        self._factory = provider_factory

    # -- plumbing ------------------------------------------------------------------------------------------
    def provider_for(self, job: RemoteJob) -> Provider:
        if self._factory is not None:
            return self._factory(job)
        from app.providers.registry import provider_class

        title = provider_class(job.provider).title
        http = HttpClient(title, retry=self.retry, sleeper=self.sleeper, timeout=self.timeout)
        return make_provider(job.provider, job.endpoints, credential_store=self.credentials, http=http)

    def _save(self, job: RemoteJob, pid: int | None = None) -> None:
        if self.store is not None:
            self.store.save(job, pid=pid)

    # -- the job -------------------------------------------------------------------------------------------
    def run(self, job: RemoteJob, on_event: EventCallback | None = None, cancel: threading.Event | None = None, *,
            wait: bool = True, cancel_remote: bool = True) -> int:
        """Push or resume `job`, then poll it (to its end with `wait`); return the exit status it maps to.

        When `cancel` is set: the upload stops at once, and with `cancel_remote` the remote job is deleted or
        cancelled where the API allows (the user pressed Cancel); without it the runner only stops watching and
        the record stays unfinished (``remote status --wait`` interrupted by Ctrl-C)."""
        emit = on_event or (lambda e: None)
        cancel = cancel or threading.Event()
        if self.store is not None and self.store.is_active(job):
            raise UsageError(f"remote job {job.id} is being worked on by another process (pid {job.pid})")
        resumed = bool(job.state) or job.remote_id is not None and not job.final
        job.error, job.finished_at = None, None
        self._save(job)
        emit({"type": "remote.started", "jobId": job.id, "provider": job.provider, "name": job.name,
              "source": job.source, "remoteId": job.remote_id, "resumed": resumed})
        provider = None
        try:
            provider = self.provider_for(job)
            if not job.pushed:
                self._push(provider, job, emit, cancel)
            return self._poll(provider, job, emit, cancel, wait)
        except Cancelled:
            if not cancel_remote and job.pushed:
                return self._interrupted(job, "stopped watching (the remote job goes on)", emit, EXIT_CANCELLED)
            return self._cancelled(provider, job, emit)
        except InputRejected as exc:
            return self._finish(job, REMOTE_FAILED, str(exc), emit, exc.exit_code)
        except RESUMABLE_ERRORS as exc:
            return self._interrupted(job, str(exc), emit, exc.exit_code)
        except RenditionError as exc:  # the provider refused the job, or its outcome is unknown
            return self._finish(job, REMOTE_FAILED, str(exc), emit, exc.exit_code)
        except BaseException:
            job.error = "stopped by an unexpected error"
            self._save(job, pid=0)
            raise
        finally:
            if provider is not None:
                provider.close()

    def _push(self, provider: Provider, job: RemoteJob, emit: EventCallback, cancel: threading.Event) -> None:
        if not provider.can_push:
            provider.push(job.source or "", PushOptions.from_dict(job.options), PushContext())  # raises NotSupported
        source = check_local_file(job.source or "")
        job.status = REMOTE_UPLOADING
        self._save(job)
        announced = job.remote_id

        def save() -> None:
            nonlocal announced
            if ctx.remote_id and ctx.remote_id != job.remote_id:
                job.remote_id = ctx.remote_id
            self._save(job)
            if job.remote_id and job.remote_id != announced:
                announced = job.remote_id
                emit({"type": "remote.created", "jobId": job.id, "provider": job.provider, "remoteId": job.remote_id})

        meter = UploadMeter(emit, job, self.clock)
        ctx = PushContext(state=job.state, save=save, progress=Progress(meter), cancel=cancel,
                          remote_id=job.remote_id)
        remote_id = provider.push(source, PushOptions.from_dict(job.options), ctx)
        job.remote_id, job.pushed = remote_id, True
        save()

    def _poll(self, provider: Provider, job: RemoteJob, emit: EventCallback, cancel: threading.Event,
              wait: bool) -> int:
        interval, failures = self.poll.first, 0
        deadline = self.clock() + self.max_wait if self.max_wait is not None else None
        last = job.last_status
        assert job.remote_id is not None, "polled before the push gave a remote id"
        while True:
            try:
                st = provider.status(job.remote_id, job.state)
                failures = 0
            except (ProviderUnavailable, RateLimited) as exc:
                failures += 1
                if failures >= self.poll.max_failures:
                    raise
                emit({"type": "remote.warning", "jobId": job.id, "provider": job.provider,
                      "message": f"polling failed, trying again: {exc}"})
                self.sleeper.sleep(interval, cancel)
                interval = min(self.poll.max, interval * self.poll.factor)
                continue
            if st.upload is None and job.upload_total:
                st.upload = UploadProgress(job.upload_sent, job.upload_total)
            d = st.to_dict()
            if d != last:
                last = d
                job.last_status, job.status = d, st.status
                self._save(job)
                emit({"type": "remote.status", "jobId": job.id, **d})
                interval = self.poll.first
            else:
                interval = min(self.poll.max, interval * self.poll.factor)
            if st.final:
                return self._final(job, st, emit)
            if not wait:
                job.error = None
                self._save(job, pid=0)
                emit(self._finished_event(job, EXIT_PENDING, interrupted=False))
                return EXIT_PENDING
            if deadline is not None and self.clock() >= deadline:
                return self._interrupted(job, f"still {st.status} after waiting {self.max_wait:.0f} s; "
                                              f"the job goes on remotely", emit, EXIT_PENDING)
            self.sleeper.sleep(interval, cancel)

    def _final(self, job: RemoteJob, st: RemoteStatus, emit: EventCallback) -> int:
        if st.status == REMOTE_COMPLETED:
            code = EXIT_FAILED if st.failed_renditions else EXIT_OK
        elif st.status == REMOTE_CANCELLED:
            code = EXIT_CANCELLED
        else:
            code = EXIT_FAILED
        return self._finish(job, st.status, st.error, emit, code)

    def _cancelled(self, provider: Provider | None, job: RemoteJob, emit: EventCallback) -> int:
        message = "stopped before anything was created remotely"
        if provider is not None and job.remote_id:
            try:
                message = provider.cancel(job.remote_id, job.state)
            except CannotCancel as exc:
                message = str(exc)
                emit({"type": "remote.warning", "jobId": job.id, "provider": job.provider, "message": message})
            except (ProviderError, RenditionError) as exc:
                message = f"could not cancel on the server: {exc}"
                emit({"type": "remote.warning", "jobId": job.id, "provider": job.provider, "message": message})
        return self._finish(job, REMOTE_CANCELLED, f"cancelled by the user; {message}", emit, EXIT_CANCELLED)

    def _finish(self, job: RemoteJob, status: str, error: str | None, emit: EventCallback, code: int) -> int:
        job.status, job.error, job.finished_at = status, error, now_iso()
        self._save(job, pid=0)
        emit(self._finished_event(job, code, interrupted=False))
        return code

    def _interrupted(self, job: RemoteJob, error: str, emit: EventCallback, code: int) -> int:
        """Stopped for a reason outside the job: left unfinished, to be resumed."""
        job.error = error
        self._save(job, pid=0)
        emit(self._finished_event(job, code, interrupted=True))
        return code

    @staticmethod
    def _finished_event(job: RemoteJob, code: int, interrupted: bool) -> dict:
        return {"type": "remote.finished", "jobId": job.id, "provider": job.provider, "remoteId": job.remote_id,
                "status": job.status, "error": job.error, "exitCode": code, "interrupted": interrupted,
                "output": job.out_dir}

    # -- outside a run -------------------------------------------------------------------------------------
    def cancel_remote(self, job: RemoteJob) -> str:
        """Cancel a job that no thread is running (from the queue): delete/cancel remotely where possible.

        Raises `CannotCancel` where the API cannot; the record is marked cancelled either way."""
        provider = self.provider_for(job)
        try:
            message = provider.cancel(job.remote_id, job.state) if job.remote_id else "nothing was created remotely"
        finally:
            provider.close()
            job.status, job.finished_at = REMOTE_CANCELLED, now_iso()
            job.error = "cancelled by the user"
            self._save(job, pid=0)
        return message

    def results(self, job: RemoteJob) -> list[RemoteResult]:
        if not job.last_status:
            return []
        provider = self.provider_for(job)
        try:
            return provider.results(RemoteStatus.from_dict(job.last_status), job.state)
        finally:
            provider.close()

    def download_results(self, job: RemoteJob, on_event: EventCallback | None = None,
                         cancel: threading.Event | None = None, out_dir: str | None = None) -> list[str]:
        """Fetch a finished job's results into its output folder (or `out_dir`), with progress events.

        Uses a fresh status (the stored one has no signed URL query strings). Result URLs on loopback, private
        or link-local hosts are refused unless the provider's own URLs are on such a host or they were allowed
        (`allow_private_urls`, see `app.providers.guard`)."""
        emit = on_event or (lambda e: None)
        folder = out_dir or job.out_dir
        if not folder:
            raise UsageError("this remote job has no output folder; give one")
        if not job.remote_id:
            raise UsageError("this remote job has no remote id yet: nothing to download")
        provider = self.provider_for(job)
        try:
            st = provider.status(job.remote_id, job.state)
            results = provider.results(st, job.state)
            http = HttpClient(f"{provider.title} download", retry=self.retry, sleeper=self.sleeper,
                              timeout=self.timeout,
                              guard=UrlGuard.for_endpoints(provider.endpoints, self.allow_private_urls))
            try:
                paths = download(results, folder,
                                 lambda p: emit({"type": "remote.download", "jobId": job.id, **p}), cancel, http)
            finally:
                http.close()
        finally:
            provider.close()
        if out_dir is None or out_dir == job.out_dir:
            job.out_dir = folder
            self._save(job, pid=0 if job.final else None)
        return paths
