"""A share shown in whole percent never reads as complete (100 %) or as nothing (0 %) when it is neither."""

from maturity_app.domain.formatting import percent


def test_almost_everything_is_not_shown_as_everything():
    assert percent(199 / 200) == "99%"
    assert percent(0.9999) == "99%"
    assert percent(1.0) == "100%"


def test_a_little_is_not_shown_as_nothing():
    assert percent(1 / 300) == "1%"
    assert percent(0.0) == "0%"


def test_ordinary_shares_round_half_up():
    assert percent(2 / 3) == "67%" and percent(0.125) == "13%" and percent(None) == "—"
