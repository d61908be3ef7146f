"""Dates as people type them ("28 Mar 2025", "28.03.2025", "2025-03-28", "28/03/2025", "today", "never").

A German reader's words are understood too ("28. März 2025", "heute", "nie"), whatever the interface language:
what is typed is read the same way for everyone. What a field shows and the hint it gives follow the interface
language (``i18n.language()``): German shows "28.03.2025", the form German forms use.

Qt-free and shared by every date field of the desktop app (the command line takes YYYY-MM-DD, as scripts write
dates, and "never"). Slashed dates follow the reader's locale (day first, or month first as in the US); every
other form has one reading only, so nothing is guessed: text that fits no form is an error that says which forms
are understood.
"""

from __future__ import annotations

import datetime as dt
import re

from . import i18n
from .errors import ValidationFailed
from .i18n import _

EMPTY_WORDS = frozenset({"", "never", "none", "no date", "-", "—", "nie", "ohne", "kein", "keins", "kein datum"})
TODAY_WORDS = frozenset({"today", "heute"})
YESTERDAY_WORDS = frozenset({"yesterday", "gestern"})
MONTHS = {
    name: number
    for number, names in enumerate((
        ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
        ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
        ("nov", "november"), ("dec", "december"),
    ), start=1)
    for name in names
} | {
    name: number  # German names and the abbreviations German calendars print ("Mär", "Okt", "Dez")
    for number, names in enumerate((
        ("januar", "jän", "jänner"), ("februar",), ("märz", "mär", "maerz"), (), ("mai",), ("juni",), ("juli",), (),
        (), ("oktober", "okt"), (), ("dezember", "dez"),
    ), start=1)
    for name in names
}
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*([a-zäö]+)\.?[\s\-/.,]*(\d{2}|\d{4})")
_MONTH_DAY = re.compile(r"([a-zäö]+)\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,\-/.]+(\d{2}|\d{4})")


def _year(text: str) -> int:
    value = int(text)
    return 2000 + value if len(text) == 2 else value  # "25" is 2025: proof and due dates are this century


def _month(name: str) -> int | None:
    return MONTHS.get(name)


def _make(year: int, month: int, day: int, typed: str, order: str = "") -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValidationFailed(_("{typed} is not a date in the calendar{order}").format(typed=repr(typed),
                                                                                      order=order)) from None


def form_hint(day_first: bool = True) -> str:
    """The forms the reader understands, for tooltips and error messages."""
    slashed = "28/03/2025" if day_first else "03/28/2025"
    return _("28 Mar 2025, 28.03.2025, 2025-03-28, {slashed}, today or never").format(slashed=slashed)


def parse_date_text(text: str, today: dt.date, day_first: bool = True) -> dt.date | None:
    """The date *text* names, None for "never"/"none"/empty; ValidationFailed with the accepted forms otherwise.

    *day_first* decides slashed dates only (28/03/2025 against 03/28/2025); dots always put the day first and
    dashes with a four-digit first part are ISO (year, month, day).
    """
    typed = " ".join(text.split())
    lowered = typed.casefold()
    if lowered in EMPTY_WORDS:
        return None
    if lowered in TODAY_WORDS:
        return today
    if lowered in YESTERDAY_WORDS:
        return today - dt.timedelta(days=1)
    if match := _ISO.fullmatch(lowered):
        year, month, day = (int(g) for g in match.groups())
        return _make(year, month, day, typed)
    if match := _NUMERIC.fullmatch(lowered):
        first, separator, second, year = match.groups()
        day_comes_first = separator == "." or day_first
        day, month = (first, second) if day_comes_first else (second, first)
        order = _(" (read as day.month.year)") if separator == "." else (
            _(" (read as day/month/year, as this computer writes dates)") if day_first
            else _(" (read as month/day/year, as this computer writes dates)"))
        return _make(_year(year), int(month), int(day), typed, order)
    if (match := _DAY_MONTH.fullmatch(lowered)) and _month(match.group(2)):
        day, name, year = match.groups()
        return _make(_year(year), _month(name), int(day), typed)
    if (match := _MONTH_DAY.fullmatch(lowered)) and _month(match.group(1)):
        name, day, year = match.groups()
        return _make(_year(year), _month(name), int(day), typed)
    raise ValidationFailed(_("{typed} is not a date this field understands; type it as {forms}").format(
        typed=repr(typed), forms=form_hint(day_first)))


def format_date_text(day: dt.date | None, empty: str = "never") -> str:
    """How a date field shows *day*: "28 Mar 2025" ("28.03.2025" in German), unambiguous in every locale and
    read back as typed.

    Not strftime: its month names follow the process locale, which Qt sets from the environment."""
    if day is None:
        return empty
    if i18n.language() == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {SHORT_MONTHS[day.month - 1]} {day.year}"
