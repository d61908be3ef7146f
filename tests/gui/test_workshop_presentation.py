"""Presentation mode: large type within bounds, private things hidden, reveal before levels, timer, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from maturity_app.domain.workshop import SEAT_ORDER
from gui_helpers import open_round
from maturity_app.storage.workshop_store import WorkshopStore
from maturity_app.ui.workshop.panel import WorkshopPanel
from maturity_app.ui.workshop.presentation import SCALE_MAX, SCALE_MIN, PresentationWindow


@pytest.fixture
def room(store, mini_pack):
    ws = WorkshopStore(store)
    aid = store.create(mini_pack, "Northwind", mode="workshop")
    ws.add_participant(aid, "Legal", "Ana Silva")
    ws.add_participant(aid, "IT", "Joris")
    return ws, aid


@pytest.fixture
def window(qtbot, store, room):
    ws, aid = room
    w = PresentationWindow(open_round(store, aid))
    w.round.set_order(SEAT_ORDER)
    qtbot.addWidget(w)
    w.resize(1600, 900)
    w.show()
    qtbot.waitExposed(w)
    w.setFocus()
    return w


def chip_texts(w) -> list[str]:
    return [c.text() for c in w.chips if c.isVisible()]


def test_shows_one_question_with_both_sides_and_anchors(window):
    assert window.title.text() == "Restores proven within RTO"
    assert "RPO and RTO documented" in window.compliance_side.prompt.text()
    assert "full restore" in window.capability_side.prompt.text()
    # the question's own anchor replaces the scale's at capability level 3
    assert "A full restore met its RTO in the last 12 months" in window.capability_side.anchors[3].text()
    assert "Evidence reviewed by an independent auditor" in window.compliance_side.anchors[4].text()


def test_names_hidden_by_default_and_toggled_with_h(qtbot, window):
    assert not any("Ana" in t for t in chip_texts(window))
    assert any("Legal" in t for t in chip_texts(window))
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert any("Ana Silva" in t for t in chip_texts(window))
    qtbot.keyClick(window, Qt.Key.Key_H)
    assert not any("Ana" in t for t in chip_texts(window))


def test_evidence_notes_hidden_unless_asked(qtbot, window, room):
    ws, aid = room
    window.round.session.change("rec-restore", "note", evidence_note="Restore of ERP failed in March")
    assert not window.note.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert window.note.isVisible() and "Restore of ERP failed" in window.note.text()
    qtbot.keyClick(window, Qt.Key.Key_E)
    assert not window.note.isVisible()


def test_ratings_hidden_until_revealed_then_spread_and_votes(qtbot, window, room):
    ws, aid = room
    qtbot.keyClicks(window, "0")
    qtbot.keyClicks(window, "4")
    assert all("●" in t for t in chip_texts(window))
    assert not any("4" in t.split("</span>")[0].split("&nbsp;")[-1] for t in chip_texts(window))
    assert "hidden until revealed" in window.status.text()
    assert all(v.text() == "" for v in window.capability_side.votes)
    assert not any(a.property("picked") for a in window.capability_side.anchors)
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert "spread 4" in window.status.text() and "FRICTION" in window.status.text()
    assert window.capability_side.votes[0].text() == "■ 1" and window.capability_side.votes[4].text() == "■ 1"
    assert window.capability_side.anchors[2].property("picked")  # the median proposal
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert ws.assessments.answer(aid, "rec-restore").capability == 2
    assert "agreed 2" in window.status.text()


def test_font_scale_stays_between_150_and_250(qtbot, window):
    assert window.scale == 200
    size_at_200 = window.title.font().pixelSize()
    for _ in range(10):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.scale == SCALE_MAX and window.scale_label.text() == "250 %"
    assert window.title.font().pixelSize() > size_at_200
    for _ in range(20):
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.scale == SCALE_MIN and window.scale_slider.value() == 150
    assert window.title.font().pixelSize() < size_at_200


def test_timer_counts_down_and_resets_per_question(qtbot, window):
    assert not window.timer_label.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert window.timer_label.isVisible() and window.timer_label.text() == "Timer 5:00"
    window._on_tick()
    assert window.timer_label.text() == "Timer 4:59"
    window.remaining = 0
    window._on_tick()
    assert window.timer_label.text() == "Timer +0:01"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.title.text() == "Dependencies included"
    assert window.timer_label.text() == "Timer 5:00"
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert not window.timer_label.isVisible()


def test_escape_leaves(qtbot, window):
    with qtbot.waitSignal(window.closed, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_shared_round_keeps_panel_and_projector_in_step(qtbot, store, room):
    ws, aid = room
    panel = WorkshopPanel(open_round(store, aid))
    qtbot.addWidget(panel)
    window = PresentationWindow(panel.round)
    qtbot.addWidget(window)
    window.show()
    window.setFocus()
    qtbot.keyClicks(window, "3")
    qtbot.keyClick(window, Qt.Key.Key_R)
    assert panel.table.model().index(0, 2).data() == "3"
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert "Dependencies included" in panel.question_label.text()


def test_self_assessment_presents_without_ratings(qtbot, store, mini_pack):
    aid = store.create(mini_pack, "Solo")
    store.save_answer(aid, store.answer(aid, "rec-restore").with_changes(compliance=3, capability=1))
    w = PresentationWindow(open_round(store, aid))
    qtbot.addWidget(w)
    w.show()
    w.setFocus()
    assert "on paper 3 · in practice 1" in w.status.text()
    assert w.compliance_side.anchors[3].property("picked") and w.capability_side.anchors[1].property("picked")
    assert chip_texts(w) == []
    qtbot.keyClick(w, Qt.Key.Key_Right)
    assert w.title.text() == "Dependencies included"
