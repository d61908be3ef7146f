"""Contrast on every page and dialog, in both themes: text at least 4.5:1 (3:1 when large), the boundary of every
control and the mark of every state (unchecked and checked boxes and radio buttons, focus) at least 3:1."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from contrast_check import checkboxes_flipped, problems
from gui_helpers import every_dialog
from maturity_app.domain.assessment import Answer
from maturity_app.ui import theme
from maturity_app.ui.theme import apply_theme


@pytest.fixture(params=["light", "dark"])
def themed(request, qapp):
    apply_theme(QApplication.instance(), request.param, 1.0)
    yield request.param
    apply_theme(QApplication.instance(), "light", 1.0)


def _check(widget, qtbot) -> list[str]:
    qtbot.wait(10)
    found = problems(widget)
    with checkboxes_flipped(widget):
        found += [f"{p} [flipped]" for p in problems(widget)]
    return found


def test_theme_tones_meet_the_ratios(themed):
    from contrast_check import contrast
    from PySide6.QtGui import QColor

    t = theme.tones()
    backgrounds = [t.window, t.base, t.alt_base, t.card, t.card_selected, t.card_hover]
    for ink in (t.text, t.muted, t.error, t.compliance_ink, t.capability_ink, t.stale_ink, t.gap_ink, t.ok_ink,
                t.accent):
        for background in backgrounds:
            assert contrast(QColor(ink), QColor(background)) >= 4.5, (ink, background)
    for mark in (t.control, t.accent):
        for background in backgrounds:
            assert contrast(QColor(mark), QColor(background)) >= 3, (mark, background)
    assert contrast(QColor(theme.highlighted_text(t)), QColor(t.accent)) >= 4.5


def test_start_pages(make_app, assessment_id, store, themed, qtbot):
    window, controller = make_app()
    assert _check(window, qtbot) == []
    store.delete(assessment_id)
    controller.start.refresh()
    assert window.start_page.empty.isVisible()
    assert _check(window, qtbot) == []


def test_assessment_page_question_dashboard_and_workshop(make_app, store, mini_pack, themed, qtbot):
    aid = store.create(mini_pack, "Acme Bank", mode="workshop", escalation_budget=2)
    store.save_answer(aid, Answer("rec-restore", compliance=4, capability=4, owner="Dana", escalate=True,
                                  decision="Fund it"))
    window, controller = make_app()
    controller.open_assessment(aid, "rec-restore")
    view = window.assessment_page.question_view
    assert _check(window, qtbot) == []
    view.owner.setFocus()  # a focused field
    view.proven_on.setFocus()
    view.proven_on.selectAll()
    qtbot.keyClicks(view.proven_on, "not a date")
    view.owner.setFocus()  # the date's error message and red frame show
    assert view.proven_on_error.isVisible()
    assert _check(window, qtbot) == []
    controller.assessment.go_to("rec-deps")  # an unanswered question, nothing selected
    assert _check(window, qtbot) == []
    controller.assessment.show_dashboard(True)
    assert _check(window, qtbot) == []
    controller.assessment.show_workshop()
    assert _check(window, qtbot) == []


def test_every_dialog(store, mini_pack, assessment_id, tmp_path, themed, qtbot):
    seen = 0
    for dialog in every_dialog(store, mini_pack, assessment_id, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert _check(dialog, qtbot) == [], dialog.windowTitle()
        seen += 1
        dialog.close()
    assert seen == 5


def test_the_check_finds_what_the_issue_found(qtbot, qapp):
    """The measurement itself: a faint check box border and grey text on grey are reported, a clear one is not."""
    from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

    apply_theme(QApplication.instance(), "dark", 1.0)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        faint = QCheckBox("Faint")
        faint.setStyleSheet("QCheckBox::indicator { border: 1px solid #2E343C; background: #252A31; }")
        grey = QLabel("Grey on grey")
        grey.setStyleSheet("color: #555B63;")
        clear = QCheckBox("Clear")
        for widget in (faint, grey, clear):
            layout.addWidget(widget)
        window.show()
        qtbot.waitExposed(window)
        found = problems(window)
        assert any(p.startswith("boundary QCheckBox('Faint')") for p in found)
        assert any(p.startswith("text QLabel('Grey on grey')") for p in found)
        assert not any("Clear" in p for p in found)
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)


def test_compare_and_portfolio_pages(make_app, store, mini_pack, themed, qtbot):
    from maturity_app.storage.cycle_store import CycleStore

    first = store.create(mini_pack, "Acme Bank")
    store.save_answer(first, Answer("rec-restore", compliance=4, capability=1))
    later = CycleStore(store).reassess(first, mini_pack, prefill=True).new_id
    window, controller = make_app()
    controller.cycle_pages.show_compare(later)
    assert window.pages.currentWidget() is controller.cycle_pages.compare_page
    assert _check(window, qtbot) == []
    controller.cycle_pages.show_portfolio()
    assert window.pages.currentWidget() is controller.cycle_pages.portfolio_page
    assert _check(window, qtbot) == []
