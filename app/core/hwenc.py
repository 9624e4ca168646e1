"""Hardware video encoders: which ones really work here, the choice for a job, and their options.

A listed encoder proves nothing (the wheel carries NVENC, Quick Sync and AMF whatever the machine has), so
`detect` opens each one the build offers and encodes a few real frames at a small and a large size; FFmpeg's own
error lines are turned into a plain reason (`plain_reason`). `detect` runs in the media worker (``worker hwaccel``);
the parent keeps its answer per machine in the data folder (`load_cache`, `save_cache`), keyed on what changes the
answer (`cache_key`: app, PyAV and FFmpeg build, GPU driver, device nodes).

`assign` decides which encoder each encode group of a job gets (`--encoder auto|software|nvenc|qsv|amf|vaapi`);
`video_options` are the options that keep the engine's contract on a hardware encoder (fixed GOP, an IDR at each
forced key frame, no B-frames, VBV caps).

Only `detect` and `try_encoder` import PyAV: the rest is plain Python for the application's process.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from fractions import Fraction

SOFTWARE = "libx264"
FAMILIES = ("nvenc", "qsv", "amf", "vaapi")  # --encoder auto tries them in this order
CHOICES = ("auto", "software", *FAMILIES)
CODECS = ("h264", "hevc", "av1")
SIZES = ((320, 180), (1920, 1080))  # a small and a large picture: some encoders refuse one of them
TEST_FRAMES = 8
DEFAULT_NVENC_SESSIONS = 3  # consumer NVIDIA cards allow few concurrent encodes (3 to 8, by driver)
NVENC_SESSIONS_ENV = "RENDITION_STUDIO_NVENC_SESSIONS"
CACHE_NAME = "hwaccel-cache.json"
CACHE_VERSION = 1
NVIDIA_VERSION_FILE = "/proc/driver/nvidia/version"
DRI_GLOB = "/dev/dri/*"
NVIDIA_DEV_GLOB = "/dev/nvidia*"
# Test hook (the worker only): ``{"encoder": "h264_nvenc", "frame": N, "rendition": "hls:360p"}`` makes that
# encoder (opened as libx264 here, standing in for one that works) raise at its Nth picture, to exercise the
# mid-encode fallback on machines without the hardware. Never set outside tests.
FAIL_HOOK_ENV = "RENDITION_STUDIO_TEST_ENCODE_FAIL"


def encoder_name(family: str, codec: str = "h264") -> str:
    return f"{codec}_{family}"


def family_of(encoder: str) -> str | None:
    """``nvenc`` for ``h264_nvenc``; None for a software encoder."""
    tail = encoder.rsplit("_", 1)[-1]
    return tail if tail in FAMILIES else None


def is_hardware(encoder: str) -> bool:
    return family_of(encoder) is not None


def check_choice(choice: str) -> str:
    from app.core.errors import UsageError

    if choice not in CHOICES:
        raise UsageError(f"unknown encoder {choice!r} (choose from {', '.join(CHOICES)})")
    return choice


def nvenc_session_limit() -> int:
    try:
        return max(0, int(os.environ.get(NVENC_SESSIONS_ENV, DEFAULT_NVENC_SESSIONS)))
    except ValueError:
        return DEFAULT_NVENC_SESSIONS


# -- reasons ----------------------------------------------------------------------------------------------------
_REASONS: tuple[tuple[str, str], ...] = (
    (r"minimum required Nvidia driver for nvenc is ([\d.]+)",
     "the NVIDIA driver is too old: NVENC in this build needs driver {0} or newer"),
    (r"Driver does not support the required nvenc API version",
     "the NVIDIA driver is too old for this build's NVENC"),
    (r"Cannot load (libcuda\.so[.\d]*|nvcuda\.dll)", "no NVIDIA GPU driver ({0} not found)"),
    (r"Cannot load (libnvidia-encode\.so[.\d]*|nvEncodeAPI(?:64)?\.dll)",
     "the NVIDIA driver has no NVENC ({0} not found)"),
    (r"No capable devices found|No NVENC capable devices found", "no NVENC-capable NVIDIA GPU"),
    (r"OpenEncodeSessionEx failed: (?:out of memory|incompatible client key)",
     "no free NVENC session (the GPU's limit of concurrent encodes is reached)"),
    (r"dev_type|CUDA_ERROR_NO_DEVICE|cuInit\(0\) failed", "no usable NVIDIA GPU (CUDA found no device)"),
    (r"DLL (libamfrt64\.so[.\d]*|amfrt64\.dll) failed to open", "no AMD GPU driver (AMF runtime {0} not found)"),
    (r"Error creating a MFX session|Error initializing an internal MFX session|MFX session",
     "no Intel Quick Sync device or driver (no MFX session)"),
    (r"Failed to (?:create|initialise) (?:a )?VAAPI|No VA display", "no VA-API device or driver"),
    (r"(?:Width|Height|width|height).*(?:exceeds|not supported|out of range)|dimensions? not supported|"
     r"InitializeEncoder failed: invalid param", "this picture size is not supported by the encoder"),
)


def plain_reason(text: str) -> str:
    """The plain reason an encoder did not work, from FFmpeg's error text and log lines."""
    for pattern, sentence in _REASONS:
        m = re.search(pattern, text)
        if m:
            return sentence.format(*m.groups())
    text = " ".join(text.split())
    return (text[:200] or "it did not open")


# -- detection (in the worker) --------------------------------------------------------------------------------------
def _pix_fmt(encoder: str) -> str:
    """yuv420p where the encoder takes it (what the pipeline makes), else nv12."""
    import av

    try:
        formats = [f.name for f in av.Codec(encoder, "w").video_formats or []]
    except Exception:  # noqa: BLE001
        return "yuv420p"
    return "yuv420p" if "yuv420p" in formats or not formats else ("nv12" if "nv12" in formats else formats[0])


def try_encoder(encoder: str, width: int, height: int, frames: int = TEST_FRAMES) -> tuple[bool, str | None]:
    """Open `encoder` and encode `frames` real pictures (moving gradient) at width x height; (works, reason)."""
    import av
    import av.logging
    from av.video.codeccontext import VideoCodecContext

    pix = _pix_fmt(encoder)
    with av.logging.Capture(True) as logs:
        try:
            cc = av.CodecContext.create(encoder, "w")
            assert isinstance(cc, VideoCodecContext)  # a video encoder
            cc.width, cc.height, cc.pix_fmt = width, height, pix
            cc.time_base = Fraction(1, 25)
            cc.framerate = Fraction(25, 1)
            cc.bit_rate = 2_000_000
            cc.options = {"g": "25", "bf": "0"}
            packets = 0
            for i in range(frames):
                f = av.VideoFrame(width, height, "yuv420p")
                for n, plane in enumerate(f.planes):
                    plane.update(bytes(((x + i * 7 + n * 50) % 256) for x in range(plane.line_size))
                                 * (plane.buffer_size // plane.line_size))
                if pix != "yuv420p":
                    f = f.reformat(format=pix)
                f.pts = i
                packets += len(cc.encode(f))
            packets += len(cc.encode(None))
        except Exception as exc:  # noqa: BLE001 - any failure means "does not work here"
            lines = " ".join(str(m) for _level, _name, m in logs)
            return False, plain_reason(f"{lines} {exc}")
    if packets < frames:
        return False, f"only {packets} of {frames} pictures came out encoded"
    return True, None


def offered_encoders() -> list[str]:
    import av

    return [encoder_name(f, c) for f in FAMILIES for c in CODECS if encoder_name(f, c) in av.codecs_available]


def detect(progress=None) -> list[dict]:
    """Each hardware encoder of the build, tried: ``[{"name", "family", "codec", "offered", "works", "sizes":
    {"320x180": bool}, "reason"}]`` (one entry per family and codec; `offered` False: not in this build)."""
    import av

    out = []
    for family in FAMILIES:
        for codec in CODECS:
            name = encoder_name(family, codec)
            entry: dict = {"name": name, "family": family, "codec": codec, "offered": name in av.codecs_available,
                           "works": False, "sizes": {}, "reason": None}
            if not entry["offered"]:
                entry["reason"] = "not in this build's FFmpeg"
                out.append(entry)
                continue
            if progress is not None:
                progress(name)
            reasons = []
            for w, h in SIZES:
                ok, reason = try_encoder(name, w, h)
                entry["sizes"][f"{w}x{h}"] = ok
                if not ok:
                    reasons.append(reason or "it did not work")
                    if (w, h) == SIZES[0]:
                        break  # it does not open at all: the large size says nothing more
            entry["works"] = bool(entry["sizes"]) and all(entry["sizes"].values())
            if not entry["works"]:
                failed = [s for s, ok in entry["sizes"].items() if not ok]
                small = f"{SIZES[0][0]}x{SIZES[0][1]}"
                entry["reason"] = reasons[0] if failed == [small] else f"fails at {', '.join(failed)}: {reasons[0]}"
            out.append(entry)
    return out


def versions() -> dict:
    """The PyAV and FFmpeg versions of the running worker (part of the report)."""
    import av

    return {"pyav": av.__version__, "ffmpeg": getattr(av, "ffmpeg_version_info", "")}


# -- the cache (in the application's process) -----------------------------------------------------------------------
def _read(path: str, size: int = 400) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read(size).strip()
    except OSError:
        return None


def cache_key() -> dict:
    """What the detection's answer depends on; a change of any of these checks again."""
    from importlib import metadata, util

    from app import __version__

    try:
        pyav = metadata.version("av")
    except Exception:  # noqa: BLE001 - e.g. a bundle without the package's metadata
        pyav = None
    build = None
    try:
        spec = util.find_spec("av")
        if spec is not None and spec.origin:
            folder = os.path.dirname(spec.origin)
            libs = sorted(glob.glob(os.path.join(folder, "*.so")) + glob.glob(os.path.join(folder, "*.pyd")) +
                          glob.glob(os.path.join(os.path.dirname(folder), "av.libs", "*")))
            build = [[os.path.basename(p), os.path.getsize(p)] for p in libs[:40]]
    except (ImportError, ValueError, OSError):
        pass
    return {"v": CACHE_VERSION, "app": __version__, "pyav": pyav, "ffmpegBuild": build, "platform": sys.platform,
            "nvidiaDriver": _read(NVIDIA_VERSION_FILE), "dri": sorted(glob.glob(DRI_GLOB)),
            "nvidiaDevices": sorted(glob.glob(NVIDIA_DEV_GLOB))}


def cache_path() -> str:
    from app.core.store import data_dir

    return os.path.join(data_dir(), CACHE_NAME)


def load_cache(key: dict) -> dict | None:
    """The cached report for this key, or None (missing, unreadable, or made under another key)."""
    try:
        with open(cache_path(), encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key or not isinstance(data.get("report"), dict):
        return None
    return data["report"]


def save_cache(key: dict, report: dict) -> None:
    from app.core.layout import replace_file

    try:
        replace_file(cache_path(), json.dumps({"key": key, "report": report}, indent=1) + "\n")
    except OSError:
        pass  # no cache: the next check tries again


def no_gpu_device() -> bool:
    """Linux without a single GPU device node: no hardware encoder can open, nothing needs trying."""
    return sys.platform.startswith("linux") and not glob.glob(DRI_GLOB) and not glob.glob(NVIDIA_DEV_GLOB)


# -- the choice -------------------------------------------------------------------------------------------------
def working_families(report: dict | None, codec: str = "h264") -> dict[str, str | None]:
    """family -> None where `codec`'s encoder works, else the reason (from a detection report)."""
    found: dict[str, str | None] = {}
    for e in (report or {}).get("encoders") or []:
        if e.get("codec") == codec:
            found[e["family"]] = None if e.get("works") else (e.get("reason") or "does not work here")
    return found


def assign(choice: str, groups: list[str], *, offered: list[str], detection: dict | None = None,
           nvenc_sessions: int = DEFAULT_NVENC_SESSIONS) -> tuple[dict[str, tuple[str, str | None]], list[str]]:
    """The encoder of each encode group (biggest first) and why it is not the one asked for, and warnings.

    `auto`: the first family that detection says works, else software (no note: software was fine). An explicit
    family is tried for real in each group (an open failure falls back there); one this build lacks is software
    with a warning. NVENC groups beyond `nvenc_sessions` are software: the card would refuse them."""
    warnings: list[str] = []
    if choice == "software":
        return {g: (SOFTWARE, None) for g in groups}, warnings
    if choice == "auto":
        works = working_families(detection)
        family = next((f for f in FAMILIES if f in works and works[f] is None), None)
        if family is None or encoder_name(family) not in offered:
            return {g: (SOFTWARE, None) for g in groups}, warnings
    else:
        family = choice
        if encoder_name(family) not in offered:
            note = f"{encoder_name(family)} is not in this build's FFmpeg; encoded in software"
            warnings.append(f"hardware encoder {note}")
            return {g: (SOFTWARE, note) for g in groups}, warnings
    name = encoder_name(family)
    out: dict[str, tuple[str, str | None]] = {}
    for i, g in enumerate(groups):
        if family == "nvenc" and i >= nvenc_sessions:
            out[g] = (SOFTWARE, f"NVENC session limit: at most {nvenc_sessions} hardware encodes per job "
                                f"({NVENC_SESSIONS_ENV}); encoded in software")
        else:
            out[g] = (name, None)
    if any(note for _, note in out.values()):
        warnings.append(f"{sum(1 for n, _ in out.values() if n == SOFTWARE)} of {len(groups)} encodes use software: "
                        f"the NVENC session limit is {nvenc_sessions}")
    return out, warnings


# -- options ------------------------------------------------------------------------------------------------------
def video_options(encoder: str, *, gop: int, maxrate_kbps: int, bufsize_kbps: int) -> dict[str, str]:
    """A hardware encoder's options for the engine's contract: a fixed GOP, every forced key frame (each segment
    start) an IDR, no scene-cut key frames, no B-frames, and the VBV caps that keep BANDWIDTH true."""
    common = {"g": str(gop), "bf": "0", "maxrate": f"{maxrate_kbps}k", "bufsize": f"{bufsize_kbps}k"}
    family = family_of(encoder)
    if family == "nvenc":
        return {**common, "preset": "p5", "tune": "hq", "rc": "vbr", "forced-idr": "1", "no-scenecut": "1",
                "strict_gop": "1", "spatial-aq": "1"}
    if family == "qsv":
        return {**common, "preset": "medium", "forced_idr": "1", "idr_interval": "0", "look_ahead": "0"}
    if family == "amf":
        return {**common, "usage": "transcoding", "quality": "balanced", "rc": "vbr_peak",
                "header_insertion_mode": "idr", "forced_idr": "1"}
    if family == "vaapi":
        return {**common, "rc_mode": "VBR", "idr_interval": "0"}
    return common


def pix_fmt(encoder: str) -> str:
    """The picture format the encoder gets (the pipeline makes yuv420p; Quick Sync takes nv12 only)."""
    return "nv12" if family_of(encoder) == "qsv" else "yuv420p"


def fail_hook() -> dict | None:
    raw = os.environ.get(FAIL_HOOK_ENV)
    if not raw:
        return None
    try:
        hook = json.loads(raw)
    except ValueError:
        return None
    return hook if isinstance(hook, dict) and hook.get("encoder") else None
