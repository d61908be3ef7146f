"""One answer's place in the plan: its risk acceptance, its action's status and priority, its own target.

Layout only: it shows what it is given and emits what the user asked for; PlanController decides.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout,
)

from ..domain.formatting import points
from ..domain.plan import PRIORITY_MAX, STATUSES

from .folded_content import FoldedContent
from .wrapped_label import WrappedLabel
from .language import translate

AUTO = -1  # the priority spin box's "derived" position
# An action's status as the interface names it (domain.plan.STATUSES are the stored values).
STATUS_TEXT = {"open": QT_TRANSLATE_NOOP("PlanPanel", "Open"), "in progress": QT_TRANSLATE_NOOP("PlanPanel", "In progress"),
               "done": QT_TRANSLATE_NOOP("PlanPanel", "Done"), "dropped": QT_TRANSLATE_NOOP("PlanPanel", "Dropped")}


def status_text(status: str) -> str:
    return translate("PlanPanel", STATUS_TEXT[status]) if status in STATUS_TEXT else status


class PlanPanel(FoldedContent):
    acceptRequested = Signal()
    withdrawRequested = Signal()
    statusPicked = Signal(str)
    priorityPicked = Signal(object)  # int, or None for "derived"
    targetPicked = Signal(object)  # int, or None for "the domain's"

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        self.acceptance = WrappedLabel("", objectName="muted")
        self.acceptance.setAccessibleName(self.tr("Risk acceptance"))
        self.accept = QPushButton(self.tr("Accept risk…"))
        self.accept.setToolTip(self.tr("Accept this gap instead of fixing it: a named approver, a reason and an expiry"))
        self.accept.clicked.connect(self.acceptRequested)
        self.withdraw = QPushButton(self.tr("Withdraw"))
        self.withdraw.setToolTip(self.tr("Withdraw the acceptance: the gap is back in the plan"))
        self.withdraw.clicked.connect(self.withdrawRequested)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Action status"))
        self.status.setToolTip(self.tr("Where the remediation action stands; kept with its history into the next cycle"))
        self.status.addItems([status_text(s) for s in STATUSES])
        self.status.activated.connect(lambda i: self._loading or self.statusPicked.emit(STATUSES[i]))
        self.priority = QSpinBox()
        self.priority.setAccessibleName(self.tr("Action priority"))
        self.priority.setRange(AUTO, PRIORITY_MAX)
        self.priority.setSpecialValueText(self.tr("derived"))
        self.priority.setToolTip(self.tr("Weight × gap unless you set it; step below 0 to go back to the derived priority"))
        self.priority.editingFinished.connect(self._priority_done)
        self.derived = QLabel("", objectName="muted")
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Target for this question"))
        self.target.setToolTip(self.tr("The capability level the board wants for this question (else its domain's)"))
        self.target.activated.connect(lambda i: self._loading or self.targetPicked.emit(self.target.itemData(i)))
        self.plan_line = WrappedLabel("", objectName="muted")
        self.problem = QLabel("", objectName="cappedBanner")
        self.problem.setWordWrap(True)
        self.problem.hide()

        accept_row = QHBoxLayout()
        accept_row.addWidget(self.acceptance, 1)
        accept_row.addWidget(self.accept)
        accept_row.addWidget(self.withdraw)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Action status"), buddy=self.status), 0, 0)
        grid.addWidget(self.status, 0, 1)
        grid.addWidget(QLabel(self.tr("Priority"), buddy=self.priority), 1, 0)
        priority_row = QHBoxLayout()
        priority_row.addWidget(self.priority)
        priority_row.addWidget(self.derived, 1)
        grid.addLayout(priority_row, 1, 1)
        grid.addWidget(QLabel(self.tr("Target"), buddy=self.target), 2, 0)
        grid.addWidget(self.target, 2, 1)
        grid.setColumnStretch(1, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addLayout(accept_row)
        box.addLayout(grid)
        box.addWidget(self.plan_line)
        box.addWidget(self.problem)

    def tab_chain(self) -> list:
        return [self.accept, self.withdraw, self.status, self.priority, self.target]

    def show_state(self, *, acceptance_text: str, accepted: bool, has_action: bool, status: str,
                   priority: int | None, derived: int, target: int | None, domain_target: int | None,
                   plan_text: str) -> None:
        self._loading = True
        try:
            self.acceptance.setText(acceptance_text)
            self.withdraw.setEnabled(accepted)
            self.status.setEnabled(has_action)
            self.priority.setEnabled(has_action)
            self.status.setCurrentIndex(STATUSES.index(status) if status in STATUSES else 0)
            self.priority.setValue(AUTO if priority is None else priority)
            self.derived.setText(self.tr("weight × gap = {value}").format(value=derived))
            first = (self.tr("Domain's ({level})").format(level=domain_target) if domain_target is not None
                     else self.tr("None", "no target"))
            if self.target.count() != 6:  # once: the levels stay, only the first entry follows the domain
                self.target.clear()
                self.target.addItem(first, None)
                for level in range(5):
                    self.target.addItem(self.tr("Level {level}").format(level=level), level)
            elif self.target.itemText(0) != first:
                self.target.setItemText(0, first)
            self.target.setCurrentIndex(0 if target is None else target + 1)
            self.plan_line.setText(plan_text)
        finally:
            self._loading = False

    def _priority_done(self) -> None:
        if not self._loading and self.priority.isEnabled():
            value = self.priority.value()
            self.priorityPicked.emit(None if value == AUTO else value)


class AcceptRiskDialog(QDialog):
    """Who approves accepting the gap, why, and until when."""

    def __init__(self, question_title: str, today: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accept risk"))
        self.approver = QLineEdit()
        self.approver.setAccessibleName(self.tr("Approver"))
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.expires = QDateEdit(calendarPopup=True)
        self.expires.setAccessibleName(self.tr("Expires on"))
        self.expires.setDisplayFormat("yyyy-MM-dd")
        later = QDate(today.year, today.month, today.day).addMonths(12)
        self.expires.setDate(later)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Accept risk"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout(self)
        intro = QLabel(self.tr("Accept the gap on “{question}” instead of fixing it. It reopens when the acceptance "
                               "expires.").format(question=question_title))
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("Approved by"), self.approver)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Expires on"), self.expires)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, dt.date]:
        day = self.expires.date()
        return self.approver.text(), self.reason.toPlainText(), dt.date(day.year(), day.month(), day.day())


class TargetsDialog(QDialog):
    """The board's target capability level for every domain at once."""

    def __init__(self, domains: list[tuple[str, str, int | None, float | None]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Board targets"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("The capability level the board wants each domain to reach (on the 0-100 index, "
                       "level × 25). Practice today is shown for reference."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.boxes: dict[str, QComboBox] = {}
        for domain_id, title, level, current in domains:
            box = QComboBox()
            box.setAccessibleName(self.tr("Target for {domain}").format(domain=title))
            box.addItem(self.tr("No target"), None)
            for value in range(5):
                box.addItem(self.tr("Level {level} ({index})").format(level=value, index=value * 25), value)
            box.setCurrentIndex(0 if level is None else level + 1)
            self.boxes[domain_id] = box
            now = self.tr("not scored") if current is None else self.tr("practice {index}").format(index=points(current))
            form.addRow(f"{title} · {now}", box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Set targets"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form.addRow(buttons)

    def levels(self) -> dict[str, int | None]:
        return {domain_id: box.currentData() for domain_id, box in self.boxes.items()}
