"""Time to first preview (issue 17): an HLS rung being encoded is playable from its first segment.

While a rung encodes, its media playlist (under the partial name) is an EVENT playlist that grows, and the engine
reports each segment (``rendition.segment``); once whole it is the VOD playlist, moved into place as before."""

from __future__ import annotations

import copy
import os
import shutil
import signal
import subprocess
import threading

import av
import pytest
from PySide6.QtCore import Qt

from app.core import jobstate
from app.core.engine import Engine
from app.core.errors import EXIT_CANCELLED, EXIT_OK
from app.core.jobs import ENCODED, ENCODING, EncodeOptions, Job, RenditionState
from app.core.store import JobStore


HOLD = {"m3u8_hold_counters": "2"}


def _workers() -> list[int]:
    """This process's children (the media worker)."""
    me, found = os.getpid(), []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as fh:
                    stat = fh.read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == me:
                found.append(int(name))
    return found


def _decoded_seconds(path: str) -> float:
    """Seconds of pictures PyAV decodes from a playlist (the last picture's time, from the first's). A growing
    playlist is read until it has not grown on two reloads (FFmpeg's HLS demuxer would wait for more)."""
    first = last = None
    with av.open(path, options=HOLD) as c:
        for frame in c.decode(video=0):
            first = frame.time if first is None else first
            last = frame.time
    return 0.0 if first is None else last - first


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="pauses the worker through /proc")
def test_a_rung_is_playable_from_its_first_segment_while_the_job_runs(clips, tmp_path):
    job = Job.create(clips.landscape, str(tmp_path), EncodeOptions(segment_seconds=1, thumbnails=[], hwaccel="off"))
    seen: list[dict] = []

    def on_event(ev):
        if ev["type"] != "rendition.segment" or seen:
            return
        # The worker is paused while the partial output is read: the job is still running, whatever the machine.
        workers = _workers()
        for pid in workers:
            os.kill(pid, signal.SIGSTOP)
        try:
            text = open(ev["path"]).read()
            rendition = copy.deepcopy(job.rendition(f"hls:{ev['quality']}"))
            found = {"event": ev, "status": job.status, "rendition": rendition, "text": text,
                     "seconds": _decoded_seconds(ev["path"]), "workers": len(workers)}
            if shutil.which("ffprobe"):
                probe = subprocess.run(["ffprobe", "-v", "error", "-m3u8_hold_counters", "2", "-count_frames",
                                        "-select_streams", "v:0", "-show_entries", "stream=nb_read_frames", "-of",
                                        "csv=p=0", ev["path"]], capture_output=True, text=True, timeout=60)
                found["ffprobe_frames"] = int(probe.stdout.split()[0])  # the stream's (its program's too)
            seen.append(found)
        finally:
            for pid in workers:
                os.kill(pid, signal.SIGCONT)

    events: list[dict] = []
    code = Engine(JobStore()).run(job, lambda ev: (events.append(ev), on_event(ev)))
    assert code == EXIT_OK, job.error
    assert seen, "no rendition.segment event"
    first = seen[0]
    ev = first["event"]
    assert first["workers"] == 1 and first["status"] == "running"
    assert ev["path"] == os.path.join(job.out_dir, "hls", f".{ev['quality']}.partial", "index.m3u8")
    assert ev["segments"] >= 1 and ev["mediaSeconds"] == pytest.approx(ev["segments"] * 1.0, abs=0.05)
    r = first["rendition"]
    assert r.status == ENCODING and r.preview == {"path": ev["path"], "segments": ev["segments"],
                                                  "seconds": ev["mediaSeconds"]}
    assert "#EXT-X-PLAYLIST-TYPE:EVENT" in first["text"] and "#EXT-X-ENDLIST" not in first["text"]
    assert first["text"].count("#EXTINF:") == ev["segments"]
    # What is listed decodes: 25 pictures a second, the last one starting 1/25 s before the listed end.
    assert first["seconds"] == pytest.approx(ev["mediaSeconds"] - 0.04, abs=0.05)
    if "ffprobe_frames" in first:
        assert first["ffprobe_frames"] == round(ev["mediaSeconds"] * 25)
    # One event per segment and rung, each with one more segment, before that rung's rendition.encoded.
    for quality in ("240p", "360p"):
        counts = [e["segments"] for e in events if e["type"] == "rendition.segment" and e["quality"] == quality]
        assert counts == list(range(1, len(counts) + 1)) and len(counts) >= 4
        done = next(i for i, e in enumerate(events) if e["type"] == "rendition.encoded" and e["encoding"] == "hls"
                    and e["quality"] == quality)
        assert max(i for i, e in enumerate(events) if e["type"] == "rendition.segment"
                   and e["quality"] == quality) < done
    # The final playlists are the VOD ones, in place; nothing partial is left; the preview is gone with the run.
    for quality in ("240p", "360p"):
        text = open(os.path.join(job.out_dir, "hls", quality, "index.m3u8")).read()
        assert "#EXT-X-PLAYLIST-TYPE:VOD" in text and "EVENT" not in text and text.rstrip().endswith("#EXT-X-ENDLIST")
        assert text.count("#EXTINF:") == 8
    assert not [n for n in os.listdir(os.path.join(job.out_dir, "hls")) if ".partial" in n]
    assert all(r.preview is None and r.status == ENCODED for r in job.renditions)
    stored = JobStore().get(job.id)
    assert all(r.preview is None for r in stored.renditions)


@pytest.mark.slow
def test_cancel_while_previewing_leaves_no_partial_files(clips, tmp_path):
    cancel = threading.Event()
    previewed = []

    def on_event(ev):
        if ev["type"] == "rendition.segment":
            previewed.append(ev["path"])
            assert os.path.exists(ev["path"])
            cancel.set()

    job = Job.create(clips.landscape, str(tmp_path), EncodeOptions(segment_seconds=1, thumbnails=[], hwaccel="off",
                                                                   encoder_preset="medium"))
    code = Engine(JobStore()).run(job, on_event, cancel)
    assert code == EXIT_CANCELLED and previewed
    assert not os.path.exists(os.path.dirname(previewed[0]))
    for root, dirs, files in os.walk(tmp_path):
        assert not [n for n in dirs + files if ".partial" in n], root
    assert all(r.preview is None for r in job.renditions)


def _job_with(status) -> Job:
    job = Job(id="j", source="/x.mp4", name="x", out_dir="/out/x")
    job.renditions = [RenditionState("hls:240p", "hls", "240p", 426, 240, status=status)]
    return job


def test_the_job_state_keeps_the_preview_of_a_rung_being_encoded_only():
    job = _job_with(ENCODING)
    ev = {"type": "rendition.segment", "jobId": "j", "encoding": "hls", "quality": "240p",
          "path": "/out/x/hls/.240p.partial/index.m3u8", "segments": 2, "mediaSeconds": 4.0}
    change = jobstate.apply_event(job, ev)
    r = job.renditions[0]
    assert change.renditions == {"hls:240p": {"preview"}}
    assert r.preview == {"path": ev["path"], "segments": 2, "seconds": 4.0}
    assert not jobstate.apply_event(job, ev)  # the same event again changes nothing
    assert not jobstate.apply_event(job, {**ev, "segments": 1, "mediaSeconds": 2.0})  # an older one neither
    assert "preview" not in r.to_dict()  # not in the --json renditions, not stored
    jobstate.apply_event(job, {"type": "rendition.encoded", "jobId": "j", "encoding": "hls", "quality": "240p",
                               "size": 10, "path": "/out/x/hls/240p/index.m3u8"})
    assert r.preview is None and r.status == ENCODED
    assert not jobstate.apply_event(job, ev)  # a late segment of a finished rung is no preview
    waiting = _job_with("waiting")
    assert not jobstate.apply_event(waiting, ev) and waiting.renditions[0].preview is None
    running = _job_with(ENCODING)
    jobstate.apply_event(running, ev)
    jobstate.apply_event(running, {"type": "job.finished", "jobId": "j", "status": "cancelled", "error": "cancelled"})
    assert running.renditions[0].preview is None


def _event_playlist(folder: str, seconds: int) -> list[str]:
    """A rung's growing playlist as the pipeline writes it (FFmpeg's HLS muxer, EVENT, 1 s segments), stopped
    before its end: the playlist lists every segment but has no end. The segment files."""
    from fractions import Fraction

    os.makedirs(folder)
    out = av.open(os.path.join(folder, "index.m3u8"), "w", format="hls", options={
        "hls_time": "1", "hls_playlist_type": "event", "hls_list_size": "0",
        "hls_segment_filename": os.path.join(folder, "segment_%05d.ts")})
    vs = out.add_stream("libx264", rate=25)
    vs.width, vs.height, vs.pix_fmt = 320, 180, "yuv420p"
    vs.codec_context.options = {"preset": "ultrafast", "x264-params": "keyint=25:min-keyint=25:scenecut=0"}
    for i in range(seconds * 25):
        frame = av.VideoFrame(320, 180, "yuv420p")
        for plane in frame.planes:
            plane.update(bytes([(i * 3) % 256]) * plane.buffer_size)
        frame.pts, frame.time_base = i, Fraction(1, 25)
        out.mux(vs.encode(frame))
    out.mux(vs.encode(None))
    out.close()
    path = os.path.join(folder, "index.m3u8")
    text = open(path).read()
    with open(path, "w") as fh:
        fh.write(text.replace("#EXT-X-ENDLIST\n", ""))
    return sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".ts"))


def _segments(playlist: str) -> list[str]:
    return [ln for ln in open(playlist).read().splitlines() if ln and not ln.startswith("#")]


def _running_job_shown(window, tmp_path) -> Job:
    """A running job with one 240p HLS rung being encoded, added to the window's queue and selected."""
    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"), EncodeOptions(), name="a")
    job.status = "running"
    job.renditions = [RenditionState("hls:240p", "hls", "240p", 320, 180, status=ENCODING, progress=0.3)]
    window.controller.model.add(job)
    window.queue.view.selectRow(window.controller.model.row_of(job.id))
    return job


def test_the_grid_plays_a_rung_being_encoded_once_it_has_a_segment(qtbot, window, tmp_path):
    from PySide6.QtMultimedia import QMediaPlayer

    from app.gui import live_preview
    from app.gui.signals import emit

    job = _running_job_shown(window, tmp_path)
    grid, player = window.grid, window.player
    grid.view.selectRow(0)
    played: list[str] = []
    grid.playRendition.connect(played.append)
    status = grid.model.index(0, grid.model.COL_STATUS)
    # Encoding, no segment yet: nothing to play.
    assert not grid.play_action.isEnabled() and status.data() == "encoding"
    grid.view.doubleClicked.emit(status)
    assert played == [] and player.choice.findText("HLS 240p (320×180) (encoding)") < 0

    partial = os.path.join(job.out_dir, "hls", ".240p.partial")
    files = _event_playlist(partial, 4)
    playlist = os.path.join(partial, "index.m3u8")
    emit(window.controller.jobEvent, {"type": "rendition.segment", "jobId": job.id, "encoding": "hls",
                                      "quality": "240p", "path": playlist, "segments": 4, "mediaSeconds": 4.0})
    assert grid.play_action.isEnabled() and status.data() == "encoding ▶"
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "Playable so far: 0:04 (double-click to play)"
    grid.play_action.trigger()
    mirror = live_preview.mirror_path(playlist)
    assert played == [playlist]
    assert player.choice.currentText() == "HLS 240p (320×180) (encoding)" and player.choice.currentData() == mirror
    assert player.player.source().toLocalFile() == mirror
    # The player starts from the first segment: until it has loaded the mirror, it lists the first two (FFmpeg
    # starts a live playlist three segments before its end); then every one, and it follows as they come.
    qtbot.waitUntil(lambda: len(_segments(mirror)) == 4, timeout=20000)
    assert _segments(mirror) == files
    assert "#EXT-X-PLAYLIST-TYPE:EVENT" in open(mirror).read() and "#EXT-X-ENDLIST" not in open(mirror).read()

    # Whole: the files renamed into place, the VOD playlist; the player goes on with the mirror, which lists them.
    final = os.path.join(job.out_dir, "hls", "240p")
    with open(playlist, "a") as fh:
        fh.write("#EXT-X-ENDLIST\n")
    os.replace(partial, final)
    emit(window.controller.jobEvent, {"type": "rendition.encoded", "jobId": job.id, "encoding": "hls",
                                      "quality": "240p", "size": 1, "path": os.path.join(final, "index.m3u8")})
    assert _segments(mirror) == [os.path.join(final, os.path.basename(f)) for f in files]
    assert open(mirror).read().rstrip().endswith("#EXT-X-ENDLIST")
    assert player.choice.currentData() == os.path.join(final, "index.m3u8")
    assert player.player.source().toLocalFile() == mirror
    assert status.data() == "encoded" and grid.play_action.isEnabled()
    assert player.player.error() == QMediaPlayer.Error.NoError


def test_a_cancel_while_previewing_takes_the_rung_off_the_player(qtbot, window, tmp_path):
    from app.gui import live_preview
    from app.gui.signals import emit

    job = _running_job_shown(window, tmp_path)
    window.grid.view.selectRow(0)
    partial = os.path.join(job.out_dir, "hls", ".240p.partial")
    _event_playlist(partial, 2)
    playlist = os.path.join(partial, "index.m3u8")
    emit(window.controller.jobEvent, {"type": "rendition.segment", "jobId": job.id, "encoding": "hls",
                                      "quality": "240p", "path": playlist, "segments": 2, "mediaSeconds": 2.0})
    window.grid.play_action.trigger()
    mirror = live_preview.mirror_path(playlist)
    assert window.player.choice.currentData() == mirror and os.path.exists(mirror)
    shutil.rmtree(partial)  # the engine's clean-up of a cancelled job
    emit(window.controller.jobEvent, {"type": "job.finished", "jobId": job.id, "status": "cancelled",
                                      "error": "cancelled by the user"})
    assert window.player.choice.findData(mirror) < 0 and not os.path.exists(mirror)
    assert not window.grid.play_action.isEnabled() and job.renditions[0].preview is None
