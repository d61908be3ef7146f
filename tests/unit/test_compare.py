"""Comparing two assessments of one subject: per domain and question deltas, actions, escalations."""

import datetime as dt

import pytest

from maturity_app.domain.assessment import NA, Answer
from maturity_app.domain.compare import (
    CLAIM_CHANGED, CLOSED, NEW, PROOF_EXPIRED, PROOF_RENEWED, REPLACED, STILL_OPEN, action_status, change_summary,
)
from maturity_app.domain.errors import ValidationFailed
from maturity_app.domain.escalation import (
    CARRIED, DROPPED, FUNDED_FIX, GAP_CLOSED, RESOLVED, BoardDecision, escalation_change,
)
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
    # Both escalations carried over: not ticking them again is not the board deciding.
    assert ids(c.escalations_carried) == ["rec-deps", "rec-restore"]
    assert c.escalations_resolved == [] and c.escalations_dropped == []
    data = c.to_dict()
    assert data["actions"]["still_open"] == ["rec-deps"] and data["escalations"]["carried"] == ["rec-restore",
                                                                                                 "rec-deps"]


def test_escalation_resolved_only_by_a_recorded_board_decision(store, cycle, two_cycles):
    old, new = two_cycles
    cycle.record_board_decision(new, BoardDecision("rec-restore", FUNDED_FIX, dt.date(2025, 5, 20), "Budget 2026"))
    store.save_answer(new, store.answer(new, "rec-deps").with_changes(escalate=False))
    c = cycle.comparison(old, new)
    ids = lambda items: sorted(q.question_id for q in items)  # noqa: E731
    assert ids(c.escalations_resolved) == ["rec-restore"]
    assert c.escalations_resolved[0].decision.outcome == FUNDED_FIX
    assert ids(c.escalations_dropped) == ["rec-deps"] and c.escalations_carried == []
    assert c.to_dict()["escalations"] == {"carried": [], "resolved": ["rec-restore"], "new": [],
                                          "dropped": ["rec-deps"]}


def test_gap_closed_is_refused_while_the_gap_is_open(store, cycle, two_cycles):
    _, new = two_cycles  # rec-restore is 4 on paper, 3 in practice
    with pytest.raises(ValidationFailed, match="still 1 level"):
        cycle.record_board_decision(new, BoardDecision("rec-restore", GAP_CLOSED, dt.date(2025, 5, 20)),
                                    today=dt.date(2025, 6, 1))
    with pytest.raises(ValidationFailed, match="not escalated"):
        cycle.record_board_decision(new, BoardDecision("dec-owner", FUNDED_FIX, dt.date(2025, 5, 20)))
    store.save_answer(new, store.answer(new, "rec-restore").with_changes(compliance=3))
    cycle.record_board_decision(new, BoardDecision("rec-restore", GAP_CLOSED, dt.date(2025, 5, 20)),
                                today=dt.date(2025, 6, 1))
    assert cycle.board_decisions(new)["rec-restore"].outcome == GAP_CLOSED


def test_resolved_escalation_does_not_carry_to_the_next_cycle(store, cycle, mini_pack, two_cycles):
    _, new = two_cycles
    cycle.record_board_decision(new, BoardDecision("rec-restore", FUNDED_FIX, dt.date(2025, 5, 20)))
    third = cycle.reassess(new, mini_pack).new_id
    assert not store.answer(third, "rec-restore").escalate
    assert store.answer(third, "rec-deps").escalate  # still open: carried again, with the decision asked


def test_status_rules():
    assert action_status("Do X", "Do X") == STILL_OPEN
    assert action_status("Do X", "") == CLOSED
    assert action_status("Do X", "Do Y") == REPLACED
    assert action_status("", "Do Y") == NEW
    assert action_status(" ", "") is None
    decided = BoardDecision("q", FUNDED_FIX, dt.date(2025, 1, 1))
    assert escalation_change(True, None, True, None) == CARRIED
    assert escalation_change(True, None, True, decided) == RESOLVED
    assert escalation_change(True, None, False, None) == DROPPED
    assert escalation_change(False, None, True, None) == NEW
    assert escalation_change(False, None, True, decided) == RESOLVED  # raised and decided within the cycle
    assert escalation_change(True, decided, False, None) is None  # resolved last time: history, not news
    assert escalation_change(False, None, False, None) is None


def test_question_changes_list_regressions_first_with_reasons(store, cycle, two_cycles):
    old, new = two_cycles
    c = cycle.comparison(old, new)
    changes = c.question_changes
    # dec-owner: paper up but practice down (proof expired, claim unchanged) -> a regression, listed first.
    assert changes[0].question_id == "dec-owner" and changes[0].regressed
    assert changes[0].capability_reasons == [PROOF_EXPIRED]
    assert change_summary(changes[0]) == "paper 3 → 4; practice 3 → 1 (proof expired)"
    rest = [q.question_id for q in changes[1:]]
    # weight 3 x 2 levels, weight 1 x 1 level, then n/a -> rated (no delta to weigh, but the claim moved)
    assert rest == ["rec-restore", "dec-exceptions", "cul-near-miss"]
    restore = changes[1]
    assert restore.capability_reasons == [CLAIM_CHANGED] and not restore.regressed
    listed = c.to_dict()["question_changes"]
    assert [q["question"] for q in listed] == ["dec-owner", "rec-restore", "dec-exceptions", "cul-near-miss"]
    assert listed[0]["capability_reasons"] == ["proof expired"]


def test_renewed_proof_is_not_called_an_improvement_of_the_claim(store, cycle, mini_pack):
    old = store.create(mini_pack, "Renew Co")
    store.save_answer(old, Answer("dec-owner", compliance=3, capability=4))  # no proof date: counted as 2
    backdate(store, old, "2024-06-01")
    new = cycle.reassess(old, mini_pack, prefill=True).new_id
    store.save_answer(new, store.answer(new, "dec-owner").with_changes(proven_on=dt.date(2025, 5, 1)))
    backdate(store, new, "2025-06-01")
    change = next(q for q in cycle.comparison(old, new).question_changes if q.question_id == "dec-owner")
    assert change.capability_reasons == [PROOF_RENEWED]
    assert (change.old_capability, change.new_capability) == (1, 4)  # unproven claims count as 1


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


def test_a_new_claim_without_proof_is_not_called_an_expired_proof(store, cycle, mini_pack):
    old = store.create(mini_pack, "Claim Co")
    store.save_answer(old, Answer("dec-owner", compliance=3, capability=1))
    backdate(store, old, "2024-06-01")
    new = cycle.reassess(old, mini_pack, prefill=True).new_id
    store.save_answer(new, store.answer(new, "dec-owner").with_changes(capability=4))  # claimed, never proven
    backdate(store, new, "2025-06-01")
    change = next(q for q in cycle.comparison(old, new).question_changes if q.question_id == "dec-owner")
    assert change.capability_reasons == [CLAIM_CHANGED, "not proven recently"]
    # The counted level did not move (an unproven 4 counts as 1), the claim did: listed, and said why.
    assert change_summary(change) == "practice 1 → 1 (claim changed: 1 → 4 claimed, not proven recently)"


def test_a_duplicate_keeps_the_board_decisions_of_its_escalations(store, cycle, two_cycles):
    _, new = two_cycles
    cycle.record_board_decision(new, BoardDecision("rec-restore", FUNDED_FIX, dt.date(2025, 5, 20), "Budget"))
    copy = store.duplicate(new)
    assert cycle.board_decisions(copy) == cycle.board_decisions(new)
