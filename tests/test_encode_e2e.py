"""End to end: generated clips through the engine (worker child process included), every output reopened."""

import io
import json
import os
import sys
import threading

import av
import m3u8
import pytest

from app.core import engine as engine_mod
from app.core.engine import Engine
from app.core.errors import EXIT_CANCELLED, EXIT_FAILED, EXIT_OK, EXIT_REJECTED
from app.core.jobs import EncodeOptions, Job
from app.core.store import JobStore
from hlscheck import check_ladder

pytestmark = pytest.mark.slow


def run_job(src, out, **options):
    events = []
    job = Job.create(src, str(out), EncodeOptions(**options))
    store = JobStore()
    code = Engine(store).run(job, events.append)
    return code, store.get(job.id), events


def keyframe_times(ts_path):
    with av.open(ts_path) as c:
        for packet in c.demux(video=0):
            if packet.pts is not None:
                return packet.is_keyframe, float(packet.pts * packet.time_base)
    return False, None


def no_partials(folder):
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            assert ".partial" not in name, os.path.join(root, name)


def test_landscape_ladder_hls_mp4_thumbnails_status(clips, tmp_path):
    thumbs = [{"timestamp": "00:00:03", "resolutions": ["360", "240"], "formats": ["jpg", "webp"],
               "filters": ["none", "blur"]}]
    code, job, events = run_job(clips.landscape, tmp_path, segment_seconds=2, thumbnails=thumbs, hwaccel="off")
    assert code == EXIT_OK, job.error
    root = os.path.join(tmp_path, "landscape")
    assert job.status == "completed" and job.decoder == "software"

    # Master playlist: every rendition, with the attributes players need.
    master = m3u8.load(os.path.join(root, "hls", "master.m3u8"))
    assert [p.uri for p in master.playlists] == ["240p/index.m3u8", "360p/index.m3u8"]
    for p in master.playlists:
        info = p.stream_info
        assert info.bandwidth >= info.average_bandwidth > 0
        assert info.codecs.startswith("avc1.") and info.codecs.endswith(",mp4a.40.2")
        assert info.frame_rate == 25
    assert [p.stream_info.resolution for p in master.playlists] == [(426, 240), (640, 360)]

    # Media playlists: VOD, 2 s segments, aligned across renditions, each starting on a keyframe.
    durations = {}
    for q, size in (("240p", (426, 240)), ("360p", (640, 360))):
        pl = m3u8.load(os.path.join(root, "hls", q, "index.m3u8"))
        assert pl.playlist_type == "vod" and pl.is_endlist
        durations[q] = [round(s.duration, 2) for s in pl.segments]
        assert abs(sum(durations[q]) - 8.0) < 0.1
        for seg in pl.segments:
            key, t = keyframe_times(os.path.join(root, "hls", q, seg.uri))
            assert key, f"{q}/{seg.uri} does not start on a keyframe"
        with av.open(os.path.join(root, "hls", q, "index.m3u8")) as c:
            v = c.streams.video[0].codec_context
            assert (v.width, v.height) == size and v.name == "h264"
            assert c.streams.audio[0].codec_context.name == "aac"
    assert durations["240p"] == durations["360p"] == [2.0, 2.0, 2.0, 2.0]

    # Trick play: an I-frame playlist per rendition, one entry per 2 s keyframe; the checker's rules all hold.
    assert [i.uri for i in master.iframe_playlists] == ["240p/iframes.m3u8", "360p/iframes.m3u8"]
    for q in ("240p", "360p"):
        iframes = m3u8.load(os.path.join(root, "hls", q, "iframes.m3u8"))
        assert iframes.is_i_frames_only and [s.duration for s in iframes.segments] == [2.0, 2.0, 2.0, 2.0]
    assert check_ladder(root) == []

    # The master plays: a demuxer can open it and decode pictures.
    with av.open(os.path.join(root, "hls", "master.m3u8"), options={"protocol_whitelist": "file"}) as c:
        assert sum(1 for _ in zip(range(10), c.decode(video=0))) == 10

    # MP4 at the source's size, faststart (moov before mdat), with audio.
    mp4 = os.path.join(root, "mp4", "360p.mp4")
    with av.open(mp4) as c:
        v = c.streams.video[0]
        assert (v.codec_context.width, v.codec_context.height) == (640, 360)
        assert abs(c.duration / 1e6 - 8.0) < 0.15
        assert v.frames == 200
        assert c.streams.audio[0].codec_context.name == "aac"
    head = open(mp4, "rb").read(4096)
    assert head.find(b"moov") != -1 and (head.find(b"mdat") == -1 or head.find(b"moov") < head.find(b"mdat"))

    # Thumbnails: 2 sizes x 2 formats x 2 filters, real images of the asked size.
    names = sorted(os.listdir(os.path.join(root, "thumbnails")))
    assert len(names) == 8 and "00-00-03_360p_blur.webp" in names
    with av.open(os.path.join(root, "thumbnails", "00-00-03_240p_none.jpg")) as c:
        f = next(c.decode(video=0))
        assert (f.width, f.height) == (426, 240)

    # status.json in api.video's shape, and events in the engine's stream.
    doc = json.load(open(os.path.join(root, "status.json")))
    assert doc["encoding"]["playable"] is True
    assert [(q["type"], q["quality"], q["status"]) for q in doc["encoding"]["qualities"]] == [
        ("hls", "240p", "encoded"), ("hls", "360p", "encoded"), ("mp4", "360p", "encoded")]
    assert doc["encoding"]["metadata"]["width"] == 640 and doc["ingest"]["filesize"] == os.path.getsize(clips.landscape)
    completed = [e for e in events if e["type"] == "video.encoding.quality.completed"]
    assert sorted((e["encoding"], e["quality"]) for e in completed) == [("hls", "240p"), ("hls", "360p"),
                                                                         ("mp4", "360p")]
    assert all(e["videoId"] == job.id for e in completed)
    progress = [e for e in events if e["type"] == "job.progress"]
    assert progress, "no progress events"
    row = progress[-1]["renditions"][0]
    assert {"fraction", "frames", "fps", "speed", "eta"} <= set(row)
    assert events[-1]["type"] == "job.finished" and events[-1]["status"] == "completed"
    no_partials(root)


def test_portrait_with_rotation(clips, tmp_path):
    code, job, _ = run_job(clips.portrait, tmp_path, formats=("hls", "mp4"), thumbnails=[], hwaccel="off")
    assert code == EXIT_OK, job.error
    root = os.path.join(tmp_path, "portrait")
    with av.open(os.path.join(root, "hls", "240p", "index.m3u8")) as c:
        f = next(c.decode(video=0))
        assert (f.width, f.height) == (240, 426)
    with av.open(os.path.join(root, "mp4", "360p.mp4")) as c:
        f = next(c.decode(video=0))
        assert (f.width, f.height) == (360, 640) and not f.rotation
        # The white marker of the source's top-left corner is at the bottom-left after a 90° turn.
        y = f.to_ndarray(format="gray")
        assert y[-20:, :20].mean() > 200 and y[:20, :20].mean() < 200


def test_small_odd_source_without_audio(clips, tmp_path):
    code, job, _ = run_job(clips.small_odd, tmp_path, thumbnails=[])
    assert code == EXIT_OK, job.error
    assert [(r.type, r.quality, r.width, r.height) for r in job.renditions] == [
        ("hls", "186p", 332, 186), ("mp4", "186p", 332, 186)]
    with av.open(os.path.join(tmp_path, "small", "hls", "186p", "index.m3u8")) as c:
        assert not c.streams.audio
    master = m3u8.load(os.path.join(tmp_path, "small", "hls", "master.m3u8"))
    assert "mp4a" not in master.playlists[0].stream_info.codecs


@pytest.mark.parametrize("name", ["hevc10", "vp9", "no_audio"])
def test_other_source_codecs(clips, tmp_path, name):
    src = getattr(clips, name)
    code, job, _ = run_job(src, tmp_path, formats=("hls",), thumbnails=[])
    assert code == EXIT_OK, job.error
    for r in job.renditions:
        with av.open(r.path) as c:
            v = c.streams.video[0].codec_context
            assert (v.width, v.height) == (r.width, r.height) and v.name == "h264"
            assert v.pix_fmt == "yuv420p"  # 10-bit sources come out 8-bit for H.264 players


def test_one_failing_rendition_fails_alone(clips, tmp_path):
    events = []
    job = Job.create(clips.landscape, str(tmp_path), EncodeOptions(
        formats=("hls",), thumbnails=[], codec_overrides={"hls:240p": "no_such_encoder"}))
    code = Engine(JobStore()).run(job, events.append)
    assert code == EXIT_FAILED
    states = {r.quality: r.status for r in job.renditions}
    assert states == {"240p": "failed", "360p": "encoded"}
    assert job.status == "partial" and "1 of 2" in job.error
    failed = [e for e in events if e["type"] == "rendition.failed"]
    assert [e["quality"] for e in failed] == ["240p"]
    assert "no_such_encoder" in failed[0]["error"] or "not found" in failed[0]["error"].lower()
    assert not os.path.exists(os.path.join(tmp_path, "landscape", "hls", "240p"))
    assert os.path.exists(os.path.join(tmp_path, "landscape", "hls", "360p", "index.m3u8"))
    no_partials(os.path.join(tmp_path, "landscape"))

    # Retry the failed rendition alone: the encoded one is kept as it is, the master lists both.
    kept = os.path.join(tmp_path, "landscape", "hls", "360p", "index.m3u8")
    kept_mtime = os.stat(kept).st_mtime_ns
    job.options.codec_overrides = None
    job.prepare_retry(job.failed_renditions())
    assert job.options.only == ["hls:240p"]
    events.clear()
    assert Engine(JobStore()).run(job, events.append) == EXIT_OK, job.error
    assert job.status == "completed" and {r.quality: r.status for r in job.renditions} == {"240p": "encoded",
                                                                                            "360p": "encoded"}
    assert os.stat(kept).st_mtime_ns == kept_mtime
    assert [e["quality"] for e in events if e["type"] == "rendition.encoded"] == ["240p"]
    master = m3u8.load(os.path.join(tmp_path, "landscape", "hls", "master.m3u8"))
    assert sorted(p.uri for p in master.playlists) == ["240p/index.m3u8", "360p/index.m3u8"]
    # The kept rendition keeps its I-frame stream (read back from the master of the first run).
    assert sorted(i.uri for i in master.iframe_playlists) == ["240p/iframes.m3u8", "360p/iframes.m3u8"]
    assert job.options.only is None  # a later retry redoes the whole job
    with av.open(os.path.join(tmp_path, "landscape", "hls", "240p", "index.m3u8")) as c:
        assert c.streams.video[0].height == 240
    no_partials(os.path.join(tmp_path, "landscape"))


def test_cancel_mid_encode_leaves_no_partial_output(clips, tmp_path):
    cancel = threading.Event()

    def on_event(ev):
        if ev["type"] == "job.progress":
            cancel.set()

    job = Job.create(clips.landscape, str(tmp_path), EncodeOptions(thumbnails=[], encoder_preset="medium"))
    code = Engine(JobStore()).run(job, on_event, cancel)
    assert code == EXIT_CANCELLED and job.status == "cancelled"
    root = os.path.join(tmp_path, "landscape")
    no_partials(root)
    for kind in ("hls", "mp4"):
        folder = os.path.join(root, kind)
        if os.path.isdir(folder):
            assert not [n for n in os.listdir(folder) if n != "master.m3u8"] or all(
                r.status == "encoded" for r in job.renditions if r.type == kind)


def test_a_crashing_worker_does_not_take_the_app_down(clips, tmp_path, monkeypatch):
    crash = [sys.executable, "-c", "import os, signal, sys; sys.stdin.readline(); os.kill(os.getpid(), signal.SIGSEGV)"]
    monkeypatch.setattr(engine_mod, "worker_command", lambda *a: crash)
    code, job, events = run_job(clips.landscape, tmp_path)
    assert code == EXIT_FAILED and job.status == "failed"
    assert "crashed" in job.error and "SIGSEGV" in job.error
    assert events[-1]["type"] == "job.finished"


def test_truncated_source_with_index_first_is_rejected_and_leaves_nothing(clips, tmp_path):
    from media import make_clip

    src = make_clip(str(tmp_path / "fast.mp4"), width=320, height=240, seconds=6, faststart=True)
    data = open(src, "rb").read()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 2])
    out = tmp_path / "out"
    code, job, _ = run_job(str(cut), out)
    assert code == EXIT_REJECTED
    assert "truncated or damaged" in job.error
    assert not os.path.exists(out / "cut")


def test_a_hardware_decoder_that_does_not_open_falls_back_to_software(clips, tmp_path):
    code, job, events = run_job(clips.no_audio, tmp_path, formats=("hls",), renditions=[(240, None)], thumbnails=[],
                                hwaccel="cuda")
    assert code == EXIT_OK, job.error
    assert job.decoder in ("software", "cuda")  # cuda only where an NVIDIA GPU really works
    if job.decoder == "software":
        warnings = [e["message"] for e in events if e["type"] == "job.warning"]
        assert any("cuda" in w and "software" in w for w in warnings), warnings


def test_1080p60_is_h264_level_4_2(clips, tmp_path):
    src = clips.get("hd60.mp4", width=1920, height=1080, seconds=1, fps=60, audio=False)
    code, job, events = run_job(src, tmp_path, formats=("hls",), renditions=[(1080, None)], thumbnails=[],
                                hwaccel="off")
    assert code == EXIT_OK, job.error
    master = m3u8.load(os.path.join(tmp_path, "hd60", "hls", "master.m3u8"))
    assert [p.stream_info.codecs for p in master.playlists] == ["avc1.64002A"]  # High profile, level 4.2
    assert [i.iframe_stream_info.codecs for i in master.iframe_playlists] == ["avc1.64002A"]
    assert master.playlists[0].stream_info.frame_rate == 60
    assert check_ladder(os.path.join(tmp_path, "hd60")) == []


def test_a_one_picture_last_segment_does_not_make_the_peak(clips, tmp_path):
    # 4.04 s at 25 fps, 2 s segments: the last picture is a keyframe alone in a 0.04 s segment. RFC 8216 measures
    # the peak over contiguous segments lasting 0.5-1.5 target durations, so BANDWIDTH stays near the average
    # (it was 2.3x the average when each segment was measured alone).
    src = clips.get("tail.mp4", width=640, height=360, seconds=4.04, fps=25)
    code, job, _ = run_job(src, tmp_path, formats=("hls",), segment_seconds=2, thumbnails=[], hwaccel="off")
    assert code == EXIT_OK, job.error
    root = os.path.join(tmp_path, "tail")
    assert [s.duration for s in m3u8.load(os.path.join(root, "hls", "240p", "index.m3u8")).segments] == [2, 2, 0.04]
    for p in m3u8.load(os.path.join(root, "hls", "master.m3u8")).playlists:
        assert p.stream_info.bandwidth <= 1.2 * p.stream_info.average_bandwidth, p.stream_info
    assert check_ladder(root) == []


def test_iframe_entries_inside_a_segment(clips, tmp_path):
    # 3 s at 30 fps in one 6 s segment: keyframes at 0 s and 2 s, the second one mid-segment after its own PAT/PMT.
    code, job, _ = run_job(clips.no_audio, tmp_path, formats=("hls",), renditions=[(240, None)], thumbnails=[],
                           hwaccel="off")
    assert code == EXIT_OK, job.error
    folder = os.path.join(tmp_path, "silent", "hls", "240p")
    entries = m3u8.load(os.path.join(folder, "iframes.m3u8")).segments
    assert [(e.uri, e.duration) for e in entries] == [("segment_00000.ts", 2.0), ("segment_00000.ts", 1.0)]
    (n0, o0), (n1, o1) = [map(int, e.byterange.split("@")) for e in entries]
    assert o0 == 188 and o1 > o0 + n0 and o1 % 188 == 0  # after the SDT; the second after a whole GOP
    with open(os.path.join(folder, "segment_00000.ts"), "rb") as fh:
        data = fh.read()
    for n, o in ((n0, o0), (n1, o1)):
        assert data[o] == 0x47 and (data[o + 1] & 0x1F) << 8 | data[o + 2] == 0  # starts with the PAT
        with av.open(io.BytesIO(data[o:o + n]), format="mpegts") as c:
            pictures = list(c.decode(video=0))
        assert len(pictures) == 1 and pictures[0].key_frame and (pictures[0].width, pictures[0].height) == (426, 240)
    assert check_ladder(os.path.join(tmp_path, "silent")) == []
