"""I-frame playlists (``EXT-X-I-FRAMES-ONLY``) for an HLS rendition in MPEG-TS segments, and (at the end of the
module) in fragmented MP4 segments (HEVC, AV1: `write_fmp4_iframe_playlist`).

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
IFRAMES_MEDIA = "iframes.m4s"  # AV1: the key frames' fragments, copied (see `write_fmp4_iframe_playlist`)
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
    stats = _write_playlist(playlist_path, frames, version=4, init=None)
    return {**stats, "sps": sps.hex() if sps else None}


def _write_playlist(playlist_path: str, frames: list[IFrame], version: int, init: str | None) -> dict:
    pl = m3u8.M3U8()
    pl.version = version
    pl.is_i_frames_only = True
    pl.playlist_type = "vod"
    pl.is_independent_segments = True
    pl.is_endlist = True
    pl.media_sequence = 0
    pl.target_duration = max(1, math.ceil(max(f.seconds for f in frames) - 1e-3))
    for f in frames:
        pl.add_segment(m3u8.Segment(uri=f.segment, duration=round(f.seconds, 6), byterange=f"{f.length}@{f.offset}",
                                    **({"init_section": {"uri": init}} if init else {})))
    path = os.path.join(os.path.dirname(playlist_path), IFRAMES_NAME)
    replace_file(path, pl.dumps())
    peak = hls.peak_bitrate([f.length for f in frames], [f.seconds for f in frames], pl.target_duration)
    seconds = sum(f.seconds for f in frames)
    average = sum(f.length for f in frames) * 8 / seconds if seconds else 0.0
    return {"iframe_uri": IFRAMES_NAME, "iframe_peak_bps": int(round(peak)), "iframe_average_bps": int(round(average)),
            "iframes": len(frames)}


# -- fragmented MP4 (CMAF) renditions: HEVC and AV1 ------------------------------------------------------------
# FFmpeg's HLS muxer writes one moof/mdat per fMP4 segment, so the key frame's byte range would be the whole
# segment. `split_fmp4_segment` rewrites each segment so that every key frame sits in a fragment of its own (its
# moof holds the video track alone, one sample); the rest of the GOP and the other tracks follow in the next
# fragment. The I-frame playlist's ranges are those key-frame fragments: read after the init segment (EXT-X-MAP),
# each decodes to one picture. Cost: one moof more per key frame (about 100 bytes), against one per picture if
# the muxer fragmented every frame.

_CONTAINERS = {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"mvex", b"moof", b"traf"}
_NON_SYNC = 0x00010000  # sample_is_non_sync_sample in the sample flags


def _boxes(data: bytes, start: int = 0, end: int | None = None) -> list[tuple[bytes, int, int]]:
    """(type, offset, size) of the boxes of `data[start:end]`; RenditionError unless they tile it."""
    end = len(data) if end is None else end
    found, i = [], start
    while i < end:
        if i + 8 > end:
            raise RenditionError("an MP4 box is cut short")
        size = int.from_bytes(data[i:i + 4], "big")
        header = 8
        if size == 1:
            size, header = int.from_bytes(data[i + 8:i + 16], "big"), 16
        if size < header or i + size > end:
            raise RenditionError("an MP4 box runs past its parent")
        found.append((data[i + 4:i + 8], i, size))
        i += size
    return found


def _child(data: bytes, offset: int, size: int, kind: bytes) -> tuple[int, int] | None:
    for k, o, s in _boxes(data, offset + 8, offset + size):
        if k == kind:
            return o, s
    return None


def _box(kind: bytes, payload: bytes) -> bytes:
    return (8 + len(payload)).to_bytes(4, "big") + kind + payload


@dataclass
class _Track:
    track_id: int
    timescale: int
    video: bool
    default_duration: int = 0  # trex
    default_size: int = 0
    default_flags: int = 0


def read_init(path: str) -> dict[int, _Track]:
    """The tracks of an fMP4 init segment: id, timescale, whether video, the trex defaults."""
    with open(path, "rb") as fh:
        data = fh.read()
    moov = next(((o, s) for k, o, s in _boxes(data) if k == b"moov"), None)
    if moov is None:
        raise RenditionError(f"{os.path.basename(path)} has no moov box")
    tracks: dict[int, _Track] = {}
    for kind, o, s in _boxes(data, moov[0] + 8, moov[0] + moov[1]):
        if kind == b"trak":
            tkhd = _child(data, o, s, b"tkhd")
            mdia = _child(data, o, s, b"mdia")
            if tkhd is None or mdia is None:
                continue
            version = data[tkhd[0] + 8]
            track_id = int.from_bytes(data[tkhd[0] + (28 if version == 1 else 20):][:4], "big")
            mdhd, hdlr = _child(data, *mdia, b"mdhd"), _child(data, *mdia, b"hdlr")
            if mdhd is None or hdlr is None:
                continue
            v = data[mdhd[0] + 8]
            timescale = int.from_bytes(data[mdhd[0] + (28 if v == 1 else 20):][:4], "big")
            handler = data[hdlr[0] + 16:hdlr[0] + 20]
            tracks.setdefault(track_id, _Track(track_id, timescale, handler == b"vide")).timescale = timescale
            tracks[track_id].video = handler == b"vide"
        elif kind == b"mvex":
            for k, eo, _ in _boxes(data, o + 8, o + s):
                if k == b"trex":
                    tid = int.from_bytes(data[eo + 12:eo + 16], "big")
                    t = tracks.setdefault(tid, _Track(tid, 0, False))
                    t.default_duration = int.from_bytes(data[eo + 20:eo + 24], "big")
                    t.default_size = int.from_bytes(data[eo + 24:eo + 28], "big")
                    t.default_flags = int.from_bytes(data[eo + 28:eo + 32], "big")
    return tracks


@dataclass
class _Run:
    """One traf of a moof: its tfhd (kept as written), decode time, and the samples with their bytes."""

    track: _Track
    tfhd: bytes
    decode_time: int
    samples: list[tuple[int, int, int, int]]  # duration, size, flags, composition offset
    data: list[bytes]
    trun_flags: int
    trun_version: int
    default_flags: int


def _read_traf(data: bytes, moof: int, offset: int, size: int, tracks: dict[int, _Track]) -> _Run:
    parts = {k: (o, s) for k, o, s in _boxes(data, offset + 8, offset + size)}
    if b"tfhd" not in parts or b"trun" not in parts or b"tfdt" not in parts:
        raise RenditionError("a track fragment without tfhd, tfdt or trun")
    o, s = parts[b"tfhd"]
    tfhd = data[o:o + s]
    flags = int.from_bytes(tfhd[9:12], "big")
    track = tracks.get(int.from_bytes(tfhd[12:16], "big"))
    if track is None or flags & 0x1 or not flags & 0x020000:
        raise RenditionError("a track fragment this reader does not handle (unknown track or no default-base-is-moof)")
    at = 16 + (4 if flags & 0x2 else 0)
    duration, size_, sflags = track.default_duration, track.default_size, track.default_flags
    if flags & 0x8:
        duration, at = int.from_bytes(tfhd[at:at + 4], "big"), at + 4
    if flags & 0x10:
        size_, at = int.from_bytes(tfhd[at:at + 4], "big"), at + 4
    if flags & 0x20:
        sflags = int.from_bytes(tfhd[at:at + 4], "big")
    o, _ = parts[b"tfdt"]
    decode_time = int.from_bytes(data[o + 12:o + (20 if data[o + 8] == 1 else 16)], "big")
    if sum(1 for k, _, _ in _boxes(data, offset + 8, offset + size) if k == b"trun") != 1:
        raise RenditionError("a track fragment with more than one trun")
    o, s = parts[b"trun"]
    version, tflags = data[o + 8], int.from_bytes(data[o + 9:o + 12], "big")
    count = int.from_bytes(data[o + 12:o + 16], "big")
    at = o + 16
    data_offset = 0
    if tflags & 0x1:
        data_offset, at = int.from_bytes(data[at:at + 4], "big", signed=True), at + 4
    first_flags = None
    if tflags & 0x4:
        first_flags, at = int.from_bytes(data[at:at + 4], "big"), at + 4
    samples, chunks = [], []
    pos = moof + data_offset
    for n in range(count):
        d, z, f, c = duration, size_, sflags, 0
        if tflags & 0x100:
            d, at = int.from_bytes(data[at:at + 4], "big"), at + 4
        if tflags & 0x200:
            z, at = int.from_bytes(data[at:at + 4], "big"), at + 4
        if tflags & 0x400:
            f, at = int.from_bytes(data[at:at + 4], "big"), at + 4
        elif n == 0 and first_flags is not None:
            f = first_flags
        if tflags & 0x800:
            c, at = int.from_bytes(data[at:at + 4], "big", signed=version == 1), at + 4
        samples.append((d, z, f, c))
        chunks.append(data[pos:pos + z])
        pos += z
    if pos > len(data):
        raise RenditionError("a track run points past the end of the segment")
    return _Run(track, tfhd, decode_time, samples, chunks, tflags, version, sflags)


def _write_moof(sequence: int, runs: list[tuple[_Run, int, int]]) -> tuple[bytes, bytes]:
    """A moof (mfhd + one traf per run's samples [a, b)) and its mdat."""
    trafs, payload = [], []
    for run, a, b in runs:
        # the fields the muxer wrote per sample; sample flags: per sample as written, else the defaults, the first
        # sample's own (a key frame) as first-sample-flags
        flags = 0x1 | (run.trun_flags & 0xF00)
        first = b""
        if not flags & 0x400 and b > a and run.samples[a][2] != run.default_flags:
            flags |= 0x4
            first = run.samples[a][2].to_bytes(4, "big")
        entries = first + b"".join((d.to_bytes(4, "big") if flags & 0x100 else b"")
                                   + (z.to_bytes(4, "big") if flags & 0x200 else b"")
                                   + (f.to_bytes(4, "big") if flags & 0x400 else b"")
                                   + (c.to_bytes(4, "big", signed=run.trun_version == 1) if flags & 0x800 else b"")
                                   for d, z, f, c in run.samples[a:b])
        decode_time = run.decode_time + sum(d for d, _, _, _ in run.samples[:a])
        tfdt = _box(b"tfdt", b"\x01\x00\x00\x00" + decode_time.to_bytes(8, "big"))
        trafs.append((run, tfdt, flags, entries, b"".join(run.data[a:b]), b - a))
    mfhd = _box(b"mfhd", b"\x00\x00\x00\x00" + sequence.to_bytes(4, "big"))
    size = 8 + len(mfhd) + sum(8 + len(r.tfhd) + len(t) + 8 + 12 + len(e) for r, t, _, e, _, _ in trafs)
    offset = size + 8  # the first sample: past the moof and the mdat's header
    body = b""
    for run, tfdt, flags, entries, chunk, count in trafs:
        trun = _box(b"trun", bytes([run.trun_version]) + flags.to_bytes(3, "big") + count.to_bytes(4, "big")
                    + offset.to_bytes(4, "big", signed=True) + entries)
        body += _box(b"traf", run.tfhd + tfdt + trun)
        payload.append(chunk)
        offset += len(chunk)
    moof = _box(b"moof", mfhd + body)
    assert len(moof) == size
    return moof, _box(b"mdat", b"".join(payload))


@dataclass
class FragmentKey:
    """A key frame's fragment in an fMP4 segment: its byte range (moof + mdat) and decode time (track units)."""

    segment: str
    offset: int
    length: int
    decode_time: int


def split_fmp4_segment(path: str, tracks: dict[int, _Track], sequence: int) -> tuple[list[FragmentKey], int]:
    """Rewrite one fMP4 segment so that each video key frame is alone in its own fragment (moof + mdat); every
    other box (styp, sidx, emsg) stays, a sidx's referenced size follows the fragments it covered. Returns the
    key-frame fragments and the next fragment sequence number. Idempotent."""
    with open(path, "rb") as fh:
        data = fh.read()
    name = os.path.basename(path)
    top = _boxes(data)
    out: list[bytes] = []
    keys: list[FragmentKey] = []
    sidx_at: list[int] = []  # indexes into `out` of sidx boxes, fixed once the fragments' size is known
    old_size = new_size = 0
    i = 0
    while i < len(top):
        kind, o, s = top[i]
        if kind == b"moof" and i + 1 < len(top) and top[i + 1][0] == b"mdat":
            mdat = top[i + 1]
            runs = [_read_traf(data, o, to, ts, tracks)
                    for k, to, ts in _boxes(data, o + 8, o + s) if k == b"traf"]
            video = [r for r in runs if r.track.video]
            others = [r for r in runs if not r.track.video]
            if len(video) != 1:
                raise RenditionError(f"{name}: a fragment without exactly one video track")
            v = video[0]
            cuts = []  # [a, b) runs of video samples: each key frame alone, then the pictures up to the next
            a = 0
            for n, (_, _, f, _) in enumerate(v.samples):
                if not f & _NON_SYNC:
                    if n > a:
                        cuts.append((a, n))
                    cuts.append((n, n + 1))
                    a = n + 1
            if a < len(v.samples):
                cuts.append((a, len(v.samples)))
            if not cuts:
                cuts = [(0, 0)]
            # the other tracks go with the first fragment that is not a lone key frame (the last one if none)
            host = next((k for k, (a, b) in enumerate(cuts) if b - a > 1 or v.samples[a][2] & _NON_SYNC),
                        len(cuts) - 1)
            for k, (a, b) in enumerate(cuts):
                parts = ([(v, a, b)] if b > a else []) + ([(r, 0, len(r.samples)) for r in others] if k == host else [])
                moof, mdat_box = _write_moof(sequence, parts)
                sequence += 1
                at = sum(len(x) for x in out)
                if b - a == 1 and not v.samples[a][2] & _NON_SYNC and not (k == host and others):
                    keys.append(FragmentKey(name, at, len(moof) + len(mdat_box),
                                            v.decode_time + sum(d for d, _, _, _ in v.samples[:a])))
                out += [moof, mdat_box]
                new_size += len(moof) + len(mdat_box)
            old_size += s + mdat[2]
            i += 2
            continue
        if kind == b"sidx":
            sidx_at.append(len(out))
        out.append(data[o:o + s])
        i += 1
    for n in sidx_at:  # one reference covering the segment's fragments: its size follows them
        box = bytearray(out[n])
        version = box[8]
        at = 8 + 4 + 8 + (16 if version == 1 else 8) + 2
        if int.from_bytes(box[at:at + 2], "big") == 1:
            ref = int.from_bytes(box[at + 2:at + 6], "big")
            if ref & 0x7FFFFFFF == old_size:
                box[at + 2:at + 6] = ((ref & 0x80000000) | new_size).to_bytes(4, "big")
        out[n] = bytes(box)
    tmp = path + ".split"
    try:
        with open(tmp, "wb") as fh:
            fh.write(b"".join(out))
        os.replace(tmp, path)
    except OSError:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return keys, sequence


def copy_key_fragments(path: str, tracks: dict[int, _Track], sequence: int) -> tuple[list[tuple[bytes, int]], int]:
    """Each video key frame of an fMP4 segment as a fragment of its own (moof + mdat bytes, the video track
    alone) and its decode time; the segment is left as it is. Returns them and the next sequence number."""
    with open(path, "rb") as fh:
        data = fh.read()
    found = []
    for kind, o, s in _boxes(data):
        if kind != b"moof":
            continue
        for run in (_read_traf(data, o, to, ts, tracks) for k, to, ts in _boxes(data, o + 8, o + s) if k == b"traf"):
            if not run.track.video:
                continue
            for n, (_, _, f, _) in enumerate(run.samples):
                if not f & _NON_SYNC:
                    moof, mdat = _write_moof(sequence, [(run, n, n + 1)])
                    sequence += 1
                    found.append((moof + mdat, run.decode_time + sum(d for d, _, _, _ in run.samples[:n])))
    return found, sequence


def write_fmp4_iframe_playlist(playlist_path: str, separate: bool = False) -> dict:
    """Split the segments of an fMP4 rendition (`split_fmp4_segment`) and write ``iframes.m3u8`` beside its media
    playlist: ``EXT-X-MAP`` (the rendition's init segment) and one ``EXT-X-BYTERANGE`` per key frame, covering its
    moof and mdat; each lasts until the next key frame, the last until the rendition's end (so they add up to the
    media playlist's EXTINFs). Returns `write_iframe_playlist`'s stats (``sps`` None). RenditionError if a
    segment cannot be read or the rendition has no key frame.

    `separate`: leave the segments as they are and write each key frame's fragment into ``iframes.m4s`` beside
    them (the ranges point there). For AV1: GStreamer 1.22's av1parse, handed new caps at every moof, drops each
    temporal unit until the next sequence header, so a fragment that does not start with a key frame plays as
    nothing there (measured: 2 pictures of 50); the copy costs storage (the key frames twice), not bandwidth."""
    pl = m3u8.load(playlist_path)
    base = os.path.dirname(playlist_path)
    init_uri = pl.segment_map[0].uri if pl.segment_map else None
    if not init_uri:
        raise RenditionError("the fMP4 playlist has no EXT-X-MAP")
    tracks = read_init(os.path.join(base, init_uri))
    video = [t for t in tracks.values() if t.video]
    if len(video) != 1 or not video[0].timescale:
        raise RenditionError("the init segment has no video track")
    timescale = video[0].timescale
    keys: list[FragmentKey] = []
    sequence = 1
    copies = bytearray()
    for seg in pl.segments:
        if separate:
            fragments, sequence = copy_key_fragments(os.path.join(base, seg.uri), tracks, sequence)
            for fragment, decode_time in fragments:
                keys.append(FragmentKey(IFRAMES_MEDIA, len(copies), len(fragment), decode_time))
                copies += fragment
            continue
        found, sequence = split_fmp4_segment(os.path.join(base, seg.uri), tracks, sequence)
        keys += found
    if separate:
        with open(os.path.join(base, IFRAMES_MEDIA), "wb") as fh:
            fh.write(bytes(copies))
    if not keys:
        raise RenditionError("the rendition has no key frame for its I-frame playlist")
    total = sum(seg.duration or 0.0 for seg in pl.segments)
    first = keys[0].decode_time
    starts = [(k.decode_time - first) / timescale for k in keys]
    frames = [IFrame(k.segment, k.offset, k.length, max(0.0, (starts[i + 1] if i + 1 < len(keys) else total)
                                                         - starts[i]), None) for i, k in enumerate(keys)]
    return _write_playlist(playlist_path, frames, version=7, init=init_uri)
