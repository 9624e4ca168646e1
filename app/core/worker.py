"""The child process that does all native media work (``python -m app.core.worker COMMAND``).

PyAV can crash on hostile input; running it here keeps the application (CLI or window) alive whatever a
file does. Commands:

- ``probe PATH``: one JSON object on stdout: ``{"ok": true, "source": {...}}`` or ``{"ok": false, ...}``.
- ``encode``: reads one JSON job spec line on stdin, then writes one JSON event per line on stdout. The
  rest of stdin is watched: when the parent goes away (EOF), the child exits at once.
- ``still PATH OUT.jpg``: the first picture as a JPEG (the player shows it while stopped).
- ``quality``: reads one JSON spec line on stdin (source, rotation, duration, mode, metrics, renditions: [{id,
  path}]), writes ``{"ev": "rendition_quality", "id", "quality"}`` or ``{"ev": "rendition_quality_failed", "id",
  "error"}`` per rendition (``{"ev": "measuring", "id"}`` before each), then ``{"ev": "finished", "vmaf"}``.
- ``hwaccel``: a JSON report of the hardware decoders and encoders that really work here (``{"ev": "trying",
  "encoder"}`` lines before each encoder is tried, the report last).
- ``frames``: a frame server for the Compare view: JSON requests on stdin, answers (a JSON line, then raw RGB bytes)
  on stdout, until stdin ends (`app.core.frames`).
- ``stills SPEC.json``: pictures for the quality report. SPEC: ``{"source", "rotation", "width", "items": [{"path",
  "time", "out"}]}``; each item's picture at `time` (seconds from its stream's first frame, as the scores' times)
  is written to `out` as a JPEG `width` wide, all at the source's upright shape (the source turned by `rotation`).
  One JSON object: ``{"ok": true, "height", "stills": [{"out"} or {"error"}, ...]}``.

In a frozen bundle (PyInstaller) there is no ``python -m``: the bundle's own program runs this worker when its
first argument is `WORKER_ARG` (`app.cli.main` hands it to `run`; `app.core.engine.worker_command` builds it).
"""

from __future__ import annotations

import json
import os
import sys
import threading

from app.core.errors import EXIT_FAILED, EXIT_REJECTED, EXIT_USAGE, InputRejected, UsageError

WORKER_ARG = "--rendition-studio-worker"  # hidden first argument: the frozen bundle's program acts as this worker


class _Channel:
    """JSON lines on the real stdout; fd 1 itself goes to stderr so native chatter cannot corrupt them."""

    def __init__(self):
        self._out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
        os.dup2(2, 1)
        self._lock = threading.Lock()

    def __call__(self, event: dict) -> None:
        line = json.dumps(event, separators=(",", ":"))
        with self._lock:
            self._out.write(line + "\n")
            self._out.flush()


def _quiet_ffmpeg():
    import av.logging

    av.logging.set_level(av.logging.ERROR)


def _watch_parent():
    def watch():
        try:
            while os.read(0, 4096):
                pass
        except OSError:
            pass
        os._exit(EXIT_FAILED)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _read_line(fd: int) -> bytes:
    """One line from a raw descriptor, unbuffered: the watcher thread reads the rest."""
    data = bytearray()
    while not data.endswith(b"\n"):
        chunk = os.read(fd, 1)
        if not chunk:
            break
        data += chunk
    return bytes(data)


def cmd_probe(path: str, emit, poster: str | None = None) -> int:
    from app.core.probe import probe_source

    try:
        info = probe_source(path)
    except InputRejected as exc:
        emit({"ok": False, "kind": "rejected", "error": str(exc)})
        return EXIT_REJECTED
    made = None
    if poster:
        from app.core.pipeline import write_poster

        try:
            made = write_poster(info, poster)
        except Exception:  # noqa: BLE001 - a source without a poster is still a good source
            made = None
    emit({"ok": True, "source": info.to_dict(), "poster": made})
    return 0


def cmd_still(path: str, out: str, emit) -> int:
    """``still PATH OUT.jpg``: the first picture as a JPEG (at most 720 lines), for the player while stopped."""
    import dataclasses

    from app.core.pipeline import write_poster
    from app.core.probe import probe_source

    try:
        made = write_poster(dataclasses.replace(probe_source(path), duration=0), out, short_side=720)
    except Exception as exc:  # noqa: BLE001 - no still: the player shows its plain background
        emit({"ok": False, "error": str(exc)})
        return EXIT_REJECTED
    emit({"ok": made is not None, "still": made})
    return 0


def cmd_encode(emit) -> int:
    from app.core import hwenc, pipeline
    from app.core.ladder import PRESETS, RungRequest, plan_job
    from app.core.probe import probe_source
    from app.core.thumbnails import DEFAULT_REQUESTS, ThumbnailRequest, expand

    spec = json.loads(_read_line(0))
    _watch_parent()
    try:
        source = probe_source(spec["source"])
        _refuse_hdr(source.path, tuple(spec.get("codecs") or ("h264",)))
        renditions = None
        if spec.get("renditions") is not None:
            renditions = [RungRequest(int(s), k) for s, k in spec["renditions"]]
        plan = plan_job(
            source,
            preset=spec.get("preset", "default"),
            renditions=renditions,
            formats=tuple(spec.get("formats") or ("hls", "mp4")),
            encoder_preset=spec.get("encoder_preset"),
            segment_seconds=float(spec.get("segment_seconds", 6.0)),
            share_encodes=bool(spec.get("share_encodes", True)),
            codecs=tuple(spec.get("codecs") or ("h264",)),
            rate_control=spec.get("rate_control"),
            crf=spec.get("crf"),
            hls_segments=spec.get("hls_segments") or "ts",
        )
        if (spec.get("ladder") or PRESETS[plan_preset(spec)].ladder) == "per-title" and renditions is None:
            plan = _per_title(source, plan, spec, emit)
        if spec.get("only"):
            # Retrying some renditions alone: the rest of the plan, and the thumbnails, are already made.
            plan.renditions = [r for r in plan.renditions if r.id in spec["only"]]
            if not plan.renditions:
                raise UsageError("the renditions to retry are not in this job's plan any more")
        requests = DEFAULT_REQUESTS
        if spec.get("thumbnails") is not None:
            requests = tuple(ThumbnailRequest(t["timestamp"], tuple(t["resolutions"]), tuple(t["formats"]),
                                              tuple(t["filters"]))
                             for t in spec["thumbnails"])
        images = [] if spec.get("only") else expand(requests, source.duration, source.short_side)
        overrides, notes, warnings = _choose_encoders(plan, spec)
        audio_plan = _audio_plan(source, plan, spec)
        emit({"ev": "plan", "source": source.to_dict(), "plan": plan.to_dict(),
              "thumbnails": [i.filename for i in images], "encoders": notes})
        for message in warnings:
            emit({"ev": "warning", "message": message})
        emit({"ev": "audio", "renditions": [a.to_dict() for a in audio_plan]})
        emit, publish_subtitles = _with_subtitles(spec, plan, emit)
        summary = pipeline.run(source, plan, spec["job_dir"], thumbnails=images, hwaccel=spec.get("hwaccel", "auto"),
                               emit=emit, codec_overrides=overrides, audio_plan=audio_plan)
        redo = summary.pop("redo", [])
        if redo:  # hardware encoders that failed mid-encode: those groups again, from the start, in software
            plan.renditions = [r for r in plan.renditions if any(r.id in g["ids"] for g in redo)]
            again = pipeline.run(source, plan, spec["job_dir"], thumbnails=[], hwaccel=spec.get("hwaccel", "auto"),
                                 emit=emit, codec_overrides={g["group"]: hwenc.SOFTWARE for g in redo},
                                 audio_plan=audio_plan)
            summary["elapsed"] += again["elapsed"]
            summary["progress_seconds"] += again["progress_seconds"]
        publish_subtitles()
    except InputRejected as exc:
        emit({"ev": "error", "kind": "rejected", "message": str(exc)})
        return EXIT_REJECTED
    except UsageError as exc:
        emit({"ev": "error", "kind": "usage", "message": str(exc)})
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which decides what the user sees
        emit({"ev": "error", "kind": "internal", "message": f"{exc.__class__.__name__}: {exc}"})
        return EXIT_FAILED
    emit({"ev": "finished", **summary})
    return 0


HDR_TRANSFERS = {16: "PQ (SMPTE ST 2084)", 18: "HLG (ARIB STD-B67)"}  # AVColorTransferCharacteristic


def _refuse_hdr(path: str, codecs: tuple[str, ...]) -> None:
    """HEVC and AV1 ladders are made SDR (VIDEO-RANGE=SDR; 8 or 10 bits): an HDR source (PQ or HLG transfer) is
    refused for them rather than labelled SDR with HDR picture values."""
    from app.core.probe import open_source

    if not any(c != "h264" for c in codecs):
        return
    with open_source(path) as c:
        trc = c.streams.video[0].codec_context.color_trc if c.streams.video else None
    if trc in HDR_TRANSFERS:
        raise InputRejected(f"the source is HDR ({HDR_TRANSFERS[trc]} transfer): the HEVC and AV1 ladders are made "
                            "in SDR (VIDEO-RANGE=SDR) and do not carry HDR; encode it with --codecs h264 or tone-map "
                            "it first")


def _audio_plan(source, plan, spec: dict) -> list:
    """The audio renditions (`app.core.audio.plan_audio`) from the options; the plan's audio bit rate follows
    ``audio_bitrate`` where given. A track list from an older probe: its first track."""
    from app.core import audio, pipeline

    if plan.audio_kbps and spec.get("audio_bitrate"):
        plan.audio_kbps = int(spec["audio_bitrate"])
    return audio.plan_audio(pipeline._audio_tracks(source), kbps=plan.audio_kbps, choice=spec.get("audio") or "auto",
                            channels=spec.get("audio_channels") or "stereo", loudness=spec.get("loudness"))


def plan_preset(spec: dict) -> str:
    from app.core.ladder import PRESETS

    name = spec.get("preset") or "default"
    return name if name in PRESETS else "default"


def _per_title(source, plan, spec: dict, emit):
    """The per-title plan (app.core.pertitle): analysis of the source, then rungs from its hull; the fixed plan with
    a warning if the analysis fails."""
    from app.core import pertitle

    try:
        analysis = pertitle.analyse(source, plan, emit, work_dir=os.path.dirname(spec["job_dir"]) or None)
    except Exception as exc:  # noqa: BLE001 - the preset's ladder still makes a good job
        plan.warnings.append(f"per-title analysis failed ({exc.__class__.__name__}: {exc}); the preset's ladder "
                             "is used")
        return plan
    return pertitle.plan_per_title(source, plan, analysis, preset=spec.get("preset", "default"),
                                   encoder_preset=spec.get("encoder_preset"),
                                   formats=tuple(spec.get("formats") or ("hls", "mp4")),
                                   segment_seconds=float(spec.get("segment_seconds", 6.0)),
                                   share_encodes=bool(spec.get("share_encodes", True)),
                                   rate_control=spec.get("rate_control") or "crf")


def _with_subtitles(spec: dict, plan, emit):
    """The subtitle tracks of the job (`app.core.subtitles.collect`): (an `emit` that adds them to each MP4 as it
    is done, before saying so; a function writing the HLS subtitle renditions and saying ``{"ev": "subtitles",
    "tracks"}``, to call once the HLS renditions are written)."""
    from app.core import subtitles

    tracks, warnings = subtitles.collect(spec["source"], spec.get("subtitles") or "auto", spec.get("subtitle_files"))
    for message in warnings:
        emit({"ev": "warning", "message": message})
    kinds = {r.id: r.type for r in plan.renditions}

    def with_tracks(ev: dict) -> None:
        if tracks and ev.get("ev") == "rendition_done" and kinds.get(ev.get("id")) == "mp4":
            try:
                ev = {**ev, "size": subtitles.add_to_mp4(ev["path"], tracks)}
            except Exception as exc:  # noqa: BLE001 - the MP4 stays as encoded, without subtitles
                emit({"ev": "warning", "message": f"subtitles not added to {os.path.basename(ev['path'])}: {exc}"})
        emit(ev)

    def publish() -> None:
        entries = [{**t.describe(), "uri": None} for t in tracks]
        hls_dir = os.path.join(spec["job_dir"], "hls")
        folders = sorted(os.listdir(hls_dir)) if os.path.isdir(hls_dir) else []
        videos = [os.path.join(hls_dir, d, "index.m3u8") for d in folders if not d.startswith(".") and d != "subs"
                  and not d.startswith("audio-")]
        timing = subtitles.timing_playlist([v for v in videos if os.path.exists(v)])
        if timing:
            try:
                entries = subtitles.write_hls(tracks, hls_dir, timing)
            except Exception as exc:  # noqa: BLE001 - the video renditions are published without subtitles
                emit({"ev": "warning", "message": f"the HLS subtitles could not be written: {exc}"})
        elif tracks and videos:
            emit({"ev": "warning", "message": "the HLS subtitles were not written: no video rendition with "
                                              "segments to time them by"})
        emit({"ev": "subtitles", "tracks": entries})

    return with_tracks, publish


def _choose_encoders(plan, spec: dict) -> tuple[dict[str, str], dict[str, dict], list[str]]:
    """The video encoder of each encode group (`app.core.hwenc.assign`; `codec_overrides` win): (group ->
    encoder, rendition id -> {"encoder", "note"}, warnings)."""
    import av

    from app.core import hwenc

    from app.core.ladder import CODEC_ENCODERS

    sizes: dict[str, int] = {}
    software: dict[str, str] = {}  # HEVC and AV1 groups: their software encoders (hardware: H.264 only)
    for r in plan.renditions:
        if r.codec != "h264":
            software[r.encode_group] = CODEC_ENCODERS[r.codec]
            continue
        sizes[r.encode_group] = max(sizes.get(r.encode_group, 0), r.width * r.height)
    groups = sorted(sizes, key=lambda g: -sizes[g])  # as the pipeline orders them: the biggest get the hardware
    chosen, warnings = hwenc.assign(spec.get("encoder") or "auto", groups, offered=[
        n for n in (hwenc.encoder_name(f) for f in hwenc.FAMILIES) if n in av.codecs_available],
        detection=spec.get("hw_detection"), nvenc_sessions=int(spec.get("nvenc_sessions", hwenc.nvenc_session_limit())))
    overrides = spec.get("codec_overrides") or {}
    notes: dict[str, dict] = {}
    result: dict[str, str] = {}
    for r in plan.renditions:
        name, note = chosen[r.encode_group] if r.encode_group in chosen else (software[r.encode_group], None)
        if r.codec == "h264":
            name = overrides.get(r.encode_group, overrides.get(r.id, name))
        result[r.encode_group] = name
        notes[r.id] = {"encoder": name, "note": note}
    return result, notes, warnings


def cmd_quality(emit) -> int:
    from app.core import quality

    spec = json.loads(_read_line(0))
    _watch_parent()
    duration = float(spec.get("duration") or 0)
    windows = None if spec.get("mode") == "full" else quality.sampled_windows(duration)
    metrics = tuple(spec.get("metrics") or quality.DEFAULT_METRICS)
    rotation = int(spec.get("rotation") or 0)
    pairs = [(r["id"], r["path"]) for r in spec["renditions"]]
    # Together (the source decoded once), or one by one after a crash (the parent then knows which file did it).
    batches = [pairs] if spec.get("together", True) else [[p] for p in pairs]
    for batch in batches:
        emit({"ev": "measuring", "id": batch[0][0] if len(batch) == 1 else None})
        found: dict[str, object]
        try:
            found = dict(quality.measure_many(spec["source"], batch, windows, rotation, metrics,
                                              duration=duration or None,
                                              threads=quality.measuring_threads(metrics)))
        except Exception as exc:  # noqa: BLE001 - reported per rendition, never a crash
            found = {rid: exc for rid, _ in batch}
        for rid, _ in batch:
            result = found[rid]
            if isinstance(result, quality.RenditionQuality):
                emit({"ev": "rendition_quality", "id": rid, "quality": result.to_dict(), "series": result.series()})
            elif isinstance(result, quality.QualityError):
                emit({"ev": "rendition_quality_failed", "id": rid, "error": str(result)})
            else:
                emit({"ev": "rendition_quality_failed", "id": rid,
                      "error": f"{result.__class__.__name__}: {result}"})
    emit({"ev": "finished", "vmaf": quality.vmaf_availability(), "mode": "full" if windows is None else "sampled",
          "windows": windows})
    return 0


def cmd_stills(spec_path: str, emit) -> int:
    import av

    from app.core import quality

    try:
        with open(spec_path, encoding="utf-8") as f:
            spec = json.load(f)
        rotation = int(spec.get("rotation") or 0)
        with av.open(spec["source"]) as c:
            s = c.streams.video[0]
            w, h = (s.height, s.width) if rotation in (90, 270) else (s.width, s.height)
        width = max(16, int(spec.get("width") or 320)) // 2 * 2
        height = max(2, round(width * h / w / 2) * 2)
    except Exception as exc:  # noqa: BLE001 - no source: no pictures, said plainly
        emit({"ok": False, "error": f"the source could not be read: {exc}"})
        return EXIT_REJECTED
    items = spec.get("items", [])
    done: list[dict] = [{"error": "not made"} for _ in items]
    by_path: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        by_path.setdefault(item["path"], []).append(i)
    for path, indices in by_path.items():  # each file read once, for all its pictures
        try:
            turn = rotation if path == spec["source"] else 0
            made = quality.stills_jpeg(path, [float(items[i]["time"]) for i in indices], width, height, turn)
            for i in indices:
                data = made[float(items[i]["time"])]
                if isinstance(data, Exception):
                    done[i] = {"error": str(data)}
                    continue
                with open(items[i]["out"], "wb") as f:
                    f.write(data)
                done[i] = {"out": items[i]["out"]}
        except Exception as exc:  # noqa: BLE001 - one file's missing pictures never stop the others
            for i in indices:
                done[i] = {"error": str(exc)}
    emit({"ok": True, "height": height, "stills": done})
    return 0


def cmd_hwaccel(emit) -> int:
    from app.core import hwenc
    from app.core.hwaccel import detect

    report = detect()
    # Each encoder is announced before it is tried: a driver that hangs is named by the parent's timeout.
    report["encoders"] = hwenc.detect(progress=lambda name: emit({"ev": "trying", "encoder": name}))
    report["versions"] = hwenc.versions()
    emit(report)
    return 0


def cmd_frames(emit) -> int:
    from app.core.frames import serve

    return serve(sys.stdin.buffer, emit._out.buffer)  # binary answers on the channel's descriptor


def main(argv: list[str]) -> int:
    emit = _Channel()
    _quiet_ffmpeg()
    if argv[:1] == ["probe"] and len(argv) in (2, 3):
        return cmd_probe(argv[1], emit, argv[2] if len(argv) == 3 else None)
    if argv[:1] == ["still"] and len(argv) == 3:
        return cmd_still(argv[1], argv[2], emit)
    if argv == ["encode"]:
        return cmd_encode(emit)
    if argv == ["hwaccel"]:
        return cmd_hwaccel(emit)
    if argv[:1] == ["stills"] and len(argv) == 2:
        return cmd_stills(argv[1], emit)
    if argv == ["quality"]:
        return cmd_quality(emit)
    if argv == ["frames"]:
        return cmd_frames(emit)
    print("usage: python -m app.core.worker probe PATH [POSTER.jpg] | still PATH OUT.jpg | encode "
          "| hwaccel | quality | stills SPEC.json | frames", file=sys.stderr)
    return EXIT_USAGE


def run(argv: list[str]):
    """Run one worker command and end the process (never returns)."""
    code = main(argv)
    sys.stderr.flush()
    os._exit(code)  # no interpreter teardown: encoder threads and FFmpeg state just end with the process


if __name__ == "__main__":
    run(sys.argv[1:])
