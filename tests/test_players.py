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


def play(url, frames_dir, timeout=60, connection_speed=None):
    """Play `url` with playbin3: each picture into a file of its own in `frames_dir` (multifilesink, in display
    order: the file count is the picture count, the size says the variant), the sound into a fake sink that reports
    each buffer. (exit status, output, seconds)."""
    os.makedirs(frames_dir, exist_ok=True)
    started = time.monotonic()
    speed = [f"connection-speed={connection_speed}"] if connection_speed else []
    r = subprocess.run([GST, "-v", "playbin3", *speed, f"uri={url}",
                        f"video-sink=multifilesink location={os.path.join(frames_dir, '%05d.yuv')}",
                        "audio-sink=fakesink silent=false"], capture_output=True, text=True, timeout=timeout)
    return r.returncode, r.stdout + r.stderr, time.monotonic() - started


def audio_times(output):
    """Timestamps (s) of the sound buffers the fake sink reported (gst-launch -v prints its last-message)."""
    found = re.findall(r"chain +\*+ \(fakesink\d*:sink\) \(\d+ bytes, dts: [^,]*, pts: (\d+):(\d+):([\d.]+)", output)
    return [int(h) * 3600 + int(m) * 60 + float(s) for h, m, s in found]


def landscape_ladder(clips, tmp_path, **options) -> str:
    """The landscape clip's HLS ladder (240p, 360p; 2 s segments), checked: its hls folder."""
    job = Job.create(clips.landscape, str(tmp_path), EncodeOptions(formats=("hls",), segment_seconds=2, thumbnails=[],
                                                                   hwaccel="off", **options))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    folder = os.path.join(str(tmp_path), "landscape", "hls")
    assert check_ladder(folder) == []
    return folder


def test_gstreamer_plays_the_ladder_end_to_end(clips, tmp_path, served):
    folder = landscape_ladder(clips, tmp_path)
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
    # one playback switched variants: segments of both were fetched, 240p's first
    fetched = [p.split("/")[1] for p in served.requests if p.endswith(".ts")]
    assert fetched[0] == "240p" and set(fetched) == {"240p", "360p"}, fetched
    assert seconds < 20, f"playing took {seconds:.1f} s"


def test_gstreamer_plays_an_h264_fmp4_ladder(clips, tmp_path, served):
    """``--hls-segments fmp4``: the H.264 ladder in fMP4 segments with its sound, over HTTP: every picture of the
    8 s once, the sound to the end, the init segments fetched, no TS."""
    base = served(landscape_ladder(clips, tmp_path, hls_segments="fmp4"))
    frames_dir = str(tmp_path / "played")
    code, output, _ = play(f"{base}/master.m3u8", frames_dir)
    assert code == 0 and "Got EOS" in output and not re.search(r"^ERROR|^WARNING", output, re.M), output[-3000:]
    assert len(os.listdir(frames_dir)) == 200
    heard = audio_times(output)
    assert heard and heard[-1] - heard[0] >= 7.9, heard[:1] + heard[-1:]
    assert any(p.endswith("/init.mp4") for p in served.requests), served.requests
    assert not any(p.endswith(".ts") for p in served.requests), served.requests


def _gst_has(*elements):
    inspect = shutil.which("gst-inspect-1.0")
    return inspect is not None and all(
        subprocess.run([inspect, e], capture_output=True).returncode == 0 for e in elements)


def test_gstreamer_plays_a_three_codec_ladder(clips, tmp_path, served):
    """H.264/TS, HEVC and AV1 fMP4 variants in one master, over HTTP: the master plays to the end, and each
    codec's variant alone plays every picture, bit for bit (luma) PyAV's decode of it. A codec this GStreamer
    cannot decode (no avdec_h265 / av1dec or dav1ddec) is skipped, saying so.

    The master is played at a fixed connection speed (200 kb/s: a 240p fMP4 variant, kept): GStreamer 1.22's
    hlsdemux2 stalls when it switches mid-stream between variants of different codecs (HEVC 240p to H.264 360p
    here; measured: it hangs buffering), which Apple's players do not do (they keep to one codec family)."""
    clip = clips.get("codecs.mp4", width=640, height=360, seconds=2, fps=25)
    job = Job.create(clip, str(tmp_path), EncodeOptions(formats=("hls",), segment_seconds=1, thumbnails=[],
                                                        hwaccel="off", renditions=[(240, None), (360, None)],
                                                        codecs=("h264", "hevc", "av1")))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    folder = os.path.join(str(tmp_path), "codecs", "hls")
    assert check_ladder(folder) == []
    base = served(folder)
    code, output, _ = play(f"{base}/master.m3u8", str(tmp_path / "master"), connection_speed=200)
    assert code == 0 and "Got EOS" in output and not re.search(r"^ERROR", output, re.M), output[-3000:]
    played = [os.path.getsize(tmp_path / "master" / n) for n in os.listdir(tmp_path / "master")]
    assert len(played) == 50 and set(played) == {154560}, played[:3]  # 426x240 I420, rows padded to 428
    assert "/master.m3u8" in served.requests
    assert any(p.endswith("240p/init.mp4") for p in served.requests), served.requests
    decoders = {"360p": ("avdec_h264",), "hevc-360p": ("avdec_h265",), "av1-360p": ("av1dec",)}
    skipped = []
    for name, needs in decoders.items():
        if not _gst_has(*needs) and not (name.startswith("av1") and _gst_has("dav1ddec")):
            skipped.append(f"{name}: GStreamer here has no {needs[0]}")
            continue
        frames_dir = str(tmp_path / name)
        code, output, _ = play(f"{base}/{name}/index.m3u8", frames_dir)
        assert code == 0 and "Got EOS" in output and not re.search(r"^ERROR", output, re.M), (name, output[-3000:])
        names = sorted(os.listdir(frames_dir))
        assert len(names) == 50, (name, len(names))
        with av.open(os.path.join(folder, name, "index.m3u8")) as c:
            decoded = [f for i, f in enumerate(c.decode(video=0)) if i in (0, 30)]
        for at, picture in zip((0, 30), decoded):
            luma = picture.reformat(format="yuv420p").planes[0]
            expected = b"".join(bytes(luma)[y * luma.line_size:y * luma.line_size + 640] for y in range(360))
            with open(os.path.join(frames_dir, names[at]), "rb") as fh:
                assert fh.read(640 * 360) == expected, (name, at)
    assert "/hevc-360p/init.mp4" in served.requests or skipped
    if skipped:
        pytest.skip("; ".join(skipped))


@pytest.mark.parametrize("segments", ["ts", "fmp4"])
def test_gstreamer_plays_the_subtitles(clips, tmp_path, served, segments):
    """A WebVTT subtitle rendition (from a sidecar .srt) plays with the ladder (MPEG-TS, or fMP4 with
    ``--hls-segments fmp4``: mapped to its media time): playbin fetches its playlist and every segment, and cue
    text reaches its text sink. (GStreamer 1.22's playbin3 drops the cues before its text stream has joined, so
    which cues arrive is its call: only ours may, and the last one does.)"""
    src = tmp_path / "subbed.mp4"
    shutil.copy(clips.get("subbed.mp4", width=426, height=240, seconds=6), src)
    (tmp_path / "subbed.de.srt").write_text("1\n00:00:00,500 --> 00:00:01,500\nEins\n\n"
                                            "2\n00:00:03,000 --> 00:00:04,500\nÜber die Grenze\n\n"
                                            "3\n00:00:05,000 --> 00:00:05,800\nSchluss\n", encoding="utf-8")
    job = Job.create(str(src), str(tmp_path / "out"), EncodeOptions(formats=("hls",), segment_seconds=2,
                                                                      thumbnails=[], hwaccel="off",
                                                                      hls_segments=segments))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    folder = os.path.join(str(tmp_path), "out", "subbed", "hls")
    assert check_ladder(folder) == []
    base = served(folder)
    text = str(tmp_path / "text.txt")
    r = subprocess.run([GST, "playbin3", f"uri={base}/master.m3u8", "video-sink=fakesink", "audio-sink=fakesink",
                        f"text-sink=filesink location={text}"], capture_output=True, text=True, timeout=60)
    output = r.stdout + r.stderr
    assert r.returncode == 0 and "Got EOS" in output and not re.search(r"^ERROR|^WARNING", output, re.M), output[-3000:]
    with open(text, encoding="utf-8") as fh:
        shown = fh.read()
    assert re.fullmatch("(Eins|Über die Grenze)*Schluss", shown), shown
    assert [p for p in served.requests if p.startswith("/subs/")] == \
        ["/subs/de/index.m3u8"] + [f"/subs/de/segment_{i:05d}.vtt" for i in range(3)]
