"""The one helper for background work: run a function off the UI thread, deliver its result by signal.

The function must not touch widgets; it gets plain values and returns plain values.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="maturity-bg")


class _Relay(QObject):
    finished = Signal(object)  # the Future; emitted from the worker thread, delivered queued to the receiver


def run_in_background(func, on_done, *args) -> Future:
    """Run ``func(*args)`` on the worker; call ``on_done(future)`` on the thread that owns *on_done*'s object."""
    relay = _Relay()
    relay.finished.connect(on_done)
    future = _executor.submit(func, *args)
    future._relay = relay  # keep the relay alive as long as the future
    future.add_done_callback(relay.finished.emit)
    return future
