"""Issue 13, first slice: measuring renditions against their source (app.core.quality, the worker, the CLI)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from fractions import Fraction

import av
import numpy as np
import pytest

from app.core import quality
from app.core.engine import measure_isolated
from media import crash_on_open

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.fixture(scope="module")
def src(tmp_path_factory):
    from media import make_clip

    return make_clip(str(tmp_path_factory.mktemp("q") / "src.mp4"), width=320, height=180, seconds=2, audio=False)


def _frames(path):
    with av.open(path) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


def _write(path, pictures, *, width=None, height=None, fps=25, time_base=Fraction(1, 25), start=0, step=1,
           lossless=False):
    """Encode RGB pictures (scaled to width x height) with the given pts layout."""
    h0, w0 = pictures[0].shape[:2]
    width, height = width or w0, height or h0
    with av.open(path, "w") as out:
        vs = out.add_stream("libx264", rate=fps)
        vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
        vs.time_base = time_base
        vs.codec_context.time_base = time_base
        vs.codec_context.options = {"preset": "ultrafast", **({"qp": "0"} if lossless else {"crf": "23"})}
        for i, rgb in enumerate(pictures):
            frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(width=width, height=height,
                                                                             format="yuv420p")
            frame.pts, frame.time_base = start + i * step, time_base
            out.mux(vs.encode(frame))
        out.mux(vs.encode(None))
    return path


def test_identical_frames_score_perfect(src):
    result = quality.measure(src, src, None, 0, ("psnr", "ssim"), duration=2.0)
    assert result.frames == 50
    assert result.scores["ssim"].mean == 1.0 and result.scores["ssim"].min == 1.0
    # FFmpeg reports identical pictures as PSNR inf (JSON: null).
    assert result.scores["psnr"].mean == float("inf") and result.scores["psnr_y"].min == float("inf")
    assert result.to_dict()["scores"]["psnr"]["mean"] is None
    assert result.bitrate == int(os.path.getsize(src) * 8 / 2.0)


def test_blurred_and_noisy_renditions_score_lower(src, tmp_path):
    pictures = _frames(src)
    clean = _write(str(tmp_path / "clean.mp4"), pictures)
    blurred = _write(str(tmp_path / "blur.mp4"),
                     [np.vstack([p[:1], ((p[:-2].astype(np.uint16) + p[1:-1] + p[2:]) // 3).astype(np.uint8), p[-1:]])
                      for p in pictures])
    rng = np.random.default_rng(1)
    noisy = _write(str(tmp_path / "noisy.mp4"),
                   [np.clip(p.astype(np.int16) + rng.integers(-40, 40, p.shape), 0, 255).astype(np.uint8)
                    for p in pictures])
    c, b, n = (quality.measure(src, p, None, 0, duration=2.0) for p in (clean, blurred, noisy))
    for worse in (b, n):
        assert worse.scores["ssim"].mean < c.scores["ssim"].mean
        assert worse.scores["psnr"].mean < c.scores["psnr"].mean


def test_lower_rung_scores_lower(tmp_path):
    from media import make_clip

    source = make_clip(str(tmp_path / "s360.mp4"), width=640, height=360, seconds=1, audio=False)
    pictures = _frames(source)
    r360 = _write(str(tmp_path / "360.mp4"), pictures, width=640, height=360)
    r180 = _write(str(tmp_path / "180.mp4"), pictures, width=320, height=180)
    q360, q180 = (quality.measure(source, p, None, 0, duration=1.0) for p in (r360, r180))
    assert q180.scores["ssim"].mean < q360.scores["ssim"].mean
    assert q180.scores["psnr"].mean < q360.scores["psnr"].mean


def test_offset_time_base_pairs_the_right_frames(src, tmp_path):
    """The rendition starts at pts 5 s in a 1/1000 time base: raw pts would pair it with no or wrong frames;
    seconds from each stream's start pair frame i with frame i (lossless: a perfect score only if so)."""
    pictures = _frames(src)
    offset = _write(str(tmp_path / "offset.mp4"), pictures, time_base=Fraction(1, 1000), start=5000, step=40,
                    lossless=True)
    result = quality.measure(src, offset, None, 0, duration=2.0)
    assert result.frames == 50
    assert result.scores["ssim"].min > 0.99
    # The same pictures one frame late score much lower: pairing matters.
    late = _write(str(tmp_path / "late.mp4"), pictures[1:], lossless=True)
    assert quality.measure(src, late, None, 0, duration=2.0).scores["ssim"].mean < result.scores["ssim"].mean - 0.02


def test_windows_seek_and_score_the_same_frames(tmp_path):
    """A window far into the file is reached by seeking (MP4 and HLS): the same frames, the same scores."""
    from app.core.engine import Engine
    from app.core.jobs import Job
    from app.core.options import build_options
    from media import make_clip

    source = make_clip(str(tmp_path / "six.mp4"), width=320, height=180, seconds=6, audio=False)
    job = Job.create(source, str(tmp_path / "out"), build_options(thumbnails="none"))
    assert Engine().run(job) == 0
    windows = [(0.2, 0.6), (4.5, 5.3)]
    for path in (os.path.join(job.out_dir, "hls", "180p", "index.m3u8"), os.path.join(job.out_dir, "mp4", "180p.mp4")):
        full = quality.measure(source, path, None, 0, duration=6.0)
        part = quality.measure(source, path, windows, 0, duration=6.0)
        expected = [(t, s) for t, s in zip(full.frame_times, full.frame_scores["ssim"])
                    if any(a - 1e-6 <= t < b - 1e-6 for a, b in windows)]
        assert part.frame_times == pytest.approx([t for t, _ in expected])
        assert part.frame_scores["ssim"] == pytest.approx([s for _, s in expected])
        assert part.frames == 30


def test_close_windows_lose_no_frame_and_the_end_of_file_is_no_error(src):
    """Windows closer than a second are decoded on without a seek: the frame that ends one window can start the
    next (it used to be dropped), and a window past the end of the file after one that reached it yields
    nothing (it used to fail with "End of file")."""
    adjacent = [t for t, _ in quality._frames(src, [(0.0, 0.5), (0.5, 1.0), (1.2, 1.6)])]
    assert adjacent == pytest.approx([i / 25 for i in range(25)] + [i / 25 for i in range(30, 40)])
    past_end = [t for t, _ in quality._frames(src, [(0.0, 5.0), (5.2, 6.0)])]
    assert past_end == pytest.approx([i / 25 for i in range(50)])


def test_sampled_windows():
    assert quality.sampled_windows(2.0) is None  # shorter than 10 s: the whole clip
    windows = quality.sampled_windows(100.0)
    assert windows is not None
    assert abs(sum(b - a for a, b in windows) - 20.0) < 1e-6
    assert windows[0][0] >= 0 and windows[-1][1] <= 100.0


def test_damaged_rendition_gets_a_reason_others_are_scored(src, tmp_path):
    damaged = tmp_path / "damaged.mp4"
    data = open(src, "rb").read()
    damaged.write_bytes(data[:200] + b"\0" * 500)
    events = []
    renditions = [("mp4:good", src), ("mp4:bad", str(damaged)), ("mp4:gone", str(tmp_path / "x.mp4")),
                  ("mp4:again", src)]
    outcome = measure_isolated(src, renditions, duration=2.0, on_event=events.append)
    results = outcome["results"]
    assert results["mp4:good"]["quality"]["scores"]["ssim"]["mean"] == 1.0
    assert results["mp4:again"]["quality"]["frames"] == 50
    assert results["mp4:bad"]["error"] and "Traceback" not in results["mp4:bad"]["error"]
    assert "does not exist" in results["mp4:gone"]["error"]
    assert len(events) == 4
    assert outcome["vmaf"].startswith("VMAF:")


def test_hls_index_only_reads_its_own_folder(tmp_path):
    (tmp_path / "index.m3u8").write_text("#EXTM3U\n#EXTINF:2,\n../../etc/passwd\n#EXT-X-ENDLIST\n")
    with pytest.raises(quality.QualityError, match="outside its folder"):
        quality.measure(str(tmp_path / "index.m3u8"), str(tmp_path / "index.m3u8"))


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="no ffmpeg program on PATH to compare with")
def test_scores_match_the_ffmpeg_program(src, tmp_path):
    pictures = _frames(src)
    rendition = _write(str(tmp_path / "r.mp4"), pictures, width=160, height=90)
    ours = quality.measure(src, rendition, None, 0, duration=2.0)
    out = subprocess.run(["ffmpeg", "-hide_banner", "-i", rendition, "-i", src, "-lavfi",
                          "[0:v]scale=320:180:flags=bicubic,format=yuv420p[d];[1:v]format=yuv420p,split[r1][r2];"
                          "[d][r1]ssim[d2];[d2][r2]psnr", "-f", "null", "-"], capture_output=True, text=True).stderr
    ssim = float(out.split("All:")[1].split()[0])
    psnr = float(out.split("average:")[1].split()[0])
    assert abs(ours.scores["ssim"].mean - ssim) < 0.002
    assert abs(ours.scores["psnr"].mean - psnr) < 0.05


def test_cli_encode_then_quality_end_to_end(src, tmp_path):
    env = dict(os.environ, PYTHONPATH=ROOT)

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=300,
                              env=env, cwd=ROOT)

    enc = cli("encode", src, "--out", str(tmp_path / "out"), "--thumbnails", "none",
              "--quality", "sampled")
    assert enc.returncode == 0, enc.stderr
    assert "SSIM" in enc.stdout and "hls   180p" in enc.stdout and "VMAF: not available" in enc.stdout
    job_dir = tmp_path / "out" / "src"
    doc = json.loads((job_dir / "status.json").read_text())
    entries = doc["encoding"]["qualities"]
    assert {e["type"] for e in entries} == {"hls", "mp4"}
    for e in entries:
        assert 0 < e["measuredQuality"]["scores"]["ssim"]["mean"] < 1
        assert e["measuredQuality"]["bitrate"] > 0
    assert doc["encoding"]["qualityMeasurement"]["mode"] == "sampled"
    # The scores are the job's: in the store (the window shows them after a restart) and per frame in quality.json.
    from app.core.measure import load_series
    from app.core.store import JobStore
    job = JobStore().list()[0]
    assert all(r.measured and r.measured["mode"] == "sampled" and 0 < r.measured["scores"]["ssim"]["mean"] < 1
               for r in job.renditions)
    series = load_series(str(job_dir))["renditions"]
    assert set(series) == {r.id for r in job.renditions}
    assert len(series["hls:180p"]["times"]) == len(series["hls:180p"]["ssim"]) == job.renditions[0].measured["frames"]

    full = cli("quality", str(job_dir), "--full", "--json")  # the folder: its job is found in the store
    assert full.returncode == 0, full.stderr
    events = [json.loads(ln) for ln in full.stdout.splitlines()]
    scored = [e for e in events if e["type"] == "rendition.quality"]
    assert len(scored) == 2 and all(e["scores"]["frames"] == 50 for e in scored)

    os.remove(job_dir / "mp4" / "180p.mp4")
    (job_dir / "mp4" / "180p.mp4").write_bytes(b"not a video")
    broken = cli("quality", str(job_dir))
    assert broken.returncode == 4
    assert "not measured" in broken.stdout and "hls   180p  SSIM" in broken.stdout

    assert cli("quality", str(tmp_path / "nowhere")).returncode == 2
    assert cli("quality", str(job_dir), "--source", str(tmp_path / "missing.mp4")).returncode == 3


def test_rotated_source_is_compared_upright(tmp_path):
    """A portrait phone clip (coded 320x180, rotation 90): renditions are upright, so the source is rotated the
    engine's way before the comparison; without the rotation the pictures would not even have the same shape."""
    from app.core.engine import Engine, probe_isolated
    from app.core.jobs import Job
    from app.core.options import build_options
    from media import make_clip

    source = make_clip(str(tmp_path / "phone.mp4"), width=320, height=180, seconds=2, audio=False, rotation=90)
    info = probe_isolated(source)
    assert info.rotation in (90, 270)
    job = Job.create(source, str(tmp_path / "out"), build_options(thumbnails="none", formats="mp4"))
    assert Engine().run(job) == 0
    mp4 = os.path.join(job.out_dir, "mp4", os.listdir(os.path.join(job.out_dir, "mp4"))[0])
    upright = quality.measure(source, mp4, None, info.rotation, duration=2.0)
    wrong = quality.measure(source, mp4, None, (info.rotation + 180) % 360, duration=2.0)
    assert upright.scores["ssim"].mean > 0.6
    assert upright.scores["ssim"].mean > wrong.scores["ssim"].mean + 0.1


def test_a_worker_crash_fails_only_that_rendition(src, tmp_path, monkeypatch):
    """The worker crashing on one file (simulated: it kills itself when it opens 'crash.mp4'): that rendition
    fails with a plain reason, the others are still measured."""
    crash = tmp_path / "crash.mp4"
    shutil.copy(src, crash)
    crash_on_open(tmp_path, monkeypatch)
    outcome = measure_isolated(src, [("mp4:a", src), ("mp4:crash", str(crash)), ("mp4:b", src)], duration=2.0)
    results = outcome["results"]
    assert results["mp4:a"]["quality"]["frames"] == 50 and results["mp4:b"]["quality"]["frames"] == 50
    assert "crashed" in results["mp4:crash"]["error"] and "SIGSEGV" in results["mp4:crash"]["error"]


def test_scores_survive_a_retry_of_another_rendition_and_go_with_a_new_output(src, tmp_path):
    """Measured scores are part of the job: re-encoding one rendition clears its scores only; status.json written
    after that run keeps the other rendition's measuredQuality."""
    from app.core.engine import Engine
    from app.core.jobs import Job
    from app.core.measure import measure_outputs
    from app.core.options import build_options
    from app.core.store import JobStore

    store = JobStore()
    job = Job.create(src, str(tmp_path / "out"), build_options(thumbnails="none"))
    assert Engine(store).run(job) == 0
    events = []
    outcome = measure_outputs(job.out_dir, src, job=job, store=store, on_event=events.append)
    assert not outcome.failed and [e["type"] for e in events][0::len(events) - 1] == ["quality.started",
                                                                                      "quality.finished"]
    saved = store.get(job.id)
    assert {r.id for r in saved.renditions if r.measured} == {"hls:180p", "mp4:180p"}
    assert saved.renditions[0].measured["vmaf"].startswith("VMAF")
    saved.prepare_retry(["mp4:180p"])
    assert Engine(store).run(saved) == 0
    again = store.get(job.id)
    assert again.rendition("hls:180p").measured == saved.rendition("hls:180p").measured
    assert again.rendition("mp4:180p").measured is None
    doc = json.loads(open(os.path.join(job.out_dir, "status.json")).read())
    by_id = {f"{e['type']}:{e['quality']}": e for e in doc["encoding"]["qualities"]}
    assert "measuredQuality" in by_id["hls:180p"] and "measuredQuality" not in by_id["mp4:180p"]


def test_the_same_encode_in_two_containers_is_measured_once_with_the_same_scores(src, tmp_path):
    """The MP4 that shares the top HLS rung's encode decodes to the same pictures: `measure_many` scores it once
    (its twin's scores, its own bitrate), and those are exactly what measuring it alone gives. Another encode of
    the same size is no twin."""
    from app.core.engine import Engine
    from app.core.jobs import Job
    from app.core.options import build_options

    job = Job.create(src, str(tmp_path / "out"), build_options(thumbnails="none"))
    assert Engine().run(job) == 0
    hls = os.path.join(job.out_dir, "hls", "180p", "index.m3u8")
    mp4 = os.path.join(job.out_dir, "mp4", "180p.mp4")
    other = _write(str(tmp_path / "other.mp4"), _frames(src))  # 320x180 too, its own encode
    pairs = [("hls", hls), ("mp4", mp4), ("other", other)]
    assert quality._twins(pairs) == {"mp4": "hls"}
    found = quality.measure_many(src, pairs, None, 0, duration=2.0)
    alone = quality.measure(src, mp4, None, 0, duration=2.0)
    assert found["mp4"].to_dict() == alone.to_dict() and found["mp4"].series() == alone.series()
    assert found["mp4"].scores == found["hls"].scores and found["mp4"].frame_times == found["hls"].frame_times
    assert found["mp4"].bitrate == int(os.path.getsize(mp4) * 8 / 2.0) != found["hls"].bitrate
    assert found["other"].scores["ssim"].mean != found["hls"].scores["ssim"].mean
    # Sampled windows too (the twin's scores are over the same frames).
    windows = [(0.2, 0.6), (1.2, 1.5)]
    found = quality.measure_many(src, pairs[:2], windows, 0, duration=2.0)
    assert found["mp4"].to_dict() == quality.measure(src, mp4, windows, 0, duration=2.0).to_dict()


@pytest.mark.parametrize("windows", [None, [(0.2, 0.6), (1.2, 1.5)]])
def test_renditions_measured_in_threads_score_what_one_pass_gives(src, tmp_path, windows):
    """`measure_many(threads=...)` (the worker measures with one thread a core): the renditions dealt out to
    groups measured at once, each group decoding the source itself, give exactly the scores of one pass, with
    XPSNR's temporal term too; a twin across groups still takes its twin's scores; a damaged one fails alone."""
    pictures = _frames(src)
    renditions = [("a", _write(str(tmp_path / "a.mp4"), pictures, width=160, height=90)),
                  ("b", _write(str(tmp_path / "b.mp4"), pictures, width=240, height=136)),
                  ("c", _write(str(tmp_path / "c.mp4"), pictures)),
                  ("d", str(tmp_path / "gone.mp4"))]
    shutil.copy(renditions[2][1], tmp_path / "c2.mp4")
    renditions.append(("c2", str(tmp_path / "c2.mp4")))  # the same encode as c: a twin
    metrics = ("psnr", "ssim", "xpsnr")
    one = quality.measure_many(src, renditions, windows, 0, metrics, duration=2.0)
    for threads in (2, 3, None):
        found = quality.measure_many(src, renditions, windows, 0, metrics, duration=2.0, threads=threads)
        assert set(found) == set(one)
        for rid in ("a", "b", "c", "c2"):
            assert found[rid].to_dict() == one[rid].to_dict() and found[rid].series() == one[rid].series(), rid
        assert isinstance(found["d"], quality.QualityError) and str(found["d"]) == str(one["d"])
    assert {"psnr", "ssim", "xpsnr_y"} <= set(one["a"].scores)
    assert one["a"].scores["xpsnr_y"].mean < one["b"].scores["xpsnr_y"].mean < one["c"].scores["xpsnr_y"].mean
    assert one["c2"].scores == one["c"].scores


def test_renditions_are_measured_in_groups_only_where_xpsnr_makes_it_pay():
    assert quality.measuring_threads(("psnr", "ssim"), cores=8) == 1
    assert quality.measuring_threads(("psnr", "ssim", "xpsnr"), cores=8) == 8
    assert quality.measuring_threads(("xpsnr",), cores=1) == 1
