"""An HLS ladder checker for the tests: the rules of Apple's HLS Authoring Specification that the ladder must keep.

Its own code throughout, independent of what the app writes with: playlists are read by a small tag parser here
(not the `m3u8` package), H.264 parameters come from the SPS bytes found in the segments, timing and pictures
from PyAV. `check_ladder(folder)` returns the problems found, one line each ([] when the ladder conforms):

- master: ``#EXTM3U``, ``EXT-X-INDEPENDENT-SEGMENTS``; each ``EXT-X-STREAM-INF`` has BANDWIDTH, AVERAGE-BANDWIDTH,
  CODECS, RESOLUTION, FRAME-RATE, and an ``EXT-X-I-FRAME-STREAM-INF`` (BANDWIDTH, CODECS, RESOLUTION, URI) goes
  with every variant;
- media playlists: ``EXT-X-PLAYLIST-TYPE:VOD``, ``EXT-X-ENDLIST``, no segment (by EXTINF or by its pictures'
  timestamps) longer than ``EXT-X-TARGETDURATION`` + 0.5 s, and EXTINF matching the pictures;
- every segment starts with an IDR picture (its first video access unit has NAL unit type 5);
- BANDWIDTH and AVERAGE-BANDWIDTH within 10 % of the peak and average segment bitrate measured from the files
  (the peak as RFC 8216 4.3.4.2 defines it: over contiguous segments lasting 0.5 to 1.5 target durations), and
  the peak at most 2x the average;
- CODECS: ``avc1.PPCCLL`` of the stream's own SPS, ``mp4a.40.2`` exactly when an AAC-LC track is there;
  H.264 level at most 4.2; RESOLUTION and FRAME-RATE those of the pictures;
- I-frame playlists: ``EXT-X-I-FRAMES-ONLY``, VOD, finished, version >= 4; one entry per IDR of the rendition, at
  its timestamp; each ``EXT-X-BYTERANGE`` begins with the PAT (RFC 8216 4.3.3.6) and alone decodes to exactly
  one key picture; durations add up to the rendition's; BANDWIDTH within 10 % of the measured peak; CODECS the
  variant's video codec.

fMP4/CMAF variants (HEVC, AV1, H.264 with ``--hls-segments fmp4``; a media playlist with ``EXT-X-MAP``): the init
segment is there and holds a ``moov``; ``EXT-X-VERSION`` >= 6; every segment is whole MP4 boxes
(``styp``/``moof``/``mdat``...) and, read after the init segment, starts with a key frame (H.264: an IDR slice, NAL
type 5; HEVC: an IDR NAL unit, 19 or 20; AV1: a sequence header OBU and a key frame); CODECS is ``avc1.PPCCLL``
from the avcC's SPS (level at most 4.2), ``hvc1.…`` worked out here from the SPS's profile_tier_level (not the
hvcC's copy), with the
sample entry ``hvc1`` (not ``hev1``), or ``av01.P.LLT.DD`` from the sequence header OBU and the decoded bit depth;
``VIDEO-RANGE=SDR``. Their I-frame playlists have the media playlist's ``EXT-X-MAP`` and ``EXT-X-VERSION`` >= 6;
each ``EXT-X-BYTERANGE`` lies within its segment and is exactly one ``moof`` + ``mdat`` whose video track's first
sample is a sync sample (its flags from the trun, the tfhd or the init segment's trex), and read after the init
segment it decodes to one key picture at the time of one of the rendition's key frames; the durations add up to
the media playlist's.
Across all variants: the segments start at the same times (from each variant's first picture), so a player can
switch between codecs at any segment boundary.
- subtitles: each ``EXT-X-MEDIA:TYPE=SUBTITLES`` has GROUP-ID, a BCP-47 LANGUAGE, NAME, URI, DEFAULT and
  AUTOSELECT (YES/NO; DEFAULT=YES only with AUTOSELECT=YES), one DEFAULT=YES per group at most, NAMEs that
  differ within the group, and every
  EXT-X-STREAM-INF names the group (SUBTITLES); its playlist is VOD, finished, its segments cut where the video's
  are (EXTINF equal within 1 ms) and none longer than the target duration; each WebVTT segment starts with
  ``WEBVTT`` and ``X-TIMESTAMP-MAP=MPEGTS:<the video's first PTS>,LOCAL:00:00:00.000`` (a TS variant's; with
  none, an fMP4 one's media time), and every cue's times are readable, ordered and within its segment.
- audio: each ``EXT-X-MEDIA:TYPE=AUDIO`` has GROUP-ID, a BCP-47 LANGUAGE, NAME (unique in the group), DEFAULT,
  AUTOSELECT and CHANNELS; exactly one DEFAULT=YES per group (with AUTOSELECT=YES); every variant names a group
  (AUDIO) that exists, and a group exists when a variant names one. A rendition without URI is the variants' own
  (muxed) audio: their segments must carry it, with as many channels as CHANNELS says. A rendition with a URI is an
  audio-only media playlist: VOD, finished, no segment longer than the target duration + 0.5 s, every segment
  there (TS: whole 188-byte packets from a sync byte; fMP4: after an init segment with a moov, moof and mdat
  boxes), audio only (no video, so no IDR rule), of the codec and channel count the master says, lasting as long
  as the video within 0.25 s. A variant's CODECS lists its video codec and every audio codec of its group
  (``mp4a.40.2`` AAC-LC, ``ac-3``, ``ec-3``); its BANDWIDTH / AVERAGE-BANDWIDTH are the measured peak / average
  of its own segments plus the largest peak / average of the group's renditions with a URI (RFC 8216 4.3.4.2:
  the largest playable combination), within 10 %.
"""

from __future__ import annotations

import io
import os
import re

import av

TOLERANCE = 0.10  # BANDWIDTH / AVERAGE-BANDWIDTH against the measured bitrates
MAX_LEVEL = 42  # H.264 level 4.2: Apple's limit for H.264 in HLS (1080p60)
OVERRUN = 0.5  # seconds a segment may last beyond the target duration


# -- playlists ----------------------------------------------------------------------------------------------
_ATTR = re.compile(r'([A-Z0-9-]+)=("[^"]*"|[^,]*)')


def attributes(text: str) -> dict[str, str]:
    return {k: v.strip('"') for k, v in _ATTR.findall(text)}


class Playlist:
    """The tags of one playlist: `tags` (name -> value of its last occurrence), and `entries`: each URI line with
    the tags just before it (``EXTINF``, ``EXT-X-BYTERANGE``, ``EXT-X-STREAM-INF``)."""

    def __init__(self, path: str):
        self.path = path
        with open(path, encoding="utf-8") as fh:
            self.lines = [ln.strip() for ln in fh if ln.strip()]
        self.tags: dict[str, str] = {}
        self.entries: list[tuple[str, dict[str, str]]] = []
        self.iframe_streams: list[dict[str, str]] = []
        self.media: list[dict[str, str]] = []  # EXT-X-MEDIA
        pending: dict[str, str] = {}
        for line in self.lines:
            if line.startswith("#EXT"):
                name, _, value = line[1:].partition(":")
                if name == "EXT-X-I-FRAME-STREAM-INF":
                    self.iframe_streams.append(attributes(value))
                elif name == "EXT-X-MEDIA":
                    self.media.append(attributes(value))
                elif name in ("EXTINF", "EXT-X-BYTERANGE", "EXT-X-STREAM-INF"):
                    pending[name] = value
                else:
                    self.tags[name] = value
            elif not line.startswith("#"):
                self.entries.append((line, pending))
                pending = {}

    @property
    def first_line(self) -> str:
        return self.lines[0] if self.lines else ""

    def extinf(self, tags: dict[str, str]) -> float:
        return float(tags.get("EXTINF", "0").split(",")[0] or 0)


# -- segments -----------------------------------------------------------------------------------------------
def nal_types(data: bytes) -> list[int]:
    """H.264 NAL unit types in an Annex B access unit."""
    out = []
    i = data.find(b"\x00\x00\x01")
    while 0 <= i < len(data) - 3:
        out.append(data[i + 3] & 0x1F)
        i = data.find(b"\x00\x00\x01", i + 3)
    return out


def sps_codec(data: bytes) -> str | None:
    """``avc1.PPCCLL`` from the first SPS in an Annex B access unit."""
    i = data.find(b"\x00\x00\x01")
    while 0 <= i < len(data) - 6:
        if data[i + 3] & 0x1F == 7:
            return "avc1.%02X%02X%02X" % (data[i + 4], data[i + 5], data[i + 6])
        i = data.find(b"\x00\x00\x01", i + 3)
    return None


def _unescape(nal: bytes) -> bytes:
    """An H.26x NAL unit's RBSP: emulation prevention bytes (00 00 03) removed."""
    return re.sub(b"\x00\x00\x03", b"\x00\x00", nal)


class Bits:
    def __init__(self, data: bytes):
        self.data, self.pos = data, 0

    def read(self, n: int) -> int:
        value = 0
        for _ in range(n):
            value = (value << 1) | ((self.data[self.pos >> 3] >> (7 - (self.pos & 7))) & 1)
            self.pos += 1
        return value


def hevc_sps_codec(sps: bytes) -> str:
    """``hvc1.…`` (ISO/IEC 14496-15 E.3) from an HEVC SPS NAL unit's profile_tier_level."""
    b = Bits(_unescape(sps)[2:])  # after the two-byte NAL unit header
    b.read(4 + 3 + 1)  # sps_video_parameter_set_id, sps_max_sub_layers_minus1, temporal_id_nesting
    space, tier, profile = b.read(2), b.read(1), b.read(5)
    compat = b.read(32)
    constraints = [b.read(8) for _ in range(6)]
    level = b.read(8)
    reversed_compat = int(f"{compat:032b}"[::-1], 2)
    while constraints and constraints[-1] == 0:
        constraints.pop()
    return ".".join([f"hvc1.{'' if space == 0 else 'ABC'[space - 1]}{profile}", f"{reversed_compat:X}",
                     f"{'H' if tier else 'L'}{level}", *[f"{c:X}" for c in constraints]])


def hvcc_nal_units(hvcc: bytes) -> list[bytes]:
    """The parameter-set NAL units in an hvcC record's arrays."""
    units, i = [], 23
    for _ in range(hvcc[22]):
        count = int.from_bytes(hvcc[i + 1:i + 3], "big")
        i += 3
        for _ in range(count):
            n = int.from_bytes(hvcc[i:i + 2], "big")
            units.append(hvcc[i + 2:i + 2 + n])
            i += 2 + n
    return units


def av1_obus(data: bytes) -> list[tuple[int, bytes]]:
    """(type, payload) of the OBUs in low-overhead format (each with obu_has_size_field)."""
    out, i = [], 0
    while i < len(data):
        header = data[i]
        kind, extension, has_size = (header >> 3) & 0xF, (header >> 2) & 1, (header >> 1) & 1
        i += 1 + extension
        size = len(data) - i
        if has_size:
            size = shift = 0
            while True:
                byte = data[i]
                i += 1
                size |= (byte & 0x7F) << shift
                shift += 7
                if not byte & 0x80:
                    break
        out.append((kind, data[i:i + size]))
        i += size
    return out


def av1_sequence_codec(seq: bytes, bit_depth: int) -> str:
    """``av01.P.LLT.DD`` from a sequence header OBU's payload (profile, first operating point's level and tier)."""
    b = Bits(seq)
    profile, _still, reduced = b.read(3), b.read(1), b.read(1)
    if reduced:
        level, tier = b.read(5), 0
    else:
        if b.read(1):  # timing_info_present_flag
            raise ValueError("timing info in the sequence header: not read by this checker")
        if b.read(1):  # initial_display_delay_present_flag
            raise ValueError("initial display delay in the sequence header: not read by this checker")
        b.read(5)  # operating_points_cnt_minus_1 (the first operating point is the one the codecs string names)
        b.read(12)  # operating_point_idc[0]
        level = b.read(5)
        tier = b.read(1) if level > 7 else 0
    return f"av01.{profile}.{level:02d}{'H' if tier else 'M'}.{bit_depth:02d}"


def box_types(data: bytes) -> list[str]:
    """Top-level MP4 box types, or [] unless they tile the data exactly."""
    kinds, i = [], 0
    while i < len(data):
        size = int.from_bytes(data[i:i + 4], "big")
        if size < 8 or i + size > len(data):
            return []
        kinds.append(data[i + 4:i + 8].decode("latin-1"))
        i += size
    return kinds


class Segment:
    """What PyAV finds in one segment (TS, or fMP4 read after its init segment): pictures' timestamps, the first
    access unit, the tracks."""

    def __init__(self, path: str, init: str | None = None):
        self.path = path
        self.size = os.path.getsize(path)
        self.init = init
        self.boxes: list[str] = []
        self.codec = ""
        self.extradata = b""
        self.tag = ""
        self.bit_depth = 8
        self.first_decoded_key = False
        self.pts: list[float] = []  # seconds, video, decode order
        self.keys: list[float] = []  # timestamps of the IDR access units
        self.first_unit = b""
        self.width = self.height = 0
        self.audio: str | None = None  # e.g. "aac LC"
        self.channels = 0
        source: str | io.BytesIO = path
        if init is not None:
            with open(init, "rb") as fh:
                head = fh.read()
            with open(path, "rb") as fh:
                body = fh.read()
            self.boxes = box_types(body)
            source = io.BytesIO(head + body)
        with av.open(source) as c:
            if not c.streams.video:
                return
            v = c.streams.video[0]
            self.width, self.height = v.codec_context.width, v.codec_context.height
            self.codec = v.codec_context.name
            self.extradata = bytes(v.codec_context.extradata or b"")
            self.tag = v.codec_tag
            if c.streams.audio:
                a = c.streams.audio[0].codec_context
                self.audio = f"{a.name} {a.profile}"
                self.channels = a.channels
            for packet in c.demux(v):
                if packet.pts is None or packet.size == 0:
                    continue
                data = bytes(packet)
                t = float(packet.pts * packet.time_base)
                if not self.pts:
                    self.first_unit = data
                self.pts.append(t)
                if init is None and 5 in nal_types(data):
                    self.keys.append(t)
                elif init is not None and packet.is_keyframe and self._key_unit(data):
                    self.keys.append(t)
        if init is not None and self.pts:  # the first picture decoded from the segment alone (after its init)
            assert isinstance(source, io.BytesIO)
            source.seek(0)
            with av.open(source) as c:
                frame = next(c.decode(c.streams.video[0]), None)
            self.first_decoded_key = frame is not None and bool(frame.key_frame)
            if frame is not None:
                self.bit_depth = 10 if "10" in frame.format.name else 8

    def _key_unit(self, data: bytes) -> bool:
        """fMP4: an H.264 or HEVC access unit (length-prefixed NAL units) with an IDR, or an AV1 temporal unit with
        a sequence header (SVT-AV1 repeats it on key frames)."""
        if self.codec == "hevc":
            return bool({19, 20} & {(h >> 1) & 0x3F for h in _nal_headers(data)})
        if self.codec == "h264":  # an IDR slice, type 5
            return 5 in {h & 0x1F for h in _nal_headers(data)}
        if self.codec in ("av1", "libdav1d"):
            return any(kind == 1 for kind, _ in av1_obus(data))
        return False


def _nal_headers(data: bytes) -> list[int]:
    """The first header byte of each NAL unit of an fMP4 sample (4-byte lengths, as avcC and hvcC say here)."""
    i, found = 0, []
    while i + 4 < len(data):
        found.append(data[i + 4])
        i += 4 + int.from_bytes(data[i:i + 4], "big")
    return found


def _decodes_to_one_picture(data: bytes, fmt: str = "mpegts") -> tuple[int, bool, float | None]:
    """Pictures decoded from a byte range read as a transport stream alone (or an fMP4 range after its init
    segment, `fmt` "mp4"); whether the first is a key frame."""
    try:
        with av.open(io.BytesIO(data), format=fmt) as c:
            if not c.streams.video:
                return 0, False, None
            frames = list(c.decode(c.streams.video[0]))
    except av.error.FFmpegError:
        return 0, False, None
    if not frames:
        return 0, False, None
    return len(frames), bool(frames[0].key_frame), frames[0].time


def _fmp4_iframe_range(data: bytes, init: bytes, name: str) -> list[str]:
    """An fMP4 I-frame range: exactly one moof + mdat, the video track's first sample a sync sample."""
    kinds = box_types(data)
    if kinds != ["moof", "mdat"]:
        return [f"{name} is {kinds or 'not whole boxes'}, not one moof + mdat"]
    video = _fmp4_video_track(init)
    moof = data[8:int.from_bytes(data[:4], "big")]
    for traf in _children(moof, "traf"):
        tfhd = next(iter(_children(traf, "tfhd")), b"")
        trun = next(iter(_children(traf, "trun")), b"")
        if len(tfhd) < 8 or len(trun) < 8 or int.from_bytes(tfhd[4:8], "big") != video:
            continue
        tf_flags, tr_flags = int.from_bytes(tfhd[1:4], "big"), int.from_bytes(trun[1:4], "big")
        at = 8 + (4 if tr_flags & 0x1 else 0)
        if tr_flags & 0x4:
            flags = int.from_bytes(trun[at:at + 4], "big")
        elif tr_flags & 0x400:
            flags = int.from_bytes(trun[at + 4 * bin(tr_flags & 0x300).count("1"):][:4], "big")
        elif tf_flags & 0x20:
            t = 8 + sum(n for bit, n in ((0x1, 8), (0x2, 4), (0x8, 4), (0x10, 4)) if tf_flags & bit)
            flags = int.from_bytes(tfhd[t:t + 4], "big")
        else:
            flags = _trex_flags(init, video)
        if flags & 0x10000:  # sample_is_non_sync_sample
            return [f"{name}: the video's first sample is not a sync sample (flags {flags:08x})"]
        return []
    return [f"{name}: no fragment of the video track (id {video})"]


def _children(box: bytes, kind: str) -> list[bytes]:
    """The payloads (after the 8-byte header) of the child boxes of `kind` in a box's payload."""
    found, i = [], 0
    while i + 8 <= len(box):
        size = int.from_bytes(box[i:i + 4], "big")
        if size < 8:
            break
        if box[i + 4:i + 8].decode("latin-1") == kind:
            found.append(box[i + 8:i + size])
        i += size
    return found


def _fmp4_video_track(init: bytes) -> int | None:
    """The track id of the init segment's video track (tkhd of the trak whose hdlr is 'vide')."""
    for moov in _children(init, "moov"):
        for trak in _children(moov, "trak"):
            tkhd = next(iter(_children(trak, "tkhd")), b"")
            mdia = next(iter(_children(trak, "mdia")), b"")
            hdlr = next(iter(_children(mdia, "hdlr")), b"")
            if hdlr[8:12] == b"vide" and tkhd:
                return int.from_bytes(tkhd[20:24] if tkhd[0] == 1 else tkhd[12:16], "big")
    return None


def _trex_flags(init: bytes, track: int | None) -> int:
    for moov in _children(init, "moov"):
        for mvex in _children(moov, "mvex"):
            for trex in _children(mvex, "trex"):
                if int.from_bytes(trex[4:8], "big") == track:
                    return int.from_bytes(trex[20:24], "big")
    return 0


def _near(value: float, measured: float, tolerance: float = TOLERANCE) -> bool:
    return abs(value - measured) <= tolerance * measured


# -- the ladder ---------------------------------------------------------------------------------------------
def check_ladder(folder: str) -> list[str]:
    """Problems of the HLS ladder in `folder` (the folder of ``master.m3u8``, or the job folder holding ``hls/``)."""
    if os.path.exists(os.path.join(folder, "hls", "master.m3u8")):
        folder = os.path.join(folder, "hls")
    master_path = os.path.join(folder, "master.m3u8")
    if not os.path.exists(master_path):
        return [f"{master_path} is missing"]
    master = Playlist(master_path)
    problems: list[str] = []
    if master.first_line != "#EXTM3U":
        problems.append("master: the first line is not #EXTM3U")
    if "EXT-X-INDEPENDENT-SEGMENTS" not in master.tags:
        problems.append("master: no EXT-X-INDEPENDENT-SEGMENTS")
    if not master.entries:
        problems.append("master: no variant")
    iframes = {i.get("URI", ""): i for i in master.iframe_streams}
    groups, audio_problems = _check_audio(folder, master)
    problems += audio_problems
    starts: dict[str, list[float]] = {}  # each variant's segment start times, from its first picture
    first_video: tuple[list[float], float] | None = None  # the first variant's EXTINFs and first PTS (seconds)
    first_fmp4 = False  # first_video is an fMP4 variant's (taken only when no TS variant comes)
    for uri, tags in master.entries:
        info = attributes(tags.get("EXT-X-STREAM-INF", ""))
        name = uri
        missing = [a for a in ("BANDWIDTH", "AVERAGE-BANDWIDTH", "CODECS", "RESOLUTION", "FRAME-RATE") if a not in info]
        if missing:
            problems.append(f"{name}: EXT-X-STREAM-INF lacks {', '.join(missing)}")
        path = os.path.join(folder, uri)
        if not os.path.exists(path):
            problems.append(f"{name}: the media playlist is missing")
            continue
        group = groups.get(info.get("AUDIO", ""))
        if info.get("AUDIO") and group is None:
            problems.append(f"{name}: AUDIO={info['AUDIO']} but no such EXT-X-MEDIA group")
        elif groups and group is None:
            problems.append(f"{name}: EXT-X-STREAM-INF does not name an audio group (AUDIO)")
        rendition, stats = _check_media(path, name, info, group)
        problems += rendition
        if stats is not None:
            starts[uri] = stats["starts"]
        if stats is not None and not stats["fmp4"] and (first_video is None or first_fmp4):
            first_video, first_fmp4 = (stats["extinfs"], stats["start"]), False  # subtitles: by a TS variant
        elif stats is not None and first_video is None:  # else (no TS variant) by the first fMP4 one
            first_video, first_fmp4 = (stats["extinfs"], stats["start"]), True
        iframe_uri = os.path.join(os.path.dirname(uri), "iframes.m3u8") if os.path.dirname(uri) else "iframes.m3u8"
        matching = [u for u in iframes if os.path.dirname(u) == os.path.dirname(uri)]
        if not matching:
            problems.append(f"{name}: no EXT-X-I-FRAME-STREAM-INF for this variant (expected one like {iframe_uri})")
        elif stats is not None:
            problems += _check_iframes(folder, matching[0], iframes[matching[0]], info, stats)
    if starts:
        reference, times = next(iter(starts.items()))
        for uri, other in starts.items():
            if len(other) != len(times) or any(abs(a - b) > 0.002 for a, b in zip(other, times)):
                problems.append(f"{uri}: its segments start at {[round(t, 3) for t in other]} s; "
                                f"{reference}'s at {[round(t, 3) for t in times]} s (not aligned)")
    return problems + _check_subtitles(folder, master, first_video)


_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_VTT_TIME = re.compile(r"^(?:(\d+):)?(\d{2}):(\d{2})\.(\d{3})$")


def vtt_seconds(text: str) -> float:
    m = _VTT_TIME.match(text)
    if not m:
        raise ValueError(text)
    h, mi, s, ms = m.groups()
    return int(h or 0) * 3600 + int(mi) * 60 + int(s) + int(ms) / 1000


def read_vtt(path: str) -> tuple[list[str], list[tuple[float, float, str]]]:
    """The header lines (up to the first blank line) and the cues (start, end, text) of a WebVTT file."""
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    blocks = [b.strip("\n").split("\n") for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    if not blocks:
        return [], []
    cues = []
    for lines in blocks[1:]:
        timing = next((i for i, ln in enumerate(lines) if "-->" in ln), None)
        if timing is None:
            continue
        start, _, rest = lines[timing].partition("-->")
        cues.append((vtt_seconds(start.strip()), vtt_seconds(rest.split()[0]), "\n".join(lines[timing + 1:])))
    return blocks[0], cues


def _check_subtitles(folder: str, master: Playlist, video: tuple[list[float], float] | None) -> list[str]:
    subs = [m for m in master.media if m.get("TYPE") == "SUBTITLES"]
    problems: list[str] = []
    groups = {m.get("GROUP-ID") for m in subs}
    for uri, tags in master.entries:
        named = attributes(tags.get("EXT-X-STREAM-INF", "")).get("SUBTITLES")
        if subs and named not in groups:
            problems.append(f"{uri}: EXT-X-STREAM-INF does not name the subtitle group (SUBTITLES)")
        if not subs and named:
            problems.append(f"{uri}: SUBTITLES={named} but no such EXT-X-MEDIA group")
    for group in groups:
        defaults = [m for m in subs if m.get("GROUP-ID") == group and m.get("DEFAULT") == "YES"]
        if len(defaults) > 1:
            problems.append(f"subtitles: {len(defaults)} tracks of group {group} are DEFAULT=YES")
        names = [m.get("NAME") for m in subs if m.get("GROUP-ID") == group]
        if len(set(names)) != len(names):
            problems.append(f"subtitles: NAMEs repeat in group {group}: {names}")
    for m in subs:
        name = m.get("URI", "?")
        missing = [a for a in ("GROUP-ID", "LANGUAGE", "NAME", "URI", "DEFAULT", "AUTOSELECT") if not m.get(a)]
        if missing:
            problems.append(f"{name}: EXT-X-MEDIA lacks {', '.join(missing)}")
            continue
        if not _LANGUAGE.match(m["LANGUAGE"]):
            problems.append(f"{name}: LANGUAGE {m['LANGUAGE']!r} is not a BCP-47 tag")
        if m["DEFAULT"] not in ("YES", "NO") or m["AUTOSELECT"] not in ("YES", "NO"):
            problems.append(f"{name}: DEFAULT/AUTOSELECT are not YES or NO")
        elif m["DEFAULT"] == "YES" and m["AUTOSELECT"] != "YES":
            problems.append(f"{name}: DEFAULT=YES without AUTOSELECT=YES")
        path = os.path.join(folder, m["URI"])
        if not os.path.exists(path):
            problems.append(f"{name}: the subtitle playlist is missing")
            continue
        problems += _check_subtitle_playlist(path, name, video)
    return problems


def _vod_playlist(path: str, name: str) -> tuple["Playlist", list[str], int | None]:
    """The media playlist at `path`, its header's problems and its target duration (None: not to be checked further:
    no target duration, or no segment)."""
    pl = Playlist(path)
    problems, target = _vod_header(pl, name)
    if target is not None and not pl.entries:
        problems.append(f"{name}: no segment")
        target = None
    return pl, problems, target


def _vod_header(pl: "Playlist", name: str) -> tuple[list[str], int | None]:
    """The problems of a media playlist's VOD header, and its target duration (None: missing)."""
    problems = []
    if pl.first_line != "#EXTM3U":
        problems.append(f"{name}: the first line is not #EXTM3U")
    if pl.tags.get("EXT-X-PLAYLIST-TYPE") != "VOD":
        problems.append(f"{name}: EXT-X-PLAYLIST-TYPE is not VOD")
    if "EXT-X-ENDLIST" not in pl.tags:
        problems.append(f"{name}: no EXT-X-ENDLIST")
    try:
        return problems, int(pl.tags["EXT-X-TARGETDURATION"])
    except (KeyError, ValueError):
        return problems + [f"{name}: no EXT-X-TARGETDURATION"], None


def _check_subtitle_playlist(path: str, name: str, video: tuple[list[float], float] | None) -> list[str]:
    pl = Playlist(path)
    problems, target = _vod_header(pl, name)
    if target is None:
        return problems
    extinfs = [pl.extinf(tags) for _, tags in pl.entries]
    if not extinfs:
        return problems + [f"{name}: no segment"]
    if max(extinfs) > target + OVERRUN:
        problems.append(f"{name}: a segment lasts {max(extinfs):.3f} s, longer than the target duration {target} s")
    if video is not None:
        video_extinfs, first_pts = video
        if len(video_extinfs) != len(extinfs) or any(abs(a - b) > 0.001 for a, b in zip(extinfs, video_extinfs)):
            problems.append(f"{name}: the segments are not cut where the video's are ({len(extinfs)} segments, "
                            f"EXTINF {extinfs[:4]}; video {len(video_extinfs)}, {video_extinfs[:4]})")
        expected_map = f"X-TIMESTAMP-MAP=MPEGTS:{round(first_pts * 90000)},LOCAL:00:00:00.000"
    else:
        expected_map = None
    start = 0.0
    base = os.path.dirname(path)
    for (uri, _), d in zip(pl.entries, extinfs):
        seg = os.path.join(base, uri)
        if not os.path.exists(seg):
            problems.append(f"{name}: segment {uri} is missing")
            start += d
            continue
        try:
            header, cues = read_vtt(seg)
        except (ValueError, UnicodeDecodeError) as exc:
            problems.append(f"{name}: segment {uri} has a cue time that cannot be read: {exc}")
            start += d
            continue
        if not header or header[0] != "WEBVTT":
            problems.append(f"{name}: segment {uri} does not start with WEBVTT")
        maps = [ln for ln in header if ln.startswith("X-TIMESTAMP-MAP=")]
        if len(maps) != 1 or (expected_map is not None and maps[0] != expected_map):
            problems.append(f"{name}: segment {uri} has {maps or 'no X-TIMESTAMP-MAP'}; expected {expected_map}")
        previous = 0.0
        for c_start, c_end, text in cues:
            if not (start - 0.001 <= c_start < c_end <= start + d + 0.001):
                problems.append(f"{name}: segment {uri} ({start:.3f}-{start + d:.3f} s) has a cue "
                                f"{c_start:.3f}-{c_end:.3f} s outside it")
            if c_start < previous or not text.strip():
                problems.append(f"{name}: segment {uri}: cue at {c_start:.3f} s is out of order or empty")
            previous = c_start
        start += d
    return problems


AUDIO_CODECS = {"aac LC": "mp4a.40.2", "ac3": "ac-3", "eac3": "ec-3"}


def _check_audio(folder: str, master: Playlist) -> tuple[dict[str, dict], list[str]]:
    """The audio groups (GROUP-ID -> ``{"codecs", "peak", "average", "muxed", "seconds"}``) and their problems."""
    media = [m for m in master.media if m.get("TYPE") == "AUDIO"]
    problems: list[str] = []
    groups: dict[str, dict] = {}
    for m in media:
        name = f"audio {m.get('NAME') or m.get('URI') or '?'}"
        missing = [a for a in ("GROUP-ID", "LANGUAGE", "NAME", "DEFAULT", "AUTOSELECT", "CHANNELS") if not m.get(a)]
        if missing:
            problems.append(f"{name}: EXT-X-MEDIA lacks {', '.join(missing)}")
            continue
        group = groups.setdefault(m["GROUP-ID"], {"codecs": [], "peak": 0.0, "average": 0.0, "muxed": None,
                                                  "names": [], "defaults": 0})
        group["names"].append(m["NAME"])
        if not _LANGUAGE.match(m["LANGUAGE"]):
            problems.append(f"{name}: LANGUAGE {m['LANGUAGE']!r} is not a BCP-47 tag")
        if m["DEFAULT"] not in ("YES", "NO") or m["AUTOSELECT"] not in ("YES", "NO"):
            problems.append(f"{name}: DEFAULT/AUTOSELECT are not YES or NO")
        elif m["DEFAULT"] == "YES":
            group["defaults"] += 1
            if m["AUTOSELECT"] != "YES":
                problems.append(f"{name}: DEFAULT=YES without AUTOSELECT=YES")
        channels = _int(m["CHANNELS"].split("/")[0])
        if not m.get("URI"):
            group["muxed"] = channels
            continue
        path = os.path.join(folder, m["URI"])
        if not os.path.exists(path):
            problems.append(f"{name}: the audio playlist {m['URI']} is missing")
            continue
        said, stats = _check_audio_playlist(path, name, channels)
        problems += said
        if stats is not None:
            if stats["codec"] not in group["codecs"]:
                group["codecs"].append(stats["codec"])
            group["peak"] = max(group["peak"], stats["peak"])
            group["average"] = max(group["average"], stats["average"])
            group.setdefault("seconds", []).append((name, stats["seconds"]))
    for gid, group in groups.items():
        if group["defaults"] != 1:
            problems.append(f"audio group {gid}: {group['defaults']} renditions are DEFAULT=YES; exactly one must be")
        if len(set(group["names"])) != len(group["names"]):
            problems.append(f"audio group {gid}: NAMEs repeat: {group['names']}")
    return groups, problems


def _check_audio_playlist(path: str, name: str, channels: int | None) -> tuple[list[str], dict | None]:
    pl, problems, target = _vod_playlist(path, name)
    if target is None:
        return problems, None
    base = os.path.dirname(path)
    head = b""
    if "EXT-X-MAP" in pl.tags:
        init = os.path.join(base, attributes(pl.tags["EXT-X-MAP"]).get("URI", ""))
        if not os.path.isfile(init):
            return problems + [f"{name}: the EXT-X-MAP init segment is missing"], None
        with open(init, "rb") as fh:
            head = fh.read()
        if "moov" not in box_types(head):
            problems.append(f"{name}: the init segment has no moov box")
    extinfs = [pl.extinf(tags) for _, tags in pl.entries]
    sizes: list[int] = []
    codec = None
    for (uri, _), d in zip(pl.entries, extinfs):
        seg = os.path.join(base, uri)
        if not os.path.exists(seg):
            return problems + [f"{name}: segment {uri} is missing"], None
        if d > target + OVERRUN:
            problems.append(f"{name}: segment {uri} lasts {d:.3f} s, longer than the target duration {target} s "
                            f"+ {OVERRUN} s")
        with open(seg, "rb") as fh:
            data = fh.read()
        sizes.append(len(data))
        if head:
            kinds = box_types(data)
            if "moof" not in kinds or "mdat" not in kinds:
                problems.append(f"{name}: segment {uri} is not whole fMP4 boxes with moof and mdat ({kinds})")
        elif len(data) % 188 or data[:1] != b"\x47":
            problems.append(f"{name}: segment {uri} is not whole MPEG-TS packets")
        try:
            with av.open(io.BytesIO(head + data)) as c:
                if c.streams.video:
                    problems.append(f"{name}: segment {uri} has video; an audio rendition is audio only")
                if not c.streams.audio:
                    problems.append(f"{name}: segment {uri} has no audio")
                    continue
                a = c.streams.audio[0].codec_context
                found = AUDIO_CODECS.get(f"{a.name} {a.profile}" if a.name == "aac" else a.name, a.name)
                if codec is not None and found != codec:
                    problems.append(f"{name}: segment {uri} is {found}; the first segment was {codec}")
                codec = codec or found
                if channels is not None and a.channels != channels:
                    problems.append(f"{name}: segment {uri} has {a.channels} channels; CHANNELS says {channels}")
                if not any(True for _ in c.decode(c.streams.audio[0])):
                    problems.append(f"{name}: segment {uri} decodes to no audio")
        except av.error.FFmpegError as exc:
            problems.append(f"{name}: segment {uri} cannot be read: {exc}")
    seconds = sum(extinfs)
    if codec not in AUDIO_CODECS.values():
        problems.append(f"{name}: the audio is {codec}, not AAC-LC, AC-3 or E-AC-3")
    return problems, {"codec": codec, "seconds": seconds, "peak": rfc_peak(sizes, extinfs, target),
                      "average": sum(sizes) * 8 / seconds if seconds else 0.0}


def _check_media(path: str, name: str, info: dict[str, str],
                 group: dict | None = None) -> tuple[list[str], dict | None]:
    pl, problems, target = _vod_playlist(path, name)
    if target is None:
        return problems, None
    base = os.path.dirname(path)
    init = None
    if "EXT-X-MAP" in pl.tags:
        init = os.path.join(base, attributes(pl.tags["EXT-X-MAP"]).get("URI", ""))
        if not os.path.isfile(init):
            return problems + [f"{name}: the EXT-X-MAP init segment is missing"], None
        with open(init, "rb") as fh:
            if "moov" not in box_types(fh.read()):
                problems.append(f"{name}: the init segment has no moov box (or is not whole MP4 boxes)")
        if (_int(pl.tags.get("EXT-X-VERSION")) or 0) < 6:
            problems.append(f"{name}: EXT-X-MAP needs EXT-X-VERSION 6 or more")
    segments: list[Segment] = []
    for uri, _ in pl.entries:
        seg_path = os.path.join(base, uri)
        if not os.path.exists(seg_path):
            return problems + [f"{name}: segment {uri} is missing"], None
        try:
            segments.append(Segment(seg_path, init))
        except av.error.FFmpegError as exc:
            return problems + [f"{name}: segment {uri} cannot be read: {exc}"], None
    first = segments[0]
    frame_rate = _frame_rate(segments)
    frame = 1 / frame_rate if frame_rate else 0.04

    # Durations: EXTINF, and the pictures' own timestamps.
    extinfs = [pl.extinf(tags) for _, tags in pl.entries]
    for i, ((uri, _), seg) in enumerate(zip(pl.entries, segments)):
        if not seg.pts:
            problems.append(f"{name}: segment {uri} has no video")
            continue
        nxt = next((s.pts for s in segments[i + 1:] if s.pts), None)
        lasted = (min(nxt) - min(seg.pts)) if nxt else (max(seg.pts) + frame - min(seg.pts))
        longest = max(lasted, extinfs[i])
        if longest > target + OVERRUN:
            problems.append(f"{name}: segment {uri} lasts {longest:.3f} s, longer than the target duration "
                            f"{target} s + {OVERRUN} s")
        if abs(lasted - extinfs[i]) > max(0.05, 1.5 * frame):
            problems.append(f"{name}: segment {uri} has EXTINF {extinfs[i]:.3f} s but its pictures last {lasted:.3f} s")
        if init is not None:
            if "moof" not in seg.boxes or "mdat" not in seg.boxes:
                problems.append(f"{name}: segment {uri} is not whole fMP4 boxes with moof and mdat ({seg.boxes})")
            if not seg.keys or seg.keys[0] != min(seg.pts) or seg.pts[0] != min(seg.pts) or \
                    not seg.first_decoded_key:
                problems.append(f"{name}: segment {uri} does not start with a key frame")
        elif 5 not in nal_types(seg.first_unit) or not seg.keys or seg.keys[0] != min(seg.pts) or \
                seg.pts[0] != min(seg.pts):
            problems.append(f"{name}: segment {uri} does not start with an IDR picture")

    # Bitrates: per segment and over the rendition, as a player measures them (every byte of the files).
    total_seconds = sum(extinfs)
    average = sum(s.size for s in segments) * 8 / total_seconds if total_seconds else 0.0
    peak = rfc_peak([s.size for s in segments], extinfs, target)
    bandwidth, avg_bandwidth = _int(info.get("BANDWIDTH")), _int(info.get("AVERAGE-BANDWIDTH"))
    if group is not None:  # the largest playable combination: the variant and the group's biggest rendition
        peak, average = peak + group["peak"], average + group["average"]
    if bandwidth is not None and not _near(bandwidth, peak):
        problems.append(f"{name}: BANDWIDTH {bandwidth} is not within 10% of the measured peak {peak:.0f} b/s")
    if avg_bandwidth is not None and not _near(avg_bandwidth, average):
        problems.append(f"{name}: AVERAGE-BANDWIDTH {avg_bandwidth} is not within 10% of the measured average "
                        f"{average:.0f} b/s")
    if peak - (group or {}).get("peak", 0) > 2 * (average - (group or {}).get("average", 0)):
        problems.append(f"{name}: the peak segment bitrate {peak:.0f} b/s is more than 2x the average {average:.0f}")

    # CODECS, level, RESOLUTION, FRAME-RATE: from the stream.
    video = sps_codec(first.first_unit) if init is None else _fmp4_codec(first, name, problems)
    if init is not None:
        if info.get("VIDEO-RANGE") != "SDR":
            problems.append(f"{name}: VIDEO-RANGE is {info.get('VIDEO-RANGE')!r}, not SDR")
    elif video is None:
        problems.append(f"{name}: no SPS in the first access unit")
    else:
        level = int(video[-2:], 16)
        if level > MAX_LEVEL:
            problems.append(f"{name}: H.264 level {level / 10:.1f} is above 4.2")
    expected = ",".join(c for c in (video, "mp4a.40.2" if first.audio == "aac LC" else None) if c)
    if group is not None:
        expected = ",".join(dict.fromkeys([*expected.split(","), *group["codecs"]]))
        if group["muxed"] is not None and first.audio is None:
            problems.append(f"{name}: its audio group has a rendition without URI (in the variant) but the "
                            "segments have no audio")
        elif group["muxed"] is not None and first.channels != group["muxed"]:
            problems.append(f"{name}: the muxed audio has {first.channels} channels; CHANNELS says {group['muxed']}")
        for label, lasted in group.get("seconds", []):
            if abs(lasted - total_seconds) > 0.25:
                problems.append(f"{label}: lasts {lasted:.3f} s; the video {total_seconds:.3f} s")
    if first.audio is not None and first.audio != "aac LC":
        problems.append(f"{name}: the audio is {first.audio}, not AAC-LC")
    if "CODECS" in info and video is not None and (info["CODECS"].split(",")[:1] != expected.split(",")[:1]
                                                   or set(info["CODECS"].split(",")) != set(expected.split(","))):
        problems.append(f"{name}: CODECS is {info['CODECS']!r}; the stream is {expected!r}")
    resolution = f"{first.width}x{first.height}"
    if "RESOLUTION" in info and info["RESOLUTION"] != resolution:
        problems.append(f"{name}: RESOLUTION is {info['RESOLUTION']}; the pictures are {resolution}")
    if "FRAME-RATE" in info and frame_rate and abs(float(info["FRAME-RATE"]) - frame_rate) > 0.002 * frame_rate:
        problems.append(f"{name}: FRAME-RATE is {info['FRAME-RATE']}; the pictures come at {frame_rate:.3f}/s")
    keys = [t for s in segments for t in s.keys]
    start = min(first.pts) if first.pts else 0.0
    starts = [min(s.pts) - start for s in segments if s.pts]
    return problems, {"keys": keys, "start": start, "seconds": total_seconds, "video": video,
                      "resolution": resolution, "fmp4": init is not None, "starts": starts,
                      "map": os.path.normpath(init) if init else None,
                      "extinfs": extinfs}


def _fmp4_codec(first: Segment, name: str, problems: list[str]) -> str | None:
    """The RFC 6381 codec of an fMP4 variant, from its parameter sets (H.264 SPS in the avcC, level at most 4.2;
    HEVC SPS; AV1 sequence header)."""
    try:
        if first.codec == "h264":
            data = first.extradata
            if data[:1] != b"\x01" or len(data) < 8 or data[5] & 0x1F < 1:
                problems.append(f"{name}: the H.264 init segment has no avcC with an SPS")
                return None
            n = int.from_bytes(data[6:8], "big")
            video = sps_codec(b"\x00\x00\x01" + data[8:8 + n])
            if video is not None and int(video[-2:], 16) > MAX_LEVEL:
                problems.append(f"{name}: H.264 level {int(video[-2:], 16) / 10:.1f} is above 4.2")
            return video
        if first.codec == "hevc":
            if first.tag != "hvc1":
                problems.append(f"{name}: the HEVC sample entry is {first.tag!r}, not 'hvc1'")
            sps = [u for u in hvcc_nal_units(first.extradata) if (u[0] >> 1) & 0x3F == 33]
            return hevc_sps_codec(sps[0]) if sps else None
        if first.codec in ("av1", "libdav1d"):
            seq = [p for k, p in av1_obus(first.extradata[4:]) if k == 1]
            return av1_sequence_codec(seq[0], first.bit_depth) if seq else None
    except (IndexError, ValueError) as exc:
        problems.append(f"{name}: the codec's parameters cannot be read: {exc}")
        return None
    problems.append(f"{name}: {first.codec!r} in fMP4 segments is not H.264, HEVC or AV1")
    return None


def rfc_peak(sizes: list[int], durations: list[float], target: float) -> float:
    """RFC 8216 4.3.4.2: the peak segment bit rate is the largest bit rate of any contiguous set of segments whose
    total duration is between 0.5 and 1.5 times the target duration."""
    rates = []
    for i in range(len(sizes)):
        for j in range(i + 1, len(sizes) + 1):
            seconds = sum(durations[i:j])
            if 0.5 * target <= seconds <= 1.5 * target:
                rates.append(sum(sizes[i:j]) * 8 / seconds)
    if not rates:  # no such set (a playlist shorter than half its target duration): single segments
        rates = [n * 8 / d for n, d in zip(sizes, durations) if d > 0]
    return max(rates, default=0.0)


def _frame_rate(segments: list[Segment]) -> float | None:
    """Pictures per second over the whole rendition (timestamps rounded by a source container average out)."""
    pts = sorted(t for s in segments for t in s.pts)
    if len(pts) < 2 or pts[-1] <= pts[0]:
        return None
    return (len(pts) - 1) / (pts[-1] - pts[0])


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _check_iframes(folder: str, uri: str, info: dict[str, str], variant: dict[str, str], stats: dict) -> list[str]:
    name = uri
    problems = []
    for attr in ("BANDWIDTH", "CODECS", "RESOLUTION", "URI"):
        if attr not in info:
            problems.append(f"{name}: EXT-X-I-FRAME-STREAM-INF lacks {attr}")
    path = os.path.join(folder, uri)
    if not os.path.exists(path):
        return problems + [f"{name}: the I-frame playlist is missing"]
    pl = Playlist(path)
    if "EXT-X-I-FRAMES-ONLY" not in pl.tags:
        problems.append(f"{name}: no EXT-X-I-FRAMES-ONLY")
    if _int(pl.tags.get("EXT-X-VERSION")) is None or (_int(pl.tags.get("EXT-X-VERSION")) or 0) < 4:
        problems.append(f"{name}: EXT-X-VERSION must be 4 or more")
    if pl.tags.get("EXT-X-PLAYLIST-TYPE") != "VOD":
        problems.append(f"{name}: EXT-X-PLAYLIST-TYPE is not VOD")
    if "EXT-X-ENDLIST" not in pl.tags:
        problems.append(f"{name}: no EXT-X-ENDLIST")
    base = os.path.dirname(path)
    init = b""
    if stats["fmp4"]:  # the media playlist's init segment, named again by the I-frame playlist
        media_map = stats.get("map")
        own = attributes(pl.tags.get("EXT-X-MAP", "")).get("URI", "").strip('"')
        if not own or os.path.normpath(os.path.join(base, own)) != media_map:
            problems.append(f"{name}: EXT-X-MAP is {own or 'missing'}; the media playlist's is "
                            f"{os.path.basename(media_map or '')}")
        if (_int(pl.tags.get("EXT-X-VERSION")) or 0) < 6:
            problems.append(f"{name}: EXT-X-MAP needs EXT-X-VERSION 6 or more")
        if media_map and os.path.isfile(media_map):
            with open(media_map, "rb") as fh:
                init = fh.read()
    times: list[float] = []
    lengths: list[int] = []
    durations: list[float] = []
    for i, (seg, tags) in enumerate(pl.entries):
        length, _, offset = tags.get("EXT-X-BYTERANGE", "").partition("@")
        if not length or not offset:
            problems.append(f"{name}: entry {i} ({seg}) has no EXT-X-BYTERANGE with an offset")
            continue
        n, o = int(length), int(offset)
        with open(os.path.join(base, seg), "rb") as fh:
            fh.seek(o)
            data = fh.read(n)
        if len(data) != n:
            problems.append(f"{name}: entry {i} ({seg}) {n}@{o} runs past the end of the file")
            continue
        if stats["fmp4"]:
            problems += _fmp4_iframe_range(data, init, f"{name}: entry {i} ({seg}) {n}@{o}")
            pictures, key, t = _decodes_to_one_picture(init + data, "mp4")
        elif data[:1] != b"\x47" or ((data[1] & 0x1F) << 8 | data[2]) != 0:
            problems.append(f"{name}: entry {i} ({seg}) {n}@{o} does not begin with the PAT (and PMT)")
        if not stats["fmp4"]:
            pictures, key, t = _decodes_to_one_picture(data)
        if pictures != 1 or not key:
            problems.append(f"{name}: entry {i} ({seg}) {n}@{o} decodes to {pictures} pictures"
                            f"{'' if key else ', not a key picture'}; one key picture expected")
        if t is not None:
            times.append(t)
        lengths.append(n)
        durations.append(pl.extinf(tags))
    seconds = sum(durations)
    peak = rfc_peak(lengths, durations, float(_int(pl.tags.get("EXT-X-TARGETDURATION")) or max(durations, default=1)))
    if len(pl.entries) != len(stats["keys"]):
        problems.append(f"{name}: {len(pl.entries)} entries for the rendition's {len(stats['keys'])} IDR pictures")
    elif len(times) == len(stats["keys"]) and any(abs(a - b) > 0.002 for a, b in zip(times, stats["keys"])):
        problems.append(f"{name}: the entries' pictures are not the rendition's IDR pictures")
    if abs(seconds - stats["seconds"]) > 0.1:
        problems.append(f"{name}: the entries last {seconds:.3f} s; the rendition {stats['seconds']:.3f} s")
    bandwidth = _int(info.get("BANDWIDTH"))
    if bandwidth is not None and peak and not _near(bandwidth, peak):
        problems.append(f"{name}: BANDWIDTH {bandwidth} is not within 10% of the measured peak {peak:.0f} b/s")
    if "CODECS" in info and stats["video"] is not None and info["CODECS"] != stats["video"]:
        problems.append(f"{name}: CODECS is {info['CODECS']!r}; the stream is {stats['video']!r}")
    if "RESOLUTION" in info and info["RESOLUTION"] != stats["resolution"]:
        problems.append(f"{name}: RESOLUTION is {info['RESOLUTION']}; the pictures are {stats['resolution']}")
    return problems
