"""The start page's rows: every assessment with its headline numbers, computed in a few queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.assessment import AssessmentInfo
from ..domain.errors import MaturityError
from ..domain.scoring import score_assessment
from .workspace import Workspace


@dataclass(frozen=True)
class StartRow:
    """One start-page row: the stored info plus the headline numbers from the domain's score."""

    info: AssessmentInfo
    subject_kind: str  # "organisation" or "vendor", from the pack snapshot
    compliance_index: float | None
    capability_index: float | None
    gap_points: float | None


def start_rows(ws: Workspace, today: dt.date | None = None, problems: list[str] | None = None) -> list[StartRow]:
    """Newest first. Loaded together (one parse per distinct pack snapshot, not one per assessment); if that
    fails, each is loaded alone so one unreadable assessment still lists, without numbers, beside the others."""
    infos = ws.assessments.list()
    day = today or ws.today
    try:
        loaded = ws.cycle.load_many([i.id for i in infos])
    except MaturityError:
        loaded = [_load_one(ws, i.id, problems) for i in infos]
    rows = []
    for info, assessment in zip(infos, loaded):
        if assessment is None:
            rows.append(StartRow(info, "organisation", None, None, None))
            continue
        score = score_assessment(assessment, day)
        rows.append(StartRow(info, assessment.pack.subject, score.compliance_index, score.capability_index,
                             score.gap_points))
    return rows


def _load_one(ws: Workspace, assessment_id: int, problems: list[str] | None = None):
    try:
        return ws.assessments.load(assessment_id)
    except MaturityError as exc:
        if problems is not None:  # named to the user, not only shown without numbers
            problems.append(str(exc))
        return None
