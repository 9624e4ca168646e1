"""User presets: the core library, the command line (`presets`, `encode --preset`) and the preset manager."""

import json
import os
import subprocess
import sys

import pytest

from app.core.errors import UsageError
from app.core.presets import PresetLibrary, UserPreset


def cli(*args, timeout=60):
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=timeout,
                          env=os.environ.copy())


@pytest.fixture
def library():
    return PresetLibrary()


def test_a_preset_round_trips_through_the_file_and_an_export(library, tmp_path):
    web = UserPreset("web", base="draft", renditions="360p,720p:2500k", formats="hls", encoder_preset="fast",
                     segment_seconds=4.0, thumbnails="50%/240,720/jpg,webp/none,blur", hwaccel="off")
    library.add(web)
    library.set_default("web")
    again = PresetLibrary()
    assert again.get("web") == web and again.default == "web"
    assert again.names() == ["default", "draft", "high", "per-title", "web"]
    doc = json.loads(open(again.path).read())
    assert doc["version"] == 1 and doc["default"] == "web"
    options = again.get("web").options()
    assert options.preset == "draft" and options.renditions == [(360, None), (720, 2500)]
    assert options.formats == ("hls",) and options.encoder_preset == "fast" and options.hwaccel == "off"
    again.export(["web"], str(tmp_path / "web.json"))
    other = PresetLibrary(str(tmp_path / "other.json"))
    assert other.import_file(str(tmp_path / "web.json")) == [("web", "web")]
    assert other.get("web") == web
    assert other.import_file(str(tmp_path / "web.json")) == [("web", "web (2)")]  # a clash gets a suffix


def test_rename_delete_and_the_builtins_stay_read_only(library):
    library.add(UserPreset("a"))
    library.set_default("a")
    assert library.rename("a", "b") == "b" and library.default == "b"
    with pytest.raises(UsageError, match="built-in"):
        library.rename("draft", "c")
    with pytest.raises(UsageError, match="built-in"):
        library.add(UserPreset("High"))
    with pytest.raises(UsageError, match="already a preset"):
        library.add(UserPreset("B"))
    library.delete("b")
    assert library.default == "default" and PresetLibrary().names() == ["default", "draft", "high", "per-title"]


@pytest.mark.parametrize("content, reason", [
    ("not json at all", "is not JSON"),
    ("[1, 2]", "should be an object with a \"presets\" list"),
    ('{"presets": []}', "no \"version\""),
    ('{"version": 9, "presets": []}', "newer version"),
    ('{"version": 1, "presets": ["web"]}', "preset 1 should be an object"),
    ('{"version": 1, "presets": [{"name": "web", "renditions": "999p"}]}',
     "preset 'web': renditions: rendition '999p' is not a rung of the ladder"),
    ('{"version": 1, "presets": [{"name": "web", "renditions": ["720p"]}]}',
     "preset 'web': renditions should be a text"),
    ('{"version": 1, "presets": [{"name": "web", "segment_seconds": 500}]}', "preset 'web': segment_seconds:"),
    ('{"version": 1, "presets": [{"name": "web", "thumbnails": "@/etc/passwd"}]}', "not a file"),
    ('{"version": 1, "presets": [{"name": "web", "colour": "red"}]}', "unknown field 'colour'"),
    ('{"version": 1, "presets": [{"name": "web", "base": "ultra"}]}', "preset 'web': base: unknown preset 'ultra'"),
])
def test_a_bad_file_is_refused_plainly_and_nothing_is_added(library, tmp_path, content, reason):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    with pytest.raises(UsageError) as caught:
        library.import_file(str(bad))
    assert reason in str(caught.value)
    assert library.names() == ["default", "draft", "high", "per-title"] and not os.path.exists(library.path)


def test_the_command_line_lists_exports_imports_and_encodes_with_a_user_preset(tmp_path, clips):
    listing = cli("presets")
    assert listing.returncode == 0 and "* default" in listing.stdout and "draft" in listing.stdout
    src = tmp_path / "web.json"
    src.write_text(json.dumps({"version": 1, "presets": [
        {"name": "tiny", "renditions": "240p", "formats": "hls", "thumbnails": "none"}]}))
    done = cli("presets", "import", str(src))
    assert done.returncode == 0 and "imported 'tiny'" in done.stdout
    assert "tiny" in cli("presets", "list").stdout
    assert cli("presets", "export", "tiny", str(tmp_path / "out.json")).returncode == 0
    assert json.loads((tmp_path / "out.json").read_text())["presets"][0]["renditions"] == "240p"
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "presets": [{"name": "x", "renditions": "999p"}]}')
    refused = cli("presets", "import", str(bad))
    assert refused.returncode == 2 and "'999p' is not a rung" in refused.stderr
    assert cli("encode", "--preset", "nope", clips.landscape, "--out", str(tmp_path / "o")).returncode == 2
    run = cli("encode", "--preset", "tiny", clips.landscape, "--out", str(tmp_path / "o"), "--json", timeout=120)
    assert run.returncode == 0, run.stderr
    assert sorted(os.listdir(tmp_path / "o" / "landscape" / "hls")) == ["240p", "master.m3u8"]
    assert not os.path.exists(tmp_path / "o" / "landscape" / "mp4")


def test_the_preset_manager_saves_renames_sets_default_exports_and_refuses_a_bad_file(qtbot, tmp_path):
    from app.gui.preferences import Preferences
    from app.gui.presets_dialog import PresetsDialog

    prefs = Preferences(output_folder=str(tmp_path), renditions="360p,720p", mp4=False, encoder_preset="fast")
    dialog = PresetsDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.delete.isEnabled() and not dialog.rename.isEnabled()  # a built-in one is selected
    assert dialog.save_current("Web")
    assert dialog.selected() == "Web" and dialog.delete.isEnabled()
    assert PresetLibrary().get("Web").renditions == "360p,720p"
    assert not dialog.save_current("web") and "already a preset" in dialog.error.text()
    assert dialog.rename_selected("Web 2") and dialog.set_default_selected()
    assert dialog.default_set == "Web 2" and "default" in dialog.list.currentItem().text()
    assert dialog.export_to(str(tmp_path / "web.json"))
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "presets": [{"name": "x", "renditions": "999p"}]}')
    assert not dialog.import_from(str(bad)) and "999p" in dialog.error.text() and dialog.error.isVisible()
    assert dialog.import_from(str(tmp_path / "web.json")) and "Web 2 (2)" in dialog.note.text()
    assert dialog.delete_selected() and PresetLibrary().names()[-1] == "Web 2"
    if os.environ.get("RENDITION_STUDIO_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["RENDITION_STUDIO_SHOTS"], "presets.png"))


def test_the_settings_dialog_offers_user_presets_and_fills_the_fields(qtbot, tmp_path):
    from app.gui.preferences import Preferences
    from app.gui.settings_dialog import SettingsDialog

    PresetLibrary().add(UserPreset("web", renditions="360p", formats="mp4", encoder_preset="slow",
                                   thumbnails="none"))
    dialog = SettingsDialog(Preferences(output_folder=str(tmp_path)))
    qtbot.addWidget(dialog)
    index = dialog.preset.findData("web")
    assert index >= 3
    dialog.preset.setCurrentIndex(index)
    dialog._preset_chosen(index)
    prefs = dialog.preferences()
    assert (prefs.preset, prefs.renditions, prefs.hls, prefs.mp4, prefs.encoder_preset, prefs.thumbnails) == (
        "web", "360p", False, True, "slow", False)
    options = prefs.check()
    assert options.preset == "default" and options.encoder_preset == "slow" and options.thumbnails == []
    dialog.renditions.setText("999p")
    dialog.accept()
    assert "999p" in dialog.error.text()


def test_settings_naming_a_deleted_preset_keep_their_values_on_the_default_ladder(tmp_path):
    from PySide6.QtCore import QSettings

    from app.gui.preferences import Preferences

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    library = PresetLibrary()
    library.add(UserPreset("web", base="draft", renditions="360p"))
    Preferences(output_folder=str(tmp_path)).with_preset(library.get("web")).save(settings)
    assert Preferences.load(settings).preset == "web"
    library.delete("web")
    prefs = Preferences.load(settings)
    assert (prefs.preset, prefs.renditions, prefs.output_folder) == ("default", "360p", str(tmp_path))
