"""Re-assess and compare driven as a user would: clicks in the dialog and on the compare page, checked on disk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from maturity_app.app.workspace import Workspace
from maturity_app.domain.assessment import Answer
from maturity_app.domain.schema import Pack
from maturity_app.storage.cycle_store import CycleStore
from maturity_app.ui.cycle.compare_model import ACTION, ESCALATION, GAP, PRACTICE, QUESTION, WHY, QuestionIdRole
from maturity_app.ui.cycle.compare_page import ComparePage
from maturity_app.ui.cycle.reassess_dialog import ReassessDialog

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _backdate(store, aid, day):
    stamp = f"{day}T09:00:00+00:00"
    store.db.execute("UPDATE assessments SET created_at = ?, updated_at = ? WHERE id = ?", [stamp, stamp, aid])


@pytest.fixture
def cycle(store):
    return CycleStore(store)


@pytest.fixture
def last_year(store, mini_pack):
    aid = store.create(mini_pack, "Acme")
    store.save_answer(aid, Answer("rec-restore", compliance=4, capability=1, owner="Ana", action="Timed restore",
                                  evidence_note="Restore log", escalate=True, decision="Fund the test"))
    store.save_answer(aid, Answer("rec-deps", compliance=3, capability=2))
    store.save_answer(aid, Answer("dec-owner", compliance=3, capability=3, proven_on=dt.date(2025, 3, 1)))
    _backdate(store, aid, "2025-05-01")
    return aid


def test_reassess_dialog_prefill_then_compare_page(qtbot, store, cycle, mini_pack, last_year):
    dialog = ReassessDialog(Workspace(store.db), last_year, mini_pack)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.change_lines == ["Same questions as last time (pack version 1.0.0)."]
    qtbot.mouseClick(dialog.prefill, Qt.LeftButton)
    assert dialog.prefill.isChecked()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert dialog.result() == QDialog.Accepted
    new_id = dialog.result_info.new_id

    # On disk: carried over and pre-filled, flagged to confirm; the old assessment untouched.
    new = store.load(new_id)
    assert new.answer("rec-restore").owner == "Ana" and new.answer("rec-restore").compliance == 4
    assert cycle.to_confirm(new_id) == ["dec-owner", "rec-deps", "rec-restore"]
    assert cycle.lineage(new_id).previous_id == last_year

    # This year: the restore was proven, its action dropped; saving confirms.
    store.save_answer(new_id, new.answer("rec-restore").with_changes(
        capability=3, proven_on=dt.date.today(), action="", escalate=False))
    assert "rec-restore" not in cycle.to_confirm(new_id)

    page = ComparePage(cycle)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_subject(new_id)
    assert page.old_combo.currentData() == last_year and page.new_combo.currentData() == new_id
    assert "catching up" in page.verdict.text()
    assert page.figures["actions"].value.text() == "1 · 0 · 0"
    # Un-ticking the escalation is not the board deciding: it shows as dropped, never as resolved.
    assert page.figures["escalations"].value.text() == "0 · 0 · 0"
    assert "1 escalation dropped" in page.figures["escalations"].toolTip()
    model = page.question_table.model()
    # Default order: regressions first (dec-owner's proof went stale), then the largest movement by weight.
    order = [model.index(r, 0).data(QuestionIdRole) for r in range(model.rowCount())]
    assert order[:2] == ["dec-owner", "rec-restore"]
    assert model.index(0, WHY).data() == "proof expired"
    rows = {model.index(r, 0).data(QuestionIdRole): r for r in range(model.rowCount())}
    restore = rows["rec-restore"]
    assert model.index(restore, PRACTICE).data() == "1 → 3"
    assert model.index(restore, WHY).data() == "claim changed"
    assert model.index(restore, GAP).data() == "−2"
    assert model.index(restore, ACTION).data() == "closed"
    assert model.index(restore, ESCALATION).data() == "dropped without a board decision"

    # "Changed questions only" hides what did not move (unanswered both times, or the same levels).
    total = model.rowCount()
    qtbot.mouseClick(page.changed_only, Qt.LeftButton)
    visible = {model.index(r, 0).data(QuestionIdRole) for r in range(model.rowCount())}
    # dec-owner kept its pre-filled levels, but its 6-month proof from March 2025 has gone stale since: it moved.
    assert visible == {"rec-restore", "dec-owner"} and total == 5

    # Sorting the practice column by clicking its header puts the biggest improvement last (ascending).
    qtbot.mouseClick(page.changed_only, Qt.LeftButton)
    header = page.question_table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(PRACTICE) + 5, header.height() // 2))
    ids = [model.index(r, 0).data(QuestionIdRole) for r in range(model.rowCount())]
    assert ids.index("rec-restore") < ids.index("cul-near-miss")  # +2 sorts before the unknown
    assert model.index(0, QUESTION).data()


def test_single_assessment_explains_what_to_do(qtbot, cycle, last_year):
    page = ComparePage(cycle)
    qtbot.addWidget(page)
    page.show()
    page.show_subject(last_year)
    assert page.notice.isVisible() and "re-assess it next cycle" in page.notice.text()
    assert not page.verdict.isVisible() and page.question_table.model().rowCount() == 0


def test_trend_click_picks_the_earlier_assessment(qtbot, store, cycle, mini_pack, last_year):
    middle = cycle.reassess(last_year, mini_pack, prefill=True).new_id
    _backdate(store, middle, "2025-11-01")
    latest = cycle.reassess(middle, mini_pack, prefill=True).new_id
    page = ComparePage(cycle)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_subject(latest)
    assert page.old_combo.currentData() == middle
    chart = page.trend_chart
    qtbot.waitExposed(chart)
    assert [p.assessment_id for p in chart.points] == [last_year, middle, latest]
    where = chart.point_position(last_year).toPoint()
    qtbot.mouseClick(chart, Qt.LeftButton, pos=where)
    assert page.old_combo.currentData() == last_year
    assert page.comparison.old.info.id == last_year and page.comparison.new.info.id == latest


def test_dialog_lists_questions_of_a_changed_pack_and_cancel_writes_nothing(qtbot, store, cycle, last_year):
    data = yaml.safe_load((FIXTURES / "mini.yaml").read_text())
    data["version"] = "2.0"
    data["domains"][0]["questions"].pop(1)
    dialog = ReassessDialog(Workspace(store.db), last_year, Pack.model_validate(data))
    qtbot.addWidget(dialog)
    dialog.show()
    text = "\n".join(dialog.change_lines)
    assert "1.0.0 to 2.0" in text and "rec-deps" in text
    count = len(store.list())
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Cancel), Qt.LeftButton)
    assert dialog.result() == QDialog.Rejected and len(store.list()) == count


def test_escalation_carries_over_and_the_board_decision_resolves_it(make_app, store, cycle, mini_pack, last_year,
                                                                    qtbot, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from maturity_app.domain.escalation import FUNDED_FIX
    from maturity_app.ui.board_decision_dialog import BoardDecisionDialog

    new_id = cycle.reassess(last_year, mini_pack).new_id
    window, controller = make_app()
    controller.open_assessment(new_id, "rec-restore")
    view = window.assessment_page.question_view
    assert view.escalate.isChecked() and view.decision.toPlainText() == "Fund the test"  # carried over
    assert view.board_button.isVisible() and view.board_status.text() == "Open: awaiting the board"
    assert "carries to the next cycle" in view.board_status.toolTip()

    def answer(dialog):
        assert isinstance(dialog, BoardDecisionDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.LeftButton)
        assert "Choose what the board decided" in dialog.message.text()  # nothing chosen: asked, not guessed
        funded = next(b for b in dialog.outcomes.buttons() if b.property("outcome") == FUNDED_FIX)
        funded.setFocus()
        qtbot.keyClick(funded, Qt.Key_Space)
        dialog.note.setPlainText("Budget 2026, review in Q3")
        assert dialog.decision().outcome == FUNDED_FIX
        dialog.hide()
        return QDialog.Accepted

    monkeypatch.setattr(BoardDecisionDialog, "exec", answer)
    qtbot.mouseClick(view.board_button, Qt.LeftButton)
    decision = cycle.board_decisions(new_id)["rec-restore"]
    assert decision.outcome == FUNDED_FIX and decision.note == "Budget 2026, review in Q3"
    assert view.board_status.text() == "Resolved: fix funded by the board"
    assert view.board_status.toolTip().startswith("Resolved: fix funded by the board on ")
    assert [q.question_id for q in cycle.comparison(last_year, new_id).escalations_resolved] == ["rec-restore"]
