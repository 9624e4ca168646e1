"""The quality of every rendition in the window (issue 13): the grid's score columns, Measure quality, the
measurement after encoding, and the quality chart. Real encodes of tiny clips, real measurements."""

import os
import time

import pytest
from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from app.core.jobs import EncodeOptions, Job, RenditionState
from app.core.measure import load_series
from app.core.store import JobStore
from app.gui.jobs_controller import JobsController
from app.gui.main_window import MainWindow
from app.gui.models import BAND_COLOURS, BAND_ROLE, RenditionTableModel, band, format_score

LADDER = [(144, 80), (180, 900)]  # a starved rung and a generous one: the first must score lower


def _clip(clips):
    return clips.get("quality-gui.mp4", width=320, height=180, seconds=2, fps=25, audio=False)


def _encode(qtbot, window, clips, clip=None):
    window.controller.options.renditions = list(LADDER)
    window.controller.add_paths([clip or _clip(clips)])
    qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1, timeout=30000)
    job = window.controller.model.job(0)
    qtbot.waitUntil(lambda: job.status in ("completed", "failed", "partial"), timeout=120000)
    assert job.status == "completed", job.error
    window.queue.view.selectRow(0)
    return job


def _cells(model: RenditionTableModel, col: int, role=Qt.ItemDataRole.DisplayRole) -> dict:
    return {model.rendition(r).id: model.data(model.index(r, col), role) for r in range(model.rowCount())}


def _flat(points: dict) -> dict:
    return {f"{k} {i}": v[i] for k, v in points.items() for i in (0, 1)}


def _assert_grid_shows_scores(grid, job):
    model = grid.model
    assert {r.id for r in job.renditions} == {"hls:144p", "hls:180p", "mp4:180p"}
    ssim, psnr = _cells(model, model.COL_SSIM), _cells(model, model.COL_PSNR)
    for r in job.renditions:
        s, p = r.measured["scores"]["ssim"]["mean"], r.measured["scores"]["psnr"]["mean"]
        assert ssim[r.id] == f"{s:.4f}" and psnr[r.id] == f"{p:.2f} dB"
        for col, metric, value in ((model.COL_SSIM, "ssim", s), (model.COL_PSNR, "psnr", p)):
            index = model.index(next(i for i in range(model.rowCount()) if model.rendition(i).id == r.id), col)
            assert model.data(index, BAND_ROLE) == band(metric, value)
            assert model.data(index, Qt.ItemDataRole.BackgroundRole).color() == QColor(BAND_COLOURS[band(metric,
                                                                                                         value)])
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            assert "5th percentile" in tip and "Worst moments" in tip and "kb/s" in tip and "good ≥" in tip
    scores = {r.id: r.measured["scores"]["ssim"]["mean"] for r in job.renditions}
    assert 0.5 < scores["hls:144p"] < scores["hls:180p"] <= 1.0  # the starved, smaller rung scores lower
    assert not grid.view.isColumnHidden(model.COL_SSIM) and not grid.view.isColumnHidden(model.COL_PSNR)
    assert grid.view.isColumnHidden(model.COL_XPSNR)  # not measured: no empty column


@pytest.mark.slow
def test_measure_quality_fills_the_grid_and_the_chart_and_survives_a_restart(qtbot, window, clips, tmp_path):
    job = _encode(qtbot, window, clips)
    grid = window.grid
    model = grid.model
    assert grid.view.isColumnHidden(model.COL_SSIM)  # nothing measured yet
    assert all(v == "" for v in _cells(model, model.COL_SSIM).values())

    seen_measuring = []
    model.measuringChanged.connect(lambda _job_id: seen_measuring.append(_cells(model, model.COL_SSIM)))
    lateness = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        lateness.append(max(0.0, now - last[0] - 0.010))
        last[0] = now

    from PySide6.QtCore import QTimer
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    window.measure_action.trigger()  # Job › Measure quality, on the queue's selected job
    assert "Measuring the quality of" in window.message.text()
    assert window.controller.is_measuring(job.id)
    assert window.measure_quality(job.id) is False  # once at a time
    qtbot.waitUntil(lambda: not window.controller.is_measuring(job.id), timeout=120000)
    timer.stop()
    assert seen_measuring[0] == {"hls:144p": "measuring…", "hls:180p": "measuring…", "mp4:180p": "measuring…"}
    assert all(r.measured and r.measured["mode"] == "sampled" for r in job.renditions)
    _assert_grid_shows_scores(grid, job)
    p99 = sorted(lateness)[int(0.99 * (len(lateness) - 1))]
    print(f"event-loop lateness while measuring: p99 {p99 * 1000:.1f} ms over {len(lateness)} ticks")
    assert len(lateness) > 20

    # The chart: one point per measured rendition at (measured kb/s, mean score); the HLS ladder as a curve.
    chart = grid.chart
    assert chart.current_metric() == "ssim"
    expected = {r.id: (r.measured["bitrate"] / 1000, r.measured["scores"]["ssim"]["mean"]) for r in job.renditions}
    assert _flat(chart.points) == pytest.approx(_flat(expected))
    line, hls_dots, mp4_dots = chart.ladder_chart.series()
    assert [(p.x(), p.y()) for p in line.points()] == sorted(v for k, v in expected.items() if k.startswith("hls"))
    assert [(p.x(), p.y()) for p in mp4_dots.points()] == [expected["mp4:180p"]]
    chart.metric_box.setCurrentIndex(chart.metric_box.findData("psnr"))
    assert chart.points["hls:180p"][1] == pytest.approx(job.rendition("hls:180p").measured["scores"]["psnr"]["mean"])

    # The per-frame plot of the rendition selected in the grid, from quality.json; a click seeks.
    grid.view.selectRow(1)
    assert chart.current_rendition() == "hls:180p"
    series = load_series(job.out_dir)["renditions"]["hls:180p"]
    assert [p[0] for p in chart.frame_points()] == [t for t, v in zip(series["times"], series["psnr"]) if v is not None]
    grid.tabs.setCurrentWidget(chart)
    qtbot.waitUntil(lambda: chart.frame_view.isVisible())
    seeks = []
    chart.seekRequested.connect(lambda rid, seconds: seeks.append((rid, seconds)))
    frame_chart = chart.frame_chart
    y = sum(p[1] for p in chart.frame_points()) / len(chart.frame_points())
    at = frame_chart.mapToPosition(QPointF(1.2, y), frame_chart.series()[0])
    pos = chart.frame_view.mapFromScene(frame_chart.mapToScene(at))
    QTest.mouseClick(chart.frame_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    seconds_per_pixel = frame_chart.axes(Qt.Orientation.Horizontal)[0].max() / frame_chart.plotArea().width()
    assert len(seeks) == 1 and seeks[0][0] == "hls:180p"
    assert seeks[0][1] == pytest.approx(1.2, abs=2 * seconds_per_pixel + 1e-3)
    QTest.mouseClick(chart.frame_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(2, 2))  # outside the plot area: nothing
    assert len(seeks) == 1

    # A new window on the same data folder shows the same scores (the job store keeps them).
    controller = JobsController(JobStore(), str(tmp_path / "out"))
    again = MainWindow(controller, QSettings(str(tmp_path / "settings2.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    try:
        controller.pause()
        controller.restore()
        again._show_job(job.id)
        restored = controller.job(job.id)
        assert [r.measured for r in restored.renditions] == [r.measured for r in job.renditions]
        _assert_grid_shows_scores(again.grid, restored)
        assert _flat(again.grid.chart.points) == pytest.approx(_flat(expected))
    finally:
        controller.shutdown()


@pytest.mark.slow
def test_measured_after_encoding_when_the_preference_asks_and_refused_while_encoding(qtbot, window, clips):
    window.apply_preferences(window.prefs.copy(measure_quality="sampled", output_folder=window.controller.out_root,
                                               thumbnails=False))
    assert window.controller.measure_after == "sampled"
    window.controller.options = EncodeOptions(renditions=list(LADDER), thumbnails=[])
    window.controller.add_paths([_clip(clips)])
    qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1, timeout=30000)
    job = window.controller.model.job(0)
    qtbot.waitUntil(lambda: job.status == "running", timeout=30000)
    assert "is encoding" in window.controller.can_measure(job.id)
    assert window.measure_quality(job.id) is False and "is encoding" in window.message.text()
    qtbot.waitUntil(lambda: job.status == "completed" and all(r.measured for r in job.renditions)
                    and not window.controller.is_measuring(job.id), timeout=180000)
    window.queue.view.selectRow(0)
    _assert_grid_shows_scores(window.grid, job)
    assert os.path.exists(os.path.join(job.out_dir, "quality.json"))
    stored = JobStore().get(job.id)
    assert [r.measured for r in stored.renditions] == [r.measured for r in job.renditions]


@pytest.mark.slow
def test_a_measurement_can_be_cancelled(qtbot, window, clips):
    # 10 s: measuring every frame takes long enough that the cancel lands before any rendition is done
    job = _encode(qtbot, window, clips, clips.get("quality-gui-10s.mp4", width=320, height=180, seconds=10, fps=25,
                                                  audio=False))
    ended = []
    window.controller.measureEnded.connect(lambda job_id, reason: ended.append(reason))
    assert window.measure_quality(job.id, "full")
    assert window.controller.cancel(job.id)
    qtbot.waitUntil(lambda: bool(ended), timeout=60000)
    assert ended == ["Quality measurement cancelled."]
    assert not window.controller.is_measuring(job.id)
    assert all(v == "" for v in _cells(window.grid.model, RenditionTableModel.COL_SSIM).values())
    assert window.controller.can_measure(job.id) == ""  # nothing holds the job any more
    window.controller.pause()  # (the retry stays queued: the window closes without an encode running)
    assert window.controller.retry(job.id) and job.status == "queued"


def test_a_rendition_that_could_not_be_measured_says_why(qtbot, tmp_path):
    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"), EncodeOptions(), name="a")
    job.renditions = [RenditionState("hls:360p", "hls", "360p", status="encoded",
                                     measured={"error": "index.m3u8 could not be decoded", "mode": "sampled"}),
                      RenditionState("hls:720p", "hls", "720p", status="encoded",
                                     measured={"frames": 50, "seconds": 2.0, "bitrate": 2400000, "mode": "full",
                                               "scores": {"ssim": {"mean": 0.9612, "p5": 0.95, "min": 0.94,
                                                                   "worst": [[1.0, 0.955]]},
                                                          "psnr": {"mean": None, "p5": None, "min": None,
                                                                   "worst": []}}})]
    model = RenditionTableModel()
    model.set_job(job)
    ssim = model.index(0, model.COL_SSIM)
    assert model.data(ssim) == "not measured: index.m3u8 could not be decoded"
    assert model.data(ssim, BAND_ROLE) is None and model.data(ssim, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, model.COL_SSIM)) == "0.9612"
    assert model.data(model.index(1, model.COL_SSIM), BAND_ROLE) == "fair"
    assert model.data(model.index(1, model.COL_PSNR)) == "∞ dB"  # identical pictures
    assert model.data(model.index(1, model.COL_PSNR), BAND_ROLE) == "good"
    tip = model.data(model.index(1, model.COL_SSIM), Qt.ItemDataRole.ToolTipRole)
    assert "0:01 (0.9550)" in tip and "2400 kb/s" in tip and "every frame" in tip and "50 frames" in tip
    model.set_measuring(job.id, {"hls:720p"})
    assert model.data(model.index(1, model.COL_SSIM)) == "measuring…"
    assert model.data(model.index(1, model.COL_SSIM), BAND_ROLE) is None
    model.set_measuring(job.id, set())
    assert model.data(model.index(1, model.COL_SSIM)) == "0.9612"
    assert [band("ssim", v) for v in (0.99, 0.98, 0.97, 0.95, 0.949)] == ["good", "good", "fair", "fair", "weak"]
    assert [band("psnr", v) for v in (45.0, 40.0, 37.5, 35.0, 34.9)] == ["good", "good", "fair", "fair", "weak"]
    assert format_score("ssim", 0.98765) == "0.9877" and format_score("psnr", 41.234) == "41.23 dB"
    header = model.headerData(model.COL_PSNR, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "PSNR: good ≥ 40 dB · fair 35 dB–40 dB · weak < 35 dB" in header


def test_a_per_title_rungs_xpsnr_tip_says_what_was_predicted(qtbot, tmp_path):
    """A per-title rung measured in XPSNR: its XPSNR cell's tip gives the analysis's prediction beside the measured
    figures (the same metric); its other scores', and a fixed ladder's rung's, do not."""
    scores = {"ssim": {"mean": 0.9959, "p5": 0.99, "min": 0.98, "worst": []},
              "xpsnr_y": {"mean": 46.24, "p5": 40.1, "min": 37.5, "worst": []}}
    job = Job.create(str(tmp_path / "slides.mp4"), str(tmp_path / "out"), EncodeOptions(), name="slides")
    job.renditions = [RenditionState("hls:1080p", "hls", "1080p", 1920, 1080, 184, status="encoded",
                                     measured={"mode": "sampled", "scores": scores},
                                     predicted={"kbps": 183.7, "crf": 24.31, "xpsnr": 48.676, "metric": "xpsnr"}),
                      RenditionState("hls:720p", "hls", "720p", 1280, 720, 3000, status="encoded",
                                     measured={"mode": "sampled", "scores": scores})]
    model = RenditionTableModel()
    model.set_job(job)
    tip = model.data(model.index(0, model.COL_XPSNR), Qt.ItemDataRole.ToolTipRole)
    assert "XPSNR: mean 46.24 dB" in tip and "Predicted by the per-title analysis: 48.68 dB at 184 kb/s" in tip
    assert "Predicted" not in model.data(model.index(0, model.COL_SSIM), Qt.ItemDataRole.ToolTipRole)
    assert "Predicted" not in model.data(model.index(1, model.COL_XPSNR), Qt.ItemDataRole.ToolTipRole)


def test_a_rendition_quality_event_repaints_only_that_rows_score_cells(qtbot, tmp_path):
    from app.core import jobstate

    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path / "out"), EncodeOptions(), name="a")
    job.renditions = [RenditionState(f"hls:{q}", "hls", q, status="encoded") for q in ("240p", "360p")]
    model = RenditionTableModel()
    model.set_job(job)
    changes = []
    model.dataChanged.connect(lambda a, b: changes.append((a.row(), a.column(), b.row(), b.column())))
    ev = {"type": "rendition.quality", "jobId": job.id, "encoding": "hls", "quality": "360p", "mode": "sampled",
          "measuredAt": "2026-12-01T05:00:00+00:00",
          "scores": {"frames": 50, "seconds": 2.0, "bitrate": 700000,
                     "scores": {"ssim": {"mean": 0.9412, "p5": 0.93, "min": 0.92, "worst": []},
                                "psnr": {"mean": 36.5, "p5": 35.0, "min": 34.0, "worst": []}}}}
    model.job_changed(job.id, jobstate.apply_event(job, ev))
    assert changes == [(1, model.COL_SSIM, 1, model.COL_XPSNR)]
    assert model.data(model.index(1, model.COL_SSIM)) == "0.9412"
    assert model.data(model.index(1, model.COL_SSIM), BAND_ROLE) == "weak"
    assert model.data(model.index(1, model.COL_PSNR), BAND_ROLE) == "fair"
    assert model.data(model.index(0, model.COL_SSIM)) == ""
    changes.clear()
    model.job_changed(job.id, jobstate.apply_event(job, ev))  # the same event again: nothing changed
    assert changes == []


def test_the_analysis_of_a_2160p_source_names_its_mp4_only_size_and_gives_each_size_its_colour(qtbot, tmp_path):
    """A 2160p source's analysis: 2160p was tried for the MP4 only (H.264 HLS stops at 1080p), and says so; every
    size has a colour of its own (the chart theme's five colours gave 240p and 2160p the same one)."""
    from app.core.jobs import Job
    from app.core.pertitle import save_analysis
    from app.gui.quality_chart import QualityChart

    job = Job.create(str(tmp_path / "uhd.mp4"), str(tmp_path / "out"))
    os.makedirs(job.out_dir)
    chart = QualityChart()
    qtbot.addWidget(chart)
    sides = (240, 360, 480, 720, 1080, 2160)
    points = [{"short": s, "width": s * 16 // 9, "height": s, "crf": 30, "kbps": 50.0 * (i + 1), "quality": 30.0 + i}
              for i, s in enumerate(sides)]
    save_analysis(job.out_dir, {"metric": "xpsnr", "points": points, "hull": points[:5], "rungs": [],
                                "mp4_only": [2160]})
    chart.show_job(job)
    dots = {s.name(): s for s in chart.pertitle_chart.series() if isinstance(s, QScatterSeries)}
    assert {"240p", "1080p", "2160p (MP4 only)"} <= set(dots)
    colours = {dots[n].color().name() for n in dots if n != "chosen rungs (predicted)"}
    assert len(colours) == len(sides)


def test_the_per_title_analysis_is_drawn_from_the_job_folder(qtbot, tmp_path):
    """A per-title job's pertitle.json: its encodes by resolution, the hull and the chosen rungs, in the analysis's
    metric (no chart for a job without one); drawn again when the file changes."""
    from app.core.jobs import Job
    from app.core.pertitle import save_analysis
    from app.gui.quality_chart import QualityChart

    job = Job.create(str(tmp_path / "slides.mp4"), str(tmp_path / "out"))
    os.makedirs(job.out_dir)
    chart = QualityChart()
    qtbot.addWidget(chart)
    chart.show_job(job)
    assert chart.analysis is None and chart.pertitle_view.isHidden()

    def point(short, crf, kbps, q):
        return {"short": short, "width": short * 16 // 9, "height": short, "crf": crf, "kbps": kbps, "quality": q}

    points = [point(360, 21, 400.0, 44.0), point(360, 30, 150.0, 39.0), point(720, 21, 1500.0, 48.5),
              point(720, 30, 520.0, 42.5), point(720, 39, 200.0, 36.0)]
    hull = [points[1], points[0], points[2]]
    save_analysis(job.out_dir, {"metric": "xpsnr", "points": points, "hull": hull,
                                "rungs": [{"short": 720, "width": 1280, "height": 720, "kbps": 1400.0, "crf": 22.0,
                                           "quality": 48.0}]})
    assert not chart.measured_charts.isHidden()  # no analysis: the measured charts (empty) stay
    chart.refresh()
    assert not chart.pertitle_view.isHidden()
    # nothing measured yet: the analysis takes the room of the empty measured-quality charts
    assert chart.measured_charts.isHidden() and not chart.empty.isHidden()
    series = {s.name(): [(p.x(), p.y()) for p in s.points()] for s in chart.pertitle_chart.series()}
    assert series["360p"] == [(400.0, 44.0), (150.0, 39.0)] and len(series["720p"]) == 3
    assert series["hull"] == [(150.0, 39.0), (400.0, 44.0), (1500.0, 48.5)]
    assert series["chosen rungs (predicted)"] == [(1400.0, 48.0)]
    assert "XPSNR-Y" in chart.pertitle_chart.title()
    from app.core.jobs import RenditionState  # measured: both charts, the analysis below

    r = RenditionState("hls:720p", "hls", "720p", 1280, 720, 1400, measured={
        "mode": "sampled", "bitrate": 1350000, "scores": {"ssim": {"mean": 0.95, "min": 0.9}}},
        predicted={"kbps": 1400.0, "crf": 22.0, "xpsnr": 48.0, "metric": "xpsnr"})
    job.renditions.append(r)
    chart.refresh()
    assert not chart.measured_charts.isHidden() and not chart.pertitle_view.isHidden() and chart.empty.isHidden()
    names = [s.name() for s in chart.pertitle_chart.series()]
    assert "rungs as encoded (measured)" not in names  # measured, but not in the analysis's metric
    # measured in XPSNR too (a per-title folder's default): the rung as encoded, at its chosen bitrate
    r.measured["scores"]["xpsnr_y"] = {"mean": 45.5, "min": 44.0}
    chart.refresh()
    series = {s.name(): [(p.x(), p.y()) for p in s.points()] for s in chart.pertitle_chart.series()}
    assert series["rungs as encoded (measured)"] == [(1400.0, 45.5)]
    assert series["chosen rungs (predicted)"] == [(1400.0, 48.0)]
    r.predicted = None  # a job stored before the store kept predictions: placed at its size's rung
    chart.refresh()
    series = {s.name(): [(p.x(), p.y()) for p in s.points()] for s in chart.pertitle_chart.series()}
    assert series["rungs as encoded (measured)"] == [(1400.0, 45.5)]
    # three charts in a small tab (a measured per-title job at 1280x800): none squeezed below a readable height,
    # the tab scrolls instead (the axes' labels were elided to "...")
    chart.resize(800, 300)
    chart.show()
    qtbot.waitExposed(chart)
    views = (chart.ladder_view, chart.frame_view, chart.pertitle_view)
    assert all(v.height() >= chart.MIN_CHART_HEIGHT for v in views), [v.height() for v in views]
    assert chart.scroll.verticalScrollBar().maximum() > 0


def test_axis_labels_have_the_decimals_their_step_needs():
    """SSIM from 0.990 to 0.997 read "0.99" at every tick with a fixed two decimals."""
    from app.gui.quality_chart import label_format

    assert label_format(0.99, 0.998, 5) == "%.3f"  # step 0.002
    assert label_format(0.9, 1.0, 5) == "%.2f"  # step 0.025
    assert label_format(0.0, 1.0, 6) == "%.1f"  # step 0.2
    assert label_format(30.0, 54.0, 5) == "%.0f"  # dB
    assert label_format(44.6, 45.6, 6) == "%.1f"
    assert label_format(0, 6000, 7) == "%.0f"  # kb/s
    assert label_format(0.99995, 0.99999, 5) == "%.4f"  # at most 4
    assert label_format(1.0, 1.0, 5) == "%.0f"  # no range
    labels = [label_format(0.99, 0.998, 5) % (0.99 + i * 0.002) for i in range(5)]
    assert len(set(labels)) == 5, labels
