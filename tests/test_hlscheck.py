"""The HLS checker (tests/hlscheck.py) itself: a real ladder passes; each kind of damage is named."""

import os
import re
import shutil
import subprocess
import sys

import av
import pytest

from hlscheck import Playlist, check_ladder

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The copies below are damaged on purpose: the conftest's check of every ladder is not for them.
pytestmark = [pytest.mark.slow, pytest.mark.hls_unchecked]


@pytest.fixture(scope="module")
def ladder(clips, tmp_path_factory):
    """240p + 360p, 2 s segments, with audio: made once by the command line."""
    out = tmp_path_factory.mktemp("ladder")
    env = dict(os.environ, PYTHONPATH=ROOT, RENDITION_STUDIO_DATA_DIR=str(out / "data"))
    r = subprocess.run([sys.executable, "-m", "app", "encode", clips.landscape, "--out", str(out), "--formats", "hls",
                        "--segment-seconds", "2", "--thumbnails", "none"], capture_output=True, text=True, env=env,
                       cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr
    return str(out / "landscape" / "hls")


@pytest.fixture
def copy(ladder, tmp_path):
    folder = str(tmp_path / "hls")
    shutil.copytree(ladder, folder)
    return folder


def edit(path, old, new, count=1):
    with open(path) as fh:
        text = fh.read()
    assert old in text, (old, text)
    with open(path, "w") as fh:
        fh.write(text.replace(old, new, count))


def test_a_real_ladder_conforms(ladder):
    assert check_ladder(ladder) == []
    master = Playlist(os.path.join(ladder, "master.m3u8"))
    assert [u for u, _ in master.entries] == ["240p/index.m3u8", "360p/index.m3u8"]
    assert [i["URI"] for i in master.iframe_streams] == ["240p/iframes.m3u8", "360p/iframes.m3u8"]
    # 8 s in 2 s segments, a keyframe every 2 s: four I-frame entries per rendition.
    assert len(Playlist(os.path.join(ladder, "240p", "iframes.m3u8")).entries) == 4


def test_a_segment_too_long(copy):
    # Segments 1 and 2 joined into one 4 s segment (a valid transport stream), the target duration left at 2 s.
    folder = os.path.join(copy, "240p")
    with open(os.path.join(folder, "segment_00001.ts"), "ab") as fh, \
            open(os.path.join(folder, "segment_00002.ts"), "rb") as more:
        fh.write(more.read())
    edit(os.path.join(folder, "index.m3u8"), "#EXTINF:2.000000,\nsegment_00001.ts\n#EXTINF:2.000000,\nsegment_00002.ts",
         "#EXTINF:4.000000,\nsegment_00001.ts")
    problems = check_ladder(copy)
    assert any(re.fullmatch(r"240p/index.m3u8: segment segment_00001.ts lasts 4.0\d\d s, longer than the target "
                            r"duration 2 s \+ 0.5 s", p) for p in problems), problems


def test_a_segment_without_idr(copy):
    # Segment 2 remuxed without its first access unit: it starts on a P or B picture.
    path = os.path.join(copy, "360p", "segment_00002.ts")
    out_path = path + ".new"
    with av.open(path) as src, av.open(out_path, "w", format="mpegts") as dst:
        v = dst.add_stream_from_template(src.streams.video[0])
        a = dst.add_stream_from_template(src.streams.audio[0])
        skipped = False
        for p in src.demux():
            if p.dts is None:
                continue
            if p.stream.type == "video" and not skipped:
                skipped = True
                continue
            p.stream = v if p.stream.type == "video" else a
            dst.mux(p)
    os.replace(out_path, path)
    problems = check_ladder(copy)
    assert "360p/index.m3u8: segment segment_00002.ts does not start with an IDR picture" in problems, problems
    assert "240p/index.m3u8: segment segment_00002.ts does not start with an IDR picture" not in problems


def test_wrong_codecs(copy):
    master = os.path.join(copy, "master.m3u8")
    real = re.search(r'RESOLUTION=640x360,FRAME-RATE=25,CODECS="(avc1\.[0-9A-F]{6}),mp4a.40.2"', open(master).read())
    assert real
    edit(master, f'CODECS="{real.group(1)},mp4a.40.2"', 'CODECS="avc1.42E01E,mp4a.40.2"')
    problems = check_ladder(copy)
    assert f"360p/index.m3u8: CODECS is 'avc1.42E01E,mp4a.40.2'; the stream is '{real.group(1)},mp4a.40.2'" \
        in problems, problems
    assert len(problems) == 1


def test_bandwidth_off_by_30_percent(copy):
    master = os.path.join(copy, "master.m3u8")
    text = open(master).read()
    peak = int(re.findall(r"STREAM-INF:BANDWIDTH=(\d+)", text)[0])  # 240p's
    edit(master, f"STREAM-INF:BANDWIDTH={peak},", f"STREAM-INF:BANDWIDTH={int(peak * 1.3)},")
    problems = check_ladder(copy)
    assert problems == [f"240p/index.m3u8: BANDWIDTH {int(peak * 1.3)} is not within 10% of the measured peak "
                        f"{peak} b/s"], problems


def test_average_bandwidth_off(copy):
    master = os.path.join(copy, "master.m3u8")
    avg = int(re.findall(r"AVERAGE-BANDWIDTH=(\d+)", open(master).read())[1])  # 360p's
    edit(master, f"AVERAGE-BANDWIDTH={avg},", f"AVERAGE-BANDWIDTH={int(avg * 0.8)},")
    assert check_ladder(copy) == [f"360p/index.m3u8: AVERAGE-BANDWIDTH {int(avg * 0.8)} is not within 10% of the "
                                  f"measured average {avg} b/s"]


def test_peak_above_twice_the_average(copy):
    # One segment padded with null packets (PID 0x1FFF) to 5x its size: its bitrate is the rendition's peak.
    path = os.path.join(copy, "240p", "segment_00001.ts")
    size = os.path.getsize(path)
    null = b"\x47\x1f\xff\x10" + b"\xff" * 184
    with open(path, "ab") as fh:
        fh.write(null * (4 * size // 188))
    problems = check_ladder(copy)
    assert any(p.startswith("240p/index.m3u8: the peak segment bitrate") and "more than 2x the average" in p
               for p in problems), problems


def test_level_above_4_2(copy):
    # The SPS of every 240p access unit says level 5.1 (0x33); the master says what the stream says.
    folder = os.path.join(copy, "240p")
    master = os.path.join(copy, "master.m3u8")
    codec = re.search(r'RESOLUTION=426x240,FRAME-RATE=25,CODECS="avc1\.(6400[0-9A-F]{2})', open(master).read())
    sps = b"\x00\x00\x01\x67" + bytes.fromhex(codec.group(1))
    for name in os.listdir(folder):
        if name.endswith(".ts"):
            data = open(os.path.join(folder, name), "rb").read()
            assert sps in data
            open(os.path.join(folder, name), "wb").write(data.replace(sps, sps[:-1] + b"\x33"))
    edit(master, f"avc1.{codec.group(1)}", "avc1.640033", count=2)  # the variant and its I-frame stream
    assert check_ladder(copy) == ["240p/index.m3u8: H.264 level 5.1 is above 4.2"]


def test_missing_and_broken_iframe_playlists(copy):
    master = os.path.join(copy, "master.m3u8")
    lines = [ln for ln in open(master).read().splitlines() if 'URI="240p/iframes.m3u8"' not in ln]
    open(master, "w").write("\n".join(lines) + "\n")
    # 360p: the first entry shifted one packet on (the PAT left out), the second pointing past its IDR.
    iframes = os.path.join(copy, "360p", "iframes.m3u8")
    text = open(iframes).read()
    (n, o), (n1, o1) = [(int(a), int(b)) for a, b in re.findall(r"#EXT-X-BYTERANGE:(\d+)@(\d+)", text)[:2]]
    edit(iframes, f"#EXT-X-BYTERANGE:{n}@{o}", f"#EXT-X-BYTERANGE:{n - 188}@{o + 188}")
    edit(iframes, f"#EXT-X-BYTERANGE:{n1}@{o1}", f"#EXT-X-BYTERANGE:{n1}@{o1 + n1}")
    problems = check_ladder(copy)
    assert "240p/index.m3u8: no EXT-X-I-FRAME-STREAM-INF for this variant (expected one like 240p/iframes.m3u8)" \
        in problems
    assert f"360p/iframes.m3u8: entry 0 (segment_00000.ts) {n - 188}@{o + 188} does not begin with the PAT (and " \
           "PMT)" in problems, problems
    second = [p for p in problems if p.startswith("360p/iframes.m3u8: entry 1 ")]
    assert second and all("decodes to" in p or "PAT" in p for p in second), problems
    assert len(problems) == 2 + len(second), problems


def test_missing_tags(copy):
    edit(os.path.join(copy, "master.m3u8"), "#EXT-X-INDEPENDENT-SEGMENTS\n", "")
    edit(os.path.join(copy, "240p", "index.m3u8"), "#EXT-X-PLAYLIST-TYPE:VOD\n", "")
    edit(os.path.join(copy, "360p", "index.m3u8"), "#EXT-X-ENDLIST", "")
    edit(os.path.join(copy, "master.m3u8"), "FRAME-RATE=25,", "FRAME-RATE=30,")
    assert sorted(check_ladder(copy)) == sorted([
        "master: no EXT-X-INDEPENDENT-SEGMENTS",
        "240p/index.m3u8: EXT-X-PLAYLIST-TYPE is not VOD",
        "240p/index.m3u8: FRAME-RATE is 30; the pictures come at 25.000/s",
        "360p/index.m3u8: no EXT-X-ENDLIST",
    ])
