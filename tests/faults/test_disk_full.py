"""The disk fills up mid-encode: no rendition is called `encoded` unless what is on disk is whole.

FFmpeg's HLS muxer does not report failed writes of its segment files, and when room comes back before its end
(another file was deleted) it writes a playlist listing them all. The pipeline counts every byte it hands to
the disk and checks the playlist, the segments and the MP4 against what was encoded before calling a rendition
encoded; `retry --failed-only` redoes the failed ones once there is room.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import subprocess

import av
import pytest

from app.core import hls
from app.core.errors import EXIT_FAILED, RenditionError
from app.core.store import JobStore
from procs import assert_job_outputs, cli, paused, start_cli, wait_for, worker_mid_encode

pytestmark = pytest.mark.slow
FRAMES = 75  # 3 s at 25 fps


@pytest.fixture
def silent(clips):
    # No audio: nothing waits in the MP4 muxer's interleaving queue, the outputs are written as they are encoded.
    return clips.get("tiny_silent3.mp4", width=320, height=180, seconds=3, fps=25, audio=False)


def fill(folder: str) -> str:
    """Take every free byte of the file system under `folder`; return the file that holds them."""
    path = os.path.join(folder, "filler")
    with open(path, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError:
            pass
    return path


@pytest.fixture
def silent6(clips):
    return clips.get("tiny_silent6.mp4", width=320, height=180, seconds=6, fps=25, audio=False)


def test_disk_full_mid_hls_fails_the_rendition_and_retry_completes_it(silent6, tiny_fs):
    fs = tiny_fs(2048)
    out = os.path.join(fs, "out")
    job_dir = os.path.join(out, "tiny_silent6")
    proc = start_cli("encode", silent6, "--out", out, "--thumbnails", "none", "--segment-seconds", "1",
                     "--encoder-preset", "veryslow", "--json")
    job_id = json.loads(proc.stdout.readline())["jobId"]
    worker = worker_mid_encode(proc, job_dir)

    def segments() -> int:
        return len(glob.glob(os.path.join(job_dir, "hls", ".*.partial", "segment_*.ts")))

    # Full from the second segment on, and while at least one whole segment is made after it (a busy machine may
    # let the worker get ahead of this test: counting from what exists when the disk is filled keeps the window
    # wide enough); room again (another file deleted) before the encode ends if it has not ended yet, so that the
    # muxer can write the rest and a playlist listing every segment, as if nothing had happened.
    wait_for(lambda: proc.poll() is not None or segments() >= 2, what="the second segment")
    with paused(worker):
        opened = segments()
        filler = fill(fs)
    wait_for(lambda: proc.poll() is not None or segments() >= opened + 2, what="two more segments, or the end")
    with paused(worker):
        os.remove(filler)
    rest, err = proc.communicate(timeout=120)
    assert proc.returncode == EXIT_FAILED, err
    events = [json.loads(line) for line in rest.splitlines()]
    failed = {f"{e['encoding']}:{e['quality']}": e["error"] for e in events if e["type"] == "rendition.failed"}
    assert "hls:180p" in failed and "No space left on device" in failed["hls:180p"], failed

    # Nothing calls a cut-short rendition encoded: not the store, not status.json, not the master playlist.
    job = JobStore().get(job_id)
    assert job.rendition("hls:180p").status == "failed"
    states = assert_job_outputs(job_dir, 2 * FRAMES)
    assert {rid: r.status for rid, r in ((r.id, r) for r in job.renditions)} == states
    kept = {r.path: os.stat(r.path).st_mtime_ns for r in job.renditions if r.status == "encoded"}

    r = cli("retry", job_id, "--failed-only")
    assert r.returncode == 0, r.stderr
    assert set(assert_job_outputs(job_dir, 2 * FRAMES).values()) == {"encoded"}
    assert {p: os.stat(p).st_mtime_ns for p in kept} == kept  # what was whole is kept as it is
    assert JobStore().get(job_id).status == "completed"


def test_a_disk_too_small_fails_every_rendition_plainly_and_retry_completes_after_room(silent, tiny_fs):
    fs = tiny_fs(64)
    out = os.path.join(fs, "out")
    job_dir = os.path.join(out, "tiny_silent3")
    r = cli("encode", silent, "--out", out, "--thumbnails", "none", "--segment-seconds", "1", "--json")
    assert r.returncode == EXIT_FAILED, r.stderr
    assert "Traceback" not in r.stderr
    job_id = json.loads(r.stdout.splitlines()[0])["jobId"]
    assert "No space left on device" in r.stdout
    job = JobStore().get(job_id)
    assert job.status in ("failed", "partial") and "failed" in {r.status for r in job.renditions}
    assert "failed" in assert_job_outputs(job_dir, FRAMES).values()  # and what is called encoded is whole
    assert not [p for p in glob.glob(os.path.join(job_dir, "**", ".*"), recursive=True)
                if not p.endswith(".rendition-studio.lock")]  # no half-written file left behind

    subprocess.run(["mount", "-o", "remount,size=4m", fs], check=True)  # room is made
    r = cli("retry", job_id, "--failed-only")
    assert r.returncode == 0, r.stderr
    assert set(assert_job_outputs(job_dir, FRAMES).values()) == {"encoded"}


# -- the checks themselves, on files cut short in every way ---------------------------------------------------------
@pytest.fixture
def encoded_hls(silent, tmp_path):
    """A real HLS rendition, and the bytes its muxer wrote per file (as the pipeline counts them)."""
    from app.core.engine import Engine
    from app.core.jobs import EncodeOptions, Job

    job = Job.create(silent, str(tmp_path / "out"), EncodeOptions(thumbnails=[], segment_seconds=1))
    assert Engine(JobStore()).run(job) == 0, job.error
    folder = tmp_path / "copy"
    shutil.copytree(os.path.join(job.out_dir, "hls", "180p"), folder)
    playlist = str(folder / "index.m3u8")
    written = {playlist: os.path.getsize(playlist)}
    for seg in sorted(glob.glob(str(folder / "segment_*.ts"))):
        written[seg] = os.path.getsize(seg)
    return playlist, written, os.path.join(job.out_dir, "mp4", "180p.mp4")


def test_hls_check_accepts_a_whole_rendition_and_refuses_every_cut(encoded_hls):
    playlist, written, _ = encoded_hls
    assert hasattr(hls, "verify_media_playlist")
    seconds, tolerance = FRAMES / 25, 2 / 25
    assert hls.verify_media_playlist(playlist, written, seconds, tolerance)["segments"] == 3
    segments = [p for p in written if p != playlist]

    def refused(written_now, fragment):
        with pytest.raises(RenditionError, match=fragment):
            hls.verify_media_playlist(playlist, written_now, seconds, tolerance)

    refused({**written, segments[1]: written[segments[1]] + 188}, "segment_00001.ts has")  # bytes lost on the way
    refused({k: v for k, v in written.items() if k != segments[2]}, "lists 3 segments; 2 were written")
    with pytest.raises(RenditionError, match="lasts 3.000 s; 5.000 s were encoded"):  # segments the muxer dropped
        hls.verify_media_playlist(playlist, written, seconds + 2, tolerance)
    with open(segments[1], "r+b") as fh:  # cut short on disk after the muxer wrote it
        fh.truncate(written[segments[1]] // 2)
    refused(written, "segment_00001.ts has")
    os.remove(segments[1])
    refused(written, "segment_00001.ts is missing")


def test_mp4_check_accepts_a_whole_file_and_refuses_every_cut(encoded_hls, tmp_path):
    from app.core.pipeline import verify_mp4

    _, _, mp4 = encoded_hls
    seconds, tolerance = FRAMES / 25, 2 / 25
    info = verify_mp4(mp4, FRAMES, seconds, tolerance)
    assert info["frames"] == FRAMES
    data = open(mp4, "rb").read()
    moov, mdat = data.find(b"moov") - 4, data.find(b"mdat") - 4
    assert 0 < moov < mdat  # faststart: the index first
    cut = tmp_path / "cut.mp4"
    for size in (len(data) - 1, len(data) - 1000, mdat + 8, mdat, moov + 100, moov, 100):
        cut.write_bytes(data[:size])
        with pytest.raises(RenditionError):
            verify_mp4(str(cut), FRAMES, seconds, tolerance)
    with pytest.raises(RenditionError, match="frames"):
        verify_mp4(mp4, FRAMES + 1, seconds, tolerance)
    with av.open(mp4) as c:
        assert c.streams.video[0].frames == FRAMES
