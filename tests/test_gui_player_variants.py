"""The preview player switches the variants of an HLS master (Qt's FFmpeg back end does not by itself)."""

import json
import os
import subprocess
import sys

import pytest

from media import hls_ladder

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def ladder(clips, tmp_path_factory):
    """6 s, 240p + 360p H.264, 1 s segments."""
    clip = clips.get("variants.mp4", width=640, height=360, seconds=6, fps=25)
    return hls_ladder(clip, str(tmp_path_factory.mktemp("variants")), [240, 360])


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
    assert out["labels"] == ["Auto (360p)", "240p H.264", "360p H.264"]  # Auto: the player shows 393 lines
    served = out["served"]
    base = out["base"]
    assert out["auto_source"].endswith("/360p/index.m3u8")  # Auto loads the variant, not the master
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
    assert out["chosen"] == [f"{base}/240p/index.m3u8", f"{base}/360p/index.m3u8", f"{base}/240p/index.m3u8"]


@pytest.mark.slow
def test_the_grid_and_the_variant_chooser_agree(qtbot, window, clips):
    """In the window: the master chosen in the player offers its variants; choosing one selects its row in the
    grid, and a double-click on a rung's row (playRendition) chooses that variant, the master still playing."""
    from test_gui_window import drop

    drop(window, [clips.landscape])
    qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1, timeout=30000)
    job = window.controller.model.job(0)
    qtbot.waitUntil(lambda: job.status in ("completed", "failed", "partial"), timeout=120000)
    assert job.status == "completed", job.error
    window.queue.view.selectRow(0)
    player, grid = window.player, window.grid
    master = os.path.join(job.out_dir, "hls", "master.m3u8")
    player.choice.setCurrentIndex(player.choice.findData(master))
    qtbot.waitUntil(lambda: player.variant.count() == 3, timeout=10000)
    assert player.variant.isVisible()
    labels = [player.variant.itemText(i) for i in range(3)]
    assert labels[0] in ("Auto (240p)", "Auto (360p)") and labels[1:] == ["240p H.264", "360p H.264"]
    rows = {r.path: i for i, r in enumerate(grid.model._items())}
    hls360 = os.path.join(job.out_dir, "hls", "360p", "index.m3u8")
    hls240 = os.path.join(job.out_dir, "hls", "240p", "index.m3u8")
    player.variant.setCurrentIndex(2)
    assert grid.view.currentIndex().row() == rows[hls360]
    assert player.player.source().toLocalFile() == hls360
    grid.playRendition.emit(hls240)  # what a double-click on the 240p row sends
    assert player.variant.currentIndex() == 1 and player.choice.currentData() == master
    assert grid.view.currentIndex().row() == rows[hls240]
    player.variant.setCurrentIndex(0)  # Auto: the variant for the player's size, no row
    auto = hls240 if player.variant.itemText(0) == "Auto (240p)" else hls360
    assert player.player.source().toLocalFile() == auto and not grid.view.selectionModel().hasSelection()
    player.stop()
    # another source: no chooser
    player.choice.setCurrentIndex(player.choice.findData(job.source))
    assert not player.variant.isVisible() and player.variant.count() == 0
