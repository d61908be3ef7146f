"""The sample assessment behind `maturity-app demo` and the start page's "Open a sample assessment"."""

from __future__ import annotations

import datetime as dt

from ..domain.demo import DEMO_ASSESSOR, DEMO_ORGANISATION, DEMO_SCOPE, demo_assessment_answers
from ..domain.schema import Pack
from .store import AssessmentStore
from .transaction import write_transaction


def create_demo_assessment(store: AssessmentStore, pack: Pack, today: dt.date | None = None) -> int:
    """Create the sample assessment and return its id; all of it or nothing (one transaction)."""
    today = today or dt.date.today()
    with write_transaction(store.db):
        new_id = store.create(pack, DEMO_ORGANISATION, scope=DEMO_SCOPE, assessor=DEMO_ASSESSOR)
        for answer in demo_assessment_answers(pack, today, store.info(new_id).escalation_budget):
            store.save_answer(new_id, answer)
    return new_id
