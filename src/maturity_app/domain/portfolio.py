"""Vendors side by side: what each claims, what each has proven, and whether leaving them was ever tested.

How a pack marks the parts the portfolio reads (a documented convention, so any vendor pack can take part):

* A question is an **exit** question when its id or its domain's id contains one of the words in
  ``EXIT_WORDS`` (ids are split on ``-``, ``_`` and ``.``), e.g. domain ``exit-plan`` or question ``vt-exit-test``.
  *Exit tested* means every applicable exit question has an effective capability of 3 or more (exercised end to
  end, with a proof fresh enough for that question).
* A question is a **dependency** question when its id or its domain's id contains one of ``DEPENDENCY_WORDS``
  (``dependency``, ``concentration``, ...). The *dependency* index is the capability index of those questions:
  how well the dependency on this vendor is managed in practice (100 = fully under control).
* A vendor is a **concentration risk** when its dependency index is below 50 and its exit is not tested.

Packs without such ids still work: those columns read "—" (unknown), never a made-up value.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .compare import ScoredAssessment
from .formatting import percent, points
from .i18n import N_, SOURCE_LANGUAGE, _, using_language
from .scoring import MIN_ANSWERED_SHARE, NOT_ENOUGH_ANSWERS, PAPER_ONLY_POINTS, QuestionScore, _index, difference

EXIT_WORDS = frozenset({"exit", "exits", "offboarding", "reversibility", "portability", "termination"})
DEPENDENCY_WORDS = frozenset({"dependency", "dependencies", "dependence", "concentration", "lockin", "substitution"})
STRONG = 3  # a claim or proof of 3+ is "strong"
CONCENTRATION_LIMIT = 50.0

# Trust categories, from best to worst; "unknown" only when nothing is rated, never for weak proof; no category
# at all on too few answers (the same share every verdict needs).
TRUST_PROVEN, TRUST_PARTIAL, TRUST_CLAIMS, TRUST_WEAK, TRUST_NOT_ENOUGH, TRUST_UNKNOWN = (
    N_("proven"), N_("partly proven"), N_("claims only"), N_("weak proof"), NOT_ENOUGH_ANSWERS, N_("unknown"))
TRUST_BACKED_PROVEN = 75.0  # % of strong claims backed by strong proof for "proven"
TRUST_GAP_PROVEN = 12.5  # claims minus proof, in points, below which practice is "close to the paper"
TRUST_BACKED_CLAIMS = 40.0  # below this share of strong claims proven, trust rests on claims
WEAK_PROOF_INDEX = 50.0  # a vendor without strong claims whose proof index is below this has weak proof
_TRUST_RULES = {
    TRUST_PROVEN: N_("at least {backed_proven} of strong claims (level {strong}+) are backed by strong, fresh proof "
                     "and proof trails claims by less than {gap_proven} points"),
    TRUST_PARTIAL: N_("strong claims are partly proven, not enough for \"proven\"; or no strong claim to check and a "
                      "proof index of {weak_proof} or more"),
    TRUST_CLAIMS: N_("fewer than {backed_claims} of strong claims are proven, or proof trails claims by a full level "
                     "({paper_points} points) with fewer than {backed_proven} proven"),
    TRUST_WEAK: N_("no strong claim to check and a proof index below {weak_proof}: weak on both sides"),
    TRUST_NOT_ENOUGH: N_("less than {share} of the applicable weight is answered, so the figures are provisional and "
                         "carry no trust verdict"),
    TRUST_UNKNOWN: N_("nothing is rated on both axes yet"),
}


def trust_categories() -> dict[str, str]:
    """Each trust category's name and rule in the current language (keys stay the English categories)."""
    numbers = {"backed_proven": points(TRUST_BACKED_PROVEN, "%"), "strong": STRONG,
               "gap_proven": points(TRUST_GAP_PROVEN), "weak_proof": f"{WEAK_PROOF_INDEX:.0f}",
               "backed_claims": points(TRUST_BACKED_CLAIMS, "%"), "paper_points": f"{PAPER_ONLY_POINTS:.0f}",
               "share": percent(MIN_ANSWERED_SHARE)}
    return {name: _(rule).format(**numbers) for name, rule in _TRUST_RULES.items()}


with using_language(SOURCE_LANGUAGE):
    TRUST_CATEGORIES: dict[str, str] = trust_categories()  # English, for callers that read the rules as data


def trust_category(backed: float | None, gap: float | None, proof: float | None, enough: bool = True) -> str:
    """The vendor's trust category, by the definitions in TRUST_CATEGORIES."""
    if gap is None or proof is None:
        return TRUST_UNKNOWN
    if not enough:
        return TRUST_NOT_ENOUGH
    if backed is None:
        return TRUST_WEAK if proof < WEAK_PROOF_INDEX else TRUST_PARTIAL
    if backed >= TRUST_BACKED_PROVEN and gap < TRUST_GAP_PROVEN:
        return TRUST_PROVEN
    # A full level of gap with most strong claims proven is partial trust, not trust on claims alone.
    if backed < TRUST_BACKED_CLAIMS or (gap >= PAPER_ONLY_POINTS and backed < TRUST_BACKED_PROVEN):
        return TRUST_CLAIMS
    return TRUST_PARTIAL


def _words(identifier: str) -> set[str]:
    return set(re.split(r"[-_.]", identifier.lower()))


def tagged(q: QuestionScore, words: frozenset[str]) -> bool:
    return bool((_words(q.question.id) | _words(q.domain.id)) & words)


@dataclass(frozen=True)
class VendorRow:
    assessment_id: int
    vendor: str
    pack_id: str
    pack_version: str
    assessed_on: str
    answered: int
    total: int  # applicable questions
    claims_index: float | None  # compliance index: what the vendor says and documents
    proof_index: float | None  # capability index: what was shown to work, with fresh proof
    backed_share: float | None  # % of strong claims (3+) backed by strong proof (3+)
    dependency_index: float | None
    exit_tested: bool | None  # None: the pack has no exit questions, or none answered
    escalations: int
    previous_proof_index: float | None = None  # from the vendor's previous assessment, when there is one
    enough_answers: bool = True  # enough of the applicable weight answered for a trust verdict

    @property
    def gap_points(self) -> float | None:
        return difference(self.claims_index, self.proof_index)

    @property
    def proof_delta(self) -> float | None:
        return difference(self.proof_index, self.previous_proof_index)

    @property
    def trust(self) -> str:
        return trust_category(self.backed_share, self.gap_points, self.proof_index, self.enough_answers)

    @property
    def concentration_risk(self) -> bool | None:
        if self.dependency_index is None and self.exit_tested is None:
            return None
        poorly_managed = self.dependency_index is not None and self.dependency_index < CONCENTRATION_LIMIT
        return bool(poorly_managed and not self.exit_tested)

    def to_dict(self) -> dict:
        return {
            "id": self.assessment_id, "vendor": self.vendor, "pack": self.pack_id, "pack_version": self.pack_version,
            "assessed_on": self.assessed_on, "answered": self.answered, "total": self.total,
            "claims_index": self.claims_index, "proof_index": self.proof_index, "gap_points": self.gap_points,
            "backed_share": self.backed_share, "trust": self.trust, "dependency_index": self.dependency_index,
            "exit_tested": self.exit_tested, "concentration_risk": self.concentration_risk,
            "escalations": self.escalations, "proof_delta": self.proof_delta,
        }


@dataclass(frozen=True)
class VendorScorecard:
    """One vendor's page: the row plus the detail behind it."""

    row: VendorRow
    item: ScoredAssessment

    @property
    def unproven_claims(self) -> list[QuestionScore]:
        """Strong claims without strong proof, heaviest first: what to ask the vendor for."""
        qs = [
            q for q in self.item.score.questions
            if isinstance(q.compliance, int) and q.compliance >= STRONG
            and not (isinstance(q.capability, int) and q.capability >= STRONG)
        ]
        return sorted(qs, key=lambda q: (-q.question.weight, -(q.gap or 0), q.question.id))


@dataclass(frozen=True)
class Portfolio:
    rows: list[VendorRow] = field(default_factory=list)
    scorecards: list[VendorScorecard] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"vendors": [r.to_dict() for r in self.rows]}


def backed_share(questions: list[QuestionScore]) -> float | None:
    strong_claims = [q for q in questions if isinstance(q.compliance, int) and q.compliance >= STRONG]
    if not strong_claims:
        return None
    backed = [q for q in strong_claims if isinstance(q.capability, int) and q.capability >= STRONG]
    # A share of a count, in whole percent like every share the app shows (2 of 3 is 67 %).
    return float(math.floor(100.0 * len(backed) / len(strong_claims) + 0.5))


def exit_tested(questions: list[QuestionScore]) -> bool | None:
    rated = [q for q in questions if tagged(q, EXIT_WORDS) and isinstance(q.capability, int)]
    if not rated:
        return None
    return all(q.capability >= STRONG for q in rated)


def dependency_index(questions: list[QuestionScore]) -> float | None:
    pairs = [
        (q.capability, q.question.weight)
        for q in questions if tagged(q, DEPENDENCY_WORDS) and isinstance(q.capability, int)
    ]
    return _index(pairs)


def vendor_row(item: ScoredAssessment, previous: ScoredAssessment | None = None) -> VendorRow:
    s = item.score
    return VendorRow(
        assessment_id=item.info.id,
        vendor=item.info.organisation,
        pack_id=item.info.pack_id,
        pack_version=item.info.pack_version,
        assessed_on=item.assessed_on.isoformat(),
        answered=s.answered,
        total=s.applicable,
        claims_index=s.compliance_index,
        proof_index=s.capability_index,
        backed_share=backed_share(s.questions),
        dependency_index=dependency_index(s.questions),
        exit_tested=exit_tested(s.questions),
        escalations=len(s.escalations),
        previous_proof_index=previous.score.capability_index if previous else None,
        enough_answers=s.enough_answers,
    )


def vendor_key(item: ScoredAssessment) -> tuple[str, str]:
    return (" ".join(item.info.organisation.casefold().split()), item.info.pack_id)


def build_portfolio(items: list[ScoredAssessment]) -> Portfolio:
    """The latest assessment of each vendor (same name and pack), compared with that vendor's previous one."""
    by_vendor: dict[tuple[str, str], list[ScoredAssessment]] = {}
    for item in items:
        by_vendor.setdefault(vendor_key(item), []).append(item)
    scorecards = []
    for history in by_vendor.values():
        history.sort(key=lambda i: (i.info.created_at, i.info.id))
        latest = history[-1]
        previous = history[-2] if len(history) > 1 else None
        scorecards.append(VendorScorecard(vendor_row(latest, previous), latest))
    # Weakest proof first: the forum's attention goes where trust rests on claims.
    scorecards.sort(key=lambda c: (c.row.proof_index is None, c.row.proof_index or 0.0, c.row.vendor.casefold()))
    return Portfolio(rows=[c.row for c in scorecards], scorecards=scorecards)
