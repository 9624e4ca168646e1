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
        pending: dict[str, str] = {}
        for line in self.lines:
            if line.startswith("#EXT"):
                name, _, value = line[1:].partition(":")
                if name == "EXT-X-I-FRAME-STREAM-INF":
                    self.iframe_streams.append(attributes(value))
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


class Segment:
    """What PyAV finds in one TS segment: pictures' timestamps, the first access unit, the tracks."""

    def __init__(self, path: str):
        self.path = path
        self.size = os.path.getsize(path)
        self.pts: list[float] = []  # seconds, video, decode order
        self.keys: list[float] = []  # timestamps of the IDR access units
        self.first_unit = b""
        self.width = self.height = 0
        self.audio: str | None = None  # e.g. "aac LC"
        with av.open(path) as c:
            if not c.streams.video:
                return
            v = c.streams.video[0]
            self.width, self.height = v.codec_context.width, v.codec_context.height
            if c.streams.audio:
                a = c.streams.audio[0].codec_context
                self.audio = f"{a.name} {a.profile}"
            for packet in c.demux(v):
                if packet.pts is None or packet.size == 0:
                    continue
                data = bytes(packet)
                t = float(packet.pts * packet.time_base)
                if not self.pts:
                    self.first_unit = data
                self.pts.append(t)
                if 5 in nal_types(data):
                    self.keys.append(t)


def _decodes_to_one_picture(data: bytes) -> tuple[int, bool, float | None]:
    """Pictures decoded from a byte range read as a transport stream alone; whether the first is a key frame."""
    try:
        with av.open(io.BytesIO(data), format="mpegts") as c:
            if not c.streams.video:
                return 0, False, None
            frames = list(c.decode(c.streams.video[0]))
    except av.error.FFmpegError:
        return 0, False, None
    if not frames:
        return 0, False, None
    return len(frames), bool(frames[0].key_frame), frames[0].time


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
        rendition, stats = _check_media(path, name, info)
        problems += rendition
        iframe_uri = os.path.join(os.path.dirname(uri), "iframes.m3u8") if os.path.dirname(uri) else "iframes.m3u8"
        matching = [u for u in iframes if os.path.dirname(u) == os.path.dirname(uri)]
        if not matching:
            problems.append(f"{name}: no EXT-X-I-FRAME-STREAM-INF for this variant (expected one like {iframe_uri})")
        elif stats is not None:
            problems += _check_iframes(folder, matching[0], iframes[matching[0]], info, stats)
    return problems


def _check_media(path: str, name: str, info: dict[str, str]) -> tuple[list[str], dict | None]:
    pl = Playlist(path)
    problems = []
    if pl.first_line != "#EXTM3U":
        problems.append(f"{name}: the first line is not #EXTM3U")
    if pl.tags.get("EXT-X-PLAYLIST-TYPE") != "VOD":
        problems.append(f"{name}: EXT-X-PLAYLIST-TYPE is not VOD")
    if "EXT-X-ENDLIST" not in pl.tags:
        problems.append(f"{name}: no EXT-X-ENDLIST")
    try:
        target = int(pl.tags["EXT-X-TARGETDURATION"])
    except (KeyError, ValueError):
        return problems + [f"{name}: no EXT-X-TARGETDURATION"], None
    if not pl.entries:
        return problems + [f"{name}: no segment"], None
    base = os.path.dirname(path)
    segments: list[Segment] = []
    for uri, _ in pl.entries:
        seg_path = os.path.join(base, uri)
        if not os.path.exists(seg_path):
            return problems + [f"{name}: segment {uri} is missing"], None
        try:
            segments.append(Segment(seg_path))
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
        if 5 not in nal_types(seg.first_unit) or not seg.keys or seg.keys[0] != min(seg.pts) or \
                seg.pts[0] != min(seg.pts):
            problems.append(f"{name}: segment {uri} does not start with an IDR picture")

    # Bitrates: per segment and over the rendition, as a player measures them (every byte of the files).
    total_seconds = sum(extinfs)
    average = sum(s.size for s in segments) * 8 / total_seconds if total_seconds else 0.0
    peak = rfc_peak([s.size for s in segments], extinfs, target)
    bandwidth, avg_bandwidth = _int(info.get("BANDWIDTH")), _int(info.get("AVERAGE-BANDWIDTH"))
    if bandwidth is not None and not _near(bandwidth, peak):
        problems.append(f"{name}: BANDWIDTH {bandwidth} is not within 10% of the measured peak {peak:.0f} b/s")
    if avg_bandwidth is not None and not _near(avg_bandwidth, average):
        problems.append(f"{name}: AVERAGE-BANDWIDTH {avg_bandwidth} is not within 10% of the measured average "
                        f"{average:.0f} b/s")
    if peak > 2 * average:
        problems.append(f"{name}: the peak segment bitrate {peak:.0f} b/s is more than 2x the average {average:.0f}")

    # CODECS, level, RESOLUTION, FRAME-RATE: from the stream.
    video = sps_codec(first.first_unit)
    if video is None:
        problems.append(f"{name}: no SPS in the first access unit")
    else:
        level = int(video[-2:], 16)
        if level > MAX_LEVEL:
            problems.append(f"{name}: H.264 level {level / 10:.1f} is above 4.2")
    expected = ",".join(c for c in (video, "mp4a.40.2" if first.audio == "aac LC" else None) if c)
    if first.audio is not None and first.audio != "aac LC":
        problems.append(f"{name}: the audio is {first.audio}, not AAC-LC")
    if "CODECS" in info and video is not None and info["CODECS"] != expected:
        problems.append(f"{name}: CODECS is {info['CODECS']!r}; the stream is {expected!r}")
    resolution = f"{first.width}x{first.height}"
    if "RESOLUTION" in info and info["RESOLUTION"] != resolution:
        problems.append(f"{name}: RESOLUTION is {info['RESOLUTION']}; the pictures are {resolution}")
    if "FRAME-RATE" in info and frame_rate and abs(float(info["FRAME-RATE"]) - frame_rate) > 0.002 * frame_rate:
        problems.append(f"{name}: FRAME-RATE is {info['FRAME-RATE']}; the pictures come at {frame_rate:.3f}/s")
    keys = [t for s in segments for t in s.keys]
    start = min(first.pts) if first.pts else 0.0
    return problems, {"keys": keys, "start": start, "seconds": total_seconds, "video": video,
                      "resolution": resolution}


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
        if data[:1] != b"\x47" or ((data[1] & 0x1F) << 8 | data[2]) != 0:
            problems.append(f"{name}: entry {i} ({seg}) {n}@{o} does not begin with the PAT (and PMT)")
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
