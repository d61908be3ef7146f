"""A realistic sample assessment: strong paper, uneven practice, the patterns a real review finds."""

from __future__ import annotations

import datetime as dt
import random

from .assessment import NA, Answer
from .schema import Pack

DEMO_ORGANISATION = "Northwind Logistics Group"
DEMO_SCOPE = "Group IT, the Rotterdam and Gdańsk hubs, and the customer portal"
DEMO_ASSESSOR = "Dana Whitfield, CISO"
_OWNERS = ["Marta Kowalska", "Joris van Dijk", "Priya Raman", "Tomás Ortega", "Anke Brandt", "Samuel Osei"]
_ACTIONS = [
    "Run a timed end-to-end restore of the order platform and record the result against its RTO",
    "Name a single accountable owner with authority to accept this risk and record the decision",
    "Rehearse this scenario with the executive team and log the decisions taken",
    "Replace the self-declared evidence with a test we observe ourselves",
    "Set an expiry date on every open exception and review them monthly",
]


def demo_answers(pack: Pack, today: dt.date, seed: int = 27001) -> list[Answer]:
    """Deterministic answers: compliance mostly 3-4, capability trailing it, some proofs stale."""
    rng = random.Random(seed)
    answers = []
    for index, question in enumerate(pack.questions()):
        if index % 17 == 16:
            answers.append(Answer(question.id, compliance=NA, capability=NA, evidence_note="Out of scope this year."))
            continue
        compliance = rng.choice([2, 3, 3, 4, 4])
        capability = max(0, min(4, compliance - rng.choice([0, 1, 1, 2, 2, 3])))
        if rng.random() < 0.15:
            capability = min(4, compliance + 1)  # a team that does more than it writes down
        proven_on = None
        if capability >= 2 and rng.random() < 0.8:
            months_ago = rng.choice([1, 3, 5, 8, 11, 14, 20, 30])
            proven_on = today - dt.timedelta(days=30 * months_ago)
        owner = rng.choice(_OWNERS) if rng.random() < 0.75 else ""
        gap = compliance - capability
        action = rng.choice(_ACTIONS) if gap >= 1 else ""
        answers.append(
            Answer(
                question.id,
                compliance=compliance,
                capability=capability,
                proven_on=proven_on,
                owner=owner,
                evidence_note=f"Reviewed with {rng.choice(_OWNERS)}; see the evidence register.",
                action=action,
                action_owner=rng.choice(_OWNERS) if action else "",
                action_due=today + dt.timedelta(days=rng.choice([30, 60, 90, 120])) if action else None,
            )
        )
    return answers


def pick_escalations(answers: list[Answer], weights: dict[str, int], budget: int) -> set[str]:
    """The demo escalates the heaviest paper-only gaps, within budget."""
    candidates = [
        a for a in answers if isinstance(a.compliance, int) and isinstance(a.capability, int)
        and a.compliance - a.capability >= 2
    ]
    candidates.sort(key=lambda a: (-(weights[a.question_id] * (a.compliance - a.capability)), a.question_id))
    return {a.question_id for a in candidates[:budget]}


DEMO_DECISION = "Fund and schedule a proof exercise this quarter, or formally accept the exposure"
