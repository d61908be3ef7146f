"""Work that waits for the window's first frame: the user sees the window before anything else competes for it.

Background work still holds Python's global lock for much of its time, so a thread started before the first paint
(loading the packs, the session backup) delays that paint as surely as work on the UI thread would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

_FALLBACK_MS = 1000  # a window that is never painted (hidden, minimised at start) still gets its work done
_PAINT = QEvent.Type.Paint


class _FirstFrame(QObject):
    """One per widget however many callers wait. A widget that says it ``announces_frames`` calls
    ``frame_painted(self)`` from its own paintEvent; any other has every event it gets until its frame pass through
    here, in Python, so one hook rather than one for each caller.

    (The main window announces its frames: as it is shown it gets a score of events of kinds the start-up meets
    nowhere else, and handing each to a Python filter had PySide build their classes before the first frame.)"""

    def __init__(self, widget):
        super().__init__(widget)
        self._widget = widget
        self.callbacks: list[Callable[[], None]] = []
        self.done = False
        self._scheduled = False
        self._filtering = not getattr(widget, "announces_frames", False)
        if self._filtering:
            widget.installEventFilter(self)
        # A timer of its own rather than QTimer.singleShot(ms, receiver, slot): PySide weighs that call against an
        # overload taking a QMetaMethod and builds that class's enums for it, before the first frame.
        fallback = QTimer(self)
        fallback.setSingleShot(True)
        fallback.timeout.connect(self._run)
        fallback.start(_FALLBACK_MS)

    def eventFilter(self, watched, event):
        if event.type() == _PAINT:
            self.painted()
        return False

    def painted(self) -> None:
        self._stop_filtering()
        if not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(0, self, self._run)  # once this frame is on screen

    def _stop_filtering(self) -> None:
        if self._filtering:
            self._filtering = False
            self._widget.removeEventFilter(self)

    def _run(self) -> None:
        if self.done:
            return
        self.done = True
        self._stop_filtering()
        callbacks, self.callbacks = self.callbacks, []
        for callback in callbacks:
            callback()


def frame_painted(widget) -> None:
    """Called by a widget that ``announces_frames`` each time its paintEvent has run."""
    hook = getattr(widget, "_first_frame_hook", None)
    if hook is not None and not hook.done:
        hook.painted()


def after_first_frame(widget, *callbacks: Callable[[], None]) -> None:
    """Call *callbacks* (in order, once) just after *widget* is first painted, or after a second at the latest.

    Asked again once that has happened, the callbacks wait for the widget's next frame in the same way."""
    hook = getattr(widget, "_first_frame_hook", None)
    if hook is None or hook.done:
        hook = widget._first_frame_hook = _FirstFrame(widget)
    hook.callbacks.extend(callbacks)
