"""A word-wrapped label laid out once per text and width: the labels a next question fills with new text.

A QLabel lays its text out again for each thing a layout asks of it: its size hint and minimum size hint (three
layouts between them, more for rich text, whose document is also parsed and resized to a golden ratio), its
height at each width, and again for every paint. A next question sets new text in a dozen labels, so most of the
text shaping of a press was the same paragraphs laid out five or six times over. This label lays its paragraph
out once at each width it is given (the first one also tells its longest word and its unwrapped width: its size
hints), keeps them, and paints the one it has. Runs of bold, italic or muted text and line breaks ("\n")
give it what the question page used rich text for. text() is the paragraph as plain text (what screen readers
read).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel

from . import theme

PLAIN, BOLD, ITALIC, MUTED = "", "bold", "italic", "muted"
_LINE_BREAK = "\u2028"  # what QTextLayout breaks a line at ("\n" is one character too: same UTF-16 offsets)
_KEPT = 8  # widths laid out at once (the size hint's, with and without a scroll bar...): the oldest goes


class ParagraphLabel(QLabel):
    def __init__(self, text: str = "", parent=None, wrap: bool = True, objectName: str = ""):  # noqa: N803 (Qt's)
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setTextFormat(Qt.PlainText)
        self._wrap = wrap
        self.setWordWrap(wrap)  # QLabel sets its size policy's height-for-width from this on every setText
        self._runs: tuple[tuple[str, str], ...] = ()
        self._laid: dict[int, tuple[QTextLayout, int, int]] = {}  # width -> (layout, height, widest line)
        self._hints: tuple[QSize, QSize] | None = None  # (size hint, minimum size hint)
        if text:
            self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self.set_runs([(text, PLAIN)])

    def set_runs(self, runs: Iterable[tuple[str, str]]) -> None:
        """Show *runs*, (text, PLAIN/BOLD/ITALIC/MUTED) in turn, as one paragraph; "\n" breaks a line."""
        runs = tuple((text, style) for text, style in runs if text)
        if runs != self._runs:
            self._runs = runs
            self._forget()
            super().setText("".join(text for text, _ in runs))

    def _forget(self) -> None:
        self._laid.clear()
        self._hints = None

    def _formats(self) -> list[QTextLayout.FormatRange]:
        formats, start = [], 0
        for text, style in self._runs:
            length = _utf16_length(text)
            if style:
                char_format = QTextCharFormat()
                if style == BOLD:
                    char_format.setFontWeight(QFont.Bold)
                elif style == ITALIC:
                    char_format.setFontItalic(True)
                elif style == MUTED:
                    char_format.setForeground(QColor(theme.tones().muted))
                formats.append(_format_range(start, length, char_format))
            start += length
        return formats

    def _layout(self, width: int) -> tuple[QTextLayout, int, int]:
        """The paragraph laid out in lines of *width* (-1: unwrapped), its height and widest line, kept per width."""
        laid = self._laid.get(width)
        if laid is not None:
            return laid
        if len(self._laid) >= _KEPT:
            del self._laid[next(iter(self._laid))]
        text = self.text()
        layout = QTextLayout(text.replace("\n", _LINE_BREAK), self.font())
        layout.setCacheEnabled(True)  # keeps the shaped glyphs: painting them again shaped the text again
        option = QTextOption(Qt.AlignLeft if text.isascii() or not _right_to_left(text) else Qt.AlignRight)
        option.setWrapMode(QTextOption.WordWrap if self._wrap else QTextOption.NoWrap)
        layout.setTextOption(option)
        layout.setFormats(self._formats())
        layout.beginLayout()
        y, widest = 0.0, 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            if width >= 0:
                line.setLineWidth(width)
            else:
                line.setNumColumns(len(text) + 1)
            line.setPosition(QPointF(0, y))
            y += line.height()
            widest = max(widest, line.naturalTextWidth())
        layout.endLayout()
        laid = self._laid[width] = (layout, math.ceil(y), math.ceil(widest))
        return laid

    def _extra(self) -> QSize:
        """What lies around the text: the frame (the style sheet may give one) and the contents margins."""
        return self.size() - self.contentsRect().size()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        extra = self._extra()
        return self._height(max(width - extra.width(), 1)) + extra.height()

    def _height(self, width: int) -> int:
        """The paragraph's height in lines of *width*. Word wrapping fills each line greedily, so the lines laid
        out at a wider width whose widest is no wider than *width* are the very lines *width* gives: their
        height is the answer, with no layout (a layout asks a short paragraph's height at its unwrapped width,
        which its one line at the width it is shown at already tells)."""
        laid = self._laid.get(width)
        if laid is not None:
            return laid[1]
        if self._wrap:
            for at, (_, height, widest) in self._laid.items():
                if widest <= width and (at < 0 or at >= width):
                    return height
        return self._layout(width)[1]

    def _size_hints(self) -> tuple[QSize, QSize]:
        if self._hints is None:
            extra = self._extra()
            if self._wrap:
                # As QLabel words it: no narrower than the longest word, one line high at the least; preferred,
                # the width it has (at most 80 average characters before it has one) or less when the paragraph
                # is shorter, as high as the paragraph is there. One layout at the width it has tells all of it
                # (the longest word and the unwrapped width are the layout's minimum and maximum widths), and it
                # is the layout its height for that width and its paint use.
                room = self.contentsRect().width() if self.width() > 0 and self.testAttribute(Qt.WA_Resized) else 0
                at = room or self.fontMetrics().averageCharWidth() * 80
                laid, height, _ = self._layout(at)
                longest_word, natural = math.ceil(laid.minimumWidth()), math.ceil(laid.maximumWidth())
                preferred = max(min(natural, at), longest_word, 1)
                hint = QSize(preferred, height if preferred <= at else self._layout(preferred)[1])
                line = laid.lineAt(0)
                minimum = QSize(longest_word, math.ceil(line.height()) if line.isValid() else height)
            else:
                _, line_height, natural = self._layout(-1)
                hint = minimum = QSize(natural, line_height)
            self._hints = (hint + extra, minimum + extra)
        return self._hints

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._size_hints()[0]

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._size_hints()[1]

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in (QEvent.FontChange, QEvent.PaletteChange, QEvent.StyleChange):
            self._forget()  # another type size or theme: laid out again, in its colours
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        rect = self.contentsRect()
        layout = self._layout(max(rect.width(), 1) if self._wrap else -1)[0]
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        layout.draw(painter, QPointF(rect.topLeft()))


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _format_range(start: int, length: int, text_format: QTextCharFormat) -> QTextLayout.FormatRange:
    found = QTextLayout.FormatRange()
    found.start, found.length, found.format = start, length, text_format
    return found


def _right_to_left(text: str) -> bool:
    """Whether the first strongly directed letter of *text* is written right to left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("L", "R", "AL"):
            return direction != "L"
    return False
