"""One open assessment: its answers, live score and undo stack; every change is saved through the store at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.assessment import Answer, Assessment
from ..domain.errors import MaturityError
from ..domain.escalation import EscalationBudgetExceeded, check_escalation_budget
from ..domain.scoring import AssessmentScore, QuestionScore, score_assessment
from ..storage.store import AssessmentStore

_TEXT_MERGE_ID = 0x4D41  # QUndoStack only merges commands that share an id


def _same(a: Answer, b: Answer) -> bool:
    return a.with_changes(updated_at="") == b.with_changes(updated_at="") if a and b else False


class AnswerCommand(QUndoCommand):
    """One answer change; redo/undo write the new/old answer through the store."""

    def __init__(self, session: AssessmentSession, before: Answer, after: Answer, text: str, merge_field: str = ""):
        super().__init__(text)
        self.session = session
        self.before = before
        self.after = after
        self.merge_field = merge_field
        self._applied = True  # the first write happens before push, so errors reach the caller
        self._unapplied = False

    def id(self) -> int:
        return _TEXT_MERGE_ID if self.merge_field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing into one field of one question in bursts is one undo step, not one per autosave.
        if not isinstance(other, AnswerCommand) or not self.merge_field:
            return False
        if other.merge_field != self.merge_field or other.after.question_id != self.after.question_id:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        if not self.session._write_reporting(self.after, origin="redo"):
            # Not saved (a full disk): the store still holds `before`, so the stack steps back to match it.
            self._unapplied = True
            QTimer.singleShot(0, self.session.undo_stack.undo)

    def undo(self) -> None:
        if self._unapplied:
            self._unapplied = False
            return
        if not self.session._write_reporting(self.before, origin="undo"):
            self._applied = True  # the store still holds `after`: step forward again without writing
            QTimer.singleShot(0, self.session.undo_stack.redo)


class AssessmentSession(QObject):
    """Adapter between widgets and the core: holds no rules, asks domain/ and storage/ for everything."""

    answerChanged = Signal(str, str)  # question id, origin: "edit" | "undo" | "redo"
    saved = Signal(str)  # local time of the save, e.g. "14:02:31"
    failed = Signal(str)  # a save that could not be done, as a sentence

    def __init__(self, store: AssessmentStore, assessment_id: int, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.assessment: Assessment = store.load(assessment_id)
        self.pack = self.assessment.pack
        self.undo_stack = QUndoStack(self)
        self._question_ids = [q.id for q in self.pack.questions()]
        self._position = {qid: i for i, qid in enumerate(self._question_ids)}
        self._rescore()

    # -- reading -----------------------------------------------------------------------------------
    @property
    def id(self) -> int:
        return self.assessment.info.id

    @property
    def info(self):
        return self.assessment.info

    @property
    def question_ids(self) -> list[str]:
        return self._question_ids

    def answer(self, question_id: str) -> Answer:
        return self.assessment.answer(question_id)

    def question_score(self, question_id: str) -> QuestionScore:
        return self._by_id[question_id]

    def neighbour(self, question_id: str, step: int) -> str | None:
        index = self._position.get(question_id, -1) + step
        return self._question_ids[index] if 0 <= index < len(self._question_ids) else None

    def owners(self) -> list[str]:
        return self.store.owners(self.id)

    def escalated_ids(self) -> list[str]:
        return [q.question.id for q in self.score.escalations]

    def escalation_conflict(self, question_id: str) -> EscalationBudgetExceeded | None:
        """The domain's verdict on escalating one more question, asked before trying, so the UI can offer a swap."""
        try:
            check_escalation_budget(self.escalated_ids(), self.info.escalation_budget, question_id)
        except EscalationBudgetExceeded as exc:
            return exc
        return None

    # -- changing ----------------------------------------------------------------------------------
    def change(self, question_id: str, label: str, merge_field: str = "", **changes) -> bool:
        """Apply *changes* to one answer, save at once and record an undo step; False when nothing changed.

        Raises the store's MaturityError (validation, budget) without touching the undo stack.
        """
        before = self.answer(question_id)
        after = before.with_changes(**changes)
        if _same(before, after):
            return False
        self._write(after, origin="edit")
        self.undo_stack.push(AnswerCommand(self, before, self.answer(question_id), label, merge_field))
        return True

    def swap_escalation(self, drop_id: str, add_id: str, decision: str) -> None:
        """Drop one escalation and add another as a single undo step."""
        self.undo_stack.beginMacro("Swap escalation")
        try:
            self.change(drop_id, "Drop escalation", escalate=False)
            self.change(add_id, "Escalate to the board", escalate=True, decision=decision)
        finally:
            self.undo_stack.endMacro()

    def _write(self, answer: Answer, origin: str) -> None:
        try:
            stored = self.store.save_answer(self.id, answer)
        except MaturityError as exc:
            self.failed.emit(f"Not saved: {exc}")  # at once, and "Saved" is no longer shown
            raise
        self.assessment.answers[answer.question_id] = stored
        self._rescore()
        self.answerChanged.emit(answer.question_id, origin)
        self.saved.emit(dt.datetime.now().strftime("%H:%M:%S"))

    def _write_reporting(self, answer: Answer, origin: str) -> bool:
        # Called from inside Qt's undo machinery, where an exception could not reach any caller; _write has
        # already reported the failure.
        try:
            self._write(answer, origin)
        except MaturityError:
            return False
        return True

    def _rescore(self) -> None:
        self.score: AssessmentScore = score_assessment(self.assessment, self.today)
        self._by_id = {q.question.id: q for q in self.score.questions}
