"""Re-assessment: what carries over, what is pre-filled to confirm, and how a changed pack is migrated."""

import datetime as dt
from pathlib import Path

import pytest
import yaml

from maturity_app.domain.assessment import Answer
from maturity_app.domain.reassess import pack_change, plan_reassessment
from maturity_app.domain.schema import Pack
from maturity_app.storage.cycle_store import CycleStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def mini_data() -> dict:
    return yaml.safe_load((FIXTURES / "mini.yaml").read_text())


def pack_v11() -> Pack:
    """mini 1.1: rec-deps removed, cul-speak-up added, dec-owner reworded."""
    data = mini_data()
    data["version"] = "1.1"
    recovery, decisions, culture = data["domains"]
    recovery["questions"] = [q for q in recovery["questions"] if q["id"] != "rec-deps"]
    decisions["questions"][0]["capability"] = "Can each owner show the decision record they signed this year?"
    new = dict(culture["questions"][0], id="cul-speak-up", title="People speak up")
    culture["questions"].append(new)
    return Pack.model_validate(data)


@pytest.fixture
def cycle(store):
    return CycleStore(store)


@pytest.fixture
def finished(store, mini_pack):
    aid = store.create(mini_pack, "Acme Corp", scope="EU", assessor="Dana", escalation_budget=2)
    store.save_answer(aid, Answer("rec-restore", compliance=4, capability=1, proven_on=dt.date(2025, 3, 1),
                                  owner="Ana", evidence_note="Restore log 2025", action="Timed restore test",
                                  action_owner="Ben", action_due=dt.date(2026, 6, 30), escalate=True,
                                  decision="Fund a restore test"))
    store.save_answer(aid, Answer("rec-deps", compliance=3, capability=2, owner="Cleo", action="List suppliers"))
    store.save_answer(aid, Answer("dec-owner", compliance=3, capability=3, proven_on=dt.date(2025, 9, 1)))
    store.save_answer(aid, Answer("cul-near-miss", compliance=2, capability=2))
    return aid


def test_carries_owner_action_and_note_but_not_levels(store, cycle, finished, mini_pack):
    result = cycle.reassess(finished, mini_pack, prefill=False)
    new = store.load(result.new_id)
    restore = new.answer("rec-restore")
    assert (restore.owner, restore.evidence_note, restore.action) == ("Ana", "Restore log 2025", "Timed restore test")
    assert (restore.action_owner, restore.action_due) == ("Ben", dt.date(2026, 6, 30))
    # Levels and proof date are this cycle's fresh judgement; the escalation stays before the board until it
    # decides, with the decision asked of it.
    assert (restore.compliance, restore.capability, restore.proven_on) == (None, None, None)
    assert restore.escalate and restore.decision == "Fund a restore test"
    # A question with only levels had nothing to carry: it starts blank and unflagged.
    assert "dec-owner" not in new.answers
    flags = cycle.flags(result.new_id)
    assert flags["rec-restore"].carried_over and not flags["rec-restore"].to_confirm
    assert set(flags) == {"rec-restore", "rec-deps"}
    assert result.carried_over == 2 and result.to_confirm == 0
    assert new.info.answered == 0
    info = store.info(result.new_id)
    assert (info.organisation, info.scope, info.assessor, info.escalation_budget) == ("Acme Corp", "EU", "Dana", 2)


def test_prefill_copies_levels_and_flags_them_to_confirm(store, cycle, finished, mini_pack):
    result = cycle.reassess(finished, mini_pack, prefill=True)
    new = store.load(result.new_id)
    assert new.answer("dec-owner").capability == 3
    assert new.answer("dec-owner").proven_on == dt.date(2025, 9, 1)
    flags = cycle.flags(result.new_id)
    assert flags["dec-owner"].to_confirm and not flags["dec-owner"].carried_over
    assert cycle.to_confirm(result.new_id) == ["cul-near-miss", "dec-owner", "rec-deps", "rec-restore"]
    assert result.to_confirm == 4


def test_saving_an_answer_clears_to_confirm_for_that_question_only(store, cycle, finished, mini_pack):
    new_id = cycle.reassess(finished, mini_pack, prefill=True).new_id
    store.save_answer(new_id, store.answer(new_id, "dec-owner").with_changes(capability=2))
    flags = cycle.flags(new_id)
    assert not flags["dec-owner"].to_confirm
    assert flags["rec-restore"].to_confirm and flags["rec-restore"].carried_over
    cycle.set_to_confirm(new_id, "rec-restore", False)
    assert not cycle.flags(new_id)["rec-restore"].to_confirm
    assert cycle.flags(new_id)["rec-restore"].carried_over  # provenance stays


def test_previous_assessment_is_untouched_and_lineage_recorded(store, cycle, finished, mini_pack):
    before = store.load(finished).answers
    new_id = cycle.reassess(finished, mini_pack).new_id
    assert store.load(finished).answers == before
    assert cycle.flags(finished) == {}
    lineage = cycle.lineage(new_id)
    assert lineage.previous_id == finished and not lineage.prefilled
    assert cycle.previous_of(new_id) == finished
    assert cycle.lineage(finished) is None


def test_pack_version_change_migrates_by_question_id_and_lists_differences(store, cycle, finished):
    v11 = pack_v11()
    result = cycle.reassess(finished, v11, prefill=True)
    new = store.load(result.new_id)
    assert new.info.pack_version == "1.1" and new.pack.version == "1.1"
    assert store.load(finished).pack.version == "1.0.0"  # the old snapshot is kept
    change = result.pack_change
    assert [r.id for r in change.vanished] == ["rec-deps"]
    assert "owner Cleo" in change.vanished[0].note and "List suppliers" in change.vanished[0].note
    assert [r.id for r in change.appeared] == ["cul-speak-up"]
    assert [r.id for r in change.reworded] == ["dec-owner"]
    assert "rec-deps" not in new.answers  # cannot live in a pack without it...
    assert cycle.lineage(result.new_id).pack_change == change  # ...but is listed for good
    lines = "\n".join(change.lines())
    assert "1.0.0 to 1.1" in lines and "removed from the pack: rec-deps" in lines and "cul-speak-up" in lines


def test_missing_pack_reuses_the_previous_snapshot_with_a_note(store, cycle, finished):
    result = cycle.reassess(finished, None)
    assert store.info(result.new_id).pack_version == "1.0.0"
    assert result.notes and "no longer installed" in result.notes[0]
    assert result.pack_change.is_empty


def test_wrong_pack_is_refused_and_nothing_is_written(store, cycle, finished):
    other = Pack.model_validate(dict(mini_data(), id="other"))
    count = len(store.list())
    with pytest.raises(Exception, match="uses pack mini"):
        cycle.reassess(finished, other)
    assert len(store.list()) == count


def test_failure_midway_leaves_no_half_made_assessment(store, cycle, finished, mini_pack, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.db.table("answer_flags").__class__, "insert_all", broken)
    count = len(store.list())
    with pytest.raises(RuntimeError):
        cycle.reassess(finished, mini_pack)
    assert len(store.list()) == count


def test_plan_is_pure_and_uses_only_current_pack_questions(store, finished):
    previous = store.load(finished)
    plan = plan_reassessment(previous, pack_v11(), prefill=False)
    assert [c.answer.question_id for c in plan.answers] == ["rec-restore"]
    assert pack_change(previous.pack, previous.pack).is_empty
