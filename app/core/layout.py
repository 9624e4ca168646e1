"""Where a job's outputs live, and how half-written ones are kept from looking finished.

A job folder holds ``hls/master.m3u8``, ``hls/<quality>/index.m3u8`` + segments, ``mp4/<quality>.mp4``,
``thumbnails/`` and ``status.json``. Everything is written under a ``.<name>.partial`` name first and moved into
place when complete.
"""

from __future__ import annotations

import errno
import os
import shutil

from app.core.ladder import RenditionPlan


def partial_path(final: str) -> str:
    head, tail = os.path.split(final)
    return os.path.join(head, f".{tail}.partial")


def is_partial(name: str) -> bool:
    """Whether a file or folder name is one `partial_path` makes (``.<name>.partial``)."""
    return name.startswith(".") and name.endswith(".partial")


def final_path(partial: str) -> str:
    """The path a `partial_path` stands for: ``hls/720p`` for ``hls/.720p.partial``."""
    head, tail = os.path.split(partial)
    if not is_partial(tail):
        raise ValueError(f"{partial!r} is not a partial path")
    return os.path.join(head, tail[1:-len(".partial")])


def replace_path(src: str, dst: str) -> None:
    """Move a finished file or folder into place, replacing an older one."""
    if os.path.isdir(dst) and not os.path.islink(dst):
        old = partial_path(dst) + ".old"
        shutil.rmtree(old, ignore_errors=True)
        os.replace(dst, old)
        os.replace(src, dst)
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(src, dst)


def rendition_paths(job_dir: str, r: RenditionPlan) -> tuple[str, str]:
    """(final path, the file a muxer writes) of a rendition inside a job folder."""
    if r.type == "hls":
        final = os.path.join(job_dir, "hls", r.quality)
        return final, os.path.join(partial_path(final), "index.m3u8")
    final = os.path.join(job_dir, "mp4", f"{r.quality}.mp4")
    return final, partial_path(final)


def clean_partials(folder: str) -> None:
    """Remove every half-written output (``.*.partial``) under a job folder."""
    if not os.path.isdir(folder):
        return
    for root, dirs, files in os.walk(folder):
        for d in list(dirs):
            if is_partial(d) or (d.startswith(".") and d.endswith(".partial.old")):
                shutil.rmtree(os.path.join(root, d), ignore_errors=True)
                dirs.remove(d)
        for f in files:
            if is_partial(f):
                try:
                    os.remove(os.path.join(root, f))
                except OSError:
                    pass


def replace_file(path: str, text: str) -> None:
    """Write a small text file atomically: a temporary file beside it, then a rename. No temporary file is left
    behind when that fails; on a full disk, the old file is overwritten in place when the new text fits in the
    space it already has (a status document the same size as before), else it stays as it was (OSError)."""
    data = text.encode("utf-8")
    tmp = partial_path(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.remove(tmp)
        except OSError:
            pass
        if exc.errno != errno.ENOSPC or not _fits(path, len(data)):
            raise
        with open(path, "r+b") as fh:
            fh.write(data)
            fh.truncate()


def _fits(path: str, size: int) -> bool:
    try:
        st = os.stat(path)
    except OSError:
        return False
    return size <= getattr(st, "st_blocks", 0) * 512
