"""Keys that work in every text field of the assessment page, the way they work everywhere else on it.

Text fields claim Ctrl+←/→ for moving by word, so "next question" did nothing while the cursor was in a field.
Here the window's Ctrl+←/→ win in every field (what was typed is saved first, as on any move); moving by word stays
one key away on Alt+←/→ (with Shift to select), and Esc in a field of the question returns to the rating sides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QPushButton

from .lazy_qt import KEY_LEFT, KEY_RIGHT, Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

# The text field classes and QTextCursor are looked up when a key needs them: the start window (which only needs
# enter_presses_buttons) has no text field, and PySide builds each class's enums on first use.

_ARROWS = (KEY_LEFT, KEY_RIGHT)


def _modifiers(event: QKeyEvent):
    return event.modifiers() & ~Qt.KeypadModifier


class PageKeys(QObject):
    """Installed on the page's text fields; escapePressed(field) for Esc in a field listed as a question field."""

    escapePressed = Signal(QObject)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._escape_fields: set[int] = set()

    def install(self, field, escape_returns: bool = False) -> None:
        field.installEventFilter(self)
        if escape_returns:
            self._escape_fields.add(id(field))

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.ShortcutOverride:
            if event.key() in _ARROWS and _modifiers(event) == Qt.ControlModifier:
                event.ignore()  # not claimed by the field: the window's next/previous question shortcut runs
                return True
            if event.key() == Qt.Key_Escape and id(watched) in self._escape_fields and not _popup_open(watched):
                event.accept()  # delivered to the field as a key press (handled below), not to a window shortcut
                return True
            return False
        if kind == QEvent.KeyPress:
            mods = _modifiers(event)
            if event.key() in _ARROWS and mods & Qt.AltModifier and not mods & Qt.ControlModifier:
                _move_by_word(watched, forward=event.key() == Qt.Key_Right, select=bool(mods & Qt.ShiftModifier))
                return True
            if event.key() == Qt.Key_Escape and not mods and id(watched) in self._escape_fields \
                    and not _popup_open(watched):
                self.escapePressed.emit(watched)
                return True
        return False


def _popup_open(field) -> bool:
    from PySide6.QtWidgets import QLineEdit

    completer = field.completer() if isinstance(field, QLineEdit) else None
    return bool(completer and completer.popup() and completer.popup().isVisible())


def _move_by_word(field, forward: bool, select: bool) -> None:
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    if isinstance(field, QLineEdit):
        (field.cursorWordForward if forward else field.cursorWordBackward)(select)
    elif isinstance(field, QPlainTextEdit):
        mode = QTextCursor.KeepAnchor if select else QTextCursor.MoveAnchor
        field.moveCursor(QTextCursor.NextWord if forward else QTextCursor.PreviousWord, mode)


def enter_presses_buttons(page, buttons=None) -> None:
    """Enter presses the focused button on a page, as in a dialog (outside dialogs Qt buttons only take Space).

    A page that lists its *buttons* spares the search through every widget it holds (which has PySide meet each
    one, and build the enums of classes such as the scroll bars, before the first frame)."""
    for button in page.findChildren(QPushButton) if buttons is None else buttons:
        button.setAutoDefault(True)
