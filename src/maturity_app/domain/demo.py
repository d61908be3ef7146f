"""A realistic sample assessment: strong paper, uneven practice, the patterns a real review finds.

For the core pack the answers are written question by question (demo_northwind); for any other pack they are
generated, but every action, owner and decision is still derived from its own question, never picked at random.
"""

from __future__ import annotations

import datetime as dt
import random

from . import demo_northwind as northwind
from .assessment import NA, Answer
from .schema import Pack

DEMO_ORGANISATION = "Northwind Logistics Group"
DEMO_SCOPE = "Group IT, the Rotterdam and Gdańsk hubs, and the customer portal"
DEMO_ASSESSOR = "Dana Whitfield, CISO"
_OWNERS = [northwind.IT_OPS, northwind.COO, northwind.SOC, northwind.PROCUREMENT, northwind.DPO, northwind.CFO]


def _days_ago(today: dt.date, months: int | None) -> dt.date | None:
    return None if months is None else today - dt.timedelta(days=30 * months)


def _written(pack: Pack, today: dt.date) -> list[Answer] | None:
    """Northwind's own answers when the pack is the one they were written for (every question covered)."""
    if {q.id for q in pack.questions()} != set(northwind.ANSWERS):
        return None
    answers = []
    for question in pack.questions():
        compliance, capability, months, owner, note, action, action_owner, due = northwind.ANSWERS[question.id]
        decision = northwind.ESCALATIONS.get(question.id, "")
        answers.append(Answer(
            question.id,
            compliance=NA if compliance == northwind.NA_ROW else compliance,
            capability=NA if capability == northwind.NA_ROW else capability,
            proven_on=_days_ago(today, months),
            owner=owner,
            evidence_note=note,
            action=action,
            action_owner=action_owner,
            action_due=today + dt.timedelta(days=due) if due else None,
            escalate=bool(decision),
            decision=decision,
        ))
    return answers


def _generated(pack: Pack, today: dt.date, seed: int) -> list[Answer]:
    """Deterministic answers for any pack: compliance mostly 3-4, capability trailing it, some proofs stale."""
    rng = random.Random(seed)
    answers = []
    for index, question in enumerate(pack.questions()):
        if index % 17 == 16:
            answers.append(Answer(question.id, compliance=NA, capability=NA,
                                  evidence_note="Outside the scope assessed this year."))
            continue
        domain_index = next(i for i, d in enumerate(pack.domains) if any(q.id == question.id for q in d.questions))
        owner = _OWNERS[domain_index % len(_OWNERS)]  # one owner per area, as in a real organisation
        compliance = rng.choice([2, 3, 3, 4, 4])
        capability = max(0, min(4, compliance - rng.choice([0, 1, 1, 2, 2, 3])))
        if rng.random() < 0.15:
            capability = min(4, compliance + 1)  # a team that does more than it writes down
        proven_on = None
        if capability >= 2 and rng.random() < 0.8:
            proven_on = today - dt.timedelta(days=30 * rng.choice([1, 3, 5, 8, 11, 14, 20, 30]))
        if rng.random() < 0.2:
            owner = ""
        action = (f"Exercise “{question.title}” end to end, record the result and its date"
                  if compliance > capability else "")
        answers.append(Answer(
            question.id,
            compliance=compliance,
            capability=capability,
            proven_on=proven_on,
            owner=owner,
            evidence_note=f"What counts as proof here: {question.evidence}" if question.evidence else "",
            action=action,
            action_owner=(owner or _OWNERS[0]) if action else "",
            action_due=today + dt.timedelta(days=rng.choice([30, 60, 90, 120])) if action else None,
        ))
    return answers


def demo_answers(pack: Pack, today: dt.date, seed: int = 27001) -> list[Answer]:
    """The sample's answers, without escalations (see demo_assessment_answers)."""
    written = _written(pack, today)
    if written is not None:
        return [a.with_changes(escalate=False, decision="") for a in written]
    return _generated(pack, today, seed)


def pick_escalations(answers: list[Answer], weights: dict[str, int], budget: int) -> set[str]:
    """The heaviest paper-only gaps, within budget (used for generated samples)."""
    candidates = [
        a for a in answers if isinstance(a.compliance, int) and isinstance(a.capability, int)
        and a.compliance - a.capability >= 2
    ]
    candidates.sort(key=lambda a: (-(weights[a.question_id] * (a.compliance - a.capability)), a.question_id))
    return {a.question_id for a in candidates[:budget]}


def demo_decision(pack: Pack, question_id: str) -> str:
    question = pack.question(question_id)
    return (f"Fund and schedule a proof of “{question.title}” this quarter, or accept in writing that "
            f"{question.consequence[0].lower() + question.consequence[1:]}")


def demo_assessment_answers(pack: Pack, today: dt.date, budget: int) -> list[Answer]:
    """Every answer of the sample, escalations and their decisions included, within *budget*."""
    written = _written(pack, today)
    if written is not None:
        kept = [q for q in northwind.ESCALATIONS][:budget]
        return [a if a.question_id in kept else a.with_changes(escalate=False, decision="") for a in written]
    answers = _generated(pack, today, 27001)
    chosen = pick_escalations(answers, {q.id: q.weight for q in pack.questions()}, budget)
    return [a.with_changes(escalate=True, decision=demo_decision(pack, a.question_id))
            if a.question_id in chosen else a for a in answers]
