"""Keys never change an answer unless the help lists them; Ctrl+arrows work from every field; Ctrl+R and Esc return
to the rating sides; Enter presses the default button, on the start page too."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from gui_helpers import when_modal
from maturity_app.ui.keyboard_help import keyboard_help_html


def _help_keys(window) -> str:
    """The keyboard help as F1 shows it."""
    return re.sub(r"<[^>]+>|&nbsp;", " ", keyboard_help_html(window.menuBar()))


def test_only_the_keys_in_the_help_rate_a_side(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    side = view.compliance
    side.setFocus()
    for key in (Qt.Key_Up, Qt.Key_Down, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right, Qt.Key_PageDown, Qt.Key_PageUp,
                Qt.Key_Home, Qt.Key_End, Qt.Key_Space, Qt.Key_Return, Qt.Key_A, Qt.Key_5, Qt.Key_9, Qt.Key_Minus,
                Qt.Key_Plus):
        qtbot.keyClick(side, key)
        assert side.value() is None, key
    assert store.answer(assessment_id, "rec-restore").compliance is None
    assert controller.assessment.session.undo_stack.count() == 0  # nothing was recorded either
    text = _help_keys(window)
    for key, expected, listed in ((Qt.Key_3, 3, "0 – 4"), (Qt.Key_N, "na", "N"), (Qt.Key_Delete, None, "Delete"),
                                  (Qt.Key_1, 1, "0 – 4"), (Qt.Key_Backspace, None, "Backspace")):
        qtbot.keyClick(side, key)
        assert store.answer(assessment_id, "rec-restore").compliance == expected
        assert listed in text
    assert "never rate" in text  # the arrows are documented as what they do instead
    assert "Ctrl+R" in text and "Rate this question" in text


def test_ctrl_arrows_change_question_from_every_field_and_save_what_was_typed(opened, store, assessment_id, qtbot):
    window, controller = opened
    page = window.assessment_page
    view = page.question_view
    fields = [view.owner, view.evidence_note, view.action, view.action_owner, view.proven_on, view.action_due]
    for number, field in enumerate(fields):
        controller.assessment.go_to(["rec-restore", "rec-deps"][number % 2])
        qid = controller.assessment.current
        field.setFocus()
        if field in (view.proven_on, view.action_due):
            field.selectAll()
            qtbot.keyClicks(field, "today")
        else:
            qtbot.keyClicks(field, f"note {number}")
        qtbot.keyClick(field, Qt.Key_Right, Qt.ControlModifier)
        assert controller.assessment.current != qid, field.accessibleName()
        stored = store.answer(assessment_id, qid)
        assert stored.owner or stored.evidence_note or stored.action or stored.action_owner or stored.proven_on \
            or stored.action_due
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Left, Qt.ControlModifier)
        assert controller.assessment.current == qid
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Right, Qt.ControlModifier)
    page.find.setFocus()
    before = controller.assessment.current
    qtbot.keyClick(page.find, Qt.Key_Right, Qt.ControlModifier)
    assert controller.assessment.current != before


def test_alt_arrows_move_by_word_in_text_fields(opened, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.owner.setFocus()
    qtbot.keyClicks(view.owner, "Ana Ruiz Lopez")
    qtbot.keyClick(view.owner, Qt.Key_Left, Qt.AltModifier)
    assert view.owner.cursorPosition() == len("Ana Ruiz ")
    qtbot.keyClick(view.owner, Qt.Key_Left, Qt.AltModifier | Qt.ShiftModifier)
    assert view.owner.selectedText() == "Ruiz "
    view.evidence_note.setFocus()
    qtbot.keyClicks(view.evidence_note, "restore log")
    qtbot.keyClick(view.evidence_note, Qt.Key_Left, Qt.AltModifier)
    assert view.evidence_note.textCursor().position() == len("restore ")
    assert controller.assessment.current == "rec-restore"


def test_ctrl_r_and_esc_return_to_the_side_last_used(opened, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.capability.setFocus()
    qtbot.keyClick(view.capability, Qt.Key_Tab)
    assert window.focusWidget() is view.proof_panel.toggle
    qtbot.keyClick(view.proof_panel.toggle, Qt.Key_Tab)
    assert window.focusWidget() is view.proven_on
    qtbot.keyClick(view.proven_on, Qt.Key_R, Qt.ControlModifier)
    assert window.focusWidget() is view.capability
    view.compliance.setFocus()
    view.evidence_note.setFocus()
    qtbot.keyClicks(view.evidence_note, "seen")
    qtbot.keyClick(view.evidence_note, Qt.Key_Escape)
    assert window.focusWidget() is view.compliance
    qtbot.keyClick(view.compliance, Qt.Key_2)
    assert controller.assessment.session.answer("rec-restore").compliance == 2
    assert controller.assessment.session.answer("rec-restore").evidence_note == "seen"  # saved on the way
    controller.assessment.show_dashboard(True)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key_R, Qt.ControlModifier)
    assert window.assessment_page.current_view() == "question" and window.focusWidget() is view.compliance


def test_enter_on_the_start_page_presses_the_default_button(make_app, qtbot):
    window, controller = make_app()
    empty = window.start_page.empty
    assert empty.isVisible() and window.focusWidget() is empty.new_button  # a first launch: New is the default
    opened = {}

    def cancel(dialog):
        opened["title"] = dialog.windowTitle()
        dialog.reject()

    when_modal(cancel)
    qtbot.keyClick(empty.new_button, Qt.Key_Return)
    assert opened["title"].startswith("New assessment")


def test_enter_presses_a_focused_button_on_the_start_page_with_assessments(make_app, assessment_id, qtbot):
    window, controller = make_app()
    start = window.start_page
    start.table.setFocus()
    qtbot.keyClick(start.table, Qt.Key_Tab)
    assert window.focusWidget() is start.new_button
    opened = {}
    when_modal(lambda dialog: (opened.setdefault("dialog", isinstance(dialog, QDialog)), dialog.reject()))
    qtbot.keyClick(start.new_button, Qt.Key_Enter)
    assert opened == {"dialog": True}
    start.table.setFocus()
    qtbot.keyClick(start.table, Qt.Key_Return)
    assert window.pages.currentWidget() is window.assessment_page
