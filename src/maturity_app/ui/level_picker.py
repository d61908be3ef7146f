"""One side of a question (compliance or capability): the prompt and its level cards, picked by click or key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from ..domain.assessment import NA, Rating

AXIS_TITLES = {"compliance": "WHAT COMPLIANCE ASKS", "capability": "WHAT CAPABILITY ASKS"}
AXIS_NAMES = {"compliance": "Compliance", "capability": "Capability"}
_CHOICES: tuple[Rating, ...] = (0, 1, 2, 3, 4, NA)


# The keys keyPressEvent below handles, for the keyboard help (F1); the menu keys come from the actions.
KEY_HELP = (
    ("0 – 4", "set the level of the focused side"),
    ("↑ ↓", "one level up / down"),
    ("N / Delete", "not applicable / clear"),
    ("Tab", "compliance → capability → the fields"),
)

def _repolish(widget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class LevelCard(QFrame):
    """A clickable card: level number, label and this question's anchor text for that level."""

    clicked = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("levelCard")
        self.setFocusPolicy(Qt.NoFocus)  # keys go to the side panel (0-4, N), so Tab moves between sides
        self.setCursor(Qt.PointingHandCursor)
        self.setProperty("selected", False)
        self.badge = QLabel(objectName="levelBadge")
        self.badge.setAlignment(Qt.AlignTop | Qt.AlignHCenter)
        self.title = QLabel(objectName="levelLabel")
        self.anchor = QLabel(objectName="levelAnchor")
        self.anchor.setWordWrap(True)
        self.anchor.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.title)
        text.addWidget(self.anchor)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.setSpacing(8)
        row.addWidget(self.badge)
        row.addLayout(text, 1)

    def set_content(self, badge: str, title: str, anchor: str, accessible: str) -> None:
        self.badge.setText(badge)
        self.title.setText(title)
        self.anchor.setText(anchor)
        self.anchor.setVisible(bool(anchor))
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
    """Focusable panel for one axis. Keys: 0-4 pick a level, N not applicable, Delete clears, arrows move."""

    levelPicked = Signal(object)  # int 0-4, "na" or None

    def __init__(self, axis: str, parent=None):
        super().__init__(parent)
        self.axis = axis
        self._value: Rating = None
        self.setObjectName("side")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setProperty("focused", False)
        name = AXIS_NAMES[axis]
        self.setAccessibleName(f"{name} level")
        self.setToolTip(f"{name} level: press 0–4 to choose, N for not applicable, Delete to clear; Tab switches side")
        header = QLabel(AXIS_TITLES[axis], objectName=f"sideHeader{name}")
        self.prompt = QLabel(objectName="sidePrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.NoTextInteraction)
        self.cards: dict[Rating, LevelCard] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 14)
        layout.setSpacing(6)
        layout.addWidget(header)
        layout.addWidget(self.prompt)
        layout.addSpacing(6)
        for choice in _CHOICES:
            card = LevelCard(self)
            card.clicked.connect(lambda c=choice: self._pick(c))
            self.cards[choice] = card
            layout.addWidget(card)
        layout.addStretch(1)

    def set_content(self, prompt: str, levels: list[tuple[int, str, str]]) -> None:
        """*levels*: (level, label, anchor) for 0-4, anchors already resolved for this question."""
        name = AXIS_NAMES[self.axis]
        self.prompt.setText(prompt)
        for level, label, anchor in levels:
            self.cards[level].set_content(str(level), label, anchor, f"{name} level {level}: {label}")
        self.cards[NA].set_content("–", "Not applicable", "", f"{name}: not applicable here (key N)")

    def value(self) -> Rating:
        return self._value

    def set_value(self, value: Rating) -> None:
        self._value = value
        for choice, card in self.cards.items():
            card.set_selected(choice == value)
        label = "not answered" if value is None else ("not applicable" if value == NA else f"level {value}")
        self.setAccessibleDescription(f"{AXIS_NAMES[self.axis]}: {label}")

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
            if key in (Qt.Key_Up, Qt.Key_Down):
                current = self._value if isinstance(self._value, int) else (-1 if key == Qt.Key_Down else 5)
                step = 1 if key == Qt.Key_Down else -1
                self._pick(min(4, max(0, current + step)))
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self.setProperty("focused", True)
        _repolish(self)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.setProperty("focused", False)
        _repolish(self)
        super().focusOutEvent(event)
