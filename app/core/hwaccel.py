"""Hardware decoder detection: which device types PyAV's FFmpeg offers, and which really work here.

A device type being listed proves nothing: the GPU, its driver or its runtime may be missing. So every
offered type is tried for real, by decoding a short clip made on the spot, once per source codec whose
FFmpeg decoder knows that device. Runs inside the worker child process (`app.core.worker hwaccel`).
"""

from __future__ import annotations

import io
from fractions import Fraction
from typing import cast

import av

# Source codecs checked, and the software encoder that makes the test clip for each.
TEST_CODECS = {"h264": "libx264", "hevc": "libx265", "vp9": "libvpx-vp9", "av1": "libsvtav1"}


def _test_clip(codec: str, encoder: str) -> bytes | None:
    if encoder not in av.codecs_available:
        return None
    buf = io.BytesIO()
    fmt = "matroska"
    with av.open(buf, "w", format=fmt) as out:
        s = cast(av.VideoStream, out.add_stream(encoder, rate=25))  # a video encoder: a video stream
        s.width, s.height, s.pix_fmt = 320, 240, "yuv420p"
        if encoder == "libx265":
            s.codec_context.options = {"x265-params": "log-level=none"}
        for i in range(10):
            frame = av.VideoFrame(320, 240, "yuv420p")
            for plane in frame.planes:
                plane.update(bytes([(i * 20) % 256]) * plane.buffer_size)
            frame.pts, frame.time_base = i, Fraction(1, 25)
            out.mux(s.encode(frame))
        out.mux(s.encode(None))
    return buf.getvalue()


def _try_decode(device: str, clip: bytes) -> tuple[bool, str]:
    hw = av.codec.hwaccel.HWAccel(device_type=device, allow_software_fallback=False)
    try:
        with av.open(io.BytesIO(clip), "r", hwaccel=hw) as c:
            n = sum(1 for _ in c.decode(video=0))
        return (n > 0, "" if n else "no frames decoded")
    except Exception as exc:  # noqa: BLE001 - any failure means "does not work here"
        return False, " ".join(str(exc).split())[:200]


def offered() -> list[str]:
    try:
        return sorted(str(d) for d in av.codec.hwaccel.hwdevices_available())
    except Exception:  # noqa: BLE001
        return []


def detect() -> dict:
    """``{"offered": [...], "devices": [{"type", "works", "codecs": {codec: bool}, "error"}]}``."""
    clips = {codec: _test_clip(codec, enc) for codec, enc in TEST_CODECS.items()}
    devices = []
    for device in offered():
        codecs: dict[str, bool] = {}
        errors: list[str] = []
        for codec, clip in clips.items():
            try:
                configs = av.Codec(codec, "r").hardware_configs
            except Exception:  # noqa: BLE001
                configs = []
            if not any(str(c.device_type) == device or getattr(c.device_type, "name", "") == device for c in configs):
                continue  # FFmpeg's decoder for this codec cannot use this device at all
            if clip is None:
                continue
            ok, err = _try_decode(device, clip)
            codecs[codec] = ok
            if err and err not in errors:
                errors.append(err)
        works = any(codecs.values())
        devices.append({"type": device, "works": works, "codecs": codecs,
                        "error": None if works else ("; ".join(errors) or "no decoder for this device")})
    return {"offered": offered(), "devices": devices, "usable": [d["type"] for d in devices if d["works"]]}
