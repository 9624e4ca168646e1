"""I-frame playlists (``EXT-X-I-FRAMES-ONLY``) for an HLS rendition in MPEG-TS segments.

A small MPEG-TS reader finds, in the segments as written, each video access unit: where its PES starts and ends
(the 188-byte packets of the video PID up to the next PES), its PTS, whether it is a keyframe (an H.264 IDR or an
HEVC IRAP picture found in its NAL units) and the SPS it carries. Each keyframe becomes one entry of the I-frame
playlist: an ``EXT-X-BYTERANGE`` into its segment that starts at the PAT/PMT the muxer wrote before it (so that
the range alone is a decodable transport stream, RFC 8216 4.3.3.6) and ends with the keyframe's last packet.
Its ``EXTINF`` lasts until the next keyframe (the last one: until the end of the rendition).

Pure Python over bytes (the media worker runs it; no numpy): a linear pass over the packet headers.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field

import m3u8

from app.core import hls
from app.core.errors import RenditionError
from app.core.layout import replace_file

PACKET = 188
IFRAMES_NAME = "iframes.m3u8"
_H264_TYPES = (0x1B,)
_HEVC_TYPES = (0x24,)
_PTS_WRAP = 1 << 33


@dataclass
class AccessUnit:
    """One video PES (one picture) in a segment: byte offsets, timing and what its NAL units say."""

    segment: str
    start: int  # offset of the packet that starts the PES
    end: int  # offset just past the last packet of the video PID in this PES
    psi: int | None  # offset of the PAT written right before it (no video packet between), if any
    pts: int | None  # 90 kHz
    key: bool = False
    sps: bytes | None = None  # the SPS NAL unit's first bytes (header included), when this picture carries one
    head: bytearray = field(default_factory=bytearray, repr=False)  # the start of the PES payload, parsed


def _pes_pts(pes: bytes) -> int | None:
    if len(pes) < 14 or pes[:3] != b"\x00\x00\x01" or not pes[7] & 0x80:
        return None
    p = pes[9:14]
    return ((p[0] >> 1) & 0x07) << 30 | p[1] << 22 | (p[2] >> 1) << 15 | p[3] << 7 | p[4] >> 1


def _nal_units(data: bytes):
    """(offset of the NAL header, end) of each NAL unit of an Annex B byte stream."""
    starts = []
    i = data.find(b"\x00\x00\x01")
    while i >= 0:
        starts.append(i + 3)
        i = data.find(b"\x00\x00\x01", i + 3)
    for n, s in enumerate(starts):
        end = starts[n + 1] - 3 if n + 1 < len(starts) else len(data)
        yield s, end


def _look(au: AccessUnit, hevc: bool) -> bool:
    """Read the NAL units in what is gathered of `au`: key picture, SPS. True once a slice has been seen."""
    pes = bytes(au.head)
    if len(pes) < 9:
        return False
    payload = pes[9 + pes[8]:]
    for s, end in _nal_units(payload):
        if s >= len(payload):
            break
        if hevc:
            kind = (payload[s] >> 1) & 0x3F
            if kind == 33 and au.sps is None:
                au.sps = payload[s:min(end, s + 32)]
            if kind < 32:  # a slice
                au.key = 16 <= kind <= 21
                return True
        else:
            kind = payload[s] & 0x1F
            if kind == 7 and au.sps is None:
                au.sps = payload[s:min(end, s + 8)]
            if kind in (1, 5):
                au.key = kind == 5
                return True
    return False


def read_segment(path: str) -> list[AccessUnit]:
    """The video access units of one MPEG-TS segment, in file order. RenditionError if it is not MPEG-TS."""
    with open(path, "rb") as fh:
        data = fh.read()
    name = os.path.basename(path)
    if len(data) % PACKET or (data and data[0] != 0x47):
        raise RenditionError(f"{name} is not a whole MPEG-TS file")
    pmt_pid = video_pid = None
    hevc = False
    units: list[AccessUnit] = []
    current: AccessUnit | None = None
    parsed = False
    last_pat: int | None = None
    view = memoryview(data)
    for off in range(0, len(data), PACKET):
        if data[off] != 0x47:
            raise RenditionError(f"{name}: lost MPEG-TS sync at byte {off}")
        b1, b3 = data[off + 1], data[off + 3]
        pid = (b1 & 0x1F) << 8 | data[off + 2]
        pusi = b1 & 0x40
        afc = (b3 >> 4) & 3
        if not afc & 1:
            continue  # adaptation field only
        start = off + 4 + (1 + data[off + 4] if afc & 2 else 0)
        if start >= off + PACKET:
            continue
        if pid == 0:
            last_pat = off
            if pmt_pid is None and pusi:
                sec = start + 1 + data[start]  # pointer field
                length = (data[sec + 1] & 0x0F) << 8 | data[sec + 2]
                for p in range(sec + 8, sec + 3 + length - 4, 4):
                    if (data[p] << 8 | data[p + 1]) != 0:  # not the network PID
                        pmt_pid = (data[p + 2] & 0x1F) << 8 | data[p + 3]
                        break
            continue
        if pid == pmt_pid:
            if video_pid is None and pusi:
                sec = start + 1 + data[start]
                length = (data[sec + 1] & 0x0F) << 8 | data[sec + 2]
                info = (data[sec + 10] & 0x0F) << 8 | data[sec + 11]
                p, stop = sec + 12 + info, sec + 3 + length - 4
                while p + 5 <= stop:
                    kind, epid = data[p], (data[p + 1] & 0x1F) << 8 | data[p + 2]
                    if kind in _H264_TYPES + _HEVC_TYPES:
                        video_pid, hevc = epid, kind in _HEVC_TYPES
                        break
                    p += 5 + ((data[p + 3] & 0x0F) << 8 | data[p + 4])
            continue
        if pid != video_pid or video_pid is None:
            continue
        if pusi:
            current = AccessUnit(name, off, off + PACKET, last_pat, None)
            last_pat = None
            parsed = False
            units.append(current)
        else:
            last_pat = None
            if current is None:
                continue  # the tail of a PES begun in the previous segment: not ours to index
            current.end = off + PACKET
        if not parsed and len(current.head) < 65536:
            current.head += view[start:off + PACKET]
            if current.pts is None:
                current.pts = _pes_pts(bytes(current.head[:14]))
            parsed = _look(current, hevc)
    if video_pid is None:
        raise RenditionError(f"{name} has no H.264 or HEVC video stream")
    for au in units:
        au.head = bytearray()
    return units


@dataclass
class IFrame:
    segment: str
    offset: int
    length: int
    seconds: float
    pts: int | None


def index_rendition(playlist_path: str) -> tuple[list[IFrame], bytes | None]:
    """The keyframes of a rendition's media playlist (in order) with their byte ranges and durations, and the
    first SPS found in its segments. RenditionError if a keyframe has no PTS or no PAT/PMT before it."""
    pl = m3u8.load(playlist_path)
    base = os.path.dirname(playlist_path)
    keys: list[AccessUnit] = []
    first_pts: int | None = None
    sps = None
    total = 0.0
    for seg in pl.segments:
        total += seg.duration or 0.0
        for au in read_segment(os.path.join(base, seg.uri)):
            if au.pts is not None and first_pts is None:
                first_pts = au.pts
            if au.key:
                keys.append(au)
                sps = sps or au.sps
    frames: list[IFrame] = []
    times = []
    for au in keys:
        if au.pts is None:
            raise RenditionError(f"a keyframe in {au.segment} has no timestamp")
        if au.psi is None:
            raise RenditionError(f"a keyframe in {au.segment} at byte {au.start} has no PAT/PMT before it")
        times.append(_unwrap(au.pts, first_pts))
    end = (first_pts or 0) + round(total * 90000)
    for i, au in enumerate(keys):
        nxt = times[i + 1] if i + 1 < len(keys) else end
        assert au.psi is not None
        frames.append(IFrame(au.segment, au.psi, au.end - au.psi, max(0.0, (nxt - times[i]) / 90000), au.pts))
    return frames, sps


def _unwrap(pts: int, first: int | None) -> int:
    return pts + _PTS_WRAP if first is not None and pts < first - _PTS_WRAP // 2 else pts


def write_iframe_playlist(playlist_path: str) -> dict:
    """Write ``iframes.m3u8`` beside a rendition's media playlist; its stats: ``iframe_uri`` (the file name),
    ``iframe_peak_bps``, ``iframe_average_bps``, ``iframes`` (count) and ``sps`` (hex of the stream's first SPS,
    or None). RenditionError if the rendition has no keyframe."""
    frames, sps = index_rendition(playlist_path)
    if not frames:
        raise RenditionError("the rendition has no keyframe for its I-frame playlist")
    pl = m3u8.M3U8()
    pl.version = 4
    pl.is_i_frames_only = True
    pl.playlist_type = "vod"
    pl.is_independent_segments = True
    pl.is_endlist = True
    pl.media_sequence = 0
    pl.target_duration = max(1, math.ceil(max(f.seconds for f in frames) - 1e-3))
    for f in frames:
        pl.add_segment(m3u8.Segment(uri=f.segment, duration=round(f.seconds, 6), byterange=f"{f.length}@{f.offset}"))
    path = os.path.join(os.path.dirname(playlist_path), IFRAMES_NAME)
    replace_file(path, pl.dumps())
    peak = hls.peak_bitrate([f.length for f in frames], [f.seconds for f in frames], pl.target_duration)
    seconds = sum(f.seconds for f in frames)
    average = sum(f.length for f in frames) * 8 / seconds if seconds else 0.0
    return {"iframe_uri": IFRAMES_NAME, "iframe_peak_bps": int(round(peak)), "iframe_average_bps": int(round(average)),
            "iframes": len(frames), "sps": sps.hex() if sps else None}
