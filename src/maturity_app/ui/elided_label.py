"""A one-line label that gives way: it shrinks with its window and ends in an ellipsis instead of forcing a width."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel

MIN_WIDTH = 80  # enough for a few letters and the ellipsis


class ElidedLabel(QLabel):
    """text() is always the full text; the screen shows as much as fits, and the tooltip the rest."""

    def __init__(self, text: str = "", parent=None, **kwargs):
        super().__init__(parent, **kwargs)
        self._full = ""
        self._own_tip = ""
        self.setText(text)

    def text(self) -> str:  # noqa: D102 - the full text, not the elided one on screen
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text or ""
        self._elide()

    def setToolTip(self, tip: str) -> None:  # noqa: N802
        self._own_tip = tip
        super().setToolTip(tip)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(min(MIN_WIDTH, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):
            self._elide()  # a new font scale changes what fits

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.ElideRight, room) if room > 0 else self._full
        QLabel.setText(self, shown)
        elided = shown != self._full
        super().setToolTip(self._own_tip or (self._full if elided else ""))
        self.updateGeometry()
