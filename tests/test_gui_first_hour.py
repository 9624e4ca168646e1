"""The window in a new user's first hour (issue 12): no display, refused files, queue order, unconfigured
providers, no network on the GUI thread, and the small things (wrapping, readable progress, plurals, noise)."""

import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays: Linux")
def test_without_a_display_the_window_says_so_in_one_line_and_points_to_the_command_line(tmp_path):
    from app.gui.app import EXIT_NO_DISPLAY

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["RENDITION_STUDIO_DATA_DIR"] = str(tmp_path / "data")
    proc = subprocess.run([sys.executable, "-m", "app"], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == EXIT_NO_DISPLAY == 8
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "no display" in lines[0] and "rendition-studio --help" in lines[0] and "encode FILE --out DIR" in lines[0]
    assert "xcb" not in proc.stderr and not proc.stdout
