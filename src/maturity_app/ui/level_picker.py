"""One side of a question (compliance or capability): the prompt and its level cards, picked by click or key."""

from __future__ import annotations

import math
import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QTextCharFormat, QTextLayout, QTextOption,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from ..domain import formatting
from ..domain.assessment import NA, Rating
from ..domain.i18n import _
from . import theme
from .wrapped_label import WrappedLabel

AXIS_TITLES = {"compliance": QT_TRANSLATE_NOOP("LevelSide", "WHAT COMPLIANCE ASKS"),
               "capability": QT_TRANSLATE_NOOP("LevelSide", "WHAT CAPABILITY ASKS")}
AXIS_NAMES = {"compliance": QT_TRANSLATE_NOOP("LevelSide", "Compliance"),
              "capability": QT_TRANSLATE_NOOP("LevelSide", "Capability")}
_CHOICES: tuple[Rating, ...] = (0, 1, 2, 3, 4, NA)


# The keys keyPressEvent below handles, for the keyboard help (F1); the menu keys come from the actions.
# English source text; the help shows both columns translated (context "KeyHelp": German writes Strg, Entf...).
KEY_HELP = (  # every key that changes a level is here; no other key does
    (QT_TRANSLATE_NOOP("KeyHelp", "0 – 4"), QT_TRANSLATE_NOOP("KeyHelp", "set the level of the focused side")),
    (QT_TRANSLATE_NOOP("KeyHelp", "N / Delete, Backspace"), QT_TRANSLATE_NOOP("KeyHelp", "not applicable / clear")),
    (QT_TRANSLATE_NOOP("KeyHelp", "↑ ↓ PgUp PgDn"), QT_TRANSLATE_NOOP("KeyHelp", "scroll the question (they never rate)")),
    (QT_TRANSLATE_NOOP("KeyHelp", "Tab"), QT_TRANSLATE_NOOP("KeyHelp", "compliance → capability → the fields")),
    (QT_TRANSLATE_NOOP("KeyHelp", "Esc"), QT_TRANSLATE_NOOP("KeyHelp", "from a field, back to the rating sides")),
    (QT_TRANSLATE_NOOP("KeyHelp", "Ctrl+→ / Ctrl+←"), QT_TRANSLATE_NOOP("KeyHelp", "next / previous question, from text fields too")),
    (QT_TRANSLATE_NOOP("KeyHelp", "Alt+→ / Alt+←"), QT_TRANSLATE_NOOP("KeyHelp", "in a text field: next / previous word")),
    (QT_TRANSLATE_NOOP("KeyHelp", "Alt+↓ or F4"), QT_TRANSLATE_NOOP("KeyHelp", "in a date field: pick from a calendar")),
)

def _repolish(widget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CardText(QLabel):
    """A level card's paragraph: the label in bold running into the muted anchor, wrapped to the card's width.

    Laid out with one QTextLayout per text and width, kept: as a rich-text QLabel it laid its document out
    again for every question the layouts asked of it (size hint, minimum size, height for a width, each more
    than once, then the paint), six and more layouts per card and twelve cards per question shown.
    text() is the paragraph as plain text (screen readers read it)."""

    def __init__(self, wrap: bool = True, parent=None):
        super().__init__(parent)
        self.setObjectName("levelLabel")
        self.setTextFormat(Qt.PlainText)
        self._wrap = wrap
        self.setWordWrap(wrap)  # QLabel sets its size policy's height-for-width from this on every setText
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self._title = self._anchor = ""
        self._laid: dict[int, tuple[QTextLayout, int, int]] = {}  # width -> (layout, height, widest line)
        self._hints: tuple[QSize, QSize] | None = None  # (size hint, minimum size hint)

    def set_parts(self, title: str, anchor: str) -> None:
        if (title, anchor) != (self._title, self._anchor):
            self._title, self._anchor = title, anchor
            self._forget()
            self.setText(f"{title}\u00a0 {anchor}" if anchor else title)

    def _forget(self) -> None:
        self._laid.clear()
        self._hints = None

    def _layout(self, width: int) -> tuple[QTextLayout, int, int]:
        """The paragraph laid out in lines of *width* (-1: one line), height and widest line, kept per width."""
        laid = self._laid.get(width)
        if laid is not None:
            return laid
        if len(self._laid) >= 8:  # a few widths are in play at once (the size hint's, with and without the
            del self._laid[next(iter(self._laid))]  # scroll bar...): the oldest goes, it never grows
        text = self.text()
        layout = QTextLayout(text, self.font())
        option = QTextOption(Qt.AlignLeft if text.isascii() or not _right_to_left(text) else Qt.AlignRight)
        option.setWrapMode(QTextOption.WordWrap if self._wrap else QTextOption.NoWrap)
        layout.setTextOption(option)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Bold)
        muted = QTextCharFormat()
        muted.setForeground(QColor(theme.tones().muted))
        title_end = _utf16_length(self._title)
        layout.setFormats([_format_range(0, title_end, bold),
                           _format_range(title_end, _utf16_length(text) - title_end, muted)])
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
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        extra = self._extra()
        return self._layout(max(width - extra.width(), 1))[1] + extra.height()

    def _size_hints(self) -> tuple[QSize, QSize]:
        if self._hints is None:
            extra = self._extra()
            if self._wrap:
                # As QLabel words it: no narrower than the longest word (the widest line when every break is
                # taken), one line high at the least. Preferred: the width it has (at most 80 average
                # characters before it has one), its height reckoned from the words' total width. Qt asks
                # a layout's height at its preferred width too: at the width it has, that is one layout fewer.
                words, height, longest_word = self._layout(0)
                lines = max(words.lineCount(), 1)
                natural = math.ceil(sum(words.lineAt(i).naturalTextWidth() for i in range(lines))
                                    + (lines - 1) * self.fontMetrics().horizontalAdvance(" "))
                line_height = math.ceil(height / lines)
                room = self.contentsRect().width() if self.width() > 0 and self.testAttribute(Qt.WA_Resized) else 0
                preferred = max(min(natural, room or self.fontMetrics().averageCharWidth() * 80), longest_word, 1)
                hint = QSize(preferred, line_height * math.ceil(natural / preferred))
                minimum = QSize(longest_word, line_height)
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


class LevelCard(QFrame):
    """A clickable card: level number, then the label in bold running into this question's anchor text for that
    level (one wrapped paragraph: a heading line per card made a question two screens tall on a laptop)."""

    clicked = Signal()

    def __init__(self, parent=None, wrap: bool = True):
        super().__init__(parent)
        self.setObjectName("levelCard")
        self.setFocusPolicy(Qt.NoFocus)  # keys go to the side panel (0-4, N), so Tab moves between sides
        self.setCursor(Qt.PointingHandCursor)
        self.setProperty("selected", False)
        self.label_text = ""
        self.anchor_text = ""
        self.badge = QLabel(objectName="levelBadge")
        self.badge.setAlignment(Qt.AlignTop | Qt.AlignHCenter)
        self.body = CardText(wrap)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 2, 10, 2)
        row.setSpacing(8)
        row.addWidget(self.badge)
        row.addWidget(self.body, 1)

    def set_content(self, badge: str, title: str, anchor: str, accessible: str) -> None:
        self.badge.setText(badge)
        self.label_text, self.anchor_text = title, anchor
        self.body.set_parts(title, anchor)
        self.setAccessibleName(accessible)
        self.setToolTip(f"{accessible}\n{anchor}" if anchor else accessible)

    def set_selected(self, selected: bool) -> None:
        if self.property("selected") != selected:
            self.setProperty("selected", selected)
            _repolish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class LevelSide(QFrame):
    """Focusable panel for one axis. Keys: 0-4 pick a level, N not applicable, Delete or Backspace clears.

    Only these keys rate, and the keyboard help lists each of them; arrows are not among them (they used to step
    the level without saying so) and go on to the page, which scrolls."""

    levelPicked = Signal(object)  # int 0-4, "na" or None
    focused = Signal()

    def __init__(self, axis: str, parent=None):
        super().__init__(parent)
        self.axis = axis
        self._value: Rating = None
        self.setObjectName("side")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setProperty("focused", False)
        name = self.tr(AXIS_NAMES[axis])
        self.setAccessibleName(self.tr("{side} level").format(side=name))
        self.setToolTip(self.tr("{side} level: press 0–4 to choose, N for not applicable, Delete or Backspace to "
                                "clear; Tab switches side").format(side=name))
        # Wraps: German capitals at 130 % are wider than half a laptop screen's side.
        header = WrappedLabel(self.tr(AXIS_TITLES[axis]), objectName=f"sideHeader{AXIS_NAMES[axis]}")
        self.prompt = WrappedLabel(objectName="sidePrompt")
        self.prompt.setTextInteractionFlags(Qt.NoTextInteraction)
        self.cards: dict[Rating, LevelCard] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(3)
        head = QHBoxLayout()  # "not applicable" is a way out, not a level: it sits beside the side's title
        head.setSpacing(8)
        head.addWidget(header, 1, Qt.AlignVCenter)
        layout.addLayout(head)
        layout.addWidget(self.prompt)
        for choice in _CHOICES:
            card = LevelCard(self, wrap=choice != NA)
            card.clicked.connect(lambda c=choice: self._pick(c))
            self.cards[choice] = card
            if choice == NA:
                card.setSizePolicy(QSizePolicy.Maximum, QSizePolicy.Fixed)
                head.addWidget(card, 0, Qt.AlignVCenter)
            else:
                layout.addWidget(card)
        layout.addStretch(1)

    def set_content(self, prompt: str, levels: list[tuple[int, str, str]]) -> None:
        """*levels*: (level, label, anchor) for 0-4, anchors already resolved for this question."""
        name = self.tr(AXIS_NAMES[self.axis])
        self.prompt.setText(prompt)
        for level, label, anchor in levels:
            self.cards[level].set_content(str(level), label, anchor, self.tr("{side} level {level}: {label}").format(
                side=name, level=level, label=label))
        self.cards[NA].set_content("–", _(formatting.NOT_APPLICABLE), "",
                                   self.tr("{side}: not applicable here (key N)").format(side=name))

    def value(self) -> Rating:
        return self._value

    def set_value(self, value: Rating) -> None:
        self._value = value
        for choice, card in self.cards.items():
            card.set_selected(choice == value)
        label = (self.tr("not answered") if value is None else self.tr("not applicable") if value == NA
                 else self.tr("level {level}").format(level=value))
        self.setAccessibleDescription(f"{self.tr(AXIS_NAMES[self.axis])}: {label}")

    def _pick(self, value: Rating) -> None:
        self.setFocus(Qt.MouseFocusReason)
        if value != self._value:
            self.set_value(value)
            self.levelPicked.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers() & ~Qt.KeypadModifier
        if mods == Qt.NoModifier:
            if Qt.Key_0 <= key <= Qt.Key_4:
                self._pick(key - Qt.Key_0)
                return
            if key == Qt.Key_N:
                self._pick(NA)
                return
            if key in (Qt.Key_Delete, Qt.Key_Backspace):
                self._pick(None)
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self.focused.emit()
        self.setProperty("focused", True)
        _repolish(self)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.setProperty("focused", False)
        _repolish(self)
        super().focusOutEvent(event)
