"""Compare two assessments of the same subject: did capability catch up with the paper since last time?"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from collections.abc import Mapping

from .assessment import AssessmentInfo, Rating
from .errors import ValidationFailed
from .escalation import CARRIED, DROPPED, RESOLVED, BoardDecision, escalation_change
from .formatting import level as level_text
from .formatting import numeric_day, points
from .i18n import N_, _
from .scoring import AssessmentScore, QuestionScore, difference

# Action outcomes, as shown in the app, the CLI and the PDF (escalation outcomes live in domain.escalation).
# Stored and compared in English; shown through _().
CLOSED, STILL_OPEN, NEW = N_("closed"), N_("still open"), N_("new")
REPLACED = N_("replaced")  # the old action closed and a different one opened on the same question

# Why a question's capability moved between cycles: the claim, or only the freshness of its proof.
CLAIM_CHANGED = N_("claim changed")
PROOF_EXPIRED = N_("proof expired")
PROOF_RENEWED = N_("proof renewed")
NOT_PROVEN = N_("not proven recently")  # a changed claim of 3-4 without fresh proof: counted lower from the start


@dataclass(frozen=True)
class ScoredAssessment:
    """An assessment scored as of the day it was made, so last year's proofs are judged by last year's date."""

    info: AssessmentInfo
    score: AssessmentScore
    assessed_on: dt.date
    decisions: Mapping[str, BoardDecision] = field(default_factory=dict)  # board decisions on its escalations

    @property
    def label(self) -> str:
        return f"#{self.info.id} · {self.assessed_on.isoformat()} · {self.info.pack_id} {self.info.pack_version}"


def assessed_on(info: AssessmentInfo) -> dt.date:
    """The day an assessment speaks for: its last change (a re-assessment takes weeks; the last word counts)."""
    return dt.date.fromisoformat(info.updated_at[:10])


def _delta(old, new):
    """The change from *old* to *new*."""
    return difference(new, old)


def _level(value: Rating) -> int | None:
    return value if isinstance(value, int) else None


@dataclass(frozen=True)
class QuestionChange:
    question_id: str
    title: str
    domain_id: str
    domain_title: str
    status: str  # "both", "vanished" (only in the old pack), "appeared" (only in the new one)
    old_compliance: Rating = None
    new_compliance: Rating = None
    old_capability: Rating = None  # effective capability, after the freshness cap
    new_capability: Rating = None
    old_gap: int | None = None
    new_gap: int | None = None
    old_action: str = ""
    new_action: str = ""
    action_status: str | None = None  # CLOSED, STILL_OPEN, NEW or None
    escalation_status: str | None = None  # domain.escalation: CARRIED, RESOLVED, NEW, DROPPED or None
    old_paper: bool = False
    new_paper: bool = False
    weight: int = 1
    old_claim: Rating = None  # capability as stated, before the freshness cap
    new_claim: Rating = None
    old_capped: bool = False  # the stated level was capped for want of recent proof
    new_capped: bool = False
    decision: BoardDecision | None = None  # the board's decision recorded this cycle, if any

    @property
    def capability_reasons(self) -> list[str]:
        """Why capability moved (or why the claim moved without the counted level moving): empty when neither."""
        if self.status != "both":
            return []
        reasons = []
        if self.old_claim != self.new_claim:
            reasons.append(CLAIM_CHANGED)
            if self.new_capped:
                reasons.append(NOT_PROVEN)
        elif self.new_capped and not self.old_capped:
            reasons.append(PROOF_EXPIRED)
        elif self.old_capped and not self.new_capped:
            reasons.append(PROOF_RENEWED)
        if not self.capability_delta and self.old_claim == self.new_claim:
            return []
        return reasons

    @property
    def regressed(self) -> bool:
        """Either side went down since last cycle."""
        return (self.capability_delta or 0) < 0 or (self.compliance_delta or 0) < 0

    @property
    def level_moved(self) -> bool:
        return self.status == "both" and bool(
            self.compliance_delta or self.capability_delta or self.old_claim != self.new_claim
        )

    @property
    def weighted_movement(self) -> int:
        """How much the question moved, in levels on both sides, times its weight: what ranks the changes."""
        return self.weight * (abs(self.compliance_delta or 0) + abs(self.capability_delta or 0))

    @property
    def compliance_delta(self) -> int | None:
        return _delta(_level(self.old_compliance), _level(self.new_compliance))

    @property
    def capability_delta(self) -> int | None:
        return _delta(_level(self.old_capability), _level(self.new_capability))

    @property
    def gap_delta(self) -> int | None:
        return _delta(self.old_gap, self.new_gap)

    @property
    def changed(self) -> bool:
        return (
            self.status != "both"
            or (self.old_compliance, self.old_capability) != (self.new_compliance, self.new_capability)
            or self.action_status in (CLOSED, NEW, REPLACED)
            or self.escalation_status in (RESOLVED, NEW)
        )

    def to_dict(self) -> dict:
        return {
            "question": self.question_id, "title": self.title, "domain": self.domain_id, "status": self.status,
            "compliance": [self.old_compliance, self.new_compliance, self.compliance_delta],
            "capability": [self.old_capability, self.new_capability, self.capability_delta],
            "gap": [self.old_gap, self.new_gap, self.gap_delta],
            "paper_maturity": [self.old_paper, self.new_paper],
            "action": self.action_status, "escalation": self.escalation_status,
            "claimed_capability": [self.old_claim, self.new_claim],
            "capability_reasons": self.capability_reasons,
            "board_decision": self.decision.outcome if self.decision else None,
        }

    def change_dict(self) -> dict:
        """One line of the question-level change list (CLI --json)."""
        return {
            "question": self.question_id, "title": self.title, "domain": self.domain_id, "weight": self.weight,
            "regressed": self.regressed,
            "compliance": [self.old_compliance, self.new_compliance, self.compliance_delta],
            "capability": [self.old_capability, self.new_capability, self.capability_delta],
            "claimed_capability": [self.old_claim, self.new_claim],
            "capability_reasons": self.capability_reasons,
        }


@dataclass(frozen=True)
class DomainChange:
    domain_id: str
    title: str
    status: str
    old_compliance: float | None
    new_compliance: float | None
    old_capability: float | None
    new_capability: float | None
    old_gap: float | None
    new_gap: float | None

    @property
    def compliance_delta(self) -> float | None:
        return _delta(self.old_compliance, self.new_compliance)

    @property
    def capability_delta(self) -> float | None:
        return _delta(self.old_capability, self.new_capability)

    @property
    def gap_delta(self) -> float | None:
        return _delta(self.old_gap, self.new_gap)

    def to_dict(self) -> dict:
        return {
            "domain": self.domain_id, "title": self.title, "status": self.status,
            "compliance": [self.old_compliance, self.new_compliance, self.compliance_delta],
            "capability": [self.old_capability, self.new_capability, self.capability_delta],
            "gap": [self.old_gap, self.new_gap, self.gap_delta],
        }


@dataclass(frozen=True)
class Comparison:
    old: ScoredAssessment
    new: ScoredAssessment
    domains: list[DomainChange] = field(default_factory=list)
    questions: list[QuestionChange] = field(default_factory=list)

    @property
    def compliance_delta(self) -> float | None:
        return _delta(self.old.score.compliance_index, self.new.score.compliance_index)

    @property
    def capability_delta(self) -> float | None:
        return _delta(self.old.score.capability_index, self.new.score.capability_index)

    @property
    def gap_delta(self) -> float | None:
        return _delta(self.old.score.gap_points, self.new.score.gap_points)

    def _with(self, attr: str, *values: str) -> list[QuestionChange]:
        return [q for q in self.questions if getattr(q, attr) in values]

    @property
    def actions_closed(self) -> list[QuestionChange]:
        return self._with("action_status", CLOSED, REPLACED)

    @property
    def actions_open(self) -> list[QuestionChange]:
        return self._with("action_status", STILL_OPEN)

    @property
    def actions_new(self) -> list[QuestionChange]:
        return self._with("action_status", NEW, REPLACED)

    @property
    def escalations_resolved(self) -> list[QuestionChange]:
        """Escalations the board decided on this cycle (accepted risk, funded fix, gap closed)."""
        return self._with("escalation_status", RESOLVED)

    @property
    def escalations_carried(self) -> list[QuestionChange]:
        """Open last cycle and still open: no board decision recorded yet."""
        return self._with("escalation_status", CARRIED)

    @property
    def escalations_new(self) -> list[QuestionChange]:
        return self._with("escalation_status", NEW)

    @property
    def escalations_dropped(self) -> list[QuestionChange]:
        """Open last cycle, no longer escalated, and no board decision: said out loud, never counted as resolved."""
        return self._with("escalation_status", DROPPED)

    @property
    def question_changes(self) -> list[QuestionChange]:
        """Questions on both sides whose levels (or capability claim) moved: regressions first, then the largest
        movement by weight, then pack order. A domain can improve while one of its questions regresses."""
        moved = [(i, q) for i, q in enumerate(self.questions) if q.level_moved]
        moved.sort(key=lambda item: (not item[1].regressed, -item[1].weighted_movement, -item[1].weight, item[0]))
        return [q for _, q in moved]

    @property
    def vanished(self) -> list[QuestionChange]:
        return self._with("status", "vanished")

    @property
    def appeared(self) -> list[QuestionChange]:
        return self._with("status", "appeared")

    @property
    def paper_maturity_delta(self) -> int:
        return len(self.new.score.paper_maturity) - len(self.old.score.paper_maturity)

    @property
    def improved(self) -> list[QuestionChange]:
        return [q for q in self.questions if (q.capability_delta or 0) > 0]

    @property
    def declined(self) -> list[QuestionChange]:
        return [q for q in self.questions if (q.capability_delta or 0) < 0]

    def verdict(self) -> str:
        """One sentence answering the CISO's yearly question: did capability catch up with the paper?"""
        cap, comp, gap = self.capability_delta, self.compliance_delta, self.gap_delta
        if cap is None or comp is None or gap is None:
            return _("Not enough answers on both sides to say whether capability caught up with the paper.")
        movement = _("Since {day}, practice {practice} and paper {paper}").format(
            day=numeric_day(self.old.assessed_on), practice=_moved(cap), paper=_moved(comp))
        if gap < -0.05:
            return _("{movement}: capability is catching up — the gap narrowed by {points} points.").format(
                movement=movement, points=points(abs(gap)))
        if gap > 0.05:
            return _("{movement}: the paper is pulling further ahead — the gap widened by {points} points.").format(
                movement=movement, points=points(gap))
        return _("{movement}: the gap between paper and practice did not move.").format(movement=movement)

    def to_dict(self) -> dict:
        def side(s: ScoredAssessment) -> dict:
            return {
                "id": s.info.id, "organisation": s.info.organisation, "assessed_on": s.assessed_on.isoformat(),
                "pack_version": s.info.pack_version, "compliance_index": s.score.compliance_index,
                "capability_index": s.score.capability_index, "gap_points": s.score.gap_points,
                "paper_maturity": len(s.score.paper_maturity), "answered": s.score.answered, "total": s.score.total,
            }

        ids = lambda items: [q.question_id for q in items]  # noqa: E731
        return {
            "old": side(self.old), "new": side(self.new),
            "delta": {
                "compliance_index": self.compliance_delta, "capability_index": self.capability_delta,
                "gap_points": self.gap_delta, "paper_maturity": self.paper_maturity_delta,
            },
            "verdict": self.verdict(),
            "actions": {"closed": ids(self.actions_closed), "still_open": ids(self.actions_open),
                        "new": ids(self.actions_new)},
            "escalations": {"carried": ids(self.escalations_carried), "resolved": ids(self.escalations_resolved),
                            "new": ids(self.escalations_new), "dropped": ids(self.escalations_dropped)},
            "question_changes": [q.change_dict() for q in self.question_changes],
            "questions_vanished": ids(self.vanished), "questions_appeared": ids(self.appeared),
            "domains": [d.to_dict() for d in self.domains],
            "questions": [q.to_dict() for q in self.questions],
        }


def _moved(change: float) -> str:
    if abs(change) < 0.05:
        return _("held steady")
    text = _("rose {points} points") if change > 0 else _("fell {points} points")
    return text.format(points=points(abs(change)))


def action_status(old_action: str, new_action: str) -> str | None:
    """An action is closed when the new cycle no longer carries it; a different text closes it and opens another."""
    old_action, new_action = old_action.strip(), new_action.strip()
    if old_action and new_action:
        return STILL_OPEN if old_action == new_action else REPLACED
    if old_action:
        return CLOSED
    return NEW if new_action else None


def _question_change(old: QuestionScore | None, new: QuestionScore | None,
                     old_decision: BoardDecision | None = None, new_decision: BoardDecision | None = None,
                     ) -> QuestionChange:
    ref = new or old
    assert ref is not None
    status = "both" if old and new else ("vanished" if old else "appeared")
    old_action = old.answer.action if old else ""
    new_action = new.answer.action if new else ""
    return QuestionChange(
        question_id=ref.question.id,
        title=ref.question.title,
        domain_id=ref.domain.id,
        domain_title=ref.domain.title,
        status=status,
        old_compliance=old.compliance if old else None,
        new_compliance=new.compliance if new else None,
        old_capability=old.capability if old else None,
        new_capability=new.capability if new else None,
        old_gap=old.gap if old else None,
        new_gap=new.gap if new else None,
        old_action=old_action,
        new_action=new_action,
        # A question that left the pack takes its action with it: listed as vanished, neither closed nor open.
        action_status=action_status(old_action, new_action) if new else None,
        escalation_status=escalation_change(bool(old and old.answer.escalate), old_decision,
                                            bool(new and new.answer.escalate), new_decision),
        old_paper=bool(old and old.paper_maturity),
        new_paper=bool(new and new.paper_maturity),
        weight=ref.question.weight,
        old_claim=old.answer.capability if old else None,
        new_claim=new.answer.capability if new else None,
        old_capped=bool(old and old.stale),
        new_capped=bool(new and new.stale),
        decision=new_decision if new and new.answer.escalate else None,
    )


def compare(old: ScoredAssessment, new: ScoredAssessment) -> Comparison:
    """Per domain and per question, matched by id; questions only on one side are kept and marked."""
    if old.info.pack_id != new.info.pack_id:
        raise ValidationFailed(
            _("assessments {old} ({old_pack}) and {new} ({new_pack}) use different questionnaire packs; only "
              "assessments of the same subject and pack can be compared").format(
                old=old.info.id, old_pack=old.info.pack_id, new=new.info.id, new_pack=new.info.pack_id)
        )
    old_q = {q.question.id: q for q in old.score.questions}
    new_q = {q.question.id: q for q in new.score.questions}
    # New pack order first (the order the user answers in), then what vanished, in its old order.
    order = list(new_q) + [qid for qid in old_q if qid not in new_q]
    questions = [
        _question_change(old_q.get(qid), new_q.get(qid), old.decisions.get(qid), new.decisions.get(qid))
        for qid in order
    ]

    old_d = {d.domain.id: d for d in old.score.domains}
    new_d = {d.domain.id: d for d in new.score.domains}
    domains = []
    for did in list(new_d) + [d for d in old_d if d not in new_d]:
        o, n = old_d.get(did), new_d.get(did)
        ref = n or o
        domains.append(
            DomainChange(
                domain_id=did,
                title=ref.domain.title,
                status="both" if o and n else ("vanished" if o else "appeared"),
                old_compliance=o.compliance_index if o else None,
                new_compliance=n.compliance_index if n else None,
                old_capability=o.capability_index if o else None,
                new_capability=n.capability_index if n else None,
                old_gap=o.gap_points if o else None,
                new_gap=n.gap_points if n else None,
            )
        )
    return Comparison(old=old, new=new, domains=domains, questions=questions)


def capability_reason_text(change: QuestionChange) -> str:
    """"proof expired", "claim changed: 3 → 4 claimed"… why capability moved, as the CLI, app and PDF say it."""
    parts = []
    for reason in change.capability_reasons:
        counted = (change.old_claim, change.new_claim) == (change.old_capability, change.new_capability)
        if reason == CLAIM_CHANGED and not counted:  # the claim is not what counts: say what was claimed
            parts.append(_("claim changed: {old} → {new} claimed").format(old=level_text(change.old_claim),
                                                                          new=level_text(change.new_claim)))
        else:
            parts.append(_(reason))
    return ", ".join(parts)


def change_summary(change: QuestionChange) -> str:
    """"paper 3 → 2; practice 4 → 2 (proof expired)": one question's movement in one line."""
    parts = []
    if change.old_compliance != change.new_compliance:
        parts.append(_("paper {old} → {new}").format(old=level_text(change.old_compliance),
                                                     new=level_text(change.new_compliance)))
    why = capability_reason_text(change)
    if change.old_capability != change.new_capability or why:
        practice = _("practice {old} → {new}").format(old=level_text(change.old_capability),
                                                      new=level_text(change.new_capability))
        parts.append(f"{practice} ({why})" if why else practice)
    return "; ".join(parts)
