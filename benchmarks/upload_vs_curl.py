#!/usr/bin/env python3
"""Upload throughput and memory: our provider client against `curl`, to the same loopback server.

Both send the same request the Uploads API contract asks for (``POST /uploads``, multipart ``video`` + ``folder``,
``Authorization: Bearer``) to a sink server on 127.0.0.1 that runs in its own process, reads the body into a
reused buffer, and checks its length (``--verify`` also hashes the uploaded file part and compares it with the
source). Rounds alternate the order; medians are reported.

- **ours**: a child process that builds the Uploads API provider exactly as the app does and calls its
  ``push`` (the code path of ``rendition-studio remote push`` and of the window's runner); it times the push
  itself and reports its own peak RSS (``VmHWM`` of ``/proc/self/status``: the interpreter, httpx and the app's
  imports included).
- **curl**: ``curl -F video=@FILE -F folder=... -H 'Expect:'``; its own ``time_total``; peak RSS sampled from
  ``/proc/PID/status`` (``VmHWM``, a high-water mark) every 5 ms.

(``wait4``'s ``ru_maxrss`` is not used: on Linux a child inherits the parent's high-water mark at fork.)

    python benchmarks/upload_vs_curl.py                   # 1 GiB, 3 rounds
    python benchmarks/upload_vs_curl.py --size 256M --repeat 1 --verify
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = "sk-benchmark-0123456789"
MiB = 1024 * 1024


# -- the sink server (its own process) ----------------------------------------------------------------------
class Sink(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    verify = False
    last: dict = {}  # what the last upload delivered (GET /bench/last)

    def log_message(self, *args):
        pass

    def setup(self):
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # no Nagle/delayed-ACK stall

    def _reply(self, status: int, obj) -> None:
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/bench/last":
            return self._reply(200, Sink.last)
        if self.headers.get("Authorization") != f"Bearer {KEY}":
            return self._reply(401, {"message": "Unauthenticated."})
        if self.path.endswith("/uploads"):
            return self._reply(200, {"data": []})
        return self._reply(200, {"data": {"id": self.path.rsplit("/", 1)[-1], "status": 1,
                                          "status_text": "pending"}})

    def do_POST(self):
        if self.headers.get("Authorization") != f"Bearer {KEY}":
            return self._reply(401, {"message": "Unauthenticated."})
        length = int(self.headers["Content-Length"])
        m = re.search(r"boundary=(\S+)", self.headers.get("Content-Type", ""))
        boundary = m.group(1).strip('"').encode()
        buf = bytearray(4 * MiB)
        view = memoryview(buf)
        suffix = b"\r\n--" + boundary + b"--\r\n"
        hasher = hashlib.sha256() if self.verify else None
        pos, head, tail = 0, b"", b""
        file_start = file_end = None
        started = time.perf_counter()
        while pos < length:
            n = self.rfile.readinto(view[:min(len(buf), length - pos)])
            if not n:
                return
            chunk = view[:n]
            if file_start is None:  # the part headers come first: find where the file starts
                head = bytes(chunk[:64 * 1024])
                try:
                    file_start = head.index(b"\r\n\r\n", head.index(b'name="video"')) + 4
                except ValueError:
                    return self._reply(422, {"message": "no video part in the first block"})
                file_end = length - len(suffix)
            if hasher is not None:  # only the file's bytes
                lo, hi = max(pos, file_start), min(pos + n, file_end)
                if lo < hi:
                    hasher.update(chunk[lo - pos:hi - pos])
            if pos + n > length - len(suffix) - 1:
                tail = (tail + bytes(chunk))[-len(suffix):]
            pos += n
        elapsed = time.perf_counter() - started
        if tail != suffix or b'name="folder"' not in head:
            return self._reply(422, {"message": "malformed multipart body"})
        Sink.last = {"bodyBytes": length, "fileBytes": file_end - file_start, "serverSeconds": round(elapsed, 4),
                     "fileSha256": hasher.hexdigest() if hasher else None}
        self._reply(202, {"message": "accepted", "data": {"id": "bench", "status": 1, "status_text": "pending"},
                          **Sink.last})


def serve(verify: bool) -> None:
    Sink.verify = verify
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Sink)
    print(httpd.server_address[1], flush=True)
    httpd.serve_forever()


# -- our client (its own process) ---------------------------------------------------------------------------
def client(path: str, base: str) -> None:
    sys.path.insert(0, ROOT)
    from app.providers.base import Progress, PushContext, PushOptions
    from app.providers.registry import make_provider

    provider = make_provider("uploads", {"base": base}, {"api_key": KEY})
    sent = {"n": 0}
    ctx = PushContext(progress=Progress(lambda s, t: sent.__setitem__("n", s)))
    t0 = time.perf_counter()
    remote_id = provider.push(path, PushOptions(folder="root/bench"), ctx)
    seconds = time.perf_counter() - t0
    provider.close()
    print(json.dumps({"seconds": seconds, "remoteId": remote_id, "bytesReported": sent["n"],
                      "vmhwm": _vmhwm("self")}), flush=True)


def _vmhwm(pid) -> int | None:
    """The process's peak resident set (bytes), from /proc (Linux)."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


# -- the harness ----------------------------------------------------------------------------------------------
def parse_size(text: str) -> int:
    m = re.fullmatch(r"(\d+)([KMG]?)", text.upper())
    if not m:
        raise SystemExit(f"bad size {text!r}")
    return int(m.group(1)) * {"": 1, "K": 1024, "M": MiB, "G": 1024 * MiB}[m.group(2)]


def make_source(folder: str, size: int) -> str:
    path = os.path.join(folder, f"upload-source-{size}.bin")
    if os.path.exists(path) and os.path.getsize(path) == size:
        return path
    tmp = path + ".partial"
    with open(tmp, "wb") as fh:
        left = size
        block = os.urandom(16 * MiB)  # random (incompressible); varied per block so no page dedup games
        i = 0
        while left:
            n = min(left, len(block))
            fh.write(block[:n] if i % 2 == 0 else block[n - 1::-1][:n])
            left -= n
            i += 1
    os.replace(tmp, path)
    return path


def run_measured(cmd: list[str], env=None) -> tuple[float, int, str, int]:
    """(wall seconds, peak RSS bytes sampled from /proc, stdout, exit status) of a child process."""
    import threading

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    peak = {"rss": 0}

    def sample():
        while proc.poll() is None:
            value = _vmhwm(proc.pid)
            if value:
                peak["rss"] = max(peak["rss"], value)
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.join()
    if proc.returncode != 0:
        sys.stderr.write(err.decode())
    return wall, peak["rss"], out.decode(), proc.returncode


def sha256_file(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(8 * MiB), b""):
            h.update(block)
    return h.hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="1G", help="source size (default 1G = 1 GiB)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "rs-bench-upload"))
    ap.add_argument("--curl", default="/usr/bin/curl")
    ap.add_argument("--verify", action="store_true", help="the server hashes what it receives (slower server)")
    ap.add_argument("--json", metavar="PATH", help="write the results there too")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--client", nargs=2, metavar=("FILE", "BASE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.verify)
        return 0
    if args.client:
        client(*args.client)
        return 0

    os.makedirs(args.work, exist_ok=True)
    size = parse_size(args.size)
    print(f"source: {size / MiB:.0f} MiB of random bytes in {args.work}", flush=True)
    src = make_source(args.work, size)
    with open(src, "rb", buffering=0) as fh:  # warm the page cache: both sides read from memory
        buf = bytearray(4 * MiB)
        while fh.readinto(buf):
            pass
    server = subprocess.Popen([sys.executable, __file__, "--serve"] + (["--verify"] if args.verify else []),
                              stdout=subprocess.PIPE, text=True)
    port = int(server.stdout.readline())
    base = f"http://127.0.0.1:{port}/api/client/v1"
    expected = sha256_file(src) if args.verify else None
    curl_version = subprocess.run([args.curl, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    print(f"server: 127.0.0.1:{port} (own process); {curl_version}", flush=True)
    rows = {"ours": [], "curl": []}
    try:
        for round_no in range(args.repeat):
            order = ("ours", "curl") if round_no % 2 == 0 else ("curl", "ours")
            for side in order:
                if side == "ours":
                    env = dict(os.environ, PYTHONPATH=ROOT)
                    wall, rss, out, code = run_measured([sys.executable, __file__, "--client", src, base], env)
                    if code:
                        raise SystemExit("our client failed")
                    answer = json.loads(out.strip().splitlines()[-1])
                    seconds = answer["seconds"]
                    rss = max(rss, answer["vmhwm"] or 0)  # its own exact figure
                    if answer["bytesReported"] != size:
                        raise SystemExit("our client reported the wrong byte count")
                else:
                    wall, rss, out, code = run_measured([
                        args.curl, "-sS", "-o", "/dev/null", "-w", "%{http_code} %{time_total}", "-H", "Expect:",
                        "-H", f"Authorization: Bearer {KEY}", "-F", "folder=root/bench", "-F", f"video=@{src}",
                        base + "/uploads"])
                    status, seconds = out.split()
                    if code or status != "202":
                        raise SystemExit(f"curl failed: {out}")
                    seconds = float(seconds)
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/last") as resp:
                    last = json.load(resp)
                if last["fileBytes"] != size or (args.verify and last["fileSha256"] != expected):
                    raise SystemExit(f"{side}: the server did not receive the file intact: {last}")
                rows[side].append({"seconds": seconds, "wall": wall, "rss": rss,
                                   "throughput": size / seconds})
                print(f"  round {round_no + 1} {side:<4}  {seconds:7.3f} s  {size / seconds / 1e6:8.1f} MB/s  "
                      f"process {wall:6.2f} s  peak RSS {rss / 1e6:6.1f} MB  load {os.getloadavg()[0]:.2f}",
                      flush=True)
        print("  every upload arrived with the right size" + (" and SHA-256" if args.verify else ""))
        # once through the real command line too (job store, one status poll): its whole-process peak memory
        env = dict(os.environ, PYTHONPATH=ROOT, UPLOADS_API_KEY=KEY,
                   RENDITION_STUDIO_DATA_DIR=os.path.join(args.work, "data"),
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        cli_wall, cli_rss, _, code = run_measured([sys.executable, "-m", "app", "remote", "push", "uploads", src,
                                                   "--base-url", base, "--new", "--json"], env)
        if code != 5:  # submitted, still processing: what a push without --wait answers
            raise SystemExit(f"`rendition-studio remote push` exited {code}")
        print(f"  `rendition-studio remote push uploads` (whole process): {cli_wall:.2f} s, "
              f"peak RSS {cli_rss / 1e6:.1f} MB")
    finally:
        server.terminate()
        server.wait()

    med = {side: {k: statistics.median(r[k] for r in rs) for k in ("seconds", "wall", "rss", "throughput")}
           for side, rs in rows.items()}
    ratio = med["ours"]["throughput"] / med["curl"]["throughput"]
    print(f"\nmedians over {args.repeat} rounds, {size / MiB:.0f} MiB:")
    for side in ("ours", "curl"):
        m = med[side]
        print(f"  {side:<4}  {m['throughput'] / 1e6:8.1f} MB/s  ({m['seconds']:.3f} s)  "
              f"peak RSS {m['rss'] / 1e6:.1f} MB")
    print(f"  throughput ours/curl = {ratio:.2f}  (target >= 0.80)")
    print(f"  our peak RSS = {med['ours']['rss'] / 1e6:.1f} MB  (target < 200 MB)")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump({"size": size, "rounds": rows, "medians": med, "ratio": ratio, "curl": curl_version,
                       "cli": {"wall": cli_wall, "rss": cli_rss}}, fh, indent=1)
    return 0 if ratio >= 0.8 and med["ours"]["rss"] < 200e6 else 1


if __name__ == "__main__":
    sys.exit(main())
