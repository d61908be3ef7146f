"""Item views whose rows grow to show their whole text, wrapped to the width the view gives it (no "…")."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate


class WrappingDelegate(QStyledItemDelegate):
    """Row heights from the text wrapped to *text_width(index)*; the view lays its rows out again on resize."""

    def __init__(self, view: QAbstractItemView, text_width):
        super().__init__(view)
        self._text_width = text_width
        view.setWordWrap(True)
        view.setTextElideMode(Qt.ElideNone)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(view.doItemsLayout)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.Resize and event.oldSize().width() != event.size().width():
            self._relayout.start()
        return False

    def sizeHint(self, option, index):  # noqa: N802 (Qt's name)
        hint = super().sizeHint(option, index)
        font = index.data(Qt.FontRole) or option.font
        text = str(index.data(Qt.DisplayRole) or "")
        width = max(self._text_width(index), 40)
        needed = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), Qt.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), needed.height() + 8))
