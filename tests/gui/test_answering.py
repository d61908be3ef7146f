"""Answering by keyboard and mouse: navigation, undo/redo through the store, the stale cap, the escalation budget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui_helpers import when_modal
from maturity_app.domain.assessment import Answer


def _ctrl(qtbot, window, key, shift=False):
    window.activateWindow()  # offscreen has no window manager to reactivate the window after a modal dialog
    qtbot.waitUntil(window.isActiveWindow)
    mods = Qt.ControlModifier | (Qt.ShiftModifier if shift else Qt.NoModifier)
    qtbot.keyClick(window.focusWidget() or window, key, mods)


def test_one_sitting_by_keyboard_answers_questions_in_order(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    assert window.focusWidget() is view.compliance  # opening puts the keyboard on the first side
    for compliance, capability in ((4, 1), (3, 3), (2, 0)):
        qtbot.keyClick(window.focusWidget(), Qt.Key_0 + compliance)
        qtbot.keyClick(window.focusWidget(), Qt.Key_Tab)
        qtbot.keyClick(window.focusWidget(), Qt.Key_0 + capability)
        _ctrl(qtbot, window, Qt.Key_Right)
    answers = {q: store.answer(assessment_id, q) for q in ("rec-restore", "rec-deps", "dec-owner")}
    assert [(a.compliance, a.capability) for a in answers.values()] == [(4, 1), (3, 3), (2, 0)]
    assert controller.assessment.current == "dec-exceptions"
    assert view.title.text() == "Exceptions expire"
    _ctrl(qtbot, window, Qt.Key_Left)
    assert view.title.text() == "Named risk owners"
    assert view.compliance.value() == 2 and view.capability.value() == 0


def test_gap_meter_grows_as_practice_trails_paper(opened, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    meter = window.assessment_page.meter
    assert meter.text() == "draft — 0 of 5 answered; no answers yet"
    qtbot.keyClick(view.compliance, Qt.Key_4)
    qtbot.keyClick(view.capability, Qt.Key_1)
    assert meter.text() == "draft — 1 of 5 answered; paper 100, practice 25, gap +75 points"
    qtbot.keyClick(view.capability, Qt.Key_0)
    assert meter.text() == "draft — 1 of 5 answered; paper 100, practice 0, gap +100 points"


def test_undo_and_redo_write_each_step_back_through_the_store(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    qtbot.keyClick(view.compliance, Qt.Key_3)
    qtbot.keyClick(view.compliance, Qt.Key_4)
    assert store.answer(assessment_id, "rec-restore").compliance == 4
    assert window.actions["undo"].text() == "&Undo Compliance 4"
    _ctrl(qtbot, window, Qt.Key_Z)
    assert store.answer(assessment_id, "rec-restore").compliance == 3
    assert view.compliance.value() == 3
    _ctrl(qtbot, window, Qt.Key_Z)
    assert store.answer(assessment_id, "rec-restore").compliance is None
    assert not window.actions["undo"].isEnabled()
    _ctrl(qtbot, window, Qt.Key_Z, shift=True)
    assert store.answer(assessment_id, "rec-restore").compliance == 3
    assert view.compliance.cards[3].property("selected") is True
    history = [h["answer"]["compliance"] for h in store.history(assessment_id, "rec-restore")]
    assert history == [3, 4, 3, None, 3]  # every undo and redo step was saved at once


def test_undo_of_a_change_on_another_question_shows_that_question(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    qtbot.keyClick(view.compliance, Qt.Key_2)
    _ctrl(qtbot, window, Qt.Key_Right)
    assert view.title.text() == "Dependencies included"
    _ctrl(qtbot, window, Qt.Key_Z)
    assert view.title.text() == "Restores proven within RTO"
    assert store.answer(assessment_id, "rec-restore").compliance is None


def test_typing_in_one_field_is_one_undo_step(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.owner.setFocus()
    qtbot.keyClicks(view.owner, "Mar")
    view.flush()
    qtbot.keyClicks(view.owner, "ta")
    qtbot.keyClick(view.owner, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").owner == "Marta"
    view.compliance.setFocus()
    _ctrl(qtbot, window, Qt.Key_Z)
    assert store.answer(assessment_id, "rec-restore").owner == ""
    assert view.owner.text() == ""


def test_owner_completion_offers_names_used_in_this_assessment(make_app, store, assessment_id, qtbot):
    store.save_answer(assessment_id, Answer("dec-owner", owner="Priya Raman"))
    window, controller = make_app()
    controller.open_assessment(assessment_id)
    view = window.assessment_page.question_view
    view.owner.setFocus()
    qtbot.keyClicks(view.owner, "pri")
    completer = view.owner.completer()
    assert completer.currentCompletion() == "Priya Raman"


def test_stale_claim_says_why_it_is_capped_and_never_proof_button_clears_the_date(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    assert view.capped.isHidden()
    qtbot.keyClick(view.capability, Qt.Key_4)
    assert view.capped.isVisible()
    assert "no proof date is recorded" in view.capped.text()
    view.proven_on.setFocus()
    qtbot.keyClicks(view.proven_on, "today")
    qtbot.keyClick(view.proven_on, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").proven_on == dt.date(2026, 6, 1)  # the session's today
    assert view.proven_on.text() == "1 Jun 2026"
    assert view.capped.isHidden()  # fresh proof: the claim counts in full
    qtbot.mouseClick(view.proof_never, Qt.LeftButton)
    assert store.answer(assessment_id, "rec-restore").proven_on is None
    assert view.proven_on.text() == "never"
    assert view.capped.isVisible()


def test_a_proof_date_in_the_future_is_refused_with_a_clear_message(opened, store, assessment_id, qtbot,
                                                                   monkeypatch):
    from maturity_app.ui import assessment_controller

    warnings = []
    monkeypatch.setattr(assessment_controller.QMessageBox, "warning",
                        lambda parent, title, text: warnings.append((title, text)))
    window, controller = opened
    view = window.assessment_page.question_view
    qtbot.keyClick(view.capability, Qt.Key_4)
    view.proven_on.setFocus()
    qtbot.keyClicks(view.proven_on, "31 Dec 2999")
    qtbot.keyClick(view.proven_on, Qt.Key_Tab)
    assert warnings and warnings[0][0] == "Not saved"
    assert "proof date 2999-12-31 is in the future" in warnings[0][1]
    assert store.answer(assessment_id, "rec-restore").proven_on is None  # nothing half-saved
    assert view.proven_on.text() == "never"  # the view shows what is stored again
    assert "counted as 1" in view.capped.text()


def test_remediation_fields_are_saved(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.action.setFocus()
    qtbot.keyClicks(view.action, "Run a timed restore")
    qtbot.keyClick(view.action, Qt.Key_Tab)  # Tab leaves the box instead of typing a tab
    assert window.focusWidget() is view.action_owner
    qtbot.keyClicks(view.action_owner, "Joris")
    qtbot.keyClick(view.action_owner, Qt.Key_Tab)
    stored = store.answer(assessment_id, "rec-restore")
    assert (stored.action, stored.action_owner) == ("Run a timed restore", "Joris")


def test_context_shows_consequence_and_reference_titles(opened):
    window, controller = opened
    view = window.assessment_page.question_view
    assert "ransomware" in view.consequence.text()
    assert "A.5.30" in view.references.text() and "ICT readiness" in view.references.text()
    assert "RC.RP-03" in view.references.text()
    # the pack's reason for citing A.5.30, which NIST's CSF 2.0 mapping pairs with no outcome
    assert "Why these references" in view.references.text() and "timed restore is the test" in view.references.text()
    assert view.capability.cards[3].anchor_text == "A full restore met its RTO in the last 12 months, timings recorded."
    assert view.compliance.cards[3].anchor_text == "Approved with evidence on file."
    assert "A full restore met its RTO in the last 12 months, timings recorded." in view.capability.cards[3].body.text()


def _escalate(store, assessment_id, qid):
    store.save_answer(assessment_id, Answer(qid, compliance=4, capability=1, escalate=True, decision=f"Decide {qid}"))


def test_escalating_within_budget(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    qtbot.mouseClick(view.escalate, Qt.LeftButton)
    assert store.answer(assessment_id, "rec-restore").escalate is True
    assert view.budget.text() == "Escalations used: 1 of 2"
    assert window.focusWidget() is view.escalate  # no unannounced jump: the decision box is the next Tab
    assert "Tab to the proposed decision" in window.statusBar().currentMessage()
    qtbot.keyClick(view.escalate, Qt.Key_Tab)
    assert window.focusWidget() is view.decision
    qtbot.keyClicks(view.decision, "Fund a restore test")
    qtbot.keyClick(view.decision, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").decision == "Fund a restore test"


def test_budget_dialog_swaps_an_escalation_and_undo_restores_both(make_app, store, assessment_id, qtbot):
    _escalate(store, assessment_id, "dec-owner")
    _escalate(store, assessment_id, "cul-near-miss")
    window, controller = make_app()
    controller.open_assessment(assessment_id, "rec-restore")
    view = window.assessment_page.question_view
    seen = {}

    def choose(dialog):
        seen["choices"] = [radio.text() for radio in dialog.choices.values()]
        dialog.select("dec-owner")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)

    when_modal(choose)
    qtbot.mouseClick(view.escalate, Qt.LeftButton)
    assert seen["choices"] == ["Near misses reported", "Named risk owners"]
    assert store.answer(assessment_id, "rec-restore").escalate is True
    assert store.answer(assessment_id, "dec-owner").escalate is False
    assert store.answer(assessment_id, "cul-near-miss").escalate is True
    assert view.escalate.isChecked()
    _ctrl(qtbot, window, Qt.Key_Z)  # the swap is one step
    assert store.answer(assessment_id, "rec-restore").escalate is False
    assert store.answer(assessment_id, "dec-owner").escalate is True


def test_budget_dialog_cancel_keeps_everything(make_app, store, assessment_id, qtbot):
    _escalate(store, assessment_id, "dec-owner")
    _escalate(store, assessment_id, "cul-near-miss")
    window, controller = make_app()
    controller.open_assessment(assessment_id, "rec-restore")
    view = window.assessment_page.question_view
    when_modal(lambda dialog: qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Cancel), Qt.LeftButton))
    qtbot.mouseClick(view.escalate, Qt.LeftButton)
    assert not view.escalate.isChecked()
    assert store.answer(assessment_id, "rec-restore").escalate is False
    assert [store.answer(assessment_id, q).escalate for q in ("dec-owner", "cul-near-miss")] == [True, True]


def test_no_key_is_bound_twice_so_none_is_ambiguous(opened):
    """Qt ignores a key two shortcuts share ("Ambiguous shortcut overload"): on Linux the standard Redo key is
    Ctrl+Shift+Z, which the redo action also lists by name, and redo by keyboard silently did nothing."""
    window, _controller = opened
    owners: dict[str, list[str]] = {}
    for name, action in window.actions.items():
        keys = [k.toString() for k in action.shortcuts()]
        assert len(keys) == len(set(keys)), (name, keys)
        for key in keys:
            owners.setdefault(key, []).append(name)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    assert window.actions["redo"].shortcuts()[0].toString() == "Ctrl+Shift+Z"
    # Whatever the platform's standard keys are, listing one of them by name as well binds it once.
    from PySide6.QtGui import QKeySequence

    first = QKeySequence.keyBindings(QKeySequence.Redo)[0].toString()
    probe = window._action("probe", "Probe", [first, QKeySequence.Redo])
    keys = [k.toString() for k in probe.shortcuts()]
    assert keys.count(first) == 1 and len(keys) == len(set(keys))


LONG_DECISION = ("Approve funding for a second data centre in another region, with a fully tested fail-over of the "
                 "payments platform before the end of the next quarter, and report progress to the board monthly")


def test_budget_dialog_shows_decisions_whole_and_enter_drops_nothing(make_app, store, assessment_id, qtbot):
    from PySide6.QtWidgets import QApplication

    from maturity_app.ui.theme import apply_theme

    store.save_answer(assessment_id, Answer("dec-owner", compliance=4, capability=1, escalate=True,
                                            decision=LONG_DECISION))
    _escalate(store, assessment_id, "cul-near-miss")
    window, controller = make_app()
    apply_theme(QApplication.instance(), "dark", 1.3)
    try:
        window.resize(1366, 728)
        controller.open_assessment(assessment_id, "rec-restore")
        view = window.assessment_page.question_view
        seen = {}

        def press_enter(dialog):
            label = dialog.decisions["dec-owner"]
            seen["text"] = label.text()
            seen["whole"] = label.height() >= label.heightForWidth(label.width()) and label.width() <= dialog.width()
            seen["focus"] = dialog.focusWidget() is dialog.choices["cul-near-miss"] or dialog.focusWidget() is \
                dialog.choices["dec-owner"]
            seen["chosen"] = dialog.chosen()
            qtbot.keyClick(dialog.focusWidget(), Qt.Key_Return)  # nothing chosen: Enter keeps them all
            seen["open_after_enter"] = dialog.isVisible()
            if dialog.isVisible():
                dialog.reject()

        when_modal(press_enter)
        qtbot.mouseClick(view.escalate, Qt.LeftButton)
        assert seen["text"] == LONG_DECISION and seen["whole"]
        assert seen["focus"] and seen["chosen"] is None
        assert seen["open_after_enter"] is False
        assert [store.answer(assessment_id, q).escalate for q in ("dec-owner", "cul-near-miss")] == [True, True]
        assert store.answer(assessment_id, "rec-restore").escalate is False

        def choose_by_keys_then_enter(dialog):
            dialog.activateWindow()  # offscreen has no window manager to activate the modal dialog
            qtbot.waitUntil(dialog.isActiveWindow)
            qtbot.keyClick(dialog.focusWidget(), Qt.Key_Space)  # choose the focused (first) escalation
            qtbot.keyClick(dialog.focusWidget(), Qt.Key_Down)  # arrows move the choice
            seen["chosen"] = dialog.chosen()
            qtbot.keyClick(dialog.focusWidget(), Qt.Key_Return)

        when_modal(choose_by_keys_then_enter)
        qtbot.mouseClick(view.escalate, Qt.LeftButton)
        assert seen["chosen"] == "dec-owner"  # listed in question order: near miss first, then owners
        assert store.answer(assessment_id, "dec-owner").escalate is False
        assert store.answer(assessment_id, "rec-restore").escalate is True
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)
