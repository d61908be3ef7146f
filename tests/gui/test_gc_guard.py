"""Automatic garbage collection is off while the app runs; the UI thread collects on a timer instead."""

import gc
import threading

from maturity_app.ui.gc_guard import MainThreadGarbageCollector


class _Cycle:
    def __init__(self):
        self.me = self


def test_worker_threads_never_collect_and_the_ui_thread_does(qapp, qtbot):
    assert not gc.isenabled()  # the session guard (tests/conftest.py) is active, as launch() makes it
    guard = MainThreadGarbageCollector(qapp)
    try:
        collected_on = []
        gc.callbacks.append(lambda phase, info: phase == "start" and collected_on.append(threading.current_thread()))
        worker = threading.Thread(target=lambda: [_Cycle() for _ in range(50_000)])
        worker.start()
        worker.join()
        assert all(t is threading.main_thread() for t in collected_on)
        qtbot.waitUntil(lambda: threading.main_thread() in collected_on, timeout=3000)
    finally:
        gc.callbacks.pop()
        guard.stop()
        gc.disable()  # the session guard stays in charge
