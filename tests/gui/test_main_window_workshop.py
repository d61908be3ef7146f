"""Workshop mode reached from the main window: Go → Workshop, rating keys, agree through the session (undo, live
scores), the navigator and the panel in step, presentation mode on F11, and the workshop section in the report."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from maturity_app.storage.workshop_store import WorkshopStore
from maturity_app.ui.navigator_model import QuestionIdRole


@pytest.fixture
def workshop_id(store, mini_pack, packs_dir):
    aid = store.create(mini_pack, "Northwind", scope="Group", mode="workshop")
    room = WorkshopStore(store)
    for role in ("CEO", "CFO", "IT"):
        room.add_participant(aid, role)
    return aid


@pytest.fixture
def in_workshop(make_app, workshop_id, qtbot):
    window, controller = make_app()
    window.start_page.select_id(workshop_id)
    window.start_page.table.setFocus()
    qtbot.keyClick(window.start_page.table, Qt.Key_Return)
    assert window.pages.currentWidget() is window.assessment_page
    return window, controller


def _keys(qtbot, widget, *keys):
    for key in keys:
        qtbot.keyClick(widget, key)


def test_go_workshop_rates_reveals_and_agrees_through_the_session(in_workshop, store, workshop_id, qtbot):
    window, controller = in_workshop
    page = window.assessment_page
    action = window.actions["show_workshop"]
    assert action.isVisible() and action.isEnabled() and action.shortcut().toString() == "Ctrl+4"
    assert page.workshop_button.isVisible()
    qtbot.keyClick(window.focusWidget(), Qt.Key_4, Qt.ControlModifier)
    panel = page.workshop
    assert page.stack.currentWidget() is panel and page.workshop_button.isChecked()
    assert QApplication.focusWidget() is panel
    assert panel.round.question_id == controller.assessment.current == "rec-restore"

    _keys(qtbot, panel, Qt.Key_1, Qt.Key_3, Qt.Key_3)  # three people rate capability: 1, 3, 3
    assert "3 of 3 rated" in panel.spread_label.text()
    qtbot.keyClick(panel, Qt.Key_R)
    assert "Spread 2" in panel.spread_label.text() and "median proposal 3" in panel.spread_label.text()
    qtbot.keyClick(panel, Qt.Key_Return)  # agree on the median
    assert store.answer(workshop_id, "rec-restore").capability == 3
    assert sorted(r.capability for r in WorkshopStore(store).ratings(workshop_id, "rec-restore")) == [1, 3, 3]
    # The agreed level went through the session: live score, undo step, saved indicator.
    session = controller.assessment.session
    assert session.answer("rec-restore").capability == 3
    assert session.undo_stack.undoText() == "Agree in workshop"
    assert window.saved_label.text().startswith("Saved ")
    assert "Agreed: 3" in panel.agreement_label.text()

    window.actions["undo"].trigger()
    assert store.answer(workshop_id, "rec-restore").capability is None
    assert "Not agreed yet" in panel.agreement_label.text()  # the panel reloaded after the undo
    window.actions["redo"].trigger()
    assert store.answer(workshop_id, "rec-restore").capability == 3


def test_alt_number_picks_a_participant_and_ctrl_number_still_switches_pages(in_workshop, qtbot, monkeypatch):
    window, controller = in_workshop
    window.actions["show_workshop"].trigger()
    panel = window.assessment_page.workshop
    qtbot.keyClick(panel, Qt.Key_3, Qt.AltModifier)
    assert panel.round.selected.number == 3
    assert window.assessment_page.stack.currentWidget() is panel
    qtbot.keyClick(panel, Qt.Key_1, Qt.AltModifier)
    assert panel.round.selected.number == 1 and window.assessment_page.stack.currentWidget() is panel
    # The facilitator sees the key on the panel, and the keyboard help says it.
    keys = panel.findChild(QLabel, "workshopKeys").text()
    assert "Alt+number" in keys and "Ctrl+number" not in keys
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text)))
    qtbot.keyClick(panel, Qt.Key_F1)
    assert "Alt+number" in shown[0] and "pick participant" in shown[0]  # the panel's own key list
    # Ctrl+number means the same pages everywhere, the workshop panel included.
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key_3, Qt.ControlModifier)
    assert panel.round.selected.number == 1  # not taken as a participant
    assert window.pages.currentWidget() is controller.compare_page
    qtbot.keyClick(window.focusWidget(), Qt.Key_4, Qt.ControlModifier)
    assert window.assessment_page.stack.currentWidget() is panel and panel.hasFocus()
    qtbot.keyClick(panel, Qt.Key_2, Qt.ControlModifier)
    assert window.assessment_page.stack.currentWidget() is window.assessment_page.dashboard
    window.actions["show_question"].trigger()  # the menu still switches back
    assert window.assessment_page.stack.currentWidget() is window.assessment_page.question_view


def test_panel_follows_the_navigator_and_the_navigator_follows_the_panel(in_workshop, qtbot):
    window, controller = in_workshop
    page = window.assessment_page
    window.actions["show_workshop"].trigger()
    panel = page.workshop
    qtbot.keyClick(panel, Qt.Key_PageDown)
    assert controller.assessment.current == "rec-deps" == panel.round.question_id
    assert page.tree.currentIndex().data(QuestionIdRole) == "rec-deps"
    # A click in the navigator moves the panel and keeps the workshop on screen.
    tree = page.tree
    target = next(tree.model().index(r, 0, tree.model().index(1, 0)) for r in range(1))  # decisions, first question
    assert target.data(QuestionIdRole) == "dec-owner"
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=tree.visualRect(target).center())
    assert controller.assessment.current == "dec-owner" == panel.round.question_id
    assert page.stack.currentWidget() is panel
    assert "question 1 of" in panel.question_label.text()


def test_f11_presents_the_shared_round_and_escape_comes_back(in_workshop, qtbot, store, workshop_id):
    window, controller = in_workshop
    assert window.actions["presentation"].shortcut().toString() == "F11"
    assert window.actions["full_screen"].shortcut().toString() == "Ctrl+Shift+F"
    window.actions["show_workshop"].trigger()
    panel = window.assessment_page.workshop
    qtbot.keyClick(panel, Qt.Key_PageDown)
    window.actions["presentation"].trigger()
    shown = controller.presentation
    assert shown is not None and shown.isVisible()
    assert shown.round is panel.round  # the projector and the facilitator's panel drive one round
    assert shown.title.text() == panel.round.question.title
    qtbot.keyClick(shown, Qt.Key_2)
    qtbot.keyClick(shown, Qt.Key_2)
    qtbot.keyClick(shown, Qt.Key_4)
    qtbot.keyClick(shown, Qt.Key_Return)  # reveal
    assert "Revealed in practice" in shown.status.text()
    qtbot.keyClick(shown, Qt.Key_Return)  # agree
    assert store.answer(workshop_id, "rec-deps").capability == 2
    assert controller.assessment.session.answer("rec-deps").capability == 2
    qtbot.keyClick(shown, Qt.Key_Escape)
    qtbot.waitUntil(lambda: controller.presentation is None)
    assert "Agreed: 2" in panel.agreement_label.text()


def test_self_assessment_presents_the_question_on_screen_without_workshop_page(opened, qtbot):
    window, controller = opened
    assert not window.actions["show_workshop"].isVisible()
    assert not window.assessment_page.workshop_button.isVisible()
    controller.assessment.go_to("dec-owner")
    qtbot.keyClick(window.focusWidget(), Qt.Key_F11)
    shown = controller.presentation
    assert shown is not None and shown.round.question_id == "dec-owner"
    assert shown.status.text().startswith("Recorded: on paper")
    assert not shown.names_box.isVisible()
    qtbot.keyClick(shown, Qt.Key_Right)  # next question, and the main window follows
    assert controller.assessment.current == "dec-exceptions"
    qtbot.keyClick(shown, Qt.Key_F11)
    qtbot.waitUntil(lambda: controller.presentation is None)


def test_presenting_an_unproven_claim_says_what_it_counts_as(opened, qtbot):
    window, controller = opened
    controller.assessment.go_to("dec-owner")
    view = window.assessment_page.question_view
    qtbot.keyClick(view.capability, Qt.Key_3)  # claimed 3, no proof date recorded
    qtbot.keyClick(window.focusWidget(), Qt.Key_F11)
    shown = controller.presentation
    assert "in practice 3 (counted as 1: level 3" in shown.status.text()
    assert "no proof date is recorded" in shown.status.text()
    qtbot.keyClick(shown, Qt.Key_F11)
    qtbot.waitUntil(lambda: controller.presentation is None)


def test_going_home_closes_the_presentation(in_workshop, qtbot):
    window, controller = in_workshop
    window.actions["presentation"].trigger()
    shown = controller.presentation
    window.actions["home"].trigger()
    assert controller.presentation is None and not shown.isVisible()
    assert window.assessment_page.workshop is None and not window.actions["show_workshop"].isVisible()


def test_report_export_gets_the_workshop_summary(in_workshop, monkeypatch, qtbot):
    import sys
    import types

    window, controller = in_workshop
    window.actions["show_workshop"].trigger()
    panel = window.assessment_page.workshop
    _keys(qtbot, panel, Qt.Key_0, Qt.Key_4, Qt.Key_2, Qt.Key_R, Qt.Key_Return)
    seen = []
    fake = types.ModuleType("maturity_app.ui.export_dialog")
    fake.open_export_dialog = lambda parent, assessment, score, extras=None: seen.append(extras)
    monkeypatch.setitem(sys.modules, "maturity_app.ui.export_dialog", fake)
    window.actions["export"].trigger()
    summary = seen[0]["workshop"]
    assert summary.organisation == "Northwind" and "since_last" not in seen[0]
    assert [p.role for p in summary.participants] == ["CEO", "CFO", "IT"]


def test_presenting_again_shows_answers_changed_in_between(opened, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.compliance.setFocus()
    qtbot.keyClick(view.compliance, Qt.Key_3)
    window.actions["presentation"].trigger()
    first = controller.presentation
    assert "on paper 3" in first.status.text()
    window.actions["presentation"].trigger()  # F11 again ends it
    qtbot.waitUntil(lambda: controller.presentation is None)
    view.compliance.setFocus()
    qtbot.keyClick(view.compliance, Qt.Key_1)
    window.actions["presentation"].trigger()
    again = controller.presentation
    assert again is not first and again.round is first.round  # one read-only round per open assessment
    assert "on paper 1" in again.status.text()
    again.close()


def test_exported_pdf_of_a_workshop_has_the_workshop_section(in_workshop, tmp_path, qtbot):
    from gui_helpers import export_report_text

    window, controller = in_workshop
    window.actions["show_workshop"].trigger()
    panel = window.assessment_page.workshop
    _keys(qtbot, panel, Qt.Key_0, Qt.Key_4, Qt.Key_2, Qt.Key_R, Qt.Key_Return)
    target = tmp_path / "workshop.pdf"
    text = export_report_text(window, qtbot, target)
    assert "Workshop: where the mandates disagree" in text
