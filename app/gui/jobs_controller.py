"""The window's job queue: probing off the GUI thread, the engine in QThreads, results back as signals.

The engine (`app.core.engine.Engine`) runs in a `JobRunner` QThread on the runner's own copy of the job; it
talks to the window only through the `jobEvent` signal (plain dicts, delivered on the GUI thread by Qt's queued
connection). Each event is applied once, by the job state's reducer (`app.core.jobstate.apply_event`), to the
one `Job` this controller holds for the window; `changed` then says what changed, for the models to repaint.
Probing runs in the global thread pool through the isolated child-process probe.

Quality measurement (`app.core.measure.measure_outputs`, the one path the command line uses too) runs in a
`MeasureRunner` QThread on its own copy of a finished job, or in the `JobRunner` right after the encode when the
preference asks for it; its events (``quality.started``, ``rendition.quality``, ``quality.finished``) come through
the same `jobEvent` path and the same reducer, so the grid fills in as each rendition is measured.
"""

from __future__ import annotations

import copy
import hashlib
import os
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.core import jobstate
from app.core.engine import Engine, probe_isolated
from app.core.errors import EXIT_CANCELLED, RenditionError
from app.core.jobs import CANCELLED, ENCODED, FINAL_STATUSES, QUEUED, RUNNING, EncodeOptions, Job, now_iso
from app.core.store import JobStore, data_dir
from app.gui.job_threads import JobThread, JobThreads
from app.gui.models import JobQueueModel
from app.gui.signals import emit, emitter

VIDEO_EXTENSIONS = {".mp4", ".m4v", ".mov", ".mkv", ".webm", ".avi", ".ts", ".mts", ".m2ts", ".mpg", ".mpeg", ".flv",
                    ".wmv", ".asf", ".ogv", ".mxf", ".3gp", ".3g2", ".dv", ".y4m", ".ivf", ".h264", ".hevc", ".264",
                    ".265"}


def expand_paths(paths: list[str]) -> list[str]:
    """Files as given; folders become the video files inside them (recursively, sorted)."""
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(os.path.join(root, f) for f in sorted(files)
                           if os.path.splitext(f)[1].lower() in VIDEO_EXTENSIONS and not f.startswith("."))
        else:
            out.append(p)
    return out


def poster_path(source: str) -> str:
    """Where the queue's poster image of a source goes (one per file version, in the data folder)."""
    st = os.stat(source)
    key = hashlib.sha1(f"{os.path.abspath(source)}\0{st.st_size}\0{st.st_mtime_ns}".encode()).hexdigest()[:20]
    folder = os.path.join(data_dir(), "posters")
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, key + ".jpg")


QUALITY_MODES = ("off", "sampled", "full")  # the preference "Measure quality after encoding"


def measurable(job: Job) -> list[str]:
    """The ids of a job's renditions that can be measured (encoded, their file still there)."""
    return [r.id for r in job.renditions if r.status == ENCODED and r.path and os.path.exists(r.path)]


def _measure(job: Job, store: JobStore, mode: str, only: list[str] | None, on_event, cancel: threading.Event) -> str:
    """Measure `job`'s renditions (`app.core.measure`, events to `on_event`); "" when it ran, else the reason it
    could not (no source, nothing to measure): a rendition that cannot be measured is an event, not an error."""
    from app.core.measure import measure_outputs

    try:
        outcome = measure_outputs(job.out_dir, job.source, mode=mode, job=job, store=store, only=only,
                                  on_event=on_event, cancel=cancel)
    except RenditionError as exc:  # UsageError (nothing to measure), Rejected (the source cannot be read)
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - a thread never takes the window down: the reason is shown
        return f"{type(exc).__name__}: {exc}"
    return outcome.note or ""


class JobRunner(JobThread):
    """Runs one job through the engine; every engine event is re-emitted as `jobEvent` (queued to the GUI).

    With `measure` ("sampled" or "full") the job's encoded renditions are measured after the encode, in this
    thread (as `encode --quality`): the job keeps its place among the running ones until that has finished."""

    jobEvent = Signal(object)

    def __init__(self, job: Job, store: JobStore, parent=None, measure: str = "off"):
        super().__init__(parent)
        self.job_id = job.id
        self._job = copy.deepcopy(job)  # the engine's own copy: nothing is shared with the window
        self._store = store
        self._cancel = threading.Event()
        self.exit_code: int | None = None
        self.measure = measure if measure in QUALITY_MODES else "off"

    def run(self):
        self.exit_code = Engine(self._store).run(self._job, emitter(self.jobEvent), self._cancel)
        done = measurable(self._job)
        only = [r.id for r in self._job.renditions if r.id in done and r.measured is None]  # a retry's new ones
        if self.measure == "off" or self.exit_code == EXIT_CANCELLED or self._cancel.is_set() or not only:
            return
        reason = _measure(self._job, self._store, self.measure, only, emitter(self.jobEvent), self._cancel)
        if reason:
            emit(self.jobEvent, {"type": "job.warning", "jobId": self.job_id,
                                 "message": f"quality not measured: {reason}"})

    def cancel(self):
        self._cancel.set()


class MeasureRunner(JobThread):
    """Measures a finished job's renditions (`app.core.measure`) on its own copy of the job; the events go out
    as `jobEvent`, like the engine's. `reason` says why nothing was measured, when nothing was."""

    jobEvent = Signal(object)

    def __init__(self, job: Job, store: JobStore, mode: str = "sampled", only: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.job_id = job.id
        self._job = copy.deepcopy(job)
        self._store = store
        self.mode = mode
        self._only = only
        self._cancel = threading.Event()
        self.reason = ""

    def run(self):
        self.reason = _measure(self._job, self._store, self.mode, self._only, emitter(self.jobEvent), self._cancel)

    def cancel(self):
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _ProbeSignals(QObject):
    done = Signal(str, object, int)  # path, metadata, order of the request
    failed = Signal(str, str, int)  # path, reason, order of the request


class _Probe(QRunnable):
    def __init__(self, path: str, signals: _ProbeSignals, order: int):
        super().__init__()
        self.path, self.signals, self.order = path, signals, order

    def run(self):
        try:
            try:
                poster = poster_path(self.path)
            except OSError:
                poster = None  # probe_isolated says plainly what is wrong with the path
            info = probe_isolated(self.path, poster)
        except RenditionError as exc:
            emit(self.signals.failed, self.path, str(exc), self.order)
        except Exception as exc:  # noqa: BLE001 - any failure is a refusal with a reason, never a crash
            emit(self.signals.failed, self.path, f"{os.path.basename(self.path)}: {exc}", self.order)
        else:
            metadata = info.metadata()
            if poster and os.path.exists(poster):
                metadata["poster"] = poster
            emit(self.signals.done, self.path, metadata, self.order)


class JobsController(QObject):
    """Queue, start, pause (between jobs), cancel, retry, remove and reorder jobs; N at once."""

    jobEvent = Signal(object)  # every engine event, on the GUI thread
    changed = Signal(str, object)  # job id, jobstate.Change: an event applied to the controller's job
    rejected = Signal(str, str)  # path, reason
    added = Signal(str)  # job id
    runningChanged = Signal(int)
    probingChanged = Signal(int)
    measuring = Signal(str, object)  # job id, set of the rendition ids being measured now (empty: it has ended)
    measureEnded = Signal(str, str)  # job id, "" or why nothing (or not everything) was measured

    def __init__(self, store: JobStore, out_root: str, options: EncodeOptions | None = None, concurrency: int = 1,
                 parent=None):
        super().__init__(parent)
        self.store = store
        self.out_root = out_root
        self.options = options or EncodeOptions()
        self.concurrency = max(1, concurrency)
        self.paused = False
        self.model = JobQueueModel(self)
        self._runners = JobThreads(self._schedule)  # the engine's threads, by job id
        self._measures = JobThreads(lambda: None)  # Measure quality's threads, by job id
        self._measuring_after: dict[str, JobRunner] = {}  # runners measuring after their encode has finished
        self._measuring: dict[str, set[str]] = {}  # job id -> renditions being measured
        self.measure_after = "off"  # the preference: "off", "sampled" or "full" after each encode
        self._probing = 0
        self._requests = 0  # files asked for so far: jobs join the queue in the order they were given
        self._order: dict[str, int] = {}  # job id -> request number
        self._pending: set[int] = set()  # request numbers still being probed
        self._probe_signals = _ProbeSignals(self)
        # Files are read in a pool of their own: Qt's global pool has one thread per core (two here), and a slow
        # still or check there must not hold up the files the user has just dropped.
        self._probe_pool = QThreadPool(self)
        self._probe_pool.setMaxThreadCount(4)
        self._probe_signals.done.connect(self._on_probed)
        self._probe_signals.failed.connect(self._on_probe_failed)
        self.jobEvent.connect(self._on_event)  # first: the job's state, and a finished job no longer running

    # -- restore ---------------------------------------------------------------------------------------------
    def restore(self) -> list[Job]:
        """Put the stored jobs back in the queue (interrupted ones are marked so by the store)."""
        jobs = self.store.list()
        for job in jobs:
            self.model.add(job)
        self._schedule()
        return jobs

    # -- adding ----------------------------------------------------------------------------------------------
    def add_paths(self, paths: list[str]) -> int:
        files = expand_paths(paths)
        for path in files:
            self._probing += 1
            self._requests += 1
            self._pending.add(self._requests)
            self._probe_pool.start(_Probe(path, self._probe_signals, self._requests))
        if files:
            emit(self.probingChanged, self._probing)
        return len(files)

    @Slot(str, object, int)
    def _on_probed(self, path: str, metadata: dict, order: int):
        self._probing -= 1
        self._pending.discard(order)
        emit(self.probingChanged, self._probing)
        job = Job.create(path, self.out_root, copy.deepcopy(self.options), taken={j.name for j in self.model.jobs()})
        job.metadata = metadata
        self.store.save(job)
        # Probes finish in any order; a file goes before the files given after it that are already in.
        jobs = self.model.jobs()
        row = next((i for i, j in enumerate(jobs) if self._order.get(j.id, 0) > order), len(jobs))
        self._order[job.id] = order
        self.model.add(job, row)
        if row < len(jobs):
            self.store.set_order([j.id for j in self.model.jobs()])
        emit(self.added, job.id)
        self._schedule()

    @Slot(str, str, int)
    def _on_probe_failed(self, path: str, reason: str, order: int):
        self._probing -= 1
        self._pending.discard(order)
        emit(self.probingChanged, self._probing)
        emit(self.rejected, path, reason)
        self._schedule()  # the files given after it may start now

    # -- control ---------------------------------------------------------------------------------------------
    def running(self) -> list[str]:
        return self._runners.ids()

    def is_probing(self) -> bool:
        return self._probing > 0

    def start(self):
        self.paused = False
        self._schedule()

    def pause(self):
        """Start no further job; the ones running finish."""
        self.paused = True

    def cancel(self, job_id: str) -> bool:
        runner = self._runners.get(job_id) or self._measures.get(job_id) or self._measuring_after.get(job_id)
        if runner is not None:
            runner.cancel()
            return True
        job = self.job(job_id)
        if job is not None and job.status == QUEUED:  # its end as the engine says it, through the job state
            self._on_event({"type": "job.finished", "jobId": job_id, "status": CANCELLED, "error": None,
                            "exitCode": EXIT_CANCELLED, "output": None, "stats": None, "finishedAt": now_iso(),
                            "summary": None})
            self.store.save(job)
            return True
        return False

    def retry(self, job_id: str, renditions: list[str] | None = None) -> bool:
        """Queue a finished job again: all of it, or only `renditions` (ids), keeping the others' outputs."""
        job = self.job(job_id)
        if job is None or job_id in self._runners or self.is_measuring(job_id) or job.status not in FINAL_STATUSES:
            return False
        try:
            job.prepare_retry(renditions)
        except ValueError:
            return False
        self.store.save(job)
        self.model.set_status(job_id, QUEUED)
        self._schedule()
        return True

    def edit_options(self, job_id: str, options: EncodeOptions) -> bool:
        """New settings for a job that is not running (queued, or finished: for Retry), saved with the job."""
        job = self.job(job_id)
        if job is None or job_id in self._runners or self.is_measuring(job_id) \
                or job.status not in (QUEUED, *FINAL_STATUSES):
            return False
        job.options = copy.deepcopy(options)
        self.store.save(job)
        return True

    def remove(self, job_id: str) -> None:
        """Out of the queue at once; a running job is cancelled, and its record deleted once its thread ended (the
        window never waits for it)."""
        self.model.remove(job_id)
        measure = self._measures.get(job_id) or self._measuring_after.get(job_id)
        if measure is not None:
            measure.cancel()
            measure.finished.connect(lambda: self.store.delete(job_id))  # it saves the job when it ends
        self._runners.stop(job_id, then=None if measure is not None else (lambda: self.store.delete(job_id)))

    def configure(self, out_root: str, options: EncodeOptions, concurrency: int) -> None:
        """New settings: for jobs added from now on (queued jobs keep theirs), and the number of jobs at once."""
        self.out_root, self.options = out_root, options
        self.concurrency = max(1, concurrency)
        self._schedule()

    def move(self, job_id: str, delta: int) -> bool:
        if not self.model.move(job_id, delta):
            return False
        self.store.set_order([j.id for j in self.model.jobs()])
        return True

    def shutdown(self, wait_ms: int = 10000) -> None:
        """Cancel what runs and wait for the threads (the engine removes partial outputs)."""
        self.paused = True  # and start nothing else
        for runner in list(self._measuring_after.values()):
            runner.cancel()
        self._runners.shutdown(wait_ms)
        self._measures.shutdown(wait_ms)
        for runner in list(self._measuring_after.values()):
            runner.wait(wait_ms)

    # -- quality ---------------------------------------------------------------------------------------------
    def is_measuring(self, job_id: str) -> bool:
        return job_id in self._measures or job_id in self._measuring_after

    def measuring_now(self, job_id: str) -> set[str]:
        """The renditions of a job whose measurement is under way."""
        return set(self._measuring.get(job_id) or ())

    def can_measure(self, job_id: str) -> str:
        """"" when the job's renditions can be measured now, else why not (in the user's words)."""
        job = self.job(job_id)
        if job is None:
            return self.tr("Only a local job's renditions can be measured.")
        if job_id in self._runners or job.status not in FINAL_STATUSES:
            return self.tr("%1 is encoding; measure its quality when it has finished.").replace("%1", job.name)
        if self.is_measuring(job_id):
            return self.tr("The quality of %1 is being measured.").replace("%1", job.name)
        if not measurable(job):
            return self.tr("%1 has no encoded renditions to measure.").replace("%1", job.name)
        return ""

    def measure(self, job_id: str, mode: str = "sampled", only: list[str] | None = None) -> str:
        """Measure a finished job's renditions (all its encoded ones, or `only`) in a thread; "" when it started,
        else why not. Cancel it with `cancel`."""
        reason = self.can_measure(job_id)
        if reason:
            return reason
        job = self.job(job_id)
        assert job is not None
        runner = MeasureRunner(job, self.store, mode, only, self)
        runner.jobEvent.connect(self.jobEvent)
        runner.finished.connect(lambda r=runner: self._measure_ended(r))
        self._measures.start(runner)
        self._set_measuring(job_id, set(only or measurable(job)))
        return ""

    def _set_measuring(self, job_id: str, ids: set[str]) -> None:
        if ids:
            self._measuring[job_id] = set(ids)
        else:
            self._measuring.pop(job_id, None)
        emit(self.measuring, job_id, set(ids))

    def _measure_ended(self, runner: JobThread) -> None:
        """A measurement's thread has ended (quality.json and the store are written by then)."""
        job_id = runner.job_id
        if isinstance(runner, MeasureRunner):
            reason = self.tr("Quality measurement cancelled.") if runner.cancelled() else runner.reason
        else:
            reason = ""
            if self._measuring_after.get(job_id) is not runner:
                return
            self._measuring_after.pop(job_id)
        self._set_measuring(job_id, set())
        emit(self.measureEnded, job_id, reason)

    # -- scheduling ----------------------------------------------------------------------------------------------
    def job(self, job_id: str) -> Job | None:
        """The local job with this id (the queue also holds remote jobs: those are not this controller's)."""
        job = self.model.by_id(job_id)
        return job if isinstance(job, Job) else None

    def _schedule(self):
        """Start the topmost queued jobs, up to `concurrency`. A file given earlier and still being read goes
        above the ones given after it: until it is in, the jobs below it wait (the queue starts at the top)."""
        while not self.paused and len(self._runners) < self.concurrency:
            job = next((j for j in self.model.jobs()
                        if isinstance(j, Job) and j.status == QUEUED and j.id not in self._runners), None)
            if job is None or (self._pending and self._order.get(job.id, 0) > min(self._pending)):
                break
            job.status = RUNNING
            runner = JobRunner(job, self.store, self, measure=self.measure_after)
            runner.jobEvent.connect(self.jobEvent)
            if runner.measure != "off":  # queued after its last event: `_measuring_after` is set by then
                runner.finished.connect(lambda r=runner: r.job_id in self._measuring_after and self._measure_ended(r))
            self._runners.start(runner)
        emit(self.runningChanged, len(self._runners))

    @Slot(object)
    def _on_event(self, ev: dict):
        job = self.job(ev.get("jobId", ""))
        change = jobstate.apply_event(job, ev) if job is not None else None
        # The job is over when the engine says so (its thread ends a moment later): from here it can be retried
        # at once, and the next job starts.
        t = ev.get("type")
        if t == "job.finished":
            runner = self._runners.get(ev["jobId"])
            if isinstance(runner, JobRunner) and runner.measure != "off" and not runner.isFinished():
                # it measures next, in the same thread: the job counts as being measured until that ends
                self._measuring_after[runner.job_id] = runner
            self._runners.done(ev["jobId"])
        elif t == "quality.started" and job is not None:
            self._set_measuring(job.id, set(ev.get("renditions") or ()))
        elif t == "rendition.quality" and job is not None and job.id in self._measuring:
            self._set_measuring(job.id, self._measuring[job.id] - {f"{ev['encoding']}:{ev['quality']}"})
        if job is not None and change:
            self.model.job_changed(job.id, change)
            emit(self.changed, job.id, change)
