"""Stored headlines made again a few at a time, between events, after an upgrade that outdated all of them.

A release that changes how the headline figures are defined outdates every stored copy. The first frame makes
only the rows it shows; reading the whole list just after it would make the rest in one block (seconds with a
thousand assessments, the window frozen right after it appeared). Here they are made a few per turn of the event
loop, newest first, so keys, clicks and paints are served in between; the whole list is read once they hold.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ..app.start_rows import remake_headlines, stale_headlines

TURN_SECONDS = 0.025  # the work of one turn: a key or click waits no longer than this (well under what people notice)
MAX_SLICE = 32  # assessments in one turn at most (one transaction each turn)


class HeadlineCatchUp(QObject):
    """Make the headlines that no longer hold again, as many per turn as fit TURN_SECONDS (measured as it goes:
    a loaded machine takes fewer per turn, not longer turns), then call *done* (once). Stops early when
    *finished_elsewhere()* says the work was done another way (the whole list read on demand)."""

    def __init__(self, workspace, done: Callable[[], None], finished_elsewhere: Callable[[], bool], parent):
        super().__init__(parent)
        self._workspace = workspace
        self._done = done
        self._finished_elsewhere = finished_elsewhere
        self._left = stale_headlines(workspace)
        self._slice = 2
        self.turns = 0  # how many turns of the event loop it took (tests)
        QTimer.singleShot(0, self, self._step)

    def _step(self) -> None:
        if self._left and not self._finished_elsewhere():
            ids, self._left = self._left[:self._slice], self._left[self._slice:]
            started = time.perf_counter()
            # Unreadable assessments are named when the list is read (start_rows): not twice.
            remake_headlines(self._workspace, ids, problems=[])
            took = max(time.perf_counter() - started, 1e-4)
            self._slice = max(1, min(MAX_SLICE, int(len(ids) * TURN_SECONDS / took)))
            self.turns += 1
            if self._left:
                QTimer.singleShot(0, self, self._step)
                return
        done, self._done = self._done, None
        if done is not None:
            done()
