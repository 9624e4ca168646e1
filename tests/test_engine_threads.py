"""The engine's threads: x264 threads sized to each encode's share of the work, and scaler threads beside
the decoding thread (`app.core.pipeline.encoder_threads`, `scaler_threads`)."""

import os
import re

import av
import pytest

from app.core.engine import Engine
from app.core.errors import EXIT_OK
from app.core.jobs import EncodeOptions, Job
from app.core.pipeline import (Decoder, decoder_threads, encoder_threads, queue_depth, scaler_threads, usable_cores,
                               x264_threading)
from app.core.quality import measure
from app.core.store import JobStore

LADDER = [1920 * 1080, 1280 * 720, 854 * 480, 640 * 360, 426 * 240]  # the default ladder's encodes


def test_encoder_threads_follow_each_encodes_share_of_the_work():
    assert encoder_threads(LADDER, 2) == [2, 1, 1, 1, 1]
    assert encoder_threads(LADDER, 8) == [8, 4, 2, 1, 1]
    assert encoder_threads(LADDER, 16) == [16, 8, 4, 2, 1]
    assert encoder_threads(LADDER, 1) == [1, 1, 1, 1, 1]
    assert encoder_threads([1920 * 1080], 4) == [4]  # never more than the cores
    assert encoder_threads([], 8) == []


def test_x264_threading_alone_frames_from_720p_slices_below():
    assert x264_threading(1, 1920 * 1080) == ("FRAME", 1)
    assert x264_threading(2, 1920 * 1080) == ("FRAME", 3)  # never 2 frame threads (starved pictures)
    assert x264_threading(8, 1280 * 720) == ("FRAME", 8)
    assert x264_threading(2, 640 * 360) == ("SLICE", 2)
    assert x264_threading(4, 854 * 480) == ("SLICE", 4)


def test_scaler_threads_only_where_the_cores_outrun_one_decoding_thread(monkeypatch):
    monkeypatch.delenv("RENDITION_STUDIO_SCALE_THREADS", raising=False)
    assert [scaler_threads(c) for c in (1, 2, 4, 5, 6, 8, 12, 16, 64)] == [0, 0, 0, 0, 1, 2, 3, 4, 4]
    monkeypatch.setenv("RENDITION_STUDIO_SCALE_THREADS", "3")
    assert scaler_threads(2) == 3


def test_queue_depth_holds_about_4_mib_of_pictures_2_to_8():
    assert queue_depth(1920, 1080) == 2  # 3.0 MiB a picture: the floor
    assert queue_depth(3840, 2160) == 2
    assert queue_depth(1280, 720) == 3
    assert queue_depth(854, 480) == 6
    assert queue_depth(640, 360) == 8  # the ceiling
    assert queue_depth(426, 240) == 8
    assert queue_depth(854, 480, ten_bit=True) == 3  # two bytes a sample
    assert queue_depth(0, 0) == 8


def test_the_decoder_runs_one_thread_a_usable_core(clips):
    from app.core.probe import probe_source

    assert [decoder_threads(c) for c in (1, 2, 8, 16, 64)] == [1, 2, 8, 16, 16]
    decoder = Decoder(probe_source(clips.landscape), "off", lambda ev: None)
    container, vs, _ = decoder._open(None)
    try:
        assert vs.codec_context.thread_count == decoder_threads(usable_cores())
        assert sum(1 for _ in container.decode(vs)) > 0
    finally:
        container.close()


def x264_settings(path: str) -> dict[str, str]:
    """The options x264 wrote into the stream (its SEI): ``{"threads": "2", "sliced_threads": "0", ...}``."""
    with open(path, "rb") as f:
        data = f.read()
    found = re.search(rb"x264 - core \d+.*? options: ([^\x00]*)", data)
    assert found, f"no x264 settings in {path}"
    return dict(kv.split("=", 1) for kv in found.group(1).decode("ascii", "replace").split() if "=" in kv)


def pictures(path: str) -> list[float]:
    with av.open(path) as c:
        return [float(f.pts * f.time_base) for f in c.decode(video=0)]


def audio_seconds(path: str) -> float:
    with av.open(path) as c:
        return sum(f.samples for f in c.decode(audio=0)) / c.streams.audio[0].sample_rate


@pytest.mark.slow
def test_scaler_threads_make_the_same_ladder(clips, tmp_path, monkeypatch):
    """With three scaler threads (what a 12-core machine gets) the outputs have every picture, in order, at its
    time, the audio whole, and the quality of the ladder made by the decoding thread alone."""
    src = clips.landscape  # 640x360, 8 s at 25 fps, with audio: 240p + 360p HLS and the 360p MP4
    with av.open(src) as c:
        source_times = [float(f.pts * f.time_base) for f in c.decode(video=0)]
    results = {}
    for threads in ("0", "3"):
        monkeypatch.setenv("RENDITION_STUDIO_SCALE_THREADS", threads)
        job = Job.create(src, str(tmp_path / f"scalers-{threads}"), EncodeOptions(thumbnails=[]))
        assert Engine(JobStore()).run(job, lambda ev: None) == EXIT_OK, job.error
        outputs = {}
        for r in job.renditions:
            path = r.path if r.type == "mp4" else os.path.join(os.path.dirname(r.path), "segment_00000.ts")
            if r.type == "hls":  # the whole rendition: its segments joined
                folder = os.path.dirname(r.path)
                joined = tmp_path / f"{threads}-{r.quality}.ts"
                with open(joined, "wb") as out:
                    for name in sorted(n for n in os.listdir(folder) if n.endswith(".ts")):
                        with open(os.path.join(folder, name), "rb") as f:
                            out.write(f.read())
                path = str(joined)
            times = pictures(path)
            start = times[0]
            assert len(times) == len(source_times), (threads, r.id)
            assert all(b > a for a, b in zip(times, times[1:])), (threads, r.id)  # in order
            assert [round(t - start, 3) for t in times] == [round(t - source_times[0], 3) for t in source_times]
            assert abs(audio_seconds(path) - 8.0) < 0.1, (threads, r.id)
            psnr = measure(src, path, metrics=("psnr",)).scores["psnr"]
            assert psnr.min > psnr.mean - 4, (threads, r.id, psnr)  # no picture starved by the rate control
            outputs[r.id] = psnr.mean
            if r.type == "mp4":  # the 360p encode: its threads as `encoder_threads` says for this machine
                kind, want = x264_threading(encoder_threads([640 * 360, 426 * 240], usable_cores())[0], 640 * 360)
                settings = x264_settings(path)
                assert (settings["threads"], settings["sliced_threads"]) == (str(want), "1" if kind == "SLICE" else "0")
        results[threads] = outputs
    for rid, psnr in results["0"].items():
        assert psnr > 20, (rid, psnr)  # a hard moving pattern: 22 dB at 240p and 150 kb/s
        assert abs(results["3"][rid] - psnr) < 0.5, (rid, psnr, results["3"][rid])


@pytest.mark.slow
def test_a_720p_top_rung_gets_frame_threads_and_no_starved_picture(clips, tmp_path):
    src = clips.get("threads720.mp4", width=1280, height=720, seconds=3, fps=25)
    job = Job.create(src, str(tmp_path), EncodeOptions(thumbnails=[], renditions=[(240, None), (720, None)]))
    assert Engine(JobStore()).run(job, lambda ev: None) == EXIT_OK, job.error
    mp4 = next(r.path for r in job.renditions if r.type == "mp4")
    kind, want = x264_threading(encoder_threads([1280 * 720, 426 * 240], usable_cores())[0], 1280 * 720)
    settings = x264_settings(mp4)
    assert (settings["threads"], settings["sliced_threads"]) == (str(want), "1" if kind == "SLICE" else "0")
    psnr = measure(src, mp4, metrics=("psnr",)).scores["psnr"]
    assert psnr.min > psnr.mean - 4, psnr


def test_each_x265_encode_gets_a_thread_pool_of_its_share(clips, tmp_path):
    """x265's default is a pool of every core for each encode of the ladder; `encoder_threads` sizes it as
    x264's threads (the pool's threads start when the encoder opens: counted in /proc)."""
    from fractions import Fraction

    from app.core.ladder import plan_job
    from app.core.pipeline import EncodeGroup, _Sink
    from app.core.probe import probe_source

    source = probe_source(clips.landscape)
    plan = plan_job(source, formats=("hls",), codecs=("hevc",))
    r = next(r for r in plan.renditions if r.codec == "hevc")

    def threads_started(pool: int) -> int:
        group = EncodeGroup("g", [_Sink(r, str(tmp_path / "final"), str(tmp_path / "target"))], plan=plan,
                            source=source, time_base=Fraction(1, 25), audio=[], emit=lambda ev: None,
                            codec="libx265", threads=pool)
        with av.open(str(tmp_path / f"pool{pool}.mp4"), "w") as container:
            before = len(os.listdir("/proc/self/task"))
            stream = group._add_video_encoder(container)
            picture = av.VideoFrame(r.width, r.height, "yuv420p")
            picture.pts, picture.time_base = 0, Fraction(1, 25)
            stream.encode(picture)  # opens the encoder: its pool starts
            started = len(os.listdir("/proc/self/task")) - before
            stream.encode(None)
        return started

    one, four = threads_started(1), threads_started(4)
    assert four - one >= 3, (one, four)  # at least the 3 more pool threads (x265 may add a frame thread)
