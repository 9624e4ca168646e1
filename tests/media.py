"""Media made in code for the tests (PyAV writes it): no binary fixtures in the repository."""

from __future__ import annotations

import os
from fractions import Fraction

import av
import numpy as np


def _pattern(xx, yy, i: int):
    """Picture `i` of the moving test pattern (RGB) on the grid `xx`, `yy` (np.mgrid): ramps and a checkerboard."""
    height, width = xx.shape
    rgb = np.empty((height, width, 3), dtype=np.uint8)
    rgb[..., 0] = (xx * 255 // max(1, width - 1) + i * 4) % 256
    rgb[..., 1] = (yy * 255 // max(1, height - 1) + i * 2) % 256
    rgb[..., 2] = ((xx // 16 + yy // 16 + i) % 2) * 200
    return rgb


def make_clip(path: str, *, width: int = 320, height: int = 240, seconds: float = 2.0, fps: int = 25,
              codec: str = "libx264", pix_fmt: str = "yuv420p", audio: bool = True, rotation: int = 0,
              container_format: str | None = None, faststart: bool = False, keyint: int | None = None,
              preset: str = "ultrafast", params: str | None = None) -> str:
    """A moving test pattern (and a tone) that encoders must really work on; x264 or x265 with a keyframe every
    `keyint` pictures where given (else the encoder's default, 250), at `preset` (ultrafast: no B-pictures), with
    more of the encoder's `params` ("b-adapt=0": x264's B-pictures every time)."""
    options = {"movflags": "+faststart"} if faststart else {}
    with av.open(path, "w", format=container_format, options=options) as out:
        vs = out.add_stream(codec, rate=fps)
        vs.width, vs.height, vs.pix_fmt = width, height, pix_fmt
        if codec == "libx265":
            vs.codec_context.options = {"x265-params": "log-level=none"}
        if codec in ("libx264", "libx265"):
            vs.codec_context.options = {**vs.codec_context.options, "preset": preset}
            extras = [f"keyint={keyint}:min-keyint={keyint}"] if keyint else []
            extras += [params] if params else []
            if extras:
                key = "x265-params" if codec == "libx265" else "x264-params"
                old = vs.codec_context.options.get(key)
                vs.codec_context.options = {**vs.codec_context.options, key: ":".join(([old] if old else []) + extras)}
        if rotation:
            vs.set_display_rotation(rotation)
        a = None
        if audio:
            a = out.add_stream("libopus" if path.endswith(".webm") else "aac", rate=48000, layout="stereo")
        frames = max(2, int(round(seconds * fps)))
        yy, xx = np.mgrid[0:height, 0:width]
        for i in range(frames):
            rgb = _pattern(xx, yy, i)
            # A marker in the top-left corner, to check orientation after rotation.
            rgb[: height // 8, : width // 8] = (255, 255, 255)
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, fps)
            out.mux(vs.encode(frame.reformat(format=pix_fmt)))
        out.mux(vs.encode(None))
        if a is not None:
            rate, n = 48000, 960
            t0 = 0
            total = int(frames / fps * rate)
            while t0 < total:
                t = (np.arange(t0, t0 + n) / rate).astype(np.float32)
                tone = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
                af = av.AudioFrame.from_ndarray(np.stack([tone, tone]), format="fltp", layout="stereo")
                af.sample_rate, af.pts, af.time_base = rate, t0, Fraction(1, rate)
                out.mux(a.encode(af))
                t0 += n
            out.mux(a.encode(None))
    return path


def clip_info(path: str) -> dict:
    with av.open(path) as c:
        v = c.streams.video[0] if c.streams.video else None
        a = c.streams.audio[0] if c.streams.audio else None
        return {
            "width": v.codec_context.width if v else None,
            "height": v.codec_context.height if v else None,
            "codec": v.codec_context.name if v else None,
            "duration": c.duration / 1e6 if c.duration else None,
            "audio": a.codec_context.name if a else None,
            "size": os.path.getsize(path),
        }


def crash_on_open(folder, monkeypatch) -> None:
    """Make every media worker started from here on crash (SIGSEGV) when it opens a file named ``crash.mp4``, as a
    file that crashes the media library would: a ``sitecustomize`` in `folder` wraps ``quality._open``."""
    import os

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    (folder / "sitecustomize.py").write_text(
        "import os, signal\n"
        "from app.core import quality\n"
        "_open = quality._open\n"
        "def _crashing(path):\n"
        "    if path.endswith('crash.mp4'):\n"
        "        os.kill(os.getpid(), signal.SIGSEGV)\n"
        "    return _open(path)\n"
        "quality._open = _crashing\n")
    monkeypatch.setenv("PYTHONPATH", f"{folder}{os.pathsep}{root}")


def make_multi_audio_clip(path: str, tracks: list[dict], *, width: int = 320, height: int = 180, seconds: float = 2.0,
                          fps: int = 25) -> str:
    """A clip (a moving pattern) with several audio tracks: each ``{"language", "layout" ("mono", "stereo",
    "5.1"), "freq" (Hz), "amplitude", "title"}``; a tone per channel (the track's frequency times 1, 1.25, 1.5...),
    so each track and channel can be told apart."""
    with av.open(path, "w") as out:
        vs = out.add_stream("libx264", rate=fps)
        vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
        vs.codec_context.options = {"preset": "ultrafast"}
        streams = []
        for t in tracks:
            a = out.add_stream("aac", rate=48000, layout=t.get("layout", "stereo"))
            a.metadata["language"] = t.get("language", "und")
            if t.get("title"):
                a.metadata["title"] = t["title"]
            streams.append(a)
        frames = max(2, int(round(seconds * fps)))
        yy, xx = np.mgrid[0:height, 0:width]
        for i in range(frames):
            rgb = _pattern(xx, yy, i)
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, fps)
            out.mux(vs.encode(frame.reformat(format="yuv420p")))
        out.mux(vs.encode(None))
        rate, n = 48000, 1024
        total = int(frames / fps * rate)
        for t, a in zip(tracks, streams):
            layout = av.AudioLayout(t.get("layout", "stereo"))
            amp, freq = float(t.get("amplitude", 0.2)), float(t.get("freq", 440))
            t0 = 0
            while t0 < total:
                x = np.arange(t0, t0 + n) / rate
                chans = [(amp * np.sin(2 * np.pi * freq * (1 + 0.25 * c) * x)).astype(np.float32)
                         for c in range(len(layout.channels))]
                af = av.AudioFrame.from_ndarray(np.stack(chans), format="fltp", layout=layout.name)
                af.sample_rate, af.pts, af.time_base = rate, t0, Fraction(1, rate)
                out.mux(a.encode(af))
                t0 += n
            out.mux(a.encode(None))
    return path


def hls_ladder(clip: str, folder: str, rungs: list[int]):
    """An HLS-only ladder of `clip` (1 s segments, H.264 at those heights) encoded in `folder`: (its hls folder,
    the job). For the player tests, which serve it over HTTP."""
    from app.core.engine import Engine
    from app.core.errors import EXIT_OK
    from app.core.jobs import EncodeOptions, Job
    from app.core.store import JobStore

    job = Job.create(clip, folder, EncodeOptions(formats=("hls",), segment_seconds=1, thumbnails=[], hwaccel="off",
                                                 renditions=[(h, None) for h in rungs]))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    return os.path.join(job.out_dir, "hls"), job

