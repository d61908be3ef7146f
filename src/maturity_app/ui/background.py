"""The one helper for background work: run a function off the UI thread, deliver progress and result by signal.

The function must not touch widgets; it gets plain values and returns plain values. Long work takes a Task as
its first argument, reports through ``task.report(fraction, message)`` and stops early when
``task.is_cancelled()`` says so.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

_executor: ThreadPoolExecutor | None = None  # made with the first work: the launch holds work until its first frame
# Started tasks stay referenced here until their end has been delivered on the UI thread: a QObject must never be
# freed by the worker (nor by the garbage collector running there), so no reference cycle holds a Task either.
_alive: set[Task] = set()


class Task(QObject):
    """One piece of background work: its progress, its cancel flag and its end.

    Signals are emitted from the worker thread; Qt delivers them queued to receivers on the UI thread.
    """

    progress = Signal(float, str)  # fraction 0..1, a sentence for the user
    finished = Signal(object)  # the Future (result or exception)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self.future: Future | None = None
        self._later: tuple | None = None
        self.finished.connect(self._release)

    # -- for the background function ---------------------------------------------------------------
    def report(self, fraction: float, message: str = "") -> None:
        self.progress.emit(float(fraction), message)

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- for the UI thread -------------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        """True from start() until the function has returned or raised (queued counts as running)."""
        return self.future is not None and not self._ended.is_set()

    def wait(self, timeout: float) -> bool:
        self.start_kept()  # waiting for work not started yet means it is wanted now
        return self._ended.wait(timeout)

    def keep_for_later(self, func, *args) -> None:
        """Hold ``func(self, *args)`` until ``start_kept()`` (or ``wait()``): work that must not compete with
        something the user is waiting for, such as the window's first frame."""
        if self.future is not None or self._later is not None:
            raise RuntimeError("a Task runs once")
        self._later = (func, args)

    def start_kept(self) -> None:
        """Start the work held by ``keep_for_later``; nothing when there is none or it has started already."""
        if self._later is not None:
            func, args = self._later
            self._later = None
            self.start(func, *args)

    def start(self, func, *args) -> Future:
        """Run ``func(self, *args)`` on the worker; ``finished`` carries its Future."""
        if self.future is not None:
            raise RuntimeError("a Task runs once")

        def body():
            try:
                return func(self, *args)
            finally:
                self._ended.set()

        _alive.add(self)
        future = _pool().submit(body)
        task = weakref.ref(self)  # the future must not point back at the task (a cycle the GC would break anywhere)
        future.add_done_callback(lambda done: _emit_finished(task, done))
        self.future = future
        return future

    def _release(self, _future) -> None:
        # Runs on the UI thread; one more turn of the event loop lets the worker drop its last local reference.
        QTimer.singleShot(0, lambda: _alive.discard(self))


def _pool() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        from concurrent.futures import ThreadPoolExecutor

        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="maturity-bg")
    return _executor


def _emit_finished(task_ref, future: Future) -> None:
    task = task_ref()
    if task is not None:
        task.finished.emit(future)


def working() -> bool:
    """Whether a background function is running right now (one kept for later is not)."""
    return any(task.running for task in list(_alive))


def run_task(func, on_done=None, *args, on_progress=None, later: bool = False) -> Task:
    """Run ``func(task, *args)`` in the background; ``on_done(future)`` and ``on_progress(fraction, message)`` are
    called on the thread that owns their objects (the UI thread for widgets and controllers). With *later*, the
    work waits for ``task.start_kept()``."""
    task = Task()
    if on_done is not None:
        task.finished.connect(on_done)
    if on_progress is not None:
        task.progress.connect(on_progress)
    if later:
        task.keep_for_later(func, *args)
    else:
        task.start(func, *args)
    return task


def run_in_background(func, on_done, *args) -> Future:
    """Run ``func(*args)`` (no progress, no cancel) and call ``on_done(future)`` when it ends."""
    return run_task(lambda _task, *a: func(*a), on_done, *args).future
