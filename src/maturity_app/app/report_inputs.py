"""Everything a board report needs from the database, gathered once for the CLI and the desktop export alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..domain.assessment import Assessment
from ..domain.errors import MaturityError
from ..domain.friction import WorkshopSummary
from ..domain.scoring import AssessmentScore, score_assessment
from ..domain.i18n import _
from .shown import shown
from .workspace import Workspace


@dataclass(frozen=True)
class ReportInputs:
    """The scored assessment plus the extras the report builder takes (the report never opens the database).

    *left_out* says, one sentence each, which optional sections could not be made and why: the report is
    still written, and both faces tell the user what is missing rather than failing or hiding it.
    """

    assessment: Assessment
    score: AssessmentScore
    as_of: dt.date
    workshop: WorkshopSummary | None = None
    since_last: object | None = None  # report.trend_section.SinceLast (imported lazily: it pulls in reportlab)
    left_out: list[str] = field(default_factory=list)
    board_decisions: dict = field(default_factory=dict)  # question id -> domain.escalation.BoardDecision

    def extras(self) -> dict:
        """Keyword arguments for the report options: only what exists."""
        extras = {}
        if self.workshop is not None:
            extras["workshop"] = self.workshop
        if self.since_last is not None:
            extras["since_last"] = self.since_last
        if self.board_decisions:
            extras["board_decisions"] = self.board_decisions
        return extras


def report_inputs(ws: Workspace, assessment_id: int, *, as_of: dt.date | None = None,
                  assessment: Assessment | None = None) -> ReportInputs:
    """Score the assessment *as_of* (default the workspace's today) and gather the workshop summary and the
    comparison with the previous assessment of the subject. *assessment* is the caller's already loaded copy
    (the desktop's open assessment), so what is reported is exactly what is on screen.

    Pack texts are in the current language (``i18n.using_language`` around this call picks the report's own)."""
    day = as_of or ws.today
    assessment = shown(assessment or ws.assessments.load(assessment_id))
    score = score_assessment(assessment, day)
    workshop = ws.workshop.summary(assessment_id, pack=assessment.pack) if assessment.info.mode == "workshop" \
        else None
    left_out = []
    since_last = None
    try:
        parts = ws.cycle.since_previous(assessment_id, day)  # scored as the report scores this assessment
    except MaturityError as exc:
        parts = None
        left_out.append(_("the report leaves out “since last assessment”: {error}").format(error=exc))
    if parts:
        from ..report.trend_section import SinceLast

        since_last = SinceLast(*parts)
    return ReportInputs(assessment, score, day, workshop, since_last, left_out,
                        board_decisions=ws.cycle.board_decisions(assessment_id))
