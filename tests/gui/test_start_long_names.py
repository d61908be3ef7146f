"""A long organisation name on the start page, at 100 % and at 130 % type (the projector setting): the row shows its
start and its end, the whole name is the cell's text (what a screen reader reads) and heads its tooltip, names
line up on the left, and the other columns never cut a date or a column title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from maturity_app.ui.assessment_list_model import SUBJECT, UPDATED
from maturity_app.ui.theme import apply_theme

LONG = "Bundesanstalt für Finanzdienstleistungsaufsicht – Referat IT-Aufsicht Kreditinstitute und Zahlungsdienstleister"


@pytest.fixture(params=[1.0, 1.3], ids=["100%", "130%"])
def text_size(request, isolated_data_dir):
    from maturity_app.ui.app_settings import AppSettings, save_settings, settings_path

    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    assert save_settings(AppSettings(font_scale=request.param), settings_path())
    yield request.param
    apply_theme(QApplication.instance(), "light", 1.0)


def _option(table, row: int, col: int) -> QStyleOptionViewItem:
    """What the table's delegate paints the cell from."""
    option = QStyleOptionViewItem()
    table.itemDelegate().initStyleOption(option, table.model().index(row, col))
    return option


def test_a_long_name_keeps_its_start_and_end_and_is_whole_for_readers(make_app, text_size, store, mini_pack, qtbot):
    store.create(mini_pack, "Acme")
    store.create(mini_pack, LONG, scope="IT supervision")
    window, _controller = make_app()
    window.resize(1366, 728)
    table = window.start_page.table
    header = table.horizontalHeader()
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 2 and header.width() == table.viewport().width())
    row = next(r for r in range(2) if model.index(r, SUBJECT).data() == LONG)
    assert QApplication.font().pointSizeF() == pytest.approx(
        max(QApplication.instance().property("maturity_base_font").pointSizeF(), 10.0) * text_size)

    # Too long for its column at either size: shown cut in the middle, so the end that tells names apart stays.
    metrics = table.fontMetrics()
    assert metrics.horizontalAdvance(LONG) > header.sectionSize(SUBJECT)
    assert table.textElideMode() == Qt.ElideMiddle
    shown = metrics.elidedText(LONG, table.textElideMode(), header.sectionSize(SUBJECT) - 12)
    assert shown.startswith("Bundesanstalt") and shown.endswith("dienstleister") and "…" in shown
    # The whole name: the cell's text, what assistive technology reads, and the first line of the tooltip.
    accessible = QAccessible.queryAccessibleInterface(table)
    cells = [accessible.child(i) for i in range(accessible.childCount())]
    names = [c.text(QAccessible.Name) for c in cells if c is not None and c.role() == QAccessible.Cell]
    assert LONG in names
    assert model.index(row, SUBJECT).data(Qt.ToolTipRole).splitlines()[0] == f"Organisation: {LONG}"

    # Every painted cell says its own alignment: names on the left even when a right-aligned cell came before.
    for r in range(2):
        for col in range(model.columnCount()):
            _option(table, r, col)
        assert _option(table, r, SUBJECT).displayAlignment & Qt.AlignLeft
    # The last change is never cut (a cut date is a wrong date), and no column title is cut either.
    date = model.index(row, UPDATED).data()
    assert header.sectionSize(UPDATED) >= metrics.horizontalAdvance(date) + 12
    bold = QFont(header.font())
    bold.setBold(True)
    for col in range(1, model.columnCount()):
        title = model.headerData(col, Qt.Horizontal)
        assert header.sectionSize(col) >= QFontMetrics(bold).horizontalAdvance(title), title
