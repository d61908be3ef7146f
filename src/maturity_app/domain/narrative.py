"""The executive summary's words, written deterministically from the scores in the language of consequences.

Nothing here says more than the answers support: coverage comes first, a draft says it is a draft, a verdict
needs enough answers, and an empty or all-N/A assessment gets no reassuring sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from .formatting import percent, points
from .i18n import _, ngettext, npgettext
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
        Quadrant.RESILIENT: _("“{paper}” or better on paper and “{practice}” or better in practice."),
        Quadrant.PAPER_TIGER: _("“{paper}” or better on paper, below “{practice}” in practice: the risk a "
                                "certificate hides."),
        Quadrant.UNDOCUMENTED_STRENGTH: _("Below “{paper}” on paper, “{practice}” or better in practice: cheap to "
                                          "evidence."),
        Quadrant.EXPOSED: _("Below “{paper}” on paper and below “{practice}” in practice: weak on both sides."),
    }[which].format(paper=paper, practice=practice)


def coverage_sentence(score: AssessmentScore) -> str:
    na = score.not_applicable
    excluded = ngettext(
        "; {count} question is marked not applicable, leaving out weight {excluded} of {total}",
        "; {count} questions are marked not applicable, leaving out weight {excluded} of {total}", len(na),
    ).format(count=len(na), excluded=score.excluded_weight, total=score.total_weight) if na else ""
    if not score.applicable:
        return _("All {total} questions are marked not applicable: there is nothing to assess.").format(
            total=score.total)
    share = answered_share(score.questions) or 0.0
    text = (_("Coverage (complete): {answered} of {applicable} applicable questions answered ({share} of their "
              "weight){excluded}") if not score.is_draft else
            _("Coverage (draft): {answered} of {applicable} applicable questions answered ({share} of their "
              "weight){excluded}"))
    return _sentence(text.format(answered=score.answered, applicable=score.applicable, share=percent(share),
                                 excluded=excluded))


def headline(score: AssessmentScore) -> str:
    if not score.applicable:
        return _("Every question is marked not applicable, so this assessment supports no conclusion.")
    paper, practice = score.compliance_index, score.capability_index
    if not score.answered or paper is None or practice is None:
        return _("No question has been answered on both axes yet, so there is nothing to conclude.")
    figures = {"paper": points(paper), "practice": points(practice)}
    if not score.enough_answers:
        return _(
            "Not enough answers for a verdict: less than {share} of the questionnaire's weight is answered. "
            "Provisional figures only: paper {paper} of 100, proven practice {practice}."
        ).format(share=percent(MIN_ANSWERED_SHARE), **figures)
    prefix = _("Draft ({answered} of {applicable} answered): ").format(
        answered=score.answered, applicable=score.applicable) if score.is_draft else ""
    gap = score.gap_points or 0.0
    if gap >= 25:
        text = _("On paper the organisation scores {paper} of 100; proven capability scores {practice}. Much of "
                 "what is documented has not been shown to work.").format(**figures)
    elif gap >= TRAILS_POINTS:
        text = _("On paper the organisation scores {paper} of 100; proven capability scores {practice}. Practice "
                 "trails the paperwork in places.").format(**figures)
    elif gap > -TRAILS_POINTS:
        text = _("Paper ({paper} of 100) and proven practice ({practice}) broadly agree at this level.").format(
            **figures)
        if practice < 50:
            text += " " + _("Both are low: agreement here means little is documented and little is proven.")
        text += _exceptions(score)
    else:
        text = _("Proven practice ({practice} of 100) is ahead of the paperwork ({paper}): the organisation does "
                 "more than it writes down.").format(**figures)
    return prefix + text


def _exceptions(score: AssessmentScore) -> str:
    """What an overall agreement hides: paper-only areas and questions weak on both sides, named in the headline."""
    parts = []
    paper = score.paper_domains
    if paper:
        names = ", ".join(d.domain.title for d in paper)
        parts.append(ngettext("{names} is compliant on paper but unproven in practice",
                              "{names} are compliant on paper but unproven in practice", len(paper)).format(names=names))
    exposed = weighty_exposed(score)
    if exposed:
        parts.append(ngettext("{count} heavy question is weak on both sides",
                              "{count} heavy questions are weak on both sides", len(exposed)).format(count=len(exposed)))
    if not parts:
        return ""
    return " " + _("Not everywhere: {parts}.").format(parts=_(" and ").join(parts))


def weakest_question(domain: DomainScore) -> QuestionScore | None:
    gaps = [q for q in domain.questions if q.weighted_shortfall > 0]
    if not gaps:
        return None
    return min(gaps, key=lambda q: (-q.weighted_shortfall, -(q.gap or 0), q.question.id))


def _paper_strength(index: float | None) -> str:
    # "Strong" for a domain at 60 would overstate it to a board; the word follows the number.
    if index is not None and index >= 75:
        return _("strong")
    if index is not None and index >= 50:
        return _("largely documented")
    return _("only partly documented")


def practice_words(score: AssessmentScore, q: QuestionScore) -> str:
    """How the question stands in practice, saying when the level counted is lower than the level claimed."""
    scale = score.pack.scales.capability
    if q.stale and isinstance(q.answer.capability, int):
        claimed = scale.level(q.answer.capability).label
        return _("claimed as “{claimed}” in practice without a proof date inside its window (counted as "
                 "“{counted}”)").format(claimed=claimed, counted=scale.level(UNPROVEN_LEVEL).label)
    return _("“{level}” in practice").format(level=scale.level(q.capability).label)


def domain_finding(score: AssessmentScore, domain: DomainScore) -> str:
    scales = score.pack.scales
    answered = (" " + _("({answered} of {applicable} questions answered)").format(
        answered=domain.answered, applicable=domain.applicable) if domain.answered < domain.applicable else "")
    opening = _("{domain} is {strength} on paper (compliance {paper}) but proven only to {practice}{answered}.").format(
        domain=domain.domain.title, strength=_paper_strength(domain.compliance_index),
        paper=points(domain.compliance_index), practice=points(domain.capability_index), answered=answered)
    weakest = weakest_question(domain)
    if weakest is None:
        return opening
    paper_label = scales.compliance.level(weakest.compliance).label
    return opening + " " + _("Its weakest point, “{question}”, is “{paper}” on paper and {practice}.").format(
        question=weakest.question.title, paper=paper_label, practice=practice_words(score, weakest),
    ) + " " + _sentence(weakest.question.consequence)


def exposed_finding(score: AssessmentScore, q: QuestionScore) -> str:
    scales = score.pack.scales
    return _("Weak on both sides: “{question}” ({domain}) is “{paper}” on paper and {practice}.").format(
        question=q.question.title, domain=q.domain.title, paper=scales.compliance.level(q.compliance).label,
        practice=practice_words(score, q),
    ) + " " + _sentence(q.question.consequence)


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
        resilient, tigers = counts[Quadrant.RESILIENT], counts[Quadrant.PAPER_TIGER]
        strengths, exposed = counts[Quadrant.UNDOCUMENTED_STRENGTH], counts[Quadrant.EXPOSED]
        sentences.append(_("Of the {rated} rated on both axes, {resilient}, {tigers} (“{paper}” or better on paper, "
                           "not “{practice}”), {strengths} and {exposed} (weak on both sides).").format(
            rated=ngettext("{count} question", "{count} questions", placed).format(count=placed),
            resilient=ngettext("{count} is resilient", "{count} are resilient", resilient).format(count=resilient),
            tigers=ngettext("{count} is a paper tiger", "{count} are paper tigers", tigers).format(count=tigers),
            strengths=ngettext("{count} is an undocumented strength", "{count} are undocumented strengths",
                               strengths).format(count=strengths),
            exposed=ngettext("{count} is exposed", "{count} are exposed", exposed).format(count=exposed),
            paper=paper, practice=practice,
        ))
    scored = len(score.scored_domains)
    waiting = len([d for d in score.domains if d.applicable and not d.enough_answers])
    if scored:
        paper = len(score.paper_domains)
        text = ngettext("{paper} of {areas} with enough answers ({share}) is compliant on paper but unproven in "
                        "practice", "{paper} of {areas} with enough answers ({share}) are compliant on paper but "
                        "unproven in practice", paper).format(
            paper=paper, areas=npgettext("after 'N of'", "{count} area", "{count} areas", scored).format(count=scored),
            share=points(score.paper_domain_share, "%"))
        if waiting:
            text += ngettext("; {count} area has too few answers for a verdict.",
                             "; {count} areas have too few answers for a verdict.", waiting).format(count=waiting)
        sentences.append(text if waiting else text + ".")
    elif waiting:
        sentences.append(_("No area has enough answers for a verdict yet ({count} waiting).").format(count=waiting))
    stale = len(score.stale)
    if stale:
        level = score.pack.scales.capability.level(UNPROVEN_LEVEL).label
        sentences.append(ngettext(
            "{count} capability claim rests on proof that is missing, too old or dated in the future; each is counted "
            "at level {level} (“{label}”).",
            "{count} capability claims rest on proof that is missing, too old or dated in the future; each is "
            "counted at level {level} (“{label}”).", stale).format(count=stale, level=UNPROVEN_LEVEL, label=level))
    unowned = len(score.unowned)
    if unowned:
        sentences.append(ngettext(
            "{count} rated capability has no named capability owner: nobody is positioned to decide when it fails.",
            "{count} rated capabilities have no named capability owner: nobody is positioned to decide when they "
            "fail.", unowned).format(count=unowned))
    escalations = len(score.escalations)
    if escalations:
        sentences.append(ngettext(
            "The board is asked to take {count} decision (escalation budget {budget}).",
            "The board is asked to take {count} decisions (escalation budget {budget}).", escalations,
        ).format(count=escalations, budget=score.escalation_budget))
    else:
        sentences.append(_("No decision is escalated to the board in this assessment."))
    na = score.not_applicable
    if na:
        sentences.append(ngettext(
            "{count} question was marked not applicable and left out of every figure (weight {excluded} of "
            "{total}); the methodology lists them.",
            "{count} questions were marked not applicable and left out of every figure (weight {excluded} of "
            "{total}); the methodology lists them.", len(na),
        ).format(count=len(na), excluded=score.excluded_weight, total=score.total_weight))
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
        who = ngettext("The levels were agreed in a facilitated workshop with {count} participant ({roles}).",
                       "The levels were agreed in a facilitated workshop with {count} participants ({roles}).",
                       len(roles)).format(count=len(roles), roles=", ".join(sorted(set(roles))))
    elif mode == "workshop":
        who = _("The levels were recorded in a facilitated workshop; the participants' roles are not recorded.")
    else:
        who = _("The levels are a self-assessment by the person named on the cover; nobody else rated them.")
    left_out = []
    if score.not_applicable:
        count = len(score.not_applicable)
        left_out.append(ngettext("{count} question marked not applicable", "{count} questions marked not applicable",
                                 count).format(count=count))
    if score.unanswered:
        count = len(score.unanswered)
        left_out.append(ngettext("{count} question not answered", "{count} questions not answered",
                                 count).format(count=count))
    excluded = (_("Left out of the figures: {parts}.").format(parts=_(" and ").join(left_out))
                if left_out else _("No question was left out."))
    return " ".join([
        who,
        _("Levels and proof dates are declared by the respondents; the app does not inspect the evidence behind "
          "them, and an independent check may rate them lower."),
        excluded,
        _("Questionnaire: {title}, version {version}.").format(title=score.pack.title, version=score.pack.version),
    ])
