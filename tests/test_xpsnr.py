"""XPSNR with the source's weights computed once (app.core.xpsnr) against FFmpeg's own xpsnr filter, and the
order of the filter's inputs in app.core.quality (the source is the picture whose activity weighs the errors)."""

from __future__ import annotations

import math
from fractions import Fraction

import av
import numpy as np
import pytest

from app.core import quality
from app.core.xpsnr import Reference, block_size

TB = Fraction(1, 1000)


def _content(rng, w, h, k):
    yy, xx = np.mgrid[0:h, 0:w]
    base = 128 + 60 * np.sin(xx / (17 + k) + yy / 29) + rng.normal(0, 8 + 3 * k, (h, w))
    base[h // 3:h // 2, w // 4:w // 2] = 40 + 5 * k  # a flat patch: the lower limit of the activity
    return np.clip(base, 0, 255).astype(np.uint8)


def _yuv(luma):
    h, w = luma.shape
    a = np.full((h * 3 // 2, w), 128, np.uint8)
    a[:h] = luma
    return av.VideoFrame.from_ndarray(a, format="yuv420p")


def _ffmpeg_scores(pairs, w, h, fps):
    """FFmpeg's per-frame XPSNR-Y, the source (original) on the filter's first input, as its documentation has it."""
    g = av.filter.Graph()
    spec = f"video_size={w}x{h}:pix_fmt=yuv420p:time_base=1/1000:frame_rate={fps}"
    a, b = g.add("buffer", spec), g.add("buffer", spec)
    x = g.add("xpsnr")
    a.link_to(x, 0, 0)
    b.link_to(x, 0, 1)
    sink = g.add("buffersink")
    x.link_to(sink)
    g.configure()
    out = []
    for i, (o, r) in enumerate(pairs):
        fo, fr = _yuv(o), _yuv(r)
        fo.pts = fr.pts = i
        fo.time_base = fr.time_base = TB
        g.push(fo, at=0)
        g.push(fr, at=1)
        out.append(float(g.pull().metadata["lavfi.xpsnr.xpsnr.y"]))
    return out


@pytest.mark.parametrize("w,h,fps", [(1920, 1080, 25), (1280, 720, 30), (640, 480, 25), (426, 240, 25),
                                     (1920, 1080, 50), (2560, 1440, 25), (2560, 1440, 60)])
def test_the_same_scores_as_ffmpegs_filter(w, h, fps):
    """Every size class of the filter: 64-pixel blocks at 1080p, weight smoothing up to 640x480, the 2x2 high-pass
    above 2048x1152, the second-order temporal difference over 32 pictures a second; the first picture against
    the filter's empty history, an identical half picture."""
    rng = np.random.default_rng(w + fps)
    pairs = []
    for k in range(4):
        o = _content(rng, w, h, k)
        r = np.clip(o.astype(int) + rng.normal(0, 2 + 2 * k, o.shape), 0, 255).astype(np.uint8)
        if k == 2:
            r[: h // 2] = o[: h // 2]
        pairs.append((o, r))
    theirs = _ffmpeg_scores(pairs, w, h, fps)
    ours = []
    for k, (o, r) in enumerate(pairs):
        prev = pairs[k - 1][0] if k else None
        before = pairs[k - 2][0] if k > 1 else None
        ours.append(Reference(o, prev, before, frame_rate=fps).score(r))
    assert ours == pytest.approx(theirs, abs=1e-4)
    assert max(theirs) - min(theirs) > 3  # the pictures differ enough for the test to mean something


def test_block_size_and_identical_pictures():
    assert block_size(1920, 1080) == 64 and block_size(3840, 2160) == 128 and block_size(1280, 720) == 44
    o = _content(np.random.default_rng(1), 320, 180, 0)
    assert Reference(o).score(o) == math.inf


def _lossless(path, lumas, fps=25):
    with av.open(path, "w") as out:
        vs = out.add_stream("libx264", rate=fps)
        vs.height, vs.width = lumas[0].shape
        vs.pix_fmt = "yuv420p"
        vs.codec_context.options = {"preset": "ultrafast", "qp": "0"}
        for i, y in enumerate(lumas):
            f = _yuv(y)
            f.pts = i
            out.mux(vs.encode(f))
        out.mux(vs.encode(None))
    return path


def test_quality_weighs_the_errors_by_the_sources_activity(tmp_path):
    """XPSNR weighs each block's error by the ORIGINAL picture's activity. FFmpeg's filter takes the original on its
    first input; quality.measure had the rendition there, so a flat (blurred) rendition of a grainy source was
    weighed as if the source were flat: 20 dB too low here (2.7 against 22.5 dB)."""
    rng = np.random.default_rng(7)
    w, h = 320, 192
    sources = [np.clip(128 + rng.normal(0, 30, (h, w)), 0, 255).astype(np.uint8) for _ in range(3)]
    flat = [np.full((h, w), 128, np.uint8) for _ in sources]  # the grain gone: what a starved encode does
    src = _lossless(str(tmp_path / "src.mp4"), sources)
    rend = _lossless(str(tmp_path / "flat.mp4"), flat)
    measured = quality.measure(src, rend, None, 0, ("xpsnr",)).frame_scores["xpsnr_y"]
    expected = [Reference(sources[k], sources[k - 1] if k else None).score(flat[k]) for k in range(3)]
    assert measured == pytest.approx(expected, abs=0.01)
    backwards = [Reference(flat[k], flat[k - 1] if k else None).score(sources[k]) for k in range(3)]
    assert min(abs(a - b) for a, b in zip(expected, backwards)) > 3
