"""What a field shows is what is saved: completers, every text field, and dates typed the way people type them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from maturity_app.domain.assessment import Answer
from maturity_app.ui.question_view import SAVE_DELAY_MS

LONG_NAME = "Head of IT Infrastructure (M. Okafor)"


@pytest.fixture
def with_names(make_app, store, assessment_id):
    store.save_answer(assessment_id, Answer("dec-owner", owner=LONG_NAME, action_owner="Head of Risk (J. Berg)"))
    window, controller = make_app()
    controller.open_assessment(assessment_id, "rec-restore")
    return window, controller


@pytest.mark.parametrize("field", ["owner", "action_owner"])
def test_a_name_picked_from_the_completer_is_the_name_saved(with_names, store, assessment_id, qtbot, field):
    window, controller = with_names
    view = window.assessment_page.question_view
    edit = getattr(view, field)
    edit.setFocus()
    qtbot.keyClicks(edit, "Head")
    # The typing pause saves "Head" first, as it did in the report (waited for, not timed: a loaded machine runs
    # the pause's timer late).
    qtbot.waitUntil(lambda: getattr(store.answer(assessment_id, "rec-restore"), field) == "Head", timeout=10_000)
    popup = edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert LONG_NAME in shown
    for _ in range(shown.index(LONG_NAME) + 1):
        qtbot.keyClick(popup, Qt.Key_Down)
    qtbot.keyClick(popup, Qt.Key_Return)
    assert edit.text() == LONG_NAME
    qtbot.keyClick(edit, Qt.Key_Tab)
    assert window.focusWidget() is not edit
    assert getattr(store.answer(assessment_id, "rec-restore"), field) == edit.text() == LONG_NAME


def test_every_text_field_saves_exactly_what_it_shows(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    qtbot.mouseClick(view.escalate, Qt.LeftButton)  # the decision box takes text once escalated
    typed = {"owner": "Ana Ruiz ", "evidence_note": "Restore log 2026-05, ticket #4411", "action": "Time a restore",
             "action_owner": "Joris  de Wit", "decision": "Fund the second site"}
    for field, text in typed.items():
        edit = getattr(view, field)
        edit.setFocus()
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key_Tab)
    stored = store.answer(assessment_id, "rec-restore")
    for field, text in typed.items():
        assert getattr(stored, field) == view.field_value(field) == text, field


@pytest.mark.parametrize("typed", ["28 Mar 2025", "28.03.2025", "2025-03-28", "28/03/2025", "March 28, 2025"])
def test_dates_typed_over_never_are_read_and_saved(opened, store, assessment_id, qtbot, typed):
    window, controller = opened
    view = window.assessment_page.question_view
    field = view.proven_on
    assert field.text() == "never"
    qtbot.mouseClick(field, Qt.LeftButton)  # a click into "never": typing replaces it
    qtbot.wait(10)
    qtbot.keyClicks(field, typed)
    assert window.focusWidget() is field  # spaces were typed, not sent to the "Never" button
    qtbot.keyClick(field, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").proven_on == dt.date(2025, 3, 28)
    assert field.text() == "28 Mar 2025"
    assert view.proven_on_error.isHidden()


def test_slashed_dates_follow_the_locale(opened, store, assessment_id, qtbot):
    from PySide6.QtCore import QLocale

    window, controller = opened
    view = window.assessment_page.question_view
    view.action_due.setLocale(QLocale(QLocale.English, QLocale.UnitedStates))
    view.action_due.setFocus()
    qtbot.keyClicks(view.action_due, "03/28/2025")
    qtbot.keyClick(view.action_due, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").action_due == dt.date(2025, 3, 28)
    view.action_due.setLocale(QLocale(QLocale.English, QLocale.UnitedKingdom))
    view.action_due.setFocus()
    view.action_due.selectAll()
    qtbot.keyClicks(view.action_due, "04/03/2025")
    qtbot.keyClick(view.action_due, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").action_due == dt.date(2025, 3, 4)


@pytest.fixture
def proven_in_january(make_app, store, assessment_id):
    store.save_answer(assessment_id, Answer("rec-restore", proven_on=dt.date(2026, 1, 10)))
    window, controller = make_app()
    controller.open_assessment(assessment_id, "rec-restore")
    return window, controller


def test_up_then_spaces_never_press_the_never_button(proven_in_january, store, assessment_id, qtbot):
    window, controller = proven_in_january
    view = window.assessment_page.question_view
    view.proven_on.setFocus()
    qtbot.keyClick(view.proven_on, Qt.Key_Up)
    view.proven_on.selectAll()
    for key in ("2", "8", " ", " ", "M", "a", "r", " ", "2", "0", "2", "5"):
        qtbot.keyClick(QApplication.focusWidget(), key)
    assert QApplication.focusWidget() is view.proven_on
    assert view.proven_on.text() == "28  Mar 2025"
    qtbot.keyClick(view.proven_on, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").proven_on == dt.date(2025, 3, 28)


def test_a_date_that_cannot_be_read_says_so_and_is_not_saved(proven_in_january, store, assessment_id, qtbot):
    window, controller = proven_in_january
    view = window.assessment_page.question_view
    view.proven_on.setFocus()
    view.proven_on.selectAll()
    qtbot.keyClicks(view.proven_on, "31 Feb 2025")
    qtbot.wait(SAVE_DELAY_MS + 100)
    assert view.proven_on_error.isHidden()  # no error while still typing
    qtbot.keyClick(view.proven_on, Qt.Key_Tab)
    assert view.proven_on_error.isVisible()
    assert "'31 Feb 2025' is not a date in the calendar" in view.proven_on_error.text()
    assert view.proven_on.text() == "31 Feb 2025"  # kept for correcting, not dropped
    assert view.proven_on.property("invalid") is True
    assert view.proven_on.accessibleDescription() == view.proven_on_error.text()
    assert store.answer(assessment_id, "rec-restore").proven_on == dt.date(2026, 1, 10)
    view.proven_on.setFocus()
    view.proven_on.end(False)
    qtbot.keyClicks(view.proven_on, "x")
    assert view.proven_on_error.isVisible()  # still no date
    view.proven_on.setCursorPosition(1)
    qtbot.keyClick(view.proven_on, Qt.Key_Delete)
    qtbot.keyClick(view.proven_on, Qt.Key_End)
    qtbot.keyClick(view.proven_on, Qt.Key_Backspace)
    assert view.proven_on.text() == "3 Feb 2025"
    assert view.proven_on_error.isHidden()  # the error leaves as soon as the text reads as a date
    qtbot.keyClick(view.proven_on, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").proven_on == dt.date(2025, 2, 3)


def test_an_unreadable_date_left_behind_is_reported_in_the_status_bar(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.proven_on.setFocus()
    qtbot.keyClicks(view.proven_on, "soon")
    window.actions["next"].trigger()
    assert "Proof date not saved" in window.statusBar().currentMessage()
    assert store.answer(assessment_id, "rec-restore").proven_on is None


def test_today_and_never_words_and_the_calendar(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.action_due.setFocus()
    qtbot.keyClicks(view.action_due, "today")
    qtbot.keyClick(view.action_due, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").action_due == dt.date(2026, 6, 1)
    view.action_due.setFocus()
    view.action_due.selectAll()
    qtbot.keyClicks(view.action_due, "none")
    qtbot.keyClick(view.action_due, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").action_due is None
    assert view.action_due.text() == "none"
    view.proven_on.setFocus()
    qtbot.keyClick(view.proven_on, Qt.Key_Down, Qt.AltModifier)
    calendar = QApplication.activePopupWidget()
    assert calendar is not None and calendar.selectedDate().toPython() == dt.date(2026, 6, 1)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key_Left)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key_Return)
    assert store.answer(assessment_id, "rec-restore").proven_on == dt.date(2026, 5, 31)
    assert view.proven_on.text() == "31 May 2026"


@pytest.mark.parametrize("field", ["owner", "action_owner"])
def test_a_pasted_name_with_breaks_and_controls_shows_and_saves_as_one_clean_line(opened, store, assessment_id,
                                                                                 qtbot, field):
    window, controller = opened
    view = window.assessment_page.question_view
    edit = getattr(view, field)
    QApplication.clipboard().setText("Ana\tRuiz\r\n(CISO)\x07\x1b")
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key_V, Qt.ControlModifier)
    assert "\t" in edit.text()  # the paste arrived as it was
    qtbot.keyClick(edit, Qt.Key_Tab)
    assert edit.text() == "Ana Ruiz (CISO)"
    assert getattr(store.answer(assessment_id, "rec-restore"), field) == edit.text()
