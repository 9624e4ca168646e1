"""Issue 13: the self-contained HTML quality report (app.core.report, `quality --report`, `encode --report`)."""

from __future__ import annotations

import base64
import io
import json
import os
import subprocess
import sys
from html.parser import HTMLParser

import av
import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HOSTILE = "a<b>&\"c' <script>x"  # no "/": a file name


class _Report(HTMLParser):
    """The parts of the report the tests read: table cells, chart points, per-frame plots, pictures, texts."""

    def __init__(self):
        super().__init__()
        self.rows: dict[str, dict] = {}  # rendition -> {(metric, stat): value} and "error": text
        self.points: dict[str, list[dict]] = {}  # chart id -> point attributes
        self.plots: list[dict] = []
        self.images: list[dict] = []
        self.moments: list[dict] = []  # {"time", "images": [alt, ...]}
        self.tags: list[str] = []
        self.links: list[str] = []  # every attribute that could load something
        self._row = self._svg = None
        self._error = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.links.extend(v or "" for k, v in attrs if k in ("src", "href", "xlink:href", "srcset", "action"))
        if tag == "tr" and "data-rendition" in a:
            self._row = a["data-rendition"]
            self.rows[self._row] = {}
        elif tag == "td" and self._row is not None:
            if a.get("data-metric"):
                self.rows[self._row][(a["data-metric"], a.get("data-stat"))] = float(a["data-value"])
            self._error = a.get("class") == "error"
        elif tag == "svg":
            self._svg = a.get("id")
            if a.get("class") == "frames":
                self.plots.append(a)
        elif tag in ("circle", "rect") and "point" in (a.get("class") or "").split():
            self.points.setdefault(self._svg, []).append(a)
        elif tag == "figure":
            self.moments.append({"time": float(a["data-time"]), "images": []})
        elif tag == "img":
            self.images.append(a)
            if self.moments:
                self.moments[-1]["images"].append(a)

    def handle_endtag(self, tag):
        if tag == "tr":
            self._row = None
        elif tag == "td":
            self._error = False
        elif tag == "svg":
            self._svg = None

    def handle_data(self, data):
        self.text.append(data)
        if self._error and self._row is not None:
            self.rows[self._row]["error"] = self.rows[self._row].get("error", "") + data


def _parse(path) -> tuple[str, _Report]:
    html = open(path, encoding="utf-8").read()
    p = _Report()
    p.feed(html)
    p.close()
    return html, p


def _jpeg(img: dict) -> np.ndarray:
    prefix = "data:image/jpeg;base64,"
    assert img["src"].startswith(prefix)
    data = base64.b64decode(img["src"][len(prefix):])
    assert data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"  # a whole JPEG (SOI ... EOI)
    with av.open(io.BytesIO(data)) as c:
        return next(c.decode(video=0)).to_ndarray(format="rgb24").astype(np.int16)


def _cli(*args, data_dir):
    env = dict(os.environ, PYTHONPATH=ROOT, RENDITION_STUDIO_DATA_DIR=str(data_dir))
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=300,
                          env=env, cwd=ROOT)


@pytest.fixture(scope="module")
def job(tmp_path_factory):
    """A 640x360 3 s source with a hostile name, encoded (240p, 360p HLS + 360p MP4), measured in full and
    reported by `encode --quality full --report`."""
    from media import make_clip

    tmp = tmp_path_factory.mktemp("report")
    source = make_clip(str(tmp / f"{HOSTILE}.mp4"), width=640, height=360, seconds=3, audio=False)
    report = tmp / "encode-report.html"
    enc = _cli("encode", source, "--out", str(tmp / "out"), "--thumbnails", "none", "--quality", "full",
               "--report", str(report), data_dir=tmp / "data")
    assert enc.returncode == 0, enc.stderr
    assert f"report: {report}" in enc.stdout
    (job_dir,) = [os.path.join(tmp / "out", d) for d in os.listdir(tmp / "out")]
    return {"tmp": tmp, "source": source, "dir": job_dir, "report": report}


def test_report_table_charts_plots_and_pictures(job):
    html, p = _parse(job["report"])
    doc = json.loads(open(os.path.join(job["dir"], "status.json")).read())
    entries = {f"{e['type']}:{e['quality']}": e["measuredQuality"] for e in doc["encoding"]["qualities"]}
    assert set(entries) == {"hls:240p", "hls:360p", "mp4:360p"} == set(p.rows)
    # The table says exactly what status.json says.
    for rid, m in entries.items():
        for metric in ("ssim", "psnr"):
            for stat in ("mean", "p5", "min"):
                assert p.rows[rid][(metric, stat)] == m["scores"][metric][stat], (rid, metric, stat)
        assert p.rows[rid][("bitrate", None)] == m["bitrate"] > 0
        assert p.rows[rid][("frames", None)] == m["frames"] == 75  # full: every frame of 3 s at 25 fps
    assert ("xpsnr_y", "mean") not in p.rows["hls:240p"]  # not measured: no column
    # One point per rendition in each chart, at its bitrate and mean; the HLS ladder is one curve.
    for chart, metric in (("chart-ssim", "ssim"), ("chart-psnr", "psnr")):
        pts = {a["data-rendition"]: a for a in p.points[chart]}
        assert len(p.points[chart]) == 3 and set(pts) == set(entries)
        for rid, a in pts.items():
            assert float(a["data-value"]) == entries[rid]["scores"][metric]["mean"]
            assert float(a["data-bitrate"]) == entries[rid]["bitrate"]
    assert html.count("class='ladder'") == 2
    # A per-frame plot per rendition and measured score.
    assert sorted((a["data-rendition"], a["data-metric"]) for a in p.plots) == sorted(
        (rid, m) for rid in entries for m in ("ssim", "psnr"))
    # Worst moments: source and rendition pictures, both decodable JPEGs of the same size.
    worst_240 = entries["hls:240p"]["scores"]["ssim"]["worst"]
    assert len(p.moments) == sum(len(m["scores"]["ssim"]["worst"]) for m in entries.values()) >= 3
    assert all(len(m["images"]) == 2 for m in p.moments)
    owners = [rid for rid in ("hls:240p", "hls:360p", "mp4:360p") for _ in entries[rid]["scores"]["ssim"]["worst"]]
    assert [int(m["time"]) for m in p.moments[:len(worst_240)]] == [int(w[0]) for w in worst_240]
    diffs: dict[str, list[float]] = {}
    with av.open(job["source"]) as c:
        source_frames = [(f.time, f.to_ndarray(width=320, height=180, format="rgb24", interpolation="BICUBIC"))
                         for f in c.decode(video=0)]
    for rid, moment in zip(owners, p.moments):
        src, ren = (_jpeg(i) for i in moment["images"])
        assert src.shape == ren.shape == (180, 320, 3)
        diffs.setdefault(rid, []).append(float(np.abs(src - ren).mean()))
        # The source picture is the source's frame at that time: the closest of all its frames to it.
        errors = [float(np.abs(src - a.astype(np.int16)).mean()) for _, a in source_frames]
        closest = min(range(len(errors)), key=errors.__getitem__)
        assert abs(source_frames[closest][0] - moment["time"]) < 0.02, (moment["time"], errors)
    # The 240p rendition's pictures differ from the source's measurably, and more than the 360p rendition's.
    assert min(diffs["hls:240p"]) > 6
    assert np.mean(diffs["hls:240p"]) > np.mean(diffs["hls:360p"]) + 1


def test_report_is_self_contained_and_escapes_names(job):
    html, p = _parse(job["report"])
    assert "http:" not in html and "https:" not in html and "url(" not in html and "@import" not in html
    assert all(v.startswith("data:image/jpeg;base64,") for v in p.links) and len(p.links) == len(p.images) > 0
    assert not {"script", "link", "iframe", "object", "embed"} & set(p.tags)
    assert all(i["src"].startswith("data:image/jpeg;base64,") for i in p.images)
    assert HOSTILE not in html and "<script>x" not in html and "<b>" not in html
    assert "a&lt;b&gt;&amp;&quot;c&#x27; &lt;script&gt;x.mp4" in html
    assert f"{HOSTILE}.mp4" in "".join(p.text)  # the name, as the reader sees it


def test_quality_report_shows_a_rendition_that_failed_with_its_reason(job, tmp_path):
    broken = os.path.join(job["dir"], "mp4", "360p.mp4")
    keep = open(broken, "rb").read()
    try:
        with open(broken, "wb") as f:
            f.write(b"not a video <&>")
        out = tmp_path / "r.html"
        q = _cli("quality", job["dir"], "--source", job["source"], "--report", str(out), "--json",
                 data_dir=job["tmp"] / "data")
        assert q.returncode == 4, q.stderr  # one rendition failed; the report is still written
        events = [json.loads(ln) for ln in q.stdout.splitlines()]
        assert events[-1] == {"type": "quality.report", "path": str(out), "jobDir": job["dir"]}
        html, p = _parse(out)
        assert "not measured" in p.rows["mp4:360p"]["error"] and "360p.mp4" in p.rows["mp4:360p"]["error"]
        assert p.rows["hls:240p"][("ssim", "mean")] < p.rows["hls:360p"][("ssim", "mean")] < 1
        assert len(p.points["chart-ssim"]) == 2  # no point for the rendition without a score
        assert {a["data-rendition"] for a in p.plots} == {"hls:240p", "hls:360p"}
    finally:
        with open(broken, "wb") as f:
            f.write(keep)


def test_encode_report_needs_quality(tmp_path):
    r = _cli("encode", os.path.join(ROOT, "missing.mp4"), "--out", str(tmp_path), "--report", str(tmp_path / "r.html"),
             data_dir=tmp_path / "data")
    assert r.returncode == 2 and "--report needs --quality" in r.stderr


def test_report_pictures_of_a_rotated_source_are_upright(tmp_path):
    """A phone clip (coded 320x180, rotation 90): the renditions are upright, and so is the source's picture."""
    from app.core.engine import Engine
    from app.core.jobs import Job
    from app.core.measure import measure_outputs
    from app.core.options import build_options
    from app.core.report import write_report
    from media import make_clip

    source = make_clip(str(tmp_path / "phone.mp4"), width=320, height=180, seconds=2, audio=False, rotation=90)
    job = Job.create(source, str(tmp_path / "out"), build_options(thumbnails="none", formats="mp4"))
    assert Engine().run(job) == 0
    outcome = measure_outputs(job.out_dir, source, mode="full")
    assert not outcome.failed
    _, p = _parse(write_report(job.out_dir, str(tmp_path / "r.html"), source=source, results=outcome.results,
                               mode=outcome.mode))
    assert p.moments and all(len(m["images"]) == 2 for m in p.moments)
    for m in p.moments:
        src, ren = (_jpeg(i) for i in m["images"])
        assert src.shape == ren.shape == (568, 320, 3)  # portrait, 320 wide
        # Upright both: the rendition is far closer to the source than to the source turned upside down.
        assert np.abs(src - ren).mean() < 0.8 * np.abs(src[::-1, ::-1] - ren).mean()
