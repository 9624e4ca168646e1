#!/usr/bin/env bash
# Hardware encoding on a machine with an NVIDIA GPU (issue 16): the one prepared script for a GPU session.
#
#   bash benchmarks/gpu_check.sh [OUT_DIR]        (default: $OUT if set, else /tmp/rs-gpu)
#
# 1. detection: `hwaccel --json --recheck` (h264_nvenc must work at 320x180 and 1920x1080), then the kept answer
#    (must come from the cache);
# 2. a 1080p ladder with --encoder nvenc, every rendition encoded by h264_nvenc, outputs checked (key frame at every
#    segment start aligned across rungs, no B-frames, segment bitrate within BANDWIDTH, CODECS = the SPS);
# 3. the session limit: RENDITION_STUDIO_NVENC_SESSIONS=1 on a 5-encode ladder (1 on NVENC, 4 in software, job
#    completes), then the cap at 32 (what the card itself allows; a refusal shows as a session-limit fallback);
# 4. the benchmark, 1080p and 2160p: ours with --encoder nvenc vs one ffmpeg command with h264_nvenc doing the same
#    outputs vs our software ladder; wall/CPU/peak RSS/GPU memory, ratios, PSNR/SSIM of NVENC vs software rungs.
#
# Results: OUT_DIR/*.json and OUT_DIR/gpu_check.log. Exit status: the number of steps that failed.
# Budget: about 6-8 minutes on one GPU with the defaults below (SECONDS_1080=10, SECONDS_2160=6, REPEAT=1).
# Without a GPU, GPU_CHECK_ALLOW_NO_GPU=1 runs every step anyway (the fallback path): a check of this script.
set -u
cd "$(dirname "$0")/.."
OUT_DIR="${1:-${OUT:-/tmp/rs-gpu}}"
mkdir -p "$OUT_DIR"
PY="${PYTHON:-.venv/bin/python}"
[ -x "$PY" ] || PY=python3
SECONDS_1080="${SECONDS_1080:-10}"
SECONDS_2160="${SECONDS_2160:-6}"
REPEAT="${REPEAT:-1}"
export RENDITION_STUDIO_DATA_DIR="$OUT_DIR/data"
LOG="$OUT_DIR/gpu_check.log"
failed=0

{
  echo "gpu_check $(date -u +%FT%TZ) on $(hostname)"
  command -v nvidia-smi >/dev/null && nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
  "$PY" -c "import av; print('PyAV', av.__version__, 'FFmpeg', av.ffmpeg_version_info)"
  command -v ffmpeg >/dev/null && ffmpeg -hide_banner -encoders 2>/dev/null | grep -E "h264_nvenc" || echo "no ffmpeg with h264_nvenc: the ffmpeg peer is skipped"
} 2>&1 | tee "$LOG"

run_step() {
  echo "== $*" | tee -a "$LOG"
  "$PY" benchmarks/gpu_check.py "$@" --out "$OUT_DIR" > >(tee -a "$LOG") 2>&1
  local rc=$?
  if [ $rc -ne 0 ]; then failed=$((failed + 1)); echo "!! step failed (exit $rc): $*" | tee -a "$LOG"; fi
}

run_step detect
run_step ladder --height 1080 --seconds "$SECONDS_1080" --encoder nvenc
run_step sessions --limit 1
run_step bench --height 1080 --seconds "$SECONDS_1080" --repeat "$REPEAT"
run_step bench --height 2160 --seconds "$SECONDS_2160" --repeat "$REPEAT"
sleep 1
echo "gpu_check: $failed step(s) failed; results in $OUT_DIR" | tee -a "$LOG"
exit "$failed"
