"""Presentation mode on a projector: at every offered type size the revealed question and both sides fit a
1920x1080 and a 1280x720 screen, or the rest is reached by keyboard; body text is 32 px at the default size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from gui_helpers import open_round

from maturity_app.domain.pack_loader import load_pack
from maturity_app.paths import bundled_packs_dir
from maturity_app.storage.workshop_store import WorkshopStore
from maturity_app.ui.workshop.presentation import OFFERED_SCALES, SCALE_DEFAULT, PresentationWindow, body_px

SCREENS = ((1920, 1080), (1280, 720))


@pytest.fixture
def core_room(store):
    pack = load_pack(bundled_packs_dir() / "core.yaml")
    ws = WorkshopStore(store)
    aid = store.create(pack, "Northwind", mode="workshop")
    for role in ("Executive", "Finance", "Operations", "IT", "Head of Rotterdam distribution hub"):
        ws.add_participant(aid, role, "Alexandra Montgomery-Whitfield")
    return ws, aid, pack


def _inside(widget, window) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size()))


def _longest_question(pack) -> str:
    """The question whose two sides hold the most text: the hardest one to fit."""
    def size(q):
        return len(q.title) + len(q.compliance) + len(q.capability) + sum(
            len(q.anchor(axis, level, pack.scales)) for axis in ("compliance", "capability") for level in range(5))
    return max(pack.questions(), key=size).id


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_revealed_question_fits_or_scrolls_by_keyboard_at_every_size(qtbot, core_room, screen):
    ws, aid, pack = core_room
    w = PresentationWindow(open_round(ws.assessments, aid))
    qtbot.addWidget(w)
    w.round.go_to_question(_longest_question(pack))
    w.show()
    w.fit_to(*screen)
    w.setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_0, Qt.Key.Key_R):
        qtbot.keyClick(w, key)
    assert w.round.revealed
    for scale in OFFERED_SCALES:
        w.set_scale(scale)
        qtbot.wait(10)
        assert (w.width(), w.height()) == screen
        # What stays put (where, chips, status, keys, controls) is on screen and leaves room for the question.
        for fixed in (w.where, w.status, w.scale_slider, w.names_box, *[c for c in w.chips if c.isVisible()]):
            assert _inside(fixed, w), (scale, fixed.objectName(), fixed.geometry())
        viewport = w.scroller.viewport()
        assert viewport.height() >= screen[1] * 0.3, scale
        body = w.scroller.widget()
        assert body.width() <= viewport.width()  # nothing cut off at the side: text wraps
        bar = w.scroller.verticalScrollBar()
        bar.setValue(0)
        seen = set()
        while True:  # Shift+↓ walks the question a screenful at a time; every anchor is seen whole once
            visible = QRect(0, bar.value(), viewport.width(), viewport.height())
            for side in (w.compliance_side, w.capability_side):
                for level, anchor in enumerate(side.anchors):
                    rect = QRect(anchor.mapTo(body, QPoint(0, 0)), anchor.size())
                    if visible.contains(rect):
                        seen.add((side.axis, level))
            if bar.value() >= bar.maximum():
                break
            before = bar.value()
            qtbot.keyClick(w, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
            assert bar.value() > before
        assert len(seen) == 10, (scale, sorted(seen))
        qtbot.keyClick(w, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
        if bar.maximum():
            assert bar.value() < bar.maximum()  # and back up
        if scale == SCALE_DEFAULT:
            w.grab().save(f"/tmp/i14/presentation-{screen[0]}x{screen[1]}-{scale}.png")
    w.set_scale(OFFERED_SCALES[-1])
    w.grab().save(f"/tmp/i14/presentation-{screen[0]}x{screen[1]}-{OFFERED_SCALES[-1]}.png")


def test_body_text_is_32_px_at_the_default_size_on_1080_lines(qtbot, core_room):
    ws, aid, _ = core_room
    w = PresentationWindow(open_round(ws.assessments, aid))
    qtbot.addWidget(w)
    w.show()
    w.fit_to(1920, 1080)
    assert w.scale == SCALE_DEFAULT and body_px(SCALE_DEFAULT) >= 32
    for anchor in w.capability_side.anchors + w.compliance_side.anchors:
        assert anchor.font().pixelSize() >= 32
    assert w.title.font().pixelSize() > 32
    w.fit_to(1280, 720)
    assert all(a.font().pixelSize() >= 21 for a in w.capability_side.anchors)  # the same share of the screen


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_proposed_level_is_scrolled_into_view_on_reveal(qtbot, core_room, screen):
    ws, aid, pack = core_room
    w = PresentationWindow(open_round(ws.assessments, aid))
    qtbot.addWidget(w)
    w.round.go_to_question(_longest_question(pack))
    w.show()
    w.fit_to(*screen)
    w.set_scale(OFFERED_SCALES[-1])
    w.setFocus()
    for key in (Qt.Key.Key_4, Qt.Key.Key_4, Qt.Key.Key_4, Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_R):
        qtbot.keyClick(w, key)
    anchor = w.capability_side.anchors[4]
    assert anchor.property("picked")
    body, viewport = w.scroller.widget(), w.scroller.viewport()

    def whole() -> bool:
        top = anchor.mapTo(body, QPoint(0, 0)).y() - w.scroller.verticalScrollBar().value()
        return top >= 0 and top + anchor.height() <= viewport.height()

    qtbot.waitUntil(whole, timeout=2000)
