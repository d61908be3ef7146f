"""Re-assessing an assessment made with the released 1.0.0 packs into the 2.0.0 packs: it works, and says what changed."""

import datetime as dt
from pathlib import Path

import pytest
import yaml

from maturity_app.domain.assessment import Answer
from maturity_app.domain.pack_loader import load_pack
from maturity_app.domain.reassess import PackChange, pack_change
from maturity_app.domain.schema import Pack
from maturity_app.storage.cycle_store import CycleStore

ROOT = Path(__file__).resolve().parents[2]
OLD = ROOT / "tests" / "fixtures" / "packs-1.0.0"


def released(pack_id: str) -> Pack:
    """The 1.0.0 pack as an assessment made with it stores it: a snapshot, not a file the loader re-checks."""
    return Pack.model_validate(yaml.safe_load((OLD / f"{pack_id}.yaml").read_text(encoding="utf-8")))


def current(pack_id: str) -> Pack:
    return load_pack(ROOT / "questionnaires" / f"{pack_id}.yaml")


@pytest.fixture
def cycle(store):
    return CycleStore(store)


@pytest.fixture
def last_years_core(store):
    aid = store.create(Pack.from_snapshot(released("core").snapshot()), "Acme Corp", scope="Group", assessor="Dana")
    store.save_answer(aid, Answer("rec-restore-proven", compliance=4, capability=1, proven_on=dt.date(2025, 9, 1),
                                  owner="Ana", evidence_note="Restore log 2025", action="Timed restore test",
                                  action_owner="Ben", action_due=dt.date(2026, 6, 30)))
    store.save_answer(aid, Answer("sbd-early-involvement", compliance=2, capability=2, owner="Cleo"))
    store.save_answer(aid, Answer("own-committee-decides", compliance=4, capability=1))
    return aid


def test_reassessing_core_1_0_into_2_0_keeps_every_answer_and_lists_the_re_anchored_levels(
        store, cycle, last_years_core):
    result = cycle.reassess(last_years_core, current("core"), prefill=True)
    new = store.load(result.new_id)
    assert new.info.pack_version == "2.0.0"
    assert store.load(last_years_core).pack.version == "1.0.0"  # last year's record keeps its own meaning
    restore = new.answer("rec-restore-proven")
    assert (restore.owner, restore.action, restore.compliance, restore.capability) == (
        "Ana", "Timed restore test", 4, 1)
    assert set(cycle.to_confirm(result.new_id)) == {"rec-restore-proven", "sbd-early-involvement",
                                                    "own-committee-decides"}
    change = result.pack_change
    assert not change.vanished  # no id lost, so no answer lost
    hygiene = next(d for d in current("core").domains if d.id == "hyg")
    assert {q.id for q in change.appeared} == {q.id for q in hygiene.questions}  # only the new hygiene domain
    notes = {ref.id: ref.note for ref in change.revised}
    assert notes["rec-restore-proven"] == "compliance levels 2, 3, 4 re-anchored; capability levels 2, 3, 4 re-anchored"
    reworded = {ref.id: ref.note for ref in change.reworded}  # its capability prompt was tightened too
    assert "weight 3 → 2" in reworded["sbd-early-involvement"]
    lines = "\n".join(change.lines())
    assert "reworded since last time: sbd-early-involvement" in lines and "— also " in lines
    assert "pack core moved from version 1.0.0 to 2.0.0" in lines
    assert "levels re-defined since last time: rec-restore-proven “Critical restores proven against their RTO”" in lines
    assert cycle.lineage(result.new_id).pack_change == change  # the listing is kept with the new cycle


def test_windows_and_scales_are_named_when_they_change():
    leadership = pack_change(released("leadership"), current("leadership"))
    assert [r.id for r in leadership.appeared] == ["nar-value-in-absence", "esc-nonnegotiable-criteria"]
    assert any("capability scale's general levels 0, 1, 2, 3, 4" in line for line in leadership.scales)
    old = released("core")
    faster = old.model_copy(update={"domains": [
        old.domains[0].model_copy(update={"questions": [
            old.domains[0].questions[0].model_copy(update={"freshness_months": 6}), *old.domains[0].questions[1:]]}),
        *old.domains[1:]]})
    change = pack_change(old, faster)
    assert [(r.id, r.note) for r in change.revised] == [("rec-restore-proven", "proof window 12 → 6 months")]
    assert pack_change(old, old).is_empty


def test_a_listing_stored_before_revisions_were_tracked_still_reads():
    stored = {"pack_id": "core", "from_version": "1.0.0", "to_version": "1.0.0", "vanished": [], "appeared": [],
              "reworded": [{"id": "x-y", "title": "T", "domain": "D", "note": ""}]}
    change = PackChange.from_dict(stored)
    assert change.revised == () and change.scales == ()
    assert change.lines() == ["reworded since last time: x-y “T” (D)"]
    assert PackChange.from_dict(change.to_dict()) == change


@pytest.mark.parametrize("pack_id", ["core", "vendor-trust", "leadership"])
def test_every_released_pack_moves_to_its_new_version_without_losing_a_question(pack_id):
    change = pack_change(released(pack_id), current(pack_id))
    assert (change.from_version, change.to_version) == ("1.0.0", "2.0.0")
    assert not change.vanished
    assert change.revised or change.reworded
