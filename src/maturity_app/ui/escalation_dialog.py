"""When the escalation budget is used up: choose which escalation to drop for the new one, or keep them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFrame, QLabel, QRadioButton, QScrollArea, QVBoxLayout, QWidget,
)

from .screens import screen_of


class DropEscalationDialog(QDialog):
    """Each escalation is a radio button with its decision written out in full below it (never cut to one line).

    Nothing is chosen when the dialog opens, so Enter cannot drop an escalation the user did not pick: the drop
    button only becomes the answer to Enter once a choice is made; until then Enter keeps every escalation."""

    def __init__(self, budget: int, new_title: str, escalated: list[tuple[str, str, str]], parent=None):
        """*escalated*: (question id, title, decision) for each current escalation."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Escalation budget used up"))
        intro = QLabel(
            self.tr("This assessment may escalate %n question(s) to the board, and all are taken. The board's "
                    "attention is scarce on purpose.", "", budget)
            + "\n\n" + self.tr("To escalate “{question}”, choose the escalation to drop:").format(question=new_title)
        )
        intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        self.decisions: dict[str, QLabel] = {}
        rows = QWidget()
        rows_layout = QVBoxLayout(rows)
        rows_layout.setContentsMargins(4, 4, 4, 4)
        rows_layout.setSpacing(4)
        for qid, title, decision in escalated:
            radio = QRadioButton(title)
            radio.setAccessibleName(self.tr("Drop the escalation of “{question}”").format(question=title))
            radio.setAccessibleDescription(self.tr("Decision asked: {decision}").format(
                decision=decision or self.tr("no decision text")))
            radio.setToolTip(self.tr("Drop this escalation in favour of the new one"))
            text = QLabel(decision or self.tr("no decision text"), objectName="muted")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextSelectableByMouse)
            text.setContentsMargins(26, 0, 0, 8)
            text.setBuddy(radio)
            self.group.addButton(radio)
            self.choices[qid] = radio
            self.decisions[qid] = text
            rows_layout.addWidget(radio)
            rows_layout.addWidget(text)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(rows)
        self.scroll = scroll

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.drop_button = self.buttons.button(QDialogButtonBox.Ok)
        self.keep_button = self.buttons.button(QDialogButtonBox.Cancel)
        self.drop_button.setText(self.tr("Drop it and escalate"))
        self.keep_button.setText(self.tr("Keep current escalations"))
        self.drop_button.setEnabled(False)
        self.drop_button.setToolTip(self.tr("Drop the chosen escalation and escalate this question"))
        self.keep_button.setToolTip(self.tr("Leave the escalations as they are (Esc)"))
        for button in (self.drop_button, self.keep_button):
            button.setAccessibleName(button.text())
        self._make_default(self.keep_button)
        self.group.buttonToggled.connect(self._chosen_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min(640, (screen_of(parent).availableGeometry().width() - 40) if parent else 640))
        self._fit_height(rows)

    def _fit_height(self, rows: QWidget) -> None:
        # Every decision whole on screen when it fits; beyond the screen's height the list scrolls.
        screen = screen_of(self)
        screen = screen.availableGeometry() if screen is not None else None
        wanted = rows.sizeHint().height() + 8
        limit = int(screen.height() * 0.6) if screen else 600
        self.scroll.setMinimumHeight(min(wanted, limit))

    def _make_default(self, button) -> None:
        for other in (self.drop_button, self.keep_button):
            other.setDefault(other is button)
            other.setAutoDefault(other is button)

    def _chosen_changed(self, *_args) -> None:
        chosen = self.chosen() is not None
        self.drop_button.setEnabled(chosen)
        self._make_default(self.drop_button if chosen else self.keep_button)

    def select(self, question_id: str) -> None:
        self.choices[question_id].setChecked(True)

    def chosen(self) -> str | None:
        return next((qid for qid, radio in self.choices.items() if radio.isChecked()), None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # The keyboard starts on the first choice without choosing it (arrows or Space choose).
        if self.choices:
            next(iter(self.choices.values())).setFocus(Qt.TabFocusReason)
