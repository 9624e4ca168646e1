import json

import pytest

from app.core.errors import UsageError
from app.core.thumbnails import ThumbnailRequest, expand, parse_thumbnail_spec, parse_timestamp


def test_compact_spec():
    reqs = parse_thumbnail_spec("00:00:03/360,720/jpg,webp/none,blur; 50%")
    assert reqs[0] == ThumbnailRequest("00:00:03", ("360", "720"), ("jpg", "webp"), ("none", "blur"))
    assert reqs[1] == ThumbnailRequest("50%")


def test_videosdk_json_spec(tmp_path):
    obj = [{"timestamp": "00:00:03", "resolutions": ["360"], "formats": ["jpg", "webp"], "filters": ["none", "blur"]}]
    assert parse_thumbnail_spec(json.dumps(obj))[0].to_videosdk() == obj[0]
    f = tmp_path / "t.json"
    f.write_text(json.dumps(obj[0]))
    assert parse_thumbnail_spec(f"@{f}") == parse_thumbnail_spec(json.dumps(obj))


def test_none_and_errors():
    assert parse_thumbnail_spec("none") == ()
    for bad in ("00:00:03/360/gif", "00:00:03/360/jpg/sepia", "soon", "00:00:03/abc", "{\"resolutions\": []}", "[1,"):
        with pytest.raises(UsageError):
            parse_thumbnail_spec(bad)


def test_timestamps():
    assert parse_timestamp("01:02:03.5", None) == 3723.5
    assert parse_timestamp("02:03", None) == 123
    assert parse_timestamp("50%", 10) == 5


def test_expand_clamps_and_caps():
    reqs = parse_thumbnail_spec("00:01:00/360,1080,source/jpg,webp/none,blur")
    images = expand(reqs, duration=8.0, source_short_side=720)
    assert len(images) == 12
    assert all(0 <= i.seconds < 8.0 for i in images)
    assert {i.short_side for i in images} == {360, 720, None}
