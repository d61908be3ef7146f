"""The GUI suite's own helpers behave as the tests that use them rely on (a wrong helper fails other tests
at random)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

import gui_helpers
from gui_helpers import stop_waiting_for_dialogs, when_modal


def _box_opened_later(ms: int) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, "Late", "Opened late")
    QTimer.singleShot(ms, box.exec)
    return box


def test_a_dialog_that_opens_after_two_seconds_is_still_answered(qtbot):
    # A count of 200 polls 10 ms apart gave up after two seconds: a start-up error's dialog on a loaded machine
    # opened later than that.
    answered = []
    box = _box_opened_later(2500)
    when_modal(lambda dialog: (answered.append(dialog.text()), dialog.reject()))
    qtbot.waitUntil(lambda: answered == ["Opened late"], timeout=10_000)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_a_poller_whose_dialog_never_opens_is_reported_and_a_stopped_one_answers_nothing(qtbot):
    def never_answered(dialog):
        raise AssertionError(f"answered {dialog}")

    when_modal(never_answered, seconds=0.1)
    qtbot.waitUntil(lambda: gui_helpers._waiting[0]["missed"])
    assert stop_waiting_for_dialogs() == [never_answered.__qualname__]

    when_modal(never_answered)  # left waiting when its test ends: stopped, it must not answer the next dialog
    assert stop_waiting_for_dialogs() == []
    answered = []
    box = _box_opened_later(0)
    when_modal(lambda dialog: (answered.append(dialog.text()), dialog.reject()))
    qtbot.waitUntil(lambda: bool(answered))
    qtbot.waitUntil(lambda: not box.isVisible())
    assert answered == ["Opened late"]
