"""A plain, JSON-ready summary of a scored assessment (CLI output, tests, exports)."""

from __future__ import annotations

from .scoring import AssessmentScore


def score_summary(score: AssessmentScore) -> dict:
    return {
        "pack": {"id": score.pack.id, "version": score.pack.version, "title": score.pack.title},
        "answered": score.answered,
        "total": score.total,
        "compliance_index": score.compliance_index,
        "capability_index": score.capability_index,
        "gap_points": score.gap_points,
        "paper_domain_share": score.paper_domain_share,
        "counts": {
            "paper_maturity": len(score.paper_maturity),
            "stale_proofs": len(score.stale),
            "unowned": len(score.unowned),
            "escalations": len(score.escalations),
            "escalation_budget": score.escalation_budget,
        },
        "domains": [
            {
                "id": d.domain.id,
                "title": d.domain.title,
                "answered": d.answered,
                "total": len(d.questions),
                "compliance_index": d.compliance_index,
                "capability_index": d.capability_index,
                "gap_points": d.gap_points,
                "paper_maturity": d.paper_maturity,
            }
            for d in score.domains
        ],
        "top_gaps": [
            {
                "question": q.question.id,
                "title": q.question.title,
                "compliance": q.compliance,
                "capability": q.capability,
                "gap": q.gap,
                "weighted_shortfall": q.weighted_shortfall,
                "capped_reason": q.capped_reason,
            }
            for q in score.top_gaps()
        ],
    }
