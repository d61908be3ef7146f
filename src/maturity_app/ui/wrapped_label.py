"""A word-wrapped label that remembers its height at each width until its text, font or style changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel


class WrappedLabel(QLabel):
    """QLabel lays its text out again for every height a layout asks of it, several per layout pass (the page's
    nested layouts each ask, at the same width), and a relayout of the answer page asks hundreds: the height
    at a width is kept here until the text, its format, the font or the style changes. A label whose text
    never changes (a side's header) keeps its heights from one question to the next."""

    _KEPT = 8  # widths remembered at once (a resize drag goes through many; the layouts try a few)

    def __init__(self, text: str = "", parent=None, **kwargs):
        super().__init__(text, parent, **kwargs)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text != self.text():
            self._heights.clear()
        super().setText(text)

    def setTextFormat(self, text_format) -> None:  # noqa: N802
        self._heights.clear()
        super().setTextFormat(text_format)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= self._KEPT:
                del self._heights[next(iter(self._heights))]  # the oldest width
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.FontChange, QEvent.StyleChange):
            self._heights.clear()  # another type size, another style sheet: other heights
        super().changeEvent(event)
