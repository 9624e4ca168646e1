"""Test files for the provider tests: random (incompressible) content and its digest.

Imported as ``loopback.files`` (a package path), not from a ``conftest``: with several test folders given on
one command line, ``conftest`` names the first one pytest loaded, which may be another folder's."""

from __future__ import annotations

import hashlib
import random


def write_random(path, size, seed=0) -> str:
    """A file of `size` pseudo-random bytes (incompressible), written in 1 MiB blocks."""
    rnd = random.Random(seed)
    with open(path, "wb") as fh:
        left = size
        while left:
            n = min(left, 1 << 20)
            fh.write(rnd.randbytes(n))
            left -= n
    return str(path)


def sha256_file(path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
