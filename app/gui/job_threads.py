"""The threads working on jobs, by job id: one bookkeeping for the local engine and the remote runners.

A job stops counting as running when its own final event arrives (`done`): from then on it can be retried and the
next job can start, though its thread takes a moment more to end. A thread object is deleted only once it has
ended. Each thread is a `JobThread`: it has a `job_id` and a `cancel()`.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QThread


class JobThread(QThread):
    """A thread working on one job."""

    job_id: str

    def cancel(self) -> None:
        raise NotImplementedError


class JobThreads:
    def __init__(self, on_change: Callable[[], None]):
        self._running: dict[str, JobThread] = {}
        self._ending: set[JobThread] = set()
        self._on_change = on_change  # called when a job stops running or a thread ends (not on start)

    def __contains__(self, job_id: str) -> bool:
        return job_id in self._running

    def __len__(self) -> int:
        return len(self._running)

    def ids(self) -> list[str]:
        return list(self._running)

    def get(self, job_id: str) -> JobThread | None:
        return self._running.get(job_id)

    def start(self, thread: JobThread) -> None:
        thread.finished.connect(lambda t=thread: self._ended(t))
        self._running[thread.job_id] = thread
        thread.start()

    def done(self, job_id: str) -> None:
        """The job's final event arrived."""
        if job_id in self._running:
            self._ending.add(self._running.pop(job_id))
            self._on_change()

    def _ended(self, thread: JobThread) -> None:
        if self._running.get(thread.job_id) is thread:  # it ended without its final event
            self._running.pop(thread.job_id)
        self._ending.discard(thread)
        thread.deleteLater()
        self._on_change()

    def stop(self, job_id: str, then: Callable[[], None] | None = None) -> None:
        """Cancel a job's thread without waiting for it (it may be in a network call); `then` is called on this
        (the GUI) thread once the thread has ended, so that nothing it writes comes after — at once where no
        thread runs the job."""
        thread = self._running.get(job_id)
        if thread is None:
            if then is not None:
                then()
            return
        thread.cancel()
        if then is not None:
            thread.finished.connect(then)

    def shutdown(self, wait_ms: int = 10000) -> None:
        """Cancel every thread and wait for each (up to `wait_ms`); those that ended are forgotten."""
        for thread in list(self._running.values()) + list(self._ending):
            thread.cancel()
        for job_id, thread in list(self._running.items()):
            if thread.wait(wait_ms):
                self._running.pop(job_id, None)
        for thread in list(self._ending):
            if thread.wait(wait_ms):
                self._ending.discard(thread)
