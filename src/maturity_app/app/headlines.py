"""Keeping an assessment's stored headline current inside the use case that changed it."""

from __future__ import annotations

from ..domain.scoring import AssessmentScore, score_assessment
from ..storage.headlines import store_headline
from .workspace import Workspace


def refresh_headline(ws: Workspace, assessment_id: int, score: AssessmentScore | None = None) -> dict:
    """Store the headline of *assessment_id* as of the workspace's today; call inside the change's transaction.

    *score* must be the domain's score of exactly what is stored now (the caller scored it already); without it
    the assessment is loaded (its pack parsed once per snapshot) and scored.
    """
    if score is None:
        score = score_assessment(ws.assessments.load(assessment_id), ws.today)
    from ..domain.localize import localized_score

    # Stored figures name the pack in its own language, whichever language the window that saved them speaks.
    score = localized_score(score, score.pack.stored().language)
    return store_headline(ws.db, assessment_id, score, ws.today)
