#!/usr/bin/env python3
"""How busy the machine's cores are while a command runs, every quarter second: where a run leaves cores idle
(start-up, a stall in the middle, the tail where one encode finishes alone).

    python benchmarks/cpu_timeline.py [--interval 0.25] -- COMMAND ...
    python benchmarks/cpu_timeline.py -- python -m app encode SRC --out OUT --thumbnails none --hwaccel off

Reads /proc/stat (Linux), so it counts every process on the machine: run it on a quiet machine. Prints the wall
time, the share of all cores busy over the run, over its first and last second, and one figure per interval.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import threading
import time


def _cpu_times() -> tuple[int, int]:
    with open("/proc/stat") as f:
        fields = [int(v) for v in f.readline().split()[1:]]
    return sum(fields), fields[3] + fields[4]  # all, idle + iowait


def timeline(command: list[str], interval: float = 0.25) -> dict:
    """Run `command`; return ``{"wall", "busy", "first_second", "last_second", "samples": [(t, busy)...]}``."""
    samples: list[tuple[float, float]] = []
    done = threading.Event()

    def sample(start: float) -> None:
        before = _cpu_times()
        while not done.wait(interval):
            now = _cpu_times()
            total, idle = now[0] - before[0], now[1] - before[1]
            before = now
            samples.append((time.monotonic() - start, 1 - idle / total if total else 0.0))

    start = time.monotonic()
    sampler = threading.Thread(target=sample, args=(start,), daemon=True)
    sampler.start()
    code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    wall = time.monotonic() - start
    done.set()
    sampler.join()

    def mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    return {"wall": wall, "returncode": code, "busy": mean([b for _, b in samples]),
            "first_second": mean([b for t, b in samples if t <= 1.0]),
            "last_second": mean([b for t, b in samples if t > wall - 1.0]), "samples": samples}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--interval", type=float, default=0.25, help="seconds between samples (default 0.25)")
    ap.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    args = ap.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        ap.error("name the command to run after --")
    r = timeline(command, args.interval)
    print(f"wall {r['wall']:.2f} s, exit {r['returncode']}; cores busy {100 * r['busy']:.0f} % "
          f"(first second {100 * r['first_second']:.0f} %, last second {100 * r['last_second']:.0f} %)")
    print(" ".join(f"{100 * b:.0f}" for _, b in r["samples"]))
    return r["returncode"]


if __name__ == "__main__":
    sys.exit(main())
