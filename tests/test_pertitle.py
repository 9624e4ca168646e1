"""Per-title ladders: the hull, the rung choice and BD-rate on known numbers; then a real analysis end to end."""

import json
import math
import os
import re
import threading
import time
from fractions import Fraction

import pytest

from app.core import pertitle
from app.core.pertitle import Point, bd_rate, bd_rate_auto, bd_rate_linear, choose_rungs, convex_hull, top_kbps


def pts(short, pairs, width=None):
    w = width or short * 16 // 9
    return [Point(short, w, short, 40.0 - i * 6, float(k), float(q)) for i, (k, q) in enumerate(pairs)]


P360 = pts(360, [(100, 30), (200, 34), (400, 36), (800, 37)])
P720 = pts(720, [(300, 31), (600, 37), (1200, 41), (2400, 42.5)])
P1080 = pts(1080, [(200, 28), (400, 35), (800, 40), (1600, 43), (3200, 43.5)])


def test_convex_hull_keeps_only_the_upper_hull_up_to_the_best_point():
    inner = Point(720, 1280, 720, 30, 400, 33)  # under the line from (200, 34) to (800, 40)
    worse = Point(720, 1280, 720, 20, 6400, 43.0)  # more bits, less than the best: past the hull's end
    hull = convex_hull(P360 + P1080 + [inner, worse])
    # 1080p at 800 kb/s lies on the straight piece from (200, 34) to (1600, 43): not a corner of the hull
    assert [(p.short, p.kbps) for p in hull] == [(360, 100), (360, 200), (1080, 1600), (1080, 3200)]
    # every point is on or under the hull's straight pieces (log2 bitrate)
    for p in P360 + P1080 + [inner]:
        assert p.quality <= pertitle.hull_quality(hull, p.kbps) + 1e-9


def test_top_rung_where_more_bits_stop_helping():
    top = top_kbps(P1080)
    # 1600 -> 3200 buys 0.5 dB; the last doubling that still bought 1 dB ends at 1600 * 2 ** 0.75 (grid of 1/8)
    assert top == pytest.approx(1600 * 2 ** 0.75, rel=1e-6)
    assert top_kbps(P1080, max_kbps=1000) == 1000
    assert top_kbps(P1080, transparent_db=40.0) == pytest.approx(800, rel=0.1)


def test_rungs_on_the_hull_with_visible_steps():
    rungs = choose_rungs(P360 + P720 + P1080)
    assert [r.short for r in rungs] == [360, 720, 1080]  # the best free resolution at each bitrate
    top = rungs[-1]
    assert top.kbps == pytest.approx(1600 * 2 ** 0.75, rel=1e-6) and top.quality == pytest.approx(43.375)
    mid = rungs[1]
    assert mid.quality <= top.quality - 2.0 and top.kbps / mid.kbps >= 1.5
    assert 41.0 < mid.quality <= 41.375 + 1e-9
    # 360p's curve is flat above 800 kb/s: its rung costs no more than that
    assert rungs[0].kbps == pytest.approx(800) and rungs[0].quality == pytest.approx(37)
    # CRF from the rung's own curve: 720p's points are CRF 40, 34, 28, 22 at 300, 600, 1200, 2400 kb/s
    x = math.log2(mid.kbps / 1200)
    assert mid.crf == pytest.approx(28 - 6 * x, abs=1e-6)
    capped = choose_rungs(P360 + P720 + P1080, max_kbps=1000)
    assert max(r.kbps for r in capped) <= 1000
    assert capped[-1].short == 1080 and capped[-1].quality == pytest.approx(40 + 3 * math.log2(1000 / 800))


def test_no_rung_adds_less_than_a_visible_step():
    flat = pts(360, [(100, 40), (200, 40.5), (400, 40.8), (800, 41)])
    rungs = choose_rungs(flat + pts(240, [(50, 36), (100, 37), (200, 37.5)]))
    assert [r.short for r in rungs] == [240, 360]
    assert rungs[1].quality - rungs[0].quality >= 2.0
    assert rungs[1].kbps <= 200  # saturated: 100 -> 200 buys 0.5 dB


def test_a_flat_curve_under_the_lowest_bitrate_still_gets_one_rung():
    """Grain that no encode keeps: quality flat from the cheapest encode up (XPSNR weighs the errors down where
    the source is busy), so more bits stop helping before the lowest bitrate allowed (40 kb/s): one rung there,
    at the best resolution for it, not an empty ladder."""
    grain = pts(240, [(14, 33.3), (24, 33.9), (59, 34.06)]) + pts(1080, [(120, 33.3), (347, 33.8), (4000, 34.0)])
    rungs = choose_rungs(grain)
    assert len(rungs) == 1
    r = rungs[0]
    assert r.short == 240 and r.kbps == pytest.approx(40) and 33.9 < r.quality < 34.06
    assert 30 < r.crf < 40  # between the CRFs of 24 and 59 kb/s (34 and 28): along the curve, not past it


def test_bd_rate_known_shift():
    ref = [(200.0, 30.0), (400.0, 34.0), (800.0, 37.0), (1600.0, 39.0)]
    assert bd_rate(ref, ref) == pytest.approx(0.0, abs=1e-9)
    cheaper = [(r * 0.7, q) for r, q in ref]  # 30 % fewer bits at every quality
    assert bd_rate(ref, cheaper) == pytest.approx(-30.0, abs=1e-6)
    assert bd_rate(cheaper, ref) == pytest.approx(100 / 0.7 - 100, abs=1e-6)
    # a different shape: the integral over the common quality range only
    half = [(200.0, 30.0), (400.0, 34.0)]
    assert bd_rate(ref, [(r * 0.5, q) for r, q in half]) == pytest.approx(-50.0, abs=1e-6)
    with pytest.raises(ValueError):
        bd_rate(ref, [(100.0, 50.0), (200.0, 60.0)])


def test_bd_rate_linear_and_the_choice_of_fit():
    ref = [(200.0, 30.0), (400.0, 34.0), (800.0, 37.0), (1600.0, 39.0)]
    cheaper = [(r * 0.7, q) for r, q in ref]
    assert bd_rate_linear(ref, cheaper) == pytest.approx(-30.0, abs=1e-6)
    # log-rate linear in quality on both: 1 dB more costs 2 ** (1/3) more bits; the test is 1 dB better everywhere
    line = [(100.0 * 2 ** (k / 3), 30.0 + k) for k in range(7)]
    better = [(r, q + 1.0) for r, q in line]
    assert bd_rate_linear(line, better) == pytest.approx((2 ** (-1 / 3) - 1) * 100, abs=1e-6)
    assert bd_rate_auto(ref, cheaper) == (pytest.approx(-30.0, abs=1e-6), "cubic")
    # quality hardly moves over a 7x range of bitrates (the 'natural' clip's fixed ladder): not the cubic
    flat = [(159.0, 22.30), (300.0, 22.36), (550.0, 22.45), (1079.0, 22.50), (2000.0, 22.52)]
    test = [(120.0, 22.2), (400.0, 22.4), (900.0, 22.6), (1500.0, 24.0)]
    value, method = bd_rate_auto(flat, test)
    assert method == "linear" and value == pytest.approx(bd_rate_linear(flat, test))
    # not monotonic (quality falls as bits rise): linear too
    dip = [(200.0, 30.0), (400.0, 34.0), (800.0, 33.0), (1600.0, 39.0)]
    assert bd_rate_auto(ref, dip)[1] == "linear"
    # three points: no cubic
    assert bd_rate_auto(ref[:3], cheaper[:3])[1] == "linear"


def test_a_points_quality_is_a_full_gops():
    # keyframes score 50, other pictures 40; GOP of 50 pictures: (50 + 49 * 40) / 50, however many were scored
    picked = [(0.0, "key"), (0.04, "other"), (0.12, "lead"), (0.16, "other"), (2.0, "key"), (2.04, "other")]
    assert pertitle._gop_quality([50, 40, 99, 40, 50, 40], picked, 50) == pytest.approx(40.2)
    assert pertitle._gop_quality([50, 41, 0, 39, 52, 40], picked, 50) == pytest.approx((51 + 49 * 40) / 50)
    # scores that do not pair up with the picked pictures: the plain mean
    assert pertitle._gop_quality([50, 40, 40], picked, 50) == pytest.approx(130 / 3)


def test_load_analysis_missing_or_damaged(tmp_path):
    assert pertitle.load_analysis(str(tmp_path)) is None
    (tmp_path / pertitle.ANALYSIS_FILE).write_text("{not json")
    assert pertitle.load_analysis(str(tmp_path)) is None
    (tmp_path / pertitle.ANALYSIS_FILE).write_text('{"metric": "xpsnr"}')
    assert pertitle.load_analysis(str(tmp_path)) is None
    data = {"metric": "xpsnr", "points": [{"height": 240, "crf": 30, "kbps": 100.0, "quality": 40.0}],
            "hull": [{"height": 240, "crf": 30, "kbps": 100.0, "quality": 40.0}], "rungs": []}
    pertitle.save_analysis(str(tmp_path), data)
    assert pertitle.load_analysis(str(tmp_path)) == data


# -- end to end ------------------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_a_still_slide_gets_a_much_cheaper_ladder_than_noise(tmp_path, qapp):
    from test_rate_control import noise, static_slide, write_clip

    from app.core.engine import Engine
    from app.core.jobs import Job
    from app.core.options import build_options

    results, grid_bitrates, stops = {}, {}, {}
    for name, frames in (("slide", static_slide()), ("noise", noise())):
        src = write_clip(str(tmp_path / f"{name}.mp4"), frames, seconds=3)
        events = []
        job = Job.create(src, str(tmp_path / "out"), build_options(preset="per-title", thumbnails="none"))
        assert Engine().run(job, events.append) == 0, job.error
        analysis = [e for e in events if e["type"] == "job.analysis"]
        assert analysis and analysis[-1]["fraction"] == 1.0
        assert [e["fraction"] for e in analysis] == sorted(e["fraction"] for e in analysis)
        planned = next(e for e in events if e["type"] == "job.planned")
        assert events.index(analysis[-1]) < events.index(planned)
        plan = planned["plan"]
        assert plan["ladder"] == "per-title" and plan["analysis"]["metric"] == "xpsnr"
        # 240p and 360p at each CRF: measured, or (noise) stopped after the first windows, far over any rung
        stopped = [n for n in plan["analysis"]["notes"] if "stopped after the first windows" in n]
        assert len(plan["analysis"]["points"]) + len(stopped) == 2 * len(pertitle.CRFS)
        stops[name] = stopped
        assert 0 < plan["analysis"]["cpu_seconds"]
        kept = pertitle.load_analysis(job.out_dir)  # the window's chart reads it after a restart
        assert kept == plan["analysis"]
        assert 1 <= len(kept["hull"]) <= len(kept["points"])
        assert kept["rungs"] and all(r["quality"] > 0 and r["kbps"] > 0 for r in kept["rungs"])
        with open(os.path.join(job.out_dir, "status.json")) as fh:
            status = json.load(fh)
        entries = [q for q in status["encoding"]["qualities"] if q["type"] == "hls"]
        assert entries and all(q["perTitle"]["predictedQuality"]["metric"] == "xpsnr" for q in entries)
        assert all(q["perTitle"]["height"] <= 360 for q in entries)
        hls = [r for r in plan["renditions"] if r["type"] == "hls"]
        assert all(r["crf"] is not None for r in hls)  # capped CRF
        grid_bitrates[name] = ({r["id"]: f"{r['video_kbps']} kb/s" for r in hls}, job)
        results[name] = sum(r.size for r in job.renditions if r.type == "hls"), max(r["video_kbps"] for r in hls)
    # Measured: noise's ladder 108-112 kB (one 240p rung at the top bitrate, 320 kb/s; with its CRF 21 probes kept,
    # a second rung extrapolated under 360p's cheapest probe: 5x); the slide's 38 kB in one 360p rung at 58 kb/s
    # with four windows, 65 kB with three (2026-12-02): a 240p rung at 40 kb/s (24 dB) under the 360p one at
    # 61 kb/s (49 dB), 1.5x its bitrate and a visible step. Its top rung stays a fifth of noise's.
    assert results["slide"][1] * 4 < results["noise"][1], results
    assert results["slide"][0] * 1.5 < results["noise"][0], results
    # noise at CRF 21 runs at many times any rung's bitrate: stopped early (the dearest probes); slides never
    assert stops["noise"] and not stops["slide"], stops
    from app.gui.models import RenditionTableModel

    for expected, job in grid_bitrates.values():  # the grid's Target bitrate is the per-title one
        model = RenditionTableModel()
        model.set_job(job)
        cells = {job.renditions[row].id: model.data(model.index(row, model.COL_BITRATE))
                 for row in range(model.rowCount()) if job.renditions[row].id in expected}
        assert cells == expected and cells, cells
    assert results["slide"][1] * 3 < results["noise"][1], results


@pytest.mark.slow
def test_a_per_title_ladder_is_measured_in_the_metric_its_quality_was_predicted_in(tmp_path):
    """Measuring a per-title job (`--quality`, Job › Measure quality) scores each rung in XPSNR too, the metric the
    analysis predicted it in, and the command line prints the prediction beside it: before, the rungs showed a
    predicted XPSNR beside a measured PSNR and SSIM only (a slide deck's 1080p rung: "predicted XPSNR 48.7 dB",
    PSNR 42.1 dB), which cannot be compared. A folder without an analysis is measured as before. The job is
    measured as read back from the store (`rendition-studio quality JOB`, the window after a restart): the store
    keeps each rung's prediction (before, it dropped it, and measuring wrote status.json without `perTitle`)."""
    from test_rate_control import static_slide, write_clip

    from app.cli import _quality_row
    from app.core.engine import Engine
    from app.core.jobs import Job
    from app.core.measure import default_metrics, measure_outputs
    from app.core.options import build_options
    from app.core.quality import DEFAULT_METRICS
    from app.core.store import JobStore

    assert default_metrics(str(tmp_path)) == DEFAULT_METRICS == ("psnr", "ssim")
    src = write_clip(str(tmp_path / "slide.mp4"), static_slide(), seconds=2)
    store = JobStore()
    job = Job.create(src, str(tmp_path / "out"), build_options(preset="per-title", thumbnails="none"))
    assert Engine(store).run(job) == 0, job.error
    assert default_metrics(job.out_dir) == ("psnr", "ssim", "xpsnr")
    predicted = {r.id: r.predicted for r in job.renditions}
    job = JobStore().get(job.id)
    assert {r.id: r.predicted for r in job.renditions} == predicted
    events = []
    outcome = measure_outputs(job.out_dir, src, job=job, store=store, on_event=events.append)
    assert not outcome.failed
    rungs = [r for r in job.renditions if r.type == "hls"]
    assert rungs and all(r.predicted and r.predicted["metric"] == "xpsnr" for r in rungs)
    for r in job.renditions:
        scores = r.measured["scores"]
        assert {"psnr", "ssim", "xpsnr_y"} <= set(scores), (r.id, sorted(scores))
        assert 10 < scores["xpsnr_y"]["mean"] < 100
    with open(os.path.join(job.out_dir, "status.json")) as fh:
        entries = json.load(fh)["encoding"]["qualities"]
    assert all("xpsnr_y" in q["measuredQuality"]["scores"] for q in entries)
    assert all(q["perTitle"]["predictedQuality"]["metric"] == "xpsnr" for q in entries if q["type"] == "hls")
    r = rungs[-1]
    row = _quality_row(r.id, {"quality": r.measured}, r.predicted)
    assert f"XPSNR {r.measured['scores']['xpsnr_y']['mean']:.2f} / " in row
    assert f"(predicted {r.predicted['xpsnr']:.1f})" in row
    assert "predicted" not in _quality_row(r.id, {"quality": r.measured})


@pytest.mark.slow
def test_cancel_during_the_analysis(tmp_path):
    from test_rate_control import noise, write_clip

    from app.core.engine import Engine
    from app.core.errors import EXIT_CANCELLED
    from app.core.jobs import Job
    from app.core.options import build_options

    src = write_clip(str(tmp_path / "noise.mp4"), noise(), seconds=3)
    cancel = threading.Event()
    events = []

    def on_event(ev):
        events.append(ev)
        if ev["type"] == "job.analysis":
            cancel.set()

    job = Job.create(src, str(tmp_path / "out"), build_options(ladder="per-title", thumbnails="none"))
    assert Engine().run(job, on_event, cancel) == EXIT_CANCELLED
    assert not any(e["type"] == "job.planned" for e in events)
    assert not os.path.exists(job.out_dir)


def test_a_rung_under_the_cheapest_encodes_is_predicted_along_the_curve_not_its_last_wobble():
    """Measured on a 3 s clip: at 240p, CRF 30 and 39 came out at almost the same bitrate (288 and 286 kb/s) with
    7 dB between them; their segment extended to the 213 kb/s rung predicted -198 dB at CRF 51, and the 360p rung
    under its cheapest encode got CRF 10 (clamped) with the quality of 479 kb/s. Under the cheapest encode the
    prediction follows the chord of the resolution's encodes."""
    from app.core.pertitle import CRF_RANGE, curves_of

    def p(short, crf, kbps, q):
        return Point(short, short * 16 // 9, short, crf, kbps, q)

    points = [p(240, 21, 663.3, 32.728), p(240, 30, 288.3, 28.92), p(240, 39, 285.5, 21.645),
              p(360, 21, 929.3, 43.671), p(360, 30, 479.3, 36.302), p(360, 39, 508.3, 29.817)]
    curves = curves_of(points)
    q240 = curves[240].quality(213.3)
    assert 15.0 < q240 < 21.645  # below the cheapest encode's quality, by the curve's own slope (about 9 dB/doubling)
    assert CRF_RANGE[0] < curves[240].crf(213.3) < CRF_RANGE[1]
    q360 = curves[360].quality(320.0)
    assert 28.0 < q360 < 36.302
    assert 30.0 < curves[360].crf(320.0) < CRF_RANGE[1]


def test_window_plan_known_lengths():
    s = pertitle.Settings()
    # three windows of 3.2 % of the source, 0.32 s at least (8 pictures at 25/s), 2 s at most; over 62.5 s more
    # windows of 2 s, sampling no more than 9.6 % of the source, six at most; one window when they do not fit
    assert pertitle.window_plan(10.0, s) == (3, pytest.approx(0.32))
    assert pertitle.window_plan(30.0, s) == (3, pytest.approx(0.96))
    assert pertitle.window_plan(62.5, s) == (3, pytest.approx(2.0))
    assert pertitle.window_plan(90.0, s) == (4, pytest.approx(2.0))
    assert pertitle.window_plan(110.0, s) == (5, pytest.approx(2.0))
    assert pertitle.window_plan(600.0, s) == (6, pytest.approx(2.0))
    assert pertitle.window_plan(0.9, s) == (1, pytest.approx(0.9))
    assert pertitle.window_plan(10.0, pertitle.Settings(windows=4)) == (4, pytest.approx(0.32))
    assert pertitle.window_plan(600.0, pertitle.Settings(window_seconds=0.5)) == (3, pytest.approx(0.5))
    assert pertitle.window_plan(10.0, pertitle.Settings(windows=3, window_seconds=0.5)) == (3, pytest.approx(0.5))


def test_measuring_in_threads_gives_the_same_scores_as_one_pass(tmp_path):
    """The analysis measures its encodes in several threads (each its own files and graphs): every score is the
    one a single `measure_many` pass gives, and a lower CRF scores higher."""
    import av

    from app.core import quality
    from media import make_clip

    src = make_clip(str(tmp_path / "src.mp4"), width=320, height=180, seconds=1.0, audio=False)
    renditions = []
    for crf in (18, 30, 42):
        path = str(tmp_path / f"crf{crf}.mp4")
        with av.open(src) as inp, av.open(path, "w") as out:
            s = out.add_stream("libx264", rate=25)
            s.width, s.height, s.pix_fmt = 160, 90, "yuv420p"
            s.codec_context.options = {"preset": "ultrafast", "crf": str(crf)}
            for frame in inp.decode(video=0):
                out.mux(s.encode(frame.reformat(160, 90, "yuv420p")))
            out.mux(s.encode(None))
        renditions.append((f"crf{crf}", path))
    spans = [(-0.01, 0.3), (0.49, 0.79)]  # 0.00-0.28 and 0.52-0.76 s: 8 + 7 pictures
    single = quality.measure_many(src, renditions, spans, 0, (pertitle.METRIC,))
    for threads in (2, 3, 5):
        found = pertitle.measure_parallel(src, renditions, spans, 0, threads)
        assert set(found) == {rid for rid, _ in renditions}
        for rid, _ in renditions:
            assert found[rid].frames == single[rid].frames == 15
            assert found[rid].frame_scores[pertitle.METRIC_KEY] == single[rid].frame_scores[pertitle.METRIC_KEY]
    means = [single[rid].scores[pertitle.METRIC_KEY].mean for rid, _ in renditions]
    assert means[0] > means[1] + 1 > means[2] + 3, means  # 28.9, 27.5, 22.2 dB measured


def _stopped(a) -> set[tuple[int, float]]:
    """The probes an analysis stopped after its first windows (far over any rung): (size, CRF) from its notes."""
    found = [re.match(r"(\d+)p at CRF ([\d.]+): stopped after the first windows", n) for n in a.notes]
    return {(int(m[1]), float(m[2])) for m in found if m}


def test_feeding_the_smaller_encodes_from_a_thread_changes_no_point(tmp_path):
    """The probes under the source's size are fed from a thread of their own: the same points as feeding them all
    from one thread (x264 at 240p wobbles by ~0.01 % run to run), and no feeding thread is left behind."""
    from media import make_clip

    from app.core.ladder import plan_job
    from app.core.probe import probe_source

    src = make_clip(str(tmp_path / "src.mp4"), width=640, height=360, seconds=3.0, audio=False)
    info = probe_source(src)
    plan = plan_job(info, preset="default", formats=("hls",))
    found = {}
    for threaded in (False, True):
        a = pertitle.analyse(info, plan, lambda ev: None, pertitle.Settings(feed_thread=threaded),
                             work_dir=str(tmp_path))
        found[threaded] = {(p.short, p.crf): p for p in a.points}
        assert set(a.phases) == {"encoding", "measuring"} and all(w > 0 for w, _ in a.phases.values())
        assert set(found[threaded]) | _stopped(a) == {(s, c) for s in (240, 360) for c in pertitle.CRFS}
    assert set(found[True]) == set(found[False])
    for k, p in found[False].items():
        q = found[True][k]
        assert q.kbps == pytest.approx(p.kbps, rel=0.01) and q.quality == pytest.approx(p.quality, abs=0.05), k
    assert not [t for t in threading.enumerate() if t.name == "pertitle-feed"]


def test_pick_kind_keys_and_one_other_in_stride():
    """Every keyframe and one other picture in `stride`, centred (quality decays after a key)."""
    assert [pertitle.pick_kind(k, 50, 4) for k in range(8)] == [
        "key", None, "other", None, None, None, "other", None]
    assert [pertitle.pick_kind(k, 2, 1) for k in range(3)] == ["key", "other", "key"]


def test_stream_scorer_scores_what_ffmpegs_filter_gives_each_pair(tmp_path):
    """The probes scored while they are encoded (`StreamScorer`: packets decoded in threads, the source's XPSNR
    weights once for all) against FFmpeg's xpsnr filter given each picked picture's neighbour and then the
    picture (source first, the encode scaled to the source's size): the same scores; a lower CRF scores higher; a
    probe whose packets cannot be decoded fails alone; a stopped probe scores nothing after it stops. A probe's
    pictures that no score needs and none refers to (x264's non-reference B-pictures) are not decoded."""
    import av
    import numpy as np
    from av.video.frame import PictureType

    from app.core import quality
    from media import make_clip

    src = make_clip(str(tmp_path / "src.mp4"), width=320, height=180, seconds=1.0, audio=False)
    with av.open(src) as c:
        pictures = [f.reformat(format="yuv420p") for f in c.decode(video=0)]
    windows = [list(range(0, 8)), list(range(12, 20))]
    paths = ["crf18", "crf42", "broken", "stopped", "bpictures"]
    scorer = pertitle.StreamScorer(paths, (320, 180), threads=2)
    encoders: dict = {}
    for name, crf in (("crf18", 18), ("crf42", 42), ("stopped", 30), ("bpictures", 30)):
        enc = av.CodecContext.create("libx264", "w")
        enc.width, enc.height, enc.pix_fmt, enc.time_base = 160, 90, "yuv420p", Fraction(1, 25)
        enc.options = {"preset": "ultrafast", "crf": str(crf)}
        if name == "bpictures":  # veryfast's B-pictures, every time (this moving clip gets none adaptively)
            enc.options = {"preset": "veryfast", "crf": str(crf), "x264-params": "b-adapt=0"}
        encoders[name] = enc
    fed: list = []  # the B-picture probe's packets, as the scorer got them
    expected_kinds = []
    for w, window in enumerate(windows):
        prev = None
        for k, i in enumerate(window):
            kind = pertitle.pick_kind(k, 50, 4)
            neighbour = None if not kind else pertitle.StreamScorer.NEXT if k == 0 else prev
            store = kind is not None or k == 1 or pertitle.pick_kind(k + 1, 50, 4) is not None
            luma = np.frombuffer(pictures[i].planes[0], np.uint8).reshape(180, -1)[:, :320].copy() if store else None
            scorer.picture(i, luma, kind, neighbour)
            if kind:
                expected_kinds.append((i, kind, window[1] if k == 0 else prev))
            small = pictures[i].reformat(160, 90, "yuv420p")
            small.pts, small.time_base = i, Fraction(1, 25)
            small.pict_type = PictureType.NONE  # the decoded source's P would force x264's picture types
            for name, enc in encoders.items():
                if name == "stopped" and w == 1:
                    continue
                for pkt in enc.encode(small):
                    scorer.packet(name, pkt, enc.extradata)
                    fed += [(bytes(pkt), pkt.pts, pkt.dts)] if name == "bpictures" else []
            scorer.packet("broken", type("P", (), {"pts": i, "dts": i, "__bytes__": lambda self: b"\0" * 64})(), None)
            prev = i
        scorer.window_end()
        if w == 0:
            scorer.drop("stopped")
    for name, enc in encoders.items():
        for pkt in enc.encode(None):
            scorer.packet(name, pkt, enc.extradata)
            fed += [(bytes(pkt), pkt.pts, pkt.dts)] if name == "bpictures" else []
    scores, errors = scorer.finish()
    assert set(errors) <= {"broken"} and not scores["broken"]
    assert [t for t, _, _ in expected_kinds] == scorer.order == [0, 2, 6, 12, 14, 18]
    assert not scores["stopped"] or max(scores["stopped"]) < 12  # nothing of the second window
    for name in ("crf18", "crf42"):
        assert sorted(scores[name]) == [0, 2, 6, 12, 14, 18], name
    assert scorer.decoded["crf18"] == scorer.decoded["crf42"] == 16  # ultrafast: no B-pictures, all decoded
    # the B-picture probe: its picks scored as when every picture is decoded (here, from the same packets), though
    # its unreferenced B-pictures that no score needs were not decoded
    assert 6 <= scorer.decoded["bpictures"] < 16, scorer.decoded
    dec = av.CodecContext.create("h264", "r")
    frames = {}
    for data, pts, dts in fed:
        pkt = av.Packet(data)
        pkt.pts, pkt.dts = pts, dts
        frames.update((f.pts, f) for f in dec.decode(pkt))
    frames.update((f.pts, f) for f in dec.decode(None))
    assert len(frames) == 16
    for i, _, neighbour in expected_kinds:
        scorer_ff = quality._Scorer(("xpsnr",), 0)
        scorer_ff.score(pictures[neighbour], frames[neighbour])
        assert scores["bpictures"][i] == pytest.approx(scorer_ff.score(pictures[i], frames[i])["xpsnr_y"], abs=1e-3)
    for name, crf in (("crf18", 18), ("crf42", 42)):  # the same encode again (x264 is deterministic), decoded here
        enc = av.CodecContext.create("libx264", "w")
        enc.width, enc.height, enc.pix_fmt, enc.time_base = 160, 90, "yuv420p", Fraction(1, 25)
        enc.options = {"preset": "ultrafast", "crf": str(crf)}
        dec = av.CodecContext.create("h264", "r")
        frames = {}
        for i in windows[0] + windows[1] + [None]:
            if i is None:
                packets = enc.encode(None)
            else:
                small = pictures[i].reformat(160, 90, "yuv420p")
                small.pts, small.time_base = i, Fraction(1, 25)
                small.pict_type = PictureType.NONE
                packets = enc.encode(small)
            for pkt in packets:
                for f in dec.decode(pkt):
                    frames[f.pts] = f
        for f in dec.decode(None):
            frames[f.pts] = f
        for i, _, neighbour in expected_kinds:
            scorer_ff = quality._Scorer(("xpsnr",), 0)
            scorer_ff.score(pictures[neighbour], frames[neighbour])
            want = scorer_ff.score(pictures[i], frames[i])["xpsnr_y"]
            assert scores[name][i] == pytest.approx(want, abs=1e-3), (name, i)
    assert sum(scores["crf18"].values()) / 6 > sum(scores["crf42"].values()) / 6 + 3


def test_a_keys_score_before_the_next_pick_is_announced_keeps_that_picks_neighbour(tmp_path):
    """A key's neighbour is the picture after it, and the first other pick's neighbour is that same picture: when the
    key is scored before that pick is announced (a fast decode thread; CI saw it), the neighbour's luma must still
    be there, or the pick is scored without its temporal term (CI: 34.66 dB instead of the filter's 30.34)."""
    import av
    import numpy as np

    from app.core import quality
    from media import make_clip

    src = make_clip(str(tmp_path / "src.mp4"), width=320, height=180, seconds=0.5, audio=False)
    with av.open(src) as c:
        pictures = [f.reformat(format="yuv420p") for f in c.decode(video=0)][:8]
    enc = av.CodecContext.create("libx264", "w")
    enc.width, enc.height, enc.pix_fmt, enc.time_base = 320, 180, "yuv420p", Fraction(1, 25)
    enc.options = {"preset": "ultrafast", "tune": "zerolatency", "crf": "30", "threads": "1"}
    scorer = pertitle.StreamScorer(["p"], (320, 180), threads=1)
    decoded = {}
    check = av.CodecContext.create("h264", "r")

    def luma(i):
        return np.frombuffer(pictures[i].planes[0], np.uint8).reshape(180, -1)[:, :320].copy()

    def encode(i):
        frame = pictures[i].reformat(format="yuv420p")
        frame.pts, frame.time_base = i, Fraction(1, 25)
        for pkt in enc.encode(frame):
            scorer.packet("p", pkt, enc.extradata)
            for f in check.decode(pkt):
                decoded[f.pts] = f

    scorer.picture(0, luma(0), "key", pertitle.StreamScorer.NEXT)
    encode(0)
    scorer.picture(1, luma(1), None, None)
    encode(1)
    deadline = time.monotonic() + 20
    while 0 not in scorer.scores["p"] and time.monotonic() < deadline:  # the key scored (its neighbour known)
        time.sleep(0.01)
    assert 0 in scorer.scores["p"], "the key was not scored before the next pick"
    for i in range(2, 8):
        kind = "other" if i == 2 else None
        scorer.picture(i, luma(i) if kind else None, kind, 1 if kind else None)
        encode(i)
    for pkt in enc.encode(None):
        scorer.packet("p", pkt, enc.extradata)
        for f in check.decode(pkt):
            decoded[f.pts] = f
    scores, errors = scorer.finish()
    assert not errors and sorted(scores["p"]) == [0, 2]
    for i, neighbour in ((0, 1), (2, 1)):
        ff = quality._Scorer(("xpsnr",), 0)
        ff.score(pictures[neighbour], decoded[neighbour])
        want = ff.score(pictures[i], decoded[i])["xpsnr_y"]
        assert scores["p"][i] == pytest.approx(want, abs=1e-3), i
    assert not scorer.lumas and not scorer.refs  # nothing kept after the window


def test_without_numpy_the_filter_measures_the_same_points(tmp_path, monkeypatch):
    """Without numpy (app.core.xpsnr needs it) the analysis measures its probe files with FFmpeg's xpsnr filter:
    the same probes, bitrates within a few percent, quality within a few tenths of a dB (the filter needs a scored
    "lead" before each picture for its temporal term, and a window's key is weighed against the picture before it
    was fed)."""
    from media import make_clip

    from app.core.ladder import plan_job
    from app.core.probe import probe_source

    src = make_clip(str(tmp_path / "src.mp4"), width=640, height=360, seconds=3.0, audio=False)
    info = probe_source(src)
    plan = plan_job(info, preset="default", formats=("hls",))
    streamed = pertitle.analyse(info, plan, lambda ev: None, work_dir=str(tmp_path))
    monkeypatch.setattr(pertitle, "_numpy", lambda: False)
    filtered = pertitle.analyse(info, plan, lambda ev: None, work_dir=str(tmp_path))
    a = {(p.short, p.crf): p for p in streamed.points}
    b = {(p.short, p.crf): p for p in filtered.points}
    assert set(a) == set(b) and set(a) | _stopped(streamed) == {(s, c) for s in (240, 360) for c in pertitle.CRFS}
    assert _stopped(streamed) == _stopped(filtered)
    # The filter's probes start with the source's first picture (it pairs pictures on their time from each file's
    # first one), the streamed ones with their first window: x264's rate control starts from another history
    # (measured 2.8 % at most on this clip; within 1 % while both started with that picture).
    for k in a:
        assert a[k].kbps == pytest.approx(b[k].kbps, rel=0.05) and a[k].quality == pytest.approx(b[k].quality, abs=1.0)


@pytest.mark.parametrize("keyint,container", [(25, "mp4"), (25, "ts"), (250, "mp4")])
def test_windows_start_at_the_sources_keyframes_and_nothing_else_is_decoded(tmp_path, keyint, container):
    """A window starts at the first keyframe from its look-from time when one leaves it room in its slot, reached
    by a seek: only the windows' pictures are decoded (a source with a keyframe a second; MPEG-TS too: no index,
    timestamps from 1.4 s). A one-GOP source is decoded on from its start to the last window, which still lies in
    the last slot. Before 2026-12-02 a window nearer than 12 s was always decoded on to (the whole 8 s clip: 183
    pictures, as the one-GOP source)."""
    from media import make_clip

    from app.core.ladder import plan_job
    from app.core.probe import probe_source

    src = make_clip(str(tmp_path / f"src.{container}"), width=426, height=240, seconds=8.0, audio=False,
                    keyint=keyint, container_format="mpegts" if container == "ts" else None)
    info = probe_source(src)
    plan = plan_job(info, preset="default", formats=("hls",))
    a = pertitle.analyse(info, plan, lambda ev: None, pertitle.Settings(windows=4), work_dir=str(tmp_path))
    assert len(a.windows) == 4 and a.points
    starts = [w0 for w0, _ in a.windows]
    assert all(i * 2.0 <= w0 < (i + 1) * 2.0 for i, w0 in enumerate(starts)), starts
    pictures = sum(round((w1 - w0) * 25) for w0, w1 in a.windows)
    if keyint == 25:
        assert starts == pytest.approx([1.0, 3.0, 5.0, 7.0])
        assert a.decoded <= pictures + 4 * 2 + 1, (a.decoded, pictures)
    else:
        assert a.decoded >= round(starts[-1] * 25), a.decoded
    assert a.to_dict()["decoded"] == a.decoded


def test_a_long_gop_sources_pictures_before_a_window_that_none_refers_to_are_not_decoded(tmp_path):
    """A one-GOP source is decoded on to its last window, but its pictures before each window that no other refers
    to (x264's non-reference B-pictures) are skipped by the decoder: before 2026-12-02 every picture up to the last
    window was decoded."""
    from media import make_clip

    from app.core.ladder import plan_job
    from app.core.probe import probe_source

    src = make_clip(str(tmp_path / "src.mp4"), width=426, height=240, seconds=8.0, audio=False, preset="veryfast",
                    params="b-adapt=0")
    info = probe_source(src)
    plan = plan_job(info, preset="default", formats=("hls",))
    a = pertitle.analyse(info, plan, lambda ev: None, work_dir=str(tmp_path))
    assert len(a.windows) == 3 and a.points
    inside = sum(round((w1 - w0) * 25) for w0, w1 in a.windows)
    before = round(a.windows[-1][0] * 25)  # pictures before the last window: decoded, or skipped
    # IBBBP...: of each four pictures one B is a reference (b-pyramid), two are not
    assert a.decoded < 0.7 * before + inside, (a.decoded, before, inside)


def _source(width, height, fps=25.0):
    from app.core.probe import SourceInfo

    return SourceInfo(path="/x.mp4", filesize=1, container="mov", width=width, height=height, coded_width=width,
                      coded_height=height, rotation=0, duration=10.0, bitrate=5000, framerate=fps,
                      frame_rate_num=int(fps), frame_rate_den=1, frames=int(10 * fps), video_codec="h264",
                      pix_fmt="yuv420p", bit_depth=8, audio_codec=None, samplerate=None, channels=None)


def test_probes_only_at_sizes_an_h264_rung_or_the_mp4_can_have():
    """H.264 HLS stops at level 4.2 (1080p at 60 fps): a 2160p source's analysis probes 240p-1080p, and 2160p only
    for its MP4; never 1440p (until 2026-12-02 all seven sizes: 21 probes, the 2160p and 1440p ones the dearest)."""
    from app.core.ladder import plan_job

    uhd = _source(3840, 2160)
    assert pertitle.candidate_sides(uhd, plan_job(uhd, formats=("hls",))) == [240, 360, 480, 720, 1080]
    assert pertitle.candidate_sides(uhd, plan_job(uhd)) == [240, 360, 480, 720, 1080, 2160]
    fast = _source(1920, 1080, fps=120.0)  # 1080p at 120 fps is beyond level 4.2; the MP4 is not
    assert pertitle.rung_sides(fast) == [240, 360, 480, 720]
    assert pertitle.candidate_sides(fast, plan_job(fast)) == [240, 360, 480, 720, 1080]
    assert pertitle.candidate_sides(_source(1280, 720), plan_job(_source(1280, 720))) == [240, 360, 480, 720]


def test_a_2160p_sources_rungs_stay_within_h264_and_the_hls_top():
    """Points where 2160p is best at the top: the ladder's rungs are chosen among the sizes H.264 HLS carries (before
    2026-12-02 its top rung went to 2160p, which the plan then dropped: the ladder lost its top) and under the fixed
    HLS top (5235 kb/s, not the 2160p MP4's 15700); the MP4 keeps its 2160p curve."""
    from app.core.ladder import plan_job

    uhd = _source(3840, 2160)
    fixed = plan_job(uhd)
    points = (pts(720, [(300, 31), (600, 36), (1200, 39), (2400, 41)], 1280)
              + pts(1080, [(400, 31), (800, 36), (1600, 40), (3200, 43), (6400, 44)], 1920)
              + pts(2160, [(800, 30), (1600, 37), (3200, 42), (6400, 46), (12800, 48.5)], 3840))
    analysis = pertitle.Analysis(points, convex_hull(points), [], [(1.0, 1.32)], 1.0)
    plan = pertitle.plan_per_title(uhd, fixed, analysis, preset="default", encoder_preset=None,
                                   formats=("hls", "mp4"), segment_seconds=6.0, share_encodes=True)
    hls = [r for r in plan.renditions if r.type == "hls"]
    assert hls and max(r.height for r in hls) == 1080 and all(r.video_kbps <= 5235 for r in hls)
    assert [w for w in plan.warnings if "skipped" in w] == [w for w in fixed.warnings if "skipped" in w]  # none more
    assert {r.short for r in analysis.rungs} <= {720, 1080}
    # the hull drawn is the one the rungs were chosen on; 2160p is marked as probed for the MP4 only
    assert {p.short for p in analysis.hull} <= {720, 1080} and analysis.mp4_only == [2160]
    assert plan.analysis["mp4_only"] == [2160]
    mp4 = next(r for r in plan.renditions if r.type == "mp4")
    assert (mp4.width, mp4.height) == (3840, 2160) and mp4.video_kbps <= max(r.video_kbps for r in hls)


@pytest.mark.parametrize("segment_seconds", [6.0, 2.0])
def test_a_capped_crf_rungs_buffer_holds_a_segment_at_its_cap(segment_seconds):
    """Capped CRF rungs: the cap 1.5x the chosen bitrate, the VBV buffer one segment at the cap (at most H.264's
    50 Mb). With a buffer of 3x the bitrate a slide deck's 1080p rung (CRF 24.31, 184 kb/s) starved its slide
    changes: 198 kb/s at XPSNR 42.3 dB against 48.7 predicted; with a segment's, 161 kb/s at 46.2 dB. ABR rungs keep
    1.2x / 2x."""
    from app.core.ladder import H264_MAX_KBPS, plan_job

    src = _source(1920, 1080)
    fixed = plan_job(src, segment_seconds=segment_seconds)
    points = (pts(720, [(300, 31), (600, 36), (1200, 39), (2400, 41)], 1280)
              + pts(1080, [(400, 31), (800, 36), (1600, 40), (3200, 43), (6400, 44)], 1920))
    for rate_control in ("crf", "abr"):
        analysis = pertitle.Analysis(points, convex_hull(points), [], [(1.0, 1.32)], 1.0)
        plan = pertitle.plan_per_title(src, fixed, analysis, preset="default", encoder_preset=None,
                                       formats=("hls", "mp4"), segment_seconds=segment_seconds, share_encodes=True,
                                       rate_control=rate_control)
        assert len(plan.renditions) >= 3
        for r in plan.renditions:
            if rate_control == "crf":
                assert r.crf is not None and r.maxrate_kbps == int(r.video_kbps * 1.5)
                assert r.bufsize_kbps == min(int(r.maxrate_kbps * segment_seconds), H264_MAX_KBPS)
            else:
                assert r.crf is None and (r.maxrate_kbps, r.bufsize_kbps) == (int(r.video_kbps * 1.2),
                                                                               int(r.video_kbps * 2))


def test_keyframes_near_a_time_and_none_without_timestamps(tmp_path):
    """`Keyframes.near`: the keyframe at or before a time and the first at or after it (packets read, not decoded);
    a raw H.264 stream (no index, no timestamps) gives (None, None) at once, not a read to its end for each
    window: the analysis then decodes on to its windows, as before."""
    from media import make_clip

    src = make_clip(str(tmp_path / "k.mp4"), width=320, height=180, seconds=4.0, audio=False, keyint=25)
    keys = pertitle.Keyframes(src, 0)
    tick = 12800  # the MP4 muxer's time base for 25 pictures/s: 1/12800
    try:
        assert keys.near(tick + 1, 3 * tick) == (tick, 2 * tick)
        assert keys.near(2 * tick, 3 * tick) == (2 * tick, 2 * tick)
        assert keys.near(2 * tick + 5, 2 * tick + 100) == (2 * tick, None)  # none within the limit
    finally:
        keys.close()
    raw = make_clip(str(tmp_path / "k.h264"), width=320, height=180, seconds=2.0, audio=False, keyint=25,
                    container_format="h264")
    keys = pertitle.Keyframes(raw, 0)
    read = []

    class Counted:  # the container, counting the packets read
        def __init__(self, c):
            self.c = c

        def seek(self, *args, **kwargs):
            return self.c.seek(*args, **kwargs)

        def demux(self, *args):
            for packet in self.c.demux(*args):
                read.append(packet)
                yield packet

        def close(self):
            self.c.close()
    keys.container = Counted(keys.container)
    assert keys.near(12800, 10 ** 9) == (None, None)
    assert len(read) < 25, len(read)  # of 50 pictures
    keys.close()


def test_a_raw_stream_is_refused_for_what_it_is(tmp_path):
    """A raw H.264 stream has no duration to spread windows over: the analysis says so (it said "no picture could
    be decoded", which was not true), and the job falls back to the preset's ladder with that note."""
    from media import make_clip

    from app.core.ladder import plan_job
    from app.core.probe import probe_source

    raw = make_clip(str(tmp_path / "k.h264"), width=320, height=180, seconds=2.0, audio=False,
                    container_format="h264")
    info = probe_source(raw)
    with pytest.raises(ValueError, match="duration is not known"):
        pertitle.analyse(info, plan_job(info, formats=("hls",)), lambda ev: None, work_dir=str(tmp_path))


def test_probe_passes_split_the_largest_sizes_off_when_the_windows_are_cheap_to_decode_again(monkeypatch):
    """A 2160p source with its MP4: each 2160p probe (~700 MB) in a pass of its own, the highest CRF first, the rest
    together, when each window starts at or soon after a keyframe; one pass for a one-GOP source (it would be
    decoded again) and for a 1080p source (~940 MB)."""
    from app.core.ladder import plan_job

    uhd, hd = _source(3840, 2160), _source(1920, 1080)
    slots = pertitle.window_slots(10.0, 4, 0.32)
    sides = pertitle.candidate_sides(uhd, plan_job(uhd))
    crfs = pertitle.CRFS
    monkeypatch.setattr(pertitle, "_windows_near_keyframes", lambda *a: True)
    assert pertitle.probe_passes(uhd, sides, crfs, slots, 0.32) == [
        ([2160], (39.0,)), ([2160], (30.0,)), ([2160], (21.0,)), ([240, 360, 480, 720, 1080], crfs)]
    hd_sides = pertitle.candidate_sides(hd, plan_job(hd))
    assert pertitle.probe_passes(hd, hd_sides, crfs, slots, 0.32) == [(hd_sides, crfs)]
    qhd = _source(2560, 1440)  # its MP4's 1440p (~930 MB) in a pass of its own, all three CRFs
    assert pertitle.probe_passes(qhd, pertitle.candidate_sides(qhd, plan_job(qhd)), crfs, slots, 0.32) == [
        ([1440], crfs), ([240, 360, 480, 720, 1080], crfs)]
    monkeypatch.setattr(pertitle, "_windows_near_keyframes", lambda *a: False)
    assert pertitle.probe_passes(uhd, sides, crfs, slots, 0.32) == [(sides, crfs)]


@pytest.mark.parametrize("budget,passes", [(60 << 20, 2), (1, 6)])
def test_passes_give_the_points_of_one(tmp_path, monkeypatch, budget, passes):
    """Forced into passes (a small `PROBE_BYTES`: 360p then 240p, or each probe alone) on a source with a keyframe
    a second: the same points as one pass (the windows are the same; x264 at 240p wobbles by ~0.01 %), progress
    that never goes back, and one measuring stage, the last pass's."""
    from media import make_clip

    from app.core.ladder import plan_job
    from app.core.probe import probe_source

    src = make_clip(str(tmp_path / "src.mp4"), width=640, height=360, seconds=8.0, audio=False, keyint=25)
    info = probe_source(src)
    plan = plan_job(info, preset="default", formats=("hls",))
    one = pertitle.analyse(info, plan, lambda ev: None, work_dir=str(tmp_path))
    monkeypatch.setattr(pertitle, "PROBE_BYTES", budget)
    events: list[dict] = []
    split = pertitle.analyse(info, plan, events.append, work_dir=str(tmp_path))
    assert (one.passes, split.passes) == (1, passes) and split.windows == one.windows
    assert f"encoded in {passes} passes" in split.notes[-1] and split.to_dict()["passes"] == passes
    got = {(p.short, p.crf): p for p in split.points}
    # One pass stops a size's lower CRFs on its first windows' bitrate, a pass of one CRF on the whole point's: the
    # passes may keep a probe that one pass stopped, never the other way round.
    extra = set(got) - {(p.short, p.crf) for p in one.points}
    assert {(p.short, p.crf) for p in one.points} <= set(got)
    assert all(any(n.startswith(f"{s}p at CRF {c:g}: stopped") for n in one.notes) for s, c in extra), extra
    for p in one.points:
        q = got[(p.short, p.crf)]
        assert q.kbps == pytest.approx(p.kbps, rel=0.01) and q.quality == pytest.approx(p.quality, abs=0.05)
    fractions = [e["fraction"] for e in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    stages = [e["stage"] for e in events]
    assert stages.count("measuring") == 1 and stages.index("measuring") > len(stages) // 2


def test_a_probe_over_the_limit_in_a_pass_of_its_own_spares_the_lower_crfs(tmp_path, monkeypatch):
    """One CRF a pass, the highest first: once a size's probe runs over `DROP_FACTOR` x the top rung, its lower CRFs
    are not encoded at all (said in the notes), as one pass stops them after its first windows."""
    from media import make_clip

    from app.core.ladder import plan_job
    from app.core.probe import probe_source

    src = make_clip(str(tmp_path / "src.mp4"), width=640, height=360, seconds=8.0, audio=False, keyint=25)
    info = probe_source(src)
    plan = plan_job(info, preset="default", formats=("hls",))
    monkeypatch.setattr(pertitle, "PROBE_BYTES", 1)
    monkeypatch.setattr(pertitle, "DROP_FACTOR", 1e-3)  # every probe is over the limit
    a = pertitle.analyse(info, plan, lambda ev: None, work_dir=str(tmp_path))
    assert sorted((p.short, p.crf) for p in a.points) == [(240, 39.0), (360, 39.0)]
    assert len([n for n in a.notes if "not encoded" in n]) == 4 and a.passes == 2
