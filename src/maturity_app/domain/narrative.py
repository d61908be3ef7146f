"""The executive summary's words, written deterministically from the scores in the language of consequences."""

from __future__ import annotations

from dataclasses import dataclass

from .scoring import AssessmentScore, DomainScore, Quadrant, QuestionScore

TRAILS_POINTS = 10.0  # below this the two axes "broadly agree"
MAX_DOMAIN_FINDINGS = 3


@dataclass(frozen=True)
class Narrative:
    headline: str
    findings: tuple[str, ...]  # one per domain whose practice trails its paper, worst first
    context: tuple[str, ...]  # counts a board member needs to weigh the findings


def _n(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def headline(score: AssessmentScore) -> str:
    paper, practice = score.compliance_index, score.capability_index
    if paper is None or practice is None:
        return "No question has been answered on both axes yet, so there is nothing to conclude."
    gap = paper - practice
    if gap >= 25:
        return (
            f"On paper the organisation scores {_n(paper)} of 100; proven capability scores {_n(practice)}. "
            "Much of what is documented has not been shown to work."
        )
    if gap >= TRAILS_POINTS:
        return (
            f"On paper the organisation scores {_n(paper)} of 100; proven capability scores {_n(practice)}. "
            "Practice trails the paperwork in places."
        )
    if gap > -TRAILS_POINTS:
        return (
            f"Paper ({_n(paper)} of 100) and proven practice ({_n(practice)}) broadly agree: what is documented "
            "has largely been shown to work."
        )
    return (
        f"Proven practice ({_n(practice)} of 100) is ahead of the paperwork ({_n(paper)}): the organisation does "
        "more than it writes down."
    )


def weakest_question(domain: DomainScore) -> QuestionScore | None:
    gaps = [q for q in domain.questions if q.weighted_shortfall > 0]
    if not gaps:
        return None
    return min(gaps, key=lambda q: (-q.weighted_shortfall, -(q.gap or 0), q.question.id))


def _paper_strength(index: float | None) -> str:
    # "Strong" for a domain at 60 would overstate it to a board; the word follows the number.
    if index is not None and index >= 75:
        return "strong"
    if index is not None and index >= 50:
        return "largely documented"
    return "only partly documented"


def domain_finding(score: AssessmentScore, domain: DomainScore) -> str:
    scales = score.pack.scales
    opening = (
        f"{domain.domain.title} is {_paper_strength(domain.compliance_index)} on paper (compliance "
        f"{_n(domain.compliance_index)}) but proven only to {_n(domain.capability_index)}."
    )
    weakest = weakest_question(domain)
    if weakest is None:
        return opening
    paper_label = scales.compliance.level(weakest.compliance).label
    if weakest.stale and isinstance(weakest.answer.capability, int):
        claimed = scales.capability.level(weakest.answer.capability).label
        practice = f"claimed as “{claimed}” in practice without recent proof"
    else:
        practice = f"“{scales.capability.level(weakest.capability).label}” in practice"
    return (
        f"{opening} Its weakest point, “{weakest.question.title}”, is “{paper_label}” on paper and {practice}. "
        f"{_sentence(weakest.question.consequence)}"
    )


def trailing_domains(score: AssessmentScore) -> list[DomainScore]:
    trailing = [d for d in score.scored_domains if (d.gap_points or 0) >= TRAILS_POINTS]
    trailing.sort(key=lambda d: (-(d.gap_points or 0), d.domain.title, d.domain.id))
    return trailing


def quadrant_counts(score: AssessmentScore) -> dict[Quadrant, int]:
    counts = {quadrant: 0 for quadrant in Quadrant}
    for q in score.questions:
        if q.quadrant is not None:
            counts[q.quadrant] += 1
    return counts


def context_sentences(score: AssessmentScore) -> list[str]:
    sentences = []
    counts = quadrant_counts(score)
    placed = sum(counts.values())
    if placed:
        sentences.append(
            f"Of the {_plural(placed, 'question', 'questions')} rated on both axes, "
            f"{counts[Quadrant.RESILIENT]} are resilient, "
            f"{_plural(counts[Quadrant.PAPER_TIGER], 'is a paper tiger', 'are paper tigers')} (documented, not "
            f"proven), {counts[Quadrant.UNDOCUMENTED_STRENGTH]} "
            f"{'is an undocumented strength' if counts[Quadrant.UNDOCUMENTED_STRENGTH] == 1 else 'are undocumented strengths'} "
            f"and {counts[Quadrant.EXPOSED]} {'is' if counts[Quadrant.EXPOSED] == 1 else 'are'} exposed."
        )
    scored = len(score.scored_domains)
    if scored:
        paper = len(score.paper_domains)
        sentences.append(
            f"{paper} of {_plural(scored, 'area', 'areas')} ({_n(score.paper_domain_share)}%) "
            f"{'is' if paper == 1 else 'are'} compliant on paper but unproven in practice."
        )
    stale = len(score.stale)
    if stale:
        sentences.append(
            f"{_plural(stale, 'capability claim rests', 'capability claims rest')} on proof that is missing or "
            "older than the question allows; each is counted at level 2."
        )
    unowned = len(score.unowned)
    if unowned:
        sentences.append(
            f"{_plural(unowned, 'capability has', 'capabilities have')} no named owner: nobody is positioned to "
            "decide when it fails."
        )
    escalations = len(score.escalations)
    if escalations:
        sentences.append(
            f"The board is asked to take {_plural(escalations, 'decision', 'decisions')} "
            f"(escalation budget {score.escalation_budget})."
        )
    else:
        sentences.append("No decision is escalated to the board in this assessment.")
    missing = score.total - score.answered
    if missing:
        sentences.append(
            f"{missing} of {score.total} questions are not answered yet; the figures cover the answered ones only."
        )
    return sentences


def narrate(score: AssessmentScore, max_findings: int = MAX_DOMAIN_FINDINGS) -> Narrative:
    findings = tuple(domain_finding(score, d) for d in trailing_domains(score)[:max_findings])
    return Narrative(headline=headline(score), findings=findings, context=tuple(context_sentences(score)))
