"""Memory handed back once the app goes idle after heavy work (start-up, the packs loaded, an assessment opened,
back on the start page), never inside a key press.

Two things hold memory that nothing will use again:
- PySide's import hook reads the source of every module imported after it (to see whether the module asks for
  PySide's ``__feature__`` switches), through ``inspect``, which leaves each file in the standard library's
  ``linecache``: about 90,000 line strings (9 MB) for the ~420 modules of a session, kept for tracebacks only,
  which read the file again when they need it. Dropped soon after each wave of imports, that memory is reused by
  what comes next instead of Python mapping new arenas for it (measured: 9-11 MB less resident at idle).
- glibc keeps freed heap pages mapped; ``malloc_trim(0)`` returns the free ones to the system (a few MB after
  start-up). Linux with glibc only; elsewhere nothing is done.
"""

from __future__ import annotations

import linecache
import sys

from PySide6.QtCore import QCoreApplication, QTimer

IDLE_MS = 200  # a burst of work (open, paint, first keys) settles before the release runs, once


def _load_malloc_trim():
    """glibc's malloc_trim, or None where there is no glibc (macOS, Windows, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here, not at import: the start path does not need it

    try:
        trim = ctypes.CDLL(None).malloc_trim  # the process's own symbols: glibc's, where glibc is the C library
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


_malloc_trim: list = []  # glibc's function (or None), looked up on first use


def trim_heap() -> bool:
    """Return the C heap's free pages to the system; False where that cannot be done."""
    if not _malloc_trim:
        _malloc_trim.append(_load_malloc_trim())
    if _malloc_trim[0] is None:
        return False
    try:
        _malloc_trim[0](0)
    except OSError:
        return False
    return True


_M_ARENA_MAX = -8  # glibc's malloc.h


def share_one_heap() -> bool:
    """Have every thread allocate from the one C heap (glibc's M_ARENA_MAX = 1); False where that cannot be set.

    The app's background threads (loading the packs, the session backup, a PDF export) each get a heap of their
    own by default, and what such a burst leaves there stays resident for the rest of the session, out of the
    reach of the UI thread's allocations. Python's global lock already serialises most of their work, so one
    heap costs them next to nothing. Called at launch, before the first thread starts: Qt's own pooled threads
    (image conversion during the first paint) start before any of the app's, and set later it measured 1.5-2 MB
    less effective; the price is importing ctypes on the start path (about 2 ms)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return mallopt(_M_ARENA_MAX, 1) == 1


def release() -> None:
    """Drop what only the imports left behind, then give the free heap back."""
    linecache.clearcache()
    trim_heap()


_latest = [0]  # the newest request: an earlier timer that fires finds itself superseded and does nothing


def release_when_idle() -> None:
    """Run :func:`release` once the event loop has been left alone for a moment; a burst of calls runs it once."""
    app = QCoreApplication.instance()
    if app is None:
        return
    _latest[0] += 1
    ticket = _latest[0]
    QTimer.singleShot(IDLE_MS, app, lambda: _release_if_latest(ticket))


def _release_if_latest(ticket: int) -> None:
    if ticket == _latest[0]:
        release()
