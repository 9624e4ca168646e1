"""Values and sources that used to slip through to a traceback or a failure deep in the muxer (issue 11)."""

import os

import pytest

from outcome import refused
from test_cli import cli
from media import make_clip


def no_jobs():
    r = cli("jobs")
    return r.returncode == 0 and r.stdout.strip() == "no jobs yet"


@pytest.mark.parametrize("spec", ["nan", "inf", "-inf", "-1", "1e300", "99999999:00:00", "00:00:01;nan/360",
                                  '{"timestamp": NaN}', '[{"timestamp": 1e400}]'])
def test_thumbnail_times_that_are_not_finite_or_absurd_are_refused(clip, tmp_path, spec):
    line = refused(cli("encode", clip, "--out", str(tmp_path / "out"), f"--thumbnails={spec}"), 2)
    assert "thumbnail time" in line
    assert no_jobs() and not os.path.exists(tmp_path / "out")


def test_a_thumbnail_spec_file_is_quoted_by_an_excerpt_only(clip, tmp_path):
    spec = tmp_path / "spec.txt"
    spec.write_text("this is not a thumbnail spec at all " * 3000 + "\nsecond line\n")
    line = refused(cli("encode", clip, "--out", str(tmp_path / "out"), "--thumbnails", f"@{spec}"), 2)
    assert len(line) < 300, line
    binary = tmp_path / "spec.bin"
    binary.write_bytes(bytes(range(256)) * 100)
    line = refused(cli("encode", clip, "--out", str(tmp_path / "out"), "--thumbnails", f"@{binary}"), 2)
    assert len(line) < 300 and "spec.bin" in line, line


@pytest.mark.parametrize("value", ["", "  ", ","])
def test_an_empty_rendition_list_is_refused(clip, tmp_path, value):
    line = refused(cli("encode", clip, "--out", str(tmp_path / "out"), "--renditions", value), 2)
    assert "empty" in line or "no renditions" in line
    assert no_jobs()


def test_a_file_url_is_refused_with_the_path_to_give_instead(clip, tmp_path):
    url = "file://" + clip
    for args in (("probe", url), ("encode", url, "--out", str(tmp_path / "out"))):
        line = refused(cli(*args), 3)
        assert f"give the path {clip} instead" in line, line
    assert no_jobs() and not os.path.exists(tmp_path / "out")
    line = refused(cli("encode", "https://example.invalid/a.mp4", "--out", str(tmp_path / "out")), 3)
    assert "only local files" in line


@pytest.fixture(scope="module")
def too_fast(tmp_path_factory):
    """200 frames 10 microseconds apart: 100000 fps (the time base allows it in MP4)."""
    return make_clip(str(tmp_path_factory.mktemp("fast") / "fast.mp4"), width=160, height=90, seconds=0.002,
                     fps=100000, audio=False)


def test_an_absurd_frame_rate_is_refused_at_probe(too_fast, tmp_path):
    line = refused(cli("probe", too_fast), 3)
    assert "frame rate" in line and "1000" in line, line
    r = cli("encode", too_fast, "--out", str(tmp_path / "out"), "--thumbnails", "none")
    assert r.returncode == 3 and "Traceback" not in r.stderr and "frame rate" in r.stderr, r.stderr
    assert not os.path.exists(tmp_path / "out" / "fast")


def test_an_absurd_picture_size_is_refused_at_probe(tmp_path):
    wide = make_clip(str(tmp_path / "wide.mkv"), width=16400, height=16, seconds=0.2, codec="ffv1", audio=False)
    line = refused(cli("probe", wide), 3)
    assert "16400x16" in line and "16384" in line, line
