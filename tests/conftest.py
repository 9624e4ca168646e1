import os
import sys

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(__file__))

from media import make_clip  # noqa: E402


def pytest_addoption(parser):
    parser.addoption("--bundle", action="store_true",
                     help="also run the tests marked `bundle`: build the PyInstaller bundle with "
                          "packaging/build-bundle.sh (or use the one in $RENDITION_STUDIO_BUNDLE) and run it")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--bundle"):
        return
    skip = pytest.mark.skip(reason="builds the bundle: run with --bundle (bash .ci/run does)")
    for item in items:
        if "bundle" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path, monkeypatch):
    """Every test gets its own job store."""
    monkeypatch.setenv("RENDITION_STUDIO_DATA_DIR", str(tmp_path / "data"))


def ladders(folder):
    """The HLS ladders (folders holding a finished ``master.m3u8``) under `folder`."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if ".partial" not in d]
        if "master.m3u8" in files:
            yield root


@pytest.fixture(autouse=True)
def _hls_ladders_conform(request, tmp_path):
    """Every HLS ladder a test leaves in its tmp_path must pass the checker (tests/hlscheck.py): conformance is
    checked on every ladder the tests make, not only in the tests about it. A test that damages a ladder on
    purpose says so with ``@pytest.mark.hls_unchecked``."""
    yield
    if request.node.get_closest_marker("hls_unchecked"):
        return
    from hlscheck import check_ladder

    for folder in ladders(str(tmp_path)):
        problems = check_ladder(folder)
        if problems:
            pytest.fail(f"the HLS ladder in {folder} does not conform:\n  " + "\n  ".join(problems), pytrace=False)


class Clips:
    """Test clips made once per session with PyAV."""

    def __init__(self, folder):
        self.folder = folder
        self.cache = {}

    def get(self, name, **kwargs):
        """The clip `name`, made on first use; one name always means one clip (asking again with other
        settings is a test bug that would hand one test another's clip, depending on the order tests run)."""
        made = self.cache.get(name)
        if made is None:
            made = self.cache[name] = (make_clip(os.path.join(self.folder, name), **kwargs), kwargs)
        elif made[1] != kwargs:
            raise ValueError(f"clip {name!r} was made with {made[1]}, now asked with {kwargs}: use another name")
        return made[0]

    @property
    def landscape(self):  # 640x360, 8 s, audio: 240p + 360p HLS + MP4
        return self.get("landscape.mp4", width=640, height=360, seconds=8, fps=25)

    @property
    def portrait(self):  # coded 640x360 with rotation metadata: displayed 360x640
        return self.get("portrait.mp4", width=640, height=360, seconds=3, fps=25, rotation=90)

    @property
    def small_odd(self):  # under the smallest rung, odd size
        return self.get("small.mp4", width=333, height=187, seconds=2, fps=25, audio=False, pix_fmt="yuv444p")

    @property
    def no_audio(self):
        return self.get("silent.mkv", width=480, height=270, seconds=3, fps=30, audio=False)

    @property
    def hevc10(self):
        return self.get("hevc10.mkv", width=426, height=240, seconds=2, fps=25, codec="libx265", pix_fmt="yuv420p10le")

    @property
    def vp9(self):
        return self.get("vp9.webm", width=428, height=240, seconds=2, fps=25, codec="libvpx-vp9")


@pytest.fixture(scope="session")
def clips(tmp_path_factory):
    return Clips(str(tmp_path_factory.mktemp("clips")))


@pytest.fixture
def window(qtbot, tmp_path):
    """The main window offscreen, local jobs only, with its own settings file and job store (GUI tests)."""
    from PySide6.QtCore import QSettings

    from app.core.store import JobStore
    from app.gui.jobs_controller import JobsController
    from app.gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = JobsController(JobStore(), str(tmp_path / "out"))
    controller.options.thumbnails = []
    w = MainWindow(controller, settings)
    qtbot.addWidget(w)
    w.show()
    yield w
    controller.shutdown()
