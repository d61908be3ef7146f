"""The executive summary's words, written deterministically from the scores in the language of consequences.

Nothing here says more than the answers support: coverage comes first, a draft says it is a draft, a verdict
needs enough answers, and an empty or all-N/A assessment gets no reassuring sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from .formatting import percent, plural, points
from .scoring import (
    HIGH, MIN_ANSWERED_SHARE, UNPROVEN_LEVEL, AssessmentScore, DomainScore, Quadrant, QuestionScore, answered_share,
)

TRAILS_POINTS = 10.0  # below this the two axes "broadly agree"
MAX_DOMAIN_FINDINGS = 3
EXPOSED_FINDING_MIN = 8  # exposure (weight x levels below strong on both axes) that earns a finding of its own
MAX_EXPOSED_FINDINGS = 2


@dataclass(frozen=True)
class Narrative:
    headline: str
    findings: tuple[str, ...]  # domains whose practice trails their paper, then the most exposed questions
    context: tuple[str, ...]  # counts a board member needs to weigh the findings
    coverage: str = ""  # always first: how much of the questionnaire the figures rest on


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def strong_words(score: AssessmentScore) -> tuple[str, str]:
    """The scales' own words for "strong" on each axis, e.g. ("Evidenced", "Proven under pressure")."""
    scales = score.pack.scales
    return scales.compliance.level(HIGH).label, scales.capability.level(HIGH).label


def quadrant_meaning(score: AssessmentScore, which: Quadrant) -> str:
    """What a quadrant means, in the words of the pack's scales."""
    paper, practice = strong_words(score)
    return {
        Quadrant.RESILIENT: f"“{paper}” or better on paper and “{practice}” or better in practice.",
        Quadrant.PAPER_TIGER: f"“{paper}” or better on paper, below “{practice}” in practice: the risk a "
                              "certificate hides.",
        Quadrant.UNDOCUMENTED_STRENGTH: f"Below “{paper}” on paper, “{practice}” or better in practice: cheap to "
                                        "evidence.",
        Quadrant.EXPOSED: f"Below “{paper}” on paper and below “{practice}” in practice: weak on both sides.",
    }[which]


def coverage_sentence(score: AssessmentScore) -> str:
    na = score.not_applicable
    excluded = (f"; {plural(len(na), 'question is', 'questions are')} marked not applicable, leaving out weight "
                f"{score.excluded_weight} of {score.total_weight}" if na else "")
    if not score.applicable:
        return f"All {score.total} questions are marked not applicable: there is nothing to assess."
    share = answered_share(score.questions) or 0.0
    state = "complete" if not score.is_draft else "draft"
    return _sentence(
        f"Coverage ({state}): {score.answered} of {score.applicable} applicable questions answered "
        f"({percent(share)} of their weight){excluded}"
    )


def headline(score: AssessmentScore) -> str:
    if not score.applicable:
        return "Every question is marked not applicable, so this assessment supports no conclusion."
    paper, practice = score.compliance_index, score.capability_index
    if not score.answered or paper is None or practice is None:
        return "No question has been answered on both axes yet, so there is nothing to conclude."
    if not score.enough_answers:
        return (
            f"Not enough answers for a verdict: less than {MIN_ANSWERED_SHARE:.0%} of the questionnaire's weight is "
            f"answered. Provisional figures only: paper {points(paper)} of 100, proven practice {points(practice)}."
        )
    prefix = f"Draft ({score.answered} of {score.applicable} answered): " if score.is_draft else ""
    gap = score.gap_points or 0.0
    if gap >= 25:
        text = (f"On paper the organisation scores {points(paper)} of 100; proven capability scores "
                f"{points(practice)}. Much of what is documented has not been shown to work.")
    elif gap >= TRAILS_POINTS:
        text = (f"On paper the organisation scores {points(paper)} of 100; proven capability scores "
                f"{points(practice)}. Practice trails the paperwork in places.")
    elif gap > -TRAILS_POINTS:
        text = (f"Paper ({points(paper)} of 100) and proven practice ({points(practice)}) broadly agree at this "
                "level.")
        if practice < 50:
            text += " Both are low: agreement here means little is documented and little is proven."
        text += _exceptions(score)
    else:
        text = (f"Proven practice ({points(practice)} of 100) is ahead of the paperwork ({points(paper)}): the "
                "organisation does more than it writes down.")
    return prefix + text


def _exceptions(score: AssessmentScore) -> str:
    """What an overall agreement hides: paper-only areas and questions weak on both sides, named in the headline."""
    parts = []
    paper = score.paper_domains
    if paper:
        names = ", ".join(d.domain.title for d in paper)
        parts.append(f"{names} {'is' if len(paper) == 1 else 'are'} compliant on paper but unproven in practice")
    exposed = weighty_exposed(score)
    if exposed:
        parts.append(f"{plural(len(exposed), 'heavy question is', 'heavy questions are')} weak on both sides")
    return f" Not everywhere: {' and '.join(parts)}." if parts else ""


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


def practice_words(score: AssessmentScore, q: QuestionScore) -> str:
    """How the question stands in practice, saying when the level counted is lower than the level claimed."""
    scale = score.pack.scales.capability
    if q.stale and isinstance(q.answer.capability, int):
        claimed = scale.level(q.answer.capability).label
        return (f"claimed as “{claimed}” in practice without a proof date inside its window (counted as "
                f"“{scale.level(UNPROVEN_LEVEL).label}”)")
    return f"“{scale.level(q.capability).label}” in practice"


def domain_finding(score: AssessmentScore, domain: DomainScore) -> str:
    scales = score.pack.scales
    answered = (f" ({domain.answered} of {domain.applicable} questions answered)"
                if domain.answered < domain.applicable else "")
    opening = (
        f"{domain.domain.title} is {_paper_strength(domain.compliance_index)} on paper (compliance "
        f"{points(domain.compliance_index)}) but proven only to {points(domain.capability_index)}{answered}."
    )
    weakest = weakest_question(domain)
    if weakest is None:
        return opening
    paper_label = scales.compliance.level(weakest.compliance).label
    return (
        f"{opening} Its weakest point, “{weakest.question.title}”, is “{paper_label}” on paper and "
        f"{practice_words(score, weakest)}. {_sentence(weakest.question.consequence)}"
    )


def exposed_finding(score: AssessmentScore, q: QuestionScore) -> str:
    scales = score.pack.scales
    return (
        f"Weak on both sides: “{q.question.title}” ({q.domain.title}) is “{scales.compliance.level(q.compliance).label}” "
        f"on paper and {practice_words(score, q)}. {_sentence(q.question.consequence)}"
    )


def trailing_domains(score: AssessmentScore) -> list[DomainScore]:
    trailing = [d for d in score.scored_domains if (d.gap_points or 0) >= TRAILS_POINTS]
    trailing.sort(key=lambda d: (-(d.gap_points or 0), d.domain.title, d.domain.id))
    return trailing


def weighty_exposed(score: AssessmentScore) -> list[QuestionScore]:
    """Exposed questions that carry enough weight to be named in the executive summary."""
    return [q for q in score.exposed if q.exposure >= EXPOSED_FINDING_MIN]


def quadrant_counts(score: AssessmentScore) -> dict[Quadrant, int]:
    counts = {quadrant: 0 for quadrant in Quadrant}
    for q in score.questions:
        if q.quadrant is not None:
            counts[q.quadrant] += 1
    return counts


def context_sentences(score: AssessmentScore) -> list[str]:
    if not score.answered:
        return []  # nothing rated: any count would read as reassurance
    sentences = []
    counts = quadrant_counts(score)
    placed = sum(counts.values())
    if placed:
        paper, practice = strong_words(score)
        sentences.append(
            f"Of the {plural(placed, 'question', 'questions')} rated on both axes, "
            f"{counts[Quadrant.RESILIENT]} {'is' if counts[Quadrant.RESILIENT] == 1 else 'are'} resilient, "
            f"{plural(counts[Quadrant.PAPER_TIGER], 'is a paper tiger', 'are paper tigers')} (“{paper}” or better "
            f"on paper, not “{practice}”), {counts[Quadrant.UNDOCUMENTED_STRENGTH]} "
            f"{'is an undocumented strength' if counts[Quadrant.UNDOCUMENTED_STRENGTH] == 1 else 'are undocumented strengths'} "
            f"and {counts[Quadrant.EXPOSED]} {'is' if counts[Quadrant.EXPOSED] == 1 else 'are'} exposed (weak on "
            "both sides)."
        )
    scored = len(score.scored_domains)
    waiting = len([d for d in score.domains if d.applicable and not d.enough_answers])
    if scored:
        paper = len(score.paper_domains)
        sentences.append(
            f"{paper} of {plural(scored, 'area', 'areas')} with enough answers ({points(score.paper_domain_share)}%) "
            f"{'is' if paper == 1 else 'are'} compliant on paper but unproven in practice"
            + (f"; {plural(waiting, 'area has', 'areas have')} too few answers for a verdict." if waiting else ".")
        )
    elif waiting:
        sentences.append(f"No area has enough answers for a verdict yet ({waiting} waiting).")
    stale = len(score.stale)
    if stale:
        level = score.pack.scales.capability.level(UNPROVEN_LEVEL).label
        sentences.append(
            f"{plural(stale, 'capability claim rests', 'capability claims rest')} on proof that is missing, "
            f"too old or dated in the future; each is counted at level {UNPROVEN_LEVEL} (“{level}”)."
        )
    unowned = len(score.unowned)
    if unowned:
        sentences.append(
            f"{plural(unowned, 'rated capability has', 'rated capabilities have')} no named capability owner: "
            f"nobody is positioned to decide when {'it fails' if unowned == 1 else 'they fail'}."
        )
    escalations = len(score.escalations)
    if escalations:
        sentences.append(
            f"The board is asked to take {plural(escalations, 'decision', 'decisions')} "
            f"(escalation budget {score.escalation_budget})."
        )
    else:
        sentences.append("No decision is escalated to the board in this assessment.")
    na = score.not_applicable
    if na:
        sentences.append(
            f"{plural(len(na), 'question was', 'questions were')} marked not applicable and left out of every "
            f"figure (weight {score.excluded_weight} of {score.total_weight}); the methodology lists them."
        )
    return sentences


def narrate(score: AssessmentScore, max_findings: int = MAX_DOMAIN_FINDINGS) -> Narrative:
    domains = trailing_domains(score)[:max_findings]
    findings = [domain_finding(score, d) for d in domains]
    named = {weakest.question.id for d in domains if (weakest := weakest_question(d)) is not None}
    exposed = [q for q in weighty_exposed(score) if q.question.id not in named]  # never the same question twice
    findings += [exposed_finding(score, q) for q in exposed[:MAX_EXPOSED_FINDINGS]]
    return Narrative(headline=headline(score), findings=tuple(findings), context=tuple(context_sentences(score)),
                     coverage=coverage_sentence(score))


def limitations(score: AssessmentScore, mode: str, roles: list[str] | None = None) -> str:
    """What the report cannot show: who rated, that proof is declared, what was left out, which pack."""
    if mode == "workshop" and roles:
        who = (f"The levels were agreed in a facilitated workshop with {plural(len(roles), 'participant', 'participants')} "
               f"({', '.join(sorted(set(roles)))}).")
    elif mode == "workshop":
        who = "The levels were recorded in a facilitated workshop; the participants' roles are not recorded."
    else:
        who = "The levels are a self-assessment by the person named on the cover; nobody else rated them."
    left_out = []
    if score.not_applicable:
        left_out.append(f"{plural(len(score.not_applicable), 'question', 'questions')} marked not applicable")
    if score.unanswered:
        left_out.append(f"{plural(len(score.unanswered), 'question', 'questions')} not answered")
    excluded = ("Left out of the figures: " + " and ".join(left_out) + "."
                if left_out else "No question was left out.")
    return " ".join([
        who,
        "Levels and proof dates are declared by the respondents; the app does not inspect the evidence behind "
        "them, and an independent check may rate them lower.",
        excluded,
        f"Questionnaire: {score.pack.title}, version {score.pack.version}.",
    ])
