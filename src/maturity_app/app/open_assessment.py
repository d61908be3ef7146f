"""The open assessment: the only in-memory copy of one assessment (answers, scores, flags, participants).

Every change goes through a use case (one transaction), then the parts named in its Changes are read back and
every listener is told; windows showing the same assessment (main window, workshop panel, projector) therefore
read one model and can never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from collections.abc import Callable, Sequence

from ..domain.assessment import Answer, Assessment, AssessmentInfo, Rating
from ..domain.escalation import EscalationBudgetExceeded, check_escalation_budget
from ..domain.friction import WorkshopSummary, build_workshop_summary
from ..domain.schema import Pack
from ..domain.rescoring import rescore
from ..domain.scoring import AssessmentScore, QuestionScore, score_assessment
from ..domain.workshop import Participant, ParticipantRating
from ..storage.cycle_store import AnswerFlags
from . import answers as answer_ops
from . import escalations as escalation_ops
from . import evidence as evidence_ops
from . import plan as plan_ops
from . import workshop as workshop_ops
from .changes import Changes, Done
from .shown import shown
from .workspace import Workspace

Listener = Callable[[Changes, str], None]  # what changed, and why: "edit" | "undo" | "redo"


class OpenAssessment:
    def __init__(self, ws: Workspace, assessment_id: int):
        self.ws = ws
        # Shown in the interface language for as long as it is open (a language change restarts the window).
        self.assessment: Assessment = shown(ws.assessments.load(assessment_id))
        self.pack: Pack = self.assessment.pack
        self.question_ids = [q.id for q in self.pack.questions()]
        self._position = {qid: i for i, qid in enumerate(self.question_ids)}
        self.flags: dict[str, AnswerFlags] = ws.cycle.flags(assessment_id)
        self.participants: list[Participant] = []
        self.revealed: frozenset[tuple[str, str]] = frozenset()  # (question id, side) shown to the room
        self._listeners: list[Listener] = []
        self._read_participants()
        self._read_reveals()
        self._pending = None
        self._scored_on: dt.date | None = None
        self._rescore()

    # -- reading -----------------------------------------------------------------------------------
    @property
    def id(self) -> int:
        return self.assessment.info.id

    @property
    def info(self) -> AssessmentInfo:
        return self.assessment.info

    @property
    def is_workshop(self) -> bool:
        return self.info.mode == "workshop"

    def answer(self, question_id: str) -> Answer:
        return self.assessment.answer(question_id)

    def question_score(self, question_id: str) -> QuestionScore:
        return self._by_id[question_id]

    def neighbour(self, question_id: str, step: int) -> str | None:
        index = self._position.get(question_id, -1) + step
        return self.question_ids[index] if 0 <= index < len(self.question_ids) else None

    def flags_of(self, question_id: str) -> AnswerFlags:
        return self.flags.get(question_id, AnswerFlags())

    def to_confirm_count(self) -> int:
        return sum(f.to_confirm for f in self.flags.values())

    def owners(self) -> list[str]:
        return self.ws.assessments.owners(self.id)

    def escalated_ids(self) -> list[str]:
        return [q.question.id for q in self.score.escalations]

    def escalation_conflict(self, question_id: str) -> EscalationBudgetExceeded | None:
        """The domain's verdict on escalating one more question, asked before trying, so a face can offer a swap."""
        try:
            check_escalation_budget(self.escalated_ids(), self.info.escalation_budget, question_id)
        except EscalationBudgetExceeded as exc:
            return exc
        return None

    def ratings(self, question_id: str) -> list[ParticipantRating]:
        """Every stored rating of one question (removed participants' too: the spread decides what counts)."""
        return self.ws.workshop.ratings(self.id, question_id)

    def rating(self, participant_id: int, question_id: str) -> ParticipantRating:
        return self.ws.workshop.rating(participant_id, question_id)

    def is_revealed(self, question_id: str, axis: str) -> bool:
        return (question_id, axis) in self.revealed

    def workshop_summary(self, *, only_revealed: bool = False) -> WorkshopSummary:
        """The room's friction; *only_revealed* for a live screen: sides not yet revealed count for nothing."""
        everyone = self.ws.workshop.participants(self.id, include_removed=True)
        return build_workshop_summary(self.pack, self.info.organisation, everyone, self.ws.workshop.ratings(self.id),
                                      self.assessment.answers, revealed=self.revealed if only_revealed else None)

    def board_decision(self, question_id: str):
        """The board's recorded decision on this question's escalation (domain.escalation.BoardDecision), if any."""
        return self.ws.cycle.board_decisions(self.id).get(question_id)

    # -- listening ---------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- changing (each one use case, then the model follows and listeners are told) ------------------
    def write_answers(self, answers: Sequence[Answer], origin: str = "edit", *,
                      reconfirm: frozenset[str] = frozenset()) -> Done[list[Answer]]:
        done = answer_ops.save_answers(self.ws, self.id, answers, reconfirm=reconfirm, scorer=self._scorer())
        return self._apply(done, origin, stored=done.value)

    def swap_escalation(self, drop_id: str, add_id: str, decision: str | None = None,
                        origin: str = "edit") -> Done[list[Answer]]:
        done = answer_ops.swap_escalation(self.ws, self.id, drop_id, add_id, decision, scorer=self._scorer())
        return self._apply(done, origin, stored=done.value)

    def confirm(self, question_id: str, origin: str = "edit") -> Done[bool]:
        return self._apply(answer_ops.confirm_answer(self.ws, self.id, question_id), origin)

    def set_to_confirm(self, question_id: str, to_confirm: bool, origin: str = "edit") -> Done[bool]:
        return self._apply(answer_ops.set_to_confirm(self.ws, self.id, question_id, to_confirm), origin)

    def agree(self, question_id: str, origin: str = "edit", **levels: Rating) -> Done[Answer]:
        return self._apply(workshop_ops.agree(self.ws, self.id, question_id, **levels), origin)

    def set_revealed(self, question_id: str, axis: str, revealed: bool, origin: str = "edit") -> Done[bool]:
        return self._apply(workshop_ops.set_revealed(self.ws, self.id, question_id, axis, revealed), origin)

    def record_board_decision(self, decision, origin: str = "edit") -> Done:
        return self._apply(escalation_ops.record_board_decision(self.ws, self.id, decision), origin)

    def restore_board_decision(self, question_id: str, decision, origin: str = "edit") -> Done:
        """Put back the decision there was before (None: none, the escalation open again)."""
        if decision is None:
            return self._apply(escalation_ops.clear_board_decision(self.ws, self.id, question_id), origin)
        return self._apply(escalation_ops.record_board_decision(self.ws, self.id, decision), origin)

    def rate(self, participant_id: int, question_id: str, origin: str = "edit",
             **levels: Rating) -> Done[ParticipantRating]:
        return self._apply(workshop_ops.rate(self.ws, self.id, participant_id, question_id, **levels), origin)

    def save_rating(self, rating: ParticipantRating, origin: str = "edit") -> Done[ParticipantRating]:
        return self._apply(workshop_ops.save_rating(self.ws, self.id, rating), origin)

    def add_participant(self, role: str, name: str = "", origin: str = "edit") -> Done[Participant]:
        return self._apply(workshop_ops.add_participant(self.ws, self.id, role, name), origin)

    def remove_participant(self, participant_id: int, origin: str = "edit") -> Done[Participant]:
        return self._apply(workshop_ops.remove_participant(self.ws, self.id, participant_id), origin)

    def restore_participant(self, participant_id: int, origin: str = "edit") -> Done[Participant]:
        return self._apply(workshop_ops.restore_participant(self.ws, self.id, participant_id), origin)

    def rename_participant(self, participant_id: int, name: str, origin: str = "edit") -> Done[Participant]:
        return self._apply(workshop_ops.rename_participant(self.ws, self.id, participant_id, name), origin)

    def attach_files(self, question_id: str, paths, origin: str = "edit", *, use_date: bool = False) -> Done:
        return self._apply(evidence_ops.attach_files(self.ws, self.id, question_id, paths, use_date=use_date), origin)

    def detach_files(self, evidence_ids, origin: str = "edit") -> Done:
        return self._apply(evidence_ops.detach_files(self.ws, self.id, evidence_ids), origin)

    def restore_files(self, items, origin: str = "edit") -> Done:
        return self._apply(evidence_ops.restore_files(self.ws, self.id, items), origin)

    def verify(self, question_id: str, verifier: str, origin: str = "edit") -> Done:
        return self._apply(evidence_ops.verify(self.ws, self.id, question_id, verifier), origin)

    def set_verification(self, question_id: str, verification, origin: str = "edit") -> Done:
        return self._apply(evidence_ops.set_verification(self.ws, self.id, question_id, verification), origin)

    def set_target(self, item_id: str, level: int | None, origin: str = "edit") -> Done:
        return self._apply(plan_ops.set_target(self.ws, self.id, item_id, level), origin)

    def restore_targets(self, targets, origin: str = "edit") -> Done:
        return self._apply(plan_ops.restore_targets(self.ws, self.id, targets), origin)

    def accept_risk(self, question_id: str, approver: str, reason: str, expires_on, origin: str = "edit") -> Done:
        return self._apply(plan_ops.accept_risk(self.ws, self.id, question_id, approver, reason, expires_on), origin)

    def set_acceptance(self, question_id: str, acceptance, origin: str = "edit") -> Done:
        return self._apply(plan_ops.set_acceptance(self.ws, self.id, question_id, acceptance), origin)

    def set_action_state(self, question_id: str, origin: str = "edit", **changes) -> Done:
        return self._apply(plan_ops.set_action_state(self.ws, self.id, question_id, **changes), origin)

    def plan(self):
        from ..domain.plan import build_plan

        return build_plan(self.score, self.ws.today, self.score.acceptances, self.score.actions,
                          list(self.score.targets))

    def evidence_of(self, question_id: str) -> tuple:
        return self.assessment.evidence.get(question_id, ())

    def _scorer(self) -> answer_ops.Scorer:
        """Scores the answers a use case is about to store, rescoring only their domains; the result is kept so
        that, once the transaction has committed, the model adopts it instead of scoring again."""
        self._pending = None

        def score(stored: list[Answer]) -> AssessmentScore:
            answers = {**self.assessment.answers, **{a.question_id: a for a in stored}}
            candidate = replace(self.assessment, answers=answers)  # evidence and plan data as they are
            day = self.ws.today
            if day != self._scored_on:
                new_score = score_assessment(candidate, day)
            else:
                new_score = rescore(self.score, candidate, [a.question_id for a in stored], day)
            self._pending = (answers, new_score, day)
            return new_score

        return score

    def _apply(self, done: Done, origin: str, stored: Sequence[Answer] = ()) -> Done:
        """Follow what *done* changed; *stored*: answers the use case returned exactly as it stored them (taken
        as they are instead of being read back)."""
        changes = done.changes
        adopted = {answer.question_id: answer for answer in stored}
        for question_id in changes.answers:
            self.assessment.answers[question_id] = (adopted.get(question_id)
                                                    or self.ws.assessments.answer(self.id, question_id))
        if changes.evidence:
            self.assessment.evidence = self.ws.evidence.files(self.id)
            self.assessment.verifications = self.ws.evidence.verifications(self.id)
        if changes.plan:
            self.assessment.targets = self.ws.plan.targets(self.id)
            self.assessment.acceptances = self.ws.plan.acceptances(self.id)
            self.assessment.actions = self.ws.plan.action_states(self.id)
        if changes.evidence or changes.plan:
            self._rescore()  # files, verifications and plan data: scored again in full
        elif changes.answers:
            self._rescore(changes.answers)
        if changes.flags:
            self.flags = self.ws.cycle.flags(self.id)
        if changes.participants:
            self._read_participants()
        if changes.reveals:
            self._read_reveals()
        for listener in list(self._listeners):
            listener(changes, origin)
        return done

    def _read_reveals(self) -> None:
        self.revealed = self.ws.workshop.revealed(self.id) if self.is_workshop else frozenset()

    def _read_participants(self) -> None:
        self.participants = self.ws.workshop.participants(self.id) if self.is_workshop else []

    def _rescore(self, changed: frozenset[str] | None = None) -> None:
        """Score again: in full when *changed* is None or the day has turned, else only the changed domains (or
        not at all when the scorer handed to the use case already scored exactly what was stored)."""
        day = self.ws.today
        pending, self._pending = self._pending, None
        if changed is None or day != self._scored_on:
            self.score: AssessmentScore = score_assessment(self.assessment, day)
        elif pending is not None and pending[2] == day and pending[0] == self.assessment.answers:
            self.score = pending[1]
        else:
            self.score = rescore(self.score, self.assessment, changed, day)
        self._scored_on = day
        self._by_id = {q.question.id: q for q in self.score.questions}
