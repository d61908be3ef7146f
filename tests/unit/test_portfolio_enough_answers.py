"""A vendor's trust category needs enough answers, like every other verdict: one strong answer is not "proven"."""

from maturity_app.domain.portfolio import TRUST_CATEGORIES, TRUST_NOT_ENOUGH, TRUST_PROVEN
from maturity_app.domain.scoring import MIN_ANSWERED_SHARE
from test_portfolio import ALL_STRONG, cycle, rate, vendor_pack  # noqa: F401 (cycle is a fixture)


def test_one_strong_answer_of_five_is_not_enough_for_a_trust_verdict(store, cycle):  # noqa: F811
    aid = store.create(vendor_pack(), "Barely Rated")
    rate(store, aid, {"cul-near-miss": (4, 4)})  # weight 2 of 10: below the share a verdict needs
    row = cycle.portfolio().rows[0]
    assert row.proof_index == 100.0  # the figure stays, as a provisional one...
    assert row.trust == TRUST_NOT_ENOUGH != TRUST_PROVEN  # ...but no trust verdict rests on it
    assert f"{MIN_ANSWERED_SHARE:.0%}" in TRUST_CATEGORIES[TRUST_NOT_ENOUGH]
    assert row.to_dict()["trust"] == TRUST_NOT_ENOUGH


def test_enough_answers_gets_its_verdict(store, cycle):  # noqa: F811
    aid = store.create(vendor_pack(), "Well Rated")
    rate(store, aid, {q: ALL_STRONG[q] for q in ("rec-restore", "rec-deps", "dec-owner")})  # weight 7 of 10
    assert cycle.portfolio().rows[0].trust == TRUST_PROVEN


def test_every_trust_category_has_a_place_in_the_portfolio_table_order():
    """The desktop table sorts by trust: a category it does not know would raise while sorting."""
    from maturity_app.ui.cycle.portfolio_model import _TRUST_ORDER

    assert set(_TRUST_ORDER) == set(TRUST_CATEGORIES)
