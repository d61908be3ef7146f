"""Escalation to the board is scarce on purpose: an assessment has a fixed budget of escalations."""

from __future__ import annotations

from .errors import ValidationFailed


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
