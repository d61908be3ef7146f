"""A read-only table of plain row objects under fixed column headers: the part every such Qt model repeats."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from .language import translate
from .lazy_qt import DISPLAY_ROLE, TOOLTIP_ROLE, Qt


class RowTableModel(QAbstractTableModel):
    """Subclasses set ``headers`` (and optionally ``header_tips``) and implement ``data``; both are English source
    text marked with QT_TRANSLATE_NOOP(``context``, ...) and shown translated."""

    context = "Table"
    headers: tuple[str, ...] = ()
    header_tips: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.rows_replaced()
        self.endResetModel()

    def rows_replaced(self) -> None:
        """Hook for subclasses that keep something derived from the rows (a cache)."""

    def row_at(self, row: int):
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=DISPLAY_ROLE):
        if orientation != Qt.Horizontal:
            return None
        if role == DISPLAY_ROLE:
            return self.title(section)
        if role == TOOLTIP_ROLE:
            return self.title_tip(section)
        return None

    def title(self, section: int) -> str:
        return translate(self.context, self.headers[section])

    def title_tip(self, section: int) -> str:
        """The explanation, else the title itself (it may be cut short on screen)."""
        return translate(self.context, (self.header_tips or self.headers)[section])

    def titles_for_header(self, parent=None):
        """The column titles held by Qt, for a header view to show without asking this model.

        A header asks its model for every title it paints, and a Python ``headerData`` is handed Qt's orientation
        enum, which has PySide build the whole ``Qt`` namespace (see lazy_qt): a window's first frame should not.
        Their tips are added by ``add_title_tips`` (a tip only shows on hover: after that frame)."""
        from PySide6.QtGui import QStandardItemModel

        titles = QStandardItemModel(0, self.columnCount(), parent)
        # Labels rather than items: PySide would build QStandardItem (and its enum) for items made here.
        titles.setHorizontalHeaderLabels([self.title(section) for section in range(self.columnCount())])
        return titles

    def add_title_tips(self, titles) -> None:
        """The explanation of each column for *titles* (made by ``titles_for_header``), shown on hover."""
        for section in range(self.columnCount()):
            titles.setHeaderData(section, Qt.Horizontal, self.title_tip(section), Qt.ToolTipRole)
