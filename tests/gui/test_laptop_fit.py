"""The window fits a 1366x768 laptop: at 130 % type with a long organisation name nothing forces it wider."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from maturity_app.ui.theme import apply_theme
from maturity_app.ui.screens import screen_of  # never QWidget.screen(): see ui/screens.py


def test_open_assessment_fits_a_laptop_at_130_percent_and_keeps_full_names(make_app, store, mini_pack, qtbot):
    long_name = "Northwind Logistics Group International Holdings and Subsidiaries plc"
    aid = store.create(mini_pack, long_name, assessor="Dana Whitfield, Chief Information Security Officer")
    window, controller = make_app()
    try:
        apply_theme(QApplication.instance(), "dark", 1.3)
        controller.open_assessment(aid)
        qtbot.wait(50)
        assert window.minimumSizeHint().width() <= 1366 - 20
        window.resize(1366, 728)
        qtbot.wait(50)
        page = window.assessment_page
        assert page.subject.text() == long_name  # the full name for code and screen readers...
        assert page.subject.toolTip().startswith("Organisation: " + long_name)
        shown = page.subject.fontMetrics().horizontalAdvance(long_name)
        assert shown > page.subject.width()  # ...while the screen shows what fits
        assert page.dashboard_button.geometry().right() <= page.width()  # the header's buttons stay on screen
        meter = page.meter
        assert meter.width() >= meter.minimumSizeHint().width()  # the meter's labels never overlap its bars
        assert meter.minimumSizeHint().width() > 200
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)


def test_first_window_is_no_larger_than_the_screen(make_app):
    from maturity_app.ui.main_window import MainWindow

    window = MainWindow()
    available = screen_of(window).availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    window.deleteLater()


def test_the_organisation_name_is_whole_when_there_is_room(make_app, store, mini_pack, qtbot):
    aid = store.create(mini_pack, "Contoso Freight plc", assessor="R. Patel, Chief Information Security Officer, on behalf of the Group Risk Committee")
    window, controller = make_app()
    try:
        apply_theme(QApplication.instance(), "dark", 1.0)
        controller.open_assessment(aid)
        window.resize(1366, 728)
        qtbot.wait(50)
        subject = window.assessment_page.subject
        # A long subtitle (pack, mode, assessor) gives way first; the name it describes stays whole.
        assert subject.width() >= subject.sizeHint().width()
        assert subject.toolTip() == "Organisation: Contoso Freight plc"
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)


def _rows_in_view(table) -> int:
    """How many whole rows the table shows, read from where its rows sit in the viewport."""
    viewport = table.viewport().height()
    return sum(1 for row in range(table.model().rowCount())
               if table.rowViewportPosition(row) >= 0
               and table.rowViewportPosition(row) + table.rowHeight(row) <= viewport)


def test_compare_page_keeps_its_tables_readable_on_a_laptop_at_130_percent(make_app, store, qtbot):
    from maturity_app.storage.demo_assessment import create_demo_assessment
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import bundled_packs_dir
    from maturity_app.storage.cycle_store import CycleStore

    pack = load_pack(bundled_packs_dir() / "core.yaml")
    first = create_demo_assessment(store, pack, dt.date(2026, 6, 1))
    later = CycleStore(store).reassess(first, pack, prefill=True).new_id
    window, controller = make_app()
    try:
        apply_theme(QApplication.instance(), "light", 1.3)
        window.resize(1366, 768)
        controller.show_compare(later)
        page = controller.compare_page
        qtbot.waitUntil(lambda: page.question_table.viewport().height() > 0)
        qtbot.wait(50)
        assert window.height() <= 768
        assert _rows_in_view(page.question_table) >= 5
        assert _rows_in_view(page.domain_table) >= 2
        chart = page.trend_chart
        assert chart.isVisible() and chart.height() >= 120  # the trend gives way, but stays a chart
        for figure in page.figures.values():  # the figure captions are not clipped by the shorter overview
            assert figure.caption.height() >= figure.caption.heightForWidth(figure.caption.width())
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)


def test_a_25_character_name_is_whole_at_130_percent_on_a_1366_px_window(make_app, store, mini_pack, qtbot):
    name = "Contoso Freight Group plc"
    assert len(name) == 25
    aid = store.create(mini_pack, name, assessor="R. Patel, Chief Information Security Officer")
    window, controller = make_app()
    try:
        apply_theme(QApplication.instance(), "dark", 1.3)
        window.resize(1366, 728)
        controller.open_assessment(aid)
        qtbot.wait(50)
        page = window.assessment_page
        assert window.width() == 1366
        assert page.subject.width() >= page.subject.sizeHint().width()  # nothing elided...
        assert page.subject.toolTip() == "Organisation: " + name  # ...so the tooltip adds nothing but the label
        # The meter and the view buttons are still on screen and do not overlap the name.
        meter = page.meter.geometry()
        assert page.subject.geometry().right() < meter.left() and meter.width() >= page.meter.minimumSizeHint().width()
        assert page.dashboard_button.isVisible() and page.dashboard_button.geometry().right() <= page.width()
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)


def _demo(store):
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import bundled_packs_dir
    from maturity_app.storage.demo_assessment import create_demo_assessment

    return create_demo_assessment(store, load_pack(bundled_packs_dir() / "core.yaml"), dt.date(2026, 6, 1))


# The core pack's longest questions (prompts and anchors), escalated ones among them (decision box shown).
LONGEST = ("rec-restore-proven", "own-acceptance-consequence", "gov-balanced-kpis")


def test_a_question_takes_at_most_one_and_a_half_screens_at_130_percent(make_app, store, qtbot):
    aid = _demo(store)
    window, controller = make_app()
    try:
        apply_theme(QApplication.instance(), "dark", 1.3)
        window.resize(1366, 728)
        controller.open_assessment(aid)
        view = window.assessment_page.question_view
        for qid in LONGEST:
            controller.assessment.go_to(qid)
            assert controller.assessment.current == qid
            qtbot.wait(20)
            viewport = view.scroll.viewport().height()
            assert view.scroll.widget().height() <= 1.5 * viewport, qid  # what the user scrolls...
            assert view.needed_height() <= 1.5 * viewport, qid  # ...is what the content needs
        # Folded panels still say what they hold, and unfold with a key.
        folded = [fold for fold in view.folds if not fold.is_open()]
        assert folded
        proof = view.proof_panel
        if proof in folded:
            assert proof.summary.isVisible() and "Last proven:" in proof.summary_text()
            assert "Capability owner:" in proof.toggle.accessibleName()
            proof.toggle.setFocus()
            qtbot.keyClick(proof.toggle, Qt.Key_Space)
            assert proof.is_open() and view.owner.isVisible()
            controller.assessment.go_to(LONGEST[1])
            assert proof.is_open()  # what the user unfolded stays unfolded
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)


@pytest.mark.parametrize("scale", [1.0, 1.3])
def test_the_folds_are_chosen_from_heights_the_page_then_has(make_app, store, qtbot, scale):
    """Next question weighs the fold states from one layout instead of folding and unfolding to measure: each
    state's height worked out beforehand is the height the page has once folded that way (both type sizes, the
    panels of a row sharing its width unevenly, escalated questions with their decision box among them)."""
    aid = _demo(store)
    window, controller = make_app()
    try:
        apply_theme(QApplication.instance(), "dark", scale)
        window.resize(1366, 728)
        controller.open_assessment(aid)
        view = window.assessment_page.question_view
        questions = controller.assessment.session.question_ids
        for qid in (*LONGEST, *questions[::6]):
            controller.assessment.go_to(qid)
            qtbot.wait(1)
            chosen = tuple(fold.is_open() for fold in view.folds)
            width = view.fit_width()
            predicted = view.fold_heights(width)
            limit = view.FIT_SCREENS * view.scroll.viewport().height()
            assert chosen == next((s for s in view.FOLD_STEPS[:-1] if predicted[s] <= limit), view.FOLD_STEPS[-1])
            for state in view.FOLD_STEPS:
                view._set_folds(state)
                assert view.needed_height(width) == predicted[state], (qid, state)
            view._set_folds(chosen)
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)


def test_next_question_folds_and_unfolds_only_what_changes(make_app, store, qtbot, monkeypatch):
    from maturity_app.ui.fold_panel import FoldPanel

    aid = _demo(store)
    window, controller = make_app()
    window.resize(1366, 728)
    controller.open_assessment(aid)
    view = window.assessment_page.question_view
    toggled = []
    original = FoldPanel.set_open
    monkeypatch.setattr(FoldPanel, "set_open", lambda panel, on: (toggled.append(panel.title), original(panel, on)))
    changes = 0
    for qid in controller.assessment.session.question_ids[:20]:
        before = [fold.is_open() for fold in view.folds]
        controller.assessment.go_to(qid)
        changes += sum(a != b for a, b in zip(before, (fold.is_open() for fold in view.folds)))
    assert len(toggled) == changes  # a panel keeping its state is left alone (no unfold-all and fold again)


def test_on_a_large_screen_nothing_is_folded(make_app, store, qtbot):
    aid = _demo(store)
    window, controller = make_app()
    window.resize(1600, 1200)
    controller.open_assessment(aid, LONGEST[0])
    qtbot.wait(20)
    assert all(fold.is_open() for fold in window.assessment_page.question_view.folds)


def test_nothing_is_cut_at_130_percent(make_app, store, qtbot):
    from PySide6.QtGui import QFontMetrics

    aid = _demo(store)
    window, controller = make_app()
    try:
        apply_theme(QApplication.instance(), "light", 1.3)
        window.resize(1366, 728)
        controller.open_assessment(aid)
        qtbot.wait(20)
        tree = window.assessment_page.tree
        model = tree.model()
        shown = 0
        for d in range(model.rowCount()):
            for index in [model.index(d, 0)] + [model.index(r, 0, model.index(d, 0))
                                                for r in range(model.rowCount(model.index(d, 0)))]:
                rect = tree.visualRect(index)
                font = index.data(Qt.FontRole) or tree.font()
                needed = QFontMetrics(font).boundingRect(0, 0, rect.width() - 8, 10_000, Qt.TextWordWrap,
                                                         index.data())
                assert rect.height() >= needed.height(), index.data()  # wrapped whole, never "…"
                shown += 1
        pack = store.load(aid).pack
        assert shown == len(pack.questions()) + len(pack.domains)  # every question and domain row was checked
        controller.assessment.show_dashboard(True)
        qtbot.wait(20)
        dashboard = window.assessment_page.dashboard
        bars = dashboard.bars
        assert bars.legend_fits()
        assert all(bars.title_fits(bar.title) for bar in bars._bars)
        for counter in dashboard.counters.values():
            assert QFontMetrics(counter.font()).horizontalAdvance(counter._label) <= counter.width() - 24
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)


def test_type_size_changes_apply_without_reopening(opened, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    before = {name: getattr(view, name).height() for name in ("evidence_note", "action", "decision")}
    try:
        apply_theme(QApplication.instance(), "light", 1.5)
        qtbot.wait(20)
        for name, height in before.items():
            edit = getattr(view, name)
            rows = (edit.height() - 14) / edit.fontMetrics().lineSpacing()
            assert edit.height() > height * 1.3 and rows >= edit.rows - 0.01, name  # whole rows at the new size
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)
    assert {name: getattr(view, name).height() for name in before} == before


def _cut(root) -> list[str]:
    """Visible labels and buttons smaller than their text needs (wrapped labels: shorter than their lines)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from maturity_app.ui.elided_label import ElidedLabel

    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, ElidedLabel):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                if widget.height() + 1 < widget.heightForWidth(widget.width()):
                    found.append(f"wrapped label {widget.text()[:40]!r}: {widget.height()} < "
                                 f"{widget.heightForWidth(widget.width())}")
            elif widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"label {widget.text()[:40]!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"button {widget.text()[:40]!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
    return found


def test_every_dialog_is_whole_at_130_percent_on_a_laptop(store, mini_pack, tmp_path, qtbot):
    from gui_helpers import every_dialog

    aid = store.create(mini_pack, "Northwind Logistics Group International Holdings plc", escalation_budget=2)
    try:
        apply_theme(QApplication.instance(), "light", 1.3)
        for dialog in every_dialog(store, mini_pack, aid, tmp_path):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            qtbot.wait(20)
            assert dialog.width() <= 1366 and dialog.height() <= 768 - 40, dialog.windowTitle()
            assert _cut(dialog) == [], dialog.windowTitle()
            dialog.close()
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)
