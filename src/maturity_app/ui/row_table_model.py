"""A read-only table of plain row objects under fixed column headers: the part every such Qt model repeats."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from .language import translate


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

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal:
            return None
        if role == Qt.DisplayRole:
            return translate(self.context, self.headers[section])
        if role == Qt.ToolTipRole:  # the explanation, else the title itself (it may be cut short on screen)
            return translate(self.context, (self.header_tips or self.headers)[section])
        return None
