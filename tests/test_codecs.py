"""HEVC and AV1 ladders (`--codecs`): fMP4/CMAF variants beside the H.264/TS ones, in one master playlist.

A 640x360, 2 s clip with sound, 1 s segments: 240p and 360p in each of H.264, HEVC and AV1, the MP4 in HEVC (the
first codec asked for). x265 and SVT-AV1 are slow: the ladder is made once for the module."""

import json
import os
import re
import shutil
import subprocess
import sys

import av
import numpy as np
import pytest

from app.core.ladder import AV1_BITRATE_FACTOR, UsageError, parse_codecs, plan_job, reference_kbps_for
from hlscheck import Playlist, check_ladder
from test_ladder import source

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FFPROBE = shutil.which("ffprobe")


def encode(clip, out, *args):
    env = dict(os.environ, PYTHONPATH=ROOT, RENDITION_STUDIO_DATA_DIR=str(out / "data"))
    return subprocess.run([sys.executable, "-m", "app", "encode", clip, "--out", str(out), "--thumbnails", "none",
                           "--hwaccel", "off", *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)


@pytest.fixture(scope="module")
def ladder(clips, tmp_path_factory):
    clip = clips.get("codecs.mp4", width=640, height=360, seconds=2, fps=25)
    out = tmp_path_factory.mktemp("codecs")
    r = encode(clip, out, "--codecs", "hevc,h264,av1", "--renditions", "240p,360p", "--segment-seconds", "1")
    assert r.returncode == 0, r.stdout + r.stderr
    return str(out / "codecs"), clip


def variants(folder):
    master = Playlist(os.path.join(folder, "hls", "master.m3u8"))
    return {uri.split("/")[0]: dict(re.findall(r'([A-Z-]+)=("[^"]*"|[^,]*)', tags["EXT-X-STREAM-INF"]))
            for uri, tags in master.entries}


def test_three_codec_ladder_conforms_in_one_master(ladder):
    folder, _ = ladder
    assert check_ladder(folder) == []
    found = variants(folder)
    assert sorted(found) == ["240p", "360p", "av1-240p", "av1-360p", "hevc-240p", "hevc-360p"]
    for name, info in found.items():
        video = info["CODECS"].strip('"').split(",")[0]
        prefix = {"hevc": "hvc1.", "av1": "av01."}.get(name.split("-")[0], "avc1.")
        assert video.startswith(prefix), (name, video)
        assert info["CODECS"].strip('"').endswith(",mp4a.40.2")
        assert info.get("VIDEO-RANGE") == "SDR"
        if prefix != "avc1.":  # fMP4: an init segment, .m4s segments, the I-frame playlist
            listing = sorted(os.listdir(os.path.join(folder, "hls", name)))
            copies = ["iframes.m4s"] if name.startswith("av1") else []  # AV1: the key frames copied (see iframes)
            assert listing == ["iframes.m3u8", *copies, "index.m3u8", "init.mp4", "segment_00000.m4s",
                               "segment_00001.m4s"], listing
            assert '#EXT-X-MAP:URI="init.mp4"' in open(os.path.join(folder, "hls", name, "index.m3u8")).read()
    # HEVC and AV1 need fewer bits than H.264 at the same size (Apple's HEVC table; AV1 at 0.8 of it).
    for rung in ("240p", "360p"):
        avc, hevc, av1 = (int(found[n]["AVERAGE-BANDWIDTH"]) for n in (rung, f"hevc-{rung}", f"av1-{rung}"))
        assert hevc < avc and av1 < avc, (rung, avc, hevc, av1)


def test_codecs_match_the_bitstream(ladder):
    """CODECS against what FFmpeg's own parsers read from the streams (profile and level), and the hvc1 tag."""
    folder, _ = ladder
    found = variants(folder)
    for name in ("hevc-240p", "hevc-360p", "av1-240p", "av1-360p"):
        video = found[name]["CODECS"].strip('"').split(",")[0]
        init = os.path.join(folder, "hls", name, "init.mp4")
        with av.open(init) as c:
            cc = c.streams.video[0].codec_context
            profile, tag = cc.profile, c.streams.video[0].codec_tag
        if name.startswith("hevc"):
            assert tag == "hvc1" and profile == "Main", (tag, profile)
            assert re.fullmatch(r"hvc1\.1\.6\.L\d+\.[0-9A-F]+(\.[0-9A-F]+)*", video), video
        else:
            assert tag == "av01" and profile == "Main", (tag, profile)
            assert re.fullmatch(r"av01\.0\.\d\dM\.08", video), video
        if FFPROBE:  # the level as ffprobe reads it from the parameter sets
            out = subprocess.run([FFPROBE, "-v", "error", "-select_streams", "v:0", "-show_entries",
                                  "stream=level", "-of", "csv=p=0", init], capture_output=True, text=True).stdout
            level = int(out.strip().split(",")[0])
            if name.startswith("hevc"):
                assert video.split(".")[3] == f"L{level}", (video, level)
            else:
                assert int(video.split(".")[2][:2]) == level, (video, level)
    # The MP4 is the first codec's (HEVC), tagged hvc1 as well.
    mp4 = os.path.join(folder, "mp4", "360p.mp4")
    with av.open(mp4) as c:
        assert c.streams.video[0].codec_context.name == "hevc" and c.streams.video[0].codec_tag == "hvc1"
    with open(mp4, "rb") as fh:
        data = fh.read()
    assert b"hvc1" in data and b"hev1" not in data


def key_times(playlist):
    with av.open(playlist) as c:
        v = c.streams.video[0]
        times = [float(p.pts * p.time_base) for p in c.demux(v) if p.size and p.is_keyframe]
    return [round(t - times[0], 3) for t in times]


def test_key_frames_and_segments_align_across_codecs(ladder):
    folder, _ = ladder
    keys = {n: key_times(os.path.join(folder, "hls", n, "index.m3u8")) for n in variants(folder)}
    assert set(map(tuple, keys.values())) == {(0.0, 1.0)}, keys  # one key frame a second, nothing in between
    durations = {n: [float(e[1]["EXTINF"].split(",")[0]) for e in Playlist(
        os.path.join(folder, "hls", n, "index.m3u8")).entries] for n in keys}
    assert set(map(tuple, durations.values())) == {(1.0, 1.0)}, durations


def psnr_y(a, b):
    mse = np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2)
    return 99.0 if mse == 0 else 10 * np.log10(255 ** 2 / mse)


def test_every_variant_decodes_with_pyav(ladder):
    folder, clip = ladder
    with av.open(clip) as c:
        originals = [f for f in c.decode(video=0)]
    for name in variants(folder):
        with av.open(os.path.join(folder, "hls", name, "index.m3u8")) as c:
            frames = list(c.decode(video=0))
        assert len(frames) == 50, (name, len(frames))
        w, h = frames[0].width, frames[0].height
        scores = [psnr_y(f.to_ndarray(format="gray"), o.reformat(w, h, "gray", interpolation="BICUBIC").to_ndarray())
                  for f, o in zip(frames, originals)]
        # Low bitrates on a busy moving pattern (H.264 240p: about 24 dB); the pictures in their places: each is
        # nearer its own source picture than the one five places on.
        shifted = [psnr_y(f.to_ndarray(format="gray"), o.reformat(w, h, "gray", interpolation="BICUBIC").to_ndarray())
                   for f, o in zip(frames, originals[5:])]
        assert min(scores) > 20 and np.mean(scores) > 24, (name, min(scores), np.mean(scores))
        assert np.mean(scores) > np.mean(shifted) + 3, (name, np.mean(scores), np.mean(shifted))


def test_the_checker_names_hev1_and_wrong_codecs(ladder, tmp_path):
    folder, _ = ladder
    copy = str(tmp_path / "copy")
    shutil.copytree(os.path.join(folder, "hls"), copy)
    init = os.path.join(copy, "hevc-240p", "init.mp4")
    with open(init, "rb") as fh:
        data = fh.read()
    with open(init, "wb") as fh:
        fh.write(data.replace(b"hvc1", b"hev1"))
    master = os.path.join(copy, "master.m3u8")
    text = open(master).read()
    av1 = re.search(r"av01\.0\.(\d\d)M\.08", text)
    with open(master, "w") as fh:
        fh.write(text.replace(av1.group(0), f"av01.0.{int(av1.group(1)) + 1:02d}M.08", 1))
    problems = check_ladder(copy)
    assert any("hevc-240p" in p and "'hev1', not 'hvc1'" in p for p in problems), problems
    assert any("av1-" in p and "CODECS is" in p for p in problems), problems
    shutil.rmtree(copy)  # damaged on purpose: not for the conftest's check


def iframe_entries(path):
    """(segment, length, offset, EXTINF) of each entry of an I-frame playlist."""
    out = []
    for uri, tags in Playlist(path).entries:
        length, _, offset = tags["EXT-X-BYTERANGE"].partition("@")
        out.append((uri, int(length), int(offset), float(tags["EXTINF"].split(",")[0])))
    return out


@pytest.mark.skipif(FFPROBE is None, reason="ffprobe is not installed")
def test_fmp4_iframe_playlists_decode_one_picture_each_with_ffprobe(ladder, tmp_path):
    """Every HEVC/AV1 variant has an I-frame playlist in the master (codec string, resolution); each range read
    after the init segment is one picture to ffprobe (FFmpeg's own mov demuxer), a key frame, at the time of the
    variant's key frames; the entries last as long as the media playlist."""
    folder, _ = ladder
    master = Playlist(os.path.join(folder, "hls", "master.m3u8"))
    listed = {i["URI"].strip('"'): i for i in master.iframe_streams}
    for name, info in variants(folder).items():
        if not name.startswith(("hevc-", "av1-")):
            continue
        iframe = listed[f"{name}/iframes.m3u8"]
        assert iframe["CODECS"] == info["CODECS"].strip('"').split(",")[0], (iframe, info)
        assert iframe["RESOLUTION"] == info["RESOLUTION"]
        base = os.path.join(folder, "hls", name)
        text = open(os.path.join(base, "iframes.m3u8")).read()
        assert "#EXT-X-I-FRAMES-ONLY" in text and '#EXT-X-MAP:URI="init.mp4"' in text, text
        init = open(os.path.join(base, "init.mp4"), "rb").read()
        entries = iframe_entries(os.path.join(base, "iframes.m3u8"))
        assert len(entries) == 2  # 2 s, a key frame a second
        media = sum(float(t["EXTINF"].split(",")[0]) for _, t in Playlist(os.path.join(base, "index.m3u8")).entries)
        assert abs(sum(e[3] for e in entries) - media) < 1e-3
        times = []
        for i, (uri, length, offset, _) in enumerate(entries):
            data = open(os.path.join(base, uri), "rb").read()
            assert offset + length <= len(data)
            # HEVC: ranges into the segments (each key frame in a fragment of its own); AV1: into iframes.m4s, the
            # segments left with one fragment each
            segment = open(os.path.join(base, f"segment_{i:05d}.m4s"), "rb").read()
            assert uri == ("iframes.m4s" if name.startswith("av1") else f"segment_{i:05d}.m4s"), (name, uri)
            assert segment.count(b"moof") == (1 if name.startswith("av1") else 2), name
            # the range is the key frame's fragment: far smaller than its segment (one picture of 25 and the sound)
            assert length < len(segment) / 2, (name, uri, length, len(segment))
            sample = tmp_path / f"{name}-{offset}.mp4"
            sample.write_bytes(init + data[offset:offset + length])
            r = subprocess.run([FFPROBE, "-v", "error", "-select_streams", "v", "-show_frames", "-show_entries",
                                "frame=key_frame,pict_type,pts_time", "-of", "json", str(sample)],
                               capture_output=True, text=True, timeout=60)
            frames = json.loads(r.stdout or "{}").get("frames", [])
            assert r.returncode == 0 and len(frames) == 1, (name, uri, r.stdout, r.stderr)
            key, kind, pts = frames[0]["key_frame"], frames[0]["pict_type"], frames[0]["pts_time"]
            assert key == 1 and kind == "I", frames
            times.append(float(pts))
        assert [round(t - times[0], 3) for t in times] == key_times(os.path.join(base, "index.m3u8")), (name, times)


def decoded(path):
    """A digest of every decoded picture and sound frame of a media playlist, in order."""
    digest = []
    with av.open(path) as c:
        for frame in c.decode(*c.streams.video, *c.streams.audio):
            planes = frame.to_ndarray() if isinstance(frame, av.AudioFrame) else frame.to_ndarray(format="yuv420p")
            digest.append((type(frame).__name__, frame.pts, hash(planes.tobytes())))
    return digest


def test_fmp4_iframe_split_keeps_every_picture_and_costs_one_moof_per_key_frame(ladder, tmp_path):
    """Segments as FFmpeg's HLS muxer writes them (one moof/mdat each: a variant remuxed here) decode to the same
    pictures and sound after each key frame is put in a fragment of its own, which costs about one moof a key
    frame, and the split is idempotent."""
    from app.core import iframes

    folder, _ = ladder
    base = os.path.join(folder, "hls", "hevc-360p")
    joined = tmp_path / "joined.mp4"
    joined.write_bytes(b"".join(open(os.path.join(base, n), "rb").read()
                                for n in ("init.mp4", "segment_00000.m4s", "segment_00001.m4s")))
    out = tmp_path / "remuxed"
    out.mkdir()
    with av.open(str(joined)) as src, av.open(str(out / "index.m3u8"), "w", format="hls", options={
            "hls_time": "1", "hls_playlist_type": "vod", "hls_segment_type": "fmp4", "hls_list_size": "0",
            "hls_fmp4_init_filename": "init.mp4", "hls_segment_filename": str(out / "segment_%05d.m4s")}) as dst:
        streams = {s.index: dst.add_stream_from_template(s) for s in src.streams}
        dst.streams.video[0].codec_tag = "hvc1"
        for packet in src.demux():
            if packet.dts is not None:
                packet.stream = streams[packet.stream.index]
                dst.mux(packet)
    segments = sorted(str(p) for p in out.glob("segment_*.m4s"))
    assert [open(p, "rb").read().count(b"moof") for p in segments] == [1, 1]
    before, sizes = decoded(str(out / "index.m3u8")), [os.path.getsize(p) for p in segments]
    stats = iframes.write_fmp4_iframe_playlist(str(out / "index.m3u8"))
    assert stats["iframes"] == 2
    assert [open(p, "rb").read().count(b"moof") for p in segments] == [2, 2]
    after = decoded(str(out / "index.m3u8"))
    assert len(before) > 50 and after == before
    grown = [os.path.getsize(p) - n for p, n in zip(segments, sizes)]
    assert all(0 < g < 200 for g in grown), grown  # one moof with one trun more, not one a picture
    again = [open(p, "rb").read() for p in segments]
    assert iframes.write_fmp4_iframe_playlist(str(out / "index.m3u8")) == stats
    assert [open(p, "rb").read() for p in segments] == again


@pytest.mark.hls_unchecked
def test_the_checker_names_broken_fmp4_iframe_ranges(ladder, tmp_path):
    folder, _ = ladder
    copy = str(tmp_path / "copy")
    shutil.copytree(os.path.join(folder, "hls"), copy)
    path = os.path.join(copy, "hevc-240p", "iframes.m3u8")
    (uri, length, offset, _), (uri2, length2, offset2, _) = iframe_entries(path)
    text = open(path).read()
    # entry 0 points at the fragment after the key frame's (its first picture is not a sync sample); entry 1
    # covers the whole segment (styp, sidx and both fragments), as one fragment per segment would
    data = open(os.path.join(copy, "hevc-240p", uri), "rb").read()
    nxt = offset + length
    rest = int.from_bytes(data[nxt:nxt + 4], "big")
    rest += int.from_bytes(data[nxt + rest:nxt + rest + 4], "big")
    size2 = os.path.getsize(os.path.join(copy, "hevc-240p", uri2))
    text = text.replace(f"{length}@{offset}", f"{rest}@{nxt}").replace(f"{length2}@{offset2}", f"{size2}@0")
    text = text.replace('#EXT-X-MAP:URI="init.mp4"', '#EXT-X-MAP:URI="../hevc-360p/init.mp4"')
    open(path, "w").write(text)
    av1 = os.path.join(copy, "av1-240p", "iframes.m3u8")
    _, length, offset, _ = iframe_entries(av1)[1]
    text = open(av1).read()
    open(av1, "w").write(text.replace(f"{length}@{offset}", f"{length}@{offset + 10 ** 6}"))
    longer = os.path.join(copy, "av1-360p", "iframes.m3u8")
    text = open(longer).read()
    open(longer, "w").write(text.replace("#EXTINF:1,", "#EXTINF:1.5,", 1))
    problems = check_ladder(copy)
    assert any("hevc-240p/iframes.m3u8: entry 0" in p and "not a sync sample" in p for p in problems), problems
    assert any("hevc-240p/iframes.m3u8: entry 1" in p and "not one moof + mdat" in p for p in problems), problems
    assert any("hevc-240p/iframes.m3u8: EXT-X-MAP is ../hevc-360p/init.mp4" in p for p in problems), problems
    assert any("av1-240p/iframes.m3u8: entry 1" in p and "runs past the end" in p for p in problems), problems
    assert any("av1-360p/iframes.m3u8: the entries last 2.500 s" in p for p in problems), problems
    shutil.rmtree(copy)  # damaged on purpose: not for the conftest's check


def test_hdr_sources_are_refused_for_hevc_and_av1(tmp_path):
    clip = str(tmp_path / "pq.mp4")
    with av.open(clip, "w") as out:
        vs = out.add_stream("libx264", rate=25)
        vs.width, vs.height, vs.pix_fmt = 320, 180, "yuv420p"
        vs.codec_context.color_trc = 16  # SMPTE ST 2084 (PQ)
        for i in range(25):
            f = av.VideoFrame(320, 180, "yuv420p")
            f.pts = i
            for p in vs.encode(f):
                out.mux(p)
        for p in vs.encode(None):
            out.mux(p)
    r = encode(clip, tmp_path / "out", "--codecs", "h264,hevc", "--formats", "hls")
    assert r.returncode != 0 and "HDR (PQ (SMPTE ST 2084) transfer)" in r.stdout + r.stderr, r.stdout + r.stderr
    assert not os.path.exists(tmp_path / "out" / "pq" / "hls" / "hevc-180p")


def test_plan_per_codec():
    assert parse_codecs("h264, HEVC,av1,hevc") == ("h264", "hevc", "av1")
    with pytest.raises(UsageError):
        parse_codecs("vp9")
    # Apple's HEVC table at its sizes, AV1 at the documented factor.
    assert reference_kbps_for("hevc", 1280, 720, 30) == 2400 and reference_kbps_for("hevc", 1920, 1080, 30) == 4500
    assert reference_kbps_for("av1", 1920, 1080, 30) == int(4500 * AV1_BITRATE_FACTOR)
    # 1440p60: beyond H.264 level 4.2, so made in HEVC only (with a warning), not refused.
    plan = plan_job(source(2560, 1440, 60.0), codecs=("h264", "hevc"), formats=("hls",))
    names = [r.quality for r in plan.renditions]
    assert "1440p" not in names and "hevc-1440p" in names and "1080p" in names, names
    assert any("made in HEVC only" in w for w in plan.warnings), plan.warnings
    hevc = [r for r in plan.renditions if r.codec == "hevc"]
    assert len({r.encode_group for r in plan.renditions}) == len(plan.renditions)  # no encode shared across codecs
    assert all(r.maxrate_kbps == int(r.video_kbps * 1.2) for r in hevc)


def test_a_user_preset_keeps_its_codecs():
    from app.core.presets import preset_from_dict

    preset = preset_from_dict({"name": "web", "codecs": "h264,hevc"})
    assert preset.options().codecs == ("h264", "hevc")
    assert preset.to_dict()["codecs"] == "h264,hevc"
    with pytest.raises(UsageError, match="codecs"):
        preset_from_dict({"name": "web", "codecs": "vp9"})


def test_a_10_bit_source_stays_10_bit_in_hevc_and_av1(clips, tmp_path):
    r = encode(clips.hevc10, tmp_path, "--codecs", "hevc,av1,h264", "--segment-seconds", "1")
    assert r.returncode == 0, r.stdout + r.stderr
    folder = str(tmp_path / "hevc10")
    assert check_ladder(folder) == []
    found = {n: i["CODECS"].strip('"').split(",")[0] for n, i in variants(folder).items()}
    assert found["hevc-240p"].startswith("hvc1.2.4.") and found["av1-240p"].endswith(".10"), found  # Main 10
    assert found["240p"].startswith("avc1.64"), found  # H.264 High, 8-bit
    formats = {}
    for name in found:
        with av.open(os.path.join(folder, "hls", name, "index.m3u8")) as c:
            formats[name] = next(c.decode(video=0)).format.name
    assert formats == {"hevc-240p": "yuv420p10le", "av1-240p": "yuv420p10le", "240p": "yuv420p"}, formats
    with av.open(os.path.join(folder, "mp4", "240p.mp4")) as c:  # the MP4: the first codec, HEVC Main 10
        assert (c.streams.video[0].codec_context.name, c.streams.video[0].codec_context.format.name) == \
            ("hevc", "yuv420p10le")


def test_per_title_is_h264_only():
    from app.core.options import build_options

    with pytest.raises(UsageError, match="per-title ladder is made in H.264 only"):
        build_options(ladder="per-title", codecs="h264,hevc")
    assert build_options(ladder="per-title").codecs == ("h264",)
    assert build_options(codecs="h264,av1", rate_control="crf").codecs == ("h264", "av1")
