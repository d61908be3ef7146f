"""Use cases on the board's targets, risk acceptances and the action plan; each one transaction."""

from __future__ import annotations

import datetime as dt

from ..domain.i18n import _
from ..domain.plan import Acceptance, ActionState, PlanItem, Target, build_plan, check_acceptance, check_action_state
from ..domain.plan import check_target
from ..domain.errors import ValidationFailed
from ..domain.scoring import score_assessment
from ..storage.store import utc_now
from .changes import Changes, Done
from .shown import shown
from .workspace import Workspace


def _changed(assessment_id: int) -> Changes:
    return Changes(assessment_id, plan=True)


def _ids(ws: Workspace, assessment_id: int) -> tuple[set[str], set[str]]:
    pack = ws.assessments.load(assessment_id).pack
    return {d.id for d in pack.domains}, {q.id for q in pack.questions()}


def set_target(ws: Workspace, assessment_id: int, item_id: str, level: int | None) -> Done[Target | None]:
    """Set (or clear, with None) the target capability level of a domain or, by its id, one question."""
    domains, questions = _ids(ws, assessment_id)
    if item_id not in domains | questions:
        raise ValidationFailed(_("{item} is not a domain or question of assessment {id}").format(
            item=repr(item_id), id=assessment_id))
    kind = "domain" if item_id in domains else "question"
    target = check_target(kind, item_id, 0 if level is None else level, domains, questions)
    with ws.transaction():
        ws.plan.set_target(assessment_id, kind, item_id, level)
    return Done(None if level is None else target, _changed(assessment_id))


def restore_targets(ws: Workspace, assessment_id: int, targets: list[Target]) -> Done[list[Target]]:
    """Put every target back as it was (the undo of a target change)."""
    with ws.transaction():
        for old in ws.plan.targets(assessment_id):
            ws.plan.set_target(assessment_id, old.kind, old.item_id, None)
        for t in targets:
            ws.plan.set_target(assessment_id, t.kind, t.item_id, t.level)
    return Done(list(targets), _changed(assessment_id))


def accept_risk(ws: Workspace, assessment_id: int, question_id: str, approver: str, reason: str,
                expires_on: dt.date) -> Done[Acceptance]:
    """Accept a gap instead of fixing it, until *expires_on*, on the named approver's authority."""
    _domains, questions = _ids(ws, assessment_id)
    if question_id not in questions:
        raise ValidationFailed(_("question {question} is not part of assessment {id}").format(
            question=repr(question_id), id=assessment_id))
    acceptance = check_acceptance(question_id, approver, reason, ws.today, expires_on)
    with ws.transaction():
        ws.plan.set_acceptance(assessment_id, question_id, acceptance)
    return Done(acceptance, _changed(assessment_id))


def set_acceptance(ws: Workspace, assessment_id: int, question_id: str,
                   acceptance: Acceptance | None) -> Done[Acceptance | None]:
    """Withdraw an acceptance (None) or put one back as it was (undo)."""
    ws.assessments.info(assessment_id)
    with ws.transaction():
        ws.plan.set_acceptance(assessment_id, question_id, acceptance)
    return Done(acceptance, _changed(assessment_id))


def set_action_state(ws: Workspace, assessment_id: int, question_id: str, *, status: str | None = None,
                     priority: int | None | str = "keep") -> Done[ActionState]:
    """Change an action's status and/or priority override (None: back to weight x gap); history is kept."""
    _domains, questions = _ids(ws, assessment_id)
    if question_id not in questions:
        raise ValidationFailed(_("question {question} is not part of assessment {id}").format(
            question=repr(question_id), id=assessment_id))
    with ws.transaction():
        if not ws.assessments.answer(assessment_id, question_id).action.strip():
            raise ValidationFailed(_("question {question} has no remediation action yet; record one first").format(
                question=question_id))
        current = ws.plan.action_states(assessment_id).get(question_id, ActionState(question_id))
        state = check_action_state(question_id, status or current.status,
                                   current.priority if priority == "keep" else priority)
        ws.plan.set_action_state(assessment_id, state, utc_now())
    return Done(state, _changed(assessment_id))


def plan(ws: Workspace, assessment_id: int, today: dt.date | None = None) -> list[PlanItem]:
    day = today or ws.today
    assessment = shown(ws.assessments.load(assessment_id))
    score = score_assessment(assessment, day)
    return build_plan(score, day, score.acceptances, score.actions, list(score.targets))


def comparison_targets(db, comparison) -> list:
    """Current against target across a comparison: the newer assessment's targets, distance before and now."""
    from ..domain.plan import targets_across
    from ..storage.plan_store import PlanStore

    return targets_across(comparison.old.score, comparison.new.score, PlanStore(db).targets(comparison.new.info.id))
