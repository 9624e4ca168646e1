"""HLS helpers: media-playlist statistics, RFC 6381 codec strings and the master playlist.

Playlists are read and written with the `m3u8` package; nothing here formats playlist text by hand.
"""

from __future__ import annotations

import os

import m3u8

from app.core.audio import CODEC_STRINGS
from app.core.errors import RenditionError
from app.core.layout import replace_file

AAC_LC = "mp4a.40.2"
AUDIO_GROUP = "audio"


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
    init = [os.path.join(base, m.uri) for m in (pl.segment_map or []) if m.uri]  # fMP4: the EXT-X-MAP init segment
    made = [path for path in made if path not in init]
    if listed != made:
        raise RenditionError(f"the playlist lists {len(listed)} segments; {len(made)} were written")
    for path in init + listed:
        size = on_disk(path)
        if size != written.get(path) or size == 0:
            raise RenditionError(f"{name(path)} has {size} bytes on disk; {written.get(path, 0)} were written")
        if init:
            if not mp4_boxes_tile(path):
                raise RenditionError(f"{name(path)} is not a whole fragmented MP4 file")
            continue
        with open(path, "rb") as fh:
            if size % 188 or fh.read(1) != b"\x47":
                raise RenditionError(f"{name(path)} is not a whole MPEG-TS file")
    lasted = sum(seg.duration or 0.0 for seg in pl.segments)
    if abs(lasted - seconds) > tolerance:
        raise RenditionError(f"the playlist lasts {lasted:.3f} s; {seconds:.3f} s were encoded")
    return media_playlist_stats(playlist_path)


def mp4_boxes_tile(path: str) -> list[str]:
    """The top-level box types of an (f)MP4 file if its boxes tile it exactly, else []."""
    kinds = []
    with open(path, "rb") as fh:
        data = fh.read()
    offset = 0
    while offset < len(data):
        if offset + 8 > len(data):
            return []
        size = int.from_bytes(data[offset:offset + 4], "big")
        if size == 1 and offset + 16 <= len(data):
            size = int.from_bytes(data[offset + 8:offset + 16], "big")
        if size < 8 or offset + size > len(data):
            return []
        kinds.append(data[offset + 4:offset + 8].decode("latin-1"))
        offset += size
    return kinds


def hvc1_codec(hvcc: bytes) -> str:
    """``hvc1.<profile>.<compat>.<tier><level>.<constraints>`` (ISO/IEC 14496-15 Annex E) from an hvcC record:
    the profile space (A/B/C prefix) and profile IDC, the 32 compatibility flags bit-reversed in hex, L or H with
    the level IDC, and the six constraint bytes in hex, trailing zero bytes left out."""
    data = bytes(hvcc)
    if len(data) < 13 or data[0] != 1:
        raise ValueError("not an hvcC record")
    space, tier, profile = data[1] >> 6, (data[1] >> 5) & 1, data[1] & 0x1F
    compat = int(f"{int.from_bytes(data[2:6], 'big'):032b}"[::-1], 2)
    constraints = list(data[6:12])
    while constraints and constraints[-1] == 0:
        constraints.pop()
    parts = [f"hvc1.{'' if space == 0 else 'ABC'[space - 1]}{profile}", f"{compat:X}",
             f"{'H' if tier else 'L'}{data[12]}", *[f"{b:X}" for b in constraints]]
    return ".".join(parts)


def av01_codec(av1c: bytes) -> str:
    """``av01.<profile>.<level><tier>.<bitdepth>`` (the AV1 ISOBMFF binding's codecs parameter) from an av1C
    record (its copy of the sequence header's profile, level, tier and bit depth)."""
    data = bytes(av1c)
    if len(data) < 4 or data[0] != 0x81:
        raise ValueError("not an av1C record")
    profile, level = data[1] >> 5, data[1] & 0x1F
    tier, high, twelve = data[2] >> 7, (data[2] >> 6) & 1, (data[2] >> 5) & 1
    depth = 12 if (high and twelve) else 10 if high else 8
    return f"av01.{profile}.{level:02d}{'H' if tier else 'M'}.{depth:02d}"


def read_master(path: str) -> list[dict]:
    """The variants of an existing master playlist, in `write_master`'s shape ([] if there is none)."""
    if not os.path.exists(path):
        return []
    variants = []
    master = m3u8.load(path)
    # BANDWIDTH counts the largest audio rendition with a playlist of its own in the variant's group (`write_master`):
    # taken off again. Each variant is read once, from the AAC group (`audio_groups`).
    extra_peak = extra_average = 0
    for m in master.media:
        if (m.type == "AUDIO" and m.group_id == AUDIO_GROUP and m.uri
                and os.path.exists(os.path.join(os.path.dirname(path), m.uri))):
            stats = media_playlist_stats(os.path.join(os.path.dirname(path), m.uri))
            extra_peak, extra_average = max(extra_peak, stats["peak_bps"]), max(extra_average, stats["average_bps"])
    for p in master.playlists:
        info = p.stream_info
        if info.audio and info.audio != AUDIO_GROUP:
            continue
        width, height = info.resolution or (0, 0)
        codecs = info.codecs or ""
        if info.audio:  # the group's codecs were added to the variant's own (its video and muxed AAC)
            codecs = ",".join(codecs.split(",")[:1] + [AAC_LC])
        variant = {"uri": p.uri, "width": width, "height": height,
                   "peak_bps": max(1, (info.bandwidth or 0) - (extra_peak if info.audio else 0)),
                   "average_bps": max(1, (info.average_bandwidth or info.bandwidth or 0)
                                      - (extra_average if info.audio else 0)),
                   "codecs": codecs, "frame_rate": info.frame_rate or 25}
        folder = p.uri.rsplit("/", 1)[0] + "/"
        for i in master.iframe_playlists:  # the I-frame playlist in the same folder goes with it
            if i.uri.startswith(folder) and "/" not in i.uri[len(folder):]:
                ii = i.iframe_stream_info
                variant.update(iframe_uri=i.uri, iframe_peak_bps=ii.bandwidth or 0,
                               iframe_average_bps=ii.average_bandwidth or ii.bandwidth or 0)
        variants.append(variant)
    return variants


def audio_groups(entries: list[dict]) -> dict[str, list[dict]]:
    """The audio renditions grouped by codec, as Apple's HLS Authoring Specification asks (a player picks a group
    by the codecs it can play, then a rendition in it): ``audio`` holds the AAC ones, the muxed track (no URI: in
    the variants) first, its default; ``audio-ac3`` (and so on) the others, the first one the default. Every
    variant is listed once per group, its BANDWIDTH counting that group's largest rendition only (so the AAC
    variants do not carry the 5.1 AC-3's 384 kb/s)."""
    groups: dict[str, list[dict]] = {}
    for a in sorted(entries, key=lambda a: not a.get("muxed")):
        codec = a.get("codec") or "aac"
        gid = AUDIO_GROUP if codec == "aac" else f"{AUDIO_GROUP}-{codec}"
        groups.setdefault(gid, []).append(a)
    return groups


def audio_media(audio: list[dict] | None) -> list[dict]:
    """The entries of the audio group (``EXT-X-MEDIA TYPE=AUDIO``) from the job's audio renditions (the media
    worker's ``audio`` event, each with ``uri``, ``peak_bps``, ``average_bps`` once its playlist is written):
    [] unless some rendition has a playlist of its own; renditions whose playlist is missing are left out."""
    entries = [a for a in audio or [] if a.get("muxed") or a.get("uri")]
    if not any(a.get("uri") for a in entries):
        return []
    return entries


def write_master(path: str, variants: list[dict], subtitles: list[dict] | None = None,
                 audio: list[dict] | None = None) -> None:
    """Write the master playlist atomically.

    `audio` (`audio_media`): listed as ``EXT-X-MEDIA TYPE=AUDIO`` in group ``audio`` (LANGUAGE, NAME, CHANNELS,
    AUTOSELECT; DEFAULT=YES on the muxed track, which has no URI: its media is in the variants), named by every
    variant (AUDIO), whose CODECS then list the group's codecs and whose BANDWIDTH / AVERAGE-BANDWIDTH add the
    largest audio rendition's peak / average (RFC 8216 4.3.4.2: the largest playable combination).

    `subtitles` (`app.core.subtitles.write_hls`'s entries: ``uri``, ``language``, ``name``, ``default``,
    ``autoselect``): listed as ``EXT-X-MEDIA TYPE=SUBTITLES`` in group ``subs``, which every variant names.

    Each variant: ``uri``, ``width``, ``height``, ``peak_bps``, ``average_bps``, ``codecs``, ``frame_rate``, and
    where it has an I-frame playlist (`app.core.iframes`) ``iframe_uri``, ``iframe_peak_bps``,
    ``iframe_average_bps``: listed with ``EXT-X-I-FRAME-STREAM-INF`` (CODECS: the video codec only).
    Variants are listed from the lowest bandwidth up.
    """
    master = m3u8.M3U8()
    master.version = 6
    master.is_independent_segments = True
    media = [m3u8.Media(uri=sub["uri"], type="SUBTITLES", group_id="subs", language=sub["language"],
                        name=sub["name"], default="YES" if sub.get("default") else "NO",
                        autoselect="YES" if sub.get("autoselect", True) else "NO") for sub in subtitles or []]
    groups = audio_groups(audio_media(audio))
    sounds = {gid: [m3u8.Media(uri=a.get("uri"), type="AUDIO", group_id=gid, language=a["language"],
                               name=a["name"], default="YES" if n == 0 else "NO", autoselect="YES",
                               channels=str(a["channels"])) for n, a in enumerate(entries)]
              for gid, entries in groups.items()}
    for m in [m for ms in sounds.values() for m in ms] + media:
        master.add_media(m)
    for v in sorted(variants, key=lambda v: v["peak_bps"]):
        listed: list[tuple[str | None, list[dict]]] = [*groups.items()] or [(None, [])]
        for gid, entries in listed:  # the variant once per audio group
            extra_peak = max((int(a.get("peak_bps") or 0) for a in entries if a.get("uri")), default=0)
            extra_average = max((int(a.get("average_bps") or 0) for a in entries if a.get("uri")), default=0)
            codecs = v["codecs"]
            if gid is not None:
                group_codecs = [CODEC_STRINGS.get(a["codec"], AAC_LC) for a in entries]
                codecs = ",".join([*codecs.split(",")[:1], *dict.fromkeys([*codecs.split(",")[1:], *group_codecs])])
            master.add_playlist(
                m3u8.Playlist(
                    uri=v["uri"],
                    stream_info={
                        "bandwidth": max(1, int(v["peak_bps"]) + extra_peak),
                        "average_bandwidth": max(1, int(v["average_bps"]) + extra_average),
                        "resolution": f"{v['width']}x{v['height']}",
                        "codecs": codecs,
                        "frame_rate": round(float(v["frame_rate"]), 3),
                        "video_range": "SDR",  # every ladder is SDR: HDR sources are refused for HEVC/AV1 (worker)
                        **({"audio": gid} if gid is not None else {}),
                        **({"subtitles": "subs"} if media else {}),
                    },
                    media=(sounds[gid] if gid is not None else []) + media,
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

