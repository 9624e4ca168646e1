"""The encode engine: runs a job's native work in a supervised child process and keeps its state.

`Engine.run(job, on_event, cancel)` blocks until the job ends; call it from a worker thread (the window's
`QThread`) or from the command line's main thread. It

- starts ``python -m app.core.worker encode`` (in a frozen bundle: its own program, see `worker_command`) and
  reads its events,
- keeps the job, the store, ``status.json`` and the HLS master playlist current,
- turns the worker's counters into progress events (fraction, frames, fps, speed, ETA) for `on_event`,
- cancels promptly (`cancel.set()`): the child is killed and every partial output removed,
- survives the child crashing on a hostile file: the job fails with a plain reason,
- holds the job folder's lock (`app.core.lock`) from start to end, clean-up included: a run that finds it taken
  changes nothing (no file, no stored state of the run holding it) and returns `EXIT_BUSY`.

`on_event` receives plain dicts (the `--json` events of the README's Command line section); it is called from
the thread running `run`.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
from typing import Callable

from app.core import hls, jobstate, pertitle, status
from app.core.errors import (EXIT_BUSY, EXIT_CANCELLED, EXIT_FAILED, EXIT_NOT_WRITABLE, EXIT_OK, EXIT_REJECTED,
                             EXIT_USAGE, InputRejected, NotWritable, RenditionError)
from app.core.layout import clean_partials
from app.core.jobs import (CANCELLED, COMPLETED, ENCODED, ENCODING, FAILED, PARTIAL, QUEUED, R_FAILED, REJECTED,
                           Job, RenditionState, now_iso)
from app.core.lock import FolderLock
from app.core.probe import SourceInfo, check_local_file
from app.core.store import JobStore, make_writable_folder
from app.core.worker import WORKER_ARG

EventCallback = Callable[[dict], None]
log = logging.getLogger("app.core.engine")
_PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _frozen() -> bool:
    """True in a PyInstaller bundle, where sys.executable is the bundle's own program, not a Python."""
    return bool(getattr(sys, "frozen", False))


def worker_command(*args: str) -> list[str]:
    if _frozen():  # the bundle's program runs the worker when given WORKER_ARG first (app.cli.main)
        return [sys.executable, WORKER_ARG, *args]
    return [sys.executable, "-m", "app.core.worker", *args]


def _worker_env() -> dict:
    env = dict(os.environ)
    if not _frozen():  # a bundle carries its own modules and ignores PYTHONPATH
        env["PYTHONPATH"] = _PROJECT_ROOT + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def _signal_reason(code: int) -> str:
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"the media library crashed while reading this file ({name})"
    return f"the media worker stopped unexpectedly (exit status {code})"


def run_worker_once(args: list[str], timeout: float = 120) -> dict:
    """Run a one-shot worker command (probe, hwaccel) and return its JSON answer."""
    try:
        proc = subprocess.run(worker_command(*args), capture_output=True, timeout=timeout, env=_worker_env(),
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise InputRejected("reading the file took too long; it may be damaged") from None
    lines = [ln for ln in proc.stdout.decode("utf-8", "replace").splitlines() if ln.strip()]
    if not lines:
        raise InputRejected(_signal_reason(proc.returncode))
    return json.loads(lines[-1])


def probe_isolated(path: str, poster: str | None = None) -> SourceInfo:
    """Probe a file in a child process; a crash there becomes `InputRejected`, never a crash here.

    With `poster`, the child also writes a small JPEG of the picture there (best effort: see `os.path.exists`)."""
    absolute = check_local_file(path)
    answer = run_worker_once(["probe", absolute] + ([os.path.abspath(poster)] if poster else []))
    if not answer.get("ok"):
        raise InputRejected(answer.get("error") or "the file could not be read")
    return SourceInfo.from_dict(answer["source"])


def still_isolated(path: str, out: str) -> str | None:
    """The first picture of a local video written as a JPEG at `out` by a child process; None when none decodes."""
    try:
        answer = run_worker_once(["still", check_local_file(path), os.path.abspath(out)])
    except RenditionError:
        return None
    return answer.get("still") if answer.get("ok") else None


HWACCEL_TIMEOUT = 120.0  # seconds for the whole hardware check (a driver may hang)


def hwaccel_report(recheck: bool = False, timeout: float = HWACCEL_TIMEOUT) -> dict:
    """Hardware decoders and encoders that work here, and why each other one does not.

    Kept per machine in the data folder (`app.core.hwenc.cache_key`): the check runs in the worker only the first
    time, with `recheck`, or when the key changed (driver, PyAV/FFmpeg, app version, device nodes). The report
    says ``cached`` and ``checkedAt``."""
    from app.core import hwenc

    key = hwenc.cache_key()
    if not recheck:
        cached = hwenc.load_cache(key)
        if cached is not None:
            return {**cached, "cached": True}
    try:
        proc = subprocess.run(worker_command("hwaccel"), capture_output=True, timeout=timeout, env=_worker_env(),
                              stdin=subprocess.DEVNULL)
        out, hung = proc.stdout, None
    except subprocess.TimeoutExpired as exc:
        out, hung = exc.stdout or b"", f"the check did not finish within {timeout:g} s"
    lines = [json.loads(ln) for ln in out.decode("utf-8", "replace").splitlines() if ln.strip().startswith("{")]
    report = next((ln for ln in reversed(lines) if "encoders" in ln), None)
    if report is None:  # the worker hung or crashed on one encoder: that one is named, the check is not cached
        trying = [ln["encoder"] for ln in lines if ln.get("ev") == "trying"]
        reason = hung or _signal_reason(proc.returncode)
        encoders = [{"name": n, "family": hwenc.family_of(n), "codec": n.split("_")[0], "offered": True,
                     "works": False, "sizes": {}, "reason": (f"{reason} while trying it" if i == len(trying) - 1
                                                             else "not checked")}
                    for i, n in enumerate(trying)]
        return {"offered": [], "devices": [], "usable": [], "encoders": encoders, "cached": False,
                "checkedAt": now_iso(), "error": reason}
    report.update(checkedAt=now_iso())
    hwenc.save_cache(key, report)
    return {**report, "cached": False}


class _Progress:
    """Turns frame counters into fps, speed and ETA, per rendition."""

    def __init__(self, frames_total: int | None, fps: float):
        self.total, self.fps = frames_total, fps or 25.0
        self.start = time.monotonic()

    def row(self, r: RenditionState, frames: int | None) -> dict:
        """The ``job.progress`` row of a rendition, with its frame count now (None: unchanged)."""
        fraction, fps, speed, eta = r.progress, r.fps, r.speed, r.eta
        if frames is not None:
            elapsed = max(1e-3, time.monotonic() - self.start)
            fps = frames / elapsed
            speed = fps / self.fps
            if self.total:
                fraction = min(0.999, frames / self.total)
                eta = (self.total - frames) / fps if fps > 0 else None
        return {"encoding": r.type, "quality": r.quality, "status": r.status, "fraction": round(fraction, 4),
                "frames": r.frames if frames is None else frames, "fps": round(fps, 2), "speed": round(speed, 3),
                "eta": None if eta is None else round(eta, 1)}


class _WorkerRun:
    """A media worker started with one JSON spec line on stdin, its JSON-line events read into a queue by a thread.

    stdin stays open: the worker exits by itself if this process disappears. `events` yields what the worker
    says until its output ends, or kills it and yields `CANCELLED` once when `cancel` is set."""

    CANCELLED = object()

    def __init__(self, command: str, spec: dict, name: str, pass_fds: tuple[int, ...] = ()):
        self.stderr = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(worker_command(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.stderr, env=_worker_env(), start_new_session=True, pass_fds=pass_fds)
        assert self.proc.stdin is not None and self.proc.stdout is not None  # both PIPE
        self.proc.stdin.write((json.dumps(spec) + "\n").encode())
        self.proc.stdin.flush()
        self._queue: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, args=(self.proc.stdout,), name=name, daemon=True).start()

    def _read(self, out) -> None:
        for line in out:
            try:
                self._queue.put(json.loads(line))
            except ValueError:
                continue
        self._queue.put(None)

    def events(self, cancel: threading.Event):
        while True:
            if cancel.is_set():
                self.kill()
                yield self.CANCELLED
                return
            try:
                ev = self._queue.get(timeout=0.1)
            except queue.Empty:
                continue
            if ev is None:
                return
            yield ev

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait()

    def stderr_tail(self, size: int = 4000) -> str:
        """The end of what the worker wrote on stderr; closes it."""
        self.stderr.seek(0)
        tail = self.stderr.read()[-size:].decode("utf-8", "replace")
        self.stderr.close()
        return tail


class Engine:
    def __init__(self, store: JobStore | None = None):
        self.store = store

    # -- helpers ---------------------------------------------------------------------------------------------
    @staticmethod
    def _apply(job: Job, ev: dict, emit: EventCallback) -> None:
        """The one way the engine changes its job: the event it emits, applied by the job state's reducer."""
        jobstate.apply_event(job, ev)
        emit(ev)

    def _save(self, job: Job) -> None:
        if self.store is not None:
            self.store.save(job)

    def _publish(self, job: Job) -> None:
        """Persist the job and its status document (on state changes only).

        A status document that cannot be written (the disk is full) is written again at the job's end, once the
        partial outputs are gone; the store keeps the state meanwhile."""
        self._save(job)
        if job.renditions:
            try:
                status.write_status(job)
            except OSError as exc:
                log.warning("job %s: status.json not written: %s", job.id, exc)

    def _write_master(self, job: Job, variants: dict) -> str | None:
        """Write the master playlist of the encoded HLS renditions; the reason it could not be written, if so."""
        ready = [v for rid, v in variants.items() if (r := job.rendition(rid)) and r.status == ENCODED]
        if ready:
            try:
                subs = [t for t in (job.metadata or {}).get("subtitles") or [] if t.get("uri")]
                hls.write_master(os.path.join(job.out_dir, "hls", "master.m3u8"), ready, subs,
                                 (job.metadata or {}).get("audio"))
            except OSError as exc:
                log.warning("job %s: hls/master.m3u8 not written: %s", job.id, exc)
                return f"hls/master.m3u8 could not be written: {exc.strerror or exc}"
        return None

    # -- the job ---------------------------------------------------------------------------------------------
    def run(self, job: Job, on_event: EventCallback | None = None, cancel: threading.Event | None = None) -> int:
        """Run a job to its end; return the command-line exit status it maps to."""
        emit = on_event or (lambda e: None)
        cancel = cancel or threading.Event()
        lock = FolderLock(job.out_dir)
        try:
            make_writable_folder(job.out_dir, "the job folder")
            locked = lock.acquire()
        except (NotWritable, OSError) as exc:  # never left running: the job fails with the plain reason (exit 7)
            reason = str(exc) if isinstance(exc, NotWritable) else \
                f"the job folder {job.out_dir} cannot be written ({(exc.strerror or str(exc)).lower()})"
            return self._not_run(job, reason, EXIT_NOT_WRITABLE, emit, always_fail=True)
        if not locked:
            return self._not_run(job, f"the output folder {job.out_dir} is in use by another run (the window or "
                                      "another command); try again when it has finished", EXIT_BUSY, emit)
        try:
            return self._run(job, emit, cancel, lock)
        finally:
            lock.release()
            if job.status in (REJECTED, CANCELLED) and not job.playable:
                try:  # a rejected source, or a cancel before anything was encoded, leaves no folder (_remove_outputs)
                    os.rmdir(job.out_dir)
                except OSError:
                    pass

    def _not_run(self, job: Job, reason: str, code: int, emit: EventCallback, always_fail: bool = False) -> int:
        """The job could not start: nothing on disk is touched.

        A job queued to run now (a new one, or one the window queued again) fails with the reason rather than stay
        queued; a job stored in any other state keeps it: when its folder is busy, that state belongs to the run
        holding the folder, which may be running this very job. With `always_fail` (the folder cannot be written,
        so no run can be writing there) the job fails whatever its stored state."""
        stored = self.store.get(job.id) if self.store is not None else None
        ev = {"type": "job.finished", "jobId": job.id, "status": FAILED, "error": reason, "exitCode": code,
              "output": job.out_dir if os.path.isdir(job.out_dir) else None, "stats": None,
              "finishedAt": now_iso(), "summary": None}
        if always_fail or stored is None or stored.status == QUEUED:
            jobstate.apply_event(job, ev)
            self._save(job)
        else:  # the stored state belongs to the run holding the folder
            job.error, job.options.only = reason, None
        log.warning("job %s (%s) not run: %s", job.id, job.source, reason)
        emit(ev)
        return code

    def _run(self, job: Job, emit: EventCallback, cancel: threading.Event, lock: FolderLock) -> int:
        job.warnings = []
        ev = {"type": "job.started", "jobId": job.id, "source": job.source, "output": job.out_dir,
              "startedAt": now_iso()}
        jobstate.apply_event(job, ev)
        self._save(job)
        emit(ev)
        log.info("job %s started: %s -> %s", job.id, job.source, job.out_dir)
        try:
            check_local_file(job.source)
        except InputRejected as exc:
            return self._finish(job, REJECTED, str(exc), emit)

        clean_partials(job.out_dir)  # what an earlier run left: nobody else writes here while we hold the lock
        spec = {"source": job.source, "job_dir": job.out_dir, **job.options.to_dict()}
        if job.options.encoder == "auto":  # hardware only where the (cached) check says it works here
            from app.core import hwenc

            try:
                spec["hw_detection"] = None if hwenc.no_gpu_device() else hwaccel_report()
            except (OSError, ValueError) as exc:  # no answer: software, and the job goes on
                log.warning("job %s: the hardware check failed: %s", job.id, exc)
                spec["hw_detection"] = None
        # The worker shares the folder's lock (see app.core.lock): if this process is killed, the folder stays
        # locked until the worker, which writes there, has noticed and ended too.
        worker = _WorkerRun("encode", spec, f"worker-reader-{job.id}",
                            pass_fds=(lock.fd,) if lock.fd is not None and os.name == "posix" else ())

        progress: _Progress | None = None
        variants: dict[str, dict] = {}
        if job.options.only:  # the renditions kept from the earlier run stay in the master playlist
            for v in hls.read_master(os.path.join(job.out_dir, "hls", "master.m3u8")):
                rid = "hls:" + v["uri"].split("/")[0]
                if rid not in job.options.only and (r := job.rendition(rid)) and r.status == ENCODED:
                    variants[rid] = v
        error: dict | None = None
        finished = False
        started = time.monotonic()
        # What progress reporting cost, in the worker and here (the README's overhead figure).
        stats: dict[str, float | None] = {"progressSeconds": 0.0, "encodeSeconds": None, "wallSeconds": None}
        progress_seconds = 0.0
        try:
            for ev in worker.events(cancel):
                if ev is _WorkerRun.CANCELLED:
                    clean_partials(job.out_dir)
                    return self._finish(job, CANCELLED, "cancelled by the user", emit)
                kind = ev.get("ev")
                if kind == "plan":
                    progress = self._on_plan(job, ev, emit)
                elif kind == "decoder":
                    jobstate.apply_event(job, out := {"type": "job.decoder", "jobId": job.id, "decoder": ev["decoder"]})
                    self._save(job)
                    emit(out)
                elif kind == "analysis":  # per-title: the analysis before the plan (app.core.pertitle)
                    emit({"type": "job.analysis", "jobId": job.id, "stage": ev["stage"], "fraction": ev["fraction"]})
                elif kind == "progress" and progress is not None:
                    t = time.perf_counter()
                    self._on_progress(job, ev, progress, emit)
                    progress_seconds += time.perf_counter() - t
                elif kind == "segment":
                    self._on_segment(job, ev, emit)
                elif kind == "rendition_done":
                    self._on_done(job, ev, variants, emit)
                elif kind == "rendition_failed":
                    self._on_failed(job, ev["id"], ev["error"], emit)
                elif kind == "encoder_fallback":
                    self._on_fallback(job, ev, emit)
                elif kind in ("warning", "thumbnail_failed"):
                    message = ev.get("message") or f"thumbnail {ev['file']}: {ev['error']}"
                    self._apply(job, {"type": "job.warning", "jobId": job.id, "message": message}, emit)
                elif kind == "thumbnails_done" and not job.options.only:
                    jobstate.apply_event(job, out := {"type": "thumbnails.done", "jobId": job.id, "files": ev["files"]})
                    self._save(job)
                    emit(out)
                elif kind == "subtitles":  # app.core.subtitles: in the master playlist and status.json
                    job.metadata = {**(job.metadata or {}), "subtitles": ev["tracks"]}
                elif kind == "audio":  # app.core.audio: the audio renditions planned (the group of the master)
                    kept = {a["id"]: a for a in (job.metadata or {}).get("audio") or []} if job.options.only else {}
                    job.metadata = {**(job.metadata or {}), "audio": [
                        {**a, **{k: kept[a["id"]][k] for k in ("uri", "peak_bps", "average_bps", "size")
                                 if a["id"] in kept and k in kept[a["id"]]}} for a in ev["renditions"]]}
                elif kind == "audio_done":  # an audio rendition's own playlist is written
                    done = {"uri": ev["uri"], "peak_bps": ev["peak_bps"], "average_bps": ev["average_bps"],
                            "size": ev["size"]}
                    job.metadata = {**(job.metadata or {}), "audio": [
                        {**a, **done} if a["id"] == ev["rendition"]["id"] else a
                        for a in (job.metadata or {}).get("audio") or []]}
                    if variants:
                        self._write_master(job, variants)
                elif kind == "error":
                    error = ev
                elif kind == "finished":
                    finished = True
                    progress_seconds += ev.get("progress_seconds", 0.0)
                    stats["encodeSeconds"] = ev.get("elapsed")
            code = worker.proc.wait()
        except BaseException:
            worker.kill()
            clean_partials(job.out_dir)
            raise
        finally:
            tail = worker.stderr_tail()
        clean_partials(job.out_dir)
        stats["wallSeconds"] = round(time.monotonic() - started, 3)
        master_error = self._write_master(job, variants) if variants else None  # again, in case the disk was full
        stats["progressSeconds"] = round(progress_seconds, 4)

        if error is not None:
            outcome = REJECTED if error["kind"] in ("rejected", "usage") else FAILED
            result = self._finish(job, outcome, error["message"], emit, stats)
            return EXIT_USAGE if error["kind"] == "usage" else result
        if not finished or code != 0:
            reason = _signal_reason(code) if code != 0 else "the media worker ended without finishing"
            log.warning("job %s: the media worker ended with status %s; its last output:\n%s", job.id, code,
                        tail[-2000:])
            last = [ln for ln in tail.splitlines() if ln.strip()][-1:]
            if last and code > 0:
                reason += f": {last[0][:200]}"
            return self._finish(job, FAILED, reason, emit, stats)
        if master_error is not None:  # encoded HLS renditions no playlist leads to: to do again (--failed-only)
            for r in job.renditions:
                if r.type == "hls" and r.status == ENCODED:
                    self._on_failed(job, r.id, master_error, emit)
        failed = [r for r in job.renditions if r.status != ENCODED]
        for r in failed:
            if r.status != R_FAILED:
                self._on_failed(job, r.id, "the encoder produced no output", emit)
        if not failed:
            return self._finish(job, COMPLETED, None, emit, stats)
        return self._finish(job, PARTIAL if len(failed) < len(job.renditions) else FAILED,
                            f"{len(failed)} of {len(job.renditions)} renditions failed", emit, stats)

    def _on_plan(self, job: Job, ev: dict, emit: EventCallback) -> _Progress:
        source = SourceInfo.from_dict(ev["source"])
        job.metadata = {**(job.metadata or {}), **source.metadata()}  # keeps what the window added (the poster)
        encoders = ev.get("encoders") or {}
        planned = [
            RenditionState(id=r["id"], type=r["type"], quality=r["quality"], width=r["width"], height=r["height"],
                           bitrate=r["video_kbps"], status=ENCODING, predicted=r.get("predicted"),
                           encoder=(encoders.get(r["id"]) or {}).get("encoder"),
                           encoder_note=(encoders.get(r["id"]) or {}).get("note"))
            for r in ev["plan"]["renditions"]
        ]
        if job.options.only:  # a retry of some renditions: the others keep their state and outputs
            by_id = {r.id: r for r in planned}
            job.renditions = [by_id.pop(r.id, r) for r in job.renditions] + list(by_id.values())
        else:
            job.renditions = planned
        out = {"type": "job.planned", "jobId": job.id, "metadata": job.metadata, "plan": ev["plan"],
               "renditions": [r.to_dict() for r in job.renditions], "thumbnails": ev["thumbnails"],
               "warnings": ev["plan"]["warnings"]}
        analysis = ev["plan"].get("analysis")
        if analysis:  # per-title: kept in the job folder for the window's chart after a restart
            try:
                pertitle.save_analysis(job.out_dir, analysis)
            except OSError as exc:
                log.warning("could not write the per-title analysis: %s", exc)
        jobstate.apply_event(job, out)
        self._publish(job)
        emit(out)
        return _Progress(source.frames, source.framerate)

    def _on_progress(self, job: Job, ev: dict, progress: _Progress, emit: EventCallback) -> None:
        rows = [progress.row(r, ev["encoded"].get(r.id) if r.status == ENCODING else None) for r in job.renditions]
        out = {"type": "job.progress", "jobId": job.id, "mediaTime": ev["media_time"], "renditions": rows}
        jobstate.apply_event(job, out)
        out["fraction"] = round(jobstate.progress(job), 4)
        emit(out)

    @staticmethod
    def _on_segment(job: Job, ev: dict, emit: EventCallback) -> None:
        """``rendition.segment``: an HLS rendition being encoded can be played so far (its growing EVENT playlist,
        under the partial name until it is whole). Not stored: only a run's."""
        r = job.rendition(ev["id"])
        if r is None or r.status != ENCODING:
            return
        out = {"type": "rendition.segment", "jobId": job.id, "encoding": r.type, "quality": r.quality,
               "path": ev["path"], "segments": ev["segments"], "mediaSeconds": ev["seconds"]}
        jobstate.apply_event(job, out)
        emit(out)

    def _on_done(self, job: Job, ev: dict, variants: dict, emit: EventCallback) -> None:
        r = job.rendition(ev["id"])
        if r is None:
            return
        jobstate.apply_event(job, out := {"type": "rendition.encoded", "jobId": job.id, "encoding": r.type,
                                          "quality": r.quality, "size": ev["size"], "path": ev["path"],
                                          "encoder": ev.get("encoder"), "encoderNote": ev.get("encoder_note")})
        if r.type == "hls":
            variants[r.id] = {"uri": f"{r.quality}/index.m3u8", "width": r.width, "height": r.height,
                              "peak_bps": ev["peak_bps"], "average_bps": ev["average_bps"], "codecs": ev["codecs"],
                              "frame_rate": (job.metadata or {}).get("framerate") or 25}
            if ev.get("iframe_uri"):  # its I-frame playlist (trick play), listed beside it
                variants[r.id].update(iframe_uri=f"{r.quality}/{ev['iframe_uri']}",
                                      iframe_peak_bps=ev["iframe_peak_bps"],
                                      iframe_average_bps=ev["iframe_average_bps"])
            self._write_master(job, variants)
        self._publish(job)
        emit(out)
        emit(status.quality_completed(job, r))

    def _on_fallback(self, job: Job, ev: dict, emit: EventCallback) -> None:
        """A hardware encoder failed (to open, or mid-encode): its renditions go on in software."""
        for rid in ev["ids"]:
            r = job.rendition(rid)
            if r is None:
                continue
            jobstate.apply_event(job, out := {"type": "rendition.fallback", "jobId": job.id, "encoding": r.type,
                                              "quality": r.quality, "from": ev["from"], "encoder": ev["to"],
                                              "stage": ev["stage"], "reason": ev["reason"]})
            emit(out)
        message = f"hardware encoder {ev['reason']}"
        if message not in job.warnings:  # once for the job, not once per group
            self._apply(job, {"type": "job.warning", "jobId": job.id, "message": message}, emit)
        self._publish(job)

    def _on_failed(self, job: Job, rid: str, error: str, emit: EventCallback) -> None:
        r = job.rendition(rid)
        if r is None:
            return
        jobstate.apply_event(job, out := {"type": "rendition.failed", "jobId": job.id, "encoding": r.type,
                                          "quality": r.quality, "error": error})
        self._publish(job)
        emit(out)

    def _finish(self, job: Job, outcome: str, error: str | None, emit: EventCallback, stats: dict | None = None) -> int:
        codes: dict[str, int] = {COMPLETED: EXIT_OK, CANCELLED: EXIT_CANCELLED, REJECTED: EXIT_REJECTED}
        code = codes.get(outcome, EXIT_FAILED)
        # A rejected source, or a job cancelled before anything was encoded, names no folder: it leaves none (see
        # _remove_outputs and run).
        gone = outcome in (REJECTED, CANCELLED) and not job.playable
        ev = {"type": "job.finished", "jobId": job.id, "status": outcome, "error": error, "exitCode": code,
              "output": None if gone else job.out_dir, "stats": stats,
              "finishedAt": now_iso()}
        jobstate.apply_event(job, ev)  # unfinished renditions failed: said in the reducer only
        summary = jobstate.summary(job) if outcome != REJECTED else None
        ev["summary"] = summary.to_dict() if summary else None
        if gone:
            self._save(job)
            self._remove_outputs(job)
        elif job.renditions:
            self._publish(job)
        else:
            self._save(job)
        if outcome == CANCELLED:
            self._remove_empty_folders(job)
        failed = [f"{r.id}: {r.error}" for r in job.renditions if r.status == R_FAILED]
        log.log(logging.INFO if outcome in (COMPLETED, CANCELLED) else logging.WARNING,
                "job %s (%s) %s%s%s", job.id, job.source, outcome, f": {error}" if error else "",
                "".join(f"\n  {f}" for f in failed))
        emit(ev)
        return code

    @classmethod
    def _remove_outputs(cls, job: Job) -> None:
        """A rejected source, or a job cancelled before any rendition was encoded, leaves nothing behind: its status
        document and the folders it made, if empty.

        Finished outputs of an earlier run of the same name are left alone. The job folder itself goes once its
        lock is released (`run`)."""
        if job.renditions:  # this run wrote the status document
            try:
                os.remove(os.path.join(job.out_dir, "status.json"))
            except OSError:
                pass
        cls._remove_empty_folders(job)

    @staticmethod
    def _remove_empty_folders(job: Job) -> None:
        """The output folders this job made and left empty (``hls/240p/``, ``hls/``, ``mp4/``, ``thumbnails/``)."""
        for sub in [os.path.join("hls", r.quality) for r in job.renditions if r.type == "hls"] + \
                ["hls", "mp4", "thumbnails"]:
            try:
                os.rmdir(os.path.join(job.out_dir, sub))
            except OSError:
                pass


def measure_isolated(source: str, renditions: list[tuple[str, str]], *, rotation: int = 0, duration: float = 0.0,
                     mode: str = "sampled", metrics: tuple[str, ...] | None = None,
                     on_event: EventCallback | None = None, cancel: threading.Event | None = None) -> dict:
    """Measure renditions (id, path) against `source` in the media worker (``worker quality``).

    Returns ``{"results": {id: {"quality": {...}, "series": {...}} or {"error": reason}}, "vmaf": sentence}``
    (`series`: the per-frame scores, `RenditionQuality.series`). `on_event` gets ``{"id", "quality", "series"}``
    or ``{"id", "error"}`` as each rendition ends. They are measured together (the source
    decoded once); a worker that crashes is started again measuring them one by one, and a crash then fails that
    rendition with a plain reason while a fresh worker measures the rest."""
    emit = on_event or (lambda e: None)
    cancel = cancel or threading.Event()
    results: dict[str, dict] = {}
    vmaf = None
    todo = list(renditions)
    together = True
    while todo:
        spec = {"source": source, "rotation": rotation, "duration": duration, "mode": mode, "together": together,
                "metrics": list(metrics) if metrics else None,
                "renditions": [{"id": rid, "path": path} for rid, path in todo]}
        worker = _WorkerRun("quality", spec, "quality-reader")
        current: str | None = None
        try:
            for ev in worker.events(cancel):
                if ev is _WorkerRun.CANCELLED:
                    return {"results": results, "vmaf": vmaf, "cancelled": True}
                kind = ev.get("ev")
                if kind == "measuring":
                    current = ev["id"]
                elif kind in ("rendition_quality", "rendition_quality_failed"):
                    out = ({"quality": ev["quality"], "series": ev.get("series") or {}}
                           if kind == "rendition_quality" else {"error": ev["error"]})
                    results[ev["id"]] = out
                    emit({"id": ev["id"], **out})
                    current = None
                elif kind == "finished":
                    vmaf = ev.get("vmaf")
            code = worker.proc.wait()
        except BaseException:
            worker.kill()
            raise
        finally:
            worker.stderr.close()
        todo = [(rid, path) for rid, path in todo if rid not in results]
        if todo and together:  # a crash measuring them together: again one by one, to know which file did it
            together = False
            continue
        if todo:  # the worker stopped on `current` (or before the first): that one fails, the rest go on
            failed = current or todo[0][0]
            results[failed] = {"error": _signal_reason(code) if code else "the media worker ended without finishing"}
            emit({"id": failed, **results[failed]})
            todo = [(rid, path) for rid, path in todo if rid != failed]
    return {"results": results, "vmaf": vmaf}
