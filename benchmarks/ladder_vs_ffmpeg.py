#!/usr/bin/env python3
"""Rendition Studio's encoder against one `ffmpeg` command doing the same ladder, side by side.

    python benchmarks/ladder_vs_ffmpeg.py [--seconds 8] [--height 1080|2160] [--repeat 3] [--json result.json]
    python benchmarks/ladder_vs_ffmpeg.py --progress-overhead [--repeat 3]

Generates (and caches under --work) a synthetic H.264/AAC source with PyAV, reads our ladder plan for it
from `app.core.ladder.plan_job`, builds the ffmpeg peer command from that plan, then runs
`rendition-studio encode` and the ffmpeg command alternately, measuring wall time, CPU time of the
process tree, CPU use as a share of all cores, and peak RSS (process-tree sum, sampled; and the largest
single process, from the kernel's high-water mark). Prints medians and ours/ffmpeg ratios.

See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import threading
import time
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
if REPO not in sys.path:
    sys.path.insert(0, REPO)

import av  # noqa: E402
import numpy as np  # noqa: E402

from app.core.ladder import plan_job  # noqa: E402
from app.core.probe import probe_source  # noqa: E402

GENERATOR_VERSION = 1  # bump when the synthetic content changes, so cached sources are rebuilt
PAGE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_S = 0.05
MISSING = {"exists": False}
INSTALL_HINT = ("ffmpeg is not on PATH; install it with `apt-get install -y ffmpeg` (Debian/Ubuntu) to compare "
                "against it")


# -- source --------------------------------------------------------------------------------------------------
def source_path(work: str, height: int, seconds: float, fps: int) -> str:
    width = (height * 16 // 9) & ~1
    return os.path.join(work, f"source-{width}x{height}-{fps}fps-{seconds:g}s-v{GENERATOR_VERSION}.mp4")


def generate_source(path: str, height: int, seconds: float, fps: int = 30) -> None:
    """Synthetic clip with real motion: drifting colour gradients, a moving checkerboard and grain (x264 has
    to work for it), plus stereo AAC tones. Encoded with libx264 ultrafast crf 18."""
    width = (height * 16 // 9) & ~1
    frames = int(round(seconds * fps))
    tmp = path + ".partial.mp4"
    rng = np.random.default_rng(1234)
    y = np.linspace(0.0, 1.0, height, dtype=np.float32)[:, None]
    x = np.linspace(0.0, 1.0, width, dtype=np.float32)[None, :]
    xs = np.arange(width)
    ys = np.arange(height)
    # A few grain planes reused in rotation: cheaper than fresh noise every frame, still not static.
    grain = [rng.integers(-10, 11, size=(height, width, 1), dtype=np.int16) for _ in range(5)]
    cell = max(16, height // 14)

    out = av.open(tmp, "w", format="mp4")
    vs = out.add_stream("libx264", rate=fps)
    vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
    vs.codec_context.options = {"preset": "ultrafast", "crf": "18"}
    sr = 48000
    aus = out.add_stream("aac", rate=sr, layout="stereo")
    aus.codec_context.bit_rate = 192_000

    t_audio = 0
    samples_total = int(round(seconds * sr))
    for i in range(frames):
        t = i / fps
        r = 0.5 + 0.5 * np.sin(2 * np.pi * (x * 1.5 + t * 0.25))
        g = 0.5 + 0.5 * np.sin(2 * np.pi * (y * 1.2 - t * 0.2))
        b = 0.5 + 0.5 * np.sin(2 * np.pi * ((x + y) * 0.8 + t * 0.33))
        base = np.stack(np.broadcast_arrays(r, g, b), axis=-1) * 200.0
        cx = ((xs + int(t * 240)) // cell) & 1
        cy = ((ys + int(t * 90)) // cell) & 1
        board = (cy[:, None] ^ cx[None, :]).astype(np.int16)[:, :, None] * 55
        img = base.astype(np.int16) + board + grain[i % len(grain)]
        frame = av.VideoFrame.from_ndarray(np.clip(img, 0, 255).astype(np.uint8), format="rgb24")
        frame.pts = i
        frame.time_base = Fraction(1, fps)
        for p in vs.encode(frame):
            out.mux(p)
        # Audio up to the end of this video frame, in 1024-sample AAC frames.
        until = min(samples_total, int(round((i + 1) / fps * sr)))
        while t_audio + 1024 <= until or (i == frames - 1 and t_audio < samples_total):
            n = 1024
            tt = (t_audio + np.arange(n, dtype=np.float32)) / sr
            left = 0.3 * np.sin(2 * np.pi * 440.0 * tt) + 0.02 * rng.standard_normal(n).astype(np.float32)
            right = 0.3 * np.sin(2 * np.pi * (660.0 + 40 * np.sin(tt)) * tt)
            af = av.AudioFrame.from_ndarray(np.stack([left, right]).astype(np.float32), format="fltp", layout="stereo")
            af.sample_rate = sr
            af.pts = t_audio
            af.time_base = Fraction(1, sr)
            for p in aus.encode(af):
                out.mux(p)
            t_audio += n
    for p in vs.encode(None):
        out.mux(p)
    for p in aus.encode(None):
        out.mux(p)
    out.close()
    os.replace(tmp, path)


def ensure_source(work: str, height: int, seconds: float, fps: int) -> str:
    path = source_path(work, height, seconds, fps)
    if os.path.exists(path):
        print(f"source: {path} (cached)")
        return path
    os.makedirs(work, exist_ok=True)
    print(f"source: generating {path} ...", flush=True)
    t0 = time.perf_counter()
    generate_source(path, height, seconds, fps)
    print(f"source: generated in {time.perf_counter() - t0:.1f} s, {os.path.getsize(path) / 1e6:.1f} MB")
    return path


# -- commands ------------------------------------------------------------------------------------------------
SEPARATE = False  # --separate-encodes: ours encodes every output on its own too, as the peer does


def our_command(src: str, out_root: str, as_json: bool = False) -> list[str]:
    cmd = [sys.executable, "-m", "app", "encode", src, "--out", out_root, "--thumbnails", "none", "--hwaccel", "off"]
    return cmd + (["--json"] if as_json else []) + (["--separate-encodes"] if SEPARATE else [])


def our_env(work: str) -> dict:
    env = dict(os.environ)
    # Keep the benchmark's jobs out of the user's own job store.
    env["RENDITION_STUDIO_DATA_DIR"] = os.path.join(work, "store")
    return env


def _gop_frames(plan, source) -> int:
    return max(1, round(plan.gop_seconds * float(Fraction(source.frame_rate_num, source.frame_rate_den))))


def _one_decode_split(ffmpeg: str, src: str, sizes: list[tuple[int, int]]) -> list[str]:
    """The start of a peer command: one decode, `split` into one picture per size, each scaled to it ([v<i>])."""
    graph = f"[0:v:0]split={len(sizes)}" + "".join(f"[s{i}]" for i in range(len(sizes)))
    for i, (w, h) in enumerate(sizes):
        graph += f";[s{i}]scale={w}:{h}[v{i}]"
    return [ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", src, "-filter_complex", graph]


def _encode_args(plan, r, gop: int) -> list[str]:
    """One output's encoders, with the plan's x264 preset, bitrate, VBV and GOP (and its AAC audio)."""
    args = ["-c:v", "libx264", "-preset", plan.encoder_preset,
            "-b:v", f"{r.video_kbps}k", "-maxrate", f"{r.maxrate_kbps}k", "-bufsize", f"{r.bufsize_kbps}k",
            "-g", str(gop), "-keyint_min", str(gop), "-sc_threshold", "0", "-pix_fmt", "yuv420p"]
    return args + (["-c:a", "aac", "-b:a", f"{plan.audio_kbps}k"] if plan.audio_kbps else [])


def ffmpeg_command(ffmpeg: str, src: str, job_dir: str, plan, source) -> list[str]:
    """One ffmpeg process, one decode, split=N, every output scaled from the full-size picture, every output
    encoded on its own (video and audio) with the plan's settings. Outputs mirror our layout:
    JOB/hls/<quality>/index.m3u8 + segment_%05d.ts and JOB/mp4/<quality>.mp4."""
    rs = plan.renditions
    gop = _gop_frames(plan, source)
    cmd = _one_decode_split(ffmpeg, src, [(r.width, r.height) for r in rs])
    for i, r in enumerate(rs):
        cmd += ["-map", f"[v{i}]"]
        if plan.audio_kbps:
            cmd += ["-map", "0:a:0"]
        cmd += _encode_args(plan, r, gop)
        if r.type == "hls":
            folder = os.path.join(job_dir, "hls", r.quality)
            cmd += ["-f", "hls", "-hls_time", f"{plan.segment_seconds:g}", "-hls_playlist_type", "vod",
                    "-hls_segment_filename", os.path.join(folder, "segment_%05d.ts"),
                    os.path.join(folder, "index.m3u8")]
        else:
            cmd += ["-movflags", "+faststart", os.path.join(job_dir, "mp4", f"{r.quality}.mp4")]
    return cmd


def ffmpeg_tee_command(ffmpeg: str, src: str, job_dir: str, plan, source) -> list[str]:
    """The strongest single-process peer: one decode, split into one picture per distinct encode, and each
    encode written once — the top rung's encode goes to both its HLS rung and the MP4 through the `tee` muxer
    (as our engine shares that encode). Same x264 preset, bitrates, VBV and GOP as the plan. The TS side gets
    SPS/PPS in-band at every keyframe (`dump_extra`), since the shared encode has global headers for the MP4."""
    gop = _gop_frames(plan, source)
    groups: dict[int, list] = {}
    for r in plan.renditions:
        groups.setdefault(r.encode_group, []).append(r)
    encodes = list(groups.values())
    cmd = _one_decode_split(ffmpeg, src, [(rs[0].width, rs[0].height) for rs in encodes])
    for i, rs in enumerate(encodes):
        r = rs[0]
        cmd += ["-map", f"[v{i}]"] + (["-map", "0:a:0"] if plan.audio_kbps else [])
        cmd += _encode_args(plan, r, gop)
        slaves = []
        for x in rs:
            if x.type == "hls":
                folder = os.path.join(job_dir, "hls", x.quality)
                slaves.append(f"[f=hls:hls_time={plan.segment_seconds:g}:hls_playlist_type=vod:"
                              f"hls_segment_filename={os.path.join(folder, 'segment_%05d.ts')}"
                              + (":bsfs/v=dump_extra" if len(rs) > 1 else "")
                              + f"]{os.path.join(folder, 'index.m3u8')}")
            else:
                slaves.append(f"[f=mp4:movflags=+faststart]{os.path.join(job_dir, 'mp4', f'{x.quality}.mp4')}")
        if len(rs) > 1:
            cmd += ["-flags:v", "+global_header", "-flags:a", "+global_header", "-f", "tee", "|".join(slaves)]
        else:
            one = slaves[0]
            opts, path = one[1:].split("]", 1)
            kv = dict(o.split("=", 1) for o in opts.split(":"))
            cmd += ["-f", kv.pop("f")] + [a for k, v in kv.items() for a in (f"-{k}", v)] + [path]
    return cmd


def prepare_ffmpeg_dirs(job_dir: str, plan) -> None:
    shutil.rmtree(job_dir, ignore_errors=True)
    for r in plan.renditions:
        os.makedirs(os.path.join(job_dir, "hls", r.quality) if r.type == "hls" else os.path.join(job_dir, "mp4"),
                    exist_ok=True)


# -- measuring -----------------------------------------------------------------------------------------------
def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def parse_cpus(text: str) -> set[int]:
    """``0,2-3`` -> {0, 2, 3} (taskset -c's list form)."""
    cpus: set[int] = set()
    for part in text.split(","):
        lo, _, hi = part.strip().partition("-")
        cpus.update(range(int(lo), int(hi or lo) + 1))
    if not cpus:
        raise ValueError("no core named")
    return cpus


def _ppid_map() -> dict[int, int]:
    out = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                data = fh.read()
            out[int(name)] = int(data[data.rindex(b")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            pass
    return out


def _tree(root: int) -> list[int]:
    kids: dict[int, list[int]] = {}
    for pid, ppid in _ppid_map().items():
        kids.setdefault(ppid, []).append(pid)
    todo, seen = [root], []
    while todo:
        pid = todo.pop()
        seen.append(pid)
        todo.extend(kids.get(pid, ()))
    return seen


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def measure(cmd: list[str], *, env=None, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) -> dict:
    """Run `cmd`, sampling the RSS of its process tree every 50 ms. CPU time and the largest process's peak
    RSS come from wait4() on the child: Linux reports the child plus every descendant it waited for."""
    if not sys.platform.startswith("linux"):
        raise SystemExit("this benchmark reads /proc and needs Linux")
    cores = usable_cores()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr)
    result: dict = {}
    done = threading.Event()

    def reap():
        _, status, ru = os.wait4(proc.pid, 0)
        result["wall"] = time.perf_counter() - t0
        result["status"] = status
        result["ru"] = ru
        done.set()

    threading.Thread(target=reap, daemon=True).start()
    peak_sum = peak_one = 0
    max_procs = 0
    while not done.wait(SAMPLE_S):
        pids = _tree(proc.pid)
        rss = [_rss(p) for p in pids]
        peak_sum = max(peak_sum, sum(rss))
        peak_one = max(peak_one, max(rss, default=0))
        max_procs = max(max_procs, sum(1 for r in rss if r))
    proc.returncode = os.waitstatus_to_exitcode(result["status"])
    ru = result["ru"]
    cpu = ru.ru_utime + ru.ru_stime
    return {
        "rc": proc.returncode,
        "wall_s": result["wall"],
        "cpu_s": cpu,
        "user_s": ru.ru_utime,
        "sys_s": ru.ru_stime,
        "cpu_pct_of_all_cores": 100.0 * cpu / result["wall"] / cores,
        "peak_rss_tree_sum_mib": peak_sum / 2**20,  # sampled every 50 ms, so a short spike can be missed
        "peak_rss_largest_process_mib": max(ru.ru_maxrss * 1024, peak_one) / 2**20,  # kernel high-water mark
        "max_processes_seen": max_procs,
        "loadavg_after": os.getloadavg()[0],
    }


METRICS = [
    ("wall_s", "wall time (s)", "{:.2f}"),
    ("cpu_s", "CPU time, user+sys (s)", "{:.2f}"),
    ("cpu_pct_of_all_cores", "CPU use (% of all cores)", "{:.0f}"),
    ("peak_rss_tree_sum_mib", "peak RSS, tree sum (MiB)", "{:.0f}"),
    ("peak_rss_largest_process_mib", "peak RSS, largest process (MiB)", "{:.0f}"),
]


def medians(runs: list[dict]) -> dict:
    return {k: statistics.median(r[k] for r in runs) for k, _, _ in METRICS} if runs else {}


def _run_line(label: str, i: int, m: dict) -> str:
    return (f"  run {i + 1} {label:<7} wall {m['wall_s']:6.2f} s  cpu {m['cpu_s']:6.2f} s  "
            f"{m['cpu_pct_of_all_cores']:4.0f}% of cores  rss sum {m['peak_rss_tree_sum_mib']:5.0f} MiB  "
            f"largest {m['peak_rss_largest_process_mib']:5.0f} MiB  procs {m['max_processes_seen']}  "
            f"load {m['loadavg_after']:.2f}  rc {m['rc']}")


# -- output checks -------------------------------------------------------------------------------------------
def collect_outputs(job_dir: str, plan) -> dict:
    """{rendition id: {"path", "exists", "width", "height", "bytes", "kbps"}} for the plan's outputs."""
    out = {}
    for r in plan.renditions:
        if r.type == "hls":
            folder = os.path.join(job_dir, "hls", r.quality)
            path = os.path.join(folder, "index.m3u8")
            files = [os.path.join(folder, f) for f in os.listdir(folder)] if os.path.isdir(folder) else []
            size = sum(os.path.getsize(f) for f in files if f.endswith(".ts"))
            segments = sum(1 for f in files if f.endswith(".ts"))
        else:
            path = os.path.join(job_dir, "mp4", f"{r.quality}.mp4")
            size = os.path.getsize(path) if os.path.exists(path) else 0
            segments = None
        info = {"path": path, "exists": os.path.exists(path), "bytes": size, "segments": segments}
        if info["exists"]:
            try:
                with av.open(path) as c:
                    v = c.streams.video[0]
                    info.update(width=v.codec_context.width, height=v.codec_context.height,
                                audio=bool(c.streams.audio),
                                duration_s=(c.duration / 1e6) if c.duration else None)
            except Exception as exc:  # noqa: BLE001
                info["error"] = str(exc)
        if info.get("duration_s"):
            info["kbps"] = size * 8 / 1000 / info["duration_s"]
        out[r.id] = info
    return out


def check_outputs(label: str, outputs: dict, plan) -> bool:
    ok = True
    for r in plan.renditions:
        o = outputs[r.id]
        good = o["exists"] and o.get("width") == r.width and o.get("height") == r.height
        ok &= good
        if not good:
            print(f"  {label}: {r.id} MISSING or wrong size: {o}")
    return ok


def print_outputs(ours: dict, theirs: dict | None, plan) -> None:
    print("\nOutputs (first run of each side):")
    print("  (plan kb/s is video only; the measured rate is the whole file: video + audio + container)")
    print(f"  {'rendition':<11} {'WxH':>9}  {'plan kb/s':>9}  {'ours':>22}  {'ffmpeg':>22}")
    for r in plan.renditions:
        def cell(o):
            if o is None:
                return "-"
            if not o["exists"]:
                return "missing"
            seg = f", {o['segments']} seg" if o.get("segments") is not None else ""
            return f"{o['bytes'] / 1e6:6.2f} MB {o.get('kbps', 0):5.0f}k{seg}"
        print(f"  {r.id:<11} {r.width:>4}x{r.height:<4}  {r.video_kbps:>9}  {cell(ours.get(r.id, MISSING)):>22}  "
              f"{cell(theirs.get(r.id) if theirs else None):>22}")


# -- modes ---------------------------------------------------------------------------------------------------
PEERS = {"split": "ffmpeg, every output encoded on its own", "tee": "ffmpeg, top rung encoded once (tee)"}


def run_comparison(args, src: str, plan, source, ffmpeg: str | None) -> dict:
    name = os.path.splitext(os.path.basename(src))[0]
    ours_root = os.path.join(args.work, "out-ours")
    ours_job = os.path.join(ours_root, name)
    env = our_env(args.work)
    ours_cmd = our_command(src, ours_root)
    peers = [p for p in args.peers if ffmpeg]
    peer_jobs = {p: os.path.join(args.work, f"out-ffmpeg-{p}", name) for p in peers}
    builders = {"split": ffmpeg_command, "tee": ffmpeg_tee_command}
    peer_cmds = {p: builders[p](ffmpeg, src, peer_jobs[p], plan, source) for p in peers}

    groups = {r.encode_group for r in plan.renditions}
    shared = [sorted(r.id for r in plan.renditions if r.encode_group == g) for g in sorted(groups)]
    shared = [ids for ids in shared if len(ids) > 1]
    n_audio_ours = 1 if plan.audio_kbps else 0
    notes = [
        f"Our engine: {len(groups)} video encode(s) for {len(plan.renditions)} outputs"
        + (f" ({'; '.join(' + '.join(ids) for ids in shared)} share one encode, muxed into both)" if shared else "")
        + f", {n_audio_ours} audio encode, pictures scaled biggest-first (each rung from the next larger one).",
        f"split peer: one ffmpeg, {len(plan.renditions)} video encodes (every output encoded on its own), "
        f"{len(plan.renditions) if plan.audio_kbps else 0} audio encodes, every rung scaled from the full-size decode.",
        f"tee peer: one ffmpeg, {len(groups)} video encodes (the shared encode written to HLS and MP4 through the "
        f"tee muxer, as ours), {len(groups) if plan.audio_kbps else 0} audio encodes, every rung scaled from the "
        "full-size decode. The strongest like-for-like single command.",
        "All use the plan's x264 preset, bitrates, VBV and GOP. Ours also writes hls/master.m3u8 and "
        "status.json; the ffmpeg peers write no master playlist.",
    ]

    print("\nour command:\n  " + shlex.join(ours_cmd))
    for p, cmd in peer_cmds.items():
        print(f"ffmpeg {p} peer command:\n  " + shlex.join(cmd))
    if not ffmpeg:
        print(f"ffmpeg peers: skipped. {INSTALL_HINT}")
    print()
    for n in notes:
        print("note: " + n)
    print(f"\nRunning {args.repeat} round(s), rotating the order; cpu count {os.cpu_count()} "
          f"({usable_cores()} usable), "
          f"load average now {os.getloadavg()[0]:.2f}")

    sides = ["ours"] + peers
    runs: dict[str, list[dict]] = {s: [] for s in sides}
    outs: dict[str, dict | None] = {s: None for s in sides}
    failed = False
    for i in range(args.repeat):
        order = sides[i % len(sides):] + sides[:i % len(sides)]
        for side in order:
            if side == "ours":
                shutil.rmtree(ours_job, ignore_errors=True)
                m = measure(ours_cmd, env=env)
                job = ours_job
            else:
                prepare_ffmpeg_dirs(peer_jobs[side], plan)
                m = measure(peer_cmds[side], stderr=None)  # ffmpeg runs with -loglevel error: show its errors
                job = peer_jobs[side]
            print(_run_line(side, i, m), flush=True)
            runs[side].append(m)
            if outs[side] is None:
                outs[side] = collect_outputs(job, plan)
            failed |= m["rc"] != 0

    for p in peers:
        print(f"\n[{p} peer]", end="")
        print_outputs(outs["ours"] or {}, outs[p], plan)
    if not peers:
        print_outputs(outs["ours"] or {}, None, plan)
    ok = {s: check_outputs(s, outs[s] or {}, plan) for s in sides}
    print("  same set of outputs, right sizes: " + ", ".join(f"{s} {'yes' if v else 'NO'}" for s, v in ok.items()))

    med = {s: medians(runs[s]) for s in sides}
    ratios = {p: {k: med["ours"][k] / med[p][k] for k, _, _ in METRICS if med[p].get(k)} for p in peers}
    print(f"\nMedians over {args.repeat} run(s) ({source.width}x{source.height}, {source.duration:.1f} s, "
          f"{len(plan.renditions)} outputs):")
    print(f"  {'':<34} " + " ".join(f"{s:>9}" for s in sides) + "".join(f" {'ours/' + p:>11}" for p in peers))
    for key, label, fmt in METRICS:
        row = " ".join(f"{fmt.format(med[s][key]):>9}" for s in sides)
        row += "".join(f" {ratios[p][key]:>10.2f}x" for p in peers)
        print(f"  {label:<34} {row}")
    print(f"  {'encode speed (x realtime)':<34} "
          + " ".join(f"{source.duration / med[s]['wall_s']:>9.2f}" for s in sides))
    if not ffmpeg:
        print(f"\n{INSTALL_HINT}")
    return {
        "mode": "compare",
        "commands": {"ours": ours_cmd, **{f"ffmpeg-{p}": c for p, c in peer_cmds.items()}},
        "notes": notes,
        "runs": runs,
        "median": med,
        "ratio_ours_over_peer": ratios,
        "outputs": outs,
        "outputs_ok": ok,
        "failed": failed or not all(ok.values()),
    }


def run_progress_overhead(args, src: str) -> dict:
    """Our encode with the events serialised to JSON lines on stdout vs the plain CLI (stderr to /dev/null,
    not a terminal, so it draws no progress). A rough proxy for the cost of producing progress events."""
    name = os.path.splitext(os.path.basename(src))[0]
    root = os.path.join(args.work, "out-progress")
    env = our_env(args.work)
    cmds = {"json": our_command(src, root, as_json=True), "plain": our_command(src, root)}
    print("\ncommands:\n  json : " + shlex.join(cmds["json"]) + " > /dev/null\n  plain: "
          + shlex.join(cmds["plain"]) + " 2> /dev/null")
    runs: dict[str, list[dict]] = {"json": [], "plain": []}
    events = None
    stats = None
    failed = False
    for i in range(args.repeat):
        for side in (["json", "plain"] if i % 2 == 0 else ["plain", "json"]):
            shutil.rmtree(os.path.join(root, name), ignore_errors=True)
            if side == "json" and events is None:
                # First JSON run: count the lines it prints (written to a file, so the run is still not
                # reading a pipe).
                path = os.path.join(args.work, "events.jsonl")
                with open(path, "wb") as fh:
                    m = measure(cmds[side], env=env, stdout=fh)
                with open(path, "rb") as fh:
                    lines = fh.read().splitlines()
                events = len(lines)
                finished = [json.loads(ln) for ln in lines if b'"job.finished"' in ln]
                stats = finished[-1].get("stats") if finished else None
            else:
                m = measure(cmds[side], env=env)
            failed |= m["rc"] != 0
            print(_run_line(side, i, m), flush=True)
            runs[side].append(m)
    med = {k: medians(v) for k, v in runs.items()}
    ratio = {k: med["json"][k] / med["plain"][k] for k, _, _ in METRICS if med["plain"].get(k)}
    print(f"\nMedians over {args.repeat} run(s); the JSON run printed {events} event lines:")
    print(f"  {'':<34} {'--json':>9} {'plain':>9} {'json/plain':>11}")
    for key, label, fmt in METRICS:
        print(f"  {label:<34} {fmt.format(med['json'][key]):>9} {fmt.format(med['plain'][key]):>9} "
              f"{ratio[key]:>10.3f}x")
    if stats and stats.get("wallSeconds"):
        share = stats["progressSeconds"] / stats["wallSeconds"]
        print(f"\nMeasured inside the engine (job.finished stats): {stats['progressSeconds']:.4f} s spent "
              f"producing and "
              f"handling progress events in {stats['wallSeconds']:.2f} s of job wall time = {share * 100:.3f} %")
    return {"mode": "progress-overhead", "commands": cmds, "event_lines": events, "runs": runs, "median": med,
            "ratio_json_over_plain": ratio, "engine_stats": stats, "failed": failed}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--work", default="/tmp/rs-bench", metavar="DIR",
                    help="source cache and outputs (default /tmp/rs-bench)")
    ap.add_argument("--height", type=int, default=1080, choices=[1080, 2160], help="source height; 16:9 (default 1080)")
    ap.add_argument("--seconds", type=float, default=8.0, help="source length (default 8)")
    ap.add_argument("--fps", type=int, default=30, help="source frame rate (default 30)")
    ap.add_argument("--repeat", type=int, default=3, help="rounds; medians are reported (default 3)")
    ap.add_argument("--ffmpeg", default=None, metavar="PATH", help="ffmpeg binary (default: `ffmpeg` on PATH)")
    ap.add_argument("--json", metavar="PATH", help="write the full result as JSON here")
    ap.add_argument("--progress-overhead", action="store_true",
                    help="instead of the ffmpeg comparison: our encode with --json events vs without")
    ap.add_argument("--peers", default="split,tee", type=lambda v: [p for p in v.split(",") if p],
                    help="ffmpeg peers to run: split (every output encoded on its own), tee (the top rung encoded "
                         "once, written to HLS and MP4 through the tee muxer); default both")
    ap.add_argument("--cpus", metavar="LIST",
                    help="run every command on these cores only (like taskset -c: 0 or 0,1 or 0-3), to show how "
                         "each side uses 1, 2, ... cores; the %% of cores counts these")
    ap.add_argument("--separate-encodes", action="store_true",
                    help="make ours encode every output on its own too (no shared MP4/top-rung encode)")
    args = ap.parse_args(argv)
    if args.cpus:
        try:
            os.sched_setaffinity(0, parse_cpus(args.cpus))  # the commands inherit it
        except (ValueError, OSError) as exc:
            ap.error(f"--cpus {args.cpus}: {exc}")
    global SEPARATE
    SEPARATE = args.separate_encodes
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    args.work = os.path.abspath(args.work)
    if unknown := [p for p in args.peers if p not in PEERS]:
        ap.error(f"unknown peer(s): {', '.join(unknown)} (choose from {', '.join(PEERS)})")

    src = ensure_source(args.work, args.height, args.seconds, args.fps)
    source = probe_source(src)
    plan = plan_job(source, share_encodes=not args.separate_encodes)
    print(f"plan: x264 preset {plan.encoder_preset}, GOP {plan.gop_seconds:g} s, segments {plan.segment_seconds:g} s, "
          f"audio {plan.audio_kbps} kb/s")
    for r in plan.renditions:
        print(f"  {r.id:<11} {r.width}x{r.height}  {r.video_kbps}k (maxrate {r.maxrate_kbps}k, "
              f"bufsize {r.bufsize_kbps}k)  encode group {r.encode_group}")

    ffmpeg = args.ffmpeg or shutil.which("ffmpeg")
    ffmpeg_version = None
    if ffmpeg:
        try:
            ffmpeg_version = subprocess.run([ffmpeg, "-version"], capture_output=True, text=True).stdout.splitlines()[0]
        except (OSError, IndexError):
            ffmpeg_version = None
    if args.progress_overhead:
        result = run_progress_overhead(args, src)
    else:
        if not ffmpeg:
            print(f"\nNOTE: {INSTALL_HINT}. Measuring our side only.")
        result = run_comparison(args, src, plan, source, ffmpeg)

    result.update(
        source={"path": src, **source.metadata()},
        plan=plan.to_dict(),
        machine={"cpu_count": os.cpu_count(), "cpus_used": usable_cores(), "platform": platform.platform(),
                 "python": sys.version.split()[0],
                 "pyav": av.__version__, "pyav_libavcodec": ".".join(map(str, av.library_versions["libavcodec"])),
                 "ffmpeg": ffmpeg_version, "loadavg_end": os.getloadavg()},
        repeat=args.repeat,
    )
    print(f"\nversions: PyAV {av.__version__} (libavcodec {result['machine']['pyav_libavcodec']}); "
          f"{ffmpeg_version or 'no ffmpeg'}")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(result, fh, indent=2, default=str)
        print(f"result written to {args.json}")
    return 1 if result["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
