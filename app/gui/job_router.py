"""One face for the queue's actions over local and remote jobs: each action goes to the controller of that job."""

from __future__ import annotations

from app.gui.jobs_controller import JobsController
from app.gui.remote_controller import RemoteJobsController, is_remote


class JobRouter:
    def __init__(self, local: JobsController, remote: RemoteJobsController | None = None):
        self.local, self.remote = local, remote
        self.model = local.model

    def _for(self, job_id: str):
        return self.remote if self.remote is not None and is_remote(job_id) else self.local

    def job(self, job_id: str):
        return self._for(job_id).job(job_id) if job_id else None

    def cancel(self, job_id: str) -> bool:
        return self._for(job_id).cancel(job_id)

    def retry(self, job_id: str, renditions: list[str] | None = None) -> bool:
        if self._for(job_id) is self.remote:
            return self.remote.retry(job_id)
        return self.local.retry(job_id, renditions)

    def remove(self, job_id: str) -> None:
        self._for(job_id).remove(job_id)

    def move(self, job_id: str, delta: int) -> bool:
        return self.local.move(job_id, delta)

    def running(self) -> list[str]:
        return self.local.running() + (self.remote.running() if self.remote is not None else [])

    # the local queue's start/pause (remote jobs do not wait in it)
    @property
    def paused(self) -> bool:
        return self.local.paused

    def start(self):
        self.local.start()

    def pause(self):
        self.local.pause()
