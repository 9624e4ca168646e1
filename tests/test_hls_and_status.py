import json
import os

import m3u8
import pytest

from app.core import hls
from app.core.jobs import ENCODED, Job, RenditionState
from app.core.status import quality_completed, status_document, write_status


def test_avc1_codec_from_annexb_and_avcc():
    sps = b"\x00\x00\x00\x01\x67\x64\x00\x1f\xac"
    assert hls.avc1_codec(sps) == "avc1.64001F"
    assert hls.avc1_codec(b"\x01\x4d\x40\x1e\xff") == "avc1.4D401E"
    assert hls.avc1_codec(None).startswith("avc1.")


@pytest.mark.hls_unchecked  # a master playlist alone, no ladder
def test_master_playlist_round_trip(tmp_path):
    path = tmp_path / "master.m3u8"
    hls.write_master(str(path), [
        {"uri": "720p/index.m3u8", "width": 1280, "height": 720, "peak_bps": 3_300_000, "average_bps": 3_000_000,
         "codecs": "avc1.64001F,mp4a.40.2", "frame_rate": 29.97},
        {"uri": "240p/index.m3u8", "width": 426, "height": 240, "peak_bps": 200_000, "average_bps": 150_000,
         "codecs": "avc1.640015,mp4a.40.2", "frame_rate": 29.97},
    ])
    master = m3u8.load(str(path))
    assert master.is_variant
    first, second = master.playlists
    assert first.uri == "240p/index.m3u8" and second.uri == "720p/index.m3u8"
    info = second.stream_info
    assert info.bandwidth == 3_300_000 and info.average_bandwidth == 3_000_000
    assert info.resolution == (1280, 720) and info.codecs == "avc1.64001F,mp4a.40.2" and info.frame_rate == 29.97
    assert not os.path.exists(str(path) + ".partial")


@pytest.mark.hls_unchecked  # a master playlist alone, no ladder
def test_master_lists_iframe_playlists_and_reads_them_back(tmp_path):
    path = str(tmp_path / "master.m3u8")
    variants = [
        {"uri": "240p/index.m3u8", "width": 426, "height": 240, "peak_bps": 200_000, "average_bps": 150_000,
         "codecs": "avc1.640015,mp4a.40.2", "frame_rate": 25, "iframe_uri": "240p/iframes.m3u8",
         "iframe_peak_bps": 40_000, "iframe_average_bps": 20_000},
        {"uri": "360p/index.m3u8", "width": 640, "height": 360, "peak_bps": 400_000, "average_bps": 300_000,
         "codecs": "avc1.64001E", "frame_rate": 25},  # an older rendition without one
    ]
    hls.write_master(path, variants)
    text = open(path).read()
    assert text.count("#EXT-X-I-FRAME-STREAM-INF:") == 1
    assert ('#EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=40000,AVERAGE-BANDWIDTH=20000,RESOLUTION=426x240,'
            'CODECS="avc1.640015",URI="240p/iframes.m3u8"') in text
    assert hls.read_master(path) == variants  # a retry keeps the I-frame playlists of the renditions it keeps


def test_media_playlist_stats(tmp_path):
    (tmp_path / "a.ts").write_bytes(b"x" * 1000)
    (tmp_path / "b.ts").write_bytes(b"x" * 500)
    (tmp_path / "index.m3u8").write_text(
        "#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXTINF:2.0,\na.ts\n#EXTINF:1.0,\nb.ts\n#EXT-X-ENDLIST\n")
    stats = hls.media_playlist_stats(str(tmp_path / "index.m3u8"))
    assert stats["segments"] == 2 and stats["peak_bps"] == 4000 and stats["average_bps"] == 4000
    assert stats["bytes"] == 1500


def test_peak_bitrate_follows_rfc_8216():
    # Target 2 s: sets of 1 to 3 s count. The 0.04 s tail counts only with its neighbour, never alone (it would be
    # 1.8 Mb/s).
    assert hls.peak_bitrate([80_000, 60_000, 9_000], [2.0, 2.0, 0.04], 2) == (80_000 * 8) / 2.0
    assert hls.peak_bitrate([50_000, 90_000, 9_000], [2.0, 2.0, 0.04], 2) == ((90_000 + 9_000) * 8) / 2.04
    assert round(hls.peak_bitrate([10_000, 20_000, 20_000], [2.0, 0.5, 0.5], 2)) == round(40_000 * 8 / 1.0)
    assert hls.peak_bitrate([4_000], [0.5], 6) == 64_000  # no set of 3-9 s: the segment alone


def test_status_document_shape(tmp_path):
    job = Job.create(str(tmp_path / "clip.mp4"), str(tmp_path / "out"))
    job.metadata = {"width": 1280, "height": 720, "bitrate": 766, "duration": 200, "framerate": 24, "samplerate": 44100,
                    "videoCodec": "h264", "audioCodec": "aac", "aspectRatio": "16:9", "filesize": 23037467}
    job.renditions = [RenditionState("mp4:720p", "mp4", "720p", 1280, 720),
                      RenditionState("hls:240p", "hls", "240p", 426, 240)]
    doc = status_document(job)
    assert doc["ingest"] == {"status": "uploaded", "filesize": 23037467, "receivedBytes": []}
    assert doc["encoding"]["playable"] is False
    assert [q["quality"] for q in doc["encoding"]["qualities"]] == ["240p", "720p"]
    assert set(doc["encoding"]["metadata"]) == {"width", "height", "bitrate", "duration", "framerate", "samplerate",
                                                "videoCodec", "audioCodec", "aspectRatio"}
    job.renditions[1].status = ENCODED
    path = write_status(job)
    assert json.load(open(path))["encoding"]["playable"] is True
    payload = quality_completed(job, job.renditions[1])
    assert set(payload) == {"type", "emittedAt", "videoId", "encoding", "quality"}
    assert payload["type"] == "video.encoding.quality.completed" and payload["videoId"].startswith("vi")
