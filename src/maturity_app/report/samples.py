"""Realistic sample assessments of any size, for the export dialog's preview, benchmarks and tests."""

from __future__ import annotations

import datetime as dt

from ..domain.assessment import Assessment, AssessmentInfo
from ..domain.demo import DEMO_ASSESSOR, DEMO_ORGANISATION, DEMO_SCOPE, demo_assessment_answers
from ..domain.schema import Pack
from ..domain.scoring import AssessmentScore, score_assessment


def replicated_pack(base: Pack, domains: int, per_domain: int) -> Pack:
    """A pack of domains × per_domain questions made by cycling through *base*'s questions."""
    questions = base.questions()
    new_domains = []
    for d in range(domains):
        template = base.domains[d % len(base.domains)]
        copies = []
        for i in range(per_domain):
            q = questions[(d * per_domain + i) % len(questions)]
            copies.append(q.model_copy(update={"id": f"{q.id}-{d}-{i}"[:64], "title": f"{q.title} ({d + 1}.{i + 1})"}))
        new_domains.append(template.model_copy(
            update={"id": f"{template.id}-{d}", "title": f"{template.title} {d + 1}", "questions": copies}))
    return base.model_copy(update={"domains": new_domains, "id": f"{base.id}-x{domains * per_domain}"})


def sample_assessment(pack: Pack, today: dt.date, budget: int = 3, assessment_id: int = 1) -> Assessment:
    answers = demo_assessment_answers(pack, today, budget)
    stamp = f"{today.isoformat()}T09:00:00+00:00"
    info = AssessmentInfo(
        id=assessment_id, uid="00000000-0000-4000-8000-000000000001", organisation=DEMO_ORGANISATION,
        scope=DEMO_SCOPE, assessor=DEMO_ASSESSOR, mode="self", pack_id=pack.id, pack_version=pack.version,
        pack_title=pack.title, escalation_budget=budget, created_at=stamp, updated_at=stamp,
        answered=sum(1 for a in answers if a.is_answered), total=len(pack.questions()),
    )
    return Assessment(info=info, pack=pack, answers={a.question_id: a for a in answers})


def sample_score(pack: Pack, today: dt.date, budget: int = 3) -> tuple[AssessmentScore, AssessmentInfo]:
    assessment = sample_assessment(pack, today, budget)
    return score_assessment(assessment, today), assessment.info
