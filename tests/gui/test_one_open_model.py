"""One open assessment, one model: the projector follows the main window, the escalation swap is all-or-nothing,
and every step a user can take by mistake is undone and redone with Ctrl+Z / Ctrl+Shift+Z, each step saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gui_helpers import when_modal
from maturity_app.domain.assessment import Answer
from maturity_app.domain.errors import MaturityError
from maturity_app.storage.cycle_store import CycleStore
from maturity_app.domain.workshop import SEAT_ORDER
from maturity_app.storage.workshop_store import WorkshopStore


def _ctrl(qtbot, window, key, shift=False):
    window.activateWindow()  # offscreen has no window manager to reactivate the window after a modal dialog
    qtbot.waitUntil(window.isActiveWindow)
    mods = Qt.ControlModifier | (Qt.ShiftModifier if shift else Qt.NoModifier)
    qtbot.keyClick(window.focusWidget() or window, key, mods)


def test_presentation_follows_edits_and_moves_made_in_the_main_window(opened, qtbot):
    window, controller = opened
    controller.assessment.go_to("rec-restore")
    window.actions["presentation"].trigger()
    shown = controller.presentation
    assert shown.round.question_id == "rec-restore" and "on paper —" in shown.status.text()
    # The facilitator keeps typing in the main window while the projector shows the question.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.assessment_page.question_view
    view.compliance.setFocus()
    qtbot.keyClick(view.compliance, Qt.Key_3)
    assert "on paper 3" in shown.status.text()
    assert shown.compliance_side.anchors[3].property("picked")
    _ctrl(qtbot, window, Qt.Key_Right)  # next question in the main window
    assert controller.assessment.current == "rec-deps"
    assert shown.round.question_id == "rec-deps" and "Dependencies included" in shown.title.text()
    view.capability.setFocus()
    qtbot.keyClick(view.capability, Qt.Key_2)
    assert "in practice 2" in shown.status.text()
    _ctrl(qtbot, window, Qt.Key_Z)  # undo in the main window: the projector takes it back too
    assert "in practice —" in shown.status.text()
    shown.close()


@pytest.fixture
def full_budget(store, assessment_id):
    for qid in ("dec-owner", "cul-near-miss"):
        store.save_answer(assessment_id, Answer(qid, compliance=4, capability=1, escalate=True, decision=f"Decide {qid}"))
    return assessment_id


def test_a_failing_swap_changes_nothing_and_says_so(make_app, store, full_budget, qtbot, monkeypatch):
    window, controller = make_app()
    controller.open_assessment(full_budget, "rec-restore")
    workspace_store = controller.workspace.assessments
    real_save = workspace_store.save_answer

    def fails_on_the_add(assessment_id, answer):
        if answer.question_id == "rec-restore":
            raise MaturityError("disk I/O error (injected)")
        return real_save(assessment_id, answer)

    monkeypatch.setattr(workspace_store, "save_answer", fails_on_the_add)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    history = len(store.history(full_budget))

    def choose(dialog):
        dialog.select("dec-owner")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)

    when_modal(choose)
    view = window.assessment_page.question_view
    qtbot.mouseClick(view.escalate, Qt.LeftButton)
    assert [store.answer(full_budget, q).escalate for q in ("dec-owner", "cul-near-miss", "rec-restore")] == [
        True, True, False]  # the drop was rolled back with the failed add
    assert len(store.history(full_budget)) == history
    assert sorted(controller.assessment.session.escalated_ids()) == ["cul-near-miss", "dec-owner"]  # the model too
    assert not view.escalate.isChecked()
    assert "Escalation moved" not in window.statusBar().currentMessage()
    assert len(warnings) == 1 and "injected" in warnings[0] and "nothing changed" in warnings[0]
    assert not window.actions["undo"].isEnabled()  # nothing happened, so there is nothing to undo


def test_confirm_as_is_is_undone_and_redone(make_app, store, assessment_id, mini_pack, qtbot):
    from maturity_app.app.workspace import Workspace
    from maturity_app.app.assessments import reassess

    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1))
    new_id = reassess(Workspace(store.db), assessment_id, mini_pack, prefill=True).value.new_id
    window, controller = make_app()
    controller.open_assessment(new_id, "rec-restore")
    view = window.assessment_page.question_view
    qtbot.mouseClick(view.confirm_button, Qt.LeftButton)
    assert CycleStore(store).to_confirm(new_id) == []
    assert window.actions["undo"].text() == "&Undo Confirm as is"
    _ctrl(qtbot, window, Qt.Key_Z)
    assert CycleStore(store).to_confirm(new_id) == ["rec-restore"]
    assert view.confirm_button.isVisible()
    _ctrl(qtbot, window, Qt.Key_Z, shift=True)
    assert CycleStore(store).to_confirm(new_id) == [] and not view.confirm_button.isVisible()


def test_changing_a_prefilled_answer_and_undoing_it_asks_for_confirmation_again(make_app, store, assessment_id,
                                                                                mini_pack, qtbot):
    from maturity_app.app.workspace import Workspace
    from maturity_app.app.assessments import reassess

    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1))
    new_id = reassess(Workspace(store.db), assessment_id, mini_pack, prefill=True).value.new_id
    window, controller = make_app()
    controller.open_assessment(new_id, "rec-restore")
    view = window.assessment_page.question_view
    view.capability.setFocus()
    qtbot.keyClick(view.capability, Qt.Key_2)
    assert CycleStore(store).to_confirm(new_id) == []
    _ctrl(qtbot, window, Qt.Key_Z)
    assert store.answer(new_id, "rec-restore").capability == 1
    assert CycleStore(store).to_confirm(new_id) == ["rec-restore"] and view.confirm_button.isVisible()


@pytest.fixture
def in_workshop(make_app, store, mini_pack, packs_dir, qtbot):
    aid = store.create(mini_pack, "Northwind", mode="workshop")
    window, controller = make_app()
    controller.open_assessment(aid)
    window.actions["show_workshop"].trigger()
    return window, controller, aid


def test_workshop_steps_are_undone_one_by_one(in_workshop, store, qtbot, monkeypatch):
    window, controller, aid = in_workshop
    panel = window.assessment_page.workshop
    room = WorkshopStore(store)
    for role in ("Legal", "IT"):
        panel.role_box.setFocus()
        qtbot.keyClicks(panel.role_box.lineEdit(), role)
        qtbot.keyClick(panel.role_box.lineEdit(), Qt.Key_Return)
    assert [p.role for p in room.participants(aid)] == ["Legal", "IT"]
    panel.round.set_order(SEAT_ORDER)  # the keys below rate in seat order (the default is a shuffle)
    panel.setFocus()
    for key in (Qt.Key_3, Qt.Key_1, Qt.Key_R, Qt.Key_Return):  # Legal 3, IT 1, reveal, agree on the median
        qtbot.keyClick(panel, key)
    agreed = store.answer(aid, "rec-restore").capability
    assert agreed is not None
    legal, it = room.participants(aid)

    _ctrl(qtbot, window, Qt.Key_Z)  # the agreement
    assert store.answer(aid, "rec-restore").capability is None
    assert "Not agreed yet" in panel.agreement_label.text()
    _ctrl(qtbot, window, Qt.Key_Z)  # IT's rating
    assert room.rating(it.id, "rec-restore").capability is None
    assert room.rating(legal.id, "rec-restore").capability == 3
    assert panel.table.model().index(1, 2).data() == "—"  # the panel shows it at once (revealed)
    _ctrl(qtbot, window, Qt.Key_Z, shift=True)  # redo IT's rating
    assert room.rating(it.id, "rec-restore").capability == 1
    _ctrl(qtbot, window, Qt.Key_Z)
    _ctrl(qtbot, window, Qt.Key_Z)  # Legal's rating
    assert room.rating(legal.id, "rec-restore").capability is None
    _ctrl(qtbot, window, Qt.Key_Z)  # adding IT
    assert [p.role for p in room.participants(aid)] == ["Legal"]
    assert panel.table.model().rowCount() == 1
    _ctrl(qtbot, window, Qt.Key_Z, shift=True)  # IT is back, in the same seat
    assert [(p.number, p.role) for p in room.participants(aid)] == [(1, "Legal"), (2, "IT")]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.round.select_row(0)
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    assert [p.role for p in room.participants(aid)] == ["IT"]
    assert window.actions["undo"].text() == "&Undo Remove Legal"
    _ctrl(qtbot, window, Qt.Key_Z)
    assert [p.role for p in room.participants(aid)] == ["Legal", "IT"]
    assert panel.table.model().rowCount() == 2


def test_an_undo_that_cannot_be_saved_keeps_the_stack_in_step_with_the_database(opened, store, assessment_id,
                                                                                 qtbot, monkeypatch):
    window, controller = opened
    view = window.assessment_page.question_view
    view.compliance.setFocus()
    qtbot.keyClick(view.compliance, Qt.Key_3)
    stack = controller.assessment.session.undo_stack
    assert stack.index() == 1

    def disk_full(*_args, **_kwargs):
        raise MaturityError("database or disk is full")

    monkeypatch.setattr(controller.workspace.assessments, "save_answer", disk_full)
    _ctrl(qtbot, window, Qt.Key_Z)
    assert "Could not save: database or disk is full" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: stack.index() == 1)  # the step is still done, as in the database
    assert store.answer(assessment_id, "rec-restore").compliance == 3
    assert controller.assessment.session.answer("rec-restore").compliance == 3
    monkeypatch.undo()
    _ctrl(qtbot, window, Qt.Key_Z)  # once the disk has room, undo works
    assert store.answer(assessment_id, "rec-restore").compliance is None and stack.index() == 0
