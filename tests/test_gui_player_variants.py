"""The preview player switches the variants of an HLS master (Qt's FFmpeg back end does not by itself)."""

import json
import os
import subprocess
import sys

import pytest

from app.core.engine import Engine
from app.core.errors import EXIT_OK
from app.core.jobs import EncodeOptions, Job
from app.core.store import JobStore

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def ladder(clips, tmp_path_factory):
    """6 s, 240p + 360p H.264, 1 s segments."""
    clip = clips.get("variants.mp4", width=640, height=360, seconds=6, fps=25)
    out = tmp_path_factory.mktemp("variants")
    job = Job.create(clip, str(out), EncodeOptions(formats=("hls",), segment_seconds=1, thumbnails=[], hwaccel="off",
                                                   renditions=[(240, None), (360, None)]))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    return os.path.join(str(out), "variants", "hls"), job


def _between(served, start, end=None):
    i = served.index(start)
    j = served.index(end) if end else len(served)
    return [p for p in served[i + 1:j] if p.endswith(".ts")]


def test_switching_variants_over_http_keeps_position_and_state(ladder):
    """Over HTTP from 127.0.0.1, in a child process (a hung QMediaPlayer cannot hang the run): pick 240p, play
    1.5 s, pick 360p while playing, pause, pick 240p again."""
    folder, _ = ladder
    env = dict(os.environ, PYTHONPATH=ROOT, QT_QPA_PLATFORM="offscreen")
    try:
        proc = subprocess.run([sys.executable, os.path.join(ROOT, "tests", "player_variants.py"), folder],
                              capture_output=True, text=True, timeout=90, env=env, cwd=ROOT)
    except subprocess.TimeoutExpired:
        pytest.fail("the player hung while switching variants")
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["labels"] == ["Auto", "240p H.264 (426×240)", "360p H.264 (640×360)"]
    served = out["served"]
    # what was fetched: the chosen variant's segments after each choice, the other's after the switch
    first, second, third = _between(served, "--240p chosen", "--360p chosen"), \
        _between(served, "--360p chosen", "--240p chosen while paused"), _between(served, "--240p chosen while paused")
    assert first and all(p.startswith("/240p/segment_") for p in first), first
    assert second and all(p.startswith("/360p/segment_") for p in second), second
    assert third and all(p.startswith("/240p/segment_") for p in third), third
    # playing: the pictures change size, the position stays (within 1 s), it plays on
    assert out["size_before"] == [426, 240] and out["size_after"] == [640, 360]
    assert out["before_play_switch"] > 1500 and abs(out["after_play_switch"] - out["before_play_switch"]) < 1000, out
    assert out["state_after_play_switch"] == "PlayingState"
    # paused: it stays paused where it was, showing the 240p picture
    assert abs(out["after_pause_switch"] - out["before_pause_switch"]) < 1000, out
    assert out["state_after_pause_switch"] == "PausedState" and out["size_after_pause_switch"] == [426, 240]
    base = out["base"]
    assert out["chosen"] == [f"{base}/240p/index.m3u8", f"{base}/360p/index.m3u8", f"{base}/240p/index.m3u8"]
