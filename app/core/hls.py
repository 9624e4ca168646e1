"""HLS helpers: media-playlist statistics, RFC 6381 codec strings and the master playlist.

Playlists are read and written with the `m3u8` package; nothing here formats playlist text by hand.
"""

from __future__ import annotations

import os

import m3u8

from app.core.errors import RenditionError
from app.core.layout import replace_file

AAC_LC = "mp4a.40.2"


def avc1_codec(extradata: bytes | None) -> str:
    """``avc1.PPCCLL`` from the SPS in an encoder's extradata (Annex B or avcC)."""
    if extradata:
        data = bytes(extradata)
        if data[:1] == b"\x01" and len(data) >= 4:  # avcC: version, profile, compat, level
            return "avc1.%02X%02X%02X" % (data[1], data[2], data[3])
        i = 0
        while True:
            i = data.find(b"\x00\x00\x01", i)
            if i < 0 or i + 6 > len(data):
                break
            if data[i + 3] & 0x1F == 7:  # SPS
                return "avc1.%02X%02X%02X" % (data[i + 4], data[i + 5], data[i + 6])
            i += 3
    return "avc1.640028"  # High profile, level 4.0: a safe description when the SPS is unavailable


def peak_bitrate(sizes: list[int], durations: list[float], target: float) -> float:
    """The peak segment bit rate of a media playlist as RFC 8216 (4.3.4.2) defines it: the largest bit rate of
    any contiguous set of segments lasting between 0.5 and 1.5 times the target duration (so a short last segment
    is measured with its neighbour). Without such a set: the largest of single segments."""
    peak = 0.0
    for i in range(len(sizes)):
        bits = seconds = 0.0
        for j in range(i, len(sizes)):
            bits, seconds = bits + sizes[j] * 8, seconds + durations[j]
            if seconds > 1.5 * target:
                break
            if seconds >= 0.5 * target:
                peak = max(peak, bits / seconds)
    if peak == 0.0:
        peak = max((n * 8 / d for n, d in zip(sizes, durations) if d > 0), default=0.0)
    return peak


def media_playlist_stats(playlist_path: str) -> dict:
    """Peak (`peak_bitrate`) and average bitrate (bits/s), total duration and size of one rendition's segments."""
    pl = m3u8.load(playlist_path)
    base = os.path.dirname(playlist_path)
    sizes = [os.path.getsize(os.path.join(base, seg.uri)) for seg in pl.segments]
    durations = [seg.duration or 0.0 for seg in pl.segments]
    total_bytes = sum(sizes)
    total_seconds = sum(durations)
    peak = peak_bitrate(sizes, durations, float(pl.target_duration or max(durations, default=0.0)))
    average = total_bytes * 8 / total_seconds if total_seconds else 0.0
    return {
        "segments": len(pl.segments),
        "duration": round(total_seconds, 3),
        "bytes": total_bytes,
        "peak_bps": int(round(peak)),
        "average_bps": int(round(average)),
        "target_duration": pl.target_duration,
    }


def verify_media_playlist(playlist_path: str, written: dict[str, int], seconds: float, tolerance: float) -> dict:
    """Check a rendition's playlist and segments against what its muxer wrote; `media_playlist_stats` if whole.

    `written`: the bytes the system accepted for each file the muxer wrote (the playlist and the segments, in
    the order they were opened). The playlist must be finished (``#EXT-X-ENDLIST``), list exactly the segments
    written, in order; each must be on disk with exactly the bytes written (a whole number of 188-byte MPEG-TS
    packets, starting with a sync byte), and the EXTINF durations must add up to `seconds` within `tolerance`.
    RenditionError (one line) otherwise."""
    name = os.path.basename
    base = os.path.dirname(playlist_path)

    def on_disk(path: str) -> int:
        try:
            return os.path.getsize(path)
        except OSError:
            raise RenditionError(f"{name(path)} is missing") from None

    if written.get(playlist_path) is None:
        raise RenditionError("the playlist was not written")
    if on_disk(playlist_path) != written[playlist_path]:
        raise RenditionError(f"{name(playlist_path)} has {on_disk(playlist_path)} bytes on disk; "
                             f"{written[playlist_path]} were written")
    pl = m3u8.load(playlist_path)
    if not pl.segments:
        raise RenditionError("no segments were written")
    if not pl.is_endlist:
        raise RenditionError("the playlist is not finished (no #EXT-X-ENDLIST)")
    listed = [os.path.join(base, seg.uri) for seg in pl.segments]
    made = [path for path in written if path != playlist_path]
    if listed != made:
        raise RenditionError(f"the playlist lists {len(listed)} segments; {len(made)} were written")
    for path in listed:
        size = on_disk(path)
        if size != written[path] or size == 0:
            raise RenditionError(f"{name(path)} has {size} bytes on disk; {written[path]} were written")
        with open(path, "rb") as fh:
            if size % 188 or fh.read(1) != b"\x47":
                raise RenditionError(f"{name(path)} is not a whole MPEG-TS file")
    lasted = sum(seg.duration or 0.0 for seg in pl.segments)
    if abs(lasted - seconds) > tolerance:
        raise RenditionError(f"the playlist lasts {lasted:.3f} s; {seconds:.3f} s were encoded")
    return media_playlist_stats(playlist_path)


def read_master(path: str) -> list[dict]:
    """The variants of an existing master playlist, in `write_master`'s shape ([] if there is none)."""
    if not os.path.exists(path):
        return []
    variants = []
    master = m3u8.load(path)
    for p in master.playlists:
        info = p.stream_info
        width, height = info.resolution or (0, 0)
        variant = {"uri": p.uri, "width": width, "height": height, "peak_bps": info.bandwidth or 0,
                   "average_bps": info.average_bandwidth or info.bandwidth or 0, "codecs": info.codecs or "",
                   "frame_rate": info.frame_rate or 25}
        folder = p.uri.rsplit("/", 1)[0] + "/"
        for i in master.iframe_playlists:  # the I-frame playlist in the same folder goes with it
            if i.uri.startswith(folder) and "/" not in i.uri[len(folder):]:
                ii = i.iframe_stream_info
                variant.update(iframe_uri=i.uri, iframe_peak_bps=ii.bandwidth or 0,
                               iframe_average_bps=ii.average_bandwidth or ii.bandwidth or 0)
        variants.append(variant)
    return variants


def write_master(path: str, variants: list[dict]) -> None:
    """Write the master playlist atomically.

    Each variant: ``uri``, ``width``, ``height``, ``peak_bps``, ``average_bps``, ``codecs``, ``frame_rate``, and
    where it has an I-frame playlist (`app.core.iframes`) ``iframe_uri``, ``iframe_peak_bps``,
    ``iframe_average_bps``: listed with ``EXT-X-I-FRAME-STREAM-INF`` (CODECS: the video codec only).
    Variants are listed from the lowest bandwidth up.
    """
    master = m3u8.M3U8()
    master.version = 6
    master.is_independent_segments = True
    for v in sorted(variants, key=lambda v: v["peak_bps"]):
        master.add_playlist(
            m3u8.Playlist(
                uri=v["uri"],
                stream_info={
                    "bandwidth": max(1, int(v["peak_bps"])),
                    "average_bandwidth": max(1, int(v["average_bps"])),
                    "resolution": f"{v['width']}x{v['height']}",
                    "codecs": v["codecs"],
                    "frame_rate": round(float(v["frame_rate"]), 3),
                },
                media=[],
                base_uri=None,
            )
        )
        if v.get("iframe_uri"):
            master.add_iframe_playlist(
                m3u8.IFramePlaylist(
                    base_uri=None,
                    uri=v["iframe_uri"],
                    iframe_stream_info={
                        "bandwidth": max(1, int(v["iframe_peak_bps"])),
                        "average_bandwidth": max(1, int(v["iframe_average_bps"])),
                        "resolution": f"{v['width']}x{v['height']}",
                        "codecs": v["codecs"].split(",")[0],
                    },
                )
            )
    replace_file(path, master.dumps())

