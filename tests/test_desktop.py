"""Linux desktop integration: the .desktop file and packaging/install-desktop.sh (into a temporary data folder)."""

import configparser
import os
import shutil
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DESKTOP = os.path.join(ROOT, "packaging", "rendition-studio.desktop")
VIDEO_TYPES = {"video/mp4", "video/x-matroska", "video/webm", "video/quicktime", "video/x-msvideo", "video/mp2t",
               "video/mpeg", "video/x-flv", "video/x-ms-wmv", "video/3gpp", "video/ogg"}


def entry(path: str) -> dict:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_opens_videos():
    e = entry(DESKTOP)
    assert e["Type"] == "Application" and e["Name"] == "Rendition Studio" and e["Terminal"] == "false"
    assert e["Exec"] == "rendition-studio %F" and e["Icon"] == "rendition-studio"
    assert e["Categories"].split(";")[:2] == ["AudioVideo", "Video"]
    types = set(filter(None, e["MimeType"].split(";")))
    assert VIDEO_TYPES <= types and all(t.startswith("video/") for t in types)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_file_validate():
    proc = subprocess.run(["desktop-file-validate", DESKTOP], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_install_desktop_into_a_data_folder(tmp_path):
    program = tmp_path / "bin dir" / "rendition-studio"  # a space in the path: Exec must quote it
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "PYTHON": sys.executable}
    script = os.path.join(ROOT, "packaging", "install-desktop.sh")
    proc = subprocess.run(["bash", script, str(program)], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr

    installed = tmp_path / "share" / "applications" / "rendition-studio.desktop"
    e = entry(str(installed))
    assert e["Exec"] == f'"{program}" %F' and e["TryExec"] == str(program)
    assert e["MimeType"] == entry(DESKTOP)["MimeType"]
    icons = tmp_path / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 128, 256, 512):
        assert (icons / f"{size}x{size}" / "apps" / "rendition-studio.png").stat().st_size > 0
    assert (icons / "scalable" / "apps" / "rendition-studio.svg").exists()
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(installed)]).returncode == 0

    proc = subprocess.run(["bash", script, "--uninstall"], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert not installed.exists() and not list(icons.glob("*/apps/rendition-studio.*"))
