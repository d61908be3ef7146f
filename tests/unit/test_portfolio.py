"""Vendor portfolio: claims vs proof per vendor, trust, dependency and tested exit, latest per vendor."""

import datetime as dt
from pathlib import Path

import pytest
import yaml

from maturity_app.domain.assessment import Answer
from maturity_app.domain.portfolio import TRUST_CLAIMS, TRUST_PROVEN, TRUST_UNKNOWN, build_portfolio
from maturity_app.domain.schema import Pack
from maturity_app.storage.cycle_store import CycleStore

from test_compare import backdate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def vendor_pack(tagged: bool = True) -> Pack:
    """mini as a vendor pack; with *tagged*, its recovery domain is the exit plan and decisions the dependency."""
    data = yaml.safe_load((FIXTURES / "mini.yaml").read_text())
    data.update(id="vendor-mini", subject="vendor", title="Vendor trust (test)")
    if tagged:
        data["domains"][0]["id"] = "exit-plan"
        data["domains"][1]["id"] = "dependency"
    return Pack.model_validate(data)


@pytest.fixture
def cycle(store):
    return CycleStore(store)


def rate(store, aid, levels: dict[str, tuple[int, int]], proven=dt.date.today()):
    for qid, (comp, cap) in levels.items():
        store.save_answer(aid, Answer(qid, compliance=comp, capability=cap, proven_on=proven))


ALL_STRONG = {"rec-restore": (4, 4), "rec-deps": (3, 3), "dec-owner": (4, 3), "dec-exceptions": (3, 3),
              "cul-near-miss": (3, 3)}
CLAIMS_ONLY = {"rec-restore": (4, 1), "rec-deps": (4, 1), "dec-owner": (4, 1), "dec-exceptions": (4, 2),
               "cul-near-miss": (4, 3)}


def test_rows_compare_claims_proof_trust_dependency_exit(store, cycle, mini_pack):
    pack = vendor_pack()
    solid = store.create(pack, "Solid Cloud")
    rate(store, solid, ALL_STRONG)
    shaky = store.create(pack, "Shaky SaaS")
    rate(store, shaky, CLAIMS_ONLY)
    store.create(mini_pack, "Not a vendor")  # organisation packs stay out of the portfolio
    portfolio = cycle.portfolio()
    assert [r.vendor for r in portfolio.rows] == ["Shaky SaaS", "Solid Cloud"]  # weakest proof first
    shaky_row, solid_row = portfolio.rows
    assert solid_row.trust == TRUST_PROVEN and solid_row.backed_share == 100.0 and solid_row.exit_tested is True
    assert solid_row.dependency_index == pytest.approx(100 * (3 * 2 + 3 * 1) / (4 * 3), abs=0.1)
    assert solid_row.concentration_risk is False
    assert shaky_row.trust == TRUST_CLAIMS and shaky_row.backed_share == 20.0
    assert shaky_row.claims_index == 100.0 and shaky_row.gap_points > 25
    assert shaky_row.exit_tested is False and shaky_row.dependency_index < 50 and shaky_row.concentration_risk
    card = portfolio.scorecards[0]
    assert [q.question.id for q in card.unproven_claims] == ["rec-restore", "dec-owner", "rec-deps",
                                                             "dec-exceptions"]


def test_latest_per_vendor_with_change_since_previous(store, cycle):
    pack = vendor_pack()
    first = store.create(pack, "Solid Cloud")
    rate(store, first, CLAIMS_ONLY, proven=dt.date(2024, 4, 1))
    backdate(store, first, "2024-05-01")
    second = cycle.reassess(first, pack).new_id
    rate(store, second, ALL_STRONG)
    portfolio = cycle.portfolio()
    assert [r.assessment_id for r in portfolio.rows] == [second]
    row = portfolio.rows[0]
    # (1*3 + 1*2 + 1*2 + 2*1 + 3*2) / 40, judged on 2024-05-01 when the April proof was fresh
    assert row.previous_proof_index == 37.5 and row.proof_index == 82.5 and row.proof_delta == 45.0
    assert portfolio.to_dict()["vendors"][0]["proof_delta"] == row.proof_delta


def test_pack_without_exit_or_dependency_ids_reads_unknown(store, cycle):
    aid = store.create(vendor_pack(tagged=False), "Plain Vendor")
    rate(store, aid, ALL_STRONG)
    row = cycle.portfolio().rows[0]
    assert row.exit_tested is None and row.dependency_index is None and row.concentration_risk is None
    assert row.trust == TRUST_PROVEN


def test_one_level_behind_everywhere_is_partial_trust_not_claims_only(store, cycle):
    aid = store.create(vendor_pack(), "Steady Vendor")
    rate(store, aid, {q: (4, 3) for q in ALL_STRONG})
    row = cycle.portfolio().rows[0]
    assert row.backed_share == 100.0 and row.gap_points == 25.0 and row.trust == "partly proven"


def test_unanswered_vendor_is_unknown_not_zero(store, cycle):
    store.create(vendor_pack(), "New Vendor")
    row = cycle.portfolio().rows[0]
    assert row.trust == TRUST_UNKNOWN and row.proof_index is None and row.backed_share is None


def test_empty_portfolio():
    assert build_portfolio([]).rows == []


def test_weak_proof_is_a_category_never_unknown(store, cycle):
    """A vendor rated 1 and 1 everywhere makes no strong claim: it has weak proof, not an unknown trust."""
    from maturity_app.domain.portfolio import TRUST_CATEGORIES, TRUST_WEAK

    aid = store.create(vendor_pack(), "Feeble Vendor")
    rate(store, aid, {q: (1, 1) for q in ALL_STRONG})
    row = cycle.portfolio().rows[0]
    assert row.backed_share is None and row.proof_index == 25.0
    assert row.trust == TRUST_WEAK and TRUST_WEAK in TRUST_CATEGORIES
