"""The bundled packs' questions fit one projected screen at the presentation's default type size."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.exceptions import TimeoutError as WaitTimeout
from PySide6.QtWidgets import QScrollArea

from gui_helpers import open_round
from maturity_app.domain.pack_loader import load_pack
from maturity_app.storage.workshop_store import WorkshopStore
from maturity_app.ui.workshop.presentation import SCALE_DEFAULT, PresentationWindow

PACKS_DIR = Path(__file__).resolve().parents[2] / "questionnaires"


# Every language each pack is written in: German text runs about a quarter longer than English.
CASES = [(pack_id, code) for pack_id in ("core", "vendor-trust", "leadership")
         for code in load_pack(PACKS_DIR / f"{pack_id}.yaml").languages()]


@pytest.fixture
def shown_in():
    from maturity_app.domain import i18n

    yield i18n.set_language
    i18n.set_language("en")


@pytest.mark.parametrize(("pack_id", "language"), CASES)
def test_every_question_fits_a_full_hd_projector_without_scrolling(qtbot, store, pack_id, language, shown_in):
    shown_in(language)
    pack = load_pack(PACKS_DIR / f"{pack_id}.yaml")
    workshop = WorkshopStore(store)
    aid = store.create(pack, "Northwind", mode="workshop")
    for n in range(5):
        workshop.add_participant(aid, f"Function {'ABCDE'[n]}", f"Person {n}")  # roles are words
    window = PresentationWindow(open_round(store, aid))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    assert window.scale == SCALE_DEFAULT
    bar = window.findChild(QScrollArea).verticalScrollBar()
    scrolling = []
    for question in pack.questions():
        window.round.go_to_question(question.id)
        qtbot.wait(40)  # let the wrapped labels settle into their final heights
        try:
            qtbot.waitUntil(lambda: bar.maximum() == 0, timeout=500)
        except WaitTimeout:
            scrolling.append(f"{question.id} (+{bar.maximum()} px)")
    assert not scrolling, f"questions that scroll at {SCALE_DEFAULT} % on 1920×1080: {scrolling}"
