"""The user's settings, persisted with QSettings, turned into the core's encode options.

One place knows the keys and defaults; the settings dialog edits a `Preferences` and the window applies it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace

from PySide6.QtCore import QSettings

from app.core.errors import UsageError
from app.core.jobs import EncodeOptions
from app.core.options import build_options
from app.core.presets import DEFAULT_THUMBNAILS, PresetLibrary, UserPreset
from app.gui import languages


def default_output_root() -> str:
    import platformdirs

    videos = platformdirs.user_videos_dir() or os.path.expanduser("~")
    return os.path.join(videos, "Rendition Studio")


@dataclass
class Preferences:
    output_folder: str = ""
    preset: str = "default"  # a built-in preset or one of the user's (app.core.presets)
    renditions: str = ""  # "" = the preset's ladder
    encoder_preset: str = ""  # "" = the preset's x264 speed
    hls: bool = True
    mp4: bool = True
    segment_seconds: float = 6.0
    thumbnails: bool = True
    thumbnail_spec: str = DEFAULT_THUMBNAILS
    hwaccel: str = "auto"
    encoder: str = "auto"  # the video encoder (app.core.hwenc.CHOICES)
    codecs: str = "h264"  # the HLS ladders' video codecs, "h264,hevc,av1" (the first is the MP4's)
    hls_segments: str = "ts"  # the H.264 ladder's HLS segments: ts or fmp4 (app.core.ladder.HLS_SEGMENTS)
    concurrency: int = 1
    language: str = ""
    drop_action: str = "local"  # "local", "ask", or a provider name: what dropped files do
    uploads_folder: str = "root"  # the Uploads API's required collection path
    measure_quality: str = "off"  # after each encode: "off", "sampled" or "full" (as `encode --quality`)

    KEYS = {"output_folder": "output/folder", "preset": "encode/preset", "renditions": "encode/renditions",
            "encoder_preset": "encode/encoderPreset",
            "hls": "encode/hls", "mp4": "encode/mp4", "segment_seconds": "encode/segmentSeconds",
            "thumbnails": "encode/thumbnails", "thumbnail_spec": "encode/thumbnailSpec", "hwaccel": "encode/hwaccel",
            "encoder": "encode/encoder", "codecs": "encode/codecs", "hls_segments": "encode/hlsSegments",
            "concurrency": "queue/concurrency", "language": "ui/language", "drop_action": "remote/dropAction",
            "uploads_folder": "remote/uploadsFolder", "measure_quality": "quality/afterEncoding"}

    @classmethod
    def load(cls, settings: QSettings) -> "Preferences":
        prefs = cls(output_folder=default_output_root())
        for f in fields(cls):
            key = cls.KEYS[f.name]
            if not settings.contains(key):
                continue
            value, default = settings.value(key), getattr(prefs, f.name)
            try:
                if isinstance(default, bool):  # QSettings' INI files give "true"/"false" back as strings
                    value = value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
                else:
                    value = type(default)(value)
            except (TypeError, ValueError):
                continue  # a damaged value: keep the default
            setattr(prefs, f.name, value)
        if not settings.contains(cls.KEYS["preset"]):
            prefs = prefs.with_default_preset()
        elif not prefs.known_preset():
            prefs.preset = "default"  # a preset of the user's deleted since: its values stay, on the default ladder
        if not languages.is_known(prefs.language):
            prefs.language = ""  # its translation is gone: follow the system, keep the other settings
        try:
            prefs.check()
        except UsageError:
            # Settings written by hand or an older version: fall back to the defaults rather than refuse to start.
            return cls(output_folder=prefs.output_folder or default_output_root(),
                       concurrency=max(1, prefs.concurrency))
        return prefs

    def save(self, settings: QSettings) -> None:
        for f in fields(self):
            settings.setValue(self.KEYS[f.name], getattr(self, f.name))
        settings.sync()

    def formats(self) -> str:
        return ",".join(name for name, on in (("hls", self.hls), ("mp4", self.mp4)) if on)

    def encode_options(self) -> EncodeOptions:
        """The options new jobs get; raises `UsageError` naming the first wrong value."""
        if not self.formats():
            raise UsageError("choose at least one output format (HLS or MP4)")
        return build_options(preset=self.base_preset(), renditions=self.renditions, formats=self.formats(),
                             encoder_preset=self.encoder_preset or None, segment_seconds=self.segment_seconds,
                             thumbnails=self.thumbnail_spec if self.thumbnails else "none", hwaccel=self.hwaccel,
                             encoder=self.encoder, codecs=self.codecs, hls_segments=self.hls_segments)

    def base_preset(self) -> str:
        """The built-in preset behind `preset` (a user preset names one); `UsageError` for an unknown preset."""
        from app.core.ladder import PRESETS

        return self.preset if self.preset in PRESETS else PresetLibrary().get(self.preset).base

    def known_preset(self) -> bool:
        try:
            self.base_preset()
        except UsageError:
            return False
        return True

    def as_preset(self, name: str) -> UserPreset:
        """These settings as a user preset called `name` (not yet checked)."""
        return UserPreset(name=name, base=self.base_preset(), renditions=self.renditions, formats=self.formats(),
                          encoder_preset=self.encoder_preset, segment_seconds=self.segment_seconds,
                          thumbnails=self.thumbnail_spec if self.thumbnails else "none", hwaccel=self.hwaccel,
                          encoder=self.encoder, codecs=self.codecs, hls_segments=self.hls_segments)

    def with_preset(self, preset: UserPreset) -> "Preferences":
        """These settings with a preset's values (a built-in preset: its ladder, the default thumbnails)."""
        off = preset.thumbnails.strip().lower() in ("", "none", "off")
        formats = preset.formats.split(",")
        return self.copy(preset=preset.name, renditions=preset.renditions, encoder_preset=preset.encoder_preset,
                         hls="hls" in formats, mp4="mp4" in formats, segment_seconds=preset.segment_seconds,
                         thumbnails=not off, thumbnail_spec=self.thumbnail_spec if off else preset.thumbnails,
                         hwaccel=preset.hwaccel, encoder=preset.encoder, codecs=preset.codecs,
                         hls_segments=preset.hls_segments)

    def with_default_preset(self) -> "Preferences":
        """These settings with the default preset (`presets` set it: a user preset's values, or a built-in ladder)."""
        from app.core.ladder import PRESETS

        try:
            library = PresetLibrary()
        except UsageError:
            return self  # a damaged presets file: the built-in default (the presets dialog says why)
        name = library.default
        return self.copy(preset=name) if name in PRESETS else self.with_preset(library.get(name))

    def check(self) -> EncodeOptions:
        """Every value checked (the encode options, the output folder, the numbers); returns the options."""
        options = self.encode_options()
        folder = self.output_folder.strip()
        if not folder or not os.path.isabs(os.path.expanduser(folder)):
            raise UsageError("the output folder must be a full path")
        check_writable_folder(os.path.expanduser(folder))
        if not 1 <= self.concurrency <= 16:
            raise UsageError("jobs at once must be between 1 and 16")
        if not languages.is_known(self.language):
            raise UsageError(f"unknown language {self.language!r}")
        if self.measure_quality not in ("off", "sampled", "full"):
            raise UsageError(f"unknown quality measurement {self.measure_quality!r} (off, sampled or full)")
        if self.drop_action not in ("local", "ask"):
            from app.providers.registry import provider_class

            provider_class(self.drop_action)  # UsageError: unknown provider
        return options

    def remote_renditions(self) -> list[str] | None:
        """The renditions asked of a provider: the same list as for local encodes (None: the provider's)."""
        return [t.strip() for t in self.renditions.split(",") if t.strip()] or None

    def remote_options(self) -> dict:
        return {"renditions": self.remote_renditions(), "folder": self.uploads_folder or None}

    def copy(self, **changes) -> "Preferences":
        return replace(self, **changes)


def check_writable_folder(folder: str) -> None:
    """The folder exists and is writable, or the nearest existing parent is (it is made on the first job)."""
    probe = folder
    while not os.path.exists(probe):
        parent = os.path.dirname(probe)
        if parent == probe:
            break
        probe = parent
    if not os.path.isdir(probe):
        raise UsageError(f"the output folder cannot be made: {probe} is a file")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise UsageError(f"the output folder is not writable: {probe}")


def load_endpoints(settings: QSettings) -> dict[str, dict]:
    """Each provider's base URLs as set by the user (roles not set keep the provider's defaults)."""
    out: dict[str, dict] = {}
    settings.beginGroup("providers")
    for provider in settings.childGroups():
        settings.beginGroup(provider)
        out[provider] = {role: str(settings.value(role)) for role in settings.childKeys() if settings.value(role)}
        settings.endGroup()
    settings.endGroup()
    return out


def save_endpoints(settings: QSettings, endpoints: dict[str, dict]) -> None:
    settings.remove("providers")
    for provider, roles in endpoints.items():
        for role, url in roles.items():
            if url:
                settings.setValue(f"providers/{provider}/{role}", url)
    settings.sync()
