"""Translations: the .ts files are complete and current, and the window speaks the system's language."""

import glob
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from app import resource_path

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_FILES = sorted(glob.glob(os.path.join(REPO, "translations", "rendition-studio_*.ts")))
sys.path.insert(0, os.path.join(REPO, "packaging"))

import build_translations  # noqa: E402


def test_there_are_german_and_spanish_sources():
    assert {os.path.basename(p) for p in TS_FILES} >= {"rendition-studio_de.ts", "rendition-studio_es.ts"}


@pytest.mark.parametrize("ts", TS_FILES, ids=os.path.basename)
def test_every_string_in_the_code_is_translated_and_nothing_is_obsolete(ts, tmp_path):
    copy = tmp_path / os.path.basename(ts)
    shutil.copy(ts, copy)
    out = subprocess.run([build_translations.tool("lupdate"), *build_translations.SOURCES, "-ts", str(copy)],
                         capture_output=True, text=True, check=True).stdout
    found = re.search(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)", out)
    assert found, out
    problems = []
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type")
            text = "".join(translation.itertext()).strip()
            if kind in ("unfinished", "vanished", "obsolete") or not text:
                problems.append(f"{context.findtext('name')}: {message.findtext('source')!r} ({kind or 'empty'})")
    assert int(found.group(2)) == 0 and not problems, (
        f"{os.path.basename(ts)}: {found.group(2)} new string(s) in the code; fix with "
        f"`python packaging/build_translations.py --update` and translate:\n" + "\n".join(problems))


def test_placeholders_survive_translation():
    for ts in TS_FILES:
        for message in ET.parse(ts).getroot().iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            texts = [f.text or "" for f in translation] if message.get("numerus") == "yes" else [translation.text or ""]
            for text in texts:
                assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), (ts, source, text)
                if "%n" in source:
                    assert "%n" in text, (ts, source, text)


WINDOW = """
import os, sys, tempfile
os.environ["RENDITION_STUDIO_DATA_DIR"] = tempfile.mkdtemp()
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from app.core.store import JobStore
from app.gui.app import install_translators
from app.gui.jobs_controller import JobsController
from app.gui.main_window import MainWindow
app = QApplication(sys.argv[:1])
print(install_translators(app, sys.argv[1]))
w = MainWindow(JobsController(JobStore(), os.environ["RENDITION_STUDIO_DATA_DIR"]))
print("|".join(a.text() for a in w.menuBar().actions()))
m = w.grid.model
print("|".join(m.headerData(i, Qt.Orientation.Horizontal) for i in range(m.columnCount())))
"""


def start_window(lang_env: str, setting: str = "", **env) -> list[str]:
    qm = resource_path("translations", "rendition-studio_de.qm")
    assert os.path.exists(qm), "the .qm files are made by the package build: pip install -e ."
    full = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LANGUAGE", "RENDITION_STUDIO_LANGUAGE")}
    full.update(LANG=lang_env, QT_QPA_PLATFORM="offscreen", **env)
    proc = subprocess.run([sys.executable, "-c", WINDOW, setting], env=full, capture_output=True, text=True,
                          timeout=60, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def test_the_window_starts_in_german_with_a_german_locale():
    locale, menus, headers = start_window("de_DE.UTF-8")
    assert locale == "de_DE"
    assert menus.split("|") == ["&Datei", "&Auftrag", "&Wiedergabe", "&Hilfe"]
    assert "Auflösung" in headers.split("|") and "Fortschritt" in headers.split("|")


def test_the_language_setting_overrides_the_system_locale():
    locale, menus, _ = start_window("de_DE.UTF-8", "es")
    assert locale == "es_ES" and menus.startswith("&Archivo|")


def test_the_pseudo_locale_makes_every_label_long_and_accented():
    _, menus, headers = start_window("en_US.UTF-8", RENDITION_STUDIO_LANGUAGE="pseudo")
    assert all(m.startswith("[") and m.endswith("]") for m in menus.split("|")), menus
    assert all(h.startswith("[") and h.endswith("·]") for h in headers.split("|")), headers
    assert "[Réšölûtîöñ" in headers  # "Resolution", accented


def test_a_new_language_starts_with_every_text_to_translate_and_appears_once_compiled(tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import QSettings

    from app.gui import languages
    from app.gui.preferences import Preferences

    monkeypatch.setattr(build_translations, "TS_DIR", str(tmp_path))
    ts = build_translations.new("fr")
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    assert root.get("language") == "fr" and len(messages) > 150
    assert all(m.find("translation").get("type") == "unfinished" for m in messages)
    with pytest.raises(SystemExit, match="exists already"):
        build_translations.new("fr")
    with pytest.raises(SystemExit, match="not a language code"):
        build_translations.new("french")

    for message in messages:  # the translator's work, done here by a stand-in
        translation = message.find("translation")
        translation.attrib.pop("type")
        name = "Français" if message.findtext("source") == "English" else "FR " + message.findtext("source")
        if message.get("numerus") == "yes":
            ET.SubElement(translation, "numerusform").text = name
        else:
            translation.text = name
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm_dir = tmp_path / "qm"
    for path in build_translations.build(str(qm_dir)):
        assert os.path.getsize(path) > 1000
    assert languages.installed_codes(str(qm_dir)) == ["fr"]
    assert ("fr", "Français") in languages.choices(str(qm_dir))

    # The shipped languages are offered under their own names; one whose file is gone falls back to the system's.
    shipped = languages.choices()
    assert set(shipped) >= {("de", "Deutsch"), ("en", "English"), ("es", "Español")}
    assert [name for _, name in shipped] == sorted((name for _, name in shipped), key=str.casefold)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    Preferences(output_folder=str(tmp_path), concurrency=3, language="fr").save(settings)
    prefs = Preferences.load(settings)
    assert prefs.language == "" and prefs.concurrency == 3
