"""The languages the window can speak: English (the source texts) plus every compiled translation shipped.

A translation is found by its file, `rendition-studio_<code>.qm` in the resources' translations folder, so adding a
`.ts` file to `translations/` and reinstalling is all it takes for a language to appear in the settings dialog.
"""

from __future__ import annotations

import glob
import os
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTranslator

from app import resource_path

NAME = "rendition-studio"  # translation files are NAME_<code>.qm
PREFIX = NAME + "_"
PSEUDO = "pseudo"  # the pseudo-locale, for checking layouts; chosen with RENDITION_STUDIO_LANGUAGE, not listed
_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
#: The name of the language you are translating into, written in that language: Deutsch, Español, Français.
# PySide6's stub types QT_TRANSLATE_NOOP's result `object`; it returns the text it marks.
OWN_NAME: str = QT_TRANSLATE_NOOP("Language", "English")  # type: ignore[assignment]


def translation_folder() -> str:
    return resource_path("translations")


def qm_path(code: str, folder: str | None = None) -> str:
    """Where the compiled translation for `code` (or the pseudo-locale) lives."""
    return os.path.join(folder or translation_folder(), f"{PREFIX}{code}.qm")


def installed_codes(folder: str | None = None) -> list[str]:
    """Language codes with a compiled translation in `folder` (sorted; the pseudo-locale left out)."""
    names = glob.glob(qm_path("*", folder))
    codes = (os.path.basename(n)[len(PREFIX):-3] for n in names)
    return sorted(c for c in codes if _CODE.match(c))


def native_name(code: str, folder: str | None = None) -> str:
    """The language's name in itself, as its translator wrote it ("Deutsch"), else as Qt's locale data has it."""
    if code == "en":
        return OWN_NAME
    translator = QTranslator()
    if translator.load(qm_path(code, folder)):
        name = translator.translate("Language", OWN_NAME)
        if name and name != OWN_NAME:
            return name
    name = QLocale(code).nativeLanguageName() or code  # may carry a region: "español de España"
    return name[:1].upper() + name[1:]


def choices(folder: str | None = None) -> list[tuple[str, str]]:
    """(code, name) for English and every installed translation, sorted by name; "" (the system's) not included."""
    codes = {"en", *installed_codes(folder)}
    return sorted(((c, native_name(c, folder)) for c in codes), key=lambda item: item[1].casefold())


def is_known(code: str, folder: str | None = None) -> bool:
    """"" (follow the system), English, or a language with a translation installed."""
    return code in ("", "en") or code in installed_codes(folder)
