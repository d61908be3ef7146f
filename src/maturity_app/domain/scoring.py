"""Scoring on two axes: what the paper says (compliance) and what was proven (capability).

Every verdict the app, the CLI and the report show is defined here, once:

* **Proof rule** -- a capability level of ``PROOF_NEEDED_FROM`` or more describes something demonstrated inside the
  question's freshness window. Without a proof date inside that window (or with one in the future) the level
  counts as ``UNPROVEN_LEVEL``, the highest level that needs no proof, and the reason travels with the answer.
* **Paper maturity** (question) -- compliance exceeds effective capability by ``PAPER_MATURITY_GAP`` levels or more.
* **Paper only** (domain, control, any group of questions) -- its compliance index is at least
  ``PAPER_ONLY_MIN_COMPLIANCE`` and exceeds its capability index by ``PAPER_ONLY_POINTS`` or more, and enough of its
  weight is answered for a verdict.
* **Exposed** -- weak on both axes: below ``HIGH`` on paper and below ``HIGH`` in practice.
* **Unowned** -- a capability rated on the scale (level 0 included) with no named capability owner.
* **Stale** -- the proof rule lowered the level that counts.
* **Draft** -- some applicable question is not answered yet; a verdict on a group needs ``MIN_ANSWERED_SHARE`` of
  its applicable weight answered, otherwise it reads "not enough answers".

Indices are rounded once, to the nearest half point (halves away from zero); every figure derived from them (gaps,
changes) is computed from the rounded values, so figures printed side by side always add up.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from functools import cached_property
from enum import Enum
from typing import TYPE_CHECKING

from .assessment import NA, Answer, Assessment, Rating
from .formatting import day as day_text  # as every other date in the report reads: "4 May 2026"
from .i18n import N_, _
from .evidence import EvidenceFile, Verification, VerificationShare, counts_as_claim, verification_holds

if TYPE_CHECKING:  # annotations only: pydantic stays off the desktop's start path
    from .schema import Domain, Pack, Question, Scale

PROOF_NEEDED_FROM = 2  # capability levels 2-4 describe a demonstration inside the freshness window
UNPROVEN_LEVEL = PROOF_NEEDED_FROM - 1  # the highest level that needs no proof date
HIGH = 3  # a level of 3 or more is "strong" when placing a question in a quadrant
PAPER_MATURITY_GAP = 2  # levels of compliance above effective capability
PAPER_ONLY_POINTS = 25.0  # one full level of average gap in a domain or a control
PAPER_ONLY_MIN_COMPLIANCE = 50.0  # level 2 on average: below it, nothing is "compliant on paper" to speak of
DOMAIN_PAPER_GAP_POINTS = PAPER_ONLY_POINTS  # the name older callers use
MIN_ANSWERED_SHARE = 0.5  # of a group's applicable weight, before it gets a verdict
INDEX_STEP = 0.5  # indices are shown to the half point
NOT_ENOUGH_ANSWERS = N_("not enough answers")  # a verdict value (English, compared and stored); shown via _()
PAPER_ONLY = N_("paper only")
NOTHING_APPLICABLE = N_("nothing applicable")


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


def _named(level: int, scale: Scale | None) -> str:
    return f"{level} ({scale.level(level).label})" if scale is not None else str(level)


@dataclass(frozen=True)
class ProofCap:
    """Why a claimed capability level was counted lower: kept as facts, written in words when read, so a score
    made in one language reads right in a report written in another."""

    stated: int
    months: int
    problem: str  # "missing", "future" or "outside"
    proven_on: dt.date | None
    scale: Scale | None = None

    def problem_text(self) -> str:
        if self.problem == "missing":
            return _("no proof date is recorded")
        if self.problem == "future":
            return _("the proof date {date} is in the future").format(date=day_text(self.proven_on))
        return _("the last proof, on {date}, is outside it").format(date=day_text(self.proven_on))

    def text(self) -> str:
        return _(
            "level {stated} needs a proof date inside the {months}-month window, but {problem}; counted as {counted}"
        ).format(stated=_named(self.stated, self.scale), months=self.months, problem=self.problem_text(),
                 counted=_named(UNPROVEN_LEVEL, self.scale))


def _proof_problem_kind(answer: Answer, question: Question, today: dt.date) -> str | None:
    if answer.proven_on is None:
        return "missing"
    if answer.proven_on > today:
        return "future"
    if add_months(answer.proven_on, question.freshness_months) < today:
        return "outside"
    return None


def proof_problem(answer: Answer, question: Question, today: dt.date) -> str | None:
    """Why the proof date does not support a level that needs proof; None when it does."""
    kind = _proof_problem_kind(answer, question, today)
    if kind is None:
        return None
    return ProofCap(0, question.freshness_months, kind, answer.proven_on).problem_text()


def capability_cap(answer: Answer, question: Question, today: dt.date,
                   scale: Scale | None = None) -> tuple[Rating, ProofCap | None]:
    """The capability level that counts, and the facts of why it was lowered if it was."""
    stated = answer.capability
    if stated is None or stated == NA or stated < PROOF_NEEDED_FROM:
        return stated, None
    kind = _proof_problem_kind(answer, question, today)
    if kind is None:
        return stated, None
    return UNPROVEN_LEVEL, ProofCap(stated, question.freshness_months, kind, answer.proven_on, scale)


def effective_capability(answer: Answer, question: Question, today: dt.date,
                         scale: Scale | None = None) -> tuple[Rating, str | None]:
    """The capability level that counts, and why it was lowered if it was."""
    level, cap = capability_cap(answer, question, today, scale)
    return level, cap.text() if cap is not None else None


def quadrant(compliance: int, capability: int) -> Quadrant:
    paper, practice = compliance >= HIGH, capability >= HIGH
    if paper and practice:
        return Quadrant.RESILIENT
    if paper:
        return Quadrant.PAPER_TIGER
    if practice:
        return Quadrant.UNDOCUMENTED_STRENGTH
    return Quadrant.EXPOSED


def round_index(value: float) -> float:
    """The one rounding step: to the nearest half point, halves away from zero (never banker's rounding)."""
    steps = abs(value) / INDEX_STEP
    rounded = math.floor(steps + 0.5 + 1e-9) * INDEX_STEP
    return math.copysign(rounded, value) if rounded else 0.0


@dataclass(frozen=True)
class QuestionScore:
    question: Question
    domain: Domain
    answer: Answer
    capability: Rating  # effective
    cap: ProofCap | None  # why the claimed level was counted lower (None: it was not)
    gap: int | None
    quadrant: Quadrant | None
    evidence: tuple[EvidenceFile, ...] = ()
    verification: Verification | None = None

    @property
    def capped_reason(self) -> str | None:
        """Why the claimed level was counted lower, in the current language; None when it was not."""
        return self.cap.text() if self.cap is not None else None

    @property
    def verified(self) -> bool:
        """A second person confirmed this claim as it stands now (scores do not change either way)."""
        return verification_holds(self.verification, self.answer.capability, self.answer.proven_on, self.evidence)

    @property
    def counting_claim(self) -> bool:
        return counts_as_claim(self.answer.capability, self.capability)

    @property
    def compliance(self) -> Rating:
        return self.answer.compliance

    @property
    def answered(self) -> bool:
        return self.answer.is_answered

    @property
    def not_applicable(self) -> bool:
        """Marked N/A on either axis: left out of every figure (and listed in the methodology).

        One side alone is not enough to keep the question: its gap and quadrant cannot exist, and counting only
        the other side would let a weak side vanish from the figures unseen.
        """
        return NA in (self.answer.compliance, self.answer.capability)

    @property
    def applicable(self) -> bool:
        return not self.not_applicable

    @property
    def stale(self) -> bool:
        return self.cap is not None and self.applicable

    @property
    def paper_maturity(self) -> bool:
        return self.gap is not None and self.gap >= PAPER_MATURITY_GAP

    @property
    def exposed(self) -> bool:
        return self.quadrant is Quadrant.EXPOSED

    @property
    def exposure(self) -> int:
        """How far below "strong" the question sits on both axes, times its weight: ranks exposed questions."""
        if not self.exposed:
            return 0
        return self.question.weight * ((HIGH - self.compliance) + (HIGH - self.capability))  # type: ignore[operator]

    @property
    def unowned(self) -> bool:
        return self.applicable and isinstance(self.answer.capability, int) and not self.answer.owner.strip()

    @property
    def weighted_shortfall(self) -> int:
        return self.question.weight * max(self.gap or 0, 0)


def difference(minuend: float | None, subtrahend: float | None) -> float | None:
    """*minuend* minus *subtrahend* (both already rounded to half points); None when either side was not scored."""
    if minuend is None or subtrahend is None:
        return None
    return round(minuend - subtrahend, 1)


def _index(pairs: list[tuple[int, int]]) -> float | None:
    """Weighted mean of levels scaled to 0-100, rounded once; None when nothing applicable was answered."""
    return _index_of(sum(level * w for level, w in pairs), sum(w for _, w in pairs))


def _index_of(weighted: int, total_weight: int) -> float | None:
    """The index of levels whose weighted sum is *weighted* over *total_weight* (see _index)."""
    if not total_weight:
        return None
    raw = 100.0 * weighted / (4 * total_weight)
    # Only every level at the top is 100 and only every level at the bottom is 0: 99.8 is not a perfect score.
    return min(max(round_index(raw), INDEX_STEP), 100.0 - INDEX_STEP) if 0 < raw < 100 else round_index(raw)


def _axis_pairs(scores: list[QuestionScore] | tuple[QuestionScore, ...], axis: str) -> list[tuple[int, int]]:
    pairs = []
    for s in scores:
        if s.not_applicable:
            continue
        level = s.compliance if axis == "compliance" else s.capability
        if isinstance(level, int):
            pairs.append((level, s.question.weight))
    return pairs


def axis_index(scores, axis: str) -> float | None:
    return _index(_axis_pairs(scores, axis))


def answered_share(scores) -> float | None:
    """Share of the applicable weight that is answered on both axes; None when nothing applies."""
    applicable = [s for s in scores if s.applicable]
    weight = sum(s.question.weight for s in applicable)
    if not weight:
        return None
    return sum(s.question.weight for s in applicable if s.answered) / weight


def enough_answers(scores) -> bool:
    share = answered_share(scores)
    return share is not None and share >= MIN_ANSWERED_SHARE


@dataclass(frozen=True)
class Tally:
    """One pass over a group of scored questions: the counts, weights, axis sums and findings that the figures of
    a larger group are sums and concatenations of (each exactly as the per-question rules above define it).

    A domain keeps its tally; an assessment rescored after an edit (domain.rescoring) reuses its unchanged
    domains, tallies included, so its figures cost a pass over one domain rather than over every question.
    """

    answered: int  # applicable and answered on both axes
    applicable: int
    answered_weight: int  # of the applicable questions answered
    applicable_weight: int
    excluded_weight: int  # of the questions marked N/A
    compliance: tuple[int, int]  # (sum of level x weight, sum of weight) of the pairs _axis_pairs makes
    capability: tuple[int, int]
    not_applicable: tuple[QuestionScore, ...]
    paper_maturity: tuple[QuestionScore, ...]
    stale: tuple[QuestionScore, ...]
    unowned: tuple[QuestionScore, ...]
    exposed: tuple[QuestionScore, ...]  # in question order (AssessmentScore.exposed ranks them)
    escalations: tuple[QuestionScore, ...]
    attachments: bool  # some question has evidence files or a verification


def tally_of(scores) -> Tally:
    answered = applicable = answered_weight = applicable_weight = excluded_weight = 0
    paper = [0, 0]
    practice = [0, 0]
    lists: dict[str, list[QuestionScore]] = {name: [] for name in (
        "not_applicable", "paper_maturity", "stale", "unowned", "exposed", "escalations")}
    attachments = False
    for q in scores:
        weight = q.question.weight
        if q.not_applicable:
            excluded_weight += weight
            lists["not_applicable"].append(q)
        else:
            applicable += 1
            applicable_weight += weight
            if q.answered:
                answered += 1
                answered_weight += weight
            for sums, level in ((paper, q.compliance), (practice, q.capability)):
                if isinstance(level, int):
                    sums[0] += level * weight
                    sums[1] += weight
        for name in ("paper_maturity", "stale", "unowned", "exposed"):
            if getattr(q, name):
                lists[name].append(q)
        if q.answer.escalate:
            lists["escalations"].append(q)
        attachments = attachments or bool(q.evidence or q.verification)
    return Tally(answered, applicable, answered_weight, applicable_weight, excluded_weight, tuple(paper),
                 tuple(practice), **{name: tuple(found) for name, found in lists.items()}, attachments=attachments)


def _share_enough(answered_weight: int, applicable_weight: int) -> bool:
    """enough_answers, from the weights a tally sums (the same division answered_share makes)."""
    return bool(applicable_weight) and answered_weight / applicable_weight >= MIN_ANSWERED_SHARE


def paper_only(compliance_index: float | None, capability_index: float | None, enough: bool = True) -> bool:
    """The one rule for a domain or a control being compliant on paper but unproven in practice."""
    gap = difference(compliance_index, capability_index)
    return (enough and gap is not None and gap >= PAPER_ONLY_POINTS
            and compliance_index is not None and compliance_index >= PAPER_ONLY_MIN_COMPLIANCE)


@dataclass(frozen=True)
class DomainScore:
    domain: Domain
    questions: list[QuestionScore]
    compliance_index: float | None
    capability_index: float | None

    @property
    def gap_points(self) -> float | None:
        return difference(self.compliance_index, self.capability_index)

    @cached_property
    def enough_answers(self) -> bool:
        return enough_answers(self.questions)

    @property
    def paper_maturity(self) -> bool:
        """Paper only: the domain's paper exceeds its practice by a full level, on enough answers."""
        return paper_only(self.compliance_index, self.capability_index, self.enough_answers)

    @property
    def verdict(self) -> str:
        """"paper only", "not enough answers", "nothing applicable" or "" (no finding)."""
        if not any(q.applicable for q in self.questions):
            return NOTHING_APPLICABLE
        if not self.enough_answers:
            return NOT_ENOUGH_ANSWERS
        return PAPER_ONLY if self.paper_maturity else ""

    @cached_property
    def answered(self) -> int:
        return self.tally.answered

    @cached_property
    def applicable(self) -> int:
        return self.tally.applicable

    @cached_property
    def tally(self) -> Tally:
        return tally_of(self.questions)

    @cached_property
    def question_ids(self) -> frozenset[str]:
        return frozenset(q.question.id for q in self.questions)

    @cached_property
    def turning_days(self) -> tuple[dt.date, ...]:
        """The days on which a date in this domain's answers starts to read differently: a proof date (a proof
        dated in the future counts from that day) and the day after it, the day after the end of its freshness
        window, the day after an action falls due. A score made earlier may differ from that day on
        (domain.headline.valid_through bounds stored figures with these)."""
        days = []
        for scored in self.questions:
            answer, question = scored.answer, scored.question
            if answer.proven_on is not None:
                days.append(answer.proven_on)
                days.append(answer.proven_on + dt.timedelta(days=1))
                days.append(add_months(answer.proven_on, question.freshness_months) + dt.timedelta(days=1))
            if answer.action_due is not None:
                days.append(answer.action_due + dt.timedelta(days=1))
        return tuple(days)


@dataclass(frozen=True)
class AssessmentScore:
    pack: Pack
    domains: list[DomainScore]
    compliance_index: float | None
    capability_index: float | None
    escalation_budget: int
    targets: tuple = ()  # domain.plan.Target
    acceptances: dict = field(default_factory=dict)  # question id -> domain.plan.Acceptance
    actions: dict = field(default_factory=dict)  # question id -> domain.plan.ActionState

    @cached_property
    def questions(self) -> list[QuestionScore]:
        return [q for d in self.domains for q in d.questions]

    def question(self, question_id: str) -> QuestionScore:
        return next(q for q in self.questions if q.question.id == question_id)

    @cached_property
    def tallies(self) -> list[Tally]:
        """Each domain's tally: the assessment's counts and findings are their sums and concatenations."""
        return [d.tally for d in self.domains]

    # -- coverage ----------------------------------------------------------------------------------
    @cached_property
    def answered(self) -> int:
        """Applicable questions answered on both axes (N/A questions are counted apart)."""
        return sum(t.answered for t in self.tallies)

    @property
    def total(self) -> int:
        return len(self.questions)

    @cached_property
    def applicable(self) -> int:
        return sum(t.applicable for t in self.tallies)

    @property
    def not_applicable(self) -> list[QuestionScore]:
        return [q for t in self.tallies for q in t.not_applicable]

    @cached_property
    def excluded_weight(self) -> int:
        return sum(t.excluded_weight for t in self.tallies)

    @cached_property
    def total_weight(self) -> int:
        return sum(q.question.weight for q in self.questions)

    @property
    def unanswered(self) -> list[QuestionScore]:
        return [q for q in self.questions if q.applicable and not q.answered]

    @property
    def is_draft(self) -> bool:
        return self.answered < self.applicable

    @property
    def draft_label(self) -> str | None:
        """"draft — N of M answered" until every applicable question is answered; None once complete."""
        if not self.is_draft:
            return None
        return _("draft — {answered} of {applicable} answered").format(answered=self.answered,
                                                                         applicable=self.applicable)

    @cached_property
    def enough_answers(self) -> bool:
        return _share_enough(sum(t.answered_weight for t in self.tallies),
                             sum(t.applicable_weight for t in self.tallies))

    # -- findings ----------------------------------------------------------------------------------
    @property
    def paper_maturity(self) -> list[QuestionScore]:
        return [q for t in self.tallies for q in t.paper_maturity]

    @property
    def stale(self) -> list[QuestionScore]:
        return [q for t in self.tallies for q in t.stale]

    @property
    def unowned(self) -> list[QuestionScore]:
        return [q for t in self.tallies for q in t.unowned]

    @property
    def exposed(self) -> list[QuestionScore]:
        """Weak on both axes, most exposed first (weight times distance below strong)."""
        found = [q for t in self.tallies for q in t.exposed]
        found.sort(key=lambda q: (-q.exposure, q.question.id))
        return found

    @property
    def escalations(self) -> list[QuestionScore]:
        return [q for t in self.tallies for q in t.escalations]

    @property
    def paper_domains(self) -> list[DomainScore]:
        return [d for d in self.domains if d.paper_maturity]

    @property
    def scored_domains(self) -> list[DomainScore]:
        """Domains with enough answers for a verdict."""
        return [d for d in self.domains if d.gap_points is not None and d.enough_answers]

    @property
    def paper_domain_share(self) -> float | None:
        scored = self.scored_domains
        # A share of a count is shown in whole percent (8 of 12 is 67 %, not 66.5).
        return float(math.floor(100.0 * len(self.paper_domains) / len(scored) + 0.5)) if scored else None

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
        both = [q for q in self.questions if q.answered and q.applicable]
        paper, practice = _index(_axis_pairs(both, "compliance")), _index(_axis_pairs(both, "capability"))
        return paper, practice, difference(paper, practice)

    def verification_share(self) -> VerificationShare:
        """How many of the capability claims that count a second person verified."""
        claims = [q for q in self.questions if q.counting_claim]
        return VerificationShare(sum(1 for q in claims if q.verified), len(claims))

    def top_gaps(self, limit: int | None = None) -> list[QuestionScore]:
        """Questions whose practice trails their paper, worst first by weighted shortfall."""
        gaps = [q for q in self.questions if q.weighted_shortfall > 0]
        gaps.sort(key=lambda q: (-q.weighted_shortfall, -(q.gap or 0), q.question.id))
        return gaps[:limit] if limit else gaps


def score_question(question: Question, domain: Domain, answer: Answer, today: dt.date,
                   scale: Scale | None = None, evidence: tuple[EvidenceFile, ...] = (),
                   verification: Verification | None = None) -> QuestionScore:
    capability, cap = capability_cap(answer, question, today, scale)
    compliance = answer.compliance
    both = isinstance(compliance, int) and isinstance(capability, int)
    return QuestionScore(
        question=question,
        domain=domain,
        answer=answer,
        capability=capability,
        cap=cap,
        gap=compliance - capability if both else None,
        quadrant=quadrant(compliance, capability) if both else None,
        evidence=evidence,
        verification=verification,
    )


def score_domain(domain: Domain, answers: dict[str, Answer], today: dt.date, scale: Scale | None = None,
                 evidence: dict | None = None, verifications: dict | None = None) -> DomainScore:
    evidence, verifications = evidence or {}, verifications or {}
    scores = [score_question(q, domain, answers.get(q.id) or Answer(q.id), today, scale,
                             tuple(evidence.get(q.id, ())), verifications.get(q.id)) for q in domain.questions]
    return DomainScore(
        domain=domain,
        questions=scores,
        compliance_index=axis_index(scores, "compliance"),
        capability_index=axis_index(scores, "capability"),
    )


def score_assessment(assessment: Assessment, today: dt.date | None = None) -> AssessmentScore:
    today = today or dt.date.today()
    pack = assessment.pack
    domains = [score_domain(d, assessment.answers, today, pack.scales.capability, assessment.evidence,
                            assessment.verifications) for d in pack.domains]
    return assemble_score(assessment, domains)


def assemble_score(assessment: Assessment, domains: list[DomainScore]) -> AssessmentScore:
    """The assessment's score from its domains' scores (domain.rescoring reuses the unchanged ones): its indices
    are those of all its questions' pairs (axis_index), summed domain by domain."""
    tallies = [d.tally for d in domains]
    return AssessmentScore(
        pack=assessment.pack,
        domains=domains,
        compliance_index=_index_of(sum(t.compliance[0] for t in tallies), sum(t.compliance[1] for t in tallies)),
        capability_index=_index_of(sum(t.capability[0] for t in tallies), sum(t.capability[1] for t in tallies)),
        escalation_budget=assessment.info.escalation_budget,
        targets=tuple(assessment.targets),
        acceptances=dict(assessment.acceptances),
        actions=dict(assessment.actions),
    )
