"""Use cases of the board's decision on an escalation: recording it resolves the escalation; taking it back
opens it again (domain.escalation holds the rules)."""

from __future__ import annotations

from ..domain.escalation import BoardDecision
from .changes import Changes, Done
from .workspace import Workspace


def record_board_decision(ws: Workspace, assessment_id: int, decision: BoardDecision) -> Done[BoardDecision]:
    """Record what the board decided; "gap closed" is checked against the gap as of the workspace's today."""
    with ws.transaction():
        recorded = ws.cycle.record_board_decision(assessment_id, decision, ws.today)
    return Done(recorded, Changes(assessment_id, decisions=frozenset({decision.question_id})))


def clear_board_decision(ws: Workspace, assessment_id: int, question_id: str) -> Done[None]:
    with ws.transaction():
        ws.assessments.info(assessment_id)  # a missing assessment is named as such
        ws.cycle.clear_board_decision(assessment_id, question_id)
    return Done(None, Changes(assessment_id, decisions=frozenset({question_id})))
