"""The user's own presets: named encode settings kept in ``presets.json`` in the data folder.

A user preset names a built-in ladder preset (``base``: its bitrate factor and audio bitrate) and the values the
settings dialog and ``encode`` take as text: renditions, formats, x264 speed, segment length, thumbnails,
hardware decoding, codecs and the H.264 ladder's segments (ts or fmp4). Every value is checked by
`app.core.options.build_options`, the same checks as the command line's options, so a preset that is saved or
imported can always be used. The built-in presets (`PRESETS`) are read-only. The file::

    {"version": 1, "default": "web", "presets": [{"name": "web", "base": "default", "renditions": "360p,720p", ...}]}

An exported file has the same shape with the presets exported (and no default).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace

from app.core.errors import NotWritable, UsageError
from app.core.jobs import EncodeOptions
from app.core.ladder import DEFAULT_PRESET, PRESETS
from app.core.options import DEFAULT_THUMBNAIL_SPEC as DEFAULT_THUMBNAILS
from app.core.options import build_options
from app.core.thumbnails import quoted

FILE_NAME = "presets.json"
VERSION = 1
MAX_NAME = 60
MAX_FILE = 1_000_000  # bytes: a preset file is a few hundred


@dataclass(frozen=True)
class UserPreset:
    name: str
    base: str = DEFAULT_PRESET  # the built-in preset whose bitrates and audio it uses
    renditions: str = ""  # "" = the base preset's ladder
    formats: str = "hls,mp4"
    encoder_preset: str = ""  # "" = the base preset's x264 speed
    segment_seconds: float = 6.0
    thumbnails: str = DEFAULT_THUMBNAILS  # a thumbnail spec; "none": no thumbnails
    hwaccel: str = "auto"
    rate_control: str = ""  # "" = the base preset's (abr, or crf: capped CRF)
    crf: float | None = None  # None = the default CRF (23), used with rate_control crf
    encoder: str = "auto"  # the video encoder (app.core.hwenc.CHOICES)
    codecs: str = "h264"  # the HLS ladders' video codecs, e.g. "h264,hevc,av1" (app.core.ladder.CODECS)
    hls_segments: str = "ts"  # the H.264 ladder's HLS segments: ts or fmp4 (app.core.ladder.HLS_SEGMENTS)

    def options(self) -> EncodeOptions:
        return build_options(preset=self.base, renditions=self.renditions, formats=self.formats,
                             encoder_preset=self.encoder_preset or None, segment_seconds=self.segment_seconds,
                             thumbnails=self.thumbnails, hwaccel=self.hwaccel,
                             encoder=self.encoder, rate_control=self.rate_control or None, crf=self.crf,
                             codecs=self.codecs, hls_segments=self.hls_segments)

    def to_dict(self) -> dict:
        return asdict(self)


_TEXT_FIELDS = ("base", "renditions", "formats", "encoder_preset", "thumbnails", "hwaccel", "encoder",
                "rate_control", "codecs", "hls_segments")
_FIELDS = tuple(f.name for f in fields(UserPreset))


def check_name(name: str, taken: list[str] | tuple[str, ...] = ()) -> str:
    """A preset name as typed, trimmed; refused when empty, too long, a built-in's or one in `taken`."""
    name = " ".join(str(name).split())
    if not name:
        raise UsageError("a preset needs a name")
    if len(name) > MAX_NAME:
        raise UsageError(f"the preset name {quoted(name)} is longer than {MAX_NAME} characters")
    if name.casefold() in (n.casefold() for n in PRESETS):
        raise UsageError(f"{name!r} is a built-in preset; choose another name")
    if name.casefold() in (n.casefold() for n in taken):
        raise UsageError(f"there is already a preset called {name!r}")
    return name


def preset_from_dict(obj, where: str = "preset") -> UserPreset:
    """A preset from its JSON object, every field checked; `UsageError` names the preset and the field."""
    if not isinstance(obj, dict):
        raise UsageError(f"{where} should be an object, got {type(obj).__name__}")
    name = obj.get("name")
    if not isinstance(name, str) or not name.strip():
        raise UsageError(f"{where}: \"name\" should be a non-empty text")
    where = f"preset {quoted(name)}"
    unknown = [k for k in obj if k not in _FIELDS]
    if unknown:
        raise UsageError(f"{where}: unknown field {quoted(str(unknown[0]))}")
    for key in _TEXT_FIELDS:
        if key in obj and not isinstance(obj[key], str):
            raise UsageError(f"{where}: {key} should be a text, got {type(obj[key]).__name__}")
    seconds = obj.get("segment_seconds", 6.0)
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        raise UsageError(f"{where}: segment_seconds should be a number, got {type(seconds).__name__}")
    crf = obj.get("crf")
    if crf is not None and (isinstance(crf, bool) or not isinstance(crf, (int, float))):
        raise UsageError(f"{where}: crf should be a number, got {type(crf).__name__}")
    values = {k: obj[k] for k in _FIELDS if k in obj}
    if str(values.get("thumbnails", "")).strip().startswith("@"):
        raise UsageError(f"{where}: thumbnails: a preset holds the spec itself, not a file (@...)")
    for key, value in values.items():  # one field at a time: the message names the one that is wrong
        if key != "name":
            try:
                build_options(**{"preset" if key == "base" else key: value})
            except UsageError as exc:
                raise UsageError(f"{where}: {key}: {exc}") from None
    return UserPreset(**{**values, "name": " ".join(name.split()), "segment_seconds": float(seconds),
                         "crf": None if crf is None else float(crf)})


def parse_file(data: bytes, what: str = "the preset file") -> tuple[list[UserPreset], str | None]:
    """The presets in a file's bytes and its default; `UsageError` says plainly what is wrong."""
    if len(data) > MAX_FILE:
        raise UsageError(f"{what} is larger than {MAX_FILE // 1000} kB")
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise UsageError(f"{what} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{what} is not JSON: {exc.msg} at character {exc.pos}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("presets"), list):
        raise UsageError(f"{what} should be an object with a \"presets\" list")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise UsageError(f"{what} has no \"version\" number")
    if version > VERSION:
        raise UsageError(f"{what} was written by a newer version of Rendition Studio (version {version})")
    presets: list[UserPreset] = []
    for i, obj in enumerate(doc["presets"]):
        preset = preset_from_dict(obj, f"preset {i + 1}")
        check_name(preset.name, [p.name for p in presets])
        presets.append(preset)
    default = doc.get("default")
    return presets, default if isinstance(default, str) else None


def _document(presets: list[UserPreset], default: str | None = None) -> bytes:
    doc: dict = {"version": VERSION}
    if default is not None:
        doc["default"] = default
    doc["presets"] = [p.to_dict() for p in presets]
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _write(path: str, data: bytes) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".presets-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError as exc:
        raise NotWritable(f"{path} cannot be written: {(exc.strerror or str(exc)).lower()}") from None


class PresetLibrary:
    """The built-in presets and the user's, as kept in ``presets.json`` in the data folder (or `path`)."""

    def __init__(self, path: str | None = None):
        if path is None:
            from app.core.store import data_dir

            path = os.path.join(data_dir(), FILE_NAME)
        self.path = path
        self.user: list[UserPreset] = []
        self.default = DEFAULT_PRESET
        if os.path.exists(path):
            try:
                with open(path, "rb") as fh:
                    data = fh.read(MAX_FILE + 1)
            except OSError as exc:
                raise UsageError(f"{path} cannot be read: {(exc.strerror or str(exc)).lower()}") from None
            self.user, default = parse_file(data, path)
            if default and self.has(default):
                self.default = default

    # -- reading -----------------------------------------------------------------------------------------------
    def names(self) -> list[str]:
        """Every preset, the built-in ones first."""
        return [*PRESETS, *(p.name for p in self.user)]

    def has(self, name: str) -> bool:
        return name in PRESETS or self.find(name) is not None

    def find(self, name: str) -> UserPreset | None:
        return next((p for p in self.user if p.name == name), None)

    def get(self, name: str) -> UserPreset:
        """A preset by name; a built-in one as the user preset it amounts to."""
        if name in PRESETS:
            return UserPreset(name=name, base=name)
        preset = self.find(name)
        if preset is None:
            raise UsageError(f"unknown preset {name!r} (choose from {', '.join(self.names())})")
        return preset

    def description(self, name: str) -> str:
        if name in PRESETS:
            return PRESETS[name].description
        p = self.get(name)
        parts = [f"based on {p.base}", p.renditions or "the base ladder", p.formats]
        if p.encoder_preset:
            parts.append(f"x264 {p.encoder_preset}")
        parts.append("no thumbnails" if p.thumbnails.strip().lower() in ("", "none", "off") else
                     f"thumbnails {p.thumbnails}")
        return ", ".join(parts)

    # -- changing (each change is saved at once) ------------------------------------------------------------------
    def save(self) -> None:
        _write(self.path, _document(self.user, self.default))

    def add(self, preset: UserPreset, replace_existing: bool = False) -> UserPreset:
        """Add a preset (checked); with `replace_existing`, one of the same name is overwritten in place."""
        preset = preset_from_dict(preset.to_dict())
        existing = self.find(preset.name)
        if existing is not None and replace_existing:
            self.user[self.user.index(existing)] = preset
        else:
            check_name(preset.name, [p.name for p in self.user])
            self.user.append(preset)
        self.save()
        return preset

    def rename(self, old: str, new: str) -> str:
        preset = self._user_preset(old)
        new = check_name(new, [p.name for p in self.user if p is not preset])
        self.user[self.user.index(preset)] = replace(preset, name=new)
        if self.default == old:
            self.default = new
        self.save()
        return new

    def delete(self, name: str) -> None:
        self.user.remove(self._user_preset(name))
        if self.default == name:
            self.default = DEFAULT_PRESET
        self.save()

    def set_default(self, name: str) -> None:
        self.get(name)
        self.default = name
        self.save()

    def _user_preset(self, name: str) -> UserPreset:
        if name in PRESETS:
            raise UsageError(f"{name!r} is a built-in preset and cannot be changed")
        return self.get(name)

    # -- files -----------------------------------------------------------------------------------------------------
    def export(self, names: list[str], path: str) -> None:
        """Write the named presets to a file another machine can import (built-in ones need no exporting)."""
        _write(path, _document([self._user_preset(n) for n in names]))

    def import_file(self, path: str) -> list[tuple[str, str]]:
        """Add every preset in a file, all or none; a name already taken gets a suffix (``web (2)``).

        Returns (name in the file, name given here) pairs."""
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_FILE + 1)
        except OSError as exc:
            raise UsageError(f"{path} cannot be read: {(exc.strerror or str(exc)).lower()}") from None
        presets, _ = parse_file(data, os.path.basename(path))
        if not presets:
            raise UsageError(f"{os.path.basename(path)} holds no presets")
        added: list[tuple[str, str]] = []
        for preset in presets:
            name, n = preset.name, 2
            while True:
                try:
                    check_name(name, [p.name for p in self.user])
                    break
                except UsageError:
                    name, n = f"{preset.name[:MAX_NAME - 8]} ({n})", n + 1
            self.user.append(replace(preset, name=name))
            added.append((preset.name, name))
        self.save()
        return added
