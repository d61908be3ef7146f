"""A plain, JSON-ready summary of a scored assessment (CLI output, tests, exports)."""

from __future__ import annotations

from .narrative import narrate
from .scoring import AssessmentScore, QuestionScore


def _question(q: QuestionScore) -> dict:
    return {
        "question": q.question.id,
        "title": q.question.title,
        "compliance": q.compliance,
        "capability": q.capability,
        "capability_claimed": q.answer.capability,
        "gap": q.gap,
        "weighted_shortfall": q.weighted_shortfall,
        "capped_reason": q.capped_reason,
    }


def score_summary(score: AssessmentScore) -> dict:
    return {**summary_figures(score), **summary_lists(score)}


def summary_figures(score: AssessmentScore) -> dict:
    """The part of the summary that is one value per key: its numbers and the narrative's sentences."""
    story = narrate(score)
    return {
        **summary_numbers(score),
        "summary": {"coverage": story.coverage, "headline": story.headline, "findings": list(story.findings),
                    "context": list(story.context)},
    }


def summary_numbers(score: AssessmentScore) -> dict:
    """The figures of the summary without its sentences (what domain.headline stores with each assessment: an
    autosave makes them in the answer's transaction, and wording the narrative there cost more than the rest of
    the save)."""
    return {
        "pack": {"id": score.pack.id, "version": score.pack.version, "title": score.pack.title},
        "answered": score.answered,
        "applicable": score.applicable,
        "not_applicable": len(score.not_applicable),
        "total": score.total,
        "draft": score.draft_label,
        "enough_answers": score.enough_answers,
        "excluded_weight": score.excluded_weight,
        "compliance_index": score.compliance_index,
        "capability_index": score.capability_index,
        "gap_points": score.gap_points,
        "paper_domain_share": score.paper_domain_share,
        "counts": {
            "paper_maturity": len(score.paper_maturity),
            "paper_only_domains": len(score.paper_domains),
            "scored_domains": len(score.scored_domains),
            "exposed": len(score.exposed),
            "stale_proofs": len(score.stale),
            "unowned": len(score.unowned),
            "escalations": len(score.escalations),
            "escalation_budget": score.escalation_budget,
        },
    }


def summary_lists(score: AssessmentScore) -> dict:
    """The per-domain and per-question lists of the summary."""
    return {
        "domains": [
            {
                "id": d.domain.id,
                "title": d.domain.title,
                "answered": d.answered,
                "applicable": d.applicable,
                "total": len(d.questions),
                "compliance_index": d.compliance_index,
                "capability_index": d.capability_index,
                "gap_points": d.gap_points,
                "paper_maturity": d.paper_maturity,
                "verdict": d.verdict,
            }
            for d in score.domains
        ],
        "top_gaps": [_question(q) for q in score.top_gaps()],
        "exposed": [_question(q) for q in score.exposed],
        "not_applicable_questions": [q.question.id for q in score.not_applicable],
        "unanswered": [q.question.id for q in score.unanswered],
    }
