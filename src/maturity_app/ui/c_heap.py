"""The C heap under Python and Qt (glibc's malloc): what the app asks of it to stay small over a session.

Linux with glibc only; elsewhere (macOS, Windows, musl) each function does nothing and says so. Free of Qt, so
that launch can call it before PySide6 is imported.
"""

from __future__ import annotations

import sys


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
    less effective. Called through ctypes' core (c_call), not the ctypes package, which costs the launch more."""
    if not sys.platform.startswith("linux"):
        return False
    from .c_call import call_int_function

    return call_int_function(None, "mallopt", _M_ARENA_MAX, 1) == 1
