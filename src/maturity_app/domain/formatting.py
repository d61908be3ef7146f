"""How every face (window, command line, report) writes levels, points, signed changes and dates.

One module so that the same figure reads the same everywhere: indices to the half point ("84.5", never a hidden
half), a typographic minus, "N/A" for a question that does not apply, "—" for a figure that does not exist.
Numbers and dates follow the language text is produced in (``i18n.language()``): German writes "84,5", "67 %" and
"30.11.2026"; English is unchanged. Machine output (JSON, CSV) never goes through here.
"""

from __future__ import annotations

import datetime as dt

from . import i18n
from .levels import NA, Rating
from .i18n import _, N_

MISSING = "—"
MINUS = "−"
NBSP = "\u00a0"
# English source constants (kept for callers that compare or import them); what is shown goes through _().
NOT_APPLICABLE = N_("N/A")
NOT_ANSWERED = N_("not answered")
MONTHS = (N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
          N_("August"), N_("September"), N_("October"), N_("November"), N_("December"))
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _german() -> bool:
    return i18n.language() == "de"


def decimal(text: str) -> str:
    """A number written with a point ("84.5") in the current language's decimal sign ("84,5" in German)."""
    return text.replace(".", ",") if _german() else text


def _unit(unit: str) -> str:
    # German (DIN 5008) sets a space before %, unbreakable so "84,5" and "%" never part at a line end.
    return f"{NBSP}{unit}" if unit == "%" and _german() else unit


def _plain(value: float) -> str:
    """A half-point figure without a useless ".0": 85, 84.5."""
    text = f"{abs(value):.1f}"
    return decimal(text[:-2] if text.endswith(".0") else text)


def points(value: float | None, unit: str = "") -> str:
    """An index or a share (``unit`` e.g. "%"), "—" when there is none."""
    if value is None:
        return MISSING
    return f"{MINUS if value < 0 else ''}{_plain(value)}{_unit(unit)}"


def whole_percent(share: float) -> int:
    """A share (0-1) in whole percent, halves up; only a whole is 100 and only nothing is 0."""
    whole = int(100 * share + 0.5 + 1e-9)
    if 0 < share < 1:
        whole = min(max(whole, 1), 99)
    return whole


def percent(share: float | None) -> str:
    """A share (0-1) in whole percent, halves up: "67%" ("67 %" in German); "—" when there is none.

    Only a whole is 100 % and only nothing is 0 %: 199 of 200 answered reads 99 %, not a complete-looking 100 %."""
    if share is None:
        return MISSING
    return f"{whole_percent(share)}{_unit('%')}"


def signed(value: float | None, unit: str = "") -> str:
    """A gap or a change with its sign: "+2.5", "−3", plain "0"; "—" when unknown."""
    if value is None:
        return MISSING
    if value == 0:
        return f"0{_unit(unit)}"
    return f"{'+' if value > 0 else MINUS}{_plain(value)}{_unit(unit)}"


def whole(count: int) -> str:
    """A whole number with thousands grouped: "12,345" ("12.345" in German)."""
    text = f"{count:,}"
    return text.replace(",", ".") if _german() else text


def not_applicable() -> str:
    return _(NOT_APPLICABLE)


def not_answered() -> str:
    return _(NOT_ANSWERED)


def level(value: Rating) -> str:
    """A level on its own: "3", "N/A", "—" when not answered."""
    if value is None:
        return MISSING
    return not_applicable() if value == NA else str(value)


def level_label(scale, value: Rating) -> str:
    """A level with its scale's word: "3 · Evidenced", "N/A", "not answered"."""
    if value is None:
        return not_answered()
    if value == NA:
        return not_applicable()
    return f"{value} · {scale.level(value).label}"


def _date(value: dt.date | str | None) -> dt.date | str | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value


def day(value: dt.date | str | None) -> str:
    """"14 Mar 2025" ("14.03.2025" in German) for dates and ISO timestamps; empty for nothing.

    Not strftime: its month names follow the process locale, which Qt sets from the environment."""
    if not value:
        return ""
    value = _date(value)
    if isinstance(value, str):
        return value
    if _german():
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    return f"{value.day} {SHORT_MONTHS[value.month - 1]} {value.year}"


def numeric_day(value: dt.date) -> str:
    """A date in digits: "2025-03-14" (ISO) in English, "14.03.2025" in German."""
    return f"{value.day:02d}.{value.month:02d}.{value.year}" if _german() else value.isoformat()


def long_day(value: dt.date | str | None) -> str:
    """"14 March 2025" ("14. März 2025" in German): a date in running text or on a cover."""
    if not value:
        return ""
    value = _date(value)
    if isinstance(value, str):
        return value
    month = _(MONTHS[value.month - 1])
    return f"{value.day}. {month} {value.year}" if _german() else f"{value.day} {month} {value.year}"


def month_year(value: dt.date) -> str:
    """"March 2025" ("März 2025"): a period, e.g. a trend's axis."""
    return f"{_(MONTHS[value.month - 1])} {value.year}"


def plural(count: int, one: str, many: str) -> str:
    """English-only counting ("1 question", "3 questions"); text that is translated uses i18n.ngettext."""
    return f"{count} {one if count == 1 else many}"


def capitalised(text: str) -> str:
    """First letter upper case, the rest as written (str.capitalize would lower German nouns)."""
    return text[:1].upper() + text[1:]


def sentence(text: str | None) -> str:
    """A clause as a sentence: capital first letter, closing full stop ("no proof date is recorded" ->
    "No proof date is recorded.")."""
    text = (text or "").strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."
