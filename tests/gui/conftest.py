"""GUI fixtures: a real main window on a temporary database, with the mini pack installed as a user pack."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from gui_helpers import FIXTURES, background_pool_problem

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def packs_dir(isolated_data_dir):
    folder = isolated_data_dir / "packs"
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "mini.yaml", folder / "mini.yaml")
    return folder


@pytest.fixture
def make_app(qtbot, qapp, packs_dir, db_path):
    """Build the real window and controller (as launch() does), show it and make it the active window."""
    built = []

    def make(restore: bool = False):
        from maturity_app.ui.launch import build_app

        window, controller = build_app(db_path, qapp, today=TODAY)
        qtbot.addWidget(window)
        window.resize(1300, 850)
        if restore:
            controller.restore()
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        built.append(controller)
        return window, controller

    yield make
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
# loaded machine), and how long the shared pool may then take to run a trivial function.
LEFT_WORK_SECONDS = 60
FREE_POOL_SECONDS = 10


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

