"""Real players: a generated ladder served over HTTP on 127.0.0.1 plays end to end in GStreamer's HLS demuxer.

Skipped where ``gst-launch-1.0`` is absent (packaging/install-system-deps.sh installs it, and CI runs it).
GStreamer plays HLS over HTTP, not from file:// URIs: the ladder is served by http.server in a thread.
"""

import functools
import http.server
import itertools
import os
import re
import shutil
import subprocess
import threading
import time

import av
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


def play(url, frames_dir, timeout=60):
    """Play `url` with playbin3: each picture into a file of its own in `frames_dir` (multifilesink, in display
    order: the file count is the picture count, the size says the variant), the sound into a fake sink that reports
    each buffer. (exit status, output, seconds)."""
    os.makedirs(frames_dir, exist_ok=True)
    started = time.monotonic()
    r = subprocess.run([GST, "-v", "playbin3", f"uri={url}",
                        f"video-sink=multifilesink location={os.path.join(frames_dir, '%05d.yuv')}",
                        "audio-sink=fakesink silent=false"], capture_output=True, text=True, timeout=timeout)
    return r.returncode, r.stdout + r.stderr, time.monotonic() - started


def audio_times(output):
    """Timestamps (s) of the sound buffers the fake sink reported (gst-launch -v prints its last-message)."""
    found = re.findall(r"chain +\*+ \(fakesink\d*:sink\) \(\d+ bytes, dts: [^,]*, pts: (\d+):(\d+):([\d.]+)", output)
    return [int(h) * 3600 + int(m) * 60 + float(s) for h, m, s in found]


def test_gstreamer_plays_the_ladder_end_to_end(clips, tmp_path, served):
    job = Job.create(clips.landscape, str(tmp_path), EncodeOptions(formats=("hls",), segment_seconds=2, thumbnails=[],
                                                                   hwaccel="off"))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    folder = os.path.join(str(tmp_path), "landscape", "hls")
    assert check_ladder(folder) == []
    base = served(folder)

    frames_dir = str(tmp_path / "played")
    code, output, seconds = play(f"{base}/master.m3u8", frames_dir)
    assert code == 0, output[-3000:]
    assert "Got EOS" in output and not re.search(r"^ERROR|^WARNING", output, re.M), output[-3000:]
    # Every picture of the 8 s at 25 fps, once, and the sound to the end.
    names = sorted(os.listdir(frames_dir))
    assert names == [f"{i:05d}.yuv" for i in range(200)], (len(names), names[-3:])
    heard = audio_times(output)
    assert heard and heard[-1] - heard[0] >= 7.9, heard[:1] + heard[-1:]
    # Variant switching: playbin starts on the first variant listed (240p: 426x240 I420, rows padded to 428 bytes,
    # 154,560 bytes a picture) and, its first 2 s segment played (50 pictures), moves to 360p (640x360: 345,600
    # bytes) once it has measured the loopback's speed (where it ends is its own bandwidth heuristics' call).
    sizes = [os.path.getsize(os.path.join(frames_dir, n)) for n in names]
    runs = [(size, len(list(group))) for size, group in itertools.groupby(sizes)]
    assert runs[0][0] == 154560 and runs[0][1] % 50 == 0 and {size for size, _ in runs} == {154560, 345600}, runs
    # The pictures are the rendition's own, in their places: a 360p one played is bit for bit (luma) what PyAV
    # decodes from the 360p rendition at that position.
    at = next(i for i, size in enumerate(sizes) if size == 345600) + 10
    with av.open(os.path.join(folder, "360p", "index.m3u8")) as c:
        decoded = next(f for i, f in enumerate(c.decode(video=0)) if i == at)
    luma = decoded.reformat(format="yuv420p").planes[0]
    expected = b"".join(bytes(luma)[y * luma.line_size:y * luma.line_size + 640] for y in range(360))
    with open(os.path.join(frames_dir, names[at]), "rb") as fh:
        assert fh.read(640 * 360) == expected
    # What was fetched: the master, media playlists and segments; nothing else (the I-frame playlists are for
    # trick play, which playbin does not ask for here).
    assert "/master.m3u8" in served.requests
    assert all(re.fullmatch(r"/(master\.m3u8|(240p|360p)/(index\.m3u8|segment_\d{5}\.ts))", p) for p in served.requests)
    assert seconds < 20, f"playing took {seconds:.1f} s"
