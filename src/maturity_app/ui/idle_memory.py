"""Memory handed back once the app goes idle after heavy work (start-up, the packs loaded, an assessment opened,
back on the start page), never inside a key press.

Two things hold memory that nothing will use again:
- PySide's import hook reads the source of every module imported after it (to see whether the module asks for
  PySide's ``__feature__`` switches), through ``inspect``, which leaves each file in the standard library's
  ``linecache``: up to 90,000 line strings (9 MB) for the modules of a session, kept for tracebacks only, which
  read the file again when they need it. (The app's own modules and the standard library's are answered without
  reading them, ui/feature_scan: the third-party packages a session loads, pydantic, yaml, reportlab, still are.)
  Dropped soon after each wave of imports (never while a background function runs: it may be importing), that
  memory is reused by what comes next instead of Python mapping new arenas for it.
- glibc keeps freed heap pages mapped; ``malloc_trim(0)`` returns the free ones to the system (c_heap).
And what others register with :func:`release_also`: the database connection's page cache (SQLite keeps the
pages the start list and an assessment read, ~1.5 MB, that the next read fetches again from the system's cache).
"""

from __future__ import annotations

import linecache
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer

from .background import working
from .c_heap import trim_heap

IDLE_MS = 200  # a burst of work (open, paint, first keys) settles before the release runs, once


_also: list[weakref.WeakMethod] = []  # bound methods of objects that may go (a closed window's workspace)


def release_also(method: Callable[[], None]) -> None:
    """Have every release call *method* (a bound method, held weakly: it stops when its object goes)."""
    _also.append(weakref.WeakMethod(method))


def release() -> None:
    """Drop what only the imports left behind and what others registered, then give the free heap back."""
    linecache.clearcache()
    for ref in list(_also):
        method = ref()
        if method is None:
            _also.remove(ref)
        else:
            method()
    trim_heap()


_latest = [0]  # the newest request: an earlier timer that fires finds itself superseded and does nothing
_due = [False]  # a release waits for its idle moment


def release_when_idle() -> None:
    """Run :func:`release` once the event loop has been left alone for a moment; a burst of calls runs it once."""
    app = QCoreApplication.instance()
    if app is None:
        return
    _due[0] = True
    _latest[0] += 1
    ticket = _latest[0]
    QTimer.singleShot(IDLE_MS, app, lambda: _release_if_latest(ticket))


def release_now_or_when_idle() -> None:
    """:func:`release` at once when no background function runs (before one starts its imports), else once idle."""
    if working():
        release_when_idle()
    else:
        release()


def defer_release() -> None:
    """The user acts (a key steps to the next question): a release still waiting waits until the keys stop, so
    its few milliseconds land in a pause and not in a key press (the first keys come soon after a page opens)."""
    if _due[0]:
        release_when_idle()


def _release_if_latest(ticket: int) -> None:
    if ticket != _latest[0]:
        return
    app = QCoreApplication.instance()
    if working() and app is not None:
        # A worker may be importing (the packs' pydantic, a PDF's reportlab): linecache read between its "is the
        # file cached" and "give me its lines" would raise there, inside an import. The release waits for it.
        QTimer.singleShot(IDLE_MS, app, lambda: _release_if_latest(ticket))
        return
    _due[0] = False
    release()
