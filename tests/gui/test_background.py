"""The one background helper: progress and result arrive by signal on the UI thread; cancel stops the function."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject

from maturity_app.ui.background import Task, run_in_background, run_task


class _Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.progress, self.futures, self.threads = [], [], []

    def on_progress(self, fraction, message):
        self.progress.append((fraction, message))
        self.threads.append(threading.current_thread())

    def on_done(self, future):
        self.futures.append(future)
        self.threads.append(threading.current_thread())


def test_progress_and_result_arrive_on_the_ui_thread(qtbot):
    receiver = _Receiver()

    def work(task, n):
        for i in range(n):
            task.report((i + 1) / n, f"step {i + 1}")
        return threading.current_thread()

    task = run_task(work, receiver.on_done, 3, on_progress=receiver.on_progress)
    # Progress and the end travel by different queued signals; under load the end can be handled first.
    qtbot.waitUntil(lambda: bool(receiver.futures) and len(receiver.progress) == 3, timeout=5000)
    assert receiver.progress == [(1 / 3, "step 1"), (2 / 3, "step 2"), (1.0, "step 3")]
    assert receiver.futures[0].result() is not threading.main_thread()  # the work ran elsewhere
    assert set(receiver.threads) == {threading.main_thread()}  # what the UI sees arrives on the UI thread
    assert not task.running


def test_cancel_flag_is_seen_by_the_function(qtbot):
    receiver = _Receiver()
    started = threading.Event()

    def work(task):
        started.set()
        while not task.is_cancelled():
            time.sleep(0.01)
        return "stopped"

    task = run_task(work, receiver.on_done)
    assert started.wait(5) and task.running
    task.cancel()
    assert task.wait(5)
    qtbot.waitUntil(lambda: bool(receiver.futures), timeout=5000)
    assert receiver.futures[0].result() == "stopped" and not task.running


def test_errors_reach_the_future_and_plain_helper_still_works(qtbot):
    receiver = _Receiver()
    run_task(lambda task: 1 / 0, receiver.on_done)
    run_in_background(lambda a, b: a + b, receiver.on_done, 2, 3)
    qtbot.waitUntil(lambda: len(receiver.futures) == 2, timeout=5000)
    outcomes = {repr(f.exception()) if f.exception() else f.result() for f in receiver.futures}
    assert outcomes == {"ZeroDivisionError('division by zero')", 5}


def test_a_task_runs_once(qtbot):
    task = Task()
    task.start(lambda t: None)
    try:
        task.start(lambda t: None)
    except RuntimeError:
        pass
    else:
        raise AssertionError("a second start was accepted")


def test_work_kept_for_later_runs_only_when_started_or_waited_for(qtbot):
    receiver = _Receiver()
    ran = []
    task = run_task(lambda _task: ran.append(threading.current_thread()) or "done", receiver.on_done, later=True)
    time.sleep(0.05)
    qtbot.wait(20)
    assert ran == [] and not task.running  # held: a launch keeps its backup until the first frame is drawn
    task.start_kept()
    task.start_kept()  # once only
    assert task.wait(5)
    qtbot.waitUntil(lambda: bool(receiver.futures), timeout=5000)
    assert receiver.futures[0].result() == "done" and len(ran) == 1 and ran[0] is not threading.main_thread()


def test_waiting_for_work_kept_for_later_starts_it():
    task = run_task(lambda _task: 42, later=True)
    assert task.wait(5) and task.future.result() == 42


def test_the_suites_check_names_work_a_test_leaves_stuck_on_the_pool_and_passes_a_free_one(qtbot):
    """tests/gui/conftest.py runs this check after every GUI test: what it reports must be real."""
    from gui_helpers import background_pool_problem

    release = threading.Event()

    def waits_for_a_release_that_never_comes(_task):
        release.wait(30)

    task = run_task(waits_for_a_release_that_never_comes)
    try:
        problem = background_pool_problem(0.3, 1)
        assert problem is not None and problem.startswith("with work still running 0.3 s after it ended")
        assert "waits_for_a_release_that_never_comes" in problem  # the worker's stack names the culprit
    finally:
        release.set()
    assert task.wait(10)
    assert background_pool_problem(5, 5) is None


def test_a_task_and_what_it_was_given_are_let_go_on_the_ui_thread_even_when_the_worker_lingers(qtbot):
    """A QObject freed on a worker races with the UI thread's event handling (a segmentation fault in a full GUI
    run), and a Task freed there while its end was on its way took its receivers' queued call with it. Here the
    worker lingers after announcing the end (a done callback of the test's own, added after the helper's), as a
    loaded machine makes it linger by chance: both must still be let go by the UI thread, and the end delivered."""
    import contextlib
    import weakref

    class Given:  # something the UI thread hands to the work (a controller, a window's data)
        pass

    freed_on = {}

    def note(name):
        return lambda _ref: freed_on.setdefault(name, threading.current_thread())

    go, linger = threading.Event(), threading.Event()
    ended = []
    given = Given()
    task = run_task(lambda _task, _given: go.wait(10), ended.append, given)
    task.future.add_done_callback(lambda _future: linger.wait(10))  # runs on the worker, after the helper's own
    watched = [weakref.ref(task, note("task")), weakref.ref(given, note("given"))]
    del task, given
    go.set()
    try:
        qtbot.waitUntil(lambda: bool(ended), timeout=10_000)  # delivered while the worker lingers
        with contextlib.suppress(qtbot.TimeoutError):  # let go by then, unless the worker still holds them
            qtbot.waitUntil(lambda: len(freed_on) == 2, timeout=3000)
    finally:
        linger.set()
    qtbot.waitUntil(lambda: all(ref() is None for ref in watched), timeout=5000)
    assert freed_on == {"task": threading.main_thread(), "given": threading.main_thread()}

