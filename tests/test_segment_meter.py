"""The metering relay (app.core.segment_meter): relays a remote origin over 127.0.0.1 and times each segment."""

import functools
import http.server
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
