"""Garbage collection only on the UI thread: Qt objects freed by a collection on a worker thread crash the app.

Python starts a cyclic collection on whichever thread happens to allocate past the threshold. When that is a
background worker (a PDF export allocates a lot) and the garbage holds widgets or other QObjects, Qt destroys
them off the thread that owns them and the process dies with a segmentation fault. So automatic collection is
switched off and the same thresholds are checked from a timer on the UI thread, as calibre and pyqtgraph do.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGarbageCollector(QObject):
    INTERVAL_MS = 500

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(self.INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, youngest first (as Python would)."""
        young, middle, old = gc.get_count()
        if young > self._thresholds[0]:
            gc.collect(0)
            if middle > self._thresholds[1]:
                gc.collect(1)
                if old > self._thresholds[2]:
                    gc.collect(2)

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
