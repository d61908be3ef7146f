"""Memory that only imports and finished work held is handed back once the app is idle, never inside a key press."""

from __future__ import annotations

import linecache
import sys

import pytest
from PySide6.QtCore import Qt

from maturity_app.ui import c_heap, idle_memory


@pytest.fixture
def releases(monkeypatch, qapp, qtbot):
    """Each release that runs from now on, recorded (one an earlier test asked for has run); the real one runs."""
    qtbot.wait(idle_memory.IDLE_MS * 2)
    calls = []
    real = idle_memory.release

    def spy():
        calls.append(len(linecache.cache))
        real()

    monkeypatch.setattr(idle_memory, "release", spy)
    return calls


def _source_lines_kept():
    linecache.getlines(idle_memory.__file__)  # what PySide's import hook leaves for every module it sees
    assert idle_memory.__file__ in linecache.cache


def test_pysides_import_hook_leaves_every_imported_modules_source_in_linecache(tmp_path, monkeypatch):
    # Why the release exists: with PySide imported, importing a module reads its whole source into linecache.
    module = tmp_path / "freshly_imported_for_the_test.py"
    module.write_text("VALUE = 1\n" * 50, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import PySide6.QtCore  # noqa: F401 - installs the hook

    class Recorded(dict):  # what was put in, even if an idle release elsewhere empties it before the assert
        cached: set = set()

        def __setitem__(self, key, value):
            Recorded.cached.add(key)
            super().__setitem__(key, value)

    monkeypatch.setattr(linecache, "cache", Recorded(linecache.cache))
    import freshly_imported_for_the_test  # noqa: F401

    assert str(module) in Recorded.cached
    linecache.getlines(str(module))
    idle_memory.release()
    assert str(module) not in linecache.cache


def test_start_up_releases_once_its_first_frame_is_drawn_and_the_packs_are_loaded(make_app, releases, qtbot):
    _source_lines_kept()  # as start-up's imports leave it
    window, controller = make_app()
    qtbot.waitUntil(lambda: controller._library_future is not None and controller._library_future.done())
    qtbot.waitUntil(lambda: bool(releases))
    assert idle_memory.__file__ not in linecache.cache


def test_opening_an_assessment_then_going_home_each_release_once_idle(make_app, assessment_id, releases, qtbot):
    window, controller = make_app()
    qtbot.waitUntil(lambda: controller._library_future is not None and controller._library_future.done())
    qtbot.waitUntil(lambda: bool(releases))  # start-up's own
    releases.clear()
    table = window.start_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert controller.assessment is not None
    assert releases == []  # not inside the key press: once the event loop is idle
    _source_lines_kept()
    qtbot.waitUntil(lambda: len(releases) == 1)
    assert idle_memory.__file__ not in linecache.cache

    _source_lines_kept()
    window.actions["home"].trigger()
    assert len(releases) == 1
    qtbot.waitUntil(lambda: len(releases) == 2)
    assert idle_memory.__file__ not in linecache.cache


def test_a_burst_of_requests_releases_once(qapp, releases, qtbot):
    for _ in range(5):
        idle_memory.release_when_idle()
    qtbot.waitUntil(lambda: len(releases) == 1)
    qtbot.wait(idle_memory.IDLE_MS * 2)
    assert len(releases) == 1


def test_the_release_after_an_open_waits_while_the_keys_step_through_questions(make_app, assessment_id, releases,
                                                                             qtbot, monkeypatch):
    # The first keys often come right after a page opens: the release (a few ms of heap trimming) waits for a
    # pause in them instead of landing inside one of them.
    window, controller = make_app()
    qtbot.waitUntil(lambda: controller._library_future is not None and controller._library_future.done())
    qtbot.waitUntil(lambda: bool(releases))  # start-up's own
    # A longer idle moment than the app's, so that a loaded machine that takes a while over a key press still
    # presses the next one within it: what is tested is that a press pushes the release back, not the clock.
    monkeypatch.setattr(idle_memory, "IDLE_MS", 1500)
    controller.open_assessment(assessment_id)
    releases.clear()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left) * 3:  # keys well inside the idle moment, for longer than it
        qtbot.keyClick(window.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(300)
        assert releases == []
    qtbot.waitUntil(lambda: len(releases) == 1)  # once they stop


def test_the_heap_is_trimmed_where_glibc_is_the_c_library(monkeypatch):
    if not sys.platform.startswith("linux"):
        pytest.skip("glibc's malloc_trim exists on Linux only")
    monkeypatch.setattr(c_heap, "_malloc_trim", [])
    assert c_heap.trim_heap() is True
    assert c_heap._malloc_trim[0] is not None


def test_without_glibc_the_trim_is_skipped_and_the_release_still_works(monkeypatch):
    monkeypatch.setattr(c_heap, "_malloc_trim", [])
    monkeypatch.setattr(sys, "platform", "darwin")
    assert c_heap.trim_heap() is False
    _source_lines_kept()
    idle_memory.release()
    assert idle_memory.__file__ not in linecache.cache


def test_a_c_library_without_malloc_trim_or_mallopt_is_harmless(monkeypatch):
    # musl (Alpine) is Linux without glibc: the symbol is missing, looking it up must not raise.
    import ctypes

    import _ctypes

    class NoTrim:
        def __init__(self, *_args):
            pass

        def __getattr__(self, name):
            raise AttributeError(name)

    def no_symbol(_handle, name):
        raise OSError(f"undefined symbol: {name}")  # as dlsym says it

    monkeypatch.setattr(c_heap, "_malloc_trim", [])
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(ctypes, "CDLL", NoTrim)
    monkeypatch.setattr(_ctypes, "dlsym", no_symbol)  # mallopt is called through ctypes' core (ui/c_call)
    assert c_heap.trim_heap() is False
    assert c_heap.share_one_heap() is False


def test_every_thread_shares_the_one_heap_where_glibc_is_the_c_library(monkeypatch):
    if not sys.platform.startswith("linux"):
        pytest.skip("glibc's mallopt exists on Linux only")
    assert c_heap.share_one_heap() is True


def test_without_glibc_the_one_heap_setting_is_skipped(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert c_heap.share_one_heap() is False


def test_the_packs_loaded_after_the_first_frame_serve_the_assessments_made_from_them(make_app, qtbot):
    # One parse per questionnaire: opening an assessment made from an installed pack reuses the library's pack.
    from maturity_app.app.assessments import create_assessment

    window, controller = make_app()
    installed = controller.library.get("mini")
    new_id = create_assessment(controller.workspace, installed, "Acme Bank").value
    assert controller.open_assessment(new_id)
    assert controller.assessment.session.pack.stored() is installed


def test_the_release_waits_while_a_background_function_runs(qapp, releases, qtbot, monkeypatch):
    # A worker importing a module reads linecache; emptying it under that reader would break the import. What
    # background.working() says is asked here directly (the shared two-worker pool's state after earlier tests is
    # not this test's subject: waiting on a real worker timed out twice in full suites).
    busy = [True]
    monkeypatch.setattr(idle_memory, "working", lambda: busy[0])
    idle_memory.release_when_idle()
    qtbot.wait(idle_memory.IDLE_MS * 3)
    assert releases == []
    busy[0] = False
    qtbot.waitUntil(lambda: len(releases) == 1, timeout=5_000)


def test_background_work_counts_as_working_until_its_function_returns(qtbot, monkeypatch):
    import threading

    from maturity_app.ui import background

    monkeypatch.setattr(background, "_executor", None)  # a pool of its own, free whatever earlier tests left
    go_on = threading.Event()
    task = background.run_task(lambda _task: go_on.wait(10))
    assert task.running and background.working()
    go_on.set()
    assert task.wait(10)
    assert not task.running
    background._executor.shutdown(wait=True)

def test_start_ups_imports_are_let_go_before_the_packs_start_loading(make_app, releases, qtbot, monkeypatch):
    # Released at the first frame, before the worker begins importing the packs' modules, never under it.
    from maturity_app.ui import launch

    order = []
    real = launch.load_packs
    monkeypatch.setattr(launch, "load_packs", lambda: order.append(("load", len(releases))) or real())
    window, controller = make_app()
    qtbot.waitUntil(lambda: bool(order))
    assert order[0] == ("load", 1)


def test_going_home_hands_back_the_database_page_cache_once_idle(make_app, assessment_id, releases, qtbot):
    window, controller = make_app()
    qtbot.waitUntil(lambda: controller._library_future is not None and controller._library_future.done())
    qtbot.waitUntil(lambda: bool(releases))  # start-up's own
    statements = []
    controller.workspace.db.conn.set_trace_callback(statements.append)
    try:
        assert controller.open_assessment(assessment_id)
        window.actions["home"].trigger()
        assert "PRAGMA shrink_memory" not in statements  # not inside Home: once the event loop is idle
        qtbot.waitUntil(lambda: "PRAGMA shrink_memory" in statements)
    finally:
        controller.workspace.db.conn.set_trace_callback(None)
    assert controller.workspace.assessments.list()  # the connection reads on as before


def test_what_is_registered_for_the_release_goes_with_its_object(monkeypatch):
    monkeypatch.setattr(idle_memory, "_also", [])

    class Holder:
        calls = 0

        def release(self):
            Holder.calls += 1

    holder = Holder()
    idle_memory.release_also(holder.release)
    idle_memory.release()
    assert Holder.calls == 1
    del holder
    idle_memory.release()
    assert Holder.calls == 1 and idle_memory._also == []
