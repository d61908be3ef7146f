"""Garbage collection only on the UI thread, between events, and never over what lives as long as the app.

Python starts a cyclic collection on whichever thread happens to allocate past the threshold. When that is a
background worker (a PDF export allocates a lot) and the garbage holds widgets or other QObjects, Qt destroys
them off the thread that owns them and the process dies with a segmentation fault. So automatic collection is
switched off and the same thresholds are checked from a timer on the UI thread, as calibre and pyqtgraph do.

A full collection walks every object Python tracks: ~70,000 once an assessment is open, 30 ms and more, which
lands between two key presses whenever the counts say so. What start-up builds (modules, classes, the window) and
what opening an assessment builds (its page's state, the scored model) lives until the app quits or the
assessment closes: once it is drawn, a collection finds what is garbage among it and gc.freeze() moves the rest
out of every later collection, which then only walks what is new. Closing the assessment unfreezes (its cycles
must be found again); the next tick collects and freezes what remains.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer


class MainThreadGarbageCollector(QObject):
    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None, settle_first: bool = True, ticking: bool = True):
        """*settle_first*: the first tick freezes what exists then (start-up's objects); a test session, whose
        objects at that moment belong to whichever test runs, says False. Without *ticking* the ticks begin at
        :meth:`start_ticking`: launch() has them begin once its window's first frame is drawn, so that first full
        collection never delays that frame however slow the start (a cold disk, a slow machine)."""
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._settle_due = settle_first
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        if ticking:
            self._timer.start()

    def start_ticking(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first (as Python would)."""
        if self._settle_due:
            self.settle()
            return
        young, middle, old = gc.get_count()
        if young > self._thresholds[0]:
            gc.collect(0)
            if middle > self._thresholds[1]:
                gc.collect(1)
                if old > self._thresholds[2]:
                    gc.collect(2)

    def settle(self) -> None:
        """Collect what is not frozen, then freeze what survived: it is long-lived, later collections skip it."""
        self._settle_due = False
        gc.collect()
        gc.freeze()

    def settle_later(self) -> None:
        self._settle_due = True  # at the next tick, between events

    def let_go(self) -> None:
        """Long-lived objects were let go (an assessment closed): their cycles must be found by a collection again,
        and what remains is frozen anew at the next tick."""
        gc.unfreeze()
        self.settle_later()

    def stop(self) -> None:
        self._timer.stop()
        gc.unfreeze()
        gc.enable()


def app_guard() -> MainThreadGarbageCollector | None:
    """The guard the running app collects with (launch() keeps it on the application), if any."""
    return getattr(QCoreApplication.instance(), "gc_guard", None)


def settle_once_drawn(widget) -> None:
    """What exists once *widget* is first drawn lives long (an opened assessment's page): freeze it then, after
    that frame and before the keys that follow it.

    Frozen without a collection first: a full one walks ~70,000 objects (30 ms and more) just when the user has
    the page in front of them and reaches for a key or Home, while gc.freeze() costs nothing. Garbage cycles among
    what exists then (few: the guard's ticks collected until the open began) are kept until the assessment
    closes, when let_go() unfreezes them for the next collection."""
    guard = app_guard()
    if guard is not None:
        from .first_frame import after_first_frame

        after_first_frame(widget, gc.freeze)


def let_go() -> None:
    guard = app_guard()
    if guard is not None:
        guard.let_go()
