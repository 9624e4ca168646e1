"""The H.264 ladder in fragmented MP4 (CMAF) segments (``--hls-segments fmp4``), as HEVC's and AV1's: an init
segment behind EXT-X-MAP, CODECS from its avcC, I-frame playlists into the segments, the sound in them; it
conforms (tests/hlscheck.py), plays in GStreamer over HTTP (tests/test_players.py), and carries far less packaging
than MPEG-TS at low bitrates."""

import os
import re

import av
import pytest

from app.core import hls
from app.core.engine import Engine
from app.core.errors import EXIT_OK, UsageError
from app.core.jobs import EncodeOptions, Job
from app.core.ladder import plan_job, uses_fmp4
from app.core.options import build_options
from app.core.store import JobStore
from hlscheck import Playlist, check_ladder
from test_ladder import source


def ladder(clip, out, segments, renditions=((240, None), (360, None))):
    job = Job.create(clip, str(out), EncodeOptions(formats=("hls",), segment_seconds=2, thumbnails=[], hwaccel="off",
                                                   renditions=list(renditions), hls_segments=segments))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    return job, os.path.join(job.out_dir, "hls")


def test_the_option_is_checked_and_reaches_the_plan():
    with pytest.raises(UsageError, match="HLS segments"):
        build_options(hls_segments="mkv")
    assert build_options(hls_segments="fmp4").hls_segments == "fmp4"
    assert EncodeOptions.from_dict(build_options(hls_segments="fmp4").to_dict()).hls_segments == "fmp4"
    plan = plan_job(source(1920, 1080), codecs=("h264", "hevc"), hls_segments="fmp4")
    assert all(uses_fmp4(r) for r in plan.renditions if r.type == "hls")
    assert not any(uses_fmp4(r) for r in plan.renditions if r.type == "mp4")
    plan = plan_job(source(1920, 1080), codecs=("h264", "hevc"))  # the default: H.264 in TS, HEVC in fMP4
    assert {r.codec for r in plan.renditions if r.type == "hls" and uses_fmp4(r)} == {"hevc"}


def test_an_h264_fmp4_ladder_conforms(clips, tmp_path):
    job, folder = ladder(clips.landscape, tmp_path, "fmp4")
    assert check_ladder(folder) == []
    master = Playlist(os.path.join(folder, "master.m3u8"))
    for name in ("240p", "360p"):
        media = open(os.path.join(folder, name, "index.m3u8")).read()
        assert '#EXT-X-MAP:URI="init.mp4"' in media and re.search(r"segment_\d{5}\.m4s", media)
        assert not [n for n in os.listdir(os.path.join(folder, name)) if n.endswith(".ts")]
        with av.open(os.path.join(folder, name, "init.mp4")) as c:
            avcc = bytes(c.streams.video[0].codec_context.extradata)
        tags = next(t for uri, t in master.entries if uri == f"{name}/index.m3u8")["EXT-X-STREAM-INF"]
        assert f'CODECS="{hls.avc1_codec(avcc)},mp4a.40.2"' in tags, tags  # avcC as muxed, and the audio's
        iframes = open(os.path.join(folder, name, "iframes.m3u8")).read()
        assert "#EXT-X-I-FRAMES-ONLY" in iframes and "#EXT-X-BYTERANGE" in iframes and ".m4s" in iframes
    with av.open(os.path.join(folder, "360p", "index.m3u8")) as c:  # every picture decodes, the sound with them
        assert c.streams.audio and c.streams.audio[0].codec_context.name == "aac"
        assert sum(1 for _ in c.decode(video=0)) == 200


def test_fmp4_carries_less_packaging_than_ts_at_low_bitrates(clips, tmp_path):
    """240p at 60 kb/s, 25 pictures/s: MPEG-TS pads each picture's last 188-byte packet (about 20-35 kb/s); the
    fMP4 rung's bytes stay near its video's."""
    sizes = {}
    for segments in ("ts", "fmp4"):
        job, folder = ladder(clips.landscape, tmp_path / segments, segments, renditions=((240, 60),))
        rung = os.path.join(folder, "240p")
        with av.open(os.path.join(rung, "index.m3u8")) as c:  # the video and its muxed audio
            payload = sum(p.size for p in c.demux() if p.size)
        media = sum(os.path.getsize(os.path.join(rung, n)) for n in os.listdir(rung)
                    if n.endswith((".ts", ".m4s", ".mp4")) and n != "iframes.m4s")
        sizes[segments] = (media, payload)
    (ts, ts_payload), (fmp4, fmp4_payload) = sizes["ts"], sizes["fmp4"]
    assert abs(ts_payload - fmp4_payload) < 0.1 * ts_payload, sizes  # the same encodes
    assert (ts - ts_payload) * 8 / 8.0 > 15000, sizes  # TS: over 15 kb/s of packaging on 8 s
    assert fmp4 - fmp4_payload < 0.3 * (ts - ts_payload), sizes


def test_the_command_line_flag_and_a_preset_choose_it(clips, tmp_path):
    from app.core.presets import preset_from_dict
    from test_codecs import encode

    r = encode(clips.get("fmp4-cli.mp4", width=426, height=240, seconds=1, fps=25), tmp_path, "--hls-segments",
               "fmp4", "--renditions", "240p", "--formats", "hls")
    assert r.returncode == 0, r.stdout + r.stderr
    rung = tmp_path / "fmp4-cli" / "hls" / "240p"
    assert (rung / "init.mp4").is_file() and list(rung.glob("segment_*.m4s")) and not list(rung.glob("*.ts"))
    assert preset_from_dict({"name": "cmaf", "hls_segments": "fmp4"}).options().hls_segments == "fmp4"
    with pytest.raises(UsageError, match="hls_segments"):
        preset_from_dict({"name": "bad", "hls_segments": "mkv"})


def test_subtitles_are_timed_by_an_fmp4_ladder(tmp_path):
    """With no MPEG-TS variant the WebVTT segments are cut where the fMP4 video's are and mapped to its media time
    (the first picture at 10 s: MPEGTS 900000, as a TS variant's would be); the checker agrees."""
    from media import make_clip
    from test_subtitles import add_subtitle_streams, read_vtt

    plain = make_clip(str(tmp_path / "plain.mp4"), width=426, height=240, seconds=4)
    src = add_subtitle_streams(plain, str(tmp_path / "movie.mp4"), "mp4", [
        {"codec": "mov_text", "language": "ger", "default": True,
         "cues": [(500, 1500, "Hallo"), (2500, 3000, "Ende")]}])
    job, folder = ladder(src, tmp_path / "out", "fmp4", renditions=((240, None),))
    assert check_ladder(folder) == []
    assert not [w for w in job.warnings if "subtitles" in w], job.warnings
    with av.open(os.path.join(folder, "240p", "index.m3u8")) as c:
        v = c.streams.video[0]
        first = min(p.pts for _, p in zip(range(64), c.demux(v)) if p.pts is not None) * v.time_base
    de = os.path.join(folder, "subs", "de")
    names = sorted(n for n in os.listdir(de) if n.endswith(".vtt"))
    assert len(names) == 2  # 2 s segments over 4 s
    header, cues = read_vtt(os.path.join(de, names[0]))
    assert header == ["WEBVTT", f"X-TIMESTAMP-MAP=MPEGTS:{round(first * 90000)},LOCAL:00:00:00.000"]
    assert round(first * 90000) == 900000 and cues == [(0.5, 1.5, "Hallo")]
    assert 'SUBTITLES="subs"' in open(os.path.join(folder, "master.m3u8")).read()
