"""The start window reaches its first frame without Qt's namespace of enums, and nothing it shows changes for it.

PySide builds all of ``Qt`` (some ninety enum classes) the first time a value of it is named or handed to Python;
the start path uses plain numbers, properties set by name and Qt's own function instead (ui/lazy_qt.py). These
tests hold each of those stand-ins to what Qt itself says.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from maturity_app.ui import lazy_qt


def test_the_numbers_the_start_window_sets_are_qts_own():
    assert lazy_qt.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole
    assert lazy_qt.TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole
    assert lazy_qt.TEXT_ALIGNMENT_ROLE == Qt.ItemDataRole.TextAlignmentRole
    assert lazy_qt.USER_ROLE == Qt.ItemDataRole.UserRole
    assert lazy_qt.ALIGN_LEFT == Qt.AlignmentFlag.AlignLeft.value
    assert lazy_qt.ALIGN_RIGHT == Qt.AlignmentFlag.AlignRight.value
    assert lazy_qt.ALIGN_VCENTER == Qt.AlignmentFlag.AlignVCenter.value
    assert lazy_qt.ELIDE_RIGHT == Qt.TextElideMode.ElideRight.value
    assert lazy_qt.ELIDE_MIDDLE == Qt.TextElideMode.ElideMiddle.value
    assert lazy_qt.KEY_LEFT == Qt.Key.Key_Left and lazy_qt.KEY_RIGHT == Qt.Key.Key_Right
    from maturity_app.ui.assessment_list_model import ASCENDING, DESCENDING

    assert (ASCENDING, DESCENDING) == (Qt.SortOrder.AscendingOrder.value, Qt.SortOrder.DescendingOrder.value)


def test_the_lazy_namespace_hands_out_qts_values():
    assert lazy_qt.Qt.AlignRight is Qt.AlignRight
    assert lazy_qt.Qt.WaitCursor is Qt.CursorShape.WaitCursor
    with pytest.raises(AttributeError):
        lazy_qt.Qt.NoSuchValue  # noqa: B018


def test_the_colour_scheme_is_read_through_qts_own_function(qapp):
    from maturity_app.ui import color_scheme

    hints = QApplication.styleHints()
    direct = color_scheme._by_ctypes(hints)
    if sys.platform.startswith("linux"):
        assert direct is not None  # the fast path is there where the tests run: it does not silently fall back
    assert color_scheme.system_color_scheme(hints) == hints.colorScheme().value


def test_the_sort_arrow_is_shown_from_the_headers_state_without_sorting(qapp):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from maturity_app.ui.start_page import show_sort_indicator

    table = QTableView()
    sorted_by = []
    model = QStandardItemModel(3, 6)
    model.sort = lambda *args: sorted_by.append(args)  # noqa: E731 (a spy: must never be asked to sort)
    table.setModel(model)
    header = table.horizontalHeader()
    header.resizeSection(2, 77)
    assert show_sort_indicator(header, 3, 1)
    assert header.sortIndicatorSection() == 3 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.isSortIndicatorShown() and header.sectionSize(2) == 77  # the rest of the state as it was
    assert show_sort_indicator(header, 0, 0)
    assert header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert sorted_by == []
    assert not table.isSortingEnabled()


def test_the_start_page_sorts_newest_first_with_the_arrow_shown_and_elides_as_before(make_app, store, mini_pack,
                                                                                     qtbot):
    from maturity_app.ui.assessment_list_model import SUBJECT, UPDATED

    for name in ("Alpha", "Beta"):
        store.create(mini_pack, name)
    window, controller = make_app()
    table = window.start_page.table
    header = table.horizontalHeader()
    qtbot.waitUntil(table.isSortingEnabled)  # once the first frame is on screen
    assert header.sortIndicatorSection() == UPDATED and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert [table.model().index(r, SUBJECT).data() for r in range(2)] == ["Beta", "Alpha"]
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    # The header shows the model's own titles and tips (held by Qt for it, in the interface language).
    model = table.model()
    for col in range(model.columnCount()):
        assert header.model().headerData(col, Qt.Horizontal) == model.headerData(col, Qt.Horizontal)
        assert (header.model().headerData(col, Qt.Horizontal, Qt.ToolTipRole)
                == model.headerData(col, Qt.Horizontal, Qt.ToolTipRole))


def test_a_click_on_a_title_before_sorting_is_switched_on_sorts_by_it(qapp, qtbot, store, mini_pack):
    # Sorting is switched on just after the first frame; a click that comes first is not lost.
    from PySide6.QtCore import QPoint

    from maturity_app.app.start_rows import StartRow
    from maturity_app.ui.assessment_list_model import SUBJECT, AssessmentListModel
    from maturity_app.ui.start_page import StartPage

    for name in ("beta Ltd", "Alpha Bank", "Gamma plc"):
        store.create(mini_pack, name)
    page = StartPage()
    qtbot.addWidget(page)
    model = AssessmentListModel([StartRow(info, "organisation", None, None, None) for info in store.list()])
    page.set_list_model(model)
    page.configure_table()
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    assert not table.isSortingEnabled()
    header = table.horizontalHeader()
    assert [model.index(r, SUBJECT).data() for r in range(3)] == ["Gamma plc", "Alpha Bank", "beta Ltd"]
    qtbot.mouseClick(header.viewport(), Qt.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(SUBJECT) + 10, header.height() // 2))
    assert table.isSortingEnabled() and header.sortIndicatorSection() == SUBJECT
    names = [model.index(r, SUBJECT).data() for r in range(3)]
    assert names in (["Alpha Bank", "beta Ltd", "Gamma plc"], ["Gamma plc", "beta Ltd", "Alpha Bank"])


def test_the_columns_are_fitted_to_the_viewport_the_list_ends_up_with(make_app, store, mini_pack, qtbot):
    # A scroll bar appears once the rows are in: the columns are fitted to the narrower viewport it leaves.
    for n in range(60):
        store.create(mini_pack, f"Org {n:02d}")
    window, controller = make_app()
    page = window.start_page
    table, header = page.table, page.table.horizontalHeader()
    qtbot.waitUntil(controller.start.recent.has_all_rows, timeout=30000)  # the rest read once the headlines hold
    qtbot.waitUntil(lambda: table.verticalScrollBar().isVisible() and header.width() == table.viewport().width())
    sizes = [header.sectionSize(c) for c in range(header.count())]
    page._fitted = None  # fitted afresh to the viewport as it is now
    page._fit_columns()
    assert [header.sectionSize(c) for c in range(header.count())] == sizes
