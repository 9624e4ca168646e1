import pytest

from app.core.errors import UsageError
from app.core.ladder import (PRESETS, RungRequest, frame_rate_factor, parse_formats, parse_renditions, plan_job,
                             reference_kbps)
from app.core.probe import SourceInfo


def source(width, height, fps=30.0, audio=True, rotation=0):
    return SourceInfo(path="/x.mp4", filesize=1, container="mov", width=width, height=height, coded_width=width,
                      coded_height=height, rotation=rotation, duration=10.0, bitrate=5000, framerate=fps,
                      frame_rate_num=int(fps), frame_rate_den=1, frames=int(10 * fps), video_codec="h264",
                      pix_fmt="yuv420p", bit_depth=8, audio_codec="aac" if audio else None,
                      samplerate=48000 if audio else None, channels=2 if audio else None)


def names(plan, kind="hls"):
    return [r.quality for r in plan.renditions if r.type == kind]


def test_default_ladder_for_1080p():
    plan = plan_job(source(1920, 1080))
    assert names(plan) == ["240p", "360p", "480p", "720p", "1080p"]
    assert names(plan, "mp4") == ["1080p"]
    sizes = {r.quality: (r.width, r.height) for r in plan.renditions if r.type == "hls"}
    assert sizes == {"240p": (426, 240), "360p": (640, 360), "480p": (854, 480), "720p": (1280, 720),
                     "1080p": (1920, 1080)}
    assert plan.encoder_preset == "veryfast" and plan.audio_kbps == 128
    rates = [r.video_kbps for r in plan.renditions if r.type == "hls"]
    assert rates == sorted(rates) and rates[3] == 3000 and rates[4] == 6000  # Apple's 720p and 1080p tiers at 30 fps
    # The MP4 at the source's size has the top rung's settings: one encode serves both.
    mp4 = next(r for r in plan.renditions if r.type == "mp4")
    top = next(r for r in plan.renditions if r.quality == "1080p" and r.type == "hls")
    assert mp4.encode_group == top.encode_group
    assert len({r.encode_group for r in plan.renditions}) == 5


def test_never_upscales_and_keeps_odd_source_size_for_mp4():
    plan = plan_job(source(1276, 718))
    assert names(plan) == ["240p", "360p", "480p"]
    mp4 = next(r for r in plan.renditions if r.type == "mp4")
    assert (mp4.width, mp4.height) == (1276, 718)
    assert mp4.quality == "720p"  # api.video labels the MP4 with the nearest standard quality
    assert all(r.width % 2 == 0 and r.height % 2 == 0 for r in plan.renditions)


def test_source_under_240_lines_gets_one_rendition_at_its_own_size():
    plan = plan_job(source(333, 187, audio=False))
    hls = [r for r in plan.renditions if r.type == "hls"]
    assert [(r.quality, r.width, r.height) for r in hls] == [("186p", 332, 186)]
    assert plan.audio_kbps is None


def test_portrait_uses_the_short_side():
    plan = plan_job(source(1080, 1920))
    sizes = {r.quality: (r.width, r.height) for r in plan.renditions if r.type == "hls"}
    assert sizes["720p"] == (720, 1280) and sizes["240p"] == (240, 426)


def test_frame_rate_scales_bitrate():
    assert frame_rate_factor(30) == 1.0
    assert reference_kbps(1920, 1080, 60) > reference_kbps(1920, 1080, 30) > reference_kbps(1920, 1080, 24)


def test_custom_ladder_and_overrides():
    reqs = parse_renditions("240p, 720p:2500k,1080p:5M,4k")
    assert reqs == [RungRequest(240), RungRequest(720, 2500), RungRequest(1080, 5000), RungRequest(2160)]
    plan = plan_job(source(1920, 1080), renditions=reqs, formats=("hls",))
    assert names(plan) == ["240p", "720p", "1080p"]
    assert {r.quality: r.video_kbps for r in plan.renditions}["720p"] == 2500
    assert any("2160p skipped" in w for w in plan.warnings)


def test_presets_differ():
    src = source(1920, 1080)
    draft, high = plan_job(src, preset="draft"), plan_job(src, preset="high")
    assert names(draft) == ["360p", "720p"] and draft.encoder_preset == "ultrafast"
    assert high.encoder_preset == "slow"
    assert high.renditions[0].video_kbps > plan_job(src).renditions[0].video_kbps
    assert set(PRESETS) >= {"default", "draft", "high"}


@pytest.mark.parametrize("text", ["", "720", "abc", "720p:fast", "5p", "720p:1k"])
def test_bad_rendition_lists(text):
    if text == "720":
        assert parse_renditions(text) == [RungRequest(720)]
        return
    with pytest.raises(UsageError):
        parse_renditions(text)


def test_bad_usage_is_refused():
    with pytest.raises(UsageError):
        parse_formats("hls,dash")
    with pytest.raises(UsageError):
        plan_job(source(640, 360), renditions=[RungRequest(1080)])
    with pytest.raises(UsageError):
        plan_job(source(640, 360), preset="nope")
    with pytest.raises(UsageError):
        plan_job(source(640, 360), segment_seconds=0.5)


def test_gop_divides_the_segment():
    assert plan_job(source(640, 360), segment_seconds=6).gop_seconds == 2
    plan = plan_job(source(640, 360), segment_seconds=5)
    assert abs(5 / plan.gop_seconds - round(5 / plan.gop_seconds)) < 1e-9


def test_separate_encodes_when_asked():
    plan = plan_job(source(1920, 1080), share_encodes=False)
    assert len({r.encode_group for r in plan.renditions}) == len(plan.renditions) == 6


def test_no_h264_hls_rung_beyond_level_4_2():
    # 4K: 1440p and 2160p would need H.264 level 5.x, which HLS does not allow; the MP4 keeps the source's size.
    plan = plan_job(source(3840, 2160))
    assert names(plan) == ["240p", "360p", "480p", "720p", "1080p"] and names(plan, "mp4") == ["2160p"]
    assert plan.warnings == ["HLS 1440p (2560x1440), 2160p (3840x2160) skipped: at 30 fps that is beyond H.264 level "
                             "4.2, the most HLS allows for H.264 (1080p at 60 fps); larger renditions need HEVC"]
    # 1080p60 is the most level 4.2 carries (8160 macroblocks x 60 = 489,600/s of 522,240); 1080p at 120 fps is not.
    assert names(plan_job(source(1920, 1080, fps=60))) == ["240p", "360p", "480p", "720p", "1080p"]
    assert names(plan_job(source(1080, 1920, fps=60)))[-1] == "1080p"
    fast = plan_job(source(1920, 1080, fps=120))
    assert names(fast) == ["240p", "360p", "480p", "720p"] and "1080p (1920x1080)" in fast.warnings[0]
    with pytest.raises(UsageError, match="beyond H.264 level 4.2"):
        plan_job(source(3840, 2160), renditions=parse_renditions("1440p,4k"), formats=("hls",))


def test_no_h264_hls_rung_beyond_level_4_2_bitrates():
    # 1080p:60M asks for peaks of 72 Mb/s: lowered so that the peaks (and the decoder buffer) stay within 50 Mb/s,
    # where x264 still signals level 4.2 or less. The MP4 is not HLS: it keeps what was asked for its size.
    plan = plan_job(source(1920, 1080), renditions=parse_renditions("720p:30M,1080p:60M"))
    hls = {r.quality: (r.video_kbps, r.maxrate_kbps, r.bufsize_kbps) for r in plan.renditions if r.type == "hls"}
    assert hls == {"720p": (30000, 36000, 50000), "1080p": (41666, 50000, 50000)}
    assert plan.warnings == ["HLS 1080p: 60000 kb/s lowered to 41666 kb/s: H.264 level 4.2 allows at most 50000 kb/s "
                             "peaks"]
