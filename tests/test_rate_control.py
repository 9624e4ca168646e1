"""Capped CRF (--rate-control crf): constant quality under each rung's VBV cap, segments still aligned."""

import os
from fractions import Fraction

import av
import m3u8
import numpy as np
import pytest

from app.core.engine import Engine
from app.core.errors import UsageError
from app.core.jobs import Job
from app.core.ladder import plan_job
from app.core.options import build_options
from app.core.probe import probe_source

pytestmark = pytest.mark.slow


def write_clip(path, frames_of, *, width=640, height=360, seconds=4.0, fps=25):
    """A clip whose pictures come from `frames_of(i)` (an RGB array), encoded near-losslessly."""
    with av.open(path, "w") as out:
        vs = out.add_stream("libx264", rate=fps)
        vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
        vs.codec_context.options = {"preset": "ultrafast", "qp": "4"}
        for i in range(int(seconds * fps)):
            frame = av.VideoFrame.from_ndarray(frames_of(i), format="rgb24").reformat(format="yuv420p")
            frame.pts, frame.time_base = i, Fraction(1, fps)
            out.mux(vs.encode(frame))
        out.mux(vs.encode(None))
    return path


def static_slide(width=640, height=360):
    rng = np.random.default_rng(1)
    img = np.full((height, width, 3), 235, np.uint8)
    for row in range(40, height - 40, 24):  # lines of "text": small dark blocks
        x = 40
        while x < width - 80:
            w = int(rng.integers(6, 30))
            img[row:row + 10, x:x + w] = 30
            x += w + int(rng.integers(4, 10))
    return lambda i: img


def noise(width=640, height=360):
    rng = np.random.default_rng(2)
    return lambda i: rng.integers(0, 256, (height, width, 3), dtype=np.uint8)


def segments_kbps(playlist):
    doc = m3u8.load(playlist)
    folder = os.path.dirname(playlist)
    return [os.path.getsize(os.path.join(folder, s.uri)) * 8 / s.duration / 1000 for s in doc.segments]


def encode(src, out, segment_seconds=1, **kw):
    job = Job.create(src, str(out), build_options(thumbnails="none", renditions="360p", segment_seconds=segment_seconds,
                                                  **kw))
    assert Engine().run(job) == 0
    return job


def test_crf_options_are_checked():
    assert build_options(crf=20).rate_control == "crf"  # a CRF alone asks for constant quality
    assert build_options(rate_control="crf").crf is None
    for bad in ({"rate_control": "cbr"}, {"crf": 60}, {"crf": -1}, {"ladder": "auto"}):
        with pytest.raises(UsageError):
            build_options(**bad)


def test_capped_crf_plan(tmp_path):
    src = write_clip(str(tmp_path / "s.mp4"), static_slide(), seconds=1)
    info = probe_source(src)
    abr = plan_job(info)
    crf = plan_job(info, rate_control="crf", crf=21)
    assert all(r.crf is None for r in abr.renditions) and abr.rate_control == "abr"
    assert [r.crf for r in crf.renditions] == [21.0] * len(crf.renditions)
    # the cap is the rung's own: the same maxrate and buffer as ABR
    assert [(r.maxrate_kbps, r.bufsize_kbps) for r in crf.renditions] == \
        [(r.maxrate_kbps, r.bufsize_kbps) for r in abr.renditions]
    assert [r.crf for r in plan_job(info, preset="per-title").renditions][0] == 23.0


def test_crf_static_is_much_smaller_than_abr_and_noise_stays_under_the_cap(tmp_path):
    slide = write_clip(str(tmp_path / "slide.mp4"), static_slide())
    abr = encode(slide, tmp_path / "abr", segment_seconds=2)
    crf = encode(slide, tmp_path / "crf", rate_control="crf", crf=23, segment_seconds=2)
    abr_size = next(r.size for r in abr.renditions if r.id == "hls:360p")
    crf_size = next(r.size for r in crf.renditions if r.id == "hls:360p")
    # Measured: 37.8 kB against 61.1 kB (x264's ABR already undershoots its 319 kb/s on a still picture; the
    # keyframes every 2 s are most of both files).
    assert crf_size < 0.7 * abr_size, (crf_size, abr_size)

    # Noise at CRF 10 wants far more than the rung's 1.2 x bitrate: the VBV cap holds it down.
    loud = write_clip(str(tmp_path / "noise.mp4"), noise())
    capped = encode(loud, tmp_path / "noise", rate_control="crf", crf=10)
    plan = plan_job(probe_source(loud), renditions=None, rate_control="crf", crf=10)
    rung = next(r for r in plan.renditions if r.quality == "360p")
    maxrate, bufsize = rung.maxrate_kbps, rung.bufsize_kbps
    playlist = os.path.join(capped.out_dir, "hls", "360p", "index.m3u8")
    rates = segments_kbps(playlist)  # 1 s segments
    assert len(rates) >= 4
    # The VBV promise: over any T seconds at most maxrate * T + bufsize; TS packets add about 7 % to the video.
    for i in range(len(rates)):
        for j in range(i + 1, len(rates) + 1):
            assert sum(rates[i:j]) <= (maxrate * (j - i) + bufsize) * 1.08, (rates, maxrate, bufsize)
    # (No bound on one second alone beyond that: x264's VBV lets one second spend what the buffer saved, and
    # a run of the full suite saw one steady second at 1.42x maxrate, within maxrate * 1 s + bufsize.)
    steady = rates[1:]  # the buffer starts full: the first second may spend it
    assert sum(steady) / len(steady) > maxrate * 0.8  # the cap, not the CRF, set the rate
    # every segment starts on a keyframe, as in ABR; the master still states the measured peak
    for seg in m3u8.load(playlist).segments:
        with av.open(os.path.join(os.path.dirname(playlist), seg.uri)) as c:
            first = next(p for p in c.demux(video=0) if p.pts is not None)
            assert first.is_keyframe
    master = m3u8.load(os.path.join(capped.out_dir, "hls", "master.m3u8"))
    bw = master.playlists[0].stream_info.bandwidth
    assert max(rates) * 1000 * 0.95 <= bw <= max(rates) * 1000 * 1.3
