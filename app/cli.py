"""`rendition-studio` from a terminal: the same core as the window (which it opens when given no command).

Exit statuses: 0 every rendition encoded; 2 bad usage; 3 input rejected; 4 at least one rendition failed;
6 the job or its output folder is in use; 7 a folder cannot be written (or the job store is a newer version's);
130 cancelled (Ctrl-C).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Callable

from app import __version__
from app.terminal import Interrupt
from app.core import errors
from app.core.errors import RenditionError, UsageError
from app.core.units import format_eta, format_size
from app.core.worker import WORKER_ARG

ENCODER_PRESET_HELP = "x264 speed preset (default: the ladder preset's, veryfast for 'default')"


def _json_line(obj) -> None:
    sys.stdout.write(json.dumps(obj, separators=(",", ":")) + "\n")
    sys.stdout.flush()



# -- probe ---------------------------------------------------------------------------------------------------
def cmd_probe(args) -> int:
    from app.core.engine import probe_isolated

    info = probe_isolated(args.file)
    meta = info.metadata()
    if args.json:
        _json_line(meta)
        return 0
    labels = [("width", "Width"), ("height", "Height"), ("aspectRatio", "Aspect ratio"), ("duration", "Duration (s)"),
              ("framerate", "Frame rate"), ("bitrate", "Bitrate (kb/s)"), ("videoCodec", "Video codec"),
              ("audioCodec", "Audio codec"), ("samplerate", "Sample rate"), ("filesize", "File size (bytes)")]
    print(f"{info.path}")
    for key, label in labels:
        value = meta[key]
        print(f"  {label:<18} {'-' if value is None else value}")
    if info.rotation:
        print(f"  {'Rotation':<18} {info.rotation}° (applied)")
    return 0


# -- encode --------------------------------------------------------------------------------------------------
class _Display:
    """Progress on a terminal: one line per rendition, redrawn in place.

    It reads the job's state (`job`, which the engine has applied each event to before it is shown here)."""

    def __init__(self, stream, job):
        self.stream, self.job = stream, job
        self.tty = stream.isatty()
        self.lines = 0
        self.last_draw = 0.0

    def event(self, ev: dict) -> None:
        t = ev["type"]
        if t == "job.planned":
            m = ev["metadata"]
            self._print(f"  source: {m['width']}x{m['height']} {m['framerate']} fps, "
                        f"{m['duration']} s, {m['videoCodec']}/{m['audioCodec'] or 'no audio'}")
            for w in ev["warnings"]:
                self._print(f"  note: {w}")
            if ev["plan"].get("ladder") == "per-title" and ev["plan"].get("analysis"):
                a = ev["plan"]["analysis"]
                self._print(f"  per-title ladder ({len(a['points'])} sample encodes in {a['seconds']:.1f} s, "
                            f"{a['metric'].upper()}):")
                for r in ev["plan"]["renditions"]:
                    p = r.get("predicted") or {}
                    self._print(f"    {r['type']} {r['quality']:>6} {r['width']}x{r['height']} {r['video_kbps']} kb/s"
                                + (f" CRF {r['crf']:g}" if r.get("crf") is not None else "")
                                + (f"  predicted {p['metric'].upper()} {p[p['metric']]:.1f} dB" if p else ""))
        elif t == "job.analysis":  # per-title: sample encodes measured before the plan
            if self.tty:
                self._redraw([f"  analysing {self._bar(ev['fraction'])} {ev['fraction'] * 100:5.1f}%  {ev['stage']}"])
            elif ev["stage"] in ("encoding", "measuring") and ev["stage"] != getattr(self, "_stage", None):
                self._stage = ev["stage"]
                self._print(f"  analysing: {ev['stage']} sample windows")
        elif t == "job.decoder":
            self._print(f"  decoding: {ev['decoder']}")
        elif t == "job.warning":
            self._print(f"  warning: {ev['message']}")
        elif t == "job.progress" and self.tty:
            now = time.monotonic()
            if now - self.last_draw < 0.2:
                return
            self.last_draw = now
            rows = [f"  {r.type:>3} {r.quality:>6}  {self._bar(r.progress)} {r.progress * 100:5.1f}%  "
                    f"{r.fps:6.1f} fps  {r.speed:5.2f}x  ETA {format_eta(r.eta)}  {r.status}"
                    for r in self.job.renditions]
            self._redraw(rows)
        elif t == "rendition.encoded":
            by = f"  ({ev['encoder']})" if ev.get("encoder") not in (None, "libx264") else ""  # hardware
            self._print(f"  encoded {ev['encoding']} {ev['quality']}: {format_size(ev['size'], '-')}  {ev['path']}{by}")
        elif t == "rendition.failed":
            self._print(f"  FAILED  {ev['encoding']} {ev['quality']}: {ev['error']}")
        elif t == "job.finished":  # a rejected file (or a cancel before anything was encoded) leaves no folder
            from app.core.jobstate import describe_summary, summary

            figures = describe_summary(summary(self.job)) if ev.get("summary") else ""
            self._print(f"  {ev['status']}" + (f": {ev['error']}" if ev["error"] else "")
                        + (f"  ->  {ev['output']}" if ev.get("output") else "") + (f"  ({figures})" if figures else ""))

    @staticmethod
    def _bar(fraction: float, width: int = 20) -> str:
        n = int(round(fraction * width))
        return "[" + "#" * n + "." * (width - n) + "]"

    def _clear(self):
        if self.tty and self.lines:
            self.stream.write(f"\x1b[{self.lines}F\x1b[J")
            self.lines = 0

    def _redraw(self, rows):
        self._clear()
        self.stream.write("\n".join(rows) + "\n")
        self.stream.flush()
        self.lines = len(rows)

    def _print(self, text: str):
        self._clear()
        self.stream.write(text + "\n")
        self.stream.flush()


def _encode_options(args):
    from app.core.ladder import PRESETS
    from app.core.options import build_options

    if args.renditions is not None and not args.renditions.strip():
        raise UsageError("--renditions: empty list (leave the option out for the preset's ladder)")
    user = None  # a user preset: its values stand for the options not given
    if args.preset not in PRESETS:
        from app.core.presets import PresetLibrary

        library = PresetLibrary()
        name = args.preset or library.default
        user = None if name in PRESETS else library.get(name)
        preset = user.base if user else name
    else:
        preset = args.preset

    def given(value, field: str, default):
        return value if value is not None else getattr(user, field) if user else default

    options = build_options(preset=preset, renditions=given(args.renditions, "renditions", None),
                         formats=given(args.formats, "formats", "hls,mp4"),
                         encoder_preset=given(args.encoder_preset, "encoder_preset", None) or None,
                         segment_seconds=given(args.segment_seconds, "segment_seconds", 6.0),
                         thumbnails=given(args.thumbnails, "thumbnails", None),
                         hwaccel=given(args.hwaccel, "hwaccel", "auto"), share_encodes=not args.separate_encodes,
                         rate_control=given(args.rate_control, "rate_control", None) or None,
                         crf=given(args.crf, "crf", None), ladder=args.ladder,
                         encoder=given(args.encoder, "encoder", "auto"), codecs=given(args.codecs, "codecs", "h264"),
                         hls_segments=given(args.hls_segments, "hls_segments", "ts"))
    from app.core.subtitles import check_choice, check_file

    options.subtitles = check_choice(args.subtitles)
    options.subtitle_files = [check_file(f) for f in args.subtitle] or None
    from app.core import audio

    options.audio = audio.check_choice(args.audio)
    options.audio_bitrate = audio.check_bitrate(args.audio_bitrate)
    options.audio_channels = audio.check_channels(args.audio_channels)
    options.loudness = audio.check_loudness(args.loudness)
    return options


def _report_path(report: str | None, job, several: bool) -> str | None:
    """`--report FILE` of an encode: FILE, or FILE-<job name>.html for each of several sources."""
    if not report or not several:
        return report
    stem, ext = os.path.splitext(report)
    return f"{stem}-{job.name}{ext or '.html'}"


def _run_jobs(jobs, store, as_json: bool, quality: str = "off", report: str | None = None) -> int:
    from app.core.engine import Engine

    engine = Engine(store)
    worst = errors.EXIT_OK
    on_event: Callable[[dict], None]
    with Interrupt() as interrupt:
        for job in jobs:
            if as_json:
                on_event = _json_line
            else:
                display = _Display(sys.stderr, job)
                print(f"{job.source}", file=sys.stderr)
                on_event = display.event
            code = engine.run(job, on_event, interrupt.cancel)
            if code == errors.EXIT_CANCELLED:
                return code
            if quality != "off" and job.playable and os.path.isdir(job.out_dir):
                code = max(code, measure_job(job.out_dir, job.source, quality, as_json, job=job, store=store,
                                             cancel=interrupt.cancel,
                                             report=_report_path(report, job, len(jobs) > 1)))
                if code == errors.EXIT_CANCELLED:
                    return code
            worst = max(worst, code)
    return worst


def _open_store(read_only_ok: bool = False):
    """The job store; with `read_only_ok`, a data folder that cannot be written is read as it is (`jobs`)."""
    from app.core.store import JobStore

    try:
        store = JobStore()
    except errors.NotWritable:
        if not read_only_ok:
            raise
        store = JobStore(read_only=True)
    for job in store.interrupted:
        print(f"note: job {job.id} ({job.source}) was interrupted; run `rendition-studio retry {job.id}` to finish it",
              file=sys.stderr)
    return store


def _output_root(out: str) -> str:
    """Make `--out` and check that it can be written, before any job is created: a file in the way is bad
    usage (exit 2), a folder that cannot be written `NotWritable` (exit 7)."""
    from app.core.store import make_writable_folder

    head = os.path.abspath(out)
    while not os.path.exists(head) and os.path.dirname(head) != head:
        head = os.path.dirname(head)
    if os.path.exists(head) and not os.path.isdir(head):
        where = "" if head == os.path.abspath(out) else f": {head}"
        raise UsageError(f"--out {out}{where} is a file, not a folder")
    return make_writable_folder(os.path.abspath(out), "the output folder")


def cmd_encode(args) -> int:
    from app.core.jobs import Job
    from app.core.lock import folder_in_use
    from app.core.probe import check_not_url

    options = _encode_options(args)
    if args.report and args.quality == "off":
        raise UsageError("--report needs --quality sampled or full")
    for path in args.files:  # before a job's absolute path makes a URL look like a missing local file
        check_not_url(path)
    store = _open_store()
    _output_root(args.out)
    jobs = []
    taken: set[str] = set()
    for path in args.files:
        # Two sources with the same name in one run keep both outputs; so does a folder another run is writing.
        job = Job.create(path, args.out, options, taken=taken)
        busy = None
        while folder_in_use(job.out_dir):
            busy = busy or job.out_dir
            taken.add(job.name)
            job = Job.create(path, args.out, options, taken=taken)
        if busy:
            print(f"note: {busy} is in use by another run; writing {job.out_dir} instead", file=sys.stderr)
        taken.add(job.name)
        job.origin = "cli"
        store.save(job)
        jobs.append(job)
    return _run_jobs(jobs, store, args.json, args.quality, args.report)


def cmd_retry(args) -> int:
    from app.core.jobs import RUNNING
    from app.core.lock import folder_in_use

    store = _open_store()
    job = store.find(args.job)
    if job is None:
        raise UsageError(f"no job {args.job!r} (see `rendition-studio jobs`)")
    # A job running elsewhere, or whose folder another run is writing, is not run again (exit 6). Jobs of
    # processes that are gone were marked `interrupted` when the store opened: `running` here means running.
    if job.status == RUNNING:
        raise errors.Busy(f"job {job.id} is running (in the window or another command); "
                          "retry it when it has finished, or cancel it there")
    if folder_in_use(job.out_dir):
        raise errors.Busy(f"{job.out_dir} is in use by another run; retry job {job.id} when that run has finished")
    if args.failed_only:
        failed = job.failed_renditions()
        if not failed:
            raise UsageError(f"job {job.id} has no failed rendition (its status: {job.status})")
        job.prepare_retry(failed)
    else:
        job.prepare_retry()
    return _run_jobs([job], store, args.json)


def cmd_jobs(args) -> int:
    from app.core.jobstate import describe_summary, summary

    store = _open_store(read_only_ok=True)
    jobs = store.list()
    if args.json:
        for job in jobs:
            done = summary(job)
            _json_line({"id": job.id, "source": job.source, "status": job.status, "output": job.out_dir,
                        "createdAt": job.created_at, "finishedAt": job.finished_at, "decoder": job.decoder,
                        "error": job.error, "summary": done.to_dict() if done else None,
                        "renditions": [{"encoding": r.type, "quality": r.quality, "status": r.status}
                                       for r in job.renditions]})
        return 0
    if not jobs and not store.unreadable:
        print("no jobs yet")
    for job in jobs:
        done = sum(r.status == "encoded" for r in job.renditions)
        print(f"{job.id}  {job.status:<11} {done}/{len(job.renditions)} encoded  {job.created_at[:19]}  {job.source}")
        if job.status != "rejected" and (figures := describe_summary(summary(job))):
            print(f"    {figures}")
        if job.error:
            print(f"    {job.error}")
    for job_id, reason in store.unreadable.items():
        print(f"{job_id}  {'unreadable':<11} {reason}")
    return 0


# -- quality -------------------------------------------------------------------------------------------------
def _fmt_score(v, digits: int) -> str:
    return "inf" if v is None else f"{v:.{digits}f}"


def _quality_row(rid: str, result: dict, predicted: dict | None = None) -> str:
    """One rendition's measured scores; a per-title rung's `predicted` quality (``{"metric": "xpsnr", "xpsnr":
    dB, ...}``) beside the measured score in its metric."""
    kind, q = rid.split(":", 1)
    if "error" in result:
        return f"  {kind:>3} {q:>6}  not measured: {result['error']}"
    m = result["quality"]
    s, p = m["scores"].get("ssim"), m["scores"].get("psnr")
    cols = []
    cols.append("SSIM " + (" / ".join(_fmt_score(s[k], 4) for k in ("mean", "p5", "min")) if s else "-"))
    cols.append("PSNR " + (" / ".join(_fmt_score(p[k], 2) for k in ("mean", "p5", "min")) + " dB" if p else "-"))
    if "xpsnr_y" in m["scores"]:
        x = m["scores"]["xpsnr_y"]
        from app.core.pertitle import predicted_score

        guess = predicted_score(predicted)
        cols.append("XPSNR " + " / ".join(_fmt_score(x[k], 2) for k in ("mean", "p5", "min")) + " dB"
                    + (f" (predicted {guess[1]:.1f})" if guess and guess[0] == "xpsnr_y" else ""))
    cols.append(f"{m['bitrate'] / 1000:7.0f} kb/s" if m.get("bitrate") else "   - kb/s")
    worst = (s or p or {}).get("worst") or []
    line = f"  {kind:>3} {q:>6}  " + "   ".join(cols)
    if worst:
        line += "\n              worst: " + ", ".join(f"{t:.0f}s {_fmt_score(v, 4 if s else 2)}" for t, v in worst)
    return line


def measure_job(job_dir: str, source: str, mode: str, as_json: bool, metrics=None, job=None, store=None,
                cancel=None, report: str | None = None) -> int:
    """Measure every rendition in `job_dir` against `source` (`app.core.measure`); print the results, or emit
    them as JSON lines. With a `job`, its scores are kept in `store` too; with `report`, the HTML report is
    written there (`app.core.report`)."""
    from app.core.measure import measure_outputs

    if not as_json:
        print(f"quality of {job_dir} against {source} ({mode}):")
        print("  scores: mean / 5th percentile / minimum; worst: the lowest one-second windows (start, mean SSIM)")

    def on_event(ev: dict) -> None:
        if as_json:
            _json_line(ev)
        elif ev["type"] == "rendition.quality":
            rid = f"{ev['encoding']}:{ev['quality']}"
            r = job.rendition(rid) if job is not None else None
            print(_quality_row(rid, {"quality": ev["scores"]} if "scores" in ev else ev, r.predicted if r else None),
                  flush=True)

    outcome = measure_outputs(job_dir, source, mode=mode, metrics=metrics, job=job, store=store, on_event=on_event,
                              cancel=cancel)
    if outcome.cancelled:
        return errors.EXIT_CANCELLED
    if outcome.note:
        print(f"note: {outcome.note}", file=sys.stderr)
    if not as_json and outcome.vmaf:
        print(f"  {outcome.vmaf}")
    code = errors.EXIT_FAILED if outcome.failed else errors.EXIT_OK
    if report:
        from app.core.report import write_report

        try:
            write_report(job_dir, report, source=source, results=outcome.results, mode=outcome.mode,
                         vmaf=outcome.vmaf)
        except OSError as exc:
            print(f"error: the report could not be written: {exc}", file=sys.stderr)
            return errors.EXIT_FAILED
        if as_json:
            _json_line({"type": "quality.report", "path": os.path.abspath(report), "jobDir": job_dir})
        else:
            print(f"  report: {os.path.abspath(report)}")
    return code


def cmd_quality(args) -> int:
    target = args.target
    job = store = None
    if os.path.isdir(target):
        job_dir = os.path.abspath(target)
        try:
            store = _open_store(read_only_ok=True)
            job = next((j for j in store.list() if os.path.realpath(j.out_dir) == os.path.realpath(job_dir)), None)
        except RenditionError:
            job = None
    else:
        store = _open_store(read_only_ok=True)
        job = store.find(target)
        if job is None:
            raise UsageError(f"{target} is neither an output folder nor a job id (see `rendition-studio jobs`)")
        job_dir = job.out_dir
        if not os.path.isdir(job_dir):
            raise UsageError(f"job {job.id}'s output folder {job_dir} is gone")
    source = args.source or (job.source if job else None)
    if not source:
        raise UsageError(f"no job in the store wrote {job_dir}: name its source with --source FILE")
    if job is not None and os.path.realpath(source) != os.path.realpath(job.source):
        job = None  # measured against another file: not the job's scores
    metrics = ("psnr", "ssim", "xpsnr") if args.xpsnr else None
    with Interrupt() as interrupt:
        return measure_job(job_dir, source, "full" if args.full else "sampled", args.json, metrics, job=job,
                           store=store if store is not None and not store.read_only else None,
                           cancel=interrupt.cancel, report=args.report)


# -- hwaccel -------------------------------------------------------------------------------------------------
def cmd_hwaccel(args) -> int:
    from app.core.engine import hwaccel_report

    from app.core import hwenc

    report = hwaccel_report(recheck=args.recheck)
    if args.json:
        _json_line(report)
        return 0
    print("Decoders")
    print(f"  device types offered by PyAV's FFmpeg: {', '.join(report['offered']) or 'none'}")
    for d in report["devices"]:
        if d["works"]:
            codecs = ", ".join(c for c, ok in d["codecs"].items() if ok)
            print(f"  {d['type']:<8} works: decodes {codecs}")
        else:
            print(f"  {d['type']:<8} does not work here: {d['error']}")
    print(f"  --hwaccel auto uses: {report['usable'][0] if report['usable'] else 'software decoding'}")
    print("Encoders")
    for e in report.get("encoders") or []:
        print(f"  {e['name']:<11} " + ("works (" + ", ".join(e["sizes"]) + ")" if e["works"]
                                       else f"does not work here: {e['reason']}"))
    works = hwenc.working_families(report)
    family = next((f for f in hwenc.FAMILIES if works.get(f, "") is None), None)
    print(f"  --encoder auto uses: {hwenc.encoder_name(family) if family else 'software (libx264)'}")
    when = report.get("checkedAt") or "?"
    print(f"Checked {when}" + (" (kept from then; --recheck tries again)" if report.get("cached") else ""))
    if report.get("error"):
        print(f"The check did not finish: {report['error']}")
    return 0


def cmd_presets(args) -> int:
    from app.core.presets import PresetLibrary

    library = PresetLibrary()
    action = getattr(args, "presets_command", None)
    if action == "export":
        library.export([args.name], args.file)
        print(f"exported {args.name!r} to {args.file}")
        return 0
    if action == "import":
        for old, new in library.import_file(args.file):
            print(f"imported {new!r}" + (f" (a preset called {old!r} exists already)" if old != new else ""))
        return 0
    for name in library.names():
        mark = "*" if name == library.default else " "
        kind = "built-in" if library.find(name) is None else "user"
        print(f"{mark} {name:<16} {kind:<8}  {library.description(name)}")
    return 0


# -- parser --------------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    from app.core.ladder import DEFAULT_PRESET, PRESETS, X264_PRESETS

    from app.core.hwenc import CHOICES as HW_ENCODER_CHOICES
    from app.core.options import HWACCEL_CHOICES

    parser = argparse.ArgumentParser(prog="rendition-studio", description="Plan, encode and check video renditions.")
    parser.add_argument("--version", action="version", version=f"rendition-studio {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("probe", help="print a source's metadata (api.video encoding.metadata shape)")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=cmd_probe)

    e = sub.add_parser("encode", help="encode files to an HLS ladder, an MP4 and thumbnails")
    e.add_argument("files", nargs="+", metavar="FILE")
    e.add_argument("--out", required=True, metavar="DIR", help="output folder; each file gets DIR/<name>/")
    e.add_argument("--renditions", metavar="LIST", help="e.g. 240p,720p or 360p:800k,1080p:5M (default: the preset's)")
    e.add_argument("--formats", metavar="LIST", help="hls, mp4 or both (default: hls,mp4)")
    e.add_argument("--preset", metavar="NAME",
                   help=f"{', '.join(PRESETS)} or a preset of your own (see `presets`; default: the default preset, "
                        f"{DEFAULT_PRESET} unless set otherwise)")
    e.add_argument("--thumbnails", metavar="SPEC",
                   help="TIME[/RES,..][/jpg,webp][/none,blur], several joined by ';', VideoSDK JSON or @file.json; "
                        "'none' for no thumbnails (default: 00:00:03/360/jpg/none)")
    e.add_argument("--encoder-preset", choices=X264_PRESETS, help=ENCODER_PRESET_HELP)
    e.add_argument("--segment-seconds", type=float, metavar="S", help="HLS segment length (default 6)")
    e.add_argument("--hwaccel", choices=HWACCEL_CHOICES,
                   help="hardware decoding (default auto: a working device, else software)")
    e.add_argument("--encoder", choices=HW_ENCODER_CHOICES,
                   help="video encoder (default auto: a hardware encoder the check found working here, else "
                        "software); a hardware one that fails goes on in software")
    e.add_argument("--codecs", metavar="LIST",
                   help="HLS ladders per video codec: h264, hevc, av1 (default h264); HEVC and AV1 in fMP4 "
                        "segments; the MP4 is in the first one")
    e.add_argument("--hls-segments", choices=("ts", "fmp4"),
                   help="the H.264 ladder's HLS segments: ts (MPEG-TS, default) or fmp4 (fragmented MP4, CMAF, as "
                        "HEVC and AV1: less overhead at low bitrates, needs iOS 10 / macOS 10.12 or newer players)")
    e.add_argument("--separate-encodes", action="store_true",
                   help="encode the MP4 on its own even when its settings match the top HLS rung (slower)")
    e.add_argument("--rate-control", choices=("abr", "crf"),
                   help="abr: each rung's bitrate; crf: constant quality (x264 CRF) capped at each rung's maxrate "
                        "(default: the preset's, abr except per-title)")
    e.add_argument("--crf", type=float, metavar="N", help="the CRF for --rate-control crf, 0-51 (default 23)")
    e.add_argument("--ladder", choices=("fixed", "per-title"),
                   help="fixed: the preset's rungs; per-title: rungs and bitrates chosen from this source's measured "
                        "quality (default: the preset's)")
    e.add_argument("--quality", choices=("off", "sampled", "full"), default="off",
                   help="measure each rendition against the source after the encode (default off)")
    e.add_argument("--report", metavar="FILE", help="with --quality: also write the HTML quality report "
                                                    "(FILE-<name>.html for each of several sources)")
    e.add_argument("--subtitles", default="auto", metavar="auto|none|LANG,..",
                   help="subtitle tracks to publish: auto (every text track of the source and sidecar .srt/.vtt "
                        "file beside it, the default), none, or only these languages (e.g. de,en)")
    e.add_argument("--subtitle", action="append", default=[], metavar="FILE[:LANG]",
                   help="an extra .srt or .vtt subtitle file (repeatable); LANG e.g. de (default: from the name)")
    e.add_argument("--audio", default="auto", metavar="auto|none|first|LANG_OR_N,..",
                   help="audio tracks to publish: auto (every track, the default), none, first, or languages and "
                        "track numbers from 0 (e.g. de,en or 0,2); the first is in every video rendition, the others "
                        "are HLS audio renditions and extra MP4 tracks")
    e.add_argument("--audio-bitrate", metavar="KBPS", help="AAC bit rate per stereo rendition, e.g. 128k "
                                                           "(default: the preset's)")
    e.add_argument("--audio-channels", default="stereo", choices=("stereo", "mono", "keep"),
                   help="stereo (default; a 5.1 track also gets an AC-3 5.1 HLS rendition), mono, or keep the "
                        "source's channels (5.1 as AAC 5.1)")
    e.add_argument("--loudness", default="off", metavar="off|LUFS",
                   help="normalize the loudness to this EBU R128 target, e.g. -16 or -14 (default off)")
    e.add_argument("--json", action="store_true", help="events as JSON lines on stdout")
    e.set_defaults(func=cmd_encode)

    q = sub.add_parser("quality", help="measure each rendition against its source (SSIM, PSNR; XPSNR on request)")
    q.add_argument("target", metavar="DIR_OR_JOB_ID", help="an output folder (DIR/<name>) or a job id")
    q.add_argument("--full", action="store_true", help="every frame (default: sampled, about 20%% of the duration)")
    q.add_argument("--xpsnr", action="store_true", help="also XPSNR (slower)")
    q.add_argument("--source", metavar="FILE", help="the source (default: the job's, from the job store)")
    q.add_argument("--json", action="store_true", help="rendition.quality events as JSON lines on stdout")
    q.add_argument("--report", metavar="FILE", help="also write a self-contained HTML report (table, charts, "
                                                    "per-frame plots, worst moments with pictures)")
    q.set_defaults(func=cmd_quality)

    h = sub.add_parser("hwaccel", help="hardware decoders and encoders: which work here, and why the others do not")
    h.add_argument("--json", action="store_true")
    h.add_argument("--recheck", action="store_true", help="try them all again (the answer is kept per machine)")
    h.set_defaults(func=cmd_hwaccel)

    j = sub.add_parser("jobs", help="list jobs in the job store")
    j.add_argument("--json", action="store_true")
    j.set_defaults(func=cmd_jobs)

    r = sub.add_parser("retry", help="run a job again (an interrupted or failed one)")
    r.add_argument("job", metavar="JOB_ID", help="a job id or a unique prefix of it")
    r.add_argument("--failed-only", action="store_true",
                   help="encode only the renditions that failed, keeping the ones already encoded")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_retry)

    pr = sub.add_parser("presets",
                        help="list the presets (built-in and your own; * the default), export or import them")
    pr.set_defaults(func=cmd_presets)
    prs = pr.add_subparsers(dest="presets_command", metavar="ACTION")
    prs.add_parser("list", help="list the presets (the same as no action)")
    pe = prs.add_parser("export", help="write one of your presets to a JSON file (to use on another machine)")
    pe.add_argument("name", metavar="NAME")
    pe.add_argument("file", metavar="FILE")
    pi = prs.add_parser("import", help="add the presets in a JSON file (a name already taken gets a suffix)")
    pi.add_argument("file", metavar="FILE")

    from app.remote_cli import add_parser as add_remote_parser

    add_remote_parser(sub)
    return parser


COMMANDS = ("probe", "encode", "quality", "hwaccel", "jobs", "retry", "presets", "remote")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [WORKER_ARG]:  # the engine's media worker, in a frozen bundle (app.core.engine.worker_command)
        from app.core.worker import run

        run(argv[1:])
    if argv[:1] != ["--version"] and argv[:1] != ["-h"] and argv[:1] != ["--help"]:
        from app.core.logs import setup_file_logging

        setup_file_logging()  # the window and every command log to the same file (see the README)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        from app.gui.app import run_gui  # no command: the desktop window, with any FILEs queued

        return run_gui(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return errors.EXIT_OK
    try:
        return args.func(args)
    except RenditionError as exc:
        print(f"rendition-studio: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("rendition-studio: cancelled", file=sys.stderr)
        return errors.EXIT_CANCELLED
    except BrokenPipeError:
        return errors.EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
