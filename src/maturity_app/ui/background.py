"""The one helper for background work: run a function off the UI thread, deliver progress and result by signal.

The function must not touch widgets; it gets plain values and returns plain values. Long work takes a Task as
its first argument, reports through ``task.report(fraction, message)`` and stops early when
``task.is_cancelled()`` says so.
"""

from __future__ import annotations

import itertools
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

_executor: ThreadPoolExecutor | None = None  # made with the first work: the launch holds work until its first frame
# Started tasks stay referenced here until their end has been delivered on the UI thread. Nothing the UI thread
# hands to a worker (the Task, the function, its arguments) may be freed there: a QObject deleted off its thread
# races with the UI thread's event handling (a segmentation fault), and a Task freed while its end was on its way
# took the queued call of its receivers with it (the end was never delivered). So the worker holds them only while
# the function runs and drops them before it announces the end; the UI thread holds its own references until then.
_alive: set[Task] = set()
_running: dict[int, Task] = {}  # by number: the worker announces an end by number, never through the Task
_numbers = itertools.count()


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
        self._given: tuple | None = None  # the function and its arguments, held by the UI thread while it runs

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
        """Run ``func(self, *args)`` on the worker; ``finished`` carries its Future, on the UI thread."""
        if self.future is not None:
            raise RuntimeError("a Task runs once")
        number = next(_numbers)
        handed = [self, func, args]  # the worker's only way to them: it empties this before the function runs

        def body():
            # Its locals go with its frame, before the end is announced. (A raised error's traceback keeps the
            # frame, in a cycle through the Task's future that only the UI thread's collector frees.)
            task, work, work_args = handed
            handed.clear()
            try:
                return work(task, *work_args)
            finally:
                task._ended.set()

        self._given = (func, args)
        _running[number] = self
        _alive.add(self)
        relay = _ends()
        future = _pool().submit(body)
        self.future = future
        future.add_done_callback(lambda _done: relay.announce(number))  # an int: the worker holds no Task there
        return future


class _Ends(QObject):
    """Made once, on the UI thread, and kept for the whole process: workers announce ends through it."""

    ended = Signal(int)

    def __init__(self):
        super().__init__()
        self.ended.connect(self.deliver)  # from a worker: queued to the UI thread

    def announce(self, number: int) -> None:
        if threading.current_thread() is threading.main_thread():
            # The work ended before its callback was added: delivered from the event loop all the same, after
            # the progress it reported.
            QTimer.singleShot(0, self, lambda: self.deliver(number))
        else:
            self.ended.emit(number)

    def deliver(self, number: int) -> None:
        task = _running.pop(number, None)
        if task is None:
            return
        try:
            task.finished.emit(task.future)
        finally:
            task._given = None
            _alive.discard(task)


_relay: _Ends | None = None


def _ends() -> _Ends:
    global _relay
    if _relay is None:
        _relay = _Ends()
    return _relay


def _pool() -> ThreadPoolExecutor:
    global _executor
    if _executor is None:
        from concurrent.futures import ThreadPoolExecutor

        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="maturity-bg")
    return _executor


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
