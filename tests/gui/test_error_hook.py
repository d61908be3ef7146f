"""Unexpected errors reach the user and a log: a dialog with "Copy details", an owner-only rotating log file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication

from gui_helpers import when_modal
from maturity_app.storage.error_log import log_path
from maturity_app.ui.error_dialog import ErrorDialog
from maturity_app.ui.error_hook import install_exception_hook


@pytest.fixture
def hook(qapp):
    installed = install_exception_hook(qapp)
    yield installed
    installed.uninstall()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_menu_action_shows_a_dialog_and_is_logged(opened, hook, qtbot):
    window, _ = opened
    seen = {}

    def broken():
        raise ZeroDivisionError("the menu action divided by zero")

    action = QAction("Broken", window)
    action.triggered.connect(broken)

    def answer(dialog):
        assert isinstance(dialog, ErrorDialog)
        seen["text"] = dialog.message.text()
        qtbot.mouseClick(dialog.copy_button, Qt.LeftButton)
        seen["clipboard"] = QGuiApplication.clipboard().text()
        qtbot.mouseClick(dialog.close_button, Qt.LeftButton)

    when_modal(answer)
    action.trigger()
    qtbot.waitUntil(lambda: "clipboard" in seen)
    assert "ZeroDivisionError: the menu action divided by zero" in seen["text"]
    assert str(log_path()) in seen["text"]
    assert "Traceback" in seen["clipboard"] and "broken" in seen["clipboard"]
    logged = log_path().read_text()
    assert "the menu action divided by zero" in logged
    assert log_path().stat().st_mode & 0o777 == 0o600


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_shown_on_the_ui_thread(qapp, hook, qtbot):
    import threading

    shown = []
    when_modal(lambda dialog: (shown.append(dialog.message.text()), dialog.reject()))
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "ZeroDivisionError" in shown[0]


def test_the_log_rotates(qapp):
    from maturity_app.storage import error_log

    for n in range(120):
        try:
            raise RuntimeError("x" * 20_000 + str(n))
        except RuntimeError as exc:
            error_log.log_exception(type(exc), exc, exc.__traceback__)
    files = sorted(p.name for p in log_path().parent.iterdir())
    assert files[0] == error_log.LOG_NAME and len(files) == 1 + error_log.BACKUP_COUNT
    assert all(p.stat().st_size <= error_log.MAX_BYTES + 25_000 for p in log_path().parent.iterdir())


@pytest.mark.qt_no_exception_capture
def test_a_start_up_error_is_shown_not_a_silent_exit(qapp, qtbot, monkeypatch, tmp_path):
    from maturity_app.ui import launch as launch_module

    def broken_build(*args, **kwargs):
        raise RuntimeError("the window could not be built")

    monkeypatch.setattr(launch_module, "build_app", broken_build)
    shown = []
    when_modal(lambda dialog: (shown.append(dialog.message.text()), dialog.reject()))
    try:
        code = launch_module.launch(db_path=tmp_path / "start.db")
    finally:
        qapp.exception_hook.uninstall()
    assert code == 70
    assert shown and "the window could not be built" in shown[0]
    assert "the window could not be built" in log_path().read_text()
    from maturity_app.storage.instance_lock import _held, lock_path_for

    assert lock_path_for(tmp_path / "start.db") not in _held  # the failed start released its lock
