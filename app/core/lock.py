"""An OS-level lock on a job's output folder, so that two runs never write the same ``DIR/<name>``.

The lock is ``flock`` on ``<folder>/.rendition-studio.lock`` (Windows: ``msvcrt.locking`` on its first byte). The
operating system drops it when the process holding it ends, however it ends (kill -9, a crash, a power cut of
the process), so a folder is never left locked by a run that is gone.

The descriptor is opened close-on-exec: no child inherits it by accident. The engine hands it on, on purpose,
to its own media worker only (`pass_fds`): the worker writes the folder's partial files, and it outlives its
parent by a moment when the parent is killed (it exits when its stdin reaches EOF). Since an ``flock`` belongs
to the open file, shared by both processes, the folder stays locked until the last writer is gone — a new run
can never clean partial files that a dying worker is still writing.

The lock file is removed on release. A process that opened the old file just before is not fooled: after
locking, `acquire` checks that the path still names the file it locked, and starts again if not.
"""

from __future__ import annotations

import os
import sys

LOCK_NAME = ".rendition-studio.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FolderLock:
    """``with FolderLock(folder) as lock:`` or `acquire`/`release`; `acquire` never waits."""

    def __init__(self, folder: str):
        self.folder = folder
        self.path = os.path.join(folder, LOCK_NAME)
        self.fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock (making the folder if needed); False when another run holds it. OSError if unwritable."""
        if self.fd is not None:
            return True
        os.makedirs(self.folder, exist_ok=True)
        while True:
            flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOINHERIT", 0)
            fd = os.open(self.path, flags, 0o644)
            if not _try_lock(fd):
                os.close(fd)
                return False
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same or sys.platform == "win32":  # Windows cannot remove an open file: no stale file to fear
                break
            os.close(fd)  # the holder before us removed the file after we opened it: lock the new one
        self.fd = fd
        try:  # who holds it, for a person looking at the folder (the lock itself is the flock)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass
        return True

    def release(self) -> None:
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        if sys.platform != "win32":
            try:
                os.remove(self.path)  # still ours: nobody else can lock this path while we hold it
            except OSError:
                pass
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> "FolderLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def folder_in_use(folder: str) -> bool:
    """Whether another run holds the lock of this folder right now (a folder that does not exist is free)."""
    if not os.path.exists(os.path.join(folder, LOCK_NAME)):
        return False
    lock = FolderLock(folder)
    try:
        if not lock.acquire():
            return True
    except OSError:
        return False  # cannot even open it: nobody can be writing there through this lock
    lock.release()
    return False
