"""When the escalation budget is used up: choose which escalation to drop for the new one, or keep them all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout


class DropEscalationDialog(QDialog):
    def __init__(self, budget: int, new_title: str, escalated: list[tuple[str, str, str]], parent=None):
        """*escalated*: (question id, title, decision) for each current escalation."""
        super().__init__(parent)
        self.setWindowTitle("Escalation budget used up")
        self.setMinimumWidth(520)
        intro = QLabel(
            f"This assessment may escalate {budget} question{'s' if budget != 1 else ''} to the board, and all are "
            f"taken. The board's attention is scarce on purpose.\n\nTo escalate “{new_title}”, choose the "
            "escalation to drop:"
        )
        intro.setWordWrap(True)
        self.choices = QListWidget()
        self.choices.setAccessibleName("Escalations to choose from")
        self.choices.setToolTip("The escalation to drop in favour of the new one")
        for qid, title, decision in escalated:
            item = QListWidgetItem(f"{title}\n    {decision or 'no decision text'}")
            item.setData(Qt.UserRole, qid)
            self.choices.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText("Drop it and escalate")
        self.buttons.button(QDialogButtonBox.Cancel).setText("Keep current escalations")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
        self.buttons.button(QDialogButtonBox.Ok).setToolTip("Drop the selected escalation and escalate this question")
        self.buttons.button(QDialogButtonBox.Cancel).setToolTip("Leave the escalations as they are")
        self.choices.currentItemChanged.connect(
            lambda item, _prev: self.buttons.button(QDialogButtonBox.Ok).setEnabled(item is not None))
        self.choices.itemDoubleClicked.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choices)
        layout.addWidget(self.buttons)

    def select(self, question_id: str) -> None:
        for row in range(self.choices.count()):
            if self.choices.item(row).data(Qt.UserRole) == question_id:
                self.choices.setCurrentRow(row)

    def chosen(self) -> str | None:
        item = self.choices.currentItem()
        return item.data(Qt.UserRole) if item else None
