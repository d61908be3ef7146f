"""Automatic garbage collection is off while the app runs; the UI thread collects on a timer instead, between
events, over what is not frozen: an open assessment's objects are frozen once drawn and let go when it closes."""

import datetime as dt
import gc
import threading
import weakref

import pytest
from PySide6.QtCore import Qt

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


@pytest.fixture
def app_guard(qapp):
    """The guard as launch() keeps it: on the application, where the assessment's controller finds it."""
    guard = MainThreadGarbageCollector(qapp)
    guard.settle()  # what the test session built so far: as start-up's objects are at the first tick
    qapp.gc_guard = guard
    yield guard
    del qapp.gc_guard
    guard.stop()
    gc.disable()  # the session guard stays in charge
    gc.unfreeze()


def _demo(store):
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import bundled_packs_dir
    from maturity_app.storage.demo_assessment import create_demo_assessment

    return create_demo_assessment(store, load_pack(bundled_packs_dir() / "core.yaml"), dt.date(2026, 6, 1))


def test_an_open_assessment_is_left_out_of_collections_and_no_key_press_collects(app_guard, make_app, store, qtbot):
    window, controller = make_app()
    frozen_before = gc.get_freeze_count()
    controller.open_assessment(_demo(store))
    # Once its page is drawn, the assessment's objects are frozen: a collection walks only what is newer.
    qtbot.waitUntil(lambda: gc.get_freeze_count() > frozen_before, timeout=3000)
    assert len(gc.get_objects()) < 0.05 * gc.get_freeze_count()
    in_press = [False]
    collected_in_press = []
    gc.callbacks.append(lambda phase, info: phase == "start" and collected_in_press.append(in_press[0]))
    try:
        for _ in range(30):
            in_press[0] = True
            qtbot.keyClick(window.focusWidget() or window, Qt.Key_Right, Qt.ControlModifier)
            in_press[0] = False
            qtbot.wait(20)  # the guard's ticks run between presses, as the event loop runs them
    finally:
        gc.callbacks.pop()
    assert not any(collected_in_press)
    assert controller.assessment.current != controller.assessment.session.question_ids[0]


def test_drawing_an_opened_assessment_freezes_it_without_a_collection(app_guard, make_app, store, qtbot):
    # A full collection right after the page appears is a pause just when the user reaches for a key or Home.
    window, controller = make_app()
    qtbot.wait(app_guard.INTERVAL_MS * 2)  # start-up's own settling done
    frozen_before = gc.get_freeze_count()
    collections = []
    gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info["generation"]))
    try:
        controller.open_assessment(_demo(store))
        qtbot.waitUntil(lambda: gc.get_freeze_count() > frozen_before, timeout=3000)
    finally:
        gc.callbacks.pop()
    assert 2 not in collections


def test_closing_the_assessment_lets_what_was_frozen_be_collected_and_freezes_the_rest_again(app_guard, make_app,
                                                                                             store, qtbot):
    window, controller = make_app()
    held = [_Cycle()]  # something the open assessment holds, in a reference cycle of its own
    frozen_before = gc.get_freeze_count()
    controller.open_assessment(_demo(store))
    qtbot.waitUntil(lambda: gc.get_freeze_count() > frozen_before, timeout=3000)
    dropped = weakref.ref(held.pop())  # garbage now, but frozen: no collection looks at it while frozen
    gc.collect()
    assert dropped() is not None
    window.actions["home"].trigger()
    assert gc.get_freeze_count() == 0  # at once: any collection (an idle one, a memory measure) may find it
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=3000)  # the next tick collected, then froze the rest
    assert dropped() is None
