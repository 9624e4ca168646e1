"""The hand-off of pictures from the decoding thread to the encode groups when a group dies mid-stream.

The main loop must give each live group a picture of that group's own size, whatever the groups' threads do to
their `dead` flags meanwhile; the renditions of the groups that live on come out whole.
"""

from __future__ import annotations

import os
import queue
import threading

import pytest

from app.core import pipeline
from app.core.engine import Engine
from app.core.errors import EXIT_FAILED
from app.core.jobs import EncodeOptions, Job
from app.core.ladder import plan_job
from app.core.probe import probe_source
from app.core.store import JobStore
from procs import decoded

pytestmark = pytest.mark.slow
FRAMES = 50  # 2 s at 25 fps


@pytest.fixture
def two_sizes(clips):
    # 480x270: hls 240p (426x240) and the MP4 at the source size (480x270, named 240p): two encode groups of
    # different sizes.
    return clips.get("two_sizes.mp4", width=480, height=270, seconds=2, fps=25, audio=False)


class _RecordingQueue(queue.Queue):
    def __init__(self, maxsize, received):
        super().__init__(maxsize)
        self.received = received

    def put(self, item, *args, **kwargs):
        if isinstance(item, tuple) and item[0] == "v":
            self.received.append((item[1].width, item[1].height))
        super().put(item, *args, **kwargs)


class _DiesBetweenReads(pipeline.EncodeGroup):
    """An encode group that dies at the worst moment: right after the main thread's N-th look at `dead`.

    This is what a group thread failing mid-stream does, made deterministic: the flag changes between two
    reads of the main loop in one round."""

    die_at: dict[str, int] = {}

    def __init__(self, gid, sinks, **kwargs):
        self._dead, self._reads = False, 0
        super().__init__(gid, sinks, **kwargs)
        self.received: list[tuple[int, int]] = []
        self.queue = _RecordingQueue(self.queue.maxsize, self.received)

    @property
    def dead(self):
        value = self._dead
        limit = self.die_at.get(self.sinks[0].plan.id)
        if limit is not None and threading.current_thread() is threading.main_thread() and not value:
            self._reads += 1
            if self._reads == limit:
                for sink in self.sinks:
                    sink.error = sink.error or "the encoder failed (test)"
                self._dead = True
        return value

    @dead.setter
    def dead(self, value):
        self._dead = value


def test_a_group_dying_mid_round_never_shifts_pictures_to_other_groups(two_sizes, tmp_path, monkeypatch):
    source = probe_source(two_sizes)
    plan = plan_job(source, segment_seconds=1)
    assert {r.id: (r.width, r.height, r.encode_group) for r in plan.renditions} == {
        "hls:240p": (426, 240, "v0"), "mp4:240p": (480, 270, "v1")}
    made = []

    class Group(_DiesBetweenReads):
        die_at = {"mp4:240p": 21}  # the biggest group, fed first, dies during round ~10

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(pipeline, "EncodeGroup", Group)
    events = []
    summary = pipeline.run(source, plan, str(tmp_path / "job"), thumbnails=[], hwaccel="off", emit=events.append)
    assert summary["frames"] == FRAMES
    by_id = {g.sinks[0].plan.id: g for g in made}
    for rid, g in by_id.items():
        assert set(g.received) <= {(g.width, g.height)}, f"{rid} was handed pictures of another size: {set(g.received)}"
    assert len(by_id["hls:240p"].received) == FRAMES
    assert [e["id"] for e in events if e["ev"] == "rendition_failed"] == ["mp4:240p"]
    done = [e for e in events if e["ev"] == "rendition_done"]
    assert [e["id"] for e in done] == ["hls:240p"]
    assert decoded(done[0]["path"]) == (426, 240, FRAMES)


def test_a_failing_group_leaves_the_other_renditions_whole(two_sizes, tmp_path):
    """Through the engine and its worker process: the biggest group's encoder cannot start, the other is whole."""
    job = Job.create(two_sizes, str(tmp_path), EncodeOptions(thumbnails=[], segment_seconds=1,
                                                             codec_overrides={"mp4:240p": "no_such_encoder"}))
    code = Engine(JobStore()).run(job)
    assert code == EXIT_FAILED
    assert {r.id: r.status for r in job.renditions} == {"hls:240p": "encoded", "mp4:240p": "failed"}
    assert decoded(os.path.join(tmp_path, "two_sizes", "hls", "240p", "index.m3u8")) == (426, 240, FRAMES)
    mp4 = os.path.join(tmp_path, "two_sizes", "mp4")
    assert not os.path.exists(mp4) or not os.listdir(mp4)


def test_two_groups_of_one_size_each_get_their_own_picture(clips, tmp_path):
    """--separate-encodes on a source whose width is not a multiple of the frame alignment (320 wide)."""
    src = clips.get("tiny_silent.mp4", width=320, height=180, seconds=2, fps=25, audio=False)
    job = Job.create(src, str(tmp_path), EncodeOptions(thumbnails=[], share_encodes=False))
    assert Engine(JobStore()).run(job) == 0, job.error
    assert decoded(os.path.join(tmp_path, "tiny_silent", "hls", "180p", "index.m3u8")) == (320, 180, FRAMES)
    assert decoded(os.path.join(tmp_path, "tiny_silent", "mp4", "180p.mp4")) == (320, 180, FRAMES)
