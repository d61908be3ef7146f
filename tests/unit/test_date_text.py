"""Typed dates: the forms people use are read one way only; anything else is an error naming the forms."""

from __future__ import annotations

import datetime as dt

import pytest

from maturity_app.domain.date_text import format_date_text, parse_date_text
from maturity_app.domain.errors import ValidationFailed

TODAY = dt.date(2026, 6, 1)
MARCH_28 = dt.date(2025, 3, 28)


@pytest.mark.parametrize("typed", [
    "28 Mar 2025", "28 mar 2025", "28 March 2025", "28Mar2025", "28-Mar-2025", "28th March 2025", "Mar 28, 2025",
    "March 28 2025", "28.03.2025", "28.3.25", "2025-03-28", "2025-3-28", "  28   Mar  2025 ", "28/03/2025",
])
def test_the_usual_forms_read_as_the_same_day(typed):
    assert parse_date_text(typed, TODAY) == MARCH_28


def test_slashes_follow_the_locale_and_dots_never_do():
    assert parse_date_text("03/28/2025", TODAY, day_first=False) == MARCH_28
    assert parse_date_text("04/03/2025", TODAY, day_first=True) == dt.date(2025, 3, 4)
    assert parse_date_text("04/03/2025", TODAY, day_first=False) == dt.date(2025, 4, 3)
    assert parse_date_text("04.03.2025", TODAY, day_first=False) == dt.date(2025, 3, 4)


@pytest.mark.parametrize("typed,expected", [
    ("today", TODAY), ("Today", TODAY), ("yesterday", dt.date(2026, 5, 31)), ("never", None), ("NONE", None),
    ("", None), ("   ", None),
])
def test_words(typed, expected):
    assert parse_date_text(typed, TODAY) == expected


@pytest.mark.parametrize("typed", [
    "never8Mar2025", "28 Mxr 2025", "31 Feb 2025", "28/13/2025", "2025-02-30", "next week", "28 March", "12345",
    "03/28/2025",  # month first in a day-first locale: refused rather than guessed
])
def test_anything_else_is_an_error_that_lists_the_forms(typed):
    with pytest.raises(ValidationFailed) as caught:
        parse_date_text(typed, TODAY, day_first=True)
    assert repr(typed.strip()) in str(caught.value) or "calendar" in str(caught.value)


def test_an_unknown_form_names_the_accepted_ones():
    with pytest.raises(ValidationFailed, match="28 Mar 2025, 28.03.2025, 2025-03-28, 28/03/2025, today or never"):
        parse_date_text("soon", TODAY)


def test_shown_form_reads_back_to_the_same_day_under_any_process_locale():
    for day in (MARCH_28, dt.date(2024, 2, 29), dt.date(2030, 12, 1)):
        assert parse_date_text(format_date_text(day), TODAY) == day
    assert format_date_text(MARCH_28) == "28 Mar 2025"
    assert format_date_text(None, "none") == "none"


@pytest.mark.parametrize("typed,expected", [
    ("28. März 2025", MARCH_28), ("28. Mär. 2025", MARCH_28), ("28 maerz 2025", MARCH_28), ("1. Mai 2025", dt.date(2025, 5, 1)),
    ("3. Okt. 2025", dt.date(2025, 10, 3)), ("24. Dezember 2025", dt.date(2025, 12, 24)), ("heute", TODAY),
    ("Gestern", dt.date(2026, 5, 31)), ("nie", None), ("ohne", None), ("kein Datum", None),
])
def test_a_german_readers_words_are_understood_in_any_interface_language(typed, expected):
    assert parse_date_text(typed, TODAY) == expected


def test_a_german_interface_shows_dates_as_german_forms_write_them_and_reads_them_back():
    from maturity_app.domain.i18n import using_language

    with using_language("de"):
        assert format_date_text(MARCH_28) == "28.03.2025"
        assert format_date_text(dt.date(2030, 12, 1)) == "01.12.2030"
        for day in (MARCH_28, dt.date(2024, 2, 29), dt.date(2030, 12, 1)):
            assert parse_date_text(format_date_text(day), TODAY, day_first=False) == day  # dots: day first always
        assert format_date_text(None, "nie") == "nie"
    assert format_date_text(MARCH_28) == "28 Mar 2025"
