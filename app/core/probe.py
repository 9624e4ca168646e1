"""Media probe: what a source file holds, in the shape of api.video's ``encoding.metadata``.

`probe_source` runs PyAV in the current process. PyAV can crash the process on hostile input, so the
application calls it through `app.core.isolation.probe_isolated`, which runs it in a child process.
"""

from __future__ import annotations

import math
import os
import re
import stat
import urllib.parse
from dataclasses import asdict, dataclass, field
from fractions import Fraction

from app.core.errors import InputRejected

# Demuxers a source may be opened with. Playlist-like demuxers (hls, concat, dash, ...) are left out on
# purpose: they make FFmpeg open other local files or the network. So are image and text demuxers
# (FFmpeg opens a plain text file as a "tty" video).
ALLOWED_DEMUXERS = (
    "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm,avi,mpegts,mpeg,mpegvideo,flv,asf,ogg,mxf,h264,hevc,m4v,"
    "dv,ivf,nut,rm,wtv,obu,yuv4mpegpipe,vc1,av1"
)
# Options for avformat_open_input: read local files and nothing else.
OPEN_OPTIONS = {"protocol_whitelist": "file", "format_whitelist": ALLOWED_DEMUXERS}

MAX_FRAME_RATE = 1000  # fps; a source above it is refused (documented in the README)
MAX_SIDE = 16384  # pixels; a picture wider or taller is refused
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")
_KNOWN_RATIOS = [(16, 9), (4, 3), (1, 1), (21, 9), (3, 2), (5, 4), (2, 1), (9, 16), (3, 4), (9, 21), (2, 3), (4, 5),
                 (1, 2)]


@dataclass(frozen=True)
class SourceInfo:
    path: str
    filesize: int
    container: str
    width: int  # as displayed: after the rotation metadata and the sample aspect ratio
    height: int
    coded_width: int
    coded_height: int
    rotation: int  # counter-clockwise degrees to apply to decoded frames (0, 90, 180, 270)
    duration: float | None  # seconds
    bitrate: int | None  # kbps, whole file
    framerate: float
    frame_rate_num: int
    frame_rate_den: int
    frames: int | None  # frame count, exact where the container says it, else estimated
    video_codec: str
    pix_fmt: str
    bit_depth: int
    audio_codec: str | None
    samplerate: int | None
    channels: int | None
    # Every audio track (`audio_tracks_of`): index (among the audio streams), stream (the container's index),
    # codec, language (BCP-47, "und" when untagged), title, channels, layout, samplerate. The fields above are
    # the first track's.
    audio_tracks: list[dict] = field(default_factory=list)

    @property
    def has_audio(self) -> bool:
        return self.audio_codec is not None

    @property
    def short_side(self) -> int:
        return min(self.width, self.height)

    @property
    def portrait(self) -> bool:
        return self.height > self.width

    def metadata(self) -> dict:
        """api.video's `encoding.metadata` object, plus `filesize` and `audioTracks`."""
        return {
            "width": self.width,
            "height": self.height,
            "bitrate": self.bitrate,
            "duration": None if self.duration is None else round(self.duration, 3),
            "framerate": round(self.framerate, 3),
            "samplerate": self.samplerate,
            "videoCodec": self.video_codec,
            "audioCodec": self.audio_codec,
            "aspectRatio": aspect_ratio(self.width, self.height),
            "filesize": self.filesize,
            "audioTracks": self.audio_tracks,  # every audio track (the job editor lists them)
        }

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "SourceInfo":
        return cls(**data)


def aspect_ratio(width: int, height: int) -> str:
    """`16:9` style name; near-misses of common ratios (a 1276x718 crop) get the common name."""
    if width <= 0 or height <= 0:
        return "unknown"
    value = width / height
    for w, h in _KNOWN_RATIOS:
        if abs(value - w / h) / (w / h) < 0.015:
            return f"{w}:{h}"
    g = math.gcd(width, height)
    w, h = width // g, height // g
    if w <= 64 and h <= 64:
        return f"{w}:{h}"
    return f"{value:.2f}:1" if value >= 1 else f"1:{1 / value:.2f}"


def check_not_url(path: str) -> None:
    """Refuse a URL or another FFmpeg protocol (a local file whose name looks like one is fine).

    A ``file://`` URL is refused too, with the path to give instead: the app reads paths, never URLs."""
    if not _SCHEME.match(path) or os.path.exists(path):
        return
    if path[:5].lower() == "file:":
        local = urllib.parse.unquote(urllib.parse.urlsplit(path).path) or "/"
        raise InputRejected(f"{path}: only local files: give the path {local} instead of a file:// URL")
    raise InputRejected(f"{path}: only local files can be used (URLs and other protocols are refused)")


def check_local_file(path: str) -> str:
    """Refuse anything but an existing, non-empty regular local file; return its absolute path."""
    if not path:
        raise InputRejected("no file given")
    check_not_url(path)
    absolute = os.path.abspath(path)
    try:
        st = os.stat(absolute)
    except FileNotFoundError:
        raise InputRejected(f"{path}: no such file") from None
    except OSError as exc:
        raise InputRejected(f"{path}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputRejected(f"{path}: is a folder, not a video file")
    if not stat.S_ISREG(st.st_mode):
        raise InputRejected(f"{path}: not a regular file")
    if st.st_size == 0:
        raise InputRejected(f"{path}: the file is empty")
    if not os.access(absolute, os.R_OK):
        raise InputRejected(f"{path}: permission denied")
    return absolute


def drain_decoder(stream) -> None:
    """Let a frame-threaded decoder finish the pictures it holds, in PyAV's decode (the GIL released), before a
    seek flushes it or closing frees it: FFmpeg waits for its threads there with the GIL held, and a thread that
    logs an error meanwhile (the media worker's PyAV log callback takes the GIL) would wait forever. Seen: the
    quality worker hung on a sampled measurement of a 60 s clip, and the probe with a poster (which seeks and
    stops decoding mid-stream) held the window's file reading up for its 120 s limit."""
    import av

    try:
        for _ in stream.codec_context.decode(None):
            pass
    except (av.error.FFmpegError, ValueError):
        pass


def open_source(path: str, hwaccel=None):
    """Open a checked local file with PyAV, restricted to local files and video demuxers."""
    import av

    try:
        return av.open(path, "r", options=dict(OPEN_OPTIONS), hwaccel=hwaccel)
    except av.error.FFmpegError as exc:
        if hwaccel is not None:
            raise
        raise InputRejected(f"{os.path.basename(path)}: not a video file this app can read "
                            f"({_ffmpeg_reason(exc)})") from None


def _ffmpeg_reason(exc) -> str:
    text = getattr(exc, "strerror", None) or str(exc)
    return text.split(":")[0].strip().rstrip(".").lower() or "unreadable"


def _rotation_of(frame) -> int:
    try:
        rot = frame.rotation
    except Exception:  # noqa: BLE001 - side data can be malformed; no rotation then
        return 0
    if not rot:
        return 0
    return int(round(rot / 90.0)) * 90 % 360


def probe_source(path: str) -> SourceInfo:
    """Open, validate and describe a source. Raises `InputRejected` with a one-line reason."""
    absolute = check_local_file(path)
    name = os.path.basename(path)
    filesize = os.path.getsize(absolute)
    container = open_source(absolute)
    try:
        vstreams = [s for s in container.streams.video if s.codec_context is not None]
        if not vstreams:
            raise InputRejected(f"{name}: has no video stream")
        vs = vstreams[0]
        cc = vs.codec_context
        if not cc.width or not cc.height:
            raise InputRejected(f"{name}: the video stream has no picture size (the file is damaged or truncated)")
        if max(cc.width, cc.height) > MAX_SIDE:
            raise InputRejected(f"{name}: its picture ({cc.width}x{cc.height}) is larger than the {MAX_SIDE} pixels "
                                "a side this app encodes")
        first = _first_frame(container, vs, name)
        rotation = _rotation_of(first)
        coded_w, coded_h = first.width, first.height
        pix_fmt = first.format.name
        sar = vs.sample_aspect_ratio or cc.sample_aspect_ratio
        disp_w = coded_w
        if sar and sar.numerator > 0 and sar.denominator > 0 and sar != 1:
            disp_w = int(round(coded_w * sar.numerator / sar.denominator))
        width, height = (coded_h, disp_w) if rotation in (90, 270) else (disp_w, coded_h)

        if vs.average_rate and vs.average_rate > MAX_FRAME_RATE:  # frames measured that close: muxers refuse them
            raise InputRejected(f"{name}: its frame rate ({float(vs.average_rate):.6g} fps) is above the "
                                f"{MAX_FRAME_RATE} fps this app encodes; its timestamps may be damaged")
        rate = vs.average_rate or vs.guessed_rate or vs.base_rate
        if not rate or rate <= 0 or rate > MAX_FRAME_RATE:  # unknown, or a time base taken for a rate
            rate = Fraction(25, 1)
        rate = Fraction(rate).limit_denominator(1001000)

        duration = None
        if container.duration and container.duration > 0:
            duration = container.duration / 1_000_000
        elif vs.duration and vs.time_base:
            duration = float(vs.duration * vs.time_base)
        if duration is not None and duration <= 0:
            duration = None
        frames = vs.frames or None
        if not frames and duration:
            frames = max(1, int(round(duration * float(rate))))
        if frames is not None and frames < 2 and (duration is None or duration < 0.05):
            raise InputRejected(f"{name}: holds a single picture, not a video")

        bitrate = None
        if container.bit_rate:
            bitrate = int(round(container.bit_rate / 1000))
        elif duration:
            bitrate = int(round(filesize * 8 / duration / 1000))

        astreams = [s for s in container.streams.audio if s.codec_context is not None and s.codec_context.sample_rate]
        acodec = srate = channels = None
        if astreams:
            a = astreams[0].codec_context
            acodec, srate, channels = a.codec.name, a.sample_rate, a.channels
        tracks = audio_tracks_of(container)

        return SourceInfo(
            path=absolute,
            filesize=filesize,
            container=container.format.name,
            width=width,
            height=height,
            coded_width=coded_w,
            coded_height=coded_h,
            rotation=rotation,
            duration=duration,
            bitrate=bitrate,
            framerate=float(rate),
            frame_rate_num=rate.numerator,
            frame_rate_den=rate.denominator,
            frames=frames,
            video_codec=cc.codec.name,
            pix_fmt=pix_fmt,
            bit_depth=_bit_depth(pix_fmt),
            audio_codec=acodec,
            samplerate=srate,
            channels=channels,
            audio_tracks=tracks,
        )
    finally:
        container.close()


def audio_tracks_of(container) -> list[dict]:
    """The audio tracks of an open container that can be decoded (a sample rate known), in stream order."""
    from app.core.subtitles import language

    tracks: list[dict] = []
    for s in container.streams.audio:
        cc = s.codec_context
        if cc is None or not cc.sample_rate:
            continue
        meta = dict(s.metadata or {})
        try:
            layout = cc.layout.name
        except Exception:  # noqa: BLE001 - an unknown layout: named by its channel count below
            layout = ""
        tracks.append({"index": len(tracks), "stream": s.index, "codec": cc.codec.name,
                       "language": language(meta.get("language")), "title": meta.get("title") or "",
                       "channels": cc.channels, "layout": layout or f"{cc.channels} channels",
                       "samplerate": cc.sample_rate})
    return tracks


def _bit_depth(pix_fmt: str) -> int:
    m = re.search(r"p(\d+)(le|be)?$", pix_fmt)
    return int(m.group(1)) if m else 8


def _first_frame(container, vs, name: str):
    import av

    errors = 0
    for n, packet in enumerate(container.demux(vs)):
        if n > 600:
            break
        try:
            for frame in packet.decode():
                if frame.width and frame.height:
                    return frame
        except av.error.FFmpegError:
            errors += 1
    reason = "it is damaged or truncated" if errors else "it holds no pictures"
    raise InputRejected(f"{name}: the video stream cannot be decoded ({reason})")
