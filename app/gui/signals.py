"""Emitting Qt signals from Python, working around two reference-count bugs in PySide6 6.12.0.

1. `SignalInstance.emit()` returns `True` without taking a reference to it, so every call takes from `True` a
   reference that was never given. Once they run out the interpreter aborts ("bool_dealloc: deallocating True
   or False") — after a few thousand emits in this app: a long encode would bring the window down. `emit()`
   here gives the reference back, only when the running PySide6 has the bug (measured once, at import), so a
   fixed PySide6 needs no change. Every signal the app emits from Python goes through it.
2. A `Signal(dict)` converts the dict for each Python slot and loses one reference to `None` for every `None`
   value in it ("none_dealloc"). The app's signals that carry dicts (engine and provider events, metadata) are
   declared `Signal(object)`: the dict itself is handed over, nothing is converted. Do not declare
   `Signal(dict)` in this app.
3. Every call of a Qt method that returns nothing (``setText``, ``setObjectName``...) takes a reference from
   `None`: about 10 000 calls abort the interpreter ("none_dealloc"), i.e. a window showing a long encode. The
   project pins a PySide6 without it (< 6.12); where the running PySide6 has it anyway, importing this module
   gives `None` 2**40 references, so no session can run out (Python 3.12+ makes `None` immortal: nothing to do).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal


def _emit_loses_a_reference() -> bool:
    class _Probe(QObject):
        probe = Signal()

    p = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        p.probe.emit()
    return sys.getrefcount(True) - before <= -16


EMIT_LOSES_A_REFERENCE = _emit_loses_a_reference()


def _void_calls_lose_none() -> bool:
    o = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        o.setObjectName("probe")
    return sys.getrefcount(None) - before <= -64


VOID_CALLS_LOSE_NONE = _void_calls_lose_none()
if VOID_CALLS_LOSE_NONE and sys.version_info < (3, 12):
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40  # ob_refcnt, the first field of every object
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def emit(signal, *args):
    """`signal.emit(*args)`, with the reference PySide6 6.12.0 forgets given back."""
    result = signal.emit(*args)
    if EMIT_LOSES_A_REFERENCE:
        _incref(result)
    return result


def emitter(signal):
    """A callable that emits `signal` with one argument (for callbacks such as `Engine.run`'s `on_event`)."""
    return lambda value: emit(signal, value)
