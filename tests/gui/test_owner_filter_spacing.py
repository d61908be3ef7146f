"""A name is one person in the owner filter however it was typed (a trailing space, another case), and picking it
lists every question that person owns."""

from __future__ import annotations

from PySide6.QtCore import Qt

from maturity_app.domain.assessment import Answer
from test_navigator_filters import _listed


def test_one_entry_per_person_and_it_lists_all_they_own(make_app, store, assessment_id, qtbot):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1, owner="Ana Ruiz "))
    store.save_answer(assessment_id, Answer("rec-deps", compliance=3, capability=4, action_owner="ana ruiz"))
    store.save_answer(assessment_id, Answer("dec-owner", compliance=2, capability=2, owner="Sam"))
    window, controller = make_app()
    controller.open_assessment(assessment_id, "cul-near-miss")
    page = window.assessment_page
    names = [page.owner_filter.itemText(i) for i in range(page.owner_filter.count())]
    assert names == ["Anyone's", "Ana Ruiz", "Sam"]
    page.owner_filter.setFocus()
    qtbot.keyClick(page.owner_filter, Qt.Key_Down)
    assert page.owner_filter.currentText() == "Ana Ruiz"
    assert _listed(controller) == ["rec-restore", "rec-deps"]
