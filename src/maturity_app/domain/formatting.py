"""How every face (window, command line, report) writes levels, points, signed changes and dates.

One module so that the same figure reads the same everywhere: indices to the half point ("84.5", never a hidden
half), a typographic minus, "N/A" for a question that does not apply, "—" for a figure that does not exist.
"""

from __future__ import annotations

import datetime as dt

from .assessment import NA, Rating

MISSING = "—"
MINUS = "−"
NOT_APPLICABLE = "N/A"
NOT_ANSWERED = "not answered"


def _plain(value: float) -> str:
    """A half-point figure without a useless ".0": 85, 84.5."""
    text = f"{abs(value):.1f}"
    return text[:-2] if text.endswith(".0") else text


def points(value: float | None, unit: str = "") -> str:
    """An index or a share (``unit`` e.g. "%"), "—" when there is none."""
    if value is None:
        return MISSING
    return f"{MINUS if value < 0 else ''}{_plain(value)}{unit}"


def percent(share: float | None) -> str:
    """A share (0-1) in whole percent, halves up: "67%"; "—" when there is none.

    Only a whole is 100 % and only nothing is 0 %: 199 of 200 answered reads 99 %, not a complete-looking 100 %."""
    if share is None:
        return MISSING
    whole = int(100 * share + 0.5 + 1e-9)
    if 0 < share < 1:
        whole = min(max(whole, 1), 99)
    return f"{whole}%"


def signed(value: float | None, unit: str = "") -> str:
    """A gap or a change with its sign: "+2.5", "−3", plain "0"; "—" when unknown."""
    if value is None:
        return MISSING
    if value == 0:
        return f"0{unit}"
    return f"{'+' if value > 0 else MINUS}{_plain(value)}{unit}"


def level(value: Rating) -> str:
    """A level on its own: "3", "N/A", "—" when not answered."""
    if value is None:
        return MISSING
    return NOT_APPLICABLE if value == NA else str(value)


def level_label(scale, value: Rating) -> str:
    """A level with its scale's word: "3 · Evidenced", "N/A", "not answered"."""
    if value is None:
        return NOT_ANSWERED
    if value == NA:
        return NOT_APPLICABLE
    return f"{value} · {scale.level(value).label}"


def day(value: dt.date | str | None) -> str:
    """"14 Mar 2025" for dates and ISO timestamps; empty for nothing."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value.day} {value:%b %Y}"


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def sentence(text: str | None) -> str:
    """A clause as a sentence: capital first letter, closing full stop ("no proof date is recorded" ->
    "No proof date is recorded.")."""
    text = (text or "").strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."
