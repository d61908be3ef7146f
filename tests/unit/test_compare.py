"""Comparing two assessments of one subject: per domain and question deltas, actions, escalations."""

import datetime as dt

import pytest

from maturity_app.domain.assessment import NA, Answer
from maturity_app.domain.compare import (
    CLOSED, NEW, REPLACED, RESOLVED, STILL_ESCALATED, STILL_OPEN, action_status, escalation_status,
)
from maturity_app.domain.errors import ValidationFailed
from maturity_app.storage.cycle_store import CycleStore

from test_reassess import pack_v11


def backdate(store, assessment_id: int, day: str) -> None:
    stamp = f"{day}T09:00:00+00:00"
    store.db.execute(
        "UPDATE assessments SET created_at = ?, updated_at = ? WHERE id = ?", [stamp, stamp, assessment_id]
    )


@pytest.fixture
def cycle(store):
    return CycleStore(store)


@pytest.fixture
def two_cycles(store, cycle, mini_pack):
    old = store.create(mini_pack, "Acme", escalation_budget=3)
    store.save_answer(old, Answer("rec-restore", compliance=4, capability=1, action="Timed restore", escalate=True))
    store.save_answer(old, Answer("rec-deps", compliance=3, capability=1, action="Add suppliers to the exercise",
                                  escalate=True))
    store.save_answer(old, Answer("dec-owner", compliance=3, capability=3, proven_on=dt.date(2024, 1, 10)))
    store.save_answer(old, Answer("dec-exceptions", compliance=2, capability=2, action="Expiry dates"))
    store.save_answer(old, Answer("cul-near-miss", compliance=NA, capability=NA))
    backdate(store, old, "2024-06-01")
    new = cycle.reassess(old, mini_pack).new_id
    store.save_answer(new, store.answer(new, "rec-restore").with_changes(
        compliance=4, capability=3, proven_on=dt.date(2025, 5, 1), action=""))  # restore proven: action closed
    store.save_answer(new, store.answer(new, "rec-deps").with_changes(compliance=3, capability=1, escalate=True))
    store.save_answer(new, store.answer(new, "dec-owner").with_changes(compliance=4, capability=3,
                                                                       proven_on=dt.date(2024, 1, 10)))
    store.save_answer(new, store.answer(new, "dec-exceptions").with_changes(
        compliance=3, capability=2, action="Monthly exception review"))
    store.save_answer(new, Answer("cul-near-miss", compliance=2, capability=1, action="Near-miss channel"))
    backdate(store, new, "2025-06-01")
    return old, new


def test_indices_and_verdict(cycle, two_cycles):
    old, new = two_cycles
    c = cycle.comparison(old, new)
    # Old: paper (4*3+3*2+3*2+2*1)/(4*8)=81.25 -> 81.5; practice (1*3+1*2+3*2+1*1)/32=37.5 (dec-exceptions
    # claims 2 without a proof date: counted as 1).
    assert (c.old.score.compliance_index, c.old.score.capability_index) == (81.5, 37.5)
    # New: rec-restore 4/3 (w3), rec-deps 3/1 (w2), dec-owner 4/1 once stale (w2), dec-exceptions 3/1 unproven
    # (w1), cul-near-miss 2/1 (w2): paper 33/40 = 82.5, practice 16/40 = 40.
    assert (c.new.score.compliance_index, c.new.score.capability_index) == (82.5, 40.0)
    # Changes are the differences of the rounded figures, so they add up as printed.
    assert (c.compliance_delta, c.capability_delta, c.gap_delta) == (1.0, 2.5, -1.5)
    assert "catching up" in c.verdict() and "2024-06-01" in c.verdict()


def test_old_proof_judged_at_its_own_date(cycle, two_cycles):
    old, new = two_cycles
    c = cycle.comparison(old, new)
    dec = next(q for q in c.questions if q.question_id == "dec-owner")
    # Proven 2024-01-10 with a 6-month freshness: fresh on 2024-06-01 (old), stale by 2025-06-01 (new).
    assert dec.old_capability == 3 and dec.new_capability == 1
    assert dec.capability_delta == -2 and dec.compliance_delta == 1 and dec.gap_delta == 3
    assert dec in c.declined


def test_per_question_and_domain_deltas(cycle, two_cycles):
    old, new = two_cycles
    c = cycle.comparison(old, new)
    restore = next(q for q in c.questions if q.question_id == "rec-restore")
    assert (restore.old_capability, restore.new_capability, restore.capability_delta) == (1, 3, 2)
    assert (restore.old_gap, restore.new_gap, restore.gap_delta) == (3, 1, -2)
    assert restore.old_paper and not restore.new_paper
    recovery = next(d for d in c.domains if d.domain_id == "recovery")
    assert recovery.old_capability == 25.0 and recovery.new_capability == 55.0 and recovery.capability_delta == 30.0
    culture = next(d for d in c.domains if d.domain_id == "culture")
    assert culture.old_compliance is None and culture.compliance_delta is None  # n/a last time: no delta invented


def test_actions_and_escalations(cycle, two_cycles):
    old, new = two_cycles
    c = cycle.comparison(old, new)
    ids = lambda items: sorted(q.question_id for q in items)  # noqa: E731
    assert ids(c.actions_closed) == ["dec-exceptions", "rec-restore"]
    assert ids(c.actions_open) == ["rec-deps"]
    assert ids(c.actions_new) == ["cul-near-miss", "dec-exceptions"]
    assert ids(c.escalations_resolved) == ["rec-restore"]
    assert ids(c.escalations_still) == ["rec-deps"]
    data = c.to_dict()
    assert data["actions"]["still_open"] == ["rec-deps"] and data["escalations"]["resolved"] == ["rec-restore"]


def test_status_rules():
    assert action_status("Do X", "Do X") == STILL_OPEN
    assert action_status("Do X", "") == CLOSED
    assert action_status("Do X", "Do Y") == REPLACED
    assert action_status("", "Do Y") == NEW
    assert action_status(" ", "") is None
    assert escalation_status(True, False) == RESOLVED
    assert escalation_status(True, True) == STILL_ESCALATED
    assert escalation_status(False, True) == NEW


def test_pack_change_shows_vanished_and_appeared_questions(store, cycle, two_cycles):
    old, _ = two_cycles
    newer = cycle.reassess(old, pack_v11()).new_id
    c = cycle.comparison(old, newer)
    assert [q.question_id for q in c.vanished] == ["rec-deps"]
    assert [q.question_id for q in c.appeared] == ["cul-speak-up"]
    vanished = c.vanished[0]
    assert vanished.old_compliance == 3 and vanished.new_compliance is None and vanished.action_status is None
    assert c.to_dict()["questions_vanished"] == ["rec-deps"]


def test_refuses_other_subjects_and_self(store, cycle, two_cycles, mini_pack):
    old, new = two_cycles
    stranger = store.create(mini_pack, "Globex")
    with pytest.raises(ValidationFailed, match="not of the same subject"):
        cycle.comparison(old, stranger)
    with pytest.raises(ValidationFailed, match="two different"):
        cycle.comparison(new, new)


def test_same_name_any_spacing_is_the_same_subject(store, cycle, mini_pack):
    a = store.create(mini_pack, "Acme  corp")
    b = store.create(mini_pack, "ACME Corp")
    assert cycle.comparison(a, b).new.info.id == b
    assert cycle.previous_of(b) == a and cycle.previous_of(a) is None


def test_renamed_subject_stays_linked_by_lineage(store, cycle, mini_pack):
    a = store.create(mini_pack, "Initech")
    b = cycle.reassess(a, mini_pack).new_id
    store.rename(b, "Initech Group")
    assert cycle.subject_ids(b) == [a, b]
