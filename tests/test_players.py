"""Real players: a generated ladder served over HTTP on 127.0.0.1 plays end to end in GStreamer's HLS demuxer.

Skipped where ``gst-launch-1.0`` is absent (packaging/install-system-deps.sh installs it, and CI runs it).
GStreamer plays HLS over HTTP, not from file:// URIs: the ladder is served by http.server in a thread.
"""

import functools
import http.server
import os
import re
import shutil
import subprocess
import threading
import time

import pytest

from app.core.engine import Engine
from app.core.errors import EXIT_OK
from app.core.jobs import EncodeOptions, Job
from app.core.store import JobStore
from hlscheck import check_ladder

GST = shutil.which("gst-launch-1.0")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(GST is None, reason="gst-launch-1.0 is not installed")]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def served(tmp_path):
    """Serve a folder on 127.0.0.1; returns a function(folder) -> base URL. Requests are counted by path."""
    servers = []
    requests: list[str] = []

    def serve(folder):
        class Handler(_Quiet):
            def do_GET(self):
                requests.append(self.path)
                super().do_GET()

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=folder))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    serve.requests = requests
    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def play(url, timeout=60):
    """Play `url` with playbin3 into fake sinks that report every buffer; (exit status, output, seconds)."""
    started = time.monotonic()
    r = subprocess.run([GST, "-v", "playbin3", f"uri={url}", "video-sink=fakesink silent=false",
                        "audio-sink=fakesink silent=false"], capture_output=True, text=True, timeout=timeout)
    return r.returncode, r.stdout + r.stderr, time.monotonic() - started


def buffers(output, sink):
    """(pts seconds, bytes) of each buffer the sink received."""
    out = []
    for m in re.finditer(rf"chain +\*+ \({sink}:sink\) \((\d+) bytes, dts: [^,]*, pts: (\d+):(\d+):([\d.]+)", output):
        size, h, mi, s = m.groups()
        out.append((int(h) * 3600 + int(mi) * 60 + float(s), int(size)))
    return out


def test_gstreamer_plays_the_ladder_end_to_end(clips, tmp_path, served):
    job = Job.create(clips.landscape, str(tmp_path), EncodeOptions(formats=("hls",), segment_seconds=2, thumbnails=[],
                                                                   hwaccel="off"))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    folder = os.path.join(str(tmp_path), "landscape", "hls")
    assert check_ladder(folder) == []
    base = served(folder)

    code, output, seconds = play(f"{base}/master.m3u8")
    assert code == 0, output[-3000:]
    assert "Got EOS" in output and not re.search(r"^ERROR|^WARNING", output, re.M), output[-3000:]
    # The whole 8 s at 25 fps (200 pictures) and all of the sound reached the sinks.
    video = buffers(output, "fakesink0")
    audio = buffers(output, "fakesink1")
    times = sorted({round(t, 3) for t, _ in video})
    assert times[-1] - times[0] >= 7.9 and audio and audio[-1][0] - audio[0][0] >= 7.8, (times[:2], times[-2:])
    # Variant switching: playbin starts on the first variant listed (240p, 426x240 I420: rows padded to 428 bytes,
    # 154,560 bytes a picture) and moves to 360p (640x360: 345,600) once it has measured the loopback's speed
    # (where it ends is its own bandwidth heuristics' call).
    runs = [size for n, (_, size) in enumerate(video) if n == 0 or video[n - 1][1] != size]
    assert runs[0] == 154560 and set(runs) == {154560, 345600}, runs
    # No segment is lost: no hole in the pictures' timeline. (GStreamer's own timestamps wobble by a picture or two
    # now and then — a repeated timestamp beside a missing one — and a switch may drop a few pictures where the
    # variants meet; a lost segment would leave a 2 s hole.)
    gaps = [(a, round(b - a, 3)) for a, b in zip(times, times[1:]) if b - a > 0.25]
    assert not gaps and len(video) >= 0.95 * 200, (gaps, len(video))
    # What was fetched: the master, media playlists and segments; nothing else (the I-frame playlists are for
    # trick play, which playbin does not ask for here).
    assert "/master.m3u8" in served.requests
    assert all(re.fullmatch(r"/(master\.m3u8|(240p|360p)/(index\.m3u8|segment_\d{5}\.ts))", p) for p in served.requests)
    assert seconds < 20, f"playing took {seconds:.1f} s"
