"""Scoring on two axes: what the paper says (compliance) and what was proven (capability)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from .assessment import NA, Answer, Assessment, Rating
from .schema import Domain, Pack, Question

STALE_CAP = 2  # a claim of 3-4 without recent proof counts as "claimed, not proven recently"
HIGH = 3  # a level of 3 or more is "strong" when placing a question in a quadrant
PAPER_MATURITY_GAP = 2
DOMAIN_PAPER_GAP_POINTS = 25.0  # one full level of average gap in a domain


class Quadrant(str, Enum):
    RESILIENT = "resilient"
    PAPER_TIGER = "paper tiger"
    UNDOCUMENTED_STRENGTH = "undocumented strength"
    EXPOSED = "exposed"


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last_day = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31,
                30, 31, 30, 31][month - 1]
    return dt.date(year, month, min(day.day, last_day))


def effective_capability(answer: Answer, question: Question, today: dt.date) -> tuple[Rating, str | None]:
    """The capability level that counts, and why it was lowered if it was."""
    stated = answer.capability
    if stated is None or stated == NA or stated <= STALE_CAP:
        return stated, None
    if answer.proven_on is None:
        return STALE_CAP, f"level {stated} is claimed but no proof date is recorded; counted as {STALE_CAP}"
    expires = add_months(answer.proven_on, question.freshness_months)
    if expires < today:
        return STALE_CAP, (
            f"last proven on {answer.proven_on.isoformat()}, older than the {question.freshness_months}-month "
            f"freshness this question requires; counted as {STALE_CAP}"
        )
    return stated, None


def quadrant(compliance: int, capability: int) -> Quadrant:
    paper, practice = compliance >= HIGH, capability >= HIGH
    if paper and practice:
        return Quadrant.RESILIENT
    if paper:
        return Quadrant.PAPER_TIGER
    if practice:
        return Quadrant.UNDOCUMENTED_STRENGTH
    return Quadrant.EXPOSED


@dataclass(frozen=True)
class QuestionScore:
    question: Question
    domain: Domain
    answer: Answer
    capability: Rating  # effective
    capped_reason: str | None
    gap: int | None
    quadrant: Quadrant | None

    @property
    def compliance(self) -> Rating:
        return self.answer.compliance

    @property
    def answered(self) -> bool:
        return self.answer.is_answered

    @property
    def stale(self) -> bool:
        return self.capped_reason is not None

    @property
    def paper_maturity(self) -> bool:
        return self.gap is not None and self.gap >= PAPER_MATURITY_GAP

    @property
    def unowned(self) -> bool:
        claimed = isinstance(self.answer.capability, int) and self.answer.capability >= 1
        return claimed and not self.answer.owner.strip()

    @property
    def weighted_shortfall(self) -> int:
        return self.question.weight * max(self.gap or 0, 0)


def difference(minuend: float | None, subtrahend: float | None) -> float | None:
    """*minuend* minus *subtrahend* to a tenth of a point; None when either side was not scored."""
    if minuend is None or subtrahend is None:
        return None
    return round(minuend - subtrahend, 1)


def _index(pairs: list[tuple[int, int]]) -> float | None:
    """Weighted mean of levels scaled to 0-100; None when nothing applicable was answered."""
    total_weight = sum(w for _, w in pairs)
    if not total_weight:
        return None
    return round(100.0 * sum(level * w for level, w in pairs) / (4 * total_weight), 1)


@dataclass(frozen=True)
class DomainScore:
    domain: Domain
    questions: list[QuestionScore]
    compliance_index: float | None
    capability_index: float | None

    @property
    def gap_points(self) -> float | None:
        return difference(self.compliance_index, self.capability_index)

    @property
    def paper_maturity(self) -> bool:
        return self.gap_points is not None and self.gap_points >= DOMAIN_PAPER_GAP_POINTS

    @property
    def answered(self) -> int:
        return sum(1 for q in self.questions if q.answered)


@dataclass(frozen=True)
class AssessmentScore:
    pack: Pack
    domains: list[DomainScore]
    compliance_index: float | None
    capability_index: float | None
    escalation_budget: int

    @property
    def questions(self) -> list[QuestionScore]:
        return [q for d in self.domains for q in d.questions]

    def question(self, question_id: str) -> QuestionScore:
        return next(q for q in self.questions if q.question.id == question_id)

    @property
    def answered(self) -> int:
        return sum(1 for q in self.questions if q.answered)

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def paper_maturity(self) -> list[QuestionScore]:
        return [q for q in self.questions if q.paper_maturity]

    @property
    def stale(self) -> list[QuestionScore]:
        return [q for q in self.questions if q.stale]

    @property
    def unowned(self) -> list[QuestionScore]:
        return [q for q in self.questions if q.unowned]

    @property
    def escalations(self) -> list[QuestionScore]:
        return [q for q in self.questions if q.answer.escalate]

    @property
    def paper_domains(self) -> list[DomainScore]:
        return [d for d in self.domains if d.paper_maturity]

    @property
    def scored_domains(self) -> list[DomainScore]:
        return [d for d in self.domains if d.gap_points is not None]

    @property
    def paper_domain_share(self) -> float | None:
        scored = self.scored_domains
        return round(100.0 * len(self.paper_domains) / len(scored), 1) if scored else None

    @property
    def gap_points(self) -> float | None:
        return difference(self.compliance_index, self.capability_index)

    @property
    def one_sided(self) -> list[QuestionScore]:
        """Questions with a level on one side only (e.g. a workshop that rated capability alone)."""
        return [q for q in self.questions if (q.answer.compliance is None) != (q.answer.capability is None)]

    def paired_indices(self) -> tuple[float | None, float | None, float | None]:
        """Paper, practice and the gap over one question set: the answered questions (both sides), the same set
        the answered count counts. A side rated alone elsewhere never pulls one index away from the other."""
        both = [q for q in self.questions if q.answered]
        paper, practice = _index(_axis_pairs(both, "compliance")), _index(_axis_pairs(both, "capability"))
        return paper, practice, difference(paper, practice)

    def top_gaps(self, limit: int | None = None) -> list[QuestionScore]:
        """Questions whose practice trails their paper, worst first by weighted shortfall."""
        gaps = [q for q in self.questions if q.weighted_shortfall > 0]
        gaps.sort(key=lambda q: (-q.weighted_shortfall, -(q.gap or 0), q.question.id))
        return gaps[:limit] if limit else gaps


def score_question(question: Question, domain: Domain, answer: Answer, today: dt.date) -> QuestionScore:
    capability, reason = effective_capability(answer, question, today)
    compliance = answer.compliance
    both = isinstance(compliance, int) and isinstance(capability, int)
    return QuestionScore(
        question=question,
        domain=domain,
        answer=answer,
        capability=capability,
        capped_reason=reason,
        gap=compliance - capability if both else None,
        quadrant=quadrant(compliance, capability) if both else None,
    )


def _axis_pairs(scores: list[QuestionScore], axis: str) -> list[tuple[int, int]]:
    pairs = []
    for s in scores:
        level = s.compliance if axis == "compliance" else s.capability
        if isinstance(level, int):
            pairs.append((level, s.question.weight))
    return pairs


def score_domain(domain: Domain, answers: dict[str, Answer], today: dt.date) -> DomainScore:
    scores = [score_question(q, domain, answers.get(q.id) or Answer(q.id), today) for q in domain.questions]
    return DomainScore(
        domain=domain,
        questions=scores,
        compliance_index=_index(_axis_pairs(scores, "compliance")),
        capability_index=_index(_axis_pairs(scores, "capability")),
    )


def score_assessment(assessment: Assessment, today: dt.date | None = None) -> AssessmentScore:
    today = today or dt.date.today()
    pack: Pack = assessment.pack
    domains = [score_domain(d, assessment.answers, today) for d in pack.domains]
    every = [q for d in domains for q in d.questions]
    return AssessmentScore(
        pack=pack,
        domains=domains,
        compliance_index=_index(_axis_pairs(every, "compliance")),
        capability_index=_index(_axis_pairs(every, "capability")),
        escalation_budget=assessment.info.escalation_budget,
    )
