"""GUI fixtures: a real main window on a temporary database, with the mini pack installed as a user pack."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from gui_helpers import FIXTURES, MODAL_WAIT_SECONDS, background_pool_problem, stop_waiting_for_dialogs

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def packs_dir(isolated_data_dir):
    folder = isolated_data_dir / "packs"
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "mini.yaml", folder / "mini.yaml")
    return folder


@pytest.fixture
def make_app(qtbot, qapp, packs_dir, db_path):
    """Build the real window and controller (as launch() does), show it and make it the active window; with
    ``shown=False`` the window is left as built, before its first frame."""
    built = []

    def make(restore: bool = False, shown: bool = True):
        from maturity_app.ui.launch import build_app

        window, controller = build_app(db_path, qapp, today=TODAY)
        qtbot.addWidget(window)
        built.append(controller)
        window.resize(1300, 850)
        if restore:
            controller.restore()
        if not shown:
            return window, controller
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        # As a user meets it: what waits for the first frame (the menus' contents) is there a moment after it.
        # (tests/gui/test_menus_after_first_frame.py covers the moment before.)
        qtbot.waitUntil(lambda: window.menus_built)
        return window, controller

    yield make
    # pytest-qt has closed the windows and asked Qt to delete them later, which Qt does at the next wait: inside
    # the next test, where a window's timers (its first-frame fallback) ran on this test's closed database. So
    # they are deleted now, before their databases close.
    from PySide6.QtCore import QEvent

    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for controller in built:
        controller.workspace.close()


@pytest.fixture
def assessment_id(store, mini_pack, packs_dir):
    return store.create(mini_pack, "Acme Bank", scope="Group", assessor="Dana", escalation_budget=2)


@pytest.fixture
def opened(make_app, assessment_id):
    window, controller = make_app()
    controller.open_assessment(assessment_id)
    return window, controller


@pytest.fixture
def german(isolated_data_dir):
    """The interface language set to Deutsch in Settings, as a user does (read when the window is built)."""
    from maturity_app.ui.app_settings import AppSettings, save_settings, settings_path

    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    assert save_settings(AppSettings(language="de"), settings_path())


# How long the work a test started may take to end once the test is over (a pack library load or a report on a
# loaded machine), and how long the shared pool may then take to run a trivial function: well inside the
# per-test timeout (pyproject), which would stop the whole run instead of failing this one test by name.
LEFT_WORK_SECONDS = 20
FREE_POOL_SECONDS = 5


@pytest.fixture(autouse=True)
def background_pool_left_free(request, isolated_data_dir):
    """After every GUI test, once its windows are gone and before its data folder is given back (so no leftover
    work reads or writes another test's folder, or the real one): the work it started on the app's two
    background workers has ended, and the pool runs new work at once. A test that leaves work stuck fails here,
    by name, with what the workers are doing, instead of a later test timing out behind it."""
    yield
    problem = background_pool_problem(LEFT_WORK_SECONDS, FREE_POOL_SECONDS)
    if problem:
        pytest.fail(f"{request.node.nodeid} left the app's background pool {problem}", pytrace=False)


@pytest.fixture(autouse=True)
def dialog_pollers_end_with_their_test(request):
    """when_modal's pollers stop when the test that started them ends (a late one answered the next test's dialog
    otherwise); one whose dialog never opened fails its test by name."""
    yield
    missed = stop_waiting_for_dialogs()
    if missed:
        pytest.fail(f"{request.node.nodeid}: no modal dialog opened for {', '.join(missed)} "
                    f"within {MODAL_WAIT_SECONDS} s", pytrace=False)


@pytest.fixture(autouse=True)
def launch_leaves_no_app_wide_hooks(qapp):
    """launch() installs the app-wide error hook and its own garbage-collection guard for the rest of the process;
    a test that runs it must not hand them on to later tests: a worker's error in some later test would open a
    modal error dialog nobody answers, and a second guard freezes whatever that later test has alive."""
    import gc

    hook_before, guard_before = getattr(qapp, "exception_hook", None), getattr(qapp, "gc_guard", None)
    yield
    hook = getattr(qapp, "exception_hook", None)
    if hook is not None and hook is not hook_before:
        hook.uninstall()
        qapp.exception_hook = hook_before
    guard = getattr(qapp, "gc_guard", None)
    if guard is not None and guard is not guard_before:
        guard.stop()
        gc.disable()  # the session's guard (tests/conftest.py) stays in charge
        qapp.gc_guard = guard_before
        guard.deleteLater()


@pytest.fixture(autouse=True)
def what_a_test_deleted_later_is_gone_when_it_ends(qapp):
    """Windows a test closed (pytest-qt, or launch() itself) are deleted later, by Qt's next wait: otherwise inside
    the next test, with their timers and event handlers running on that test's time and this test's data."""
    yield
    from PySide6.QtCore import QEvent

    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
