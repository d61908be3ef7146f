"""Use cases on one assessment's answers: change, write several at once, swap an escalation, confirm."""

from __future__ import annotations

from ..domain.i18n import _
from collections.abc import Callable, Iterable, Sequence

from ..domain.assessment import Answer, parse_rating
from ..domain.errors import ValidationFailed
from ..domain.scoring import AssessmentScore
from .changes import Changes, Done
from .headlines import refresh_headline
from .workspace import Workspace

AXES = ("compliance", "capability")
Scorer = Callable[[list[Answer]], AssessmentScore]


def _confirming(ws: Workspace, assessment_id: int, question_ids: set[str]) -> frozenset[str]:
    """The questions among *question_ids* still waiting to be confirmed: saving their answer confirms them."""
    flags = ws.cycle.flags(assessment_id)
    return frozenset(q for q in question_ids if q in flags and flags[q].to_confirm)


def save_answers(ws: Workspace, assessment_id: int, answers: Sequence[Answer], *,
                 reconfirm: Iterable[str] = (), scorer: Scorer | None = None) -> Done[list[Answer]]:
    """Write *answers* in the order given, all in one transaction; returns them as stored.

    The order matters for the escalation budget: to move an escalation, drop one before adding the other.
    *reconfirm* names pre-filled answers to flag "to confirm" again afterwards (undoing the change that
    confirmed them), in the same transaction. The stored headline follows in that transaction too: *scorer*
    turns the answers as stored into the domain's score of the whole assessment (the open assessment rescores
    only their domains); without it the assessment is scored afresh.
    """
    reconfirm = frozenset(reconfirm)
    with ws.transaction():
        confirmed = _confirming(ws, assessment_id, {a.question_id for a in answers})
        stored = [ws.assessments.save_answer(assessment_id, answer) for answer in answers]
        for question_id in reconfirm:
            ws.cycle.set_to_confirm(assessment_id, question_id, True)
        refresh_headline(ws, assessment_id, scorer(stored) if scorer else None)
    return Done(stored, Changes(assessment_id, answers=frozenset(a.question_id for a in stored),
                                flags=confirmed | reconfirm))


def change_answer(ws: Workspace, assessment_id: int, question_id: str, *, scorer: Scorer | None = None,
                  **changes) -> Done[Answer]:
    """Apply *changes* (field=value, levels as 0-4, "na" or None) to one answer and save it."""
    for axis in AXES:
        if isinstance(changes.get(axis), str):
            changes[axis] = parse_rating(changes[axis])
    with ws.transaction():
        current = ws.assessments.answer(assessment_id, question_id)
        done = save_answers(ws, assessment_id, [current.with_changes(**changes)], scorer=scorer)
    return Done(done.value[0], done.changes)


def swap_escalation(ws: Workspace, assessment_id: int, drop_id: str, add_id: str, decision: str | None = None,
                    *, scorer: Scorer | None = None) -> Done[list[Answer]]:
    """Move an escalation from *drop_id* to *add_id* (keeping the budget): both answers change, or neither."""
    if drop_id == add_id:
        raise ValidationFailed(_("pick another escalated question to drop"))
    with ws.transaction():
        dropping = ws.assessments.answer(assessment_id, drop_id)
        if not dropping.escalate:
            raise ValidationFailed(_("question {question} is not escalated; there is nothing to move from it").format(
                question=drop_id))
        adding = ws.assessments.answer(assessment_id, add_id)
        added = adding.with_changes(escalate=True, **({} if decision is None else {"decision": decision}))
        return save_answers(ws, assessment_id, [dropping.with_changes(escalate=False), added], scorer=scorer)


def set_to_confirm(ws: Workspace, assessment_id: int, question_id: str, to_confirm: bool) -> Done[bool]:
    """Mark a pre-filled answer confirmed (False) or waiting for confirmation again (True, to undo a confirm)."""
    with ws.transaction():
        ws.assessments.info(assessment_id)  # NotFound for a missing assessment
        ws.cycle.set_to_confirm(assessment_id, question_id, to_confirm)
    return Done(to_confirm, Changes(assessment_id, flags=frozenset({question_id})))


def confirm_answer(ws: Workspace, assessment_id: int, question_id: str) -> Done[bool]:
    """Accept a pre-filled answer as it stands; only an answer waiting for confirmation can be confirmed."""
    with ws.transaction():
        flags = ws.cycle.flags(assessment_id).get(question_id)
        if flags is None or not flags.to_confirm:
            ws.assessments.info(assessment_id)  # a missing assessment is named as such
            raise ValidationFailed(_("question {question} of assessment {id} has no pre-filled answer to confirm").format(
                question=question_id, id=assessment_id))
        return set_to_confirm(ws, assessment_id, question_id, False)
