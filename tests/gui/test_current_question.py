"""One current question: the question view, the navigator's highlighted row, the window title and the keys that rate
always agree, whatever mix of find, filters, undo, swaps and navigation came before."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui_helpers import when_modal
from maturity_app.domain.assessment import Answer
from maturity_app.ui.navigator_model import FILTERS, IsDomainRole, QuestionIdRole


def assert_one_state(window, controller) -> str:
    assessment = controller.assessment
    page = window.assessment_page
    view, tree = page.question_view, page.tree
    qid = assessment.current
    assert view.question_id == qid
    current = tree.currentIndex()
    assert current.isValid() and not current.data(IsDomainRole)
    assert current.data(QuestionIdRole) == qid
    assert [i.data(QuestionIdRole) for i in tree.selectionModel().selectedRows()] == [qid]
    title = assessment.session.question_score(qid).question.title
    assert view.title.text() == title
    if page.current_view() == "question":
        assert window.windowTitle() == f"{title} — Acme Bank — Maturity"
    return qid


@pytest.fixture
def answered(make_app, store, assessment_id):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1, owner="Dana", escalate=True,
                                            decision="Fund a second site"))
    store.save_answer(assessment_id, Answer("rec-deps", compliance=3, capability=4, action_owner="Sam"))
    store.save_answer(assessment_id, Answer("dec-owner", compliance=2, capability=2, owner="Sam", escalate=True,
                                            decision="Name the risk owners"))
    window, controller = make_app()
    controller.open_assessment(assessment_id, "rec-restore")
    return window, controller


def _key(qtbot, window, key, mods=Qt.NoModifier):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, key, mods)


def test_typing_in_find_never_separates_screen_and_highlight(answered, qtbot):
    window, controller = answered
    page = window.assessment_page
    _key(qtbot, window, Qt.Key_F, Qt.ControlModifier)
    for letter in "near":
        qtbot.keyClick(page.find, letter)
        assert assert_one_state(window, controller) == "rec-restore"  # nothing moved while typing
    qtbot.keyClick(page.find, Qt.Key_Return)
    assert assert_one_state(window, controller) == "cul-near-miss"
    qtbot.keyClick(window.focusWidget(), Qt.Key_3)
    assert controller.assessment.session.answer("cul-near-miss").compliance == 3


def test_undoing_a_swap_under_a_filter_keeps_one_state(answered, store, assessment_id, qtbot):
    window, controller = answered
    page = window.assessment_page
    controller.assessment.go_to("dec-exceptions", focus=True)
    page.filter.setCurrentIndex(list(FILTERS).index("unanswered"))

    def drop_restore(dialog):
        dialog.select("rec-restore")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)

    when_modal(drop_restore)
    qtbot.mouseClick(page.question_view.escalate, Qt.LeftButton)
    assert store.answer(assessment_id, "dec-exceptions").escalate is True
    assert_one_state(window, controller)
    _key(qtbot, window, Qt.Key_Z, Qt.ControlModifier)  # undo the swap: it goes back to rec-restore, filtered out
    assert store.answer(assessment_id, "rec-restore").escalate is True
    assert assert_one_state(window, controller) == "rec-restore"
    page.question_view.compliance.setFocus()
    qtbot.keyClick(page.question_view.compliance, Qt.Key_2)
    assert store.answer(assessment_id, "rec-restore").compliance == 2  # the key rated the question on screen


def test_headings_are_not_stops_and_never_hold_the_highlight(answered, qtbot):
    window, controller = answered
    tree = window.assessment_page.tree
    tree.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(tree, Qt.Key_Down)
        seen.append(assert_one_state(window, controller))
    assert seen == ["rec-deps", "dec-owner", "dec-exceptions", "cul-near-miss"]
    for _ in range(2):
        qtbot.keyClick(tree, Qt.Key_Up)
    assert assert_one_state(window, controller) == "dec-owner"
    qtbot.keyClick(tree, Qt.Key_Up)
    assert assert_one_state(window, controller) == "rec-deps"  # over the heading, to the last question above
    qtbot.keyClick(tree, Qt.Key_Left)
    assert assert_one_state(window, controller) == "rec-deps"  # no fold, no jump to the heading
    qtbot.keyClick(tree, Qt.Key_Home)
    assert assert_one_state(window, controller) == "rec-restore"
    heading = tree.model().index(1, 0)
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=tree.visualRect(heading).center())
    assert assert_one_state(window, controller) == "dec-owner"  # a heading opens its first question


OPERATIONS = ("find", "clear_find", "filter", "owner", "undo", "redo", "rate", "next", "previous", "tree_key",
              "tree_click", "escalate", "dashboard")


@pytest.mark.parametrize("seed", [1, 2, 3, 11])
def test_no_sequence_of_find_filter_undo_swap_and_moves_separates_them(answered, store, assessment_id, qtbot, seed):
    window, controller = answered
    page = window.assessment_page
    view, tree = page.question_view, page.tree
    session = controller.assessment.session
    rng = random.Random(seed)
    done = []
    for _ in range(28):
        operation = rng.choice(OPERATIONS)
        done.append(operation)
        if operation == "find":
            page.find.setFocus()
            page.find.clear()
            qtbot.keyClicks(page.find, rng.choice(["re", "near", "own", "zz", "exp"]))
        elif operation == "clear_find":
            page.find.clear()
        elif operation == "filter":
            page.filter.setCurrentIndex(rng.randrange(page.filter.count()))
        elif operation == "owner":
            page.owner_filter.setCurrentIndex(rng.randrange(page.owner_filter.count()))
        elif operation in ("undo", "redo"):
            _key(qtbot, window, Qt.Key_Z, Qt.ControlModifier | (Qt.ShiftModifier if operation == "redo" else Qt.NoModifier))
        elif operation == "rate":
            view.focus_side(rng.choice(["compliance", "capability"]))
            level = rng.randrange(5)
            qtbot.keyClick(window.focusWidget(), Qt.Key_0 + level)
            axis = "compliance" if window.focusWidget() is view.compliance else "capability"
            assert getattr(store.answer(assessment_id, controller.assessment.current), axis) == level
        elif operation in ("next", "previous"):
            _key(qtbot, window, Qt.Key_Right if operation == "next" else Qt.Key_Left, Qt.ControlModifier)
        elif operation == "tree_key":
            tree.setFocus()
            qtbot.keyClick(tree, rng.choice([Qt.Key_Down, Qt.Key_Up, Qt.Key_End, Qt.Key_Home]))
        elif operation == "tree_click":
            rows = [tree.model().index(r, 0) for r in range(tree.model().rowCount())]
            rows += [tree.model().index(c, 0, d) for d in list(rows) for c in range(tree.model().rowCount(d))]
            target = rng.choice(rows)
            qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=tree.visualRect(target).center())
        elif operation == "escalate":
            qid = controller.assessment.current
            if not session.answer(qid).escalate and session.escalation_conflict(qid) is not None:
                drop = rng.choice(session.escalated_ids())

                def swap(dialog, drop=drop):
                    dialog.select(drop)
                    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)

                when_modal(swap)
            qtbot.mouseClick(view.escalate, Qt.LeftButton)
        elif operation == "dashboard":
            controller.assessment.show_dashboard(True)
            items = page.dashboard.items
            enabled = [items.item(r) for r in range(items.count()) if items.item(r).flags() & Qt.ItemIsEnabled]
            if enabled:
                qtbot.mouseClick(items.viewport(), Qt.LeftButton, pos=items.visualItemRect(enabled[0]).center())
            else:
                controller.assessment.show_dashboard(False)
        try:
            assert_one_state(window, controller)
        except AssertionError as exc:
            raise AssertionError(f"after {done}: {exc}") from exc
