"""Results into the job's output folder: plain files streamed to disk, HLS playlists mirrored with their segments.

Downloads never carry provider credentials (result URLs are CDN or pre-signed URLs), follow redirects, go
through ``.<name>.partial`` files, report progress, and stop when cancelled. An HLS result (a master or media
playlist URL) is mirrored: every variant playlist, init section and segment is fetched and the playlists are
rewritten to point at the local copies (``hls/master.m3u8``, ``hls/<720p>/index.m3u8``, segments beside it),
so the preview player can play it offline. Encryption keys stay remote (their URIs are made absolute).

Every file is bounded (the size the provider declared, else the server's, else a ceiling), every playlist as
an API answer, every URL and redirect checked by the client's `UrlGuard` (`HttpClient.download`). A failed
file leaves no partial file behind; a mirrored playlist is only written once everything it names is on disk.
"""

from __future__ import annotations

import os
import threading
from typing import Callable
from urllib.parse import urljoin

from app.core.errors import Cancelled
from app.core.layout import partial_path
from app.providers.base import name_from_url
from app.providers.errors import ProviderError
from app.providers.http import HttpClient, disk_errors, remove_file
from app.providers.model import RemoteResult

ProgressCallback = Callable[[dict], None]


def safe_join(folder: str, relative: str) -> str:
    """`relative` inside `folder`; absolute paths and ``..`` are refused (result names come from servers)."""
    parts = [p for p in relative.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts) or os.path.isabs(relative):
        raise ProviderError("download", f"refusing to write outside the output folder: {relative!r}")
    return os.path.join(folder, *parts)


def download(results: list[RemoteResult], out_dir: str, on_progress: ProgressCallback | None = None,
             cancel: threading.Event | None = None, http: HttpClient | None = None) -> list[str]:
    """Download every result into `out_dir`; return the paths written.

    `on_progress` gets ``{"file", "index", "count", "bytes", "total"}`` (``total`` None when unknown) as bytes
    arrive and once more when each file is complete."""
    own = http is None
    http = http or HttpClient("download")
    written: list[str] = []
    try:
        for index, res in enumerate(results):
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled by the user")
            dest = safe_join(out_dir, res.filename)

            def report(n, total, name=res.filename, index=index):
                if on_progress is not None:
                    on_progress({"file": name, "index": index, "count": len(results), "bytes": n, "total": total})

            if res.kind == "hls":
                written.extend(mirror_hls(http, res.url, dest, report, cancel))
            else:
                size = http.download(res.url, dest, on_bytes=report, cancel=cancel, size=res.size)
                report(size, size)
                written.append(dest)
    finally:
        if own:
            http.close()
    return written


def _text(http: HttpClient, url: str, cancel: threading.Event | None = None) -> str:
    return http.fetch_text(url, cancel, accept="application/vnd.apple.mpegurl, */*")


def _unique(name: str, used: set) -> str:
    stem, ext = os.path.splitext(name)
    candidate, n = name, 2
    while candidate in used:
        candidate, n = f"{stem}-{n}{ext}", n + 1
    used.add(candidate)
    return candidate


def mirror_hls(http: HttpClient, url: str, dest: str, report: Callable[[int, int | None], None] | None = None,
               cancel: threading.Event | None = None) -> list[str]:
    """Mirror the playlist at `url` into ``dirname(dest)``; the top playlist is written to `dest`."""
    import m3u8

    folder = os.path.dirname(dest)
    playlist = m3u8.loads(_text(http, url, cancel), uri=url)
    counter = {"bytes": 0}

    def fetch(file_url: str, path: str) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled("cancelled by the user")
        base = counter["bytes"]

        def on_bytes(n, total):
            if report is not None:
                report(base + n, None)

        counter["bytes"] += http.download(file_url, path, on_bytes=on_bytes, cancel=cancel)

    written: list[str] = []
    if playlist.is_variant:
        used: set = set()
        for i, variant in enumerate(playlist.playlists):
            resolution = variant.stream_info.resolution if variant.stream_info else None
            name = _unique(f"{min(resolution)}p" if resolution else f"v{i}", used)
            written += _mirror_media(http, urljoin(url, variant.uri), os.path.join(folder, name), fetch, cancel)
            variant.uri = f"{name}/index.m3u8"
        for j, media in enumerate(playlist.media):
            if media.uri:
                name = _unique(name_from_url(f"x/{media.type or 'media'}-{media.name or j}", f"media-{j}"), used)
                written += _mirror_media(http, urljoin(url, media.uri), os.path.join(folder, name), fetch, cancel)
                media.uri = f"{name}/index.m3u8"
        _write(dest, playlist.dumps())
        written.append(dest)
    else:
        written += _mirror_media(http, url, folder, fetch, cancel, playlist=playlist, name=os.path.basename(dest))
    if report is not None:
        report(counter["bytes"], counter["bytes"])
    return written


def _mirror_media(http: HttpClient, url: str, folder: str, fetch, cancel=None, playlist=None,
                  name: str = "index.m3u8") -> list[str]:
    import m3u8

    playlist = playlist or m3u8.loads(_text(http, url, cancel), uri=url)
    with disk_errors(folder):
        os.makedirs(folder, exist_ok=True)
    used: set = {name}
    local: dict[str, str] = {}  # absolute URL -> local file name (init sections repeat)
    written = []

    def localize(uri: str, default: str) -> str:
        absolute = urljoin(url, uri)
        if absolute not in local:
            local[absolute] = _unique(name_from_url(absolute, default), used)
            path = os.path.join(folder, local[absolute])
            fetch(absolute, path)
            written.append(path)
        return local[absolute]

    for k, segment in enumerate(playlist.segments):
        if segment.init_section is not None and segment.init_section.uri:
            segment.init_section.uri = localize(segment.init_section.uri, "init.mp4")
        segment.uri = localize(segment.uri, f"segment_{k}.ts")
    for key in playlist.keys:
        if key is not None and key.uri:
            key.uri = urljoin(url, key.uri)
    path = os.path.join(folder, name)
    _write(path, playlist.dumps())
    written.append(path)
    return written


def _write(path: str, text: str) -> None:
    tmp = partial_path(path)
    try:
        with disk_errors(path):
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
    except BaseException:
        remove_file(tmp)
        raise
