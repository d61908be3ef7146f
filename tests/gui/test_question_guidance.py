"""What the pack tells an assessor beside the levels: whom to name as owner, and when N/A is the honest answer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from maturity_app.ui.question_view import OWNER_TIP


def test_owner_placeholder_names_the_packs_role_and_na_guidance_shows_where_given(opened, qtbot, store, assessment_id):
    window, controller = opened
    view = window.assessment_page.question_view
    assert view.title.text() == "Restores proven within RTO"  # no owner_role, no N/A guidance in the pack
    assert view.owner.placeholderText() == OWNER_TIP
    assert view.na_hint.isHidden()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget(), Qt.Key_Right, Qt.ControlModifier)
    assert view.title.text() == "Dependencies included"
    assert view.owner.placeholderText() == "A named person, usually the head of IT operations"
    assert view.owner.toolTip() == view.owner.placeholderText()
    assert view.owner.text() == ""  # a placeholder, never a stored owner
    assert not view.na_hint.isHidden()
    assert view.na_hint.text() == ("Not applicable (N) when: No critical service depends on a third party "
                                   "for its recovery.")
    qtbot.keyClick(window.focusWidget(), Qt.Key_Left, Qt.ControlModifier)
    assert view.owner.placeholderText() == OWNER_TIP and view.na_hint.isHidden()
    assert store.answer(assessment_id, "rec-deps").owner == ""

