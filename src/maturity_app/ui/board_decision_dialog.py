"""Record what the board decided on an escalation: the one thing that resolves it (domain.escalation)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QRadioButton,
    QVBoxLayout,
)

from ..domain.escalation import OUTCOME_LABELS, OUTCOMES, BoardDecision
from ..domain.i18n import _


class BoardDecisionDialog(QDialog):
    def __init__(self, question_id: str, title: str, asked: str, current: BoardDecision | None, today: dt.date,
                 parent=None):
        super().__init__(parent)
        self.question_id = question_id
        self.setWindowTitle(self.tr("Board decision"))
        self.setMinimumWidth(520)
        intro = QLabel(f"<b>{_escape(title)}</b><br>" + self.tr("Asked of the board: {asked}").format(
            asked=_escape(asked) or "<i>" + self.tr("no decision text") + "</i>") + "<br><br>"
            + self.tr("The escalation stays open, cycle after cycle, until its decision is recorded here."))
        intro.setWordWrap(True)
        self.outcomes = QButtonGroup(self)
        buttons = []
        for number, outcome in enumerate(OUTCOMES):
            label = _(OUTCOME_LABELS[outcome])  # the core's words, in the core's catalogue
            button = QRadioButton(f"&{number + 1}  {label[:1].upper()}{label[1:]}")
            button.setProperty("outcome", outcome)
            self.outcomes.addButton(button)
            buttons.append(button)
            if current is not None and current.outcome == outcome:
                button.setChecked(True)
        self.day = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
        day = current.decided_on if current else today
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.setAccessibleName(self.tr("Day of the board's decision"))
        self.note = QPlainTextEdit(current.note if current else "")
        self.note.setPlaceholderText(self.tr("What the board said: budget, owner, date of review…"))
        self.note.setAccessibleName(self.tr("Board's note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        form.addRow(self.tr("Decided on"), self.day)
        form.addRow(self.tr("Note"), self.note)
        self.message = QLabel(objectName="notice")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Record decision"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in buttons:
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.outcomes.checkedButton() or buttons[0]).setFocus()

    def decision(self) -> BoardDecision | None:
        button = self.outcomes.checkedButton()
        if button is None:
            return None
        q = self.day.date()
        return BoardDecision(self.question_id, button.property("outcome"), dt.date(q.year(), q.month(), q.day()),
                             self.note.toPlainText().strip())

    def show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _accept(self) -> None:
        if self.decision() is None:
            self.show_problem(self.tr("Choose what the board decided."))
            return
        self.accept()


def _escape(text: str) -> str:
    import html

    return html.escape(text)
