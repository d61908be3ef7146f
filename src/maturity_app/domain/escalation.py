"""Escalation to the board is scarce on purpose: an assessment has a fixed budget of escalations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import ValidationFailed
from .formatting import whole
from .i18n import N_, _


class EscalationBudgetExceeded(ValidationFailed):
    def __init__(self, budget: int, escalated: list[str]):
        self.budget = budget
        self.escalated = escalated
        super().__init__(
            f"the escalation budget of {budget} is used up ({', '.join(escalated)}); "
            "drop one of those escalations before adding another"
        )


def check_escalation_budget(escalated: list[str], budget: int, question_id: str) -> None:
    """Raise if escalating *question_id* would exceed *budget*; re-saving an escalated question is fine."""
    others = sorted(q for q in escalated if q != question_id)
    if len(others) >= budget:
        raise EscalationBudgetExceeded(budget, others)


# -- the board's decision: what resolves an escalation --------------------------------------------------------
# An escalation is *resolved* only when the board's decision is recorded, and only these three decisions count.
# Anything else (the next cycle simply not ticking "escalate" again, the gap moving on its own) leaves it open
# or, when dropped without a decision, says so: an escalation never disappears quietly.
ACCEPTED_RISK, FUNDED_FIX, GAP_CLOSED = "accepted_risk", "funded_fix", "gap_closed"
OUTCOMES = (ACCEPTED_RISK, FUNDED_FIX, GAP_CLOSED)
OUTCOME_LABELS = {
    ACCEPTED_RISK: N_("risk accepted by the board"),
    FUNDED_FIX: N_("fix funded by the board"),
    GAP_CLOSED: N_("closed: the gap closed"),
}
NOTE_LIMIT = 5000

# How an escalation moved between two cycles (compare, CLI, PDF).
CARRIED = "carried"  # open last cycle, still open now: no board decision yet
RESOLVED = "resolved"  # a board decision was recorded on it this cycle
NEW = "new"  # raised this cycle (and still open)
DROPPED = "dropped"  # open last cycle, no longer escalated, and no board decision recorded
STATUS_LABELS = {
    CARRIED: N_("carried over, still open"),
    RESOLVED: N_("resolved by the board"),
    NEW: N_("new"),
    DROPPED: N_("dropped without a board decision"),
}


@dataclass(frozen=True)
class BoardDecision:
    """What the board decided on one escalated question, and when."""

    question_id: str
    outcome: str
    decided_on: dt.date
    note: str = ""

    def validated(self) -> BoardDecision:
        if self.outcome not in OUTCOMES:
            raise ValidationFailed(_("board decision {text} is not one of: {choices}").format(
                text=repr(self.outcome), choices=", ".join(o.replace("_", "-") for o in OUTCOMES)))
        if len(self.note) > NOTE_LIMIT:
            raise ValidationFailed(_("decision note is {length} characters long; the limit is {limit}").format(
                length=whole(len(self.note)), limit=whole(NOTE_LIMIT)))
        return self

    @property
    def label(self) -> str:
        return _(OUTCOME_LABELS[self.outcome])


def parse_outcome(text: str) -> str:
    """'accepted-risk', 'Accepted risk', 'funded_fix'… → the stored outcome; a clear error otherwise."""
    key = "_".join(str(text).strip().lower().replace("-", " ").split())
    if key not in OUTCOMES:
        raise ValidationFailed(_("board decision {text} is not one of: {choices}").format(
            text=repr(text), choices=", ".join(o.replace("_", "-") for o in OUTCOMES)))
    return key


def check_board_decision(decision: BoardDecision, *, escalated: bool, gap: int | None) -> None:
    """Only an escalated question gets a board decision; "gap closed" only when practice caught up with paper."""
    decision.validated()
    if not escalated:
        raise ValidationFailed(_("question {question} is not escalated; the board decides on escalations only").format(
            question=decision.question_id))
    if decision.outcome == GAP_CLOSED and (gap is None or gap > 0):
        text = (_("the gap on {question} is not scored on both sides; record the risk as accepted or the fix as "
                  "funded instead") if gap is None else
                _("the gap on {question} is still {gap} level(s) wide; record the risk as accepted or the fix as "
                  "funded instead"))
        raise ValidationFailed(text.format(question=decision.question_id, gap=gap))


def is_open(escalated: bool, decision: BoardDecision | None) -> bool:
    """An escalation is open from the moment it is raised until the board's decision is recorded."""
    return escalated and decision is None


def is_resolved(escalated: bool, decision: BoardDecision | None) -> bool:
    return escalated and decision is not None


def escalation_change(old_escalated: bool, old_decision: BoardDecision | None,
                      new_escalated: bool, new_decision: BoardDecision | None) -> str | None:
    """How one question's escalation moved from the previous cycle to this one (None: nothing to report).

    One resolved last cycle is history, not news; one raised and resolved within this cycle counts as resolved.
    """
    was_open = is_open(old_escalated, old_decision)
    if is_resolved(new_escalated, new_decision):
        return RESOLVED
    if new_escalated:
        return CARRIED if was_open else NEW
    return DROPPED if was_open else None
