"""One side of a question (compliance or capability): the prompt and its level cards, picked by click or key."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from ..domain import formatting
from ..domain.assessment import NA, Rating
from ..domain.i18n import _
from .paragraph_label import BOLD, MUTED, ParagraphLabel
from .styled_box import StyledBox, framed
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


class CardText(ParagraphLabel):
    """A level card's paragraph: the label in bold running into the muted anchor, wrapped to the card's width.

    Laid out once per text and width (ParagraphLabel): as a rich-text QLabel it laid its document out again for
    every question the layouts asked of it (size hint, minimum size, height for a width, each more than once,
    then the paint), six and more layouts per card and twelve cards per question shown."""

    def __init__(self, wrap: bool = True, parent=None):
        super().__init__(parent=parent, wrap=wrap, objectName="levelLabel")
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)

    def set_parts(self, title: str, anchor: str) -> None:
        self.set_runs([(title, BOLD), (f"\u00a0 {anchor}" if anchor else "", MUTED)])


class LevelCard(StyledBox):
    """A clickable card: level number, then the label in bold running into this question's anchor text for that
    level (one wrapped paragraph: a heading line per card made a question two screens tall on a laptop)."""

    clicked = Signal()

    def __init__(self, parent=None, wrap: bool = True):
        super().__init__(parent, objectName="levelCard")
        self.setFocusPolicy(Qt.NoFocus)  # keys go to the side panel (0-4, N), so Tab moves between sides
        self.setCursor(Qt.PointingHandCursor)
        self.setProperty("selected", False)
        self.label_text = ""
        self.anchor_text = ""
        self.badge = QLabel(objectName="levelBadge")
        self.badge.setAlignment(Qt.AlignTop | Qt.AlignHCenter)
        self.body = CardText(wrap)
        row = QHBoxLayout(self)
        row.setContentsMargins(*framed(10, 2, 10, 2))
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


class LevelSide(StyledBox):
    """Focusable panel for one axis. Keys: 0-4 pick a level, N not applicable, Delete or Backspace clears.

    Only these keys rate, and the keyboard help lists each of them; arrows are not among them (they used to step
    the level without saying so) and go on to the page, which scrolls."""

    levelPicked = Signal(object)  # int 0-4, "na" or None
    focused = Signal()

    def __init__(self, axis: str, parent=None):
        super().__init__(parent, objectName="side")
        self.axis = axis
        self._value: Rating = None
        self.setFocusPolicy(Qt.StrongFocus)
        self.setProperty("focused", False)
        name = self.tr(AXIS_NAMES[axis])
        self.setAccessibleName(self.tr("{side} level").format(side=name))
        self.setToolTip(self.tr("{side} level: press 0–4 to choose, N for not applicable, Delete or Backspace to "
                                "clear; Tab switches side").format(side=name))
        # Wraps: German capitals at 130 % are wider than half a laptop screen's side.
        header = WrappedLabel(self.tr(AXIS_TITLES[axis]), objectName=f"sideHeader{AXIS_NAMES[axis]}")
        self.prompt = ParagraphLabel(objectName="sidePrompt")  # new text every question: laid out once
        self.cards: dict[Rating, LevelCard] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*framed(12, 6, 12, 8))
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
