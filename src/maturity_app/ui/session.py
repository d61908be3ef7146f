"""The Qt face of the open assessment: turns the model's notifications into signals and owns the undo stack.

Every step a user can take by mistake (answers, ratings, agreeing, confirming, participants, escalation swaps)
is one undo step, and undoing or redoing it is saved at once like the step itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..app.changes import Changes, Done
from ..app.open_assessment import OpenAssessment
from ..domain.assessment import Answer
from ..domain.errors import MaturityError
from ..storage.database import StorageError
from ..domain.workshop import Participant, ParticipantRating

_TEXT_MERGE_ID = 0x4D41  # QUndoStack only merges commands that share an id
_CHOICE_MERGE_ID = 0x4D42


def _same(a: Answer, b: Answer) -> bool:
    return a.with_changes(updated_at="") == b.with_changes(updated_at="") if a and b else False


class Step(QUndoCommand):
    """One saved operation: *forward* and *backward* each run a use case through the model with an origin.

    The first forward run happens before the push (so its error reaches the caller); redo skips it once.
    A run that fails (a full disk) leaves the database as it was, so the stack steps back to match it.
    """

    def __init__(self, session: AssessmentSession, text: str, forward: Callable[[str], object],
                 backward: Callable[[str], object]):
        super().__init__(text)
        self.session = session
        self.forward = forward
        self.backward = backward
        self._applied = True
        self._unapplied = False

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        if not self.session._run_reporting(self.forward, "redo"):
            self._unapplied = True  # the database still holds the state before: undo without writing
            QTimer.singleShot(0, self.session.undo_stack.undo)

    def undo(self) -> None:
        if self._unapplied:
            self._unapplied = False
            return
        if not self.session._run_reporting(self.backward, "undo"):
            self._applied = True  # the database still holds the state after: redo without writing
            QTimer.singleShot(0, self.session.undo_stack.redo)


class MergingStep(Step):
    """A choice stepped through with the arrow keys (a status, a priority, a target) is one undo step, not one
    per position passed on the way."""

    def __init__(self, session: AssessmentSession, text: str, forward, backward, key: tuple):
        super().__init__(session, text, forward, backward)
        self.key = key

    def id(self) -> int:
        return _CHOICE_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MergingStep) or other.key != self.key:
            return False
        self.forward = other.forward  # undo still goes back to the state before the first step
        return True


class AnswerStep(Step):
    """Answers written together (one, or the two of an escalation swap); typing bursts in one field merge."""

    def __init__(self, session: AssessmentSession, text: str, before: list[Answer], after: list[Answer],
                 reconfirm: frozenset[str], merge_field: str = ""):
        self.before, self.after, self.reconfirm, self.merge_field = before, after, reconfirm, merge_field
        super().__init__(session, text, self._forward, self._backward)

    def _forward(self, origin: str) -> None:
        self.session.model.write_answers(self.after, origin)

    def _backward(self, origin: str) -> None:
        # Reverse order keeps the escalation budget valid at every write (the added one goes first); a change
        # that had confirmed a pre-filled answer asks for that confirmation again.
        self.session.model.write_answers(list(reversed(self.before)), origin, reconfirm=self.reconfirm)

    def id(self) -> int:
        return _TEXT_MERGE_ID if self.merge_field else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing into one field of one question in bursts is one undo step, not one per autosave.
        if not isinstance(other, AnswerStep) or not self.merge_field or other.merge_field != self.merge_field:
            return False
        if [a.question_id for a in other.after] != [a.question_id for a in self.after]:
            return False
        self.after = other.after
        self.reconfirm = self.reconfirm | other.reconfirm
        return True


class AssessmentSession(QObject):
    """Adapter between widgets and the open assessment: holds no rules; the model and the use cases do."""

    answerChanged = Signal(str, str)  # question id, origin: "edit" | "undo" | "redo"
    changed = Signal(object, str)  # Changes, origin: anything about the assessment
    saved = Signal(str)  # local time of the save, e.g. "14:02:31"
    failed = Signal(str)  # a save that could not be done, as a sentence

    def __init__(self, model: OpenAssessment, parent=None):
        super().__init__(parent)
        self.model = model
        self.undo_stack = QUndoStack(self)
        model.subscribe(self._model_changed)

    @classmethod
    def open(cls, workspace, assessment_id: int, parent=None) -> AssessmentSession:
        """Load the assessment into its one model and wrap it."""
        return cls(OpenAssessment(workspace, assessment_id), parent)

    def close(self) -> None:
        self.model.unsubscribe(self._model_changed)

    # -- reading (the model's) ---------------------------------------------------------------------
    @property
    def id(self) -> int:
        return self.model.id

    @property
    def info(self):
        return self.model.info

    @property
    def assessment(self):
        return self.model.assessment

    @property
    def pack(self):
        return self.model.pack

    @property
    def score(self):
        return self.model.score

    @property
    def question_ids(self) -> list[str]:
        return self.model.question_ids

    def answer(self, question_id: str) -> Answer:
        return self.model.answer(question_id)

    def question_score(self, question_id: str):
        return self.model.question_score(question_id)

    def neighbour(self, question_id: str, step: int) -> str | None:
        return self.model.neighbour(question_id, step)

    def owners(self) -> list[str]:
        return self.model.owners()

    def escalated_ids(self) -> list[str]:
        return self.model.escalated_ids()

    def escalation_conflict(self, question_id: str):
        return self.model.escalation_conflict(question_id)

    # -- changing: each an undo step, saved at once; MaturityError reaches the caller, stack untouched ---
    def change(self, question_id: str, label: str, merge_field: str = "", **changes) -> bool:
        """Apply *changes* to one answer; False when nothing changed."""
        before = self.answer(question_id)
        after = before.with_changes(**changes)
        if _same(before, after):
            return False
        self._answer_step(label, [question_id], lambda: self.model.write_answers([after]), merge_field)
        return True

    def agree(self, question_id: str, **levels) -> None:
        """The level the room agreed on becomes the answer."""
        self._answer_step(self.tr("Agree in workshop"), [question_id], lambda: self.model.agree(question_id, **levels))

    def swap_escalation(self, drop_id: str, add_id: str, decision: str | None = None) -> None:
        """Drop one escalation and add another: one transaction, one undo step."""
        self._answer_step(self.tr("Move escalation"), [drop_id, add_id],
                          lambda: self.model.swap_escalation(drop_id, add_id, decision))

    def _answer_step(self, label: str, question_ids: list[str], run: Callable[[], object],
                     merge_field: str = "") -> None:
        before = [self.answer(q) for q in question_ids]
        reconfirm = self._to_confirm(set(question_ids))
        try:
            run()
        except StorageError as exc:  # a full disk: said at once, and "Saved" is no longer shown
            self.failed.emit(self.tr("Not saved: {error}").format(error=exc))
            raise
        after = [self.answer(q) for q in question_ids]
        self.undo_stack.push(AnswerStep(self, label, before, after, reconfirm, merge_field))

    def confirm(self, question_id: str) -> None:
        self.model.confirm(question_id)
        self._push(self.tr("Confirm as is"), lambda o: self.model.confirm(question_id, o),
                   lambda o: self.model.set_to_confirm(question_id, True, o))

    def rate(self, participant_id: int, question_id: str, label: str, **levels) -> ParticipantRating:
        before = self.model.rating(participant_id, question_id)
        after = self.model.rate(participant_id, question_id, **levels).value
        self._push(label, lambda o: self.model.save_rating(after, o), lambda o: self.model.save_rating(before, o))
        return after

    def set_revealed(self, question_id: str, axis: str, revealed: bool) -> None:
        """Show one side of a question to the room, or hide it again. Not an undo step: what the room has seen
        cannot be unseen, and hiding is R again."""
        self.model.set_revealed(question_id, axis, revealed)

    def record_board_decision(self, decision) -> None:
        """Record the board's decision on an escalation (domain.escalation.BoardDecision); undo takes it back."""
        before = self.model.board_decision(decision.question_id)
        self.model.record_board_decision(decision)
        self._push(self.tr("Record board decision"), lambda o: self.model.record_board_decision(decision, o),
                   lambda o: self.model.restore_board_decision(decision.question_id, before, o))

    def add_participant(self, role: str, name: str = "") -> Participant:
        added = self.model.add_participant(role, name).value
        self._push(self.tr("Add {participant}").format(participant=added.label()), lambda o: self.model.restore_participant(added.id, o),
                   lambda o: self.model.remove_participant(added.id, o))
        return added

    def remove_participant(self, participant: Participant) -> None:
        self.model.remove_participant(participant.id)
        self._push(self.tr("Remove {participant}").format(participant=participant.label()), lambda o: self.model.remove_participant(participant.id, o),
                   lambda o: self.model.restore_participant(participant.id, o))

    def rename_participant(self, participant: Participant, name: str) -> Participant:
        renamed = self.model.rename_participant(participant.id, name).value
        self._push(self.tr("Rename {participant}").format(participant=participant.label()), lambda o: self.model.rename_participant(participant.id, name, o),
                   lambda o: self.model.rename_participant(participant.id, participant.name, o))
        return renamed

    # -- evidence files and verification (each an undo step; the content is kept so undo restores it exactly) --
    def evidence(self, question_id: str) -> tuple:
        return self.model.evidence_of(question_id)

    def verification(self, question_id: str):
        return self.model.assessment.verifications.get(question_id)

    def attach_files(self, question_id: str, paths: list[str]) -> list:
        added = self.model.attach_files(question_id, paths).value
        kept = [(f, self.model.ws.evidence.content(f.sha256)) for f in added]
        current = list(added)  # re-attaching gives new numbers; undo detaches whatever is current

        def forward(origin: str) -> None:
            current[:] = self.model.restore_files(kept, origin).value

        self._push(self.tr("Attach {file}").format(file=added[0].name) if len(added) == 1 else
                   self.tr("Attach {file} and %n more", "", len(added) - 1).format(file=added[0].name),
                   forward, lambda o: self.model.detach_files([f.id for f in current], o))
        return added

    def detach_files(self, evidence_ids: list[int]) -> None:
        removed = self.model.detach_files(evidence_ids).value
        current = [f for f, _ in removed]

        def backward(origin: str) -> None:
            current[:] = self.model.restore_files(removed, origin).value

        self._push(self.tr("Detach {file}").format(file=removed[0][0].name), lambda o: self.model.detach_files([f.id for f in current], o),
                   backward)

    def verify(self, question_id: str, verifier: str):
        before = self.verification(question_id)
        after = self.model.verify(question_id, verifier).value
        self._push(self.tr("Verify claim"), lambda o: self.model.set_verification(question_id, after, o),
                   lambda o: self.model.set_verification(question_id, before, o))
        return after

    # -- targets, risk acceptances and action states (each an undo step) -----------------------------
    def set_target(self, item_id: str, level: int | None) -> None:
        before = list(self.model.assessment.targets)
        self.model.set_target(item_id, level)
        after = list(self.model.assessment.targets)
        self.undo_stack.push(MergingStep(self, self.tr("Set target"), lambda o: self.model.restore_targets(after, o),
                                         lambda o: self.model.restore_targets(before, o), ("target", item_id)))

    def set_domain_targets(self, levels: dict) -> None:
        """Every domain's target at once (the targets dialog): one transaction, one undo step."""
        from ..domain.plan import Target

        before = list(self.model.assessment.targets)
        after = [t for t in before if t.kind == "question"] + [
            Target("domain", domain_id, level) for domain_id, level in levels.items() if level is not None]
        self.model.restore_targets(after)
        self._push(self.tr("Set board targets"), lambda o: self.model.restore_targets(after, o),
                   lambda o: self.model.restore_targets(before, o))

    def accept_risk(self, question_id: str, approver: str, reason: str, expires_on):
        before = self.model.assessment.acceptances.get(question_id)
        after = self.model.accept_risk(question_id, approver, reason, expires_on).value
        self._push(self.tr("Accept risk"), lambda o: self.model.set_acceptance(question_id, after, o),
                   lambda o: self.model.set_acceptance(question_id, before, o))
        return after

    def withdraw_acceptance(self, question_id: str) -> None:
        before = self.model.assessment.acceptances.get(question_id)
        self.model.set_acceptance(question_id, None)
        self._push(self.tr("Withdraw risk acceptance"), lambda o: self.model.set_acceptance(question_id, None, o),
                   lambda o: self.model.set_acceptance(question_id, before, o))

    def set_action_state(self, question_id: str, **changes):
        before = self.model.assessment.actions.get(question_id)
        after = self.model.set_action_state(question_id, **changes).value
        old = {"status": before.status, "priority": before.priority} if before else {"status": "open", "priority": None}
        self.undo_stack.push(MergingStep(
            self, self.tr("Change action"), lambda o: self.model.set_action_state(
                question_id, o, status=after.status, priority=after.priority),
            lambda o: self.model.set_action_state(question_id, o, **old), ("action", question_id, tuple(changes))))
        return after

    def _to_confirm(self, question_ids: set[str]) -> frozenset[str]:
        return frozenset(q for q in question_ids if self.model.flags_of(q).to_confirm)

    def _push(self, text: str, forward: Callable[[str], Done], backward: Callable[[str], Done]) -> None:
        self.undo_stack.push(Step(self, text, forward, backward))

    def _run_reporting(self, action: Callable[[str], object], origin: str) -> bool:
        # Called from inside Qt's undo machinery, where an exception could not reach any caller.
        try:
            action(origin)
        except MaturityError as exc:
            self.failed.emit(self.tr("Could not save: {error}").format(error=exc))
            return False
        return True

    def _model_changed(self, changes: Changes, origin: str) -> None:
        for question_id in sorted(changes.answers):
            self.answerChanged.emit(question_id, origin)
        self.changed.emit(changes, origin)
        self.saved.emit(dt.datetime.now().strftime("%H:%M:%S"))
