"""The PyInstaller bundle, built with the README's command and then run as a user would run it.

Only with ``pytest --bundle`` (``bash .ci/run`` does it after the main suite): building needs the ``packaging``
extra and takes about half a minute here. ``RENDITION_STUDIO_BUNDLE=DIR`` tests an already-built
``dist/rendition-studio`` instead of building one.
"""

import json
import os
import subprocess
import sys
import time
from importlib.metadata import version

import av
import pytest

from media import make_clip

pytestmark = pytest.mark.bundle

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAME = "rendition-studio"

# What must never show in the bundle's stderr: Python errors, Qt plugins or libraries the bundle lacks.
BAD_OUTPUT = ("Traceback (most recent call last)", "ModuleNotFoundError", "ImportError",
              "Could not find the Qt platform plugin", "could not load the Qt platform plugin", "Cannot load library",
              "No QtMultimedia backends found", "Failed to initialize QMediaPlayer", "Failed to create QVideoSink",
              "is not installed", "cannot open shared object file")


@pytest.fixture(scope="session")
def bundle() -> str:
    """The bundle's program: built now (packaging/build-bundle.sh), or the one in $RENDITION_STUDIO_BUNDLE."""
    folder = os.environ.get("RENDITION_STUDIO_BUNDLE")
    if not folder:
        subprocess.run(["bash", os.path.join(ROOT, "packaging", "build-bundle.sh")], check=True, timeout=1800,
                       env={**os.environ, "PYTHON": sys.executable})
        folder = os.path.join(ROOT, "dist", NAME)
    program = os.path.join(os.path.abspath(folder), NAME)
    assert os.access(program, os.X_OK), f"no bundle program at {program}"
    return program


def run(program, *args, tmp_path, timeout=180, **env):
    """Run the bundle's program outside this test's Python: no venv on PATH, no PYTHONPATH, its own folders."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    clean.update(PATH="/usr/bin:/bin", HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
                 RENDITION_STUDIO_DATA_DIR=str(tmp_path / "data"), **env)
    return subprocess.run([program, *args], capture_output=True, text=True, timeout=timeout, env=clean,
                          cwd=str(tmp_path), stdin=subprocess.DEVNULL)


def assert_clean(stderr: str):
    for bad in BAD_OUTPUT:
        assert bad not in stderr, f"{bad!r} in the bundle's stderr:\n{stderr[-3000:]}"


def test_version(bundle, tmp_path):
    proc = run(bundle, "--version", tmp_path=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"{NAME} {version(NAME)}"


def test_encode_through_the_frozen_worker(bundle, tmp_path):
    clip = make_clip(str(tmp_path / "clip.mp4"), width=640, height=360, seconds=3, fps=25)

    # The hidden worker entry itself (what the engine starts: there is no `python -m` in a bundle).
    proc = run(bundle, "--rendition-studio-worker", "probe", clip, tmp_path=tmp_path)
    answer = json.loads(proc.stdout.strip().splitlines()[-1])
    assert proc.returncode == 0 and answer["ok"] and answer["source"]["width"] == 640, proc.stderr

    proc = run(bundle, "encode", clip, "--out", str(tmp_path / "out"), "--json", tmp_path=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert_clean(proc.stderr)
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    finished = [e for e in events if e["type"] == "job.finished"]
    assert finished and finished[0]["status"] == "completed", finished

    job = tmp_path / "out" / "clip"
    master = job / "hls" / "master.m3u8"
    mp4 = job / "mp4" / "360p.mp4"
    assert master.exists() and mp4.exists()
    text = master.read_text()
    assert "#EXT-X-STREAM-INF" in text and "240p/index.m3u8" in text and "360p/index.m3u8" in text
    with av.open(str(mp4)) as c:
        v = c.streams.video[0]
        assert (v.codec_context.name, v.codec_context.width, v.codec_context.height) == ("h264", 640, 360)
        assert c.streams.audio and c.duration / 1e6 == pytest.approx(3.0, abs=0.2)
        assert sum(1 for _ in c.decode(video=0)) == 75
    for quality, height in (("240p", 240), ("360p", 360)):
        with av.open(str(job / "hls" / quality / "index.m3u8")) as c:
            assert c.streams.video[0].codec_context.height == height
            assert sum(1 for _ in c.decode(video=0)) == 75
    assert list((job / "thumbnails").glob("*.jpg"))
    status = json.loads((job / "status.json").read_text())
    assert status["encoding"]["playable"] is True


def test_per_title_ladder_through_the_frozen_worker(bundle, tmp_path):
    """The analysis runs in the bundle's worker (numpy, XPSNR with the source's weights): a per-title plan with
    measured points, encoded."""
    clip = make_clip(str(tmp_path / "clip.mp4"), width=640, height=360, seconds=2, fps=25, audio=False)
    proc = run(bundle, "encode", clip, "--out", str(tmp_path / "out"), "--ladder", "per-title", "--formats", "hls",
               "--json", tmp_path=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    plan = next(e for e in events if e["type"] == "job.planned")["plan"]
    assert plan["ladder"] == "per-title" and len(plan["analysis"]["points"]) == 6, plan.get("analysis")
    assert all(p["quality"] > 20 for p in plan["analysis"]["points"])
    assert [e for e in events if e["type"] == "job.finished"][0]["status"] == "completed"


def test_window_starts_offscreen(bundle, tmp_path):
    clip = make_clip(str(tmp_path / "clip.mp4"), width=320, height=240, seconds=2, fps=25)
    started = time.monotonic()
    proc = run(bundle, clip, tmp_path=tmp_path, timeout=120, QT_QPA_PLATFORM="offscreen",
               RENDITION_STUDIO_EXIT_WHEN_READY="3")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.startswith("ready "), proc.stdout
    assert_clean(proc.stderr)
    assert time.monotonic() - started >= 3


def test_bundle_holds_what_the_app_needs_and_not_what_it_does_not(bundle):
    internal = os.path.join(os.path.dirname(bundle), "_internal")
    qt = os.path.join(internal, "PySide6", "Qt")
    for path in ("app/resources/icons/rendition-studio.svg", "app/resources/icons/status/failed.svg",
                 "PySide6/Qt/plugins/iconengines/libqsvgicon.so", "PySide6/Qt/plugins/imageformats/libqsvg.so",
                 "PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
                 "PySide6/Qt/translations/qtbase_de.qm", "av"):
        assert os.path.exists(os.path.join(internal, path)), path
    modules = {m.split(".")[0] for m in os.listdir(os.path.join(internal, "PySide6")) if m.endswith(".abi3.so")}
    # QtNetwork: QtMultimedia's Python module imports it; QtCharts: the quality chart.
    assert modules == {"QtCore", "QtGui", "QtWidgets", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtCharts"}
    assert [lib for lib in os.listdir(os.path.join(qt, "lib")) if "Qt6Charts" in lib]
    libs = os.listdir(os.path.join(qt, "lib"))
    for unused in ("WebEngine", "Pdf", "3D", "DataVisualization", "Bluetooth", "VirtualKeyboard"):
        assert not [lib for lib in libs if unused in lib], unused
    assert os.path.exists(os.path.join(internal, "numpy"))  # the per-title analysis's XPSNR (app/core/xpsnr.py)
    assert not os.path.exists(os.path.join(qt, "qml"))
    dist = os.path.dirname(bundle)
    assert os.path.exists(os.path.join(dist, "share", "applications", f"{NAME}.desktop"))
    assert os.path.exists(os.path.join(dist, "share", "icons", "hicolor", "256x256", "apps", f"{NAME}.png"))
    assert os.access(os.path.join(dist, "install-desktop.sh"), os.X_OK)
