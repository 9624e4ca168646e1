"""The quality report: one self-contained HTML file about a measured job folder (issue 13).

`write_report(job_dir, out)` reads what `app.core.measure` left in the folder (``status.json``'s
``measuredQuality`` per rendition, ``quality.json``'s per-frame scores) and writes one HTML file that needs nothing
else, no network: the table per rendition (SSIM, PSNR, XPSNR when measured: mean / 5th percentile / minimum,
bitrate, frames, mode; a rendition that could not be measured with its reason), the quality-vs-bitrate charts (one
point per rendition, the HLS ladder as a curve), the per-frame score plot of each rendition and its worst moments
with a picture of the source and of the rendition at each. Charts are inline SVG; pictures are base64 JPEGs decoded
in the media worker (``worker stills``). Every text from outside (file names, reasons) is escaped.

Qt-free and numpy-free; the pictures are the only media work, done in the worker process.
"""

from __future__ import annotations

import base64
import json
import math
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import escape

from app.core.layout import replace_file
from app.core.measure import find_renditions, load_series

# (key in the scores, label, digits, unit)
METRICS = (("ssim", "SSIM", 4, ""), ("psnr", "PSNR", 2, " dB"), ("xpsnr_y", "XPSNR", 2, " dB"))
STILL_WIDTH = 320
_PLOT_POINTS = 1200  # per-frame plots: at most this many points per line (the lowest of each bucket kept)


@dataclass
class Row:
    id: str
    path: str | None
    quality: dict | None = None  # measuredQuality: frames, seconds, bitrate, scores
    error: str | None = None
    series: dict = field(default_factory=dict)  # times and per-frame scores
    moments: list[dict] = field(default_factory=list)  # {"time", "window", "score", "metric", "source", "rendition"}

    @property
    def kind(self) -> str:
        return self.id.split(":", 1)[0]


@dataclass
class ReportData:
    job_dir: str
    source: str | None
    mode: str | None
    vmaf: str | None
    measured_at: str | None
    rows: list[Row]
    note: str | None = None  # why there are no pictures, when there are none


def _status(job_dir: str) -> dict:
    try:
        with open(os.path.join(job_dir, "status.json"), encoding="utf-8") as f:
            doc = json.load(f)
        return doc if isinstance(doc, dict) else {}
    except (OSError, ValueError):
        return {}


def gather(job_dir: str, *, source: str | None = None, results: dict | None = None, mode: str | None = None,
           vmaf: str | None = None) -> ReportData:
    """What the report shows: the folder's measured scores, overridden by `results` (id -> ``{"quality"}`` or
    ``{"error"}``, as `MeasureOutcome.results`) when given."""
    doc = _status(job_dir)
    encoding: dict = doc["encoding"] if isinstance(doc.get("encoding"), dict) else {}
    how = encoding.get("qualityMeasurement") or {}
    measured: dict[str, dict] = {}
    for entry in encoding.get("qualities") or []:
        if isinstance(entry, dict) and isinstance(entry.get("measuredQuality"), dict):
            measured[f"{entry.get('type')}:{entry.get('quality')}"] = entry["measuredQuality"]
    for rid, r in (results or {}).items():
        measured[rid] = r["quality"] if "quality" in r else {"error": r.get("error") or "not measured"}
    series_doc = load_series(job_dir)
    paths = dict(find_renditions(job_dir))
    order = [rid for rid in paths if rid in measured] + sorted(rid for rid in measured if rid not in paths)
    rows = []
    for rid in order:
        m = measured[rid]
        row = Row(rid, paths.get(rid))
        if m.get("error") or not isinstance(m.get("scores"), dict):
            row.error = str(m.get("error") or "not measured")
        else:
            row.quality = m
            s = series_doc["renditions"].get(rid)
            row.series = s if isinstance(s, dict) and isinstance(s.get("times"), list) else {}
            row.moments = _moments(row)
        rows.append(row)
    return ReportData(job_dir=job_dir, source=source or series_doc.get("source"),
                      mode=mode or how.get("mode") or series_doc.get("mode"),
                      vmaf=vmaf or how.get("vmaf"), measured_at=how.get("measuredAt"), rows=rows)


def _moments(row: Row) -> list[dict]:
    """The worst one-second windows (of SSIM, else PSNR) and, in each, the time of its lowest-scoring frame."""
    assert row.quality is not None
    scores = row.quality["scores"]
    metric = next((k for k in ("ssim", "psnr", "xpsnr_y") if k in scores), None)
    if metric is None:
        return []
    out = []
    times, values = row.series.get("times") or [], row.series.get(metric) or []
    for start, mean in scores[metric].get("worst") or []:
        inside = [(v, t) for t, v in zip(times, values) if start <= t < start + 1 and v is not None]
        at = min(inside)[1] if inside else start + 0.5
        out.append({"time": float(at), "window": float(start), "score": mean, "metric": metric})
    return out


# -- pictures ------------------------------------------------------------------------------------------------
def add_stills(data: ReportData, width: int = STILL_WIDTH, timeout: float = 600) -> None:
    """Decode (in the media worker) the source's and each rendition's picture at its worst moments; the JPEG
    bytes go into each moment's ``source``/``rendition``. Without a readable source, `data.note` says why."""
    from app.core.engine import probe_isolated, run_worker_once
    from app.core.errors import RenditionError

    wanted = [(row, m) for row in data.rows for m in row.moments if row.path]
    if not wanted:
        return
    if not data.source or not os.path.isfile(data.source):
        data.note = f"no pictures: the source {data.source or '(unknown)'} is not here"
        return
    tmp = tempfile.mkdtemp(prefix="rs-report-")
    try:
        try:
            rotation = probe_isolated(data.source).rotation
        except RenditionError as exc:
            data.note = f"no pictures: the source could not be read ({exc})"
            return
        items: list[dict] = []
        source_at: dict[float, int] = {}
        for row, m in wanted:
            key = round(m["time"], 3)
            if key not in source_at:
                source_at[key] = len(items)
                items.append({"path": data.source, "time": m["time"], "out": os.path.join(tmp, f"{len(items)}.jpg")})
            m["_s"] = source_at[key]
            m["_r"] = len(items)
            items.append({"path": row.path, "time": m["time"], "out": os.path.join(tmp, f"{len(items)}.jpg")})
        spec_path = os.path.join(tmp, "spec.json")
        with open(spec_path, "w", encoding="utf-8") as f:
            json.dump({"source": data.source, "rotation": rotation, "width": width, "items": items}, f)
        try:
            answer = run_worker_once(["stills", spec_path], timeout=timeout)
        except RenditionError as exc:
            data.note = f"no pictures: {exc}"
            return
        if not answer.get("ok"):
            data.note = f"no pictures: {answer.get('error')}"
            return
        made = answer.get("stills") or []

        def read(i: int) -> bytes | None:
            if i < len(made) and made[i].get("out"):
                with open(made[i]["out"], "rb") as f:
                    return f.read()
            return None

        for _row, m in wanted:
            m["source"], m["rendition"] = read(m.pop("_s")), read(m.pop("_r"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# -- HTML ----------------------------------------------------------------------------------------------------
def _num(v, digits: int, unit: str = "") -> str:
    if v is None:
        return "identical (∞)" if unit else "–"
    return f"{v:.{digits}f}{unit}"


def _attr(v) -> str:
    return "" if v is None else escape(repr(float(v)), quote=True)


def _kbps(bitrate) -> str:
    return f"{bitrate / 1000:,.0f} kb/s" if bitrate else "–"


def _table(data: ReportData, metrics: list[tuple[str, str, int, str]]) -> str:
    head = "<tr><th rowspan=2>Rendition</th>" + "".join(f"<th colspan=3>{label}</th>" for _, label, _, _ in metrics)
    head += "<th rowspan=2>Bitrate</th><th rowspan=2>Frames</th><th rowspan=2>Mode</th></tr><tr>"
    head += "<th>mean</th><th>5th pct</th><th>min</th>" * len(metrics) + "</tr>"
    body = []
    for row in data.rows:
        cells = [f"<th scope=row>{escape(row.id)}</th>"]
        if row.quality is None:
            cells.append(f"<td class=error colspan={len(metrics) * 3 + 3}>not measured: {escape(row.error or '')}</td>")
        else:
            scores = row.quality["scores"]
            for key, _, digits, unit in metrics:
                s = scores.get(key)
                for stat in ("mean", "p5", "min"):
                    if s is None:
                        cells.append("<td>–</td>")
                    else:
                        v = s.get(stat)
                        cells.append(f"<td data-metric={key} data-stat={stat} data-value='{_attr(v)}'>"
                                     f"{escape(_num(v, digits, unit))}</td>")
            br = row.quality.get("bitrate")
            cells.append(f"<td data-metric=bitrate data-value='{_attr(br)}'>{escape(_kbps(br))}</td>")
            cells.append(f"<td data-metric=frames data-value='{_attr(row.quality.get('frames'))}'>"
                         f"{row.quality.get('frames')}</td>")
            cells.append(f"<td>{escape(data.mode or '–')}</td>")
        body.append(f"<tr data-rendition='{escape(row.id, quote=True)}'>{''.join(cells)}</tr>")
    return f"<table id=scores><thead>{head}</thead><tbody>{''.join(body)}</tbody></table>"


def _ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    if hi <= lo:
        return [lo]
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.ceil(lo / step) * step
    return [first + i * step for i in range(int((hi - first) / step + 1e-9) + 1)]


def _fmt_tick(v: float, step: float) -> str:
    digits = max(0, -int(math.floor(math.log10(step)))) if step > 0 else 0
    return f"{v:.{digits}f}"


def _bitrate_chart(data: ReportData, key: str, label: str, digits: int, unit: str) -> str:
    pts = [(row, row.quality["bitrate"], row.quality["scores"][key]["mean"]) for row in data.rows
           if row.quality and row.quality.get("bitrate") and key in row.quality["scores"]
           and row.quality["scores"][key].get("mean") is not None]
    if not pts:
        return ""
    W, H, L, R, T, B = 560, 320, 64, 20, 20, 46
    xs = [math.log10(b) for _, b, _ in pts]
    ys = [v for _, _, v in pts]
    x0, x1 = min(xs) - 0.08, max(xs) + 0.08
    y0, y1 = min(ys), max(ys)
    pad = (y1 - y0) * 0.12 or (0.01 if key == "ssim" else 0.5)
    y0, y1 = y0 - pad, y1 + pad

    def X(b: float) -> float:
        return L + (math.log10(b) - x0) / (x1 - x0) * (W - L - R)

    def Y(v: float) -> float:
        return T + (y1 - v) / (y1 - y0) * (H - T - B)

    parts = [f"<svg id='chart-{key}' class=chart viewBox='0 0 {W} {H}' width={W} height={H} role=img "
             f"aria-label='{label} against bitrate'>",
             f"<rect x={L} y={T} width={W - L - R} height={H - T - B} class=frame />"]
    yt = _ticks(y0, y1)
    step = yt[1] - yt[0] if len(yt) > 1 else 1
    for v in yt:
        parts.append(f"<line x1={L} x2={W - R} y1={Y(v):.1f} y2={Y(v):.1f} class=grid />"
                     f"<text x={L - 6} y={Y(v) + 4:.1f} text-anchor=end>{_fmt_tick(v, step)}</text>")
    mantissas = (1, 2, 5) if x1 - x0 > 1 else (1, 1.5, 2, 3, 4, 5, 7)
    for e in range(math.floor(x0), math.ceil(x1) + 1):
        for m in mantissas:
            b = m * 10 ** e
            if x0 <= math.log10(b) <= x1:
                parts.append(f"<line x1={X(b):.1f} x2={X(b):.1f} y1={T} y2={H - B} class=grid />"
                             f"<text x={X(b):.1f} y={H - B + 16} text-anchor=middle>{b / 1000:g}</text>")
    parts.append(f"<text x={(L + W - R) / 2} y={H - 6} text-anchor=middle>bitrate (kb/s, log scale)</text>"
                 f"<text x=14 y={(T + H - B) / 2} text-anchor=middle transform='rotate(-90 14 {(T + H - B) / 2})'>"
                 f"{label} mean{unit}</text>")
    ladder = sorted((b, v) for row, b, v in pts if row.kind == "hls")
    if len(ladder) > 1:
        parts.append("<polyline class='ladder' points='" + " ".join(f"{X(b):.1f},{Y(v):.1f}" for b, v in ladder)
                     + "' />")
    for row, b, v in pts:
        tip = escape(f"{row.id}: {_num(v, digits, unit)} at {_kbps(b)}")
        shape = (f"<circle cx={X(b):.1f} cy={Y(v):.1f} r=5" if row.kind == "hls"
                 else f"<rect x={X(b) - 5:.1f} y={Y(v) - 5:.1f} width=10 height=10")
        parts.append(f"{shape} class='point {escape(row.kind)}' data-rendition='{escape(row.id, quote=True)}' "
                     f"data-bitrate='{_attr(b)}' data-value='{_attr(v)}'><title>{tip}</title>"
                     f"{'</circle>' if row.kind == 'hls' else '</rect>'}"
                     + _point_label(row, X(b), Y(v), W - R))
    parts.append("</svg>")
    return "".join(parts)


def _point_label(row: Row, x: float, y: float, right: float) -> str:
    """HLS names above the point, MP4 names below it (the MP4 often sits on the top rung); leftwards near the
    right edge."""
    end = x > right - 90
    dx = -8 if end else 8
    dy = -8 if row.kind == "hls" else 18
    anchor = " text-anchor=end" if end else ""
    return f"<text x={x + dx:.1f} y={y + dy:.1f}{anchor} class=label>{escape(row.id)}</text>"


def _thin(times: list, values: list) -> list[tuple[float, float | None]]:
    """At most `_PLOT_POINTS` points: the lowest of each bucket, so a dip stays visible."""
    pairs = list(zip(times, values))
    if len(pairs) <= _PLOT_POINTS:
        return pairs
    size = math.ceil(len(pairs) / _PLOT_POINTS)
    out = []
    for i in range(0, len(pairs), size):
        bucket = pairs[i:i + size]
        real = [p for p in bucket if p[1] is not None]
        out.append(min(real, key=lambda p: p[1]) if real else bucket[0])
    return out


def _frame_plot(row: Row, key: str, label: str, unit: str) -> str:
    times, values = row.series.get("times") or [], row.series.get(key) or []
    real = [v for v in values if v is not None]
    if not times or not real or len(times) != len(values):
        return ""
    W, H, L, R, T, B = 760, 150, 64, 12, 10, 30
    t0, t1 = min(times), max(times)
    t1 = t1 if t1 > t0 else t0 + 1
    v0, v1 = min(real), max(real)
    pad = (v1 - v0) * 0.08 or (0.005 if key == "ssim" else 0.5)
    v0, v1 = v0 - pad, v1 + pad

    def X(t: float) -> float:
        return L + (t - t0) / (t1 - t0) * (W - L - R)

    def Y(v: float | None) -> float:  # None: identical pictures (PSNR infinite), drawn at the top
        return T if v is None else T + (v1 - v) / (v1 - v0) * (H - T - B)

    parts = [f"<svg class=frames data-rendition='{escape(row.id, quote=True)}' data-metric={key} "
             f"viewBox='0 0 {W} {H}' width={W} height={H} role=img aria-label='{label} per frame'>",
             f"<rect x={L} y={T} width={W - L - R} height={H - T - B} class=frame />"]
    for m in row.moments:
        parts.append(f"<rect x={X(m['window']):.1f} y={T} width={max(2.0, X(m['window'] + 1) - X(m['window'])):.1f} "
                     f"height={H - T - B} class=worst />")
    yt = _ticks(v0, v1, 3)
    step = yt[1] - yt[0] if len(yt) > 1 else 1
    for v in yt:
        parts.append(f"<text x={L - 6} y={Y(v) + 4:.1f} text-anchor=end>{_fmt_tick(v, step)}</text>"
                     f"<line x1={L} x2={W - R} y1={Y(v):.1f} y2={Y(v):.1f} class=grid />")
    tt = _ticks(t0, t1, 8)
    tstep = tt[1] - tt[0] if len(tt) > 1 else 1
    for t in tt:
        parts.append(f"<text x={X(t):.1f} y={H - B + 16} text-anchor=middle>{_fmt_tick(t, tstep)} s</text>")
    # A gap in time (sampled windows) breaks the line.
    line: list[str] = []
    last: float | None = None
    gap = max(0.5, 4 * (t1 - t0) / max(1, len(times)))
    for when, score in _thin(times, values):
        if last is not None and when - last > gap and line:
            parts.append("<polyline class=series points='" + " ".join(line) + "' />")
            line = []
        line.append(f"{X(when):.1f},{Y(score):.1f}")
        last = when
    if line:
        parts.append("<polyline class=series points='" + " ".join(line) + "' />")
    parts.append(f"<text x={L + 6} y={T + 14} class=label>{label}{unit}</text></svg>")
    return "".join(parts)


def _img(data: bytes | None, alt: str) -> str:
    if not data:
        return f"<div class=missing>{escape(alt)}: no picture</div>"
    return f"<img alt='{escape(alt, quote=True)}' src='data:image/jpeg;base64,{base64.b64encode(data).decode()}'>"


def _rendition_section(row: Row, metrics: list[tuple[str, str, int, str]]) -> str:
    out = [f"<section class=rendition data-rendition='{escape(row.id, quote=True)}'><h3>{escape(row.id)}</h3>"]
    plots = [_frame_plot(row, key, label, unit) for key, label, _, unit in metrics]
    plots = [p for p in plots if p]
    out.extend(plots or ["<p>No per-frame scores were kept for this rendition.</p>"])
    if row.moments:
        out.append("<h4>Worst moments</h4><div class=moments>")
        for m in row.moments:
            metric = next(x for x in METRICS if x[0] == m["metric"])
            caption = (f"{m['time']:.2f} s — {metric[1]} over the second from {m['window']:.0f} s: "
                       f"{_num(m['score'], metric[2], metric[3])}")
            out.append(f"<figure class=moment data-time='{_attr(m['time'])}'>"
                       f"<div class=pair>{_img(m.get('source'), 'source')}{_img(m.get('rendition'), row.id)}</div>"
                       f"<figcaption>{escape(caption)}<br>left: source, right: {escape(row.id)}</figcaption></figure>")
        out.append("</div>")
    out.append("</section>")
    return "".join(out)


_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1d1f23;background:#fff}
h1{font-size:20px}h2{font-size:17px;margin-top:28px}h3{font-size:15px;margin:22px 0 6px}h4{margin:10px 0 4px}
table{border-collapse:collapse}th,td{border:1px solid #ccd;padding:3px 8px;text-align:right}
thead th{background:#eef0f4;text-align:center}tbody th{text-align:left}td.error{color:#a01010;text-align:left}
.meta{color:#555}.meta code{word-break:break-all}
svg text{font:11px system-ui,sans-serif;fill:#333}svg .frame{fill:none;stroke:#99a}svg .grid{stroke:#e3e5ea}
svg .ladder{fill:none;stroke:#3465a4;stroke-width:2}svg .point{fill:#3465a4}svg .point.mp4{fill:#c4581b}
svg .series{fill:none;stroke:#3465a4;stroke-width:1.2}svg .worst{fill:#f4c7c3;opacity:.6}
.charts{display:flex;flex-wrap:wrap;gap:16px}.moments{display:flex;flex-wrap:wrap;gap:12px}
figure{margin:0}figcaption{font-size:12px;color:#444;max-width:660px}.pair{display:flex;gap:4px}
.pair img{display:block;border:1px solid #ccd}.missing{padding:20px;border:1px dashed #aab;color:#777}
"""


def render(data: ReportData) -> str:
    """The whole report as one HTML document (no external resource of any kind)."""
    present = {k for row in data.rows if row.quality for k in row.quality["scores"]}
    metrics = [m for m in METRICS if m[0] in present] or list(METRICS[:2])
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    name = os.path.basename(os.path.normpath(data.job_dir))
    parts = ["<!DOCTYPE html><html lang=en><head><meta charset=utf-8>",
             "<meta name=viewport content='width=device-width, initial-scale=1'>",
             f"<title>Quality report: {escape(name)}</title><style>{_CSS}</style></head><body>",
             f"<h1>Quality report: {escape(name)}</h1><p class=meta>Folder <code>{escape(data.job_dir)}</code><br>"
             f"Source <code>{escape(data.source or '(unknown)')}</code><br>"
             f"Mode: {escape(data.mode or '–')}"
             + (f", measured {escape(data.measured_at)}" if data.measured_at else "")
             + f"; report written {now}"
             + (f"<br>{escape(data.vmaf)}" if data.vmaf else "") + "</p>",
             "<h2>Scores</h2><p>Mean, 5th percentile and minimum of each score over the measured frames; "
             "SSIM 1 and PSNR “identical” mean the pictures are the same.</p>",
             _table(data, metrics)]
    charts = [_bitrate_chart(data, key, label, digits, unit) for key, label, digits, unit in metrics]
    if any(charts):
        parts.append("<h2>Quality against bitrate</h2><p>One point per rendition (circles: HLS, the line joins the "
                     "ladder; squares: MP4).</p><div class=charts>" + "".join(c for c in charts if c) + "</div>")
    measured = [row for row in data.rows if row.quality]
    if measured:
        parts.append("<h2>Per frame and worst moments</h2><p>Each rendition's scores over time (shaded: its worst "
                     "one-second windows), then the source and the rendition at the lowest-scoring frame of each.</p>")
        if data.note:
            parts.append(f"<p class=meta>{escape(data.note)}</p>")
        parts.extend(_rendition_section(row, metrics) for row in measured)
    parts.append("</body></html>\n")
    return "".join(parts)


def write_report(job_dir: str, out: str, *, source: str | None = None, results: dict | None = None,
                 mode: str | None = None, vmaf: str | None = None, stills: bool = True) -> str:
    """Write the report of `job_dir` to `out` (atomically); returns `out`. See `gather` for `results`."""
    data = gather(job_dir, source=source, results=results, mode=mode, vmaf=vmaf)
    if stills:
        add_stills(data)
    folder = os.path.dirname(os.path.abspath(out))
    os.makedirs(folder, exist_ok=True)
    replace_file(os.path.abspath(out), render(data))
    return out
