#!/usr/bin/env python3
"""HEVC and AV1 ladders: Rendition Studio against one `ffmpeg` process making the same outputs.

    python benchmarks/codecs_vs_ffmpeg.py --codec hevc|av1 [--seconds 4] [--height 720] [--repeat 1]

The source is ladder_vs_ffmpeg.py's synthetic clip (cached under --work). Ours: `rendition-studio encode
--codecs CODEC --formats hls` (one decode feeding every rung's encoder). The peer: one ffmpeg process, one decode,
split into every rung, each encoded with the same encoder, preset and parameters as ours (x265: keyint,
min-keyint, scenecut=0, open-gop=0, vbv-maxrate/bufsize; SVT-AV1: the same numeric preset, rc=1, tbr,
overshoot-pct, keyint of one GOP), written by FFmpeg's HLS muxer in fMP4 segments. Prints wall time, CPU time and
peak RSS (process-tree sum, sampled every 50 ms; and the largest process) of each, and ours/ffmpeg ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
for p in (REPO, HERE):
    if p not in sys.path:
        sys.path.insert(0, p)

from ladder_vs_ffmpeg import ensure_source, measure, our_env  # noqa: E402

from app.core.ladder import plan_job  # noqa: E402
from app.core.pipeline import SVTAV1_PRESETS, X265_PRESETS  # noqa: E402
from app.core.probe import probe_source  # noqa: E402


def ffmpeg_command(ffmpeg: str, src: str, job_dir: str, plan, source, codec: str) -> list[str]:
    rs = [r for r in plan.renditions if r.codec == codec and r.type == "hls"]
    fps = Fraction(source.frame_rate_num, source.frame_rate_den)
    gop = max(1, round(plan.gop_seconds * float(fps)))
    graph = f"[0:v:0]split={len(rs)}" + "".join(f"[s{i}]" for i in range(len(rs)))
    for i, r in enumerate(rs):
        graph += f";[s{i}]scale={r.width}:{r.height}:flags=bicubic[v{i}]"
    cmd = [ffmpeg, "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", src, "-filter_complex", graph]
    for i, r in enumerate(rs):
        cmd += ["-map", f"[v{i}]"] + (["-map", "0:a:0"] if plan.audio_kbps else [])
        cmd += ["-b:v", f"{r.video_kbps}k", "-pix_fmt", "yuv420p"]
        if codec == "hevc":
            cmd += ["-c:v", "libx265", "-preset", X265_PRESETS[plan.encoder_preset], "-tag:v", "hvc1",
                    "-x265-params", f"keyint={gop}:min-keyint={gop}:scenecut=0:open-gop=0:vbv-maxrate="
                    f"{r.maxrate_kbps}:vbv-bufsize={r.bufsize_kbps}:log-level=error"]
        else:
            cmd += ["-c:v", "libsvtav1", "-preset", str(SVTAV1_PRESETS[plan.encoder_preset]),
                    "-svtav1-params", f"keyint={gop}:irefresh-type=2:rc=1:tbr={r.video_kbps}"
                    f":overshoot-pct={max(0, round(100 * r.maxrate_kbps / r.video_kbps) - 100)}"]
        if plan.audio_kbps:
            cmd += ["-c:a", "aac", "-b:a", f"{plan.audio_kbps}k"]
        folder = os.path.join(job_dir, "hls", r.quality)
        os.makedirs(folder, exist_ok=True)
        cmd += ["-f", "hls", "-hls_time", f"{plan.segment_seconds:g}", "-hls_playlist_type", "vod",
                "-hls_segment_type", "fmp4", "-hls_fmp4_init_filename", "init.mp4",
                "-hls_segment_filename", os.path.join(folder, "segment_%05d.m4s"), os.path.join(folder, "index.m3u8")]
    return cmd


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--codec", choices=("hevc", "av1"), required=True)
    ap.add_argument("--seconds", type=float, default=4.0)
    ap.add_argument("--height", type=int, default=720)
    ap.add_argument("--fps", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--work", default="/tmp/rs-bench", metavar="DIR")
    args = ap.parse_args(argv)
    ffmpeg = shutil.which("ffmpeg")
    src = ensure_source(args.work, args.height, args.seconds, args.fps)
    source = probe_source(src)
    plan = plan_job(source, formats=("hls",), codecs=(args.codec,))
    print(f"{args.codec}: {len(plan.renditions)} rungs "
          + ", ".join(f"{r.quality} {r.video_kbps}k" for r in plan.renditions) + f", preset {plan.encoder_preset}")
    rows = []
    for i in range(args.repeat):
        out = os.path.join(args.work, f"codecs-ours-{args.codec}")
        shutil.rmtree(out, ignore_errors=True)
        ours = measure([sys.executable, "-m", "app", "encode", src, "--out", out, "--thumbnails", "none",
                        "--hwaccel", "off", "--formats", "hls", "--codecs", args.codec], env=our_env(args.work))
        theirs = None
        if ffmpeg:
            job = os.path.join(args.work, f"codecs-ffmpeg-{args.codec}")
            shutil.rmtree(job, ignore_errors=True)
            theirs = measure(ffmpeg_command(ffmpeg, src, job, plan, source, args.codec))
        rows.append((ours, theirs))
        print(f"run {i + 1}: ours rc={ours['rc']} {ours['wall_s']:.2f} s, cpu {ours['cpu_s']:.1f} s, peak RSS "
              f"{ours['peak_rss_tree_sum_mib']:.0f} MiB (largest process "
              f"{ours['peak_rss_largest_process_mib']:.0f} MiB)")
        if theirs:
            print(f"run {i + 1}: ffmpeg rc={theirs['rc']} {theirs['wall_s']:.2f} s, cpu {theirs['cpu_s']:.1f} s, "
                  f"peak RSS {theirs['peak_rss_tree_sum_mib']:.0f} MiB; wall ratio ours/ffmpeg "
                  f"{ours['wall_s'] / theirs['wall_s']:.2f}, peak RSS ratio "
                  f"{ours['peak_rss_tree_sum_mib'] / max(1.0, theirs['peak_rss_tree_sum_mib']):.2f}")
    if not ffmpeg:
        print("ffmpeg is not on PATH: no peer to compare with")
    print(f"load average after: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (a shared machine)")
    return 0 if all(o["rc"] == 0 and (t is None or t["rc"] == 0) for o, t in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
