"""Trend across every assessment of a subject: indices and paper maturity over time, oldest first."""

import datetime as dt

import pytest

from maturity_app.domain.assessment import Answer
from maturity_app.storage.cycle_store import CycleStore

from test_compare import backdate


@pytest.fixture
def cycle(store):
    return CycleStore(store)


def _year(store, pack, org, day, restore_capability, deps_capability):
    aid = store.create(pack, org)
    proven = dt.date.fromisoformat(day) - dt.timedelta(days=30)
    store.save_answer(aid, Answer("rec-restore", compliance=4, capability=restore_capability, proven_on=proven))
    store.save_answer(aid, Answer("rec-deps", compliance=4, capability=deps_capability, proven_on=proven))
    backdate(store, aid, day)
    return aid


def test_points_in_order_with_indices_and_paper_maturity(store, cycle, mini_pack):
    # Created out of order on purpose: the trend follows the assessments' own dates.
    y2 = _year(store, mini_pack, "Acme", "2024-05-01", 2, 1)
    y1 = _year(store, mini_pack, "Acme", "2023-05-01", 1, 0)
    y3 = _year(store, mini_pack, "acme", "2025-05-01", 2, 2)
    _year(store, mini_pack, "Globex", "2024-01-01", 4, 4)  # another subject: not in Acme's trend
    trend = cycle.trend(y2)
    assert [p.assessment_id for p in trend.points] == [y1, y2, y3]
    assert [p.assessed_on for p in trend.points] == ["2023-05-01", "2024-05-01", "2025-05-01"]
    assert [p.compliance_index for p in trend.points] == [100.0, 100.0, 100.0]
    # (1*3 + 0*2) / 20 = 15; (2*3 + 1*2) / 20 = 40; (2*3 + 2*2) / 20 = 50
    assert [p.capability_index for p in trend.points] == [15.0, 40.0, 50.0]
    assert [p.paper_maturity for p in trend.points] == [2, 2, 2]
    assert trend.latest.assessment_id == y3 and trend.first.assessment_id == y1
    assert trend.index_range() == (15.0, 100.0)
    data = trend.to_dict()
    assert data["pack"] == "mini" and data["points"][1]["gap_points"] == 60.0


def test_paper_maturity_count_falls_as_capability_catches_up(store, cycle, mini_pack):
    a = _year(store, mini_pack, "Acme", "2023-05-01", 1, 1)
    b = _year(store, mini_pack, "Acme", "2024-05-01", 2, 3)
    assert [p.paper_maturity for p in cycle.trend(a).points] == [2, 1]
    assert cycle.trend(b).points[-1].assessment_id == b


def test_single_assessment_and_unanswered(store, cycle, mini_pack):
    aid = store.create(mini_pack, "Solo")
    trend = cycle.trend(aid)
    assert len(trend.points) == 1
    assert trend.points[0].compliance_index is None and trend.index_range() == (0.0, 100.0)


def test_load_many_keeps_order_and_infos_and_names_a_missing_id(store, cycle, mini_pack):
    from maturity_app.storage.store import NotFound

    old = _year(store, mini_pack, "Acme", "2023-05-01", 1, 0)
    new = _year(store, mini_pack, "Acme", "2024-05-01", 2, 1)
    loaded = cycle.load_many([new, old])
    assert [a.info for a in loaded] == [store.info(new), store.info(old)]
    assert loaded[0].info.answered == 2 and loaded[0].answers["rec-restore"].capability == 2
    with pytest.raises(NotFound, match="no assessment with id 999"):
        cycle.load_many([old, 999])
