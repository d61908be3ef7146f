"""The participant table model and the round controller, without any widget."""

from __future__ import annotations

from PySide6.QtCore import Qt

from maturity_app.domain.assessment import NA
from maturity_app.domain.workshop import SEAT_ORDER
from gui_helpers import open_round
from maturity_app.storage.workshop_store import WorkshopStore
from maturity_app.ui.workshop.participants_model import HIDDEN_RATED, HIDDEN_WAITING, ParticipantTableModel


def test_model_hides_levels_until_reveal_and_follows_the_room(qapp, store, mini_pack):
    ws = WorkshopStore(store)
    aid = store.create(mini_pack, "Northwind", mode="workshop")
    legal = ws.add_participant(aid, "Legal", "Ana")
    ws.add_participant(aid, "IT")
    round_ = open_round(store, aid)
    round_.set_order(SEAT_ORDER)
    model = ParticipantTableModel(round_)
    assert model.rowCount() == 2 and model.columnCount() == 3
    round_.rate(NA)
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(2)]
    assert rows == [["1", "Ana (Legal)", HIDDEN_RATED], ["2", "IT", HIDDEN_WAITING]]
    assert model.index(0, 2).data(Qt.ItemDataRole.AccessibleTextRole) == "rated, hidden"
    round_.set_revealed(True)
    assert model.index(0, 2).data() == "N/A"
    assert model.index(0, 2).data(Qt.ItemDataRole.AccessibleTextRole) == "level N/A"
    model.set_show_names(False)
    assert model.index(0, 1).data() == "Legal"
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    round_.session.remove_participant(legal)  # through the open model: every view of the round follows
    assert resets and model.rowCount() == 1 and model.index(0, 1).data() == "IT"


def test_round_proposal_steps_over_na_and_clamps(qapp, store, mini_pack):
    ws = WorkshopStore(store)
    aid = store.create(mini_pack, "Northwind", mode="workshop")
    ws.add_participant(aid, "Legal")
    round_ = open_round(store, aid)
    round_.rate(1)
    assert round_.proposal() == 1
    round_.adjust_proposal(-1)
    round_.adjust_proposal(-1)
    assert round_.proposal() == NA
    round_.adjust_proposal(-5)
    assert round_.proposal() == NA
    round_.adjust_proposal(+9)
    assert round_.proposal() == 4
    round_.go_to(1)
    assert round_.proposal() is None and not round_.revealed
