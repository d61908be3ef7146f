"""The dashboard fits a 1366 px laptop window at 130 % type: every counter tile and the scatter are on screen."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from maturity_app.ui.theme import apply_theme
from test_laptop_fit import _demo


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_dashboard_needs_no_sideways_scrolling_at_130_percent(make_app, store, qtbot, theme):
    aid = _demo(store)
    window, controller = make_app()
    try:
        apply_theme(QApplication.instance(), theme, 1.3)
        window.resize(1366, 728)
        controller.open_assessment(aid)
        controller.assessment.show_dashboard(True)
        qtbot.wait(50)
        dashboard = window.assessment_page.dashboard
        viewport = dashboard.scroll.viewport()
        assert dashboard.scroll.widget().width() <= viewport.width()
        assert not dashboard.scroll.horizontalScrollBar().isVisible()
        last = dashboard.counters["escalated"]
        assert last.mapTo(viewport, last.rect().topRight()).x() < viewport.width()
        for counter in dashboard.counters.values():  # each tile still shows its whole label
            assert QFontMetrics(counter.font()).horizontalAdvance(counter._label) <= counter.width() - 24
    finally:
        apply_theme(QApplication.instance(), "light", 1.0)
