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


def test_german_writes_decimal_commas_spaced_percent_and_german_dates(mini_pack):
    from maturity_app.domain import i18n
    from maturity_app.domain.formatting import long_day, numeric_day

    with i18n.using_language("de"):
        assert (points(84.5), points(-3.5), points(85.0), points(None)) == ("84,5", "−3,5", "85", "—")
        assert points(12.5, "%") == "12,5\u00a0%" and percent(2 / 3) == "67\u00a0%"
        assert (signed(2.5), signed(-2.5), signed(0.0)) == ("+2,5", "−2,5", "0")
        assert day(dt.date(2026, 11, 30)) == "30.11.2026" and day("2025-03-04T09:00:00+00:00") == "04.03.2025"
        assert long_day(dt.date(2026, 3, 1)) == "1. März 2026" and numeric_day(dt.date(2026, 3, 1)) == "01.03.2026"
        assert [level(v) for v in (None, NA, 3)] == ["—", "n.\u00a0a.", "3"]
        assert level_label(mini_pack.scales.capability, None) == "nicht beantwortet"
    # English is unchanged outside the block, and on the same thread right after it
    assert (points(84.5), percent(2 / 3), day(dt.date(2026, 11, 30))) == ("84.5", "67%", "30 Nov 2026")
    assert long_day(dt.date(2026, 3, 1)) == "1 March 2026" and numeric_day(dt.date(2026, 3, 1)) == "2026-03-01"
