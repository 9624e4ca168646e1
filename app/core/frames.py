"""Single decoded frames on request, for the Compare view: a long-lived media worker and its client.

The server (``python -m app.core.worker frames``, `serve`) answers one JSON request line at a time on stdin:

- ``{"op": "open", "key": K, "path": P, "rotation": R|null}``: opens a local file (an HLS index with its own
  folder's segments) under the name K; R is the rotation to apply (counter-clockwise degrees; null: the file's own
  display rotation, as the encode applies it to the source). Answer ``{"ok": true, "duration", "fps", "width",
  "height", "frames"}`` (width/height upright, `frames` estimated from the duration and frame rate).
- ``{"op": "frame", "key": K, "t": seconds, "width": W, "height": H}``: the frame whose display interval contains t
  (seconds from the stream's first frame), upright, scaled to W x H (bicubic), as RGB24. Answer ``{"ok": true,
  "pts", "time", "index", "frame_duration", "duration", "fps", "width", "height", "bytes": N}`` and then N raw bytes
  (rows of W*3 bytes, no padding).
- ``{"op": "close", "key": K}``.

Any request may answer ``{"ok": false, "error": reason}``. The answers go to the worker's real stdout (fd 1 itself
goes to stderr so native chatter cannot corrupt them). EOF on stdin ends the worker.

Decoding is frame-accurate: a request seeks to the keyframe before t and decodes up to it, except when t lies a
little ahead of the frame decoded last (then decoding just goes on: stepping forward costs one frame) or on one of
the last frames decoded (kept: stepping back a few frames costs nothing).

`FrameClient` (Qt-free, numpy-free) runs the worker and speaks to it; a worker that dies (a file that crashes the
media library) turns into a `FrameError` with a plain reason, and the next request starts a new worker and opens
the files again.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import threading
from collections import deque
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, BinaryIO

from app.core.probe import drain_decoder

SLACK = 5e-4  # a frame starting up to half a millisecond after t counts as shown at t (rounded timestamps)
AHEAD = 2.0  # seconds: a target this far ahead of the decoder's position is reached by decoding on, not seeking
KEEP = 12  # decoded frames kept per file, for stepping back


class FrameError(Exception):
    """A frame that could not be had; the message is the plain reason."""


@dataclass
class Frame:
    key: str
    pts: int
    time: float  # seconds from the stream's first frame
    index: int  # frame number (from the time and the frame rate)
    frame_duration: float
    duration: float  # the file's
    fps: float
    width: int
    height: int
    rgb: bytes  # width * height * 3


# -- the server (in the media worker) -----------------------------------------------------------------------
class _Reader:
    """One open file: its container, a running decoder and the last frames it gave."""

    def __init__(self, path: str, rotation: int | None):
        import av

        from app.core.quality import QualityError, _open

        try:
            self.container = _open(path)
        except QualityError as exc:
            raise FrameError(str(exc)) from None
        except (av.error.FFmpegError, OSError, UnicodeError) as exc:
            raise FrameError(f"{os.path.basename(path)} could not be opened: {exc}") from None
        if not self.container.streams.video:
            self.container.close()
            raise FrameError(f"{os.path.basename(path)} has no video stream")
        self.path = path
        self.hls = path.endswith(".m3u8")
        self.stream = self.container.streams.video[0]
        self.stream.thread_type = "AUTO"
        self.tb = self.stream.time_base or Fraction(1, 90000)
        rate = self.stream.average_rate or self.stream.guessed_rate or Fraction(25)
        self.fps = float(rate)
        self.start: int | None = self.stream.start_time
        self._decoder = None
        self._pending = None  # the next decoded (time, frame), read ahead of the one given last
        self._pos = -math.inf  # time of the frame decoded last
        self.recent: deque = deque(maxlen=KEEP)  # (time, frame) in display order, contiguous
        self._graph: Any = None
        self._graph_key: tuple | None = None
        first = self._seek_decode(0.0)
        if first is None:
            raise FrameError(f"{os.path.basename(path)}: no picture could be decoded")
        if rotation is None:
            from app.core.probe import _rotation_of

            rotation = _rotation_of(first[1])
        self.rotation = rotation
        w, h = first[1].width, first[1].height
        sar = self.stream.sample_aspect_ratio or self.stream.codec_context.sample_aspect_ratio
        if sar and sar.numerator > 0 and sar.denominator > 0 and sar != 1:
            w = int(round(w * sar.numerator / sar.denominator))
        self.width, self.height = (h, w) if rotation in (90, 270) else (w, h)
        if self.container.duration:
            self.duration = self.container.duration / 1_000_000
        elif self.stream.duration:
            self.duration = float(self.stream.duration * self.tb)
        else:
            self.duration = 0.0

    # decoding --------------------------------------------------------------------------------------------
    def _decoded(self):
        import av

        try:
            for frame in self.container.decode(self.stream):
                if frame.pts is None:
                    continue
                if self.start is None:
                    self.start = frame.pts
                yield float((frame.pts - self.start) * self.tb), frame
        except av.error.EOFError:
            return
        except av.error.FFmpegError as exc:
            raise FrameError(f"{os.path.basename(self.path)} could not be decoded: {exc}") from None

    def _next(self):
        assert self._decoder is not None
        if self._pending is not None:
            out, self._pending = self._pending, None
            return out
        return next(self._decoder, None)

    def _seek(self, t: float) -> None:
        if self._decoder is not None:
            drain_decoder(self.stream)  # before the seek flushes a frame-threaded decoder
        if t > 0 and self.start is not None:
            if self.hls:  # the hls demuxer seeks in AV_TIME_BASE units only
                self.container.seek(int((self.start * self.tb + Fraction(t)) * 1_000_000), backward=True,
                                    any_frame=False)
            else:
                self.container.seek(int(self.start + Fraction(t) / self.tb), stream=self.stream, backward=True,
                                    any_frame=False)
        elif self._decoder is not None and self.hls and self.start:  # back to the start: an HLS rendition's
            # timestamps start at 10 s (app.core.pipeline.HLS_TS_OFFSET); its demuxer refuses a seek before them
            self.container.seek(int(self.start * self.tb * 1_000_000), backward=True, any_frame=False)
        elif self._decoder is not None:  # back to the start (a new container needs no seek)
            self.container.seek(0, backward=True, any_frame=False)
        self._decoder, self._pending, self._pos = self._decoded(), None, -math.inf
        self.recent.clear()

    def _forward(self, t: float):
        """Decode on from where the decoder stands to the frame shown at t (the last one starting at or before t)."""
        shown = self.recent[-1] if self.recent else None
        while True:
            nxt = self._next()
            if nxt is None:
                return shown
            if nxt[0] <= self._pos:  # a timestamp going back (a damaged stream): skip it
                continue
            if nxt[0] > t + SLACK and shown is not None:
                self._pending = nxt
                return shown
            shown = nxt
            self._pos = nxt[0]
            self.recent.append(nxt)

    def _seek_decode(self, t: float):
        back = 0.0
        while True:
            self._seek(max(0.0, t - back))
            got = self._forward(t)
            if got is None or got[0] <= t + SLACK or t - back <= 0:
                return got
            back = back * 2 + 1.0  # landed after t (a keyframe later than asked): seek further back

    def frame_at(self, t: float):
        """(time, frame, next frame's time or None) of the frame shown at t."""
        t = max(0.0, t)
        kept = [i for i, (ft, _) in enumerate(self.recent) if ft <= t + SLACK]
        if kept and kept[-1] + 1 < len(self.recent):  # one of the last frames decoded: no decoding
            i = kept[-1]
            return self.recent[i][0], self.recent[i][1], self.recent[i + 1][0]
        if kept and self._decoder is not None and t < self._pos + AHEAD:
            got = self._forward(t)  # a little ahead: decoding on is cheaper than a seek
        else:
            got = self._seek_decode(t)
        if got is None:
            raise FrameError(f"{os.path.basename(self.path)}: no picture at {t:.3f} s")
        if self._pending is None:  # read one more to know this frame's duration
            self._pending = self._next()
        after = self._pending[0] if self._pending is not None else None
        return got[0], got[1], after

    # pictures --------------------------------------------------------------------------------------------
    def picture(self, frame, width: int, height: int) -> bytes | memoryview:
        import av

        from app.core.quality import _ROTATE

        key = (frame.width, frame.height, frame.format.name, width, height, self.rotation)
        if self._graph is None or self._graph_key != key:
            g = av.filter.Graph()
            node = g.add_buffer(width=frame.width, height=frame.height, format=frame.format,
                                time_base=Fraction(1, 1000))
            steps = [*_ROTATE.get(self.rotation, []), f"scale={width}:{height}:flags=bicubic", "format=rgb24",
                     "buffersink"]
            for spec in steps:
                name, _, arg = spec.partition("=")
                f = g.add(name, arg) if arg else g.add(name)
                node.link_to(f)
                node = f
            g.configure()
            self._graph, self._graph_key = g, key
        frame.pts = 0
        self._graph.push(frame)
        out = self._graph.pull()
        plane = out.planes[0]
        row = width * 3
        data = memoryview(plane).cast("B")  # no copy: the answer is written from the frame's own buffer
        if plane.line_size == row:
            return data[: row * height]
        return b"".join(data[y * plane.line_size: y * plane.line_size + row] for y in range(height))

    def close(self) -> None:
        drain_decoder(self.stream)
        self.container.close()


class _Server:
    def __init__(self, out: BinaryIO):
        self.out = out
        self.readers: dict[str, _Reader] = {}

    def answer(self, head: dict, payload: bytes | memoryview = b"") -> None:
        self.out.write(json.dumps(head, separators=(",", ":")).encode() + b"\n")
        if payload:
            self.out.write(payload)
        self.out.flush()

    def handle(self, req: dict) -> None:
        op, key = req.get("op"), str(req.get("key", ""))
        if op == "open":
            old = self.readers.pop(key, None)
            if old is not None:
                old.close()
            rotation = req.get("rotation")
            r = self.readers[key] = _Reader(str(req["path"]), None if rotation is None else int(rotation))
            self.answer({"ok": True, "duration": r.duration, "fps": r.fps, "width": r.width, "height": r.height,
                         "frames": int(round(r.duration * r.fps)), "rotation": r.rotation})
        elif op == "frame":
            found = self.readers.get(key)
            if found is None:
                raise FrameError(f"{key} is not open")
            r = found
            width, height = int(req.get("width") or r.width), int(req.get("height") or r.height)
            if not (0 < width <= 16384 and 0 < height <= 16384):
                raise FrameError(f"no picture of {width}x{height}")
            t, frame, after = r.frame_at(float(req["t"]))
            pts = frame.pts
            duration = (after - t) if after is not None else (1.0 / r.fps if r.fps else 0.04)
            data = r.picture(frame, width, height)
            self.answer({"ok": True, "pts": pts, "time": t, "index": int(round(t * r.fps)),
                         "frame_duration": duration, "duration": r.duration, "fps": r.fps, "width": width,
                         "height": height, "bytes": memoryview(data).nbytes}, data)
        elif op == "close":
            old = self.readers.pop(key, None)
            if old is not None:
                old.close()
            self.answer({"ok": True})
        else:
            raise FrameError(f"unknown request {op!r}")


def serve(inp: BinaryIO, out: BinaryIO) -> int:
    """Answer requests from `inp` until it ends (the worker's ``frames`` command)."""
    import av

    server = _Server(out)
    for line in inp:
        if not line.strip():
            continue
        try:
            req = json.loads(line)
            server.handle(req)
        except FrameError as exc:
            server.answer({"ok": False, "error": str(exc)})
        except (av.error.FFmpegError, ValueError, KeyError, TypeError) as exc:
            server.answer({"ok": False, "error": f"{exc.__class__.__name__}: {exc}"})
    return 0


# -- the client (in the application) ------------------------------------------------------------------------
class FrameClient:
    """Frames from a media worker (started on the first request, again after it died). One thread at a time."""

    def __init__(self, timeout: float = 60.0):
        self.timeout = timeout
        self._proc: subprocess.Popen | None = None
        self._opened: dict[str, tuple[str, int | None]] = {}  # key -> (path, rotation) asked for
        self._live: set[str] = set()  # keys open in the running worker
        self.infos: dict[str, dict] = {}

    def _start(self) -> subprocess.Popen:
        from app.core.engine import _worker_env, worker_command

        if self._proc is None or self._proc.poll() is not None:
            self._proc = subprocess.Popen(worker_command("frames"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          stderr=subprocess.DEVNULL, env=_worker_env(), start_new_session=True)
            self._live = set()
        return self._proc

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def _request(self, req: dict) -> tuple[dict, bytes]:
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        watchdog = threading.Timer(self.timeout, proc.kill)  # a worker stuck on a file is ended
        watchdog.start()
        try:
            proc.stdin.write(json.dumps(req).encode() + b"\n")
            proc.stdin.flush()
            line = proc.stdout.readline()
            head = json.loads(line) if line.strip() else None
            payload = b""
            if head is not None and head.get("bytes"):
                payload = proc.stdout.read(int(head["bytes"]))
                if len(payload) != head["bytes"]:
                    head = None
        except (OSError, ValueError):
            head = None
        finally:
            watchdog.cancel()
        if head is None:
            self._died(proc)
        assert head is not None
        if not head.get("ok"):
            raise FrameError(str(head.get("error") or "the frame could not be read"))
        return head, payload

    def _died(self, proc: subprocess.Popen) -> None:
        from app.core.engine import _signal_reason

        try:
            proc.kill()
        except OSError:
            pass
        code = proc.wait()
        self._proc, self._live = None, set()
        reason = "reading the file took too long; it may be damaged" if code == -9 else _signal_reason(code)
        raise FrameError(reason)

    def open(self, key: str, path: str, rotation: int | None = None) -> dict:
        """Open `path` as `key`: ``{"duration", "fps", "width", "height", "frames", "rotation"}`` (upright size)."""
        self._opened[key] = (path, rotation)
        self._live.discard(key)
        head, _ = self._request({"op": "open", "key": key, "path": path, "rotation": rotation})
        self._live.add(key)
        self.infos[key] = head
        return head

    def frame(self, key: str, t: float, width: int | None = None, height: int | None = None) -> Frame:
        """The frame of `key` shown at `t` seconds, upright, scaled to width x height (default: its own size)."""
        if key not in self._opened:
            raise FrameError(f"{key} is not open")
        if key not in self._live or self.pid is None:
            path, rotation = self._opened[key]
            self.open(key, path, rotation)
        head, rgb = self._request({"op": "frame", "key": key, "t": t, "width": width or 0, "height": height or 0})
        return Frame(key=key, pts=head["pts"], time=head["time"], index=head["index"],
                     frame_duration=head["frame_duration"], duration=head["duration"], fps=head["fps"],
                     width=head["width"], height=head["height"], rgb=rgb)

    def close(self) -> None:
        """End the worker (it is started again by the next request)."""
        proc, self._proc = self._proc, None
        self._live = set()
        if proc is not None:
            try:
                if proc.stdin is not None:
                    proc.stdin.close()
                proc.wait(timeout=2)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
