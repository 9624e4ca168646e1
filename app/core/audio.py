"""Audio renditions: which tracks of the source are published, how each is encoded, and the encode itself.

The plan (`plan_audio`, plain data, no PyAV) is made from the probed tracks (`SourceInfo.audio_tracks`) and the
options (``--audio``, ``--audio-bitrate``, ``--audio-channels``, ``--loudness``):

- the first chosen track, AAC-LC (stereo by default), is muxed into every video variant and the MP4, as a
  single-track job always was: a player that opens one rung's media playlist (the window's preview) has sound;
- every further chosen track is an audio-only HLS rendition of its own (``hls/audio-<lang>-<n>/index.m3u8``), and
  an extra track of the MP4;
- a 5.1 track, when the channels are not kept as they are, also gets a surround rendition (AC-3 5.1, which Apple
  lists for surround in HLS) besides its stereo downmix, HLS only.

In the master playlist they form one ``EXT-X-MEDIA TYPE=AUDIO`` group per codec (`app.core.hls.audio_groups`):
``audio`` for AAC, the first track without a URI (RFC 8216 4.3.4.1: its media is in the variants) and
DEFAULT=YES, the others with their playlists; ``audio-ac3`` for the surround renditions. A job with one chosen
track and no surround extra writes no group (the variants' muxed audio, as before).

`AudioChain` (PyAV, the media worker only) turns decoded frames of one track into encoder-sized frames of the
rendition's layout and rate, through EBU R128 loudness normalization (FFmpeg's ``loudnorm``, single pass) when
asked, and encodes them.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from fractions import Fraction
from typing import Any

from app.core.errors import UsageError

CHANNEL_CHOICES = ("stereo", "mono", "keep")
SURROUND_KBPS = 384  # AC-3 5.1
MIN_KBPS, MAX_KBPS = 32, 512
MIN_LUFS, MAX_LUFS = -31.0, -5.0  # what loudnorm accepts as I=... (-70..-5); a sane publishing range
CODEC_STRINGS = {"aac": "mp4a.40.2", "ac3": "ac-3"}  # RFC 6381, for CODECS (app.core.hls)
RATES = (32000, 44100, 48000)


@dataclass(frozen=True)
class AudioRendition:
    """One audio encode: `track` (index among the source's audio streams), `stream` (the container's index)."""

    id: str  # "a0", "a1", "a2-51"
    track: int
    stream: int
    codec: str  # "aac" | "ac3"
    layout: str  # "stereo", "mono", "5.1"
    channels: int
    rate: int
    bit_rate: int  # bits/s
    language: str  # BCP-47
    name: str  # unique within the group
    muxed: bool  # in every video variant and the MP4 (the first track); else an HLS rendition of its own
    mp4: bool  # a track of the MP4
    folder: str | None  # under hls/: "audio-de-1" (None for the muxed one)
    loudness: float | None  # LUFS target, or None

    @property
    def codec_string(self) -> str:
        return CODEC_STRINGS[self.codec]

    def to_dict(self) -> dict:
        return asdict(self)


def check_choice(text: str | None) -> str:
    """``--audio``: ``auto`` (every track), ``none``, or languages and track numbers (``de,en`` / ``0,2``;
    numbers count the audio tracks from 0); normalized, UsageError otherwise."""
    from app.core.subtitles import is_language, language

    text = (text or "auto").strip()
    if text.lower() in ("auto", "none", "first"):
        return text.lower()
    wanted = [w.strip() for w in text.split(",") if w.strip()]
    bad = [w for w in wanted if not (w.isdigit() or is_language(w))]
    if bad or not wanted:
        raise UsageError(f"--audio: {', '.join(bad) or 'empty'} is not auto, none, first, a language code or a "
                         "track number (e.g. de,en or 0,2)")
    return ",".join(w if w.isdigit() else language(w) for w in wanted)


def check_bitrate(text: str | int | None) -> int | None:
    """``--audio-bitrate``: ``128k`` or ``128`` (kb/s) -> 128; None or empty: the preset's."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None
    m = re.fullmatch(r"\s*(\d+)\s*k?\s*", str(text).lower())
    if not m or not MIN_KBPS <= int(m.group(1)) <= MAX_KBPS:
        raise UsageError(f"--audio-bitrate: {text!r} is not a bit rate between {MIN_KBPS}k and {MAX_KBPS}k")
    return int(m.group(1))


def check_channels(text: str | None) -> str:
    value = (text or "stereo").strip().lower()
    if value not in CHANNEL_CHOICES:
        raise UsageError(f"--audio-channels: {text!r} is not one of {', '.join(CHANNEL_CHOICES)}")
    return value


def check_loudness(value: str | float | None) -> float | None:
    """``--loudness``: ``off`` (None) or a target in LUFS (``-16``, ``-14``, ``-23``)."""
    if value is None or (isinstance(value, str) and value.strip().lower() in ("", "off", "none")):
        return None
    try:
        lufs = float(str(value).strip().lower().removesuffix("lufs"))
    except ValueError:
        raise UsageError(f"--loudness: {value!r} is not off or a loudness in LUFS (e.g. -16)") from None
    if not MIN_LUFS <= lufs <= MAX_LUFS:
        raise UsageError(f"--loudness: {lufs:g} LUFS is outside {MIN_LUFS:g} .. {MAX_LUFS:g}")
    return lufs


def choose_tracks(tracks: list[dict], choice: str) -> list[dict]:
    """The tracks `choice` (see `check_choice`) keeps, in the order of the source."""
    if choice == "none" or not tracks:
        return []
    if choice == "auto":
        return list(tracks)
    if choice == "first":
        return tracks[:1]
    wanted = choice.split(",")
    return [t for t in tracks if str(t["index"]) in wanted or t["language"] in wanted
            or t["language"].split("-")[0] in wanted]


def plan_audio(tracks: list[dict], *, kbps: int | None, choice: str = "auto", channels: str = "stereo",
               loudness: float | None = None, surround_codec: str = "ac3") -> list[AudioRendition]:
    """The audio renditions of a job (see the module's text); [] without audio (`kbps` None: the plan has none)."""
    from app.core.subtitles import language_name

    chosen = choose_tracks(tracks, choice) if kbps else []
    out: list[AudioRendition] = []
    names: dict[str, int] = {}

    def unique(name: str) -> str:
        names[name] = names.get(name, 0) + 1
        return name if names[name] == 1 else f"{name} ({names[name]})"

    for n, t in enumerate(chosen):
        src_channels = int(t.get("channels") or 2)
        rate = t["samplerate"] if t.get("samplerate") in RATES else 48000
        if channels == "mono" or src_channels == 1:
            layout, count = "mono", 1
        elif channels == "keep" and src_channels >= 6:
            layout, count = "5.1", 6
        else:
            layout, count = "stereo", 2
        lang = t.get("language") or "und"
        base = t.get("title") or language_name(lang)
        first = n == 0
        folder = None if first else f"audio-{lang}-{t['index']}"
        out.append(AudioRendition(
            id=f"a{t['index']}", track=t["index"], stream=t["stream"], codec="aac", layout=layout, channels=count,
            rate=rate, bit_rate=kbps * 1000 * (2 if count == 6 else 1) if kbps else 0, language=lang,
            name=unique(base), muxed=first, mp4=True, folder=folder, loudness=loudness))
        if src_channels >= 6 and count != 6 and channels != "mono":  # the surround extra, besides the downmix
            out.append(AudioRendition(
                id=f"a{t['index']}-51", track=t["index"], stream=t["stream"], codec=surround_codec, layout="5.1",
                channels=6, rate=48000 if surround_codec == "ac3" else rate, bit_rate=SURROUND_KBPS * 1000,
                language=lang, name=unique(f"{base} 5.1"), muxed=False, mp4=False,
                folder=f"audio-{lang}-{t['index']}-51", loudness=loudness))
    return out


def has_group(renditions: list[AudioRendition]) -> bool:
    """Whether the master lists an audio group: some rendition has a playlist of its own."""
    return any(not r.muxed for r in renditions)


def summary(tracks: list[dict]) -> str:
    """One line per track for people: ``#0 en, aac, stereo, 48000 Hz``."""
    return "\n".join(f"#{t['index']} {t['language']}{' ' + repr(t['title']) if t.get('title') else ''}, "
                     f"{t['codec']}, {t['layout']}, {t['samplerate']} Hz" for t in tracks)


# -- the encode (PyAV: the media worker only) -------------------------------------------------------------------
class AudioChain:
    """Decoded frames of one track -> encoded packets of one rendition. `push(frame)` (None at the end) returns
    packets, timed in samples of the rendition's rate from `start` (samples, set before the first push)."""

    def __init__(self, rendition: AudioRendition):
        import av

        self.r = rendition
        enc: Any = av.CodecContext.create(rendition.codec, "w")
        enc.sample_rate, enc.layout, enc.format = rendition.rate, rendition.layout, "fltp"
        enc.bit_rate, enc.time_base = rendition.bit_rate, Fraction(1, rendition.rate)
        enc.open()
        self.encoder = enc
        self.frame_size = enc.frame_size or 1024
        self.samples = 0
        self.started = False
        self.graph = None
        if rendition.loudness is None:
            self.resampler = av.AudioResampler(format="fltp", layout=rendition.layout, rate=rendition.rate,
                                               frame_size=self.frame_size)
        else:  # loudnorm works at 192 kHz inside: back to the rendition's rate, then encoder-sized frames
            self.resampler = av.AudioResampler(format="fltp", layout=rendition.layout, rate=rendition.rate)
            g = av.filter.Graph()
            chain = [g.add_abuffer(format="fltp", sample_rate=rendition.rate, layout=rendition.layout,
                                   time_base=Fraction(1, rendition.rate)),
                     g.add("loudnorm", f"I={rendition.loudness:g}:TP=-1.5:LRA=11"),
                     g.add("aresample", str(rendition.rate)),
                     g.add("aformat", f"sample_fmts=fltp:channel_layouts={rendition.layout}"),
                     g.add("asetnsamples", f"n={self.frame_size}:p=0"),
                     g.add("abuffersink")]
            for a, b in zip(chain, chain[1:]):
                a.link_to(b)
            g.configure()
            self.graph = g

    def _filtered(self, frames: list, end: bool) -> list:
        import av

        if self.graph is None:
            return frames
        out = []
        for f in [*frames, *([None] if end else [])]:
            self.graph.push(f)
            while True:
                try:
                    out.append(self.graph.pull())
                except (av.error.BlockingIOError, av.error.EOFError):
                    break
        return out

    def push(self, frame) -> list:
        """Packets for one decoded frame (None: flush everything)."""
        frames = self._filtered(list(self.resampler.resample(frame)), frame is None)
        packets = []
        for f in frames:
            f.pts, f.time_base = self.samples, Fraction(1, self.r.rate)
            self.samples += f.samples
            packets.extend(self.encoder.encode(f))
        if frame is None:
            packets.extend(self.encoder.encode(None))
        return packets


def mp4_language(tag: str) -> str:
    """The ISO 639-2 code an MP4 track stores for a BCP-47 tag (``de`` -> ``ger``)."""
    from app.core.subtitles import _to_639_2

    return _to_639_2(tag)
