"""The encode pipeline: decode the source once and feed every rendition.

This module does the native work (PyAV) and runs inside the worker child process
(`app.core.worker`), never in the application's own process: a hostile file that crashes FFmpeg takes
down only the child, and the supervising engine (`app.core.engine`) reports it.

Threads: the main thread demuxes, decodes, rotates, scales (each smaller rung from the next larger one)
and encodes the audio once. Each *encode group* (one video encode, muxed into one or more outputs: the
top HLS rung and the MP4 share one when their settings match) runs in its own thread with its own frames
and its own codec context; frames are never shared between threads. The GIL is released inside FFmpeg, so
x264's own threads and the groups keep every core busy.

Outputs are written under ``.<name>.partial`` names and renamed into place when complete, and only once what is
on disk has been checked against what was encoded (`_finalize`): FFmpeg's HLS muxer does not report failed
writes of its segment files, so every byte it writes goes through `_CountedFile`, which keeps the count and the
first error; the MP4 is reopened and its boxes, frames and duration compared.
"""

from __future__ import annotations

import dataclasses
import errno
import os
import queue
import shutil
import threading
import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Callable

import av
from av.container import OutputContainer
from av.stream import Disposition
from av.video.codeccontext import VideoCodecContext
from av.video.frame import PictureType

from app.core import hls, hwenc, iframes, scaling
from app.core.audio import AudioChain, AudioRendition, mp4_language, plan_audio
from app.core.errors import InputRejected, RenditionError
from app.core.layout import partial_path, rendition_paths, replace_path
from app.core.ladder import CODEC_ENCODERS, JobPlan, RenditionPlan, uses_fmp4
from app.core.probe import SourceInfo, drain_decoder, open_source
from app.core.thumbnails import ThumbnailImage

Emit = Callable[[dict], None]
# x264's preset names for x265 (the same names); SVT-AV1's numeric presets for them (higher: faster).
X265_PRESETS = {"ultrafast": "ultrafast", "superfast": "superfast", "veryfast": "veryfast", "faster": "faster",
                "fast": "fast", "medium": "medium", "slow": "slow", "slower": "slower", "veryslow": "veryslow"}
SVTAV1_PRESETS = {"ultrafast": 12, "superfast": 11, "veryfast": 10, "faster": 9, "fast": 8, "medium": 6, "slow": 5,
                  "slower": 4, "veryslow": 3}
QUEUE_BYTES = 4 * 1024 * 1024  # pictures buffered per encode group (`queue_depth`)
PROGRESS_INTERVAL = 0.25  # seconds between progress events
TRUNCATION_SHARE = 0.9  # a source that decodes to less than this share of its duration is damaged
MAX_DECODE_ERRORS = 50
# Seconds added to every HLS output's timestamps (video variants and audio renditions alike, as Apple's segmenter
# starts at 10 s): no muxer then shifts its own timestamps to avoid negative ones (the video encoders' B-frame
# delay), so the audio renditions with playlists of their own keep the variants' timeline (lip sync).
HLS_TS_OFFSET = "10"

# Decoders for --hwaccel auto, best first. Only types PyAV's FFmpeg offers are tried.
HW_PREFERENCE = ("cuda", "vaapi", "qsv", "videotoolbox", "d3d11va", "dxva2", "vulkan")


@dataclass
class _Sink:
    plan: RenditionPlan
    final: str
    target: str
    container: OutputContainer | None = None
    vstream: object = None
    astreams: dict = field(default_factory=dict)  # audio rendition id -> its stream in this output
    error: str | None = None
    written: dict = field(default_factory=dict)  # HLS: bytes on disk per file the muxer wrote, in order
    muxed: int = 0  # bytes of the packets handed to the muxer
    playlists: int = 0  # HLS: event playlists the muxer has written (after each segment), and of those reported
    reported: int = 0

    def fail(self, reason: str) -> None:
        if self.error is None:
            self.error = reason


class _CountedFile:
    """A file the HLS muxer writes (its ``io_open``): every byte is counted once the system took it, and a
    failed write or close fails the rendition, whatever the muxer does with the error code."""

    def __init__(self, sink: _Sink, path: str):
        self.sink, self.fd = sink, None
        # The event playlist is written as ``index.m3u8.tmp`` and renamed over ``index.m3u8`` after each segment:
        # counted under the name it ends with.
        self.playlist = path.endswith(".m3u8.tmp")
        self.path = path[:-4] if self.playlist else path
        sink.written[self.path] = 0
        try:
            self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
                              | getattr(os, "O_BINARY", 0), 0o644)
        except OSError as exc:
            self._failed("creating", exc)

    def _failed(self, doing: str, exc: OSError) -> int:
        self.sink.fail(f"{doing} {os.path.basename(self.path)} failed: {exc.strerror or exc}")
        return -(exc.errno or errno.EIO)

    def write(self, data) -> int:
        if self.fd is None:
            return -errno.EBADF
        view = memoryview(data)
        try:
            while view:  # a short write is not an error to the system: write the rest, or get the error
                n = os.write(self.fd, view)
                self.sink.written[self.path] += n
                view = view[n:]
        except OSError as exc:
            return self._failed("writing", exc)  # an error code, not an exception: PyAV would raise it elsewhere
        return len(data)

    def close(self) -> None:
        if self.fd is not None:
            fd, self.fd = self.fd, None
            try:
                os.close(fd)
            except OSError as exc:
                self._failed("closing", exc)
            else:
                if self.playlist:
                    self.sink.playlists += 1


def _io_open(sink: _Sink, url: str, flags: int, options=None):
    if flags & 2:  # AVIO_FLAG_WRITE
        return _CountedFile(sink, url)
    return open(url, "rb")


class _Packet:
    """An encoded packet's bytes and timing, safe to hand to another thread."""

    __slots__ = ("data", "pts", "dts", "duration", "time_base", "key")

    def __init__(self, p):
        self.data = bytes(p)
        self.pts, self.dts, self.duration, self.time_base = p.pts, p.dts, p.duration, p.time_base
        self.key = p.is_keyframe

    def to(self, stream):
        p = av.Packet(self.data)
        p.pts, p.dts, p.time_base = self.pts, self.dts, self.time_base
        if self.duration:
            p.duration = self.duration
        p.is_keyframe = self.key
        p.stream = stream
        return p


class EncodeGroup(threading.Thread):
    """One video encode muxed into one or more outputs, in a thread of its own."""

    def __init__(self, gid, sinks, *, plan: JobPlan, source: SourceInfo, time_base, audio: list[AudioRendition],
                 emit: Emit, codec="libx264", threads: int = 0):
        super().__init__(name=f"encode-{gid}", daemon=True)
        self.gid = gid
        self.threads = threads  # x264's threads, x265's pool (`encoder_threads`); 0: the library's default
        self.sinks: list[_Sink] = sorted(sinks, key=lambda s: s.plan.type != "mp4")  # MP4 first: global header
        self.width, self.height = sinks[0].plan.width, sinks[0].plan.height
        self.plan, self.source, self.time_base, self.audio = plan, source, time_base, audio
        self.emit, self.codec = emit, codec
        # HEVC and AV1 keep a 10-bit source 10-bit (Main 10 / AV1 Main at 10 bits); H.264 is 8-bit (High).
        self.ten_bit = codec in ("libx265", "libsvtav1") and (source.bit_depth or 8) > 8
        self.queue: queue.Queue = queue.Queue(queue_depth(self.width, self.height, self.ten_bit))
        self.frames = 0
        # Of the pictures encoded: the media duration the outputs must have.
        self.first_pts: int | None = None
        self.last_pts: int | None = None
        self.frame_seconds = (float(Fraction(source.frame_rate_den, source.frame_rate_num))
                              if source.frame_rate_num else 0.04)
        self.dead = False  # every sink failed: the main thread stops feeding us
        self.extradata = None
        # Hardware encoders (app.core.hwenc): one that fails to open is replaced by libx264 on the spot (`note`
        # says why); one that fails mid-encode leaves the group to be encoded again in software (`redo`: why).
        self.note: str | None = None
        self.redo: str | None = None
        hook = hwenc.fail_hook()
        self._hook = hook if hook and hook["encoder"] == codec and (
            not hook.get("rendition") or hook["rendition"] in [s.plan.id for s in sinks]) else None

    # -- set-up ---------------------------------------------------------------------------------------------
    def _open_sink(self, sink: _Sink, template=None):
        r = sink.plan
        os.makedirs(os.path.dirname(sink.final), exist_ok=True)
        if r.type == "hls":
            folder = os.path.dirname(sink.target)
            shutil.rmtree(folder, ignore_errors=True)
            os.makedirs(folder)
            fmp4 = uses_fmp4(r)  # fragmented MP4 (CMAF) segments behind an EXT-X-MAP init segment
            options = {
                "hls_time": f"{self.plan.segment_seconds:g}",
                # EVENT while it grows (rewritten after each segment: playable before the end); VOD once whole
                # (`_playlist_as_vod`).
                "hls_playlist_type": "event",
                "hls_list_size": "0",
                "hls_segment_filename": os.path.join(folder, "segment_%05d.m4s" if fmp4 else "segment_%05d.ts"),
                "hls_flags": "independent_segments",
                "hls_segment_type": "fmp4" if fmp4 else "mpegts",
                "output_ts_offset": HLS_TS_OFFSET,  # the audio renditions' too: one timeline (`_AudioOutput`)
            }
            if fmp4:
                options["hls_fmp4_init_filename"] = "init.mp4"
            sink.container = av.open(sink.target, "w", format="hls", options=options,
                                     io_open=lambda url, flags, opts, sink=sink: _io_open(sink, url, flags, opts))
        else:
            if os.path.exists(sink.target):
                os.remove(sink.target)
            sink.container = av.open(sink.target, "w", format="mp4", options={"movflags": "+faststart"})
        c = sink.container
        if template is None:
            sink.vstream = self._add_video_encoder(c)
        else:
            sink.vstream = c.add_stream_from_template(template)
        if r.codec == "hevc":
            vstream: Any = sink.vstream
            vstream.codec_tag = "hvc1"  # not hev1: parameter sets in the sample entry, as Apple's players want
        # Audio: the muxed track in every output; the MP4 also gets the other tracks (the first one default).
        for n, ar in enumerate(a for a in self.audio if a.muxed or (r.type == "mp4" and a.mp4)):
            a = c.add_stream(ar.codec, rate=ar.rate, layout=ar.layout)
            a.codec_context.bit_rate = ar.bit_rate
            if r.type == "mp4":
                a.metadata["language"] = mp4_language(ar.language)
                a.disposition = Disposition.default if n == 0 else Disposition(0)
            sink.astreams[ar.id] = a

    def _add_video_encoder(self, container):
        r = self.sinks[0].plan
        fps = Fraction(self.source.frame_rate_num, self.source.frame_rate_den)
        gop = max(1, round(self.plan.gop_seconds * float(fps)))
        s = container.add_stream("libx264" if self._hook else self.codec, rate=fps)  # the hook: a stand-in
        cc = s.codec_context
        cc.width, cc.height = r.width, r.height
        cc.pix_fmt = "yuv420p10le" if self.ten_bit else hwenc.pix_fmt(self.codec)
        cc.time_base = self.time_base
        s.time_base = self.time_base
        crf = r.crf if self.codec == "libx264" else None  # capped CRF: x264's crf under the rung's VBV cap
        if crf is None:
            cc.bit_rate = r.video_kbps * 1000
        if self.codec == "libx264":
            # One thread; frame threads (at least 3) from 720p up; slices below (`x264_threading` says why); 0:
            # PyAV's default (slices).
            if self.threads:
                cc.thread_type, cc.thread_count = x264_threading(self.threads, r.width * r.height)
            cc.options = {
                "preset": self.plan.encoder_preset,
                # Fixed GOP, no scene-cut keyframes, forced frames become IDR: segments align across renditions.
                "x264-params": f"keyint={gop * 2}:min-keyint={gop}:scenecut=0:forced-idr=1"
                f":vbv-maxrate={r.maxrate_kbps}:vbv-bufsize={r.bufsize_kbps}" + (f":crf={crf:g}" if crf is not None
                                                                                   else ""),
            }
        elif self.codec == "libx265":
            # The same fixed GOP as x264's: closed GOPs, no scene-cut key frames, forced frames become IDR. Its
            # thread pool sized by its share of the ladder (`encoder_threads`), as x264's threads: x265's default
            # is a pool of every core for each encode. Measured (4 s 720p HEVC ladder, 2 cores, medians of 3
            # alternating runs, 2026-12-02): peak memory 548 -> 513 MiB, wall 9.11 -> 9.12 s.
            cc.options = {
                "preset": X265_PRESETS.get(self.plan.encoder_preset, self.plan.encoder_preset),
                "x265-params": (f"pools={self.threads}:" if self.threads else "")
                + f"keyint={gop * 2}:min-keyint={gop}:scenecut=0:open-gop=0:repeat-headers=0"
                f":vbv-maxrate={r.maxrate_kbps}:vbv-bufsize={r.bufsize_kbps}:log-level=error",
            }
        elif self.codec == "libsvtav1":
            # SVT-AV1 takes its peak only with CRF (mbr); in VBR (rc=1) the overshoot over the target is capped at
            # the ladder's maxrate share (20 %). Key frames: forced pictures (pict_type I) on the segment grid,
            # none in between (keyint past two GOPs), closed (irefresh-type=2, key frames).
            cc.options = {
                "preset": str(SVTAV1_PRESETS.get(self.plan.encoder_preset, 10)),
                "svtav1-params": f"keyint={gop * 2}:irefresh-type=2:rc=1:tbr={r.video_kbps}"
                f":overshoot-pct={max(0, round(100 * r.maxrate_kbps / r.video_kbps) - 100)}",
            }
        elif hwenc.is_hardware(self.codec) and not self._hook:
            cc.options = hwenc.video_options(self.codec, gop=gop, maxrate_kbps=r.maxrate_kbps,
                                             bufsize_kbps=r.bufsize_kbps)
        else:
            cc.options = {"g": str(gop), "maxrate": f"{r.maxrate_kbps}k", "bufsize": f"{r.bufsize_kbps}k"}
        return s

    def _encode(self, encoder, frame, started: bool):
        """Encode one picture; a hardware encoder that fails to open is replaced by libx264 here (the picture is
        encoded again), one that fails later raises `_Restart`. Returns (encoder, packets)."""
        if not hwenc.is_hardware(self.codec):
            return encoder, encoder.encode(frame)
        pic = frame
        if hwenc.pix_fmt(self.codec) != "yuv420p" and not self._hook:
            pic = scaling.reformat(frame, format=hwenc.pix_fmt(self.codec))
            pic.pts, pic.time_base, pic.pict_type = frame.pts, frame.time_base, frame.pict_type
        try:
            if self._hook and self.frames + 1 >= int(self._hook.get("frame", 1)):
                raise RuntimeError(f"simulated failure of {self.codec} at picture {self.frames + 1} (test hook)")
            if started:
                return encoder, encoder.encode(pic)
            import av.logging

            with av.logging.Capture(True) as logs:  # FFmpeg's own lines say why it did not open
                try:
                    return encoder, encoder.encode(pic)
                except Exception as exc:  # noqa: BLE001
                    raise RuntimeError(" ".join(str(m) for _l, _n, m in logs) + f" {exc}") from exc
        except Exception as exc:  # noqa: BLE001 - the hardware failed: software takes over
            reason = hwenc.plain_reason(str(exc))
            failed = self.codec
            ids = [s.plan.id for s in self.sinks]
            if started:
                self.redo = f"{failed} failed after {self.frames} pictures ({reason}); encoded again in software"
                self.emit({"ev": "encoder_fallback", "ids": ids, "from": failed, "to": hwenc.SOFTWARE,
                           "stage": "encode", "reason": self.redo})
                raise _Restart() from exc
            self.codec, self._hook = hwenc.SOFTWARE, None
            self.note = f"{failed} did not open ({reason}); encoded in software"
            self.emit({"ev": "encoder_fallback", "ids": ids, "from": failed, "to": hwenc.SOFTWARE,
                       "stage": "open", "reason": self.note})
            self._discard(self.sinks[0])
            self.sinks[0].written, self.sinks[0].muxed = {}, 0
            self._open_sink(self.sinks[0])
            encoder = self.sinks[0].vstream
            return encoder, encoder.encode(frame)

    # -- the thread -----------------------------------------------------------------------------------------
    def run(self):
        try:
            first = self.sinks[0]
            for sink in self.sinks[:1]:
                self._open_sink(sink)
            encoder = first.vstream
            started = False
            while True:
                item = self.queue.get()
                if item is None or item == "abort":
                    break
                kind, payload = item
                if kind == "v":
                    try:
                        encoder, packets = self._encode(encoder, payload, started)
                    except _Restart:  # the outputs go; the job encodes this group again in software
                        self.dead = True
                        self._discard_all()
                        self._drain()
                        return
                    self.frames += 1
                    if self.first_pts is None:
                        self.first_pts = payload.pts
                    self.last_pts = payload.pts
                    if not started:  # the encoder is open now: its extradata can seed the other outputs
                        self._start_others(encoder)
                        started = True
                    self._mux_video(packets)
                else:
                    self._mux_audio(payload)
                if not self._alive():
                    self.dead = True
                    self._discard_all()
                    self._report_failures()
                    self._drain()
                    return
            if item == "abort":
                self._discard_all()
                return
            if not started:
                raise RenditionError("no frames reached the encoder")
            self._mux_video(encoder.encode(None))
            self._finish_all()
        except Exception as exc:  # noqa: BLE001 - one group failing must not stop the others
            for sink in self.sinks:
                if sink.error is None:
                    sink.error = _reason(exc)
            self.dead = True
            self._discard_all()
            self._report_failures()
            self._drain()

    def _report_failures(self):
        for sink in self.sinks:
            if sink.error is not None:
                self.emit({"ev": "rendition_failed", "id": sink.plan.id, "error": sink.error})

    def _alive(self) -> bool:
        return any(s.error is None for s in self.sinks)

    def _drain(self):
        while True:
            item = self.queue.get()
            if item is None or item == "abort":
                return

    def _start_others(self, encoder):
        self.extradata = encoder.codec_context.extradata
        self.sinks[0].container.start_encoding()
        for sink in self.sinks[1:]:
            try:
                self._open_sink(sink, template=encoder)
            except Exception as exc:  # noqa: BLE001
                sink.error = _reason(exc)

    def _mux(self, sink: _Sink, packet):
        size = packet.size  # before muxing: the muxer takes the packet's data
        try:
            assert sink.container is not None  # a sink without an error has its output open
            sink.container.mux(packet)
        except Exception as exc:  # noqa: BLE001 - e.g. the disk is full for this output only
            sink.fail(_reason(exc))
        else:
            sink.muxed += size
            if sink.playlists > sink.reported:  # a segment is done and listed: playable
                self._report_segment(sink)

    def _report_segment(self, sink: _Sink) -> None:
        """``segment``: the rendition's growing playlist (on disk, renamed into place) lists one more segment."""
        sink.reported = sink.playlists
        try:
            with open(sink.target, encoding="utf-8") as fh:
                durations = [float(line[8:].split(",")[0]) for line in fh if line.startswith("#EXTINF:")]
        except (OSError, ValueError):
            return
        if durations:
            self.emit({"ev": "segment", "id": sink.plan.id, "path": sink.target, "segments": len(durations),
                       "seconds": round(sum(durations), 3)})

    def _mux_video(self, packets):
        for p in packets:
            if not self.extradata and p.is_keyframe and hwenc.is_hardware(self.codec):
                self.extradata = bytes(p)  # no global header (TS only): the key frame's SPS gives CODECS
            copies = [(s, _Packet(p)) for s in self.sinks[1:] if s.error is None and s.container is not None]
            if self.sinks[0].error is None:
                self._mux(self.sinks[0], p)
            for s, c in copies:
                self._mux(s, c.to(s.vstream))

    def _mux_audio(self, packets: list[tuple[str, _Packet]]):
        for s in self.sinks:
            if s.error is None and s.container is not None and s.astreams:
                for rid, p in packets:
                    if rid in s.astreams:
                        self._mux(s, p.to(s.astreams[rid]))

    def _finish_all(self):
        for sink in self.sinks:
            if sink.error is not None:
                self._discard(sink)
                continue
            try:
                assert sink.container is not None  # a sink without an error has its output open
                sink.container.close()
                if sink.error is not None:  # a write of the muxer's last bytes failed (see _CountedFile)
                    raise RenditionError(sink.error)
                if sink.plan.type == "hls":
                    _playlist_as_vod(sink)
                info = self._finalize(sink)
            except Exception as exc:  # noqa: BLE001
                sink.error = _reason(exc)
                self._discard(sink)
                continue
            self.emit({"ev": "rendition_done", "id": sink.plan.id, "encoder": self.codec, "encoder_note": self.note,
                       **info})
        self._report_failures()

    def _finalize(self, sink: _Sink) -> dict:
        """Check what is on disk against what was encoded, then move it into place; RenditionError if it is not
        whole. The media duration is the pictures' span plus one frame; the tolerance, two frames."""
        r = sink.plan
        codecs = hls.avc1_codec(self.extradata) if r.codec == "h264" else ""
        for ar in self.audio:
            if ar.muxed:  # the variants' own audio; the group's other codecs are added by the master (hls)
                codecs += f",{ar.codec_string}"
        info: dict[str, object] = {"width": r.width, "height": r.height, "codecs": codecs}
        if self.first_pts is None or self.last_pts is None:
            raise RenditionError("no picture was encoded")
        seconds = float((self.last_pts - self.first_pts) * self.time_base) + self.frame_seconds
        tolerance = 2 * self.frame_seconds
        if uses_fmp4(r):
            # fMP4: CODECS from the init segment's avcC/hvcC/av1C, as muxed. The I-frame playlist: the segments checked
            # as written, then each key frame put in a fragment of its own (FFmpeg's HLS muxer writes one moof/mdat per
            # segment; AV1: copied into iframes.m4s, see iframes), indexed; the bitrates measured after that.
            hls.verify_media_playlist(sink.target, sink.written, seconds, tolerance)
            info["codecs"] = ",".join([_codec_string(os.path.join(os.path.dirname(sink.target), "init.mp4"),
                                                     r.codec), *codecs.split(",")[1:]])
            trick = iframes.write_fmp4_iframe_playlist(sink.target, separate=r.codec == "av1")
            stats = hls.media_playlist_stats(sink.target)
            folder = os.path.dirname(sink.target)
            size = sum(os.path.getsize(os.path.join(folder, f)) for f in os.listdir(folder))
            replace_path(folder, sink.final)
            info.update(stats, **trick, size=size, path=os.path.join(sink.final, "index.m3u8"))
        elif r.type == "hls":
            stats = hls.verify_media_playlist(sink.target, sink.written, seconds, tolerance)
            # The I-frame playlist (trick play) indexes the segments as written; CODECS names their own SPS.
            trick = iframes.write_iframe_playlist(sink.target)
            sps = trick.pop("sps")
            if sps:
                info["codecs"] = ",".join([hls.avc1_codec(b"\x00\x00\x01" + bytes.fromhex(sps)),
                                           *codecs.split(",")[1:]])
            size = sum(sink.written.values())
            replace_path(os.path.dirname(sink.target), sink.final)
            info.update(stats, **trick, size=size, path=os.path.join(sink.final, "index.m3u8"))
        else:
            checked = verify_mp4(sink.target, self.frames, seconds, tolerance, sink.muxed)
            if r.codec != "h264":
                info["codecs"] = ",".join([_codec_string(sink.target, r.codec), *codecs.split(",")[1:]])
            replace_path(sink.target, sink.final)
            info.update(size=checked["size"], path=sink.final)
        return info

    def _discard(self, sink: _Sink):
        if sink.container is not None:
            try:
                sink.container.close()
            except Exception:  # noqa: BLE001 - it is being thrown away
                pass
            sink.container = None
        folder = os.path.dirname(sink.target) if sink.plan.type == "hls" else None
        if folder:
            shutil.rmtree(folder, ignore_errors=True)
        elif os.path.exists(sink.target):
            os.remove(sink.target)

    def _discard_all(self):
        for sink in self.sinks:
            self._discard(sink)


def _playlist_as_vod(sink: _Sink) -> None:
    """The finished event playlist as the VOD playlist it now is (the type is the one line that differs), written
    beside it and renamed over it like the muxer's, through `_CountedFile` (counted, a failed write fails it)."""
    with open(sink.target, "rb") as fh:
        text = fh.read()
    out = _CountedFile(sink, sink.target + ".tmp")
    out.write(text.replace(b"#EXT-X-PLAYLIST-TYPE:EVENT", b"#EXT-X-PLAYLIST-TYPE:VOD", 1))
    out.close()
    if sink.error is not None:
        raise RenditionError(sink.error)
    os.replace(sink.target + ".tmp", sink.target)


def _mp4_boxes(path: str) -> list[tuple[str, int, int]]:
    """The top-level boxes of an MP4 as (type, offset, size); RenditionError unless they tile the file exactly."""
    boxes = []
    end = os.path.getsize(path)
    with open(path, "rb") as fh:
        offset = 0
        while offset < end:
            fh.seek(offset)
            head = fh.read(16)
            if len(head) < 8:
                raise RenditionError(f"the MP4 file is cut short ({end} bytes, a box header at {offset})")
            size, kind = int.from_bytes(head[:4], "big"), head[4:8].decode("latin-1")
            if size == 1 and len(head) == 16:
                size = int.from_bytes(head[8:16], "big")
            if size < 8 or offset + size > end:  # 0 ("to the end") is what an unfinished file has
                raise RenditionError(f"the MP4 file is cut short or unfinished (box {kind!r} of {size} bytes at "
                                     f"{offset}, the file has {end})")
            boxes.append((kind, offset, size))
            offset += size
    return boxes


def verify_mp4(path: str, frames: int, seconds: float, tolerance: float, muxed: int = 0) -> dict:
    """Whether an MP4 holds what was encoded: its boxes tile the file (so nothing is cut off), it has its index
    (moov) and media data (mdat, at least as many bytes as the packets muxed), and its video track has `frames`
    pictures lasting `seconds` (within `tolerance`). Returns ``{"size", "frames", "seconds"}``."""
    boxes = _mp4_boxes(path)
    kinds = [k for k, _, _ in boxes]
    if "moov" not in kinds:
        raise RenditionError("the MP4 file has no index (moov atom not found)")
    media = sum(size for kind, _, size in boxes if kind == "mdat")
    if "mdat" not in kinds or media < muxed:
        raise RenditionError(f"the MP4 file holds {media} bytes of media data; {muxed} were encoded")
    try:
        with av.open(path) as c:
            v = c.streams.video[0]
            found = v.frames
            lasted = float(v.duration * v.time_base) if v.duration is not None and v.time_base else 0.0
    except (av.error.FFmpegError, IndexError) as exc:
        raise RenditionError(f"the MP4 file cannot be read back: {_reason(exc)}") from None
    if found != frames:
        raise RenditionError(f"the MP4 file has {found} frames; {frames} were encoded")
    if abs(lasted - seconds) > tolerance:
        raise RenditionError(f"the MP4 file lasts {lasted:.3f} s; {seconds:.3f} s were encoded")
    return {"size": os.path.getsize(path), "frames": found, "seconds": lasted}


def _codec_string(path: str, codec: str) -> str:
    """The RFC 6381 codec of an (f)MP4's video track, from its avcC, hvcC or av1C record as written."""
    try:
        with av.open(path) as c:
            record = bytes(c.streams.video[0].codec_context.extradata or b"")
        if codec == "h264":
            return hls.avc1_codec(record)
        return hls.hvc1_codec(record) if codec == "hevc" else hls.av01_codec(record)
    except (av.error.FFmpegError, IndexError, ValueError) as exc:
        raise RenditionError(f"the {codec.upper()} stream's codec record cannot be read: {_reason(exc)}") from None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return " ".join(text.split())[:300]


# -- decoding --------------------------------------------------------------------------------------------------
class _Rotator:
    """Applies the source's rotation metadata with FFmpeg's transpose filters."""

    FILTERS = {90: [("transpose", "cclock")], 270: [("transpose", "clock")], 180: [("hflip", None), ("vflip", None)]}

    def __init__(self, rotation: int):
        self.rotation = rotation
        self.graph = None

    def __call__(self, frame):
        if self.rotation not in self.FILTERS:
            return frame
        if self.graph is None:
            g = av.filter.Graph()
            node = g.add_buffer(width=frame.width, height=frame.height, format=frame.format.name,
                                time_base=frame.time_base)
            chain = [node]
            for name, arg in self.FILTERS[self.rotation]:
                chain.append(g.add(name, arg) if arg else g.add(name))
            chain.append(g.add("buffersink"))
            for a, b in zip(chain, chain[1:]):
                a.link_to(b)
            g.configure()
            self.graph = g
        self.graph.push(frame)
        out = self.graph.pull()
        out.pts, out.time_base = frame.pts, frame.time_base
        return out


class Decoder:
    """Decoded video and audio frames of a source, on a hardware decoder where asked and working.

    A hardware decoder that fails to open falls back to software before the first frame; one that fails
    mid-stream is replaced by a software decoder that resumes after the last frame delivered.
    """

    def __init__(self, source: SourceInfo, hwaccel: str, emit: Emit, audio_streams: tuple[int, ...] | None = None):
        self.source, self.emit = source, emit
        self.audio_streams = audio_streams  # container stream indexes to decode; None: the first audio stream
        self.requested = hwaccel
        self.decoder = "software"
        self.errors = 0
        self.tried: list[dict] = []
        self.candidates = self._candidates(hwaccel)

    def _candidates(self, hwaccel: str) -> list[str]:
        if hwaccel in ("off", "none", "software", ""):
            return []
        try:
            available = [str(d) for d in av.codec.hwaccel.hwdevices_available()]
        except Exception:  # noqa: BLE001
            available = []
        if hwaccel == "auto":
            return [d for d in HW_PREFERENCE if d in available]
        if hwaccel not in available:
            self.emit({"ev": "warning",
                       "message": f"hardware decoder {hwaccel!r} is not offered by this FFmpeg build;"
                                  " decoding in software"})
            return []
        return [hwaccel]

    def _open(self, device: str | None):
        hw = None
        if device:
            hw = av.codec.hwaccel.HWAccel(device_type=device, allow_software_fallback=False)
        container = open_source(self.source.path, hwaccel=hw)
        vs = container.streams.video[0]
        vs.thread_type = "AUTO"
        vs.codec_context.thread_count = decoder_threads(usable_cores())
        streams = [vs]
        if self.audio_streams is not None:
            streams += [s for s in container.streams.audio if s.index in self.audio_streams]
        elif self.source.has_audio and container.streams.audio:
            streams.append(container.streams.audio[0])
        return container, vs, streams

    def frames(self):
        """Yield ("v", frame) and ("a", (stream index, frame)) in decode order."""
        last_pts = None
        devices = list(self.candidates)
        while True:
            device = devices.pop(0) if devices else None
            try:
                container, vs, streams = self._open(device)
            except Exception as exc:  # noqa: BLE001
                if device is None:
                    raise
                self._hw_failed(device, f"failed to open ({_reason(exc)})")
                continue
            self.decoder = device or "software"
            self.emit({"ev": "decoder", "decoder": self.decoder, "tried": self.tried})
            resume_after = last_pts
            if resume_after is not None:
                try:
                    container.seek(resume_after, stream=vs, backward=True)
                except av.error.FFmpegError:
                    container.seek(0)
            try:
                for packet in container.demux(*streams):
                    try:
                        decoded = packet.decode()
                    except av.error.FFmpegError as exc:
                        if device is not None and last_pts is None:
                            raise
                        if device is not None:
                            raise _HWFailure(exc) from exc
                        self.errors += 1
                        if self.errors > MAX_DECODE_ERRORS:
                            raise InputRejected(
                                f"the source is damaged: more than {MAX_DECODE_ERRORS} decoding errors") from None
                        continue
                    for frame in decoded:
                        if packet.stream.type == "video":
                            if resume_after is not None and frame.pts is not None and frame.pts <= resume_after:
                                continue
                            last_pts = frame.pts if frame.pts is not None else last_pts
                            yield "v", frame
                        elif resume_after is None:
                            yield "a", (packet.stream.index, frame)
                container.close()
                return
            except (_HWFailure, av.error.FFmpegError) as exc:
                container.close()
                if device is None:
                    raise
                self._hw_failed(device, f"failed while decoding ({_reason(exc)})", mid_stream=last_pts is not None)
                devices = []  # software from here on

    def _hw_failed(self, device: str, reason: str, mid_stream: bool = False) -> None:
        """Record a hardware decoder that did not work. `auto` expects that on machines without one."""
        self.tried.append({"decoder": device, "error": reason})
        if self.requested != "auto" or mid_stream:
            nxt = "continuing in software" if mid_stream else "decoding in software"
            self.emit({"ev": "warning", "message": f"hardware decoder {device} {reason}; {nxt}"})


class _HWFailure(Exception):
    pass


class _Restart(Exception):
    """A hardware encoder failed mid-encode: its group is encoded again in software (EncodeGroup.redo)."""


# -- thumbnails ---------------------------------------------------------------------------------------------
def _blur(frame):
    g = av.filter.Graph()
    src = g.add_buffer(width=frame.width, height=frame.height, format=frame.format.name, time_base=Fraction(1, 25))
    sigma = max(4, min(frame.width, frame.height) // 25)
    f = g.add("gblur", f"sigma={sigma}")
    sink = g.add("buffersink")
    src.link_to(f)
    f.link_to(sink)
    g.configure()
    g.push(frame)
    return g.pull()


def write_thumbnail(frame, image: ThumbnailImage, folder: str, source: SourceInfo) -> str:
    from app.core.ladder import rung_size

    w, h = (frame.width, frame.height) if image.short_side is None else rung_size(source, image.short_side)
    codec, pix = ("mjpeg", "yuvj420p") if image.format == "jpg" else ("libwebp", "yuv420p")
    pic = scaling.reformat(frame, w, h, pix, interpolation="BICUBIC")
    if image.filter == "blur":
        pic = _blur(pic)
    pic.pts = 0
    cc = av.CodecContext.create(codec, "w")
    assert isinstance(cc, VideoCodecContext)  # mjpeg and libwebp are video codecs
    cc.width, cc.height, cc.pix_fmt, cc.time_base = w, h, pix, Fraction(1, 25)
    cc.options = {"q:v": "3"} if codec == "mjpeg" else {"quality": "85"}
    if codec == "mjpeg":
        cc.qmin, cc.qmax = 2, 4
    data = b"".join(bytes(p) for p in cc.encode(pic) + cc.encode(None))
    os.makedirs(folder, exist_ok=True)
    final = os.path.join(folder, image.filename)
    tmp = partial_path(final)
    with open(tmp, "wb") as fh:
        fh.write(data)
    os.replace(tmp, final)
    return final


def write_poster(source: SourceInfo, path: str, short_side: int = 144) -> str | None:
    """A small JPEG of the picture at 10 % of the clip (at most 3 s in) for the queue; None if none decodes."""
    at = min(3.0, (source.duration or 0) * 0.1)
    with open_source(source.path) as container:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        if at > 0 and stream.time_base:
            try:
                container.seek(int(at / stream.time_base), stream=stream, backward=True)
            except av.error.FFmpegError:
                container.seek(0)
        frame = None
        for frame in container.decode(stream):
            if frame.time is None or frame.time >= at - 0.05:
                break
        if frame is None:
            return None
        frame = _Rotator(source.rotation)(frame)
        drain_decoder(stream)  # before closing a decoder stopped mid-stream
    image = ThumbnailImage(at, min(short_side, source.short_side), "jpg", "none", os.path.basename(path))
    return write_thumbnail(frame, image, os.path.dirname(path) or ".", source)


# -- the job ------------------------------------------------------------------------------------------------
def _copy_frame(frame):
    """A picture of its own with the same pixels (row by row: the two frames' line sizes may differ).

    Plain bytes, no numpy: the bundle leaves numpy out (packaging/rendition-studio.spec)."""
    out = av.VideoFrame(frame.width, frame.height, frame.format.name)
    for dst, src in zip(out.planes, frame.planes):
        data = bytes(src)
        if dst.line_size == src.line_size and dst.buffer_size == len(data):
            dst.update(data)
            continue
        rows = min(dst.buffer_size // dst.line_size, len(data) // src.line_size)
        width = min(dst.line_size, src.line_size)
        copy = bytearray(dst.buffer_size)
        view = memoryview(data)
        for y in range(rows):
            copy[y * dst.line_size:y * dst.line_size + width] = view[y * src.line_size:y * src.line_size + width]
        dst.update(bytes(copy))
    out.pts, out.time_base = frame.pts, frame.time_base
    return out


def _audio_tracks(source: SourceInfo) -> list[dict]:
    """The probed audio tracks; for a SourceInfo stored before they were probed, its first track alone."""
    if source.audio_tracks or not source.has_audio:
        return source.audio_tracks
    return [{"index": 0, "stream": -1, "codec": source.audio_codec, "language": "und", "title": "",
             "channels": source.channels or 2, "layout": "", "samplerate": source.samplerate}]


class _AudioOutput:
    """An audio rendition with a playlist of its own (``hls/<folder>/index.m3u8``): TS segments (ADTS AAC or
    AC-3), or fMP4 ones when the ladder has fMP4 (HEVC/AV1) variants (CMAF). Muxed on the decoding thread."""

    def __init__(self, r: AudioRendition, job_dir: str, segment_seconds: float, fmp4: bool):
        self.r = r
        self.final = os.path.join(job_dir, "hls", r.folder or r.id)
        folder = partial_path(self.final)
        self.target = os.path.join(folder, "index.m3u8")
        self.written: dict = {}
        self.error: str | None = None
        self.samples = 0
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        options = {"hls_time": f"{segment_seconds:g}", "hls_playlist_type": "vod", "hls_list_size": "0",
                   "hls_segment_filename": os.path.join(folder, "segment_%05d." + ("m4s" if fmp4 else "ts")),
                   "hls_flags": "independent_segments", "hls_segment_type": "fmp4" if fmp4 else "mpegts",
                   "output_ts_offset": HLS_TS_OFFSET}
        if fmp4:
            options["hls_fmp4_init_filename"] = "init.mp4"
        else:  # TS: packets gathered into PES packets of up to 0.7 s (else one per AAC frame: ~45 % overhead)
            options.update(max_delay="700000", hls_segment_options="mpegts_copyts=1")  # copyts: no PTS shift
        sink: Any = self  # what `_CountedFile` needs of a sink: `written`, `fail`
        self.container: OutputContainer | None = av.open(
            self.target, "w", format="hls", options=options,
            io_open=lambda url, flags, opts: _io_open(sink, url, flags, opts))
        self.stream = self.container.add_stream(r.codec, rate=r.rate, layout=r.layout)
        self.stream.codec_context.bit_rate = r.bit_rate
        self.stream.metadata["language"] = mp4_language(r.language)

    def fail(self, reason: str) -> None:
        if self.error is None:
            self.error = reason

    def mux(self, packets) -> None:
        if self.error is not None or self.container is None:
            return
        for p in packets:
            self.samples = max(self.samples, (p.pts or 0) + (p.duration or 0))
            p.stream = self.stream
            try:
                self.container.mux(p)
            except Exception as exc:  # noqa: BLE001 - e.g. the disk is full for this output only
                self.fail(_reason(exc))
                return

    def finish(self, emit: Emit, discard: bool = False) -> None:
        """Close, check and move into place; say ``audio_done`` (or ``warning``). `discard`: throw it away."""
        folder = os.path.dirname(self.target)
        try:
            if self.container is not None:
                container, self.container = self.container, None
                container.close()
            if discard:
                raise RenditionError("discarded")
            if self.error is not None:
                raise RenditionError(self.error)
            seconds = self.samples / self.r.rate
            stats = hls.verify_media_playlist(self.target, self.written, seconds, max(0.25, 0.05 * seconds))
            size = sum(self.written.values())
            replace_path(folder, self.final)
        except Exception as exc:  # noqa: BLE001 - the job's video goes on without this audio rendition
            shutil.rmtree(folder, ignore_errors=True)
            if not discard:
                emit({"ev": "warning", "message": f"the audio rendition {self.r.name} was not written: {_reason(exc)}"})
            return
        emit({"ev": "audio_done", "rendition": self.r.to_dict(), "uri": f"{os.path.basename(self.final)}/index.m3u8",
              "peak_bps": stats["peak_bps"], "average_bps": stats["average_bps"], "size": size})


def usable_cores() -> int:
    """The cores this process may run on (a `taskset` or container limit counts), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def encoder_threads(pixels: list[int], cores: int) -> list[int]:
    """Threads for each x264 encode of a ladder (`pixels`: each encode's picture size): the encode's share of the
    ladder's pixels (its share of the work) of twice the cores, at least 1, at most the cores. Twice: an encode
    waiting for its next picture leaves its cores to the others. One thread: the encode runs alone, with no
    barrier at every picture, while the other encodes keep the other cores busy. On 2 cores the default ladder's
    encodes get 2, 1, 1, 1, 1 (1080p ... 240p); on 16 cores 16, 8, 4, 2, 1. How they are used: `x264_threading`."""
    total = sum(pixels) or 1
    return [max(1, min(cores, round(2 * cores * p / total))) for p in pixels]


def queue_depth(width: int, height: int, ten_bit: bool = False) -> int:
    """Pictures queued for an encode group: `QUEUE_BYTES` of them, 2 to 8 (two keep an encode fed while the
    decoding thread makes the next picture). Measured on the 8 s 1080p ladder (2 cores, medians of 3 alternating
    runs, 2026-12-02): 4 MiB a group against 16 MiB (5 1080p pictures, 8 of each smaller size) peaked 7 MiB
    lower (tree sum 518 -> 511 MiB), same wall time (13.62 against 13.71 s) and CPU time (25.6 against 26.0 s)."""
    picture = width * height * 3 // 2 * (2 if ten_bit else 1)
    return max(2, min(8, QUEUE_BYTES // max(1, picture)))


def decoder_threads(cores: int) -> int:
    """The source decoder's threads: one a usable core, at most 16. FFmpeg's own default is one more than the
    cores (at most 16), and each frame thread holds its pictures: on the 8 s 1080p ladder (2 cores, medians of 3,
    2026-12-02) 2 threads instead of 3 peaked 7 MiB lower (518 -> 511 MiB), same wall time; with `queue_depth`
    15 MiB lower (503 MiB; the largest process 486 -> 471 MiB)."""
    return max(1, min(16, cores))


def x264_threading(threads: int, pixels: int) -> tuple[str, int]:
    """PyAV's thread type and count for an x264 encode given `threads` (`encoder_threads`) of `pixels`: one thread
    alone; from 720p up frame threads, at least 3; below 720p slices.

    Measured on this project's 2-core machine (x264 veryfast under the rungs' VBV caps; the 8 s 1080p ladder
    against the `tee` ffmpeg peer, medians of 3 on a quiet machine): PyAV's default slices for every encode kept
    the cores busy 90 % of the wall time (1.04x the peer); one thread for the small rungs and frame threads for
    1080p, 96 % (0.98x; 0.95x in another round), with the same 1080p quality (SSIM 0.8568 against 0.8569) and
    better small rungs (240p 0.7695 -> 0.7774), for 70 MB more memory (x264's frames in flight: peak 496 against
    430 MB; the peer takes 546). Slices below 720p: there three frame threads lost 0.4 dB PSNR on a 360p rung at
    365 kb/s (28.07 against 28.48 dB, 24.6 against 26.5 dB at the worst picture). Never 2 frame threads: with two
    the rate control starved pictures 5-11 of a 1080p encode (25-30 dB where 1, 3, 4, 6, 9 or 18 threads keep
    32-33 dB)."""
    if threads <= 1:
        return "FRAME", 1
    if pixels >= 1280 * 720:
        return "FRAME", max(3, threads)
    return "SLICE", threads


def scaler_threads(cores: int) -> int:
    """Threads that make the rungs' pictures (rotation aside, the scaling) beside the decoding thread: none below 6
    cores, where the encoders keep every core busy and the decoding thread scales in between (measured on 2 cores,
    default ladder, medians of 3: 10.35 s without, 10.12 s with one, 10.28 s with two: within the noise); from 6
    cores on, a quarter of them (at most 4), as one thread that decodes and scales every rung
    feeds at most ~150 pictures/s at 1080p (4.3 ms of scaling, 2.4 ms of decoding per picture on this project's
    2-core machine) while 16 cores encode the default ladder at ~250. ``RENDITION_STUDIO_SCALE_THREADS``
    overrides it (tests and benchmarks)."""
    forced = os.environ.get("RENDITION_STUDIO_SCALE_THREADS")
    if forced is not None and forced.strip().isdigit():
        return min(16, int(forced))
    return 0 if cores < 6 else min(4, cores // 4)


SCALE_AHEAD = 2  # pictures in the making per scaler thread: enough to keep them busy, few enough for memory


def make_pictures(base, groups: list, pts: int, time_base, key: bool) -> list:
    """Each group's picture of one source picture, biggest first, each scaled from the smallest larger picture
    already made (bicubic), stamped with the timeline's `pts` and, at a segment start, as a key frame. Runs in the
    decoding thread or in one scaler thread; `base` and what is made from it are used by that thread alone."""
    made: list = []  # (group, picture)
    used = set()
    for w in groups:
        src = base
        for other, f in made:
            if other.width >= w.width and other.height >= w.height:
                src = f
        pic = scaling.reformat(src, w.width, w.height, "yuv420p10le" if w.ten_bit else "yuv420p",
                               interpolation="BICUBIC")
        if id(pic) in used:  # same picture as another group's: each thread gets its own frame
            pic = _copy_frame(pic)
        used.add(id(pic))
        pic.pts, pic.time_base = pts, time_base
        pic.pict_type = PictureType.I if key else PictureType.NONE
        made.append((w, pic))
    return made


def _done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def run(source: SourceInfo, plan: JobPlan, job_dir: str, *, thumbnails: list[ThumbnailImage], hwaccel: str, emit: Emit,
        codec_overrides: dict | None = None, audio_plan: list[AudioRendition] | None = None) -> dict:
    """Encode every planned rendition. Emits events; returns a summary.

    `audio_plan` (`app.core.audio.plan_audio`): the audio renditions; None: the first track, muxed (stereo or
    mono). The renditions with a playlist of their own are written here, on the decoding thread (`_AudioOutput`)."""
    os.makedirs(job_dir, exist_ok=True)
    if audio_plan is None:
        audio_plan = [a for a in plan_audio(_audio_tracks(source), kbps=plan.audio_kbps, choice="first") if a.muxed]
    audio: list[AudioRendition] = audio_plan if plan.audio_kbps and source.has_audio else []

    # The encode time base: the source video stream's, so frame timestamps pass through untouched.
    probe_container = open_source(source.path)
    time_base = probe_container.streams.video[0].time_base or Fraction(1, 90000)
    if any(a.stream < 0 for a in audio):  # tracks of an older probe: the first audio stream
        first = probe_container.streams.audio[0].index if probe_container.streams.audio else -1
        audio = [dataclasses.replace(a, stream=first) if a.stream < 0 else a for a in audio]
    probe_container.close()
    decoder = Decoder(source, hwaccel, emit, audio_streams=tuple(sorted({a.stream for a in audio})))

    groups: dict[str, list[_Sink]] = {}
    for r in plan.renditions:
        final, target = rendition_paths(job_dir, r)
        groups.setdefault(r.encode_group, []).append(_Sink(r, final, target))
    codec_overrides = codec_overrides or {}
    threads = encoder_threads([s[0].plan.width * s[0].plan.height for s in groups.values()], usable_cores())
    workers = [
        EncodeGroup(gid, sinks, plan=plan, source=source, time_base=time_base, audio=audio, emit=emit,
                    codec=codec_overrides.get(gid, codec_overrides.get(sinks[0].plan.id,
                                                            CODEC_ENCODERS[sinks[0].plan.codec])),
                    threads=n)
        for (gid, sinks), n in zip(groups.items(), threads)
    ]
    # Biggest first: each smaller rung is scaled from the smallest larger picture already made.
    workers.sort(key=lambda w: -(w.width * w.height))
    for w in workers:
        w.start()

    # One encode per audio rendition, fed by its track's decoded frames; the muxed ones go to every group.
    chains: dict[int, list[tuple[AudioRendition, AudioChain]]] = {}
    for ar in audio:
        chains.setdefault(ar.stream, []).append((ar, AudioChain(ar)))
    fmp4_audio = any(uses_fmp4(r) for r in plan.renditions)
    outputs = {ar.id: _AudioOutput(ar, job_dir, plan.segment_seconds, fmp4_audio) for ar in audio
               if not ar.muxed and any(r.type == "hls" for r in plan.renditions)}
    started_audio: set[int] = set()

    pending_thumbs = sorted(thumbnails, key=lambda t: t.seconds)
    thumbs_done: list[str] = []
    rotate = _Rotator(source.rotation)
    gop = plan.gop_seconds
    next_key = 0.0
    frame_step = Fraction(source.frame_rate_den, source.frame_rate_num) / time_base
    t0 = None
    last_pts = None
    decoded = 0
    media_time = 0.0
    last_progress = 0.0
    progress_seconds = 0.0  # time spent reporting progress, for the overhead figure
    started = time.monotonic()

    def send_audio(stream: int, frame) -> None:
        """Encode one decoded frame (None: the end) of a track for each of its renditions: the renditions with a
        playlist of their own are muxed here, the muxed and MP4 ones go to the groups (`feed_audio`)."""
        shared: list[tuple[str, _Packet]] = []
        for ar, chain in chains.get(stream, []):
            packets = chain.push(frame)
            if ar.muxed or ar.mp4:
                shared.extend((ar.id, _Packet(p)) for p in packets)
            if ar.id in outputs:
                outputs[ar.id].mux(packets)
        feed_audio(shared)

    # What goes to the groups, in decoding order: pictures (being made by the scaler threads, or made) and audio.
    pending: deque = deque()
    scale_threads = scaler_threads(usable_cores())
    scaler = ThreadPoolExecutor(scale_threads, thread_name_prefix="scale") if scale_threads else None

    def deliver(ahead: int) -> None:
        """Hand over, in order, all but the last `ahead` pictures (with the audio between them)."""
        pictures = sum(1 for kind, _ in pending if kind == "v")
        while pending and (pending[0][0] == "a" or pictures > ahead):
            kind, item = pending.popleft()
            if kind == "a":
                for w in workers:
                    if not w.dead:
                        w.queue.put(("a", item))
            else:
                pictures -= 1
                for w, pic in item.result():
                    w.queue.put(("v", pic))

    def feed_audio(packets):
        if packets:
            pending.append(("a", packets))
            deliver(SCALE_AHEAD * scale_threads)

    aborted = None
    try:
        for kind, frame in decoder.frames():
            if kind == "a":
                stream, frame = frame
                if stream not in chains or t0 is None:
                    continue  # audio before the first picture is dropped, as the timeline starts there
                if stream not in started_audio and frame.time is not None:
                    started_audio.add(stream)
                    for ar, chain in chains[stream]:
                        chain.samples = max(0, round((frame.time - float(t0 * time_base)) * ar.rate))
                send_audio(stream, frame)
                continue
            # Video: a strictly increasing timeline starting at zero.
            pts = frame.pts
            if t0 is None:
                t0 = pts if pts is not None else 0
            pts = (pts - t0) if pts is not None else None
            if pts is None or (last_pts is not None and pts <= last_pts):
                pts = 0 if last_pts is None else last_pts + max(1, int(frame_step))
            last_pts = pts
            base = rotate(frame)
            base.pts, base.time_base = pts, time_base
            t = float(pts * time_base)
            media_time = t
            while pending_thumbs and pending_thumbs[0].seconds <= t + 1e-6:
                img = pending_thumbs.pop(0)
                try:
                    thumbs_done.append(write_thumbnail(base, img, os.path.join(job_dir, "thumbnails"), source))
                except Exception as exc:  # noqa: BLE001
                    emit({"ev": "thumbnail_failed", "file": img.filename, "error": _reason(exc)})
            key = t + 1e-6 >= next_key
            if key:
                next_key += gop
            # One look at the groups per round: each picture is made for, and handed to, the group it was made
            # for. A group whose thread dies meanwhile still gets (and drains) its own picture; none shifts.
            live = [w for w in workers if not w.dead]
            if scaler is None:
                pending.append(("v", _done(make_pictures(base, live, pts, time_base, key))))
            else:  # `base` goes to that thread alone: nothing here touches it again
                pending.append(("v", scaler.submit(make_pictures, base, live, pts, time_base, key)))
            deliver(SCALE_AHEAD * scale_threads)
            decoded += 1
            now = time.monotonic()
            if now - last_progress >= PROGRESS_INTERVAL:
                last_progress = now
                emit({"ev": "progress", "decoded": decoded, "media_time": round(t, 3),
                      "encoded": {s.plan.id: w.frames for w in workers for s in w.sinks}})
                progress_seconds += time.monotonic() - now
        for stream in chains:
            send_audio(stream, None)
        deliver(0)
        if decoded == 0:
            raise InputRejected("no picture could be decoded from the source")
        if (source.duration and source.duration > 1
                and media_time + 2 * float(frame_step * time_base) < TRUNCATION_SHARE * source.duration):
            raise InputRejected(
                f"the source is truncated or damaged: only {media_time:.1f} s of its {source.duration:.1f} s"
                " could be decoded"
            )
    except BaseException as exc:
        aborted = exc
    finally:
        if scaler is not None:
            scaler.shutdown(wait=True, cancel_futures=True)
        for w in workers:
            w.queue.put("abort" if aborted is not None else None)
        for w in workers:
            w.join()
        for out in outputs.values():
            out.finish(emit, discard=aborted is not None)
    if aborted is not None:
        for path in thumbs_done:
            if os.path.exists(path):
                os.remove(path)
        raise aborted
    for img in pending_thumbs:
        emit({"ev": "thumbnail_failed", "file": img.filename, "error": "the time is past the end of the video"})
    if thumbnails:
        emit({"ev": "thumbnails_done", "files": thumbs_done, "failed": len(thumbnails) - len(thumbs_done)})
    elapsed = time.monotonic() - started
    return {"decoder": decoder.decoder, "frames": decoded, "media_time": media_time, "elapsed": elapsed,
            "decode_errors": decoder.errors, "progress_seconds": progress_seconds,
            "redo": [{"group": w.gid, "ids": [s.plan.id for s in w.sinks], "reason": w.redo}
                     for w in workers if w.redo]}
