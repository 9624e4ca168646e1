"""The preview player's Auto chooses the HLS variant itself (app.core.abr): by the picture's size, and for a
master over HTTP by the throughput it measures; Qt's FFmpeg back end, given the master, fetched every variant's
segments and showed the lowest."""

import json
import os
import subprocess
import sys

import pytest

from media import hls_ladder

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def ladder(clips, tmp_path_factory):
    """8 s, 240p + 480p + 720p H.264, 1 s segments."""
    clip = clips.get("abr.mp4", width=1280, height=720, seconds=8, fps=25)
    return hls_ladder(clip, str(tmp_path_factory.mktemp("abr")), [240, 480, 720])[0]


def _play(folder, *args):
    """tests/player_abr.py in a child process (a hung QMediaPlayer cannot hang the run): its JSON line."""
    env = dict(os.environ, PYTHONPATH=ROOT, QT_QPA_PLATFORM="offscreen")
    try:
        proc = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "player_abr.py"), folder, *map(str, args)],
                              capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        pytest.fail("the player hung on Auto")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _segments(served, variant=None):
    found = [p for p in served if p.endswith(".ts")]
    return [p for p in found if p.startswith(f"/{variant}/")] if variant else found


def test_auto_plays_the_variant_for_the_player_size_and_switches_up_when_it_grows(ladder):
    """A small player (420x250 picture: 236 lines) gets 240p only; grown to 1300x820 (731 lines) it switches to
    720p while playing, at the position it had."""
    out = _play(ladder, 420, 330, "--grow", 1300, 900)
    assert out["view"] == [420, 250, 1] and out["view_grown"] == [1300, 820, 1]
    assert out["labels"] == ["Auto (240p)", "240p H.264", "480p H.264", "720p H.264"]
    grown = out["served"].index("--grown")
    small, large = out["served"][:grown], out["served"][grown + 1:]
    # before: 240p's segments only (the master's URL never given to Qt, which fetched every variant's)
    assert _segments(small) and _segments(small) == _segments(small, "240p"), small
    assert out["size"] == [426, 240] and out["label"] == "Auto (240p)"
    # grown: 720p's segments only, its pictures, playing on from where it was
    assert _segments(large) and _segments(large) == _segments(large, "720p"), large
    assert out["size_grown"] == [1280, 720] and out["label_grown"] == "Auto (720p)"
    assert out["state_grown"] == "PlayingState"
    assert out["before_grow"] > 3000 and abs(out["after_grow"] - out["before_grow"]) < 1000, out
    assert [(s["variant"], s["reason"]) for s in out["switches"]] == [
        ("/240p/index.m3u8", "start"), ("/720p/index.m3u8", "larger")]
    # measured through the relay: a loopback link is fast (far above 720p's 3.4 Mb/s)
    assert out["estimate"] > 20e6
    assert "127.0.0.1" in out["source"] and not out["source"].startswith(out["base"])  # played through the relay


def test_a_large_player_on_a_fast_link_plays_the_highest_variant(ladder):
    out = _play(ladder, 1300, 900, "--play", 2)
    assert out["labels"][0] == "Auto (720p)" and out["label"] == "Auto (720p)"
    assert _segments(out["served"]) and _segments(out["served"]) == _segments(out["served"], "720p"), out["served"]
    assert out["size"] == [1280, 720]
    assert [s["reason"] for s in out["switches"]] == ["start"]


def test_a_slow_server_makes_auto_choose_a_lower_variant(ladder):
    """The server sends at most twice 240p's BANDWIDTH (about 0.71 Mb/s): the large player starts with 720p (for
    its size), measures its first segments and goes down to 240p (1.36 Mb/s for 480p would need 1.95 Mb/s)."""
    with open(os.path.join(ladder, "master.m3u8")) as f:
        bandwidths = sorted(int(line.split("BANDWIDTH=")[1].split(",")[0]) for line in f
                            if line.startswith("#EXT-X-STREAM-INF"))
    throttle = 2 * bandwidths[0] // 8  # bytes per second
    out = _play(ladder, 1300, 900, "--throttle", throttle, "--play", 5)
    assert out["labels"][0] == "Auto (720p)"  # the size alone: nothing measured yet
    assert out["label"] == "Auto (240p)" and out["size"] == [426, 240]
    reasons = [(s["variant"], s["reason"]) for s in out["switches"]]
    assert reasons[0] == ("/720p/index.m3u8", "start") and reasons[-1][0] == "/240p/index.m3u8", reasons
    assert reasons[-1][1] in ("throughput", "stall"), reasons
    assert out["estimate"] < bandwidths[1] / 0.7, out["estimate"]  # too slow for 480p with headroom
    served = _segments(out["served"])
    first_low = served.index(next(p for p in served if p.startswith("/240p/")))
    assert served[:first_low] and all(p.startswith("/720p/") for p in served[:first_low]), served
    assert all(p.startswith("/240p/") for p in served[first_low:]), served  # never back up
    assert len(served[first_low:]) >= 5  # the rest of the 8 s came from 240p


def test_a_stalled_link_makes_auto_go_down_one_variant_and_play_on(ladder):
    """720p's segments from the fourth on are never answered (no byte: nothing for the throughput estimate to
    measure): the position stops while playing, and after 1.5 s Auto goes down one variant (480p), which loads at
    that position and plays on to the end of what was asked."""
    out = _play(ladder, 1300, 900, "--hold", "720p", 3, "--play", 6)
    assert [(s["variant"], s["reason"]) for s in out["switches"]] == [
        ("/720p/index.m3u8", "start"), ("/480p/index.m3u8", "stall")], out["switches"]
    stalled_at = out["switches"][1]["resume_at"]  # where the player stood: 480p is loaded there
    assert 1000 < stalled_at <= 4000, out["switches"]  # 720p's first three 1 s segments played
    assert out["label"] == "Auto (480p)" and out["size"] == [854, 480]
    assert out["position"] > 6000  # it played on from 480p
    served = _segments(out["served"])
    held = served.index("/720p/segment_00003.ts")
    assert all(p.startswith("/720p/") for p in served[:held]), served
    after = [p for p in served[held + 1:] if not p.startswith("/720p/")]
    assert after and all(p.startswith("/480p/") for p in after), served
