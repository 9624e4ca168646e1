"""What the player scripts (tests/player_*.py, each run in a process of its own) share: waiting in the Qt event
loop (the player's signals arrive while they wait), an HTTP server for an HLS folder on 127.0.0.1, and the end of
a run (one JSON line printed, the player and the server stopped)."""

import functools
import http.server
import json
import threading
import time

from PySide6.QtCore import QEventLoop, QTimer


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(test, seconds: float) -> bool:
    """True as soon as `test()` is, False after `seconds` (the loop polled every 20 ms)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if test():
            return True
        wait(20)
    return False


def serve(folder: str, throttle: int | None = None, hold: tuple[str, int] | None = None):
    """The folder on 127.0.0.1: (server, the paths asked for, in order). `throttle`: each response at most that
    many bytes a second. `hold` (variant, first index): those segments are never answered (a link that stalls: no
    byte, so no throughput measured) until `end` releases them."""
    served: list[str] = []
    released = threading.Event()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            served.append(self.path)
            if hold and self.path.startswith(f"/{hold[0]}/segment_") \
                    and int(self.path.rsplit("_", 1)[1].split(".")[0]) >= hold[1]:
                released.wait(60)
                return
            super().do_GET()

        def copyfile(self, source, outputfile):
            if not throttle:
                return super().copyfile(source, outputfile)
            start, sent = time.monotonic(), 0
            while chunk := source.read(4096):
                outputfile.write(chunk)
                sent += len(chunk)
                ahead = sent / throttle - (time.monotonic() - start)
                if ahead > 0:
                    time.sleep(ahead)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=folder))
    server.daemon_threads = True
    server.released = released  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, served


def end(out: dict, panel, server, app) -> None:
    """Stop the player and the server, print `out` as the run's one JSON line, quit."""
    panel.stop()
    server.released.set()
    server.shutdown()
    print(json.dumps(out), flush=True)
    panel.deleteLater()
    wait(50)
    app.quit()
