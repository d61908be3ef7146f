"""The question view: both sides next to each other, proof, ownership, remediation, escalation and context.

Layout only: it shows what it is given and emits what the user did; the controller decides what happens.
Kept as its own widget so a workshop/presentation mode can host it in another window later.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox, QCompleter, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ..domain.assessment import Answer
from ..domain.references import iso27001_controls, nist_csf_subcategories
from ..domain.schema import Pack
from ..domain.scoring import QuestionScore
from .level_picker import LevelSide

NEVER = QDate(2000, 1, 1)  # the date edits' minimum, shown as "never" / "none"
DATE_FIELDS = ("proven_on", "action_due")
FIELD_LABELS = {
    "proven_on": "proof date", "owner": "capability owner", "evidence_note": "evidence note", "action": "remediation action",
    "action_owner": "action owner", "action_due": "due date", "decision": "proposed decision",
}
SAVE_DELAY_MS = 600  # typing pauses this long before an autosave; leaving the field saves at once


def _to_qdate(day: dt.date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else NEVER


def _from_qdate(day: QDate) -> dt.date | None:
    return None if day <= NEVER else dt.date(day.year(), day.month(), day.day())


class _PlainText(QPlainTextEdit):
    """A plain text box where Tab moves focus (as in a form) and that reports leaving it."""

    focusLost = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:
        self.focusLost.emit()
        super().focusOutEvent(event)


class _DateEdit(QDateEdit):
    """A date field that Tab leaves (QDateEdit would step through day, month, year; arrows still do that)."""

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


def _label(text: str, name: str = "muted") -> QLabel:
    label = QLabel(text, objectName=name)
    label.setWordWrap(True)
    return label


class QuestionView(QWidget):
    levelPicked = Signal(str, object)  # axis, rating
    fieldChanged = Signal(str, object)  # Answer field name, new value
    escalateRequested = Signal(bool)
    boardDecisionRequested = Signal()
    confirmRequested = Signal()  # accept a pre-filled answer from the last cycle as it stands

    def __init__(self, parent=None):
        super().__init__(parent)
        self.question_id: str | None = None
        self._loading = False
        self._pending: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._build()

    # -- layout ------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.position = _label("", "questionDomain")
        self.title = _label("", "questionTitle")
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.capped = _label("", "cappedBanner")
        self.capped.hide()
        # Re-assessment flags: what came over from the last cycle, and what still needs a fresh judgement.
        self.flags = _label("", "cycleFlags")
        self.confirm_button = QPushButton("Confirm as is")
        self.confirm_button.setAccessibleName("Confirm as is")
        self.confirm_button.setToolTip("Keep last cycle's levels and proof date for this question: they still hold")
        self.confirm_button.clicked.connect(self.confirmRequested)
        self.flags_row = QFrame(objectName="cycleFlagsRow")
        flags_layout = QHBoxLayout(self.flags_row)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        flags_layout.addWidget(self.flags, 1)
        flags_layout.addWidget(self.confirm_button)
        self.flags_row.hide()

        self.compliance = LevelSide("compliance")
        self.capability = LevelSide("capability")
        for side in (self.compliance, self.capability):
            side.levelPicked.connect(lambda value, axis=side.axis: self._emit_level(axis, value))
        sides = QHBoxLayout()
        sides.setSpacing(14)
        sides.addWidget(self.compliance, 1)
        sides.addWidget(self.capability, 1)

        self.proven_on = self._date_edit("Proof date", "When was this capability last proven? Never if it was not.",
                                         "never")
        self.proof_never = self._clear_button(self.proven_on, "Never", "Set the proof date to never")
        self.owner = self._line_edit("Capability owner", "The named person who decides when this capability fails "
                                     "(type to reuse a name)")
        self.evidence_note = self._text_edit("Evidence note", "Where the proof is and what it showed")
        self.evidence_hint = _label("")
        self.action = self._text_edit("Remediation action", "What will be done to close the gap", rows=3)
        self.action_owner = self._line_edit("Action owner", "Who will do the remediation action")
        self.action_due = self._date_edit("Action due date", "When the remediation action is due", "none")
        self.due_clear = self._clear_button(self.action_due, "None", "Remove the due date")
        self.owner_names = QStringListModel(self)
        for edit in (self.owner, self.action_owner):
            completer = QCompleter(self.owner_names, edit)
            completer.setCaseSensitivity(Qt.CaseInsensitive)
            completer.setFilterMode(Qt.MatchContains)
            edit.setCompleter(completer)

        self.escalate = QCheckBox("Escalate to the board")
        self.escalate.setAccessibleName("Escalate to the board")
        self.escalate.setToolTip("Ask the board for a decision on this question. Escalations are limited on purpose.")
        self.escalate.clicked.connect(self._escalate_clicked)
        self.budget = QLabel(objectName="muted")
        self.board_status = QLabel(objectName="muted")
        self.board_status.setWordWrap(True)
        self.board_button = QPushButton("Board &decision…")
        self.board_button.setToolTip("Record what the board decided: only that resolves an escalation")
        self.board_button.clicked.connect(self.boardDecisionRequested)
        self.decision = self._text_edit("Proposed decision", "The decision the board is asked to take", rows=2)

        self.consequence = _label("", "consequence")
        self.references = _label("")
        self.references.setTextFormat(Qt.RichText)

        proof = QGridLayout()
        proof.setHorizontalSpacing(10)
        proof.setVerticalSpacing(8)
        date_row = QHBoxLayout()
        date_row.addWidget(self.proven_on, 1)
        date_row.addWidget(self.proof_never)
        proof.addWidget(QLabel("Last proven", buddy=self.proven_on), 0, 0)
        proof.addLayout(date_row, 0, 1)
        proof.addWidget(QLabel("Capability owner", buddy=self.owner), 1, 0)
        proof.addWidget(self.owner, 1, 1)
        proof.addWidget(QLabel("Evidence", buddy=self.evidence_note), 2, 0, Qt.AlignTop)
        proof.addWidget(self.evidence_note, 2, 1)
        proof.addWidget(self.evidence_hint, 3, 1)
        proof.setColumnStretch(1, 1)

        remedy = QGridLayout()
        remedy.setHorizontalSpacing(10)
        remedy.setVerticalSpacing(8)
        due_row = QHBoxLayout()
        due_row.addWidget(self.action_due, 1)
        due_row.addWidget(self.due_clear)
        remedy.addWidget(QLabel("Action", buddy=self.action), 0, 0, Qt.AlignTop)
        remedy.addWidget(self.action, 0, 1)
        remedy.addWidget(QLabel("Action owner", buddy=self.action_owner), 1, 0)
        remedy.addWidget(self.action_owner, 1, 1)
        remedy.addWidget(QLabel("Due", buddy=self.action_due), 2, 0)
        remedy.addLayout(due_row, 2, 1)
        remedy.setColumnStretch(1, 1)

        forms = QHBoxLayout()
        forms.setSpacing(14)
        forms.addWidget(self._panel("PROOF AND OWNERSHIP", proof), 1)
        forms.addWidget(self._panel("REMEDIATION", remedy), 1)

        escalation = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(self.escalate)
        head.addStretch(1)
        head.addWidget(self.budget)
        escalation.addLayout(head)
        escalation.addWidget(self.decision)
        board = QHBoxLayout()
        board.addWidget(self.board_status, 1)
        board.addWidget(self.board_button)
        escalation.addLayout(board)

        context = QVBoxLayout()
        context.addWidget(self.consequence)
        context.addWidget(self.references)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 20)
        layout.setSpacing(12)
        layout.addWidget(self.position)
        layout.addWidget(self.title)
        layout.addWidget(self.capped)
        layout.addWidget(self.flags_row)
        layout.addLayout(sides)
        layout.addLayout(forms)
        layout.addWidget(self._panel("BOARD ESCALATION", escalation))
        layout.addWidget(self._panel("IF THIS FAILS", context))
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(body)
        scroll.setFocusPolicy(Qt.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll = scroll


    def tab_chain(self) -> list[QWidget]:
        """Logical keyboard order: the two sides first (Tab switches side), then proof, remediation, escalation."""
        return [self.compliance, self.capability, self.proven_on, self.proof_never, self.owner, self.evidence_note,
                self.action, self.action_owner, self.action_due, self.due_clear, self.escalate, self.decision]

    @staticmethod
    def _panel(title: str, content) -> QFrame:
        frame = QFrame(objectName="panel")
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(8)
        box.addWidget(QLabel(title, objectName="sectionTitle"))
        box.addLayout(content)
        box.addStretch(1)  # side-by-side panels share a height; keep each one's content at the top
        return frame

    def _line_edit(self, name: str, tip: str) -> QLineEdit:
        edit = QLineEdit()
        field = self._field_name(name)
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        edit.setPlaceholderText(tip)
        edit.textEdited.connect(lambda _t, f=field: self._touched(f))
        edit.editingFinished.connect(self.flush)
        return edit

    def _text_edit(self, name: str, tip: str, rows: int = 3) -> _PlainText:
        edit = _PlainText()
        field = self._field_name(name)
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        edit.setPlaceholderText(tip)
        line = edit.fontMetrics().lineSpacing()
        edit.setFixedHeight(int(line * rows + 14))
        edit.textChanged.connect(lambda f=field: self._touched(f))
        edit.focusLost.connect(self.flush)
        return edit

    def _date_edit(self, name: str, tip: str, empty: str) -> QDateEdit:
        edit = _DateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NEVER)
        edit.setSpecialValueText(empty)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setToolTip(tip)
        field = self._field_name(name)
        edit.dateChanged.connect(lambda _d, f=field: self._touched(f))
        edit.editingFinished.connect(self.flush)
        return edit

    def _clear_button(self, edit: QDateEdit, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(tip)
        button.setToolTip(tip)
        button.clicked.connect(lambda: (edit.setDate(NEVER), self.flush()))
        return button

    @staticmethod
    def _field_name(name: str) -> str:
        return {
            "Proof date": "proven_on", "Capability owner": "owner", "Evidence note": "evidence_note",
            "Remediation action": "action", "Action owner": "action_owner", "Action due date": "action_due",
            "Proposed decision": "decision",
        }[name]

    # -- showing -----------------------------------------------------------------------------------
    def show_question(self, score: QuestionScore, pack: Pack, position: str) -> None:
        """Show a question with its answer; replaces everything, including text being typed (call flush first)."""
        self._timer.stop()
        self._pending.clear()
        self._loading = True
        try:
            q = score.question
            self.question_id = q.id
            self.position.setText(position)
            self.title.setText(q.title)
            for side in (self.compliance, self.capability):
                scale = getattr(pack.scales, side.axis)
                side.set_content(
                    getattr(q, side.axis),
                    [(lvl.level, lvl.label, q.anchor(side.axis, lvl.level, pack.scales)) for lvl in scale.levels],
                )
            self.evidence_hint.setText(f"What counts as proof: {q.evidence}" if q.evidence else "")
            self.evidence_hint.setVisible(bool(q.evidence))
            self.consequence.setText(f"“{q.consequence}”")
            self.references.setText(self._references_html(q.references.iso27001, q.references.nist_csf))
            self._fill(score.answer)
            self.show_score(score)
        finally:
            self._loading = False
        self.scroll.verticalScrollBar().setValue(0)

    def _fill(self, answer: Answer) -> None:
        self.compliance.set_value(answer.compliance)
        self.capability.set_value(answer.capability)
        self.proven_on.setDate(_to_qdate(answer.proven_on))
        self.action_due.setDate(_to_qdate(answer.action_due))
        for name in ("owner", "action_owner"):
            edit: QLineEdit = getattr(self, name)
            if edit.text() != getattr(answer, name):
                edit.setText(getattr(answer, name))
        for name in ("evidence_note", "action", "decision"):
            edit: QPlainTextEdit = getattr(self, name)
            if edit.toPlainText() != getattr(answer, name):
                edit.setPlainText(getattr(answer, name))
        self.escalate.setChecked(answer.escalate)
        self.decision.setEnabled(answer.escalate)

    def refresh_answer(self, score: QuestionScore) -> None:
        """Re-show an answer changed elsewhere (undo, redo, a swap), keeping the question and scroll position."""
        self._timer.stop()
        self._pending.clear()
        self._loading = True
        try:
            self._fill(score.answer)
            self.show_score(score)
        finally:
            self._loading = False

    def show_score(self, score: QuestionScore) -> None:
        """Update what depends on the score only (the stale cap), leaving fields being typed in alone."""
        if score.capped_reason:
            self.capped.setText(f"Capability counted lower: {score.capped_reason}.")
        self.capped.setVisible(bool(score.capped_reason))
        self.escalate.setChecked(score.answer.escalate)
        self.decision.setEnabled(score.answer.escalate)

    def set_flags(self, carried_over: bool, to_confirm: bool) -> None:
        """Show the re-assessment flags of the question on screen (both False: nothing to show)."""
        parts = []
        if to_confirm:
            parts.append("<b>To confirm</b> — last cycle's levels and proof date were pre-filled: "
                         "confirm them as they are, or change them")
        if carried_over:
            parts.append("<b>Carried over</b> — owner, action and evidence note come from last cycle")
        self.flags.setText("<br>".join(parts))
        self.confirm_button.setVisible(to_confirm)
        self.flags_row.setVisible(bool(parts))

    def set_board_decision(self, escalated: bool, text: str) -> None:
        """*text*: the board's recorded decision, or "" while the escalation waits for one."""
        self.board_button.setEnabled(escalated)
        self.board_status.setVisible(escalated)
        self.board_status.setText(f"Resolved: {text}" if text else
                                  "Open until the board's decision is recorded (it carries to the next cycle)")

    def set_budget(self, used: int, budget: int) -> None:
        self.budget.setText(f"Escalations used: {used} of {budget}")

    def set_owner_names(self, names: list[str]) -> None:
        self.owner_names.setStringList(names)

    @staticmethod
    def _references_html(iso: list[str], csf: list[str]) -> str:
        parts = []
        if iso:
            titles = iso27001_controls()
            parts.append("ISO/IEC 27001:2022 — " + "; ".join(
                f"<b>{html.escape(i)}</b> {html.escape(titles.get(i, ''))}" for i in iso))
        if csf:
            outcomes = nist_csf_subcategories()
            parts.append("NIST CSF 2.0 — " + "; ".join(
                f"<b>{html.escape(i)}</b> {html.escape(outcomes.get(i, ''))}" for i in csf))
        return "<br>".join(parts) or "No framework references."

    # -- reporting what the user did -----------------------------------------------------------------
    def _emit_level(self, axis: str, value) -> None:
        if not self._loading:
            self.levelPicked.emit(axis, value)

    def _touched(self, field: str) -> None:
        if self._loading:
            return
        self._pending.add(field)
        self._timer.start()

    def flush(self) -> None:
        """Emit every field edited since the last save (called on pause, on leaving a field, before navigating)."""
        self._timer.stop()
        pending, self._pending = self._pending, set()
        for field in sorted(pending):
            self.fieldChanged.emit(field, self.field_value(field))

    def field_value(self, field: str):
        widget = getattr(self, field)
        if field in DATE_FIELDS:
            return _from_qdate(widget.date())
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def _escalate_clicked(self, checked: bool) -> None:
        if not self._loading:
            self.escalateRequested.emit(checked)

    def focus_side(self, axis: str = "compliance") -> None:
        (self.compliance if axis == "compliance" else self.capability).setFocus(Qt.OtherFocusReason)
