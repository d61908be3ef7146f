"""Rescoring after an edit: only the domains of the changed questions are scored again (issue #21).

Scoring a 1,000-question assessment from scratch costs about 10 ms, too much for every keystroke-driven save;
an edit changes one question, so its domain is scored again with the domain's own ``score_domain`` and the
assessment's figures are assembled with the same ``assemble_score`` a full score uses: no second formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .assessment import Assessment
from .scoring import AssessmentScore, assemble_score, score_assessment, score_domain


def rescore(previous: AssessmentScore, assessment: Assessment, changed: Iterable[str], today: dt.date
            ) -> AssessmentScore:
    """The score of *assessment* on *today*, given *previous* (its score on *today* before the answers of the
    question ids in *changed* were replaced); equal to ``score_assessment(assessment, today)``."""
    changed = set(changed)
    if previous.pack is not assessment.pack or len(previous.domains) != len(assessment.pack.domains):
        return score_assessment(assessment, today)
    domains = [
        score_domain(old.domain, assessment.answers, today, assessment.pack.scales.capability, assessment.evidence,
                     assessment.verifications)
        if not changed.isdisjoint(old.question_ids) else old
        for old in previous.domains
    ]
    return assemble_score(assessment, domains)
