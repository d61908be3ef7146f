"""Targets, risk acceptances and action status in the desktop app: real clicks and keys, dialogs answered."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox

from gui_helpers import when_modal
from maturity_app.domain.assessment import Answer


def _undo(qtbot, window, widget, redo=False):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key_Z, Qt.ControlModifier | (Qt.ShiftModifier if redo else Qt.NoModifier))


def _open(make_app, store, assessment_id, question="rec-restore"):
    store.save_answer(assessment_id, Answer("rec-restore", 4, 1, action="Full restore test", action_owner="Bob",
                                            action_due=dt.date(2026, 5, 1)))
    store.save_answer(assessment_id, Answer("rec-deps", 3, 1))
    window, controller = make_app()
    controller.open_assessment(assessment_id)
    controller.assessment.go_to(question)
    return window, controller, window.assessment_page.question_view.plan_panel


def _pick(qtbot, combo: QComboBox, text: str):
    """Open the list, move to *text* and press Enter: one choice, one saved step."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    view.setCurrentIndex(combo.model().index(index, 0))
    qtbot.keyClick(view, Qt.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == text


def test_action_status_and_priority_are_saved_and_undone(make_app, store, assessment_id, qtbot):
    from maturity_app.storage.plan_store import PlanStore

    window, controller, panel = _open(make_app, store, assessment_id)
    assert "In the plan within 90 days: open, priority 9 · overdue" == panel.plan_line.text()
    _pick(qtbot, panel.status, "In progress")
    plan = PlanStore(store.db)
    assert plan.action_states(assessment_id)["rec-restore"].status == "in progress"
    assert panel.status.toolTip().endswith("In progress")  # the history, newest last, as the list names it
    panel.priority.setFocus()
    panel.priority.selectAll()
    qtbot.keyClicks(panel.priority, "20")
    qtbot.keyClick(panel.priority, Qt.Key_Return)
    assert plan.action_states(assessment_id)["rec-restore"].priority == 20
    assert panel.plan_line.text() == "In the plan within 90 days: in progress, priority 20 · overdue"
    _undo(qtbot, window, panel.status)
    assert plan.action_states(assessment_id)["rec-restore"].priority is None
    _undo(qtbot, window, panel.status)
    assert plan.action_states(assessment_id)["rec-restore"].status == "open"
    assert [h["status"] for h in plan.action_history(assessment_id)] == ["in progress", "in progress", "in progress",
                                                                         "open"]


def test_a_question_without_an_action_cannot_take_a_status(make_app, store, assessment_id, qtbot):
    window, controller, panel = _open(make_app, store, assessment_id, question="rec-deps")
    assert not panel.status.isEnabled() and not panel.priority.isEnabled()
    assert panel.plan_line.text().startswith("In the plan within 12 months: no action yet")


def test_accepting_a_risk_through_its_dialog_takes_the_gap_out_of_the_plan(make_app, store, assessment_id, qtbot):
    from maturity_app.storage.plan_store import PlanStore

    window, controller, panel = _open(make_app, store, assessment_id, question="rec-deps")

    def fill(dialog):
        dialog.approver.setText("Jane CFO")
        dialog.reason.setPlainText("Budget in 2027")
        dialog.expires.setDate(QDate(2026, 12, 1))
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(panel.accept, Qt.LeftButton)
    accepted = PlanStore(store.db).acceptances(assessment_id)["rec-deps"]
    assert (accepted.approver, accepted.expires_on) == ("Jane CFO", dt.date(2026, 12, 1))
    assert panel.acceptance.text().startswith("Accepted until 1 Dec 2026 · approved by Jane CFO")
    assert panel.plan_line.text() == "Not in the plan while the acceptance runs"

    def no_reason(dialog):
        dialog.approver.setText("Jane")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.LeftButton)

    when_modal(no_reason)
    qtbot.mouseClick(panel.accept, Qt.LeftButton)
    assert "say why" in panel.problem.text()
    qtbot.mouseClick(panel.withdraw, Qt.LeftButton)
    assert PlanStore(store.db).acceptances(assessment_id) == {}
    _undo(qtbot, window, panel.status)
    assert PlanStore(store.db).acceptances(assessment_id)["rec-deps"].approver == "Jane CFO"


def test_board_targets_from_the_dashboard_and_a_question_target(make_app, store, assessment_id, qtbot):
    from maturity_app.storage.plan_store import PlanStore

    window, controller, panel = _open(make_app, store, assessment_id)
    page = window.assessment_page
    qtbot.mouseClick(page.dashboard_button, Qt.LeftButton)
    dash = page.dashboard

    def set_recovery(dialog):
        box = dialog.boxes["recovery"]
        box.setCurrentIndex(box.findData(3))
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.LeftButton)

    when_modal(set_recovery)
    qtbot.mouseClick(dash.targets_button, Qt.LeftButton)
    assert [(t.item_id, t.level) for t in PlanStore(store.db).targets(assessment_id)] == [("recovery", 3)]
    assert dash.counters["below"].text().splitlines()[0] == "1"
    qtbot.mouseClick(dash.counters["below"], Qt.LeftButton)
    assert dash.items.item(0).text().startswith("Tested recovery  —  ")
    assert "points below a target of level 3" in dash.items.item(0).text()
    qtbot.mouseClick(page.question_button, Qt.LeftButton)
    assert panel.target.currentText() == "Domain's (3)"
    _pick(qtbot, panel.target, "Level 4")
    assert ("question", "rec-restore", 4) in {(t.kind, t.item_id, t.level)
                                                for t in PlanStore(store.db).targets(assessment_id)}
    _undo(qtbot, window, panel.status)
    _undo(qtbot, window, panel.status)
    assert PlanStore(store.db).targets(assessment_id) == []


def test_the_compare_page_shows_the_distance_to_target_before_and_now(qtbot, store, mini_pack):
    from maturity_app.app import assessments as assessment_ops
    from maturity_app.app.plan import set_target
    from maturity_app.app.workspace import Workspace
    from maturity_app.storage.cycle_store import CycleStore
    from maturity_app.ui.cycle.compare_page import ComparePage

    ws = Workspace(store.db)
    old = store.create(mini_pack, "Acme")
    store.save_answer(old, Answer("rec-restore", 4, 1))
    set_target(ws, old, "recovery", 2)
    new = assessment_ops.reassess(ws, old, mini_pack).value.new_id
    store.save_answer(new, Answer("rec-restore", 4, 2, proven_on=dt.date.today()))
    page = ComparePage(CycleStore(store))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_subject(new)
    assert page.targets.isVisible()
    assert page.targets.text() == ("Against the board's targets · Tested recovery: 25 below → on target "
                                   "(target level 2)")


def test_stepping_through_statuses_with_the_arrow_keys_is_one_undo_step(make_app, store, assessment_id, qtbot):
    from maturity_app.storage.plan_store import PlanStore

    window, controller, panel = _open(make_app, store, assessment_id)
    panel.status.setFocus()
    qtbot.keyClick(panel.status, Qt.Key_Down)  # in progress
    qtbot.keyClick(panel.status, Qt.Key_Down)  # done
    plan = PlanStore(store.db)
    assert plan.action_states(assessment_id)["rec-restore"].status == "done"
    _undo(qtbot, window, panel.status)
    assert plan.action_states(assessment_id)["rec-restore"].status == "open"
    _undo(qtbot, window, panel.status, redo=True)
    assert plan.action_states(assessment_id)["rec-restore"].status == "done"
