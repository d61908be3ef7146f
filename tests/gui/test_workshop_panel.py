"""The workshop panel driven by keyboard only: the room, a whole domain's rating round, reveal and agree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from maturity_app.domain.workshop import SEAT_ORDER
from gui_helpers import open_round
from maturity_app.storage.workshop_store import WorkshopStore
from maturity_app.ui.workshop.panel import WorkshopPanel
from maturity_app.ui.workshop.participants_model import HIDDEN_RATED, HIDDEN_WAITING


@pytest.fixture
def workshop(store, mini_pack):
    return WorkshopStore(store), store.create(mini_pack, "Northwind", mode="workshop")


@pytest.fixture
def panel(qtbot, workshop):
    ws, aid = workshop
    widget = WorkshopPanel(open_round(ws.assessments, aid))
    widget.round.set_order(SEAT_ORDER)  # these tests key in seat order; the default is tested on its own
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(panel, col: int) -> list[str]:
    model = panel.table.model()
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_participants_are_added_with_the_keyboard(qtbot, panel, workshop):
    ws, aid = workshop
    for role, name in (("Legal", "Ana"), ("Head of Rotterdam hub", ""), ("it", "Joris")):
        panel.role_box.setFocus()
        panel.role_box.lineEdit().selectAll()
        qtbot.keyClicks(panel.role_box.lineEdit(), role)
        qtbot.keyClick(panel.role_box.lineEdit(), Qt.Key.Key_Tab)
        assert panel.name_edit.hasFocus()
        qtbot.keyClicks(panel.name_edit, name)
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert column(panel, 1) == ["Ana (Legal)", "Head of Rotterdam hub", "Joris (IT)"]
    assert [(p.number, p.role, p.name) for p in ws.participants(aid)] == [
        (1, "Legal", "Ana"), (2, "Head of Rotterdam hub", ""), (3, "IT", "Joris")]


def test_empty_role_is_refused_on_screen(qtbot, panel, workshop):
    ws, aid = workshop
    panel.name_edit.setFocus()
    qtbot.keyClicks(panel.name_edit, "Nobody")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert "needs a role" in panel.message_label.text()
    assert ws.participants(aid) == []
    assert not panel.round.revealed  # Enter in a text field never reaches the round


def test_keyboard_only_round_of_a_whole_domain(qtbot, panel, workshop):
    ws, aid = workshop
    for role in ("Legal", "Finance", "IT"):
        panel.session.add_participant(role)
    panel.setFocus()
    # recovery domain: rec-restore (weight 3) then rec-deps
    plan = {"rec-restore": ("1", "4", "2"), "rec-deps": ("3", "N", "3")}
    orders = {}
    for question_id, keys in plan.items():
        assert panel.round.question_id == question_id
        orders[question_id] = [p.id for p in panel.round.participants]  # the order the room rates in
        for key in keys:
            qtbot.keyClicks(panel, key)
        # hidden: the room sees who rated, not what
        assert column(panel, 2) == [HIDDEN_RATED] * 3
        assert "hidden" in panel.spread_label.text()
        qtbot.keyClick(panel, Qt.Key.Key_Return)  # first Enter reveals
        assert panel.round.revealed
        qtbot.keyClick(panel, Qt.Key.Key_Return)  # second agrees on the median
        qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    assert panel.round.question_id == "dec-owner"
    assert ws.assessments.answer(aid, "rec-restore").capability == 2
    assert ws.assessments.answer(aid, "rec-deps").capability == 3
    levels = {(r.question_id, r.participant_id): r.capability for r in ws.ratings(aid)}
    assert [levels["rec-restore", p] for p in orders["rec-restore"]] == [1, 4, 2]
    assert [levels["rec-deps", p] for p in orders["rec-deps"]] == [3, "na", 3]
    assert len(ws.rating_history(aid)) == 6
    # the live friction list now names the conversation to have
    role = {p.id: p.role for p in ws.participants(aid)}
    low, high = role[orders["rec-restore"][0]], role[orders["rec-restore"][1]]
    assert "Restores proven within RTO" in panel.conversations.text()
    assert f"{low} sees level 1 in practice, {high} sees level 4" in panel.conversations.text()


def test_reveal_shows_spread_and_arrows_adjust_the_agreed_level(qtbot, panel, workshop):
    ws, aid = workshop
    for role in ("Legal", "IT"):
        panel.session.add_participant(role)
    panel.setFocus()
    qtbot.keyClicks(panel, "0")
    qtbot.keyClicks(panel, "3")
    qtbot.keyClick(panel, Qt.Key.Key_R)
    assert column(panel, 2) == ["0", "3"]
    assert "Spread 3" in panel.spread_label.text() and "FRICTION" in panel.spread_label.text()
    assert "Enter agrees on 1" in panel.agreement_label.text()
    qtbot.keyClick(panel, Qt.Key.Key_Right)
    assert "Enter agrees on 2" in panel.agreement_label.text()
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert ws.assessments.answer(aid, "rec-restore").capability == 2
    assert "Agreed: 2" in panel.agreement_label.text()
    qtbot.keyClick(panel, Qt.Key.Key_Space)  # hide again
    assert column(panel, 2) == [HIDDEN_RATED, HIDDEN_RATED]
    # Hidden, even the agreed level waits for the reveal: a number on the mirrored screen would anchor the room.
    assert panel.agreement_label.text() == "A level is agreed: shown after you reveal (R)"


def test_participant_picked_by_number_and_arrows_compliance_axis(qtbot, panel, workshop):
    ws, aid = workshop
    people = [panel.session.add_participant(role) for role in ("Legal", "Finance", "IT")]
    panel.session.remove_participant(people[1])  # seat 2 leaves: numbers keep meaning the same people
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert panel.round.selected.number == 3
    qtbot.keyClick(panel, Qt.Key.Key_C)
    qtbot.keyClicks(panel, "4")
    qtbot.keyClick(panel, Qt.Key.Key_Up)
    qtbot.keyClicks(panel, "2")
    assert ws.rating(people[2].id, "rec-restore").compliance == 4
    assert ws.rating(people[0].id, "rec-restore").compliance == 2
    assert ws.rating(people[0].id, "rec-restore").capability is None
    qtbot.keyClick(panel, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert "no participant number 2" in panel.message_label.text()
    assert column(panel, 2) == [HIDDEN_RATED, HIDDEN_RATED]
    qtbot.keyClick(panel, Qt.Key.Key_Up)  # rating moved the selection on to IT; back to Legal
    qtbot.keyClick(panel, Qt.Key.Key_Delete)  # clears Legal's compliance rating
    assert ws.rating(people[0].id, "rec-restore").compliance is None
    assert column(panel, 2) == [HIDDEN_WAITING, HIDDEN_RATED]


def test_agree_before_anyone_rated_is_explained(qtbot, panel, workshop):
    ws, aid = workshop
    panel.session.add_participant("Legal")
    panel.setFocus()
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert "nobody in the room has rated rec-restore" in panel.message_label.text()
    assert ws.assessments.answer(aid, "rec-restore").capability is None


def test_rating_without_participants_is_explained(qtbot, panel, workshop):
    ws, aid = workshop
    panel.setFocus()
    qtbot.keyClicks(panel, "3")
    assert "Add the participants first" in panel.message_label.text()
    assert ws.ratings(aid) == []


def test_rename_and_remove(qtbot, panel, workshop, monkeypatch):
    ws, aid = workshop
    legal = panel.session.add_participant("Legal")
    panel.session.add_participant("IT")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ana Silva", True))
    qtbot.keyClick(panel.rename_button, Qt.Key.Key_Space)
    assert column(panel, 1) == ["Ana Silva (Legal)", "IT"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.keyClick(panel.remove_button, Qt.Key.Key_Space)
    assert len(ws.participants(aid)) == 2
    panel.session.rate(legal.id, "rec-restore", "rate", capability=1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(panel.remove_button, Qt.Key.Key_Space)
    assert column(panel, 1) == ["IT"]
    assert ws.participant(legal.id).removed_at is not None
    assert ws.rating(legal.id, "rec-restore").capability == 1  # kept in history


def test_self_assessment_ignores_rating_keys(qtbot, store, mini_pack):
    aid = store.create(mini_pack, "Solo")
    widget = WorkshopPanel(open_round(store, aid))
    qtbot.addWidget(widget)
    widget.setFocus()
    qtbot.keyClicks(widget, "3")
    qtbot.keyClick(widget, Qt.Key.Key_PageDown)
    assert widget.round.question_id == "rec-deps"
    assert store.answer(aid, "rec-restore").capability is None
