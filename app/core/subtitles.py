"""Subtitles: text tracks of the source and sidecar files, as segmented WebVTT HLS renditions and MP4 mov_text tracks.

Sources (`collect`):

- the source's text subtitle streams (mov_text, subrip, ass/ssa, webvtt), read with PyAV (in the media worker);
  ASS styling is stripped to plain text; image subtitles (PGS, DVD, DVB) are skipped with a warning naming them;
- sidecar files next to the source: ``name.srt``, ``name.vtt``, ``name.<lang>.srt`` / ``.vtt`` (``clip.de.srt``);
- files named with ``--subtitle FILE[:LANG]``.

SRT and WebVTT are parsed here (a BOM and CRLF line ends are fine; a cue that cannot be read is skipped with a
warning). Languages are stored as BCP-47 (``de``, ``pt-BR``; ISO 639-2 codes such as ``ger``/``deu`` become
``de``), named in English (``German``); an unknown language is ``und``. Times: seconds from the first picture.

HLS (`write_hls`): ``hls/subs/<lang>/index.m3u8`` and ``segment_NNNNN.vtt`` files cut at the video segments'
boundaries; a cue across a boundary is split in two, each part within its segment. Each segment starts with
``X-TIMESTAMP-MAP=MPEGTS:<first video PTS>,LOCAL:00:00:00.000`` (`first_video_pts` reads it from the first TS,
or, for a ladder with no TS variant, from the first fMP4 variant's media timeline).
"""

from __future__ import annotations

import logging
import math
import os
import re
import shutil
from dataclasses import dataclass, field

import m3u8

from app.core.layout import partial_path, replace_path

log = logging.getLogger("app.core.subtitles")

TEXT_CODECS = {"mov_text", "subrip", "srt", "ass", "ssa", "webvtt", "text"}
SIDECAR_EXTS = (".srt", ".vtt")

# ISO 639-1 code -> (ISO 639-2 codes, English name): the languages named; others keep their code as name.
_LANGUAGES: dict[str, tuple[tuple[str, ...], str]] = {
    "ar": (("ara",), "Arabic"), "bg": (("bul",), "Bulgarian"), "ca": (("cat",), "Catalan"),
    "cs": (("cze", "ces"), "Czech"), "da": (("dan",), "Danish"), "de": (("ger", "deu"), "German"),
    "el": (("gre", "ell"), "Greek"), "en": (("eng",), "English"), "es": (("spa",), "Spanish"),
    "et": (("est",), "Estonian"), "fa": (("per", "fas"), "Persian"), "fi": (("fin",), "Finnish"),
    "fr": (("fre", "fra"), "French"), "he": (("heb",), "Hebrew"), "hi": (("hin",), "Hindi"),
    "hr": (("hrv",), "Croatian"), "hu": (("hun",), "Hungarian"), "id": (("ind",), "Indonesian"),
    "is": (("ice", "isl"), "Icelandic"), "it": (("ita",), "Italian"), "ja": (("jpn",), "Japanese"),
    "ko": (("kor",), "Korean"), "lt": (("lit",), "Lithuanian"), "lv": (("lav",), "Latvian"),
    "ms": (("may", "msa"), "Malay"), "nl": (("dut", "nld"), "Dutch"), "no": (("nor",), "Norwegian"),
    "nb": (("nob",), "Norwegian Bokmål"), "pl": (("pol",), "Polish"), "pt": (("por",), "Portuguese"),
    "ro": (("rum", "ron"), "Romanian"), "ru": (("rus",), "Russian"), "sk": (("slo", "slk"), "Slovak"),
    "sl": (("slv",), "Slovenian"), "sr": (("srp",), "Serbian"), "sv": (("swe",), "Swedish"),
    "th": (("tha",), "Thai"), "tr": (("tur",), "Turkish"), "uk": (("ukr",), "Ukrainian"),
    "vi": (("vie",), "Vietnamese"), "zh": (("chi", "zho"), "Chinese"),
}
_FROM_639_2 = {three: two for two, (threes, _) in _LANGUAGES.items() for three in threes}
_LANG_RE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


def language(code: str | None) -> str:
    """A language tag as BCP-47: ``ger``/``deu``/``de``/``DE`` -> ``de``, ``pt_br`` -> ``pt-BR``; ``und`` if none."""
    if not code or not _LANG_RE.match(code.strip()):
        return "und"
    parts = re.split(r"[-_]", code.strip())
    primary = parts[0].lower()
    primary = _FROM_639_2.get(primary, primary)
    rest = [p.upper() if len(p) == 2 else p.title() if len(p) == 4 else p.lower() for p in parts[1:]]
    return "-".join([primary, *rest])


def language_name(tag: str) -> str:
    """The English name of a BCP-47 tag (``de-AT`` -> ``German (AT)``); the tag itself when unknown."""
    primary, _, region = tag.partition("-")
    if primary == "und":
        return "Unknown"
    name = _LANGUAGES.get(primary, ((), tag))[1]
    return f"{name} ({region})" if region and name != tag else name


def is_language(text: str) -> bool:
    """Whether `text` reads as a language code (``de``, ``ger``, ``pt-BR``)."""
    return bool(_LANG_RE.match(text)) and (len(text.split("-")[0].split("_")[0]) in (2, 3))


@dataclass
class Cue:
    start: float  # seconds
    end: float
    text: str


@dataclass
class Track:
    language: str  # BCP-47
    origin: str  # where it comes from: "stream #2 (subrip)" or the file's path
    cues: list[Cue] = field(default_factory=list)
    default: bool = False
    name: str = ""

    def __post_init__(self):
        self.name = self.name or language_name(self.language)

    def describe(self) -> dict:
        return {"language": self.language, "name": self.name, "default": self.default, "source": self.origin,
                "cues": len(self.cues)}


# -- text formats -------------------------------------------------------------------------------------------------
_TIME = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})$")
_ARROW = re.compile(r"^\s*(\S+)\s+-->\s+(\S+)")


def parse_time(text: str) -> float:
    """``01:02:03,456`` / ``02:03.456`` -> seconds; ValueError otherwise."""
    m = _TIME.match(text.strip())
    if not m:
        raise ValueError(f"not a time: {text!r}")
    h, mi, s, frac = m.groups()
    return int(h or 0) * 3600 + int(mi) * 60 + int(s) + int(frac.ljust(3, "0")) / 1000


def _blocks(text: str) -> list[list[str]]:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [b.split("\n") for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def _cue_from(lines: list[str]) -> Cue | None:
    """A cue from its timing line and text lines; None if the timing cannot be read or the times are backwards."""
    m = _ARROW.match(lines[0])
    if not m:
        return None
    try:
        start, end = parse_time(m.group(1)), parse_time(m.group(2))
    except ValueError:
        return None
    text = "\n".join(line.strip() for line in lines[1:]).strip()
    if end <= start or not text:
        return None
    return Cue(start, end, text)


_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def parse_srt(text: str) -> tuple[list[Cue], int]:
    """SubRip cues, and how many blocks were not cues (skipped). Formatting tags (``<i>``) are removed."""
    cues: list[Cue] = []
    bad = 0
    for lines in _blocks(text):
        while lines and "-->" not in lines[0]:  # the counter line (or junk before the timing)
            lines = lines[1:]
        bad += _take(cues, lines)
    return cues, bad


def _take(cues: list[Cue], lines: list[str]) -> int:
    """Add the cue of a block's lines (from its timing line on), its formatting tags removed; 1 when the block
    is not a cue, else 0."""
    cue = _cue_from(lines) if lines else None
    if cue is None:
        return 1
    cue.text = _TAG.sub("", cue.text)
    cues.append(cue)
    return 0


def parse_vtt(text: str) -> tuple[list[Cue], int]:
    """WebVTT cues, and how many blocks were not cues (NOTE, STYLE and REGION blocks are not counted)."""
    blocks = _blocks(text)
    if not blocks or not blocks[0][0].startswith("WEBVTT"):
        raise ValueError("not a WebVTT file (no WEBVTT header)")
    cues: list[Cue] = []
    bad = 0
    for lines in blocks[1:] if "-->" not in blocks[0][-1] else [blocks[0][1:]] + blocks[1:]:
        if lines[0].startswith(("NOTE", "STYLE", "REGION")):
            continue
        if "-->" not in lines[0]:
            lines = lines[1:]  # the cue identifier
        bad += _take(cues, lines)
    return cues, bad


def read_file(path: str) -> tuple[list[Cue], list[str]]:
    """The cues of an SRT or WebVTT file, and warnings (cues skipped); ValueError when it cannot be read at all."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise ValueError(f"subtitle file {path} cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-16") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", "replace")
    vtt = path.lower().endswith(".vtt") or text.lstrip("\ufeff").startswith("WEBVTT")
    cues, bad = parse_vtt(text) if vtt else parse_srt(text)
    name = os.path.basename(path)
    warnings = [f"subtitle file {name}: {bad} cue(s) could not be read and were skipped"] if bad else []
    if not cues:
        raise ValueError(f"subtitle file {os.path.basename(path)} has no cue that can be read")
    return sorted(cues, key=lambda c: c.start), warnings


def sidecars(source: str) -> list[tuple[str, str]]:
    """(path, BCP-47 language) of the subtitle files beside `source`: ``name.srt``, ``name.de.vtt``..."""
    folder = os.path.dirname(os.path.abspath(source))
    stem = os.path.splitext(os.path.basename(source))[0]
    found = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    for name in names:
        base, ext = os.path.splitext(name)
        if ext.lower() not in SIDECAR_EXTS:
            continue
        if base == stem:
            found.append((os.path.join(folder, name), "und"))
        elif base.startswith(stem + ".") and is_language(base[len(stem) + 1:]):
            found.append((os.path.join(folder, name), language(base[len(stem) + 1:])))
    return found


def split_file_arg(arg: str) -> tuple[str, str | None]:
    """``FILE[:LANG]`` -> (file, language or None); a colon that is not followed by a language stays in the path."""
    head, sep, tail = arg.rpartition(":")
    if sep and head and is_language(tail):
        return head, language(tail)
    return arg, None


def _ass_text(text: str) -> str:
    r"""The text of an ASS event line (``ReadOrder,Layer,Style,Name,MarginL,MarginR,MarginV,Effect,Text`` as
    Matroska stores it, or ``Dialogue: ...``), without ``{\...}`` overrides; ``\N`` is a line break."""
    if text.startswith("Dialogue:"):
        text = text.split(":", 1)[1].split(",", 9)[-1]
    else:
        text = text.split(",", 8)[-1]
    text = re.sub(r"\{[^}]*\}", "", text)
    return text.replace("\\N", "\n").replace("\\n", "\n").replace("\\h", " ").strip()


def packet_text(codec: str, data: bytes) -> str:
    """The plain text of one subtitle packet of a text codec."""
    if codec == "mov_text":
        if len(data) < 2:
            return ""
        n = int.from_bytes(data[:2], "big")
        return data[2:2 + n].decode("utf-8", "replace").strip()
    text = data.decode("utf-8", "replace")
    if codec in ("ass", "ssa"):
        return _ass_text(text)
    return _TAG.sub("", text).strip()


def read_embedded(path: str) -> tuple[list[Track], list[str]]:
    """The text subtitle streams of a media file (PyAV: call in the media worker), times from its first picture."""
    import av

    tracks, warnings = [], []
    with av.open(path) as container:
        subs = [s for s in container.streams if s.type == "subtitle"]
        if not subs:
            return [], []
        zero = 0.0
        if container.streams.video:  # the pipeline's timeline starts at the first picture
            v = container.streams.video[0]
            first = [p.pts for _, p in zip(range(32), container.demux(v)) if p.pts is not None]
            if first and v.time_base:
                zero = float(min(first) * v.time_base)
            container.seek(0)
        texts = []
        for s in subs:
            codec = s.codec_context.name if s.codec_context else "unknown"
            label = f"stream #{s.index} ({codec})"
            if codec not in TEXT_CODECS:
                kind = s.codec_context.codec.long_name if s.codec_context else codec
                warnings.append(f"subtitle stream #{s.index} ({kind}) is pictures, not text, and was skipped")
                continue
            disposition = int(s.disposition) if s.disposition is not None else 0
            track = Track(language(s.metadata.get("language")), label, default=bool(disposition & 1))
            tracks.append(track)
            texts.append((s, codec, track))
        if texts:
            streams = {s.index: (s, codec, track) for s, codec, track in texts}
            for packet in container.demux([s for s, _, _ in texts]):
                got = streams.get(packet.stream.index)
                if got is None or packet.pts is None or packet.size == 0:
                    continue
                s, codec, track = got
                text = packet_text(codec, bytes(packet))
                start = float(packet.pts * s.time_base) - zero
                end = start + float((packet.duration or 0) * s.time_base)
                if text and end > start:
                    track.cues.append(Cue(max(0.0, start), end, text))
    kept = [t for t in tracks if t.cues]
    for t in tracks:
        if not t.cues:
            warnings.append(f"subtitle {t.origin} has no cue and was skipped")
    return kept, warnings


def collect(source: str, mode: str = "auto", files: list[str] | None = None) -> tuple[list[Track], list[str]]:
    """The subtitle tracks to publish, and warnings. `mode`: ``auto`` (every text track and sidecar), ``none``, or
    languages (``de,en``: only those). `files`: ``FILE[:LANG]`` given by the user, always kept."""
    tracks: list[Track] = []
    warnings: list[str] = []
    if mode != "none":
        try:
            got, said = read_embedded(source)
        except Exception as exc:  # noqa: BLE001 - the video is still encoded
            got, said = [], [f"the subtitles of the source could not be read: {exc}"]
        tracks += got
        warnings += said
        for path, lang in sidecars(source):
            try:
                cues, said = read_file(path)
            except ValueError as exc:
                warnings.append(str(exc))
                continue
            tracks.append(Track(lang, path, cues))
            warnings += said
        if mode != "auto":
            wanted = {language(w) for w in mode.split(",") if w.strip()}
            tracks = [t for t in tracks if t.language in wanted or t.language.split("-")[0] in wanted]
    for arg in files or []:
        path, given = split_file_arg(arg)
        lang = given or "und"
        if given is None:
            stem = os.path.splitext(os.path.basename(path))[0]
            tail = stem.rsplit(".", 1)[-1] if "." in stem else ""
            lang = language(tail) if tail and is_language(tail) else "und"
        try:
            cues, said = read_file(path)
        except ValueError as exc:
            warnings.append(str(exc))
            continue
        tracks.append(Track(lang, os.path.abspath(path), cues))
        warnings += said
    seen: dict[str, int] = {}
    for t in tracks:  # NAMEs differ within the group (RFC 8216 4.3.4.1.1): "German", "German (2)"
        seen[t.name] = seen.get(t.name, 0) + 1
        if seen[t.name] > 1:
            t.name = f"{t.name} ({seen[t.name]})"
    defaults = [t for t in tracks if t.default]
    for t in defaults[1:]:  # one DEFAULT=YES at most: the first the source flags
        t.default = False
    return tracks, warnings


# -- HLS ----------------------------------------------------------------------------------------------------------
def first_video_pts(path: str) -> int:
    """The presentation time of the first picture, in 90 kHz units: of an MPEG-TS segment (its PTS), or of a
    media playlist (fMP4: read with its init segment; the media timeline's time, as hls.js and Apple's players
    take a WebVTT map's MPEGTS value for fMP4 variants)."""
    import av

    with av.open(path) as container:
        v = container.streams.video[0]
        pts = [p.pts for _, p in zip(range(64), container.demux(v)) if p.pts is not None]
        tb = v.time_base
    if not pts or tb is None:
        raise ValueError(f"{os.path.basename(path)} has no picture")
    return int(round(min(pts) * tb * 90000))


def timing_playlist(playlists: list[str]) -> str | None:
    """The video playlist the subtitles are cut and mapped by: the first with MPEG-TS segments (the map's MPEGTS
    value a TS presentation timestamp), else the first fMP4 one (an all-fMP4 ladder: H.264 with ``--hls-segments
    fmp4``, HEVC, AV1; every variant's segments start at the same times); None when there is none."""
    fmp4 = None
    for path in playlists:
        pl = m3u8.load(path)
        if pl.segments and pl.segments[0].uri.endswith(".ts"):
            return path
        if pl.segments and fmp4 is None:
            fmp4 = path
    return fmp4


def vtt_time(seconds: float) -> str:
    ms = int(round(seconds * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def segment_cues(cues: list[Cue], bounds: list[float]) -> list[list[Cue]]:
    """The cues of each segment [bounds[i], bounds[i+1]): a cue across a boundary is split, each part clipped to
    its segment (times rounded to milliseconds); parts shorter than 1 ms are dropped."""
    out: list[list[Cue]] = [[] for _ in range(len(bounds) - 1)]
    for i in range(len(bounds) - 1):
        lo, hi = round(bounds[i], 3), round(bounds[i + 1], 3)
        for c in cues:
            start, end = max(round(c.start, 3), lo), min(round(c.end, 3), hi)
            if end - start >= 0.001:
                out[i].append(Cue(start, end, c.text))
    return out


def vtt_segment(cues: list[Cue], mpegts: int) -> str:
    lines = ["WEBVTT", f"X-TIMESTAMP-MAP=MPEGTS:{mpegts},LOCAL:00:00:00.000", ""]
    for c in cues:
        # A blank line would end the cue: blank lines inside the text are dropped; "-->" cannot appear in text.
        text = "\n".join(line for line in c.text.replace("-->", "->").split("\n") if line.strip())
        lines += [f"{vtt_time(c.start)} --> {vtt_time(c.end)}", text, ""]
    return "\n".join(lines)


def folder_names(tracks: list[Track]) -> list[str]:
    """One folder per track under ``hls/subs/``: its language, ``-2``, ``-3``... when it repeats."""
    seen: dict[str, int] = {}
    names = []
    for t in tracks:
        seen[t.language] = seen.get(t.language, 0) + 1
        names.append(t.language if seen[t.language] == 1 else f"{t.language}-{seen[t.language]}")
    return names


def write_hls(tracks: list[Track], hls_dir: str, video_playlist: str) -> list[dict]:
    """Write each track as a WebVTT rendition under ``hls_dir/subs/``, cut like `video_playlist`'s segments.

    Returns the master's entries: ``{"uri", "language", "name", "default", "autoselect", "cues", "segments",
    "source"}``. What was there before is replaced; no tracks: ``hls/subs`` is removed."""
    subs = os.path.join(hls_dir, "subs")
    if not tracks:
        shutil.rmtree(subs, ignore_errors=True)
        return []
    video = m3u8.load(video_playlist)
    durations = [float(s.duration or 0.0) for s in video.segments]
    bounds = [0.0]
    for d in durations:
        bounds.append(bounds[-1] + d)
    first = video.segments[0].uri
    mpegts = first_video_pts(os.path.join(os.path.dirname(video_playlist), first) if first.endswith(".ts")
                             else video_playlist)
    partial = partial_path(subs)
    shutil.rmtree(partial, ignore_errors=True)
    entries = []
    for track, folder in zip(tracks, folder_names(tracks)):
        os.makedirs(os.path.join(partial, folder))
        playlist = m3u8.M3U8()
        playlist.version = 3
        playlist.target_duration = max(1, math.ceil(max(durations) - 1e-3))
        playlist.media_sequence = 0
        playlist.playlist_type = "vod"
        playlist.is_endlist = True
        for i, (cues, d) in enumerate(zip(segment_cues(track.cues, bounds), durations)):
            name = f"segment_{i:05d}.vtt"
            with open(os.path.join(partial, folder, name), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(vtt_segment(cues, mpegts))
            playlist.add_segment(m3u8.Segment(uri=name, duration=d))
        with open(os.path.join(partial, folder, "index.m3u8"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(playlist.dumps())
        entries.append({"uri": f"subs/{folder}/index.m3u8", "language": track.language, "name": track.name,
                        "default": track.default, "autoselect": True, "cues": len(track.cues),
                        "segments": len(durations), "source": track.origin})
    replace_path(partial, subs)
    return entries


# -- MP4 ----------------------------------------------------------------------------------------------------------
_ASS_HEADER = (
    "[Script Info]\r\nScriptType: v4.00+\r\nPlayResX: 384\r\nPlayResY: 288\r\n\r\n[V4+ Styles]\r\n"
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, "
    "Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, "
    "MarginR, MarginV, Encoding\r\nStyle: Default,Arial,16,&Hffffff,&Hffffff,&H0,&H0,0,0,0,0,100,100,0,0,1,1,0,2,"
    "10,10,10,0\r\n\r\n[Events]\r\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, "
    "Text\r\n").encode()


def add_to_mp4(path: str, tracks: list[Track]) -> int:
    """Remux the MP4 at `path` with each track as a ``mov_text`` stream (the other streams copied); returns its new
    size. Written beside it and moved into place."""
    import av
    from fractions import Fraction

    tmp = partial_path(path)
    ms = Fraction(1, 1000)
    with av.open(path) as src, av.open(tmp, "w", format="mp4", options={"movflags": "+faststart"}) as out:
        mapping = {s.index: out.add_stream_from_template(s) for s in src.streams if s.type in ("video", "audio")}
        queue = []
        for track in tracks:
            s = out.add_stream("mov_text")
            s.codec_context.subtitle_header = _ASS_HEADER
            s.time_base = ms
            s.metadata["language"] = _to_639_2(track.language)
            s.metadata["title"] = track.name
            if track.default:
                s.disposition = 1  # av.stream.Disposition.default
            for c in track.cues:
                queue.append((c.start, s, c))
        queue.sort(key=lambda q: q[0])
        queue.reverse()  # popped from the end, earliest first

        def mux_subs(until: float) -> None:
            while queue and queue[-1][0] <= until:
                _, s, c = queue.pop()
                data = c.text.encode("utf-8")[:65535]
                packet = av.Packet(len(data).to_bytes(2, "big") + data)
                start = int(round(c.start * 1000))
                packet.pts = packet.dts = start
                packet.duration = max(1, int(round(c.end * 1000)) - start)
                packet.time_base = ms
                packet.stream = s
                out.mux(packet)

        for packet in src.demux(list(src.streams)):
            if packet.dts is None or packet.stream.index not in mapping:
                continue
            mux_subs(float(packet.dts * packet.time_base))
            packet.stream = mapping[packet.stream.index]
            out.mux(packet)
        mux_subs(math.inf)
    os.replace(tmp, path)
    return os.path.getsize(path)


def _to_639_2(tag: str) -> str:
    """The ISO 639-2 code MP4 stores (``de`` -> ``ger``); ``und`` when unknown."""
    primary = tag.split("-")[0]
    if len(primary) == 3:
        return primary
    return _LANGUAGES.get(primary, (("und",), ""))[0][0]


def read_mp4_tracks(path: str) -> list[dict]:
    """The mov_text tracks of an MP4 (PyAV): ``{"language", "title", "cues": [(start, end, text)]}`` each."""
    import av

    tracks = []
    with av.open(path) as container:
        subs = [s for s in container.streams if s.type == "subtitle"]
        found: dict[int, dict] = {s.index: {"language": s.metadata.get("language"), "title": s.metadata.get("title"),
                                            "codec": s.codec_context.name, "cues": []} for s in subs}
        if subs:
            for p in container.demux(subs):
                if p.pts is None or p.size == 0:
                    continue
                text = packet_text("mov_text", bytes(p))
                if text:
                    start = float(p.pts * p.stream.time_base)
                    found[p.stream.index]["cues"].append(
                        (round(start, 3), round(start + float(p.duration * p.stream.time_base), 3), text))
        tracks = list(found.values())
    return tracks


def check_choice(text: str | None) -> str:
    """``--subtitles``: ``auto``, ``none`` or languages (``de,en``, normalized); UsageError otherwise."""
    from app.core.errors import UsageError

    text = (text or "auto").strip()
    if text.lower() in ("auto", "none"):
        return text.lower()
    wanted = [w.strip() for w in text.split(",") if w.strip()]
    bad = [w for w in wanted if not is_language(w)]
    if bad or not wanted:
        raise UsageError(f"--subtitles: {', '.join(bad) or 'empty'} is not auto, none or a language code (e.g. de,en)")
    return ",".join(language(w) for w in wanted)


def check_file(arg: str) -> str:
    """``--subtitle FILE[:LANG]``: the file exists and is .srt or .vtt; returned with an absolute path."""
    from app.core.errors import UsageError

    path, lang = split_file_arg(arg)
    if not os.path.isfile(path):
        raise UsageError(f"--subtitle: no file {path}")
    if os.path.splitext(path)[1].lower() not in SIDECAR_EXTS:
        raise UsageError(f"--subtitle: {path} is not a .srt or .vtt file")
    return os.path.abspath(path) + (f":{lang}" if lang else "")
