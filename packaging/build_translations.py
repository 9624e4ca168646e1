"""Compile translations/*.ts to resources/translations/*.qm with pyside6-lrelease, plus a pseudo-locale.

Run by the package build (setup.py's build_py), by the bundle build, or by hand:

    python packaging/build_translations.py            # compile
    python packaging/build_translations.py --update   # refresh the .ts files from the code first (pyside6-lupdate)
    python packaging/build_translations.py --new fr   # start translations/rendition-studio_fr.ts (every entry to do)

The pseudo-locale ("pseudo") is made from the English source texts: accented and a third longer, in brackets,
so truncated or untranslated labels show up (`RENDITION_STUDIO_LANGUAGE=pseudo rendition-studio`).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_DIR = os.path.join(REPO, "translations")
QM_DIR = os.path.join(REPO, "resources", "translations")
SOURCES = sorted(glob.glob(os.path.join(REPO, "app", "gui", "*.py")))
ACCENTS = str.maketrans("aceinousyACEINOUSY", "àçéîñöûšýÀÇÉÎÑÖÛŠÝ")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python, on PATH, or inside the PySide6 package."""
    candidates = [os.path.join(os.path.dirname(sys.executable), f"pyside6-{name}"), shutil.which(f"pyside6-{name}")]
    try:
        import PySide6

        candidates.append(os.path.join(os.path.dirname(PySide6.__file__), name))
    except ImportError:
        pass
    for c in candidates:
        if c and os.path.exists(c):
            return c
    raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install PySide6) first")


def pseudo_text(text: str) -> str:
    out, i = [], 0
    while i < len(text):  # keep %1, %n, &-mnemonics and tags as they are
        if text[i] == "%" and i + 1 < len(text) and (text[i + 1].isdigit() or text[i + 1] == "n"):
            out.append(text[i:i + 2])
            i += 2
        elif text[i] == "<":
            j = text.find(">", i)
            j = len(text) - 1 if j < 0 else j
            out.append(text[i:j + 1])
            i = j + 1
        else:
            out.append(text[i].translate(ACCENTS))
            i += 1
    body = "".join(out)
    pad = "·" * max(2, len(text) // 3)
    return f"[{body}{pad}]"


def make_pseudo(template: str, target: str) -> None:
    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", "en_XA")
    for message in root.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def update() -> None:
    files = sorted(glob.glob(os.path.join(TS_DIR, "rendition-studio_*.ts")))
    subprocess.run([tool("lupdate"), "-no-obsolete", *SOURCES, "-ts", *files], check=True)


def new(code: str) -> str:
    """Start a translation: a .ts file with every text of the window, all unfinished, for language `code`."""
    if not re.match(r"^[a-z]{2,3}(_[A-Z]{2})?$", code):
        raise SystemExit(f"{code!r} is not a language code: use ISO 639 letters, like fr or pt_BR")
    target = os.path.join(TS_DIR, f"rendition-studio_{code}.ts")
    if os.path.exists(target):
        raise SystemExit(f"{target} exists already: edit it, or run --update to add new texts to it")
    subprocess.run([tool("lupdate"), "-silent", *SOURCES, "-target-language", code, "-ts", target], check=True)
    return target


def build(out_dir: str = QM_DIR) -> list[str]:
    os.makedirs(out_dir, exist_ok=True)
    sources = sorted(glob.glob(os.path.join(TS_DIR, "rendition-studio_*.ts")))
    if not sources:
        raise SystemExit(f"no .ts files in {TS_DIR}")
    pseudo = os.path.join(out_dir, "rendition-studio_pseudo.ts")
    make_pseudo(sources[0], pseudo)
    made = []
    for ts in sources + [pseudo]:
        qm = os.path.join(out_dir, os.path.basename(ts)[:-3] + ".qm")
        subprocess.run([tool("lrelease"), "-silent", ts, "-qm", qm], check=True)
        made.append(qm)
    os.remove(pseudo)
    return made


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Compile the translations; refresh or start .ts files.")
    parser.add_argument("--update", action="store_true", help="refresh every .ts file from the code first")
    parser.add_argument("--new", metavar="CODE", help="start translations/rendition-studio_CODE.ts and stop")
    args = parser.parse_args(argv)
    if args.new:
        print(f"{new(args.new)}: translate every entry (pyside6-linguist or a text editor), then reinstall")
        return
    if args.update:
        update()
    for path in build():
        print(path)


if __name__ == "__main__":
    main()
