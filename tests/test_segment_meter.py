"""The metering relay (app.core.segment_meter): relays a remote origin over 127.0.0.1 and times each segment."""

import functools
import http.server
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest

from app.core.segment_meter import MeteringRelay


@pytest.fixture
def origin(tmp_path):
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "index.m3u8").write_text("#EXTM3U\n#EXTINF:1,\nsegment_0.ts\n#EXT-X-ENDLIST\n")
    (tmp_path / "v" / "segment_0.ts").write_bytes(bytes(range(256)) * 1024)  # 256 KiB
    rate = 512 * 1024  # bytes per second: the segment takes 0.5 s

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def copyfile(self, source, outputfile):
            start, sent = time.monotonic(), 0
            while chunk := source.read(16384):
                outputfile.write(chunk)
                sent += len(chunk)
                time.sleep(max(0.0, sent / rate - (time.monotonic() - start)))

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_the_relay_passes_the_bytes_on_and_times_the_segments_only(origin):
    timed = []
    relay = MeteringRelay(origin + "/v/index.m3u8", lambda path, n, s: timed.append((path, n, s)))
    try:
        assert relay.url(origin + "/v/index.m3u8?t=1") == relay.base + "/v/index.m3u8?t=1"
        assert relay.url("http://example.org/v/index.m3u8") == "http://example.org/v/index.m3u8"  # another origin
        with urllib.request.urlopen(relay.url(origin + "/v/index.m3u8")) as r:
            assert r.read().startswith(b"#EXTM3U")
        with urllib.request.urlopen(relay.url(origin + "/v/segment_0.ts")) as r:
            body = r.read()
        assert body == bytes(range(256)) * 1024
        deadline = time.monotonic() + 5
        while not timed and time.monotonic() < deadline:
            time.sleep(0.01)
        assert [(p, n) for p, n, _ in timed] == [("/v/segment_0.ts", 262144)]  # the playlist is not timed
        assert 0.45 < timed[0][2] < 2.0  # 256 KiB at 512 KiB/s
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(relay.url(origin + "/v/segment_9.ts"))
        assert missing.value.code == 404
        request = urllib.request.Request(relay.url(origin + "/v/index.m3u8"), headers={"Range": "bytes=0-6"})
        with urllib.request.urlopen(request) as r:  # the range asked for reaches the origin (it answers whole)
            assert r.status == 200 and r.read().startswith(b"#EXTM3U")
    finally:
        relay.close()


def _origin_and_relay(handler, folder):
    """An HTTP/1.1 origin serving `folder` with `handler` (in threads), and a relay for it: (server, origin URL,
    relay, the relay's reports as (path, bytes))."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    timed: list = []
    relay = MeteringRelay(origin + "/v/index.m3u8", lambda path, n, s: timed.append((path, n)))
    return server, origin, relay, timed


def test_the_relay_keeps_its_connection_to_the_origin_alive(tmp_path):
    """The player keeps its connection to the relay alive (one relay thread serves its requests in turn): that
    thread keeps one to the origin too, so each segment's time is its transfer, not a new connection's handshake
    (TCP, and TLS over HTTPS) as well. Before, urllib opened one connection per segment: 6 for these 6 requests.
    A kept connection the origin has closed is opened again and the request still answered."""
    import http.client

    (tmp_path / "v").mkdir()
    for i in range(5):
        (tmp_path / "v" / f"segment_{i}.ts").write_bytes(bytes([i]) * 20000)
    (tmp_path / "v" / "index.m3u8").write_text("#EXTM3U\n")
    accepted = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as an HLS origin (a CDN) answers

        def log_message(self, *args):
            pass

        def setup(self):
            super().setup()
            accepted.append(self.connection)

    server, origin, relay, timed = _origin_and_relay(Handler, tmp_path)
    try:
        port = int(relay.base.rsplit(":", 1)[1])
        player = http.client.HTTPConnection("127.0.0.1", port, timeout=10)  # one kept connection, as FFmpeg's
        for path in ["/v/index.m3u8"] + [f"/v/segment_{i}.ts" for i in range(5)]:
            player.request("GET", path)
            response = player.getresponse()
            body = response.read()
            assert response.status == 200 and (path.endswith(".m3u8") or body == bytes([int(path[-4])]) * 20000)
        assert len(accepted) == 1 and relay.connections == 1, accepted
        deadline = time.monotonic() + 5  # reported once the answer is sent
        while len(timed) < 5 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert [n for _, n in timed] == [20000] * 5
        accepted[0].shutdown(socket.SHUT_RDWR)  # the origin closes the kept connection (an idle timeout)
        time.sleep(0.1)
        player.request("GET", "/v/segment_3.ts")
        response = player.getresponse()
        assert response.status == 200 and response.read() == bytes([3]) * 20000  # on a new one
        assert len(accepted) == 2 and relay.connections == 2
        player.close()
    finally:
        relay.close()
        server.shutdown()
        server.server_close()


def test_a_redirect_is_followed(tmp_path):
    """A segment the origin redirects (a CDN's signed URL, say) still reaches the player, followed by urllib."""
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / "segment_0.ts").write_bytes(b"\x47" * 30000)

    class Handler(http.server.SimpleHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path == "/v/moved.ts":
                self.send_response(302)
                self.send_header("Location", "/v/segment_0.ts")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            super().do_GET()

    server, origin, relay, timed = _origin_and_relay(Handler, tmp_path)
    try:
        with urllib.request.urlopen(relay.url(origin + "/v/moved.ts")) as r:
            assert r.status == 200 and r.read() == b"\x47" * 30000
        deadline = time.monotonic() + 5
        while not timed and time.monotonic() < deadline:
            time.sleep(0.01)
        assert timed == [("/v/moved.ts", 30000)]
    finally:
        relay.close()
        server.shutdown()
        server.server_close()
