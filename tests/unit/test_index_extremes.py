"""An index reads 100 only when every level is at the top, and 0 only when every level is at the bottom."""

from maturity_app.domain.scoring import INDEX_STEP, _index


def test_one_level_short_on_a_large_questionnaire_is_not_a_perfect_score():
    pairs = [(4, 3)] * 41 + [(4, 1), (3, 1)]  # weight 125, one level short on a weight-1 question: 99.8
    assert _index(pairs) == 100 - INDEX_STEP
    assert _index([(4, 3)] * 42) == 100.0


def test_one_level_above_nothing_is_not_zero():
    pairs = [(0, 3)] * 41 + [(0, 1), (1, 1)]  # one level on a weight-1 question of 125: 0.2
    assert _index(pairs) == INDEX_STEP
    assert _index([(0, 3)] * 5) == 0.0
