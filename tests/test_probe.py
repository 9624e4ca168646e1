import os

import pytest

from app.core.engine import probe_isolated
from app.core.errors import InputRejected
from app.core.probe import aspect_ratio, probe_source


def test_probe_landscape_metadata(clips):
    info = probe_source(clips.landscape)
    meta = info.metadata()
    assert (meta["width"], meta["height"]) == (640, 360)
    assert meta["aspectRatio"] == "16:9"
    assert meta["videoCodec"] == "h264" and meta["audioCodec"] == "aac"
    assert meta["samplerate"] == 48000
    assert meta["framerate"] == 25
    assert 7.9 <= meta["duration"] <= 8.1
    assert meta["filesize"] == os.path.getsize(clips.landscape)
    assert meta["bitrate"] > 0
    assert info.frames == 200


def test_probe_applies_rotation(clips):
    info = probe_isolated(clips.portrait)
    assert (info.coded_width, info.coded_height) == (640, 360)
    assert (info.width, info.height) == (360, 640)
    assert info.rotation == 90
    assert info.metadata()["aspectRatio"] == "9:16"


def test_probe_ten_bit_hevc_and_vp9(clips):
    hevc = probe_isolated(clips.hevc10)
    assert hevc.video_codec == "hevc" and hevc.bit_depth == 10
    vp9 = probe_isolated(clips.vp9)
    assert vp9.video_codec == "vp9" and vp9.audio_codec == "opus"


@pytest.mark.parametrize(
    "w,h,name", [(1920, 1080, "16:9"), (1276, 718, "16:9"), (640, 480, "4:3"), (1080, 1920, "9:16"), (500, 500, "1:1"),
                 (333, 187, "16:9"), (1000, 123, "8.13:1")])
def test_aspect_ratio_names(w, h, name):
    assert aspect_ratio(w, h) == name


def _bad_inputs(tmp_path, clips):
    empty = tmp_path / "empty.mp4"
    empty.write_bytes(b"")
    text = tmp_path / "notes.txt"
    text.write_text("This is not a video.\n" * 50)
    rnd = tmp_path / "random.mp4"
    rnd.write_bytes(os.urandom(200_000))
    data = open(clips.landscape, "rb").read()
    trunc = tmp_path / "truncated.mp4"
    trunc.write_bytes(data[: len(data) // 2])
    playlist = tmp_path / "list.m3u8"
    playlist.write_text(f"#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:8,\n{clips.landscape}\n#EXT-X-ENDLIST\n")
    concat = tmp_path / "list.ffconcat"
    concat.write_text(f"ffconcat version 1.0\nfile '{clips.landscape}'\n")
    return {
        "empty": (str(empty), "the file is empty"),
        "text": (str(text), "not a video file"),
        "random": (str(rnd), "not a video file"),
        "truncated": (str(trunc), "not a video file"),
        "playlist": (str(playlist), "not a video file"),
        "concat": (str(concat), "not a video file"),
        "missing": (str(tmp_path / "nope.mp4"), "no such file"),
        "folder": (str(tmp_path), "is a folder"),
        "url": ("http://127.0.0.1:9/video.mp4", "only local files"),
        "protocol": ("concat:" + clips.landscape, "only local files"),
    }


@pytest.mark.parametrize("kind", ["empty", "text", "random", "truncated", "playlist", "concat", "missing", "folder",
                                  "url", "protocol"])
def test_bad_inputs_are_rejected_with_a_clear_reason(tmp_path, clips, kind):
    path, reason = _bad_inputs(tmp_path, clips)[kind]
    with pytest.raises(InputRejected) as err:
        probe_isolated(path)
    message = str(err.value)
    assert reason in message
    assert "\n" not in message and "Traceback" not in message
