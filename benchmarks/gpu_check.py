#!/usr/bin/env python3
"""The hardware-encoding checks and benchmark for a machine with an NVIDIA GPU (issue 16); run by gpu_check.sh.

    python benchmarks/gpu_check.py detect   --out DIR
    python benchmarks/gpu_check.py ladder   --out DIR [--height 1080] [--seconds 10] [--encoder nvenc]
    python benchmarks/gpu_check.py sessions --out DIR [--limit 1]
    python benchmarks/gpu_check.py bench    --out DIR [--height 1080|2160] [--seconds 10] [--repeat 2]

Every step writes DIR/<step>.json and prints a summary; the exit status is 0 when its checks hold. Without a GPU
(GPU_CHECK_ALLOW_NO_GPU=1) the steps still run and show the fallback path: useful to check this script itself.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.path.insert(0, ROOT)

import ladder_vs_ffmpeg as lvf  # noqa: E402  (the source generator, the ffmpeg peer command, the measuring)

ALLOW_NO_GPU = os.environ.get("GPU_CHECK_ALLOW_NO_GPU") == "1"


def app(*args: str, env: dict | None = None, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=timeout,
                          env=env, cwd=ROOT)


def write(out: str, name: str, data: dict) -> None:
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, f"{name}.json"), "w") as f:
        json.dump(data, f, indent=1)


class GpuMemory:
    """Samples `nvidia-smi`'s used GPU memory every 0.2 s while a command runs; the peak in MiB (None: no tool)."""

    def __init__(self):
        self.peak: float | None = None
        self.base: float | None = None
        self._stop = threading.Event()
        self._tool = shutil.which("nvidia-smi")
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _used(self) -> float | None:
        try:
            text = subprocess.run([self._tool, "--query-gpu=memory.used", "--format=csv,noheader,nounits"],
                                  capture_output=True, text=True, timeout=5).stdout
            return sum(float(x) for x in text.split())
        except Exception:  # noqa: BLE001
            return None

    def _run(self):
        while not self._stop.is_set():
            used = self._used()
            if used is not None:
                self.peak = used if self.peak is None else max(self.peak, used)
            self._stop.wait(0.2)

    def __enter__(self):
        if self._tool:
            self.base = self._used()
            self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        if self._tool:
            self._thread.join()

    def delta(self) -> float | None:
        return None if self.peak is None or self.base is None else self.peak - self.base


# -- detection -----------------------------------------------------------------------------------------------------
def cmd_detect(args) -> int:
    t = time.perf_counter()
    r = app("hwaccel", "--json", "--recheck")
    first = time.perf_counter() - t
    t = time.perf_counter()
    r2 = app("hwaccel", "--json")
    second = time.perf_counter() - t
    report = json.loads(r.stdout)
    cached = json.loads(r2.stdout)
    result = {"report": report, "check_s": round(first, 2), "cached_s": round(second, 2),
              "cached": cached.get("cached")}
    write(args.out, "detect", result)
    for e in report.get("encoders", []):
        print(f"  {e['name']:<11} {'works ' + str(e['sizes']) if e['works'] else 'no: ' + str(e['reason'])}")
    print(f"check {first:.1f} s, kept answer {second:.2f} s (cached={cached.get('cached')})")
    nvenc = next((e for e in report.get("encoders", []) if e["name"] == "h264_nvenc"), {})
    ok = bool(nvenc.get("works")) and cached.get("cached") is True
    return 0 if ok or ALLOW_NO_GPU else 1


# -- the ladder, checked -------------------------------------------------------------------------------------------
def ffprobe_frames(path: str) -> list[dict]:
    out = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
                          "frame=pict_type,key_frame,pts_time", "-of", "json", path],
                         capture_output=True, text=True).stdout
    return json.loads(out or "{}").get("frames", [])


def check_job(job_dir: str, expect_encoder: str | None) -> dict:
    """The contract on the outputs: every HLS segment starts on a key frame at the same times in every rung, no
    B-frames, peak bitrate within the master's BANDWIDTH, CODECS matches the SPS; the encoder recorded per rendition."""
    import m3u8

    from app.core import hls

    status = json.load(open(os.path.join(job_dir, "status.json")))
    problems: list[str] = []
    encoders = {f"{q['type']}:{q['quality']}": (q.get("encoder"), q.get("encoderNote"))
                for q in status["encoding"]["qualities"]}
    if expect_encoder:
        for rid, (enc, note) in encoders.items():
            if enc != expect_encoder:
                problems.append(f"{rid}: encoded with {enc} ({note})")
    master = m3u8.load(os.path.join(job_dir, "hls", "master.m3u8"))
    starts: dict[str, list[float]] = {}
    have_ffprobe = shutil.which("ffprobe") is not None
    for pl in master.playlists:
        quality = pl.uri.split("/")[0]
        media = m3u8.load(os.path.join(job_dir, "hls", pl.uri))
        folder = os.path.join(job_dir, "hls", quality)
        times = []
        for seg in media.segments:
            path = os.path.join(folder, seg.uri)
            with open(path, "rb") as f:
                data = f.read()
            if have_ffprobe:
                frames = ffprobe_frames(path)
                if not frames or not frames[0].get("key_frame"):
                    problems.append(f"{quality}/{seg.uri} does not start on a key frame")
                hardware = encoders.get(f"hls:{quality}", (None, None))[0] not in (None, "libx264")
                if hardware and any(fr.get("pict_type") == "B" for fr in frames):  # bf=0 on hardware encoders
                    problems.append(f"{quality}/{seg.uri} has B-frames")
                if frames:
                    times.append(round(float(frames[0].get("pts_time") or 0), 2))
            bps = len(data) * 8 / max(seg.duration, 1e-3)
            if bps > pl.stream_info.bandwidth * 1.1:
                problems.append(f"{quality}/{seg.uri}: {bps / 1000:.0f} kb/s over BANDWIDTH "
                                f"{pl.stream_info.bandwidth / 1000:.0f}")
        starts[quality] = times
        first = open(os.path.join(folder, media.segments[0].uri), "rb").read()
        i = first.find(b"\x00\x00\x01\x67")
        codecs = pl.stream_info.codecs or ""
        if i >= 0 and hls.avc1_codec(first[i:i + 16]) not in codecs:
            problems.append(f"{quality}: CODECS {codecs} but the SPS says {hls.avc1_codec(first[i:i + 16])}")
    if len({tuple(t) for t in starts.values()}) > 1:
        problems.append(f"segment start times differ between rungs: {starts}")
    return {"encoders": encoders, "segment_starts": starts, "problems": problems}


def cmd_ladder(args) -> int:
    src = lvf.ensure_source(os.path.join(args.out, "work"), args.height, args.seconds, 30)
    root = os.path.join(args.out, f"ladder-{args.encoder}-{args.height}")
    shutil.rmtree(root, ignore_errors=True)
    env = lvf.our_env(os.path.join(args.out, "work"))
    with GpuMemory() as gpu:
        t = time.perf_counter()
        r = app("encode", src, "--out", root, "--thumbnails", "none", "--encoder", args.encoder, "--json", env=env)
        wall = time.perf_counter() - t
    events = [json.loads(ln) for ln in r.stdout.splitlines() if ln.startswith("{")]
    job_dir = os.path.join(root, os.path.splitext(os.path.basename(src))[0])
    checked = check_job(job_dir, None if ALLOW_NO_GPU else f"h264_{args.encoder}") if r.returncode == 0 else {
        "problems": [f"exit {r.returncode}: {r.stderr[-500:]}"]}
    result = {"rc": r.returncode, "wall_s": round(wall, 2), "gpu_mem_peak_delta_mib": gpu.delta(),
              "fallbacks": [e for e in events if e.get("type") == "rendition.fallback"], **checked}
    write(args.out, f"ladder-{args.encoder}-{args.height}", result)
    print(f"ladder {args.height}p --encoder {args.encoder}: exit {r.returncode}, {wall:.1f} s, "
          f"{len(result['fallbacks'])} fallbacks, problems: {checked['problems'] or 'none'}")
    return 0 if r.returncode == 0 and not checked["problems"] else 1


# -- the session limit ---------------------------------------------------------------------------------------------
def cmd_sessions(args) -> int:
    """A ladder needing more NVENC sessions than allowed: the cap sends the smaller encodes to software, and the
    job completes; then with the cap raised to 32 on a 2160p ladder, what the card itself allows (a real refusal
    shows as an open fallback with the session-limit reason)."""
    src = lvf.ensure_source(os.path.join(args.out, "work"), 1080, 4, 30)
    out: dict = {}
    ok = True
    for limit in (args.limit, 32):
        root = os.path.join(args.out, f"sessions-{limit}")
        shutil.rmtree(root, ignore_errors=True)
        env = {**lvf.our_env(os.path.join(args.out, "work")), "RENDITION_STUDIO_NVENC_SESSIONS": str(limit)}
        r = app("encode", src, "--out", root, "--thumbnails", "none", "--encoder", "nvenc",
                "--renditions", "240p,360p,480p,720p,1080p", "--separate-encodes", "--json", env=env)
        job_dir = os.path.join(root, os.path.splitext(os.path.basename(src))[0])
        status = json.load(open(os.path.join(job_dir, "status.json"))) if r.returncode == 0 else {}
        rows = [(q["type"], q["quality"], q.get("encoder"), q.get("encoderNote"))
                for q in status.get("encoding", {}).get("qualities", [])]
        hw = sum(1 for row in rows if row[2] == "h264_nvenc")
        out[str(limit)] = {"rc": r.returncode, "renditions": rows, "hardware": hw}
        print(f"NVENC cap {limit}: exit {r.returncode}, {hw} of {len(rows)} encodes on NVENC")
        for row in rows:
            print(f"   {row[0]}:{row[1]} {row[2]} {row[3] or ''}")
        ok = ok and r.returncode == 0 and (ALLOW_NO_GPU or (limit != args.limit or hw == args.limit))
    write(args.out, "sessions", out)
    return 0 if ok else 1


# -- the benchmark -------------------------------------------------------------------------------------------------
def nvenc_peer(cmd: list[str], gop_seconds: float) -> list[str]:
    """The ffmpeg peer command of ladder_vs_ffmpeg with h264_nvenc and the same options our engine gives it."""
    out, i = [], 0
    while i < len(cmd):
        if cmd[i:i + 2] == ["-c:v", "libx264"]:
            out += ["-c:v", "h264_nvenc", "-preset", "p5", "-tune", "hq", "-rc", "vbr", "-bf", "0",
                    "-forced-idr", "1", "-no-scenecut", "1", "-strict_gop", "1", "-spatial-aq", "1",
                    "-force_key_frames", f"expr:gte(t,n_forced*{gop_seconds:g})"]
            i += 4 if cmd[i + 2:i + 3] == ["-preset"] else 2  # the x264 preset goes too
            continue
        if cmd[i] in ("-sc_threshold", "-keyint_min"):  # x264 only
            i += 2
            continue
        out.append(cmd[i])
        i += 1
    return out


def psnr_of(job_dir: str) -> dict:
    r = app("quality", job_dir, "--json")
    scores = {}
    for ln in r.stdout.splitlines():
        if ln.startswith("{"):
            ev = json.loads(ln)
            if ev.get("type") == "rendition.quality" and ev.get("scores"):
                found = (ev["scores"].get("scores") or {})
                scores[f"{ev['encoding']}:{ev['quality']}"] = {k: v.get("mean") for k, v in found.items()
                                                               if isinstance(v, dict)}
    return scores


def cmd_bench(args) -> int:
    from app.core.ladder import plan_job
    from app.core.probe import probe_source

    work = os.path.join(args.out, "work")
    src = lvf.ensure_source(work, args.height, args.seconds, 30)
    source = probe_source(src)
    plan = plan_job(source)
    ffmpeg = shutil.which("ffmpeg")
    env = lvf.our_env(work)
    name = os.path.splitext(os.path.basename(src))[0]
    runs: dict[str, list] = {"ours_nvenc": [], "ours_software": [], "ffmpeg_nvenc": []}
    quality: dict[str, dict] = {}
    for n in range(args.repeat):
        for label in runs:
            root = os.path.join(args.out, f"bench-{args.height}", label)
            shutil.rmtree(root, ignore_errors=True)
            if label == "ffmpeg_nvenc":
                if not ffmpeg:
                    continue
                job_dir = os.path.join(root, name)
                lvf.prepare_ffmpeg_dirs(job_dir, plan)
                cmd = nvenc_peer(lvf.ffmpeg_command(ffmpeg, src, job_dir, plan, source), plan.gop_seconds)
            else:
                cmd = [sys.executable, "-m", "app", "encode", src, "--out", root, "--thumbnails", "none",
                       "--hwaccel", "off", "--separate-encodes",
                       "--encoder", "nvenc" if label == "ours_nvenc" else "software"]
            with GpuMemory() as gpu:
                m = lvf.measure(cmd, env=env)
            m["gpu_mem_peak_delta_mib"] = gpu.delta()
            runs[label].append(m)
            print(f"  {label:<14} round {n + 1}: rc {m['rc']}, {m['wall_s']:.2f} s, CPU {m['cpu_s']:.1f} s, "
                  f"RSS {m['peak_rss_tree_sum_mib']:.0f} MiB, GPU mem +{m['gpu_mem_peak_delta_mib']} MiB")
            if n == args.repeat - 1 and label != "ffmpeg_nvenc" and m["rc"] == 0:
                quality[label] = psnr_of(os.path.join(root, name))
    ok_runs = {k: [r for r in v if r["rc"] == 0] for k, v in runs.items()}  # a failed run has no time to compare
    med = {k: {key: sorted(r[key] for r in v)[len(v) // 2] for key in ("wall_s", "cpu_s", "peak_rss_tree_sum_mib",
                                                                       "peak_rss_largest_process_mib")}
           for k, v in ok_runs.items() if v}
    gpu = {k: max((r["gpu_mem_peak_delta_mib"] or 0) for r in v) for k, v in ok_runs.items() if v}
    ratios = {}
    if "ours_nvenc" in med:
        for other in ("ffmpeg_nvenc", "ours_software"):
            if other in med:
                ratios[f"ours_nvenc/{other} wall"] = round(med["ours_nvenc"]["wall_s"] / med[other]["wall_s"], 3)
    parity = {}
    for rid, hw in quality.get("ours_nvenc", {}).items():
        sw = quality.get("ours_software", {}).get(rid)
        if sw:
            parity[rid] = {k: (hw.get(k), sw.get(k)) for k in sorted(hw)}
    result = {"height": args.height, "seconds": args.seconds, "runs": runs, "medians": med, "ratios": ratios,
              "gpu_mem_peak_delta_mib": gpu,
              "quality_nvenc_vs_software": parity, "ffmpeg": ffmpeg}
    write(args.out, f"bench-{args.height}", result)
    print(json.dumps({"medians": med, "ratios": ratios, "gpu_mem_peak_delta_mib": gpu}, indent=1))
    for rid, p in parity.items():
        print(f"  {rid}: NVENC vs software (at the same bitrate) " + ", ".join(f"{k} {a} vs {b}" for k, (a, b)
                                                                                   in p.items()))
    return 0 if all(r["rc"] == 0 for v in runs.values() for r in v) else 1


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("step", choices=("detect", "ladder", "sessions", "bench"))
    p.add_argument("--out", default="/tmp/rs-gpu")
    p.add_argument("--height", type=int, default=1080)
    p.add_argument("--seconds", type=float, default=10)
    p.add_argument("--repeat", type=int, default=2)
    p.add_argument("--encoder", default="nvenc")
    p.add_argument("--limit", type=int, default=1)
    args = p.parse_args(argv)
    return {"detect": cmd_detect, "ladder": cmd_ladder, "sessions": cmd_sessions, "bench": cmd_bench}[args.step](args)


if __name__ == "__main__":
    sys.exit(main())
