"""Run one function off the UI thread and get its result back by signal (the function never touches widgets)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Lives on the UI thread; its slots are where results land, so delivery is queued to the UI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[object], None], on_failed: Callable[[BaseException], None]):
        super().__init__()
        self._on_done, self._on_failed = on_done, on_failed
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    @Slot(object)
    def _deliver_done(self, result) -> None:
        self._on_done(result)

    @Slot(object)
    def _deliver_failed(self, exc) -> None:
        self._on_failed(exc)


class BackgroundTask(QRunnable):
    def __init__(self, func: Callable[[], object], relay: _Relay):
        super().__init__()
        self.func = func
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as exc:  # handed to the UI thread, which decides what the user sees
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


def run_in_background(func: Callable[[], object], on_done: Callable[[object], None],
                      on_failed: Callable[[BaseException], None]) -> BackgroundTask:
    """Start *func* on the global pool; *on_done*/*on_failed* run later on the UI thread. Keep the task."""
    task = BackgroundTask(func, _Relay(on_done, on_failed))
    task.setAutoDelete(False)  # the caller keeps a reference until a result arrives
    QThreadPool.globalInstance().start(task)
    return task
