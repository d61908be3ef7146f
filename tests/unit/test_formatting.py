"""One way to write levels, points, signed changes and dates, used by the window, the CLI and the report."""

import datetime as dt

import pytest

from maturity_app.domain.assessment import NA
from maturity_app.domain.formatting import day, level, level_label, percent, points, signed


@pytest.mark.parametrize("value,text", [(None, "—"), (85.0, "85"), (84.5, "84.5"), (0.0, "0"), (-3.0, "−3")])
def test_points_show_half_points_and_a_true_minus(value, text):
    assert points(value) == text


@pytest.mark.parametrize("value,text", [(None, "—"), (2.5, "+2.5"), (-2.5, "−2.5"), (0.0, "0"), (44.0, "+44")])
def test_signed_changes_never_hide_a_half_point(value, text):
    assert signed(value) == text


def test_levels_shares_and_dates(mini_pack):
    scale = mini_pack.scales.capability
    assert [level(v) for v in (None, NA, 0, 4)] == ["—", "N/A", "0", "4"]
    assert level_label(scale, 3) == f"3 · {scale.level(3).label}"
    assert (level_label(scale, NA), level_label(scale, None)) == ("N/A", "not answered")
    assert (percent(2 / 3), percent(0.025), percent(None)) == ("67%", "3%", "—")
    assert day(dt.date(2025, 3, 14)) == "14 Mar 2025" and day("2025-03-14T09:00:00+00:00") == "14 Mar 2025"
    assert day(None) == ""
