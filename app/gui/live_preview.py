"""Playing an HLS rung while it encodes (issue 17): the player reads a mirror of its growing playlist.

The engine's ``rendition.segment`` names the rung's EVENT playlist under its partial folder
(``hls/.720p.partial/index.m3u8``), rewritten after each segment; when the rung is whole the folder is renamed to
``hls/720p``. Qt's player (its FFmpeg HLS demuxer) follows a playlist without ``#EXT-X-ENDLIST`` as it grows, but
starts such a playlist three segments before its end, and a playlist whose folder is renamed away stops. So the
player is given a *mirror*: a playlist of our own at a stable path (a temporary folder), listing the same segments
by absolute path:

- until a player has loaded it, the mirror lists at most the first two segments (the demuxer then starts at the
  first); once loaded, every segment so far, and one more after each segment (the demuxer reloads it and goes on);
- when the rung is whole, the mirror lists the final files (``hls/720p/...``) and ends (``#EXT-X-ENDLIST``):
  the player goes on to the end from the renamed files, at the same position, without reloading.

Qt-free, except `LivePreviews`, which follows the player.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile

from PySide6.QtCore import QObject
from PySide6.QtMultimedia import QMediaPlayer

from app.core import layout

OPENING_SEGMENTS = 2  # FFmpeg's HLS demuxer starts a live playlist of n segments at segment max(0, n - 3)
_folder: str | None = None


def _mirror_folder() -> str:
    global _folder
    if _folder is None or not os.path.isdir(_folder):
        _folder = tempfile.mkdtemp(prefix="rendition-studio-preview-")
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def is_partial(path: str) -> bool:
    """Whether `path` is a rung's playlist under its partial folder (``.720p.partial/index.m3u8``)."""
    return layout.is_partial(os.path.basename(os.path.dirname(path)))


def final_of(partial_playlist: str) -> str:
    """``hls/720p/index.m3u8`` for ``hls/.720p.partial/index.m3u8``."""
    return os.path.join(layout.final_path(os.path.dirname(partial_playlist)), os.path.basename(partial_playlist))


def mirror_path(partial_playlist: str) -> str:
    """The mirror's stable path for a rung's partial playlist."""
    key = hashlib.sha1(os.path.abspath(partial_playlist).encode()).hexdigest()[:16]
    return os.path.join(_mirror_folder(), f"{key}.m3u8")


def _absolute(text: str, folder: str, limit: int | None) -> str:
    """A playlist's lines with every URI (segments, the EXT-X-MAP init segment) made absolute in `folder`; with
    `limit`, only the first `limit` segments (and no end)."""
    out, segments = [], 0
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#EXT-X-MAP:") and 'URI="' in stripped:
            head, rest = stripped.split('URI="', 1)
            uri, tail = rest.split('"', 1)
            line = f'{head}URI="{os.path.join(folder, uri)}"{tail}'
        elif stripped and not stripped.startswith("#"):
            if limit is not None and segments >= limit:
                break
            line = os.path.join(folder, stripped)
            segments += 1
        out.append(line)
    if limit is not None and out and out[-1].startswith("#EXTINF"):
        out.pop()
    return "\n".join(out) + "\n"


def _write(path: str, text: str) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def write_mirror(partial_playlist: str, opened: bool) -> str | None:
    """Write the mirror of a rung being encoded: every segment so far once a player has `opened` it, else the
    first ones. Its path; None when the partial playlist is gone (the rung ended)."""
    try:
        with open(partial_playlist, encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return None
    mirror = mirror_path(partial_playlist)
    _write(mirror, _absolute(text, os.path.dirname(partial_playlist), None if opened else OPENING_SEGMENTS))
    return mirror


def finish_mirror(partial_playlist: str) -> str | None:
    """The rung is whole: its mirror (if any) lists the final files and ends. Its path; None without one."""
    mirror = mirror_path(partial_playlist)
    final = final_of(partial_playlist)
    if not os.path.exists(mirror):
        return None
    try:
        with open(final, encoding="utf-8") as fh:
            text = fh.read()
    except OSError:
        return None
    _write(mirror, _absolute(text, os.path.dirname(final), None))
    return mirror


class LivePreviews(QObject):
    """The mirrors of the rungs being encoded, kept in step with a `PlayerPanel` (app.gui.player)."""

    def __init__(self, panel, parent=None):
        super().__init__(parent)
        self.panel = panel
        self._partials: dict[str, str] = {}  # mirror -> the partial playlist it mirrors, while it encodes
        self._opened: set[str] = set()  # mirrors the player has loaded (they list every segment)
        panel.player.mediaStatusChanged.connect(self._on_status)
        panel.sourceChanged.connect(self._on_source)

    def segment(self, partial_playlist: str) -> str | None:
        """A rung being encoded has one more segment: its mirror (written), to offer to the player."""
        mirror = mirror_path(partial_playlist)
        self._partials[mirror] = partial_playlist
        return write_mirror(partial_playlist, mirror in self._opened)

    def finished(self, partial_playlist: str) -> None:
        """The rung is whole (its files renamed into place): a player on its mirror goes on with the final files;
        the player offers the final playlist in its place."""
        mirror = mirror_path(partial_playlist)
        self._partials.pop(mirror, None)
        self._opened.discard(mirror)
        if finish_mirror(partial_playlist):
            self.panel.renamed[mirror] = final_of(partial_playlist)

    def forget(self, job_dir: str) -> None:
        """A job ended: the mirrors of its rungs still encoding go (their files are gone)."""
        prefix = os.path.join(job_dir, "")
        for mirror, partial in list(self._partials.items()):
            if partial.startswith(prefix):
                del self._partials[mirror]
                self._opened.discard(mirror)
                try:
                    os.remove(mirror)
                except OSError:
                    pass

    def _playing(self) -> str:
        return self.panel.player.source().toLocalFile()

    def _on_status(self, status) -> None:
        if status not in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferingMedia,
                          QMediaPlayer.MediaStatus.BufferedMedia):
            return
        mirror = self._playing()
        if mirror in self._partials and mirror not in self._opened:  # loaded from its start: now every segment
            self._opened.add(mirror)
            write_mirror(self._partials[mirror], True)

    def _on_source(self, path: str) -> None:
        for mirror in list(self._opened):  # a mirror the player left starts again from its first segments
            if mirror != path and mirror in self._partials:
                self._opened.discard(mirror)
                write_mirror(self._partials[mirror], False)
