"""A facilitated workshop tells the truth: no level shows before reveal on any screen, an agreed level stays
agreed, the order of rating is the facilitator's, roles are words, and the projector screen is chosen."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QApplication, QComboBox, QLabel, QLineEdit, QWidget,
)

from maturity_app.domain.workshop import SEAT_ORDER, SHUFFLED
from maturity_app.storage.workshop_store import WorkshopStore
from maturity_app.ui.screens import screen_of  # never QWidget.screen(): see ui/screens.py

ROLES = ("CEO", "CFO", "COO", "Head of IT", "Legal")


@pytest.fixture
def workshop_id(store, mini_pack, packs_dir):
    aid = store.create(mini_pack, "Northwind", mode="workshop")
    room = WorkshopStore(store)
    for role in ROLES:
        room.add_participant(aid, role)
    return aid


@pytest.fixture
def in_workshop(make_app, workshop_id, qtbot):
    window, controller = make_app()
    controller.open_assessment(workshop_id)
    window.actions["show_workshop"].trigger()
    panel = window.assessment_page.workshop
    assert panel is not None and panel.hasFocus()
    return window, controller, panel


def _visible_texts(top: QWidget) -> list[str]:
    """Everything a person (or a screen reader) can read in *top*: labels, buttons, fields, table cells,
    accessible names and descriptions, tooltips, the window title and the status bar."""
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts.append(widget.currentText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for col in range(model.columnCount()):
                    index = model.index(row, col)
                    texts += [str(index.data() or ""), str(index.data(Qt.ItemDataRole.AccessibleTextRole) or ""),
                              str(index.data(Qt.ItemDataRole.ToolTipRole) or "")]
    if hasattr(top, "statusBar"):
        texts.append(top.statusBar().currentMessage())
    return texts


def _screens(window, controller, panel) -> tuple[list[str], bytes]:
    """Texts of the main window and the projector, and the friction map as painted (pixels, not just words)."""
    QApplication.processEvents()
    texts = _visible_texts(window) + _visible_texts(controller.presentation)
    # The saved indicator is a clock ("Saved 12:42:18"), the one text allowed to differ between the two runs.
    texts = [t for t in texts if not re.fullmatch(r"Saved \d\d:\d\d:\d\d", t)]
    image = panel.friction_map.grab().toImage()
    return texts, bytes(image.constBits())


def _key_round(qtbot, panel, levels) -> None:
    """The same keys every time, only the levels differ: to the top of the list, then one level per person."""
    for _ in ROLES:
        qtbot.keyClick(panel, Qt.Key.Key_Up)
    for level in levels:
        qtbot.keyClick(panel, getattr(Qt.Key, f"Key_{level}"))


def test_nothing_on_any_screen_shows_a_level_before_reveal(in_workshop, qtbot, store, workshop_id):
    window, controller, panel = in_workshop
    # A first question, revealed and agreed: the friction map and conversations have something to show.
    _key_round(qtbot, panel, (0, 2, 4, 1, 3))
    qtbot.keyClick(panel, Qt.Key.Key_R)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert store.answer(workshop_id, "rec-restore").capability == 2
    assert panel.conversations.text().count("<p>") == 1
    qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    window.actions["presentation"].trigger()
    assert controller.presentation is not None
    panel.activateWindow()
    panel.setFocus()

    # The second question is rated twice with very different levels; before reveal nothing may differ.
    _key_round(qtbot, panel, (1, 1, 1, 1, 1))
    calm = _screens(window, controller, panel)
    _key_round(qtbot, panel, (0, 4, 0, 4, 2))
    split = _screens(window, controller, panel)
    assert [t for t in calm[0] if t] == [t for t in split[0] if t]
    assert calm[1] == split[1]  # the friction map did not move a pixel
    assert "5 of 5 rated" in panel.spread_label.text()
    assert panel.conversations.text().count("<p>") == 1  # still only the revealed question
    assert "Dependencies" not in panel.conversations.text()

    # Revealing is what changes the screens (so the comparison above could have failed).
    qtbot.keyClick(panel, Qt.Key.Key_R)
    revealed = _screens(window, controller, panel)
    assert [t for t in revealed[0] if t] != [t for t in split[0] if t]
    assert revealed[1] != split[1]
    assert "Dependencies included" in panel.conversations.text()
    controller.presentation.close()


def test_compliance_reveal_reveals_compliance_only(in_workshop, qtbot):
    window, controller, panel = in_workshop
    _key_round(qtbot, panel, (0, 4, 0, 4, 2))  # capability, hidden
    qtbot.keyClick(panel, Qt.Key.Key_C)
    _key_round(qtbot, panel, (3, 3, 3, 3, 3))
    qtbot.keyClick(panel, Qt.Key.Key_R)  # reveal compliance
    window.actions["presentation"].trigger()
    shown = controller.presentation
    assert shown.compliance_side.votes[3].text() == "■■■■■ 5"
    assert all(v.text() == "" for v in shown.capability_side.votes)
    assert not any(a.property("picked") for a in shown.capability_side.anchors)
    assert "Conversations" not in panel.conversations.text() and "sees level" not in panel.conversations.text()
    shown.close()


def test_agreed_level_stays_unless_replaced_on_purpose_and_undo_works_in_presentation(in_workshop, qtbot, store,
                                                                                      workshop_id):
    window, controller, panel = in_workshop
    window.actions["presentation"].trigger()
    shown = controller.presentation
    shown.setFocus()
    for key in (Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_2):
        qtbot.keyClick(shown, key)
    qtbot.keyClick(shown, Qt.Key.Key_Return)  # reveal: the median 2 is proposed
    assert shown.capability_side.anchors[2].property("picked")
    qtbot.keyClick(shown, Qt.Key.Key_Left)
    qtbot.keyClick(shown, Qt.Key.Key_Return)  # agree on 1
    assert store.answer(workshop_id, "rec-restore").capability == 1
    # The highlight stays on what was agreed, marked as agreed; it does not jump back to the median.
    assert shown.capability_side.anchors[1].property("picked") and shown.capability_side.anchors[1].property("agreed")
    assert "✓ AGREED" in shown.capability_side.votes[1].text()
    assert "agreed 1 ✓" in shown.status.text()

    # Away and back, then the documented reveal-then-agree keys: the agreed level is not overwritten.
    qtbot.keyClick(shown, Qt.Key.Key_PageDown)
    qtbot.keyClick(shown, Qt.Key.Key_PageUp)
    qtbot.keyClick(shown, Qt.Key.Key_R)  # revealed still: R hides
    qtbot.keyClick(shown, Qt.Key.Key_Return)  # reveals
    qtbot.keyClick(shown, Qt.Key.Key_Return)
    assert store.answer(workshop_id, "rec-restore").capability == 1
    assert "Already agreed on 1" in shown.message.text()

    # Replacing needs the level chosen and Enter twice; any other key in between keeps the agreed one.
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    qtbot.keyClick(shown, Qt.Key.Key_Return)
    assert store.answer(workshop_id, "rec-restore").capability == 1
    assert "Press Enter again to replace it with 2" in shown.message.text()
    qtbot.keyClick(shown, Qt.Key.Key_Down)  # another key: the question is dropped
    qtbot.keyClick(shown, Qt.Key.Key_Return)
    assert store.answer(workshop_id, "rec-restore").capability == 1
    qtbot.keyClick(shown, Qt.Key.Key_Return)
    assert store.answer(workshop_id, "rec-restore").capability == 2

    # Undo and redo from the presentation window itself, and its help says so.
    assert "Ctrl+Z undo" in shown.findChild(QLabel, "presKeys").text()
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.answer(workshop_id, "rec-restore").capability == 1
    assert shown.capability_side.anchors[1].property("agreed")
    qtbot.keyClick(shown, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.answer(workshop_id, "rec-restore").capability == 2
    assert controller.assessment.session.answer("rec-restore").capability == 2
    shown.close()


def test_rating_order_is_the_facilitators_and_not_seniority_by_default(in_workshop, qtbot, store, workshop_id):
    window, controller, panel = in_workshop
    round_ = panel.round
    assert round_.order == SHUFFLED and panel.order_box.currentData() == SHUFFLED
    firsts, orders = set(), set()
    for _ in range(len(round_.entries)):
        orders.add(tuple(p.number for p in round_.participants))
        firsts.add(round_.participants[0].number)
        qtbot.keyClick(panel, Qt.Key.Key_PageDown)
    assert len(orders) > 1 and firsts != {1}  # not the CEO (seat 1) first on every question
    qtbot.keyClick(panel, Qt.Key.Key_Home)
    # The table lists people in rating order and shows who has rated, never what.
    panel.round.go_to(0)
    first = panel.round.participants[0]
    qtbot.keyClick(panel, Qt.Key.Key_4)
    assert WorkshopStore(store).rating(first.id, "rec-restore").capability == 4
    model = panel.table.model()
    assert model.index(0, 1).data() == first.label() and model.index(0, 2).data() == "●"
    # The facilitator picks seat order in the panel; the keys go back to the round.
    panel.order_box.setFocus()
    qtbot.keyClick(panel.order_box, Qt.Key.Key_Down)
    assert panel.order_box.currentData() == SEAT_ORDER
    assert [p.number for p in panel.round.participants] == [1, 2, 3, 4, 5]
    assert panel.hasFocus()


def test_role_field_refuses_stray_keys_and_says_so(in_workshop, qtbot, store, workshop_id):
    window, controller, panel = in_workshop
    role = panel.role_box.lineEdit()
    panel.role_box.setFocus()
    qtbot.keyClicks(role, "3")
    qtbot.wait(1)
    assert role.text() == "" and "digits are ratings" in panel.message_label.text()
    assert panel.message_label.isVisible()
    qtbot.keyClicks(role, "Fi")
    qtbot.keyClick(role, Qt.Key.Key_2)
    qtbot.wait(1)
    assert role.text().startswith("Fi") and "2" not in role.text()
    qtbot.keyClick(role, Qt.Key.Key_Return)
    people = WorkshopStore(store).participants(workshop_id)
    assert [p.role for p in people][-1] == "Fi" and len(people) == len(ROLES) + 1  # what was typed, not "Fi2"
    panel.role_box.setFocus()
    qtbot.keyClick(role, Qt.Key.Key_Escape)
    assert panel.hasFocus()
    qtbot.keyClick(panel, Qt.Key.Key_3)  # and now 3 is a rating again
    assert "1 of 6 rated" in panel.spread_label.text()


def test_presentation_screen_is_chosen_from_the_view_menu(in_workshop, qtbot):
    window, controller, panel = in_workshop
    menu = window.presentation_screen_menu
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions()]
    screens = QApplication.screens()
    assert texts[0].startswith("&Automatic") and len(texts) == 1 + len(screens)
    assert menu.actions()[0].isChecked()
    menu.actions()[1].trigger()
    assert controller.settings.presentation_screen.startswith(screens[0].name() + "@")
    menu.aboutToShow.emit()
    assert menu.actions()[1].isChecked() and not menu.actions()[0].isChecked()
    window.actions["presentation"].trigger()
    assert screen_of(controller.presentation) is screens[0]
    controller.presentation.close()


def test_capability_only_workshop_counts_and_compares_the_same_questions(make_app, store, mini_pack, qtbot):
    # Last cycle's paper levels on every question; this workshop rates practice on one of them only.
    aid = store.create(mini_pack, "Northwind", mode="workshop")
    room = WorkshopStore(store)
    for q in mini_pack.questions():
        store.save_answer(aid, store.answer(aid, q.id).with_changes(compliance=4))
    ceo = room.add_participant(aid, "CEO")
    room.rate(aid, ceo.id, "rec-restore", capability=1)
    from maturity_app.app.workshop import agree
    from maturity_app.app.workspace import Workspace

    agree(Workspace(store.db), aid, "rec-restore", capability=1)
    window, controller = make_app()
    controller.open_assessment(aid)
    meter = window.assessment_page.meter
    # One question has both sides: the header compares paper 4 with practice 1 there, not paper on all five.
    assert meter.text() == "draft — 1 of 5 answered; paper 100, practice 25, gap +75 points"
    assert "over the 1 of 5 applicable questions answered on both sides" in meter.toolTip()
    assert "4 answered on one side only" in meter.toolTip()
    window.actions["show_dashboard"].trigger()
    subline = window.assessment_page.dashboard.subline.text()
    assert "1 of 5 applicable questions answered" in subline and "4 more rated on one side only." in subline


def test_a_level_prefilled_from_last_cycle_is_not_the_rooms_agreement(make_app, store, mini_pack, qtbot):
    from maturity_app.storage.cycle_store import CycleStore

    last = store.create(mini_pack, "Northwind", mode="workshop")
    store.save_answer(last, store.answer(last, "rec-restore").with_changes(compliance=3, capability=2))
    cycle = CycleStore(store)
    aid = cycle.reassess(last, mini_pack, prefill=True).new_id
    WorkshopStore(store).add_participant(aid, "CEO")
    window, controller = make_app()
    controller.open_assessment(aid, "rec-restore")
    window.actions["show_workshop"].trigger()
    panel = window.assessment_page.workshop
    for key in (Qt.Key.Key_3, Qt.Key.Key_R):  # the CEO says 3; last cycle said 2
        qtbot.keyClick(panel, key)
    assert panel.round.proposal() == 3  # the room's median, not last cycle's level
    assert panel.agreement_label.text() == ("Not agreed yet (last cycle: 2, to confirm) · Enter agrees on 3 "
                                            "(← → to adjust)")
    qtbot.keyClick(panel, Qt.Key.Key_Return)  # one Enter: nothing agreed by this room is being replaced
    assert store.answer(aid, "rec-restore").capability == 3 and "rec-restore" not in cycle.to_confirm(aid)
