"""Auto's choice of variant (app.core.abr): known answers for the size, the throughput and the hysteresis."""

import pytest

from app.core.abr import Controller, Policy, Throughput, Variant, shown_lines, size_cap, throughput_cap

LADDER = [Variant("240p/index.m3u8", 426, 240, 400_000), Variant("480p/index.m3u8", 854, 480, 1_400_000),
          Variant("720p/index.m3u8", 1280, 720, 3_300_000), Variant("1080p/index.m3u8", 1920, 1080, 6_000_000)]


def test_shown_lines_fit_the_picture_in_the_player_times_the_device_pixel_ratio():
    v720 = LADDER[2]
    assert shown_lines(v720, 1280, 800) == 720  # taller than 16:9: the width limits the picture
    assert shown_lines(v720, 1600, 600) == 600  # a wide player: its height
    assert shown_lines(v720, 640, 360, dpr=2.0) == 720
    assert shown_lines(v720, 640, 300, dpr=1.5) == 450


@pytest.mark.parametrize("view, expected", [
    ((300, 200, 1.0), 0),  # smaller than the lowest: still the lowest
    ((426, 240, 1.0), 0),
    ((853, 480, 1.0), 0),  # 479.8 lines shown: 480p would have more lines than shown
    ((854, 480, 1.0), 1),
    ((1280, 719, 1.0), 1),
    ((1280, 720, 1.0), 2),
    ((640, 360, 2.0), 2),  # a HiDPI screen: 720 device lines
    ((960, 540, 2.0), 3),
    ((4000, 3000, 1.0), 3),
])
def test_the_size_cap_is_the_highest_variant_with_no_more_lines_than_shown(view, expected):
    assert size_cap(LADDER, *view) == expected


def test_the_throughput_cap_is_the_highest_variant_within_a_fraction_of_the_estimate():
    assert throughput_cap(LADDER, None, 0.7) == 3
    assert throughput_cap(LADDER, 1_000_000, 0.7) == 0  # 400 kb/s fits, 1.4 Mb/s does not
    assert throughput_cap(LADDER, 2_000_000, 0.7) == 1  # 1.4 Mb/s = 0.7 * 2 Mb/s
    assert throughput_cap(LADDER, 4_000_000, 0.7) == 1  # 3.3 Mb/s > 2.8 Mb/s
    assert throughput_cap(LADDER, 4_000_000, 1.0) == 2
    assert throughput_cap(LADDER, 100_000, 0.7) == 0  # nothing fits: the lowest


def test_the_estimate_is_the_lower_of_a_fast_and_a_slow_average():
    t = Throughput()
    assert t.estimate() is None
    assert not t.add(4000, 0.001)  # under 8 KiB: latency, not throughput
    assert not t.add(100_000, 0.0)
    assert t.add(125_000, 1.0)  # 1 Mb/s
    assert t.estimate() == pytest.approx(1_000_000)
    assert t.add(500_000, 1.0)  # 4 Mb/s: fast 2.5 Mb/s, slow 1.6 Mb/s
    assert (t.fast, t.slow) == (pytest.approx(2_500_000), pytest.approx(1_600_000))
    assert t.estimate() == pytest.approx(1_600_000)
    assert t.add(12_500, 1.0)  # 100 kb/s: fast 1.3 Mb/s, slow 1.3 Mb/s
    assert t.estimate() == pytest.approx(1_300_000)
    t.add(12_500, 1.0)  # fast 0.7 Mb/s: a drop shows at once
    assert t.estimate() == pytest.approx(700_000)


def test_start_takes_the_size_alone_until_something_was_measured():
    assert Controller(LADDER).start(1280, 720, 1.0, now=0) == 2
    assert Controller(LADDER).start(400, 225, 1.0, now=0) == 0
    c = Controller(list(reversed(LADDER)))  # any order: sorted by bandwidth
    assert c.start(1920, 1080, 1.0, now=0) == 3 and c.variant == LADDER[3]


def test_insufficient_throughput_switches_down_at_once_and_headroom_up_only_after_a_while():
    c = Controller(LADDER)
    assert c.start(1920, 1080, 1.0, now=0) == 3
    assert c.sample(1_000, 0.01, now=0.5) is None  # too small to count
    # 2 Mb/s measured: 1080p's 6 Mb/s does not fit; down to what fits with headroom (1.4 <= 0.7 * 2)
    assert c.sample(250_000, 1.0, now=1.0) == 1 and c.reason == "throughput"
    # 20 Mb/s: the slow average rises to 5.6 Mb/s, enough for 720p, but within 10 s of the last switch
    assert c.sample(2_500_000, 1.0, now=5.0) is None
    assert c.throughput.estimate() == pytest.approx(5_600_000)
    assert c.sample(2_500_000, 1.0, now=11.0) == 2 and c.reason == "headroom"  # 8.48 Mb/s: 720p (1080p: 6/0.7)
    # between the fractions nothing moves: 720p needs 3.3 Mb/s, up to 1080p 8.57 Mb/s
    c2 = Controller(LADDER)
    c2.start(1920, 1080, 1.0, now=0)
    assert c2.sample(625_000, 1.0, now=1) == 2  # 5 Mb/s: 720p (3.3 <= 3.5)
    for t in range(2, 40):  # 5 Mb/s every second: no flapping
        assert c2.sample(625_000, 1.0, now=t) is None
    assert c2.current == 2


def test_stall_goes_down_at_least_one_variant_but_not_while_the_new_one_loads():
    c = Controller(LADDER)
    c.start(1920, 1080, 1.0, now=0)
    assert c.stall(now=1.0) is None  # within 3 s of the switch: still loading
    assert c.stall(now=3.5) == 2 and c.reason == "stall"
    assert c.stall(now=4.0) is None
    assert c.stall(now=7.0) == 1
    c.sample(62_500, 1.0, now=8)  # 500 kb/s: down to 240p (what fits with headroom)
    assert c.current == 0
    assert c.stall(now=20) is None  # nothing lower


def test_a_larger_player_switches_up_at_once_within_the_throughput_and_a_smaller_one_down_with_tolerance():
    c = Controller(LADDER)
    assert c.start(426, 240, 1.0, now=0) == 0
    assert c.resize(1280, 720, 1.0, now=0.1) == 2 and c.reason == "larger"  # no wait for a resize
    assert c.resize(1200, 675, 1.0, now=0.2) is None  # 720 > 675 lines, within 1.25x: kept
    assert c.resize(854, 480, 1.0, now=0.3) == 1 and c.reason == "smaller"  # 720 > 1.25 * 480
    c.sample(250_000, 1.0, now=1)  # 2 Mb/s measured
    assert c.resize(1920, 1080, 1.0, now=2) is None  # 480p is all 2 Mb/s allows
    assert c.current == 1


def test_an_empty_ladder_is_refused():
    with pytest.raises(ValueError):
        Controller([])


def test_the_policy_can_be_tuned():
    c = Controller(LADDER, Policy(up_fraction=1.0, min_up_interval_s=0))
    c.start(1920, 1080, 1.0, now=0)
    assert c.sample(412_500, 1.0, now=1) == 2  # 3.3 Mb/s: 720p exactly
