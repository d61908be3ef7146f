"""What people type or paste, made fit to store and print.

A name pasted from a spreadsheet brings tabs and line breaks; one copied from a terminal or a PDF can carry bell,
escape or NUL characters. Those print as boxes or nothing, break a CSV row or a table cell, and can rewrite what a
terminal shows. Typed input is cleaned (the paste still works); a file being imported is checked instead, so it is
refused with the field named rather than silently altered.
"""

from __future__ import annotations

import re

ONE_LINE_FIELDS = frozenset({"organisation", "assessor", "owner", "action_owner"})

_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"  # what some program or other treats as a new line
_BREAK_RUNS = re.compile(f"[\t{_BREAKS}]+")
_NEW_LINES = re.compile("\r\n|[" + _BREAKS.replace("\n", "") + "]")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # C0 and C1 controls except tab and line feed
_NOT_ON_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NOT_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """Each run of breaks and tabs becomes one space and other control characters go; spaces typed stay as typed
    (what a field shows is what is saved, trailing space included)."""
    return _CONTROLS.sub("", _BREAK_RUNS.sub(" ", text))


def name_text(text: str) -> str:
    """A person's or organisation's name: one line, trimmed, single-spaced (how names are compared and listed)."""
    return " ".join(one_line(text).split())


def multi_line(text: str) -> str:
    """Every kind of line break becomes a line feed; tabs stay; other control characters go."""
    return _CONTROLS.sub("", _NEW_LINES.sub("\n", text))


def typed(field_name: str, text: str) -> str:
    return one_line(text) if field_name in ONE_LINE_FIELDS else multi_line(text)


def control_character(field_name: str, text: str) -> tuple[int, str] | None:
    """The first character *field_name* may not hold, as (position from 1, U+XXXX), or None."""
    rule = _NOT_ON_ONE_LINE if field_name in ONE_LINE_FIELDS else _NOT_IN_TEXT
    found = rule.search(text)
    return (found.start() + 1, f"U+{ord(found.group()):04X}") if found else None
