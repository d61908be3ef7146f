"""A navigator filter for every marker (read from the marker definitions) and by owner; dashboard lists come into
view when their tile is clicked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from maturity_app.domain.assessment import Answer
from maturity_app.ui import markers, navigator_filters
from maturity_app.ui.navigator_model import FILTERS, GAP_MARKERS, MarkersRole, QuestionIdRole


def _listed(controller) -> list[str]:
    """Questions the filters let through (the question on screen, kept whatever the filter, left aside)."""
    proxy = controller.assessment.proxy
    ids = []
    for d in range(proxy.rowCount()):
        domain = proxy.index(d, 0)
        for r in range(proxy.rowCount(domain)):
            source = proxy.mapToSource(proxy.index(r, 0, domain))
            if proxy.matches(source):
                ids.append(source.data(QuestionIdRole))
    return ids


def test_every_marker_has_a_filter_and_each_lists_exactly_its_questions(make_app, store, assessment_id, mini_pack,
                                                                       qtbot):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1, owner="Dana", escalate=True))
    store.save_answer(assessment_id, Answer("rec-deps", compliance=3, capability=4, action_owner="Sam"))
    store.save_answer(assessment_id, Answer("dec-owner", compliance=2, capability=2, owner="Sam",
                                            proven_on=dt.date(2026, 5, 1)))
    from maturity_app.storage.cycle_store import CycleStore

    later = CycleStore(store).reassess(assessment_id, mini_pack, prefill=True).new_id  # answers "to confirm"
    window, controller = make_app()
    controller.open_assessment(later, "cul-near-miss")
    controller.assessment.session.confirm("rec-deps")  # one confirmed: the filter must tell them apart
    controller.assessment.session.change("dec-owner", "Escalate", escalate=True)  # (escalations do not carry over)
    page = window.assessment_page
    assert set(markers.ORDER) <= set(FILTERS)  # one filter per marker definition
    model = controller.assessment.model
    every = {}
    for d in range(model.rowCount()):
        for r in range(model.rowCount(model.index(d, 0))):
            index = model.index(r, 0, model.index(d, 0))
            every[index.data(QuestionIdRole)] = index.data(MarkersRole)
    page.filter.setFocus()
    qtbot.keyClick(page.filter, Qt.Key_Home)
    seen_modes = []
    for _ in FILTERS:
        mode = page.filter.currentData()
        seen_modes.append(mode)
        expected = [q for q, found in every.items() if mode == "all" or (found & GAP_MARKERS if mode == "gaps"
                                                                          else mode in found)]
        assert _listed(controller) == expected, mode
        assert window.actions[f"filter_{mode}"].isChecked()  # the Go menu mirrors it
        qtbot.keyClick(page.filter, Qt.Key_Down)
    assert seen_modes == list(FILTERS)
    assert {m for found in every.values() for m in found} >= {"unanswered", "confirm", "paper", "stale", "unowned",
                                                              "escalated"}  # each filter was tried on a real case
    # Every filter is in the Go menu too, and choosing it there sets the navigator.
    window.actions["filter_stale"].trigger()
    assert page.filter.currentData() == "stale" and _listed(controller) == ["rec-deps"]


def test_owner_filter_lists_what_a_person_owns(make_app, store, assessment_id, qtbot):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1, owner="Dana"))
    store.save_answer(assessment_id, Answer("rec-deps", compliance=3, capability=4, action_owner="Sam"))
    store.save_answer(assessment_id, Answer("dec-owner", compliance=2, capability=2, owner="Sam"))
    window, controller = make_app()
    controller.open_assessment(assessment_id, "cul-near-miss")
    page = window.assessment_page
    names = [page.owner_filter.itemText(i) for i in range(page.owner_filter.count())]
    assert names == ["Anyone's", "Dana", "Sam"]
    page.owner_filter.setFocus()
    qtbot.keyClick(page.owner_filter, Qt.Key_End)
    assert _listed(controller) == ["rec-deps", "dec-owner"]  # action owner and capability owner
    page.filter.setCurrentIndex(list(FILTERS).index("exposed"))
    assert _listed(controller) == ["dec-owner"]  # filters combine (2 and 2, unproven: weak on both sides)
    # A name typed on the question on screen joins the list; the chosen filter stays.
    view = page.question_view
    view.owner.setFocus()
    qtbot.keyClicks(view.owner, "Zoe")
    qtbot.keyClick(view.owner, Qt.Key_Tab)
    assert page.owner_filter.findText("Zoe") > 0 and page.owner_filter.currentText() == "Sam"


def test_a_marker_added_to_the_definitions_gets_its_filter(monkeypatch):
    monkeypatch.setattr(navigator_filters, "ORDER", (*markers.ORDER, "exposed"))
    monkeypatch.setitem(navigator_filters.MARKER_SHORT, "exposed", "Exposed")
    assert navigator_filters._filters()["exposed"] == "Exposed"


def test_a_dashboard_tile_brings_its_list_into_view(make_app, store, assessment_id, qtbot):
    from maturity_app.ui.theme import apply_theme

    for qid in ("rec-restore", "rec-deps", "dec-owner"):
        store.save_answer(assessment_id, Answer(qid, compliance=4, capability=3))
    window, controller = make_app()
    apply_theme(QApplication.instance(), "light", 1.3)
    try:
        window.resize(1366, 728)
        controller.open_assessment(assessment_id)
        controller.assessment.show_dashboard(True)
        dashboard = window.assessment_page.dashboard
        qtbot.wait(50)
        viewport = dashboard.scroll.viewport()

        def on_screen(widget) -> bool:
            top = widget.mapTo(viewport, widget.rect().topLeft()).y()
            return top >= 0 and top + min(widget.height(), 120) <= viewport.height()

        assert not on_screen(dashboard.items)  # below the fold at 130 % on a laptop
        qtbot.mouseClick(dashboard.counters["stale"], Qt.LeftButton)
        assert on_screen(dashboard.items) and on_screen(dashboard.list_title)
        assert dashboard.list_title.text() == "STALE PROOFS"
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)
