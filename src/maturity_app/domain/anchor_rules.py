"""Authoring rules a pack file must keep beyond its schema: windows that match, ladders that climb.

They run whenever a pack file is read (launch, ``validate``, ``install-pack``), not on the pack snapshots stored
with assessments: a snapshot was accepted when it was taken and must stay readable after the rules tighten.

- Proof window: an anchor that says "in the last N months" (or days, weeks, years) names the question's
  ``freshness_months``. Anything else tells assessors one window while scoring applies another, so a correct
  claim is capped, or a stale one accepted.
- Ladder: the five anchors of one axis are five different texts, and a threshold never gets easier as the level
  rises ("at least 3" at level 2 and "at least 2" at level 3, or "within 7 days" then "within 14 days").
- Scale: the five general levels of a scale have distinct labels and distinct anchors, and a window a general
  anchor names fits every question that falls back on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .i18n import _
from .schema import AXES, Pack, Question, Scale

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30, "ninety": 90,
}
_NUMBER = r"(\d+|" + "|".join(_NUMBER_WORDS) + r")"

# "in the last 12 months", "within the past six months", "over the previous 90 days"
_WINDOW = re.compile(rf"\b(?:last|past|previous)\s+{_NUMBER}\s+(day|week|month|year)s?\b", re.IGNORECASE)

# Thresholds that must not get easier up the ladder. A floor ("at least 3 ...") may only rise; a ceiling
# ("within 14 days", "under 5 percent") may only fall. The word after the number names what is counted.
_FLOOR = re.compile(rf"\b(?:at least|more than|over|above)\s+{_NUMBER}\s+(?:percent\b|(?:of\s+)?(?:the\s+)?(\w+))",
                    re.IGNORECASE)
_CEILING = re.compile(rf"\b(?:within|under|fewer than|less than|below|at most)\s+{_NUMBER}\s+(percent\b|\w+)",
                      re.IGNORECASE)
_CEILING_UNITS = {"percent", "day", "days", "hour", "hours", "minute", "minutes", "week", "weeks", "month", "months"}


@dataclass(frozen=True)
class RuleProblem:
    """One broken rule: *loc* is the field path inside the pack, as pydantic would give it."""

    loc: tuple[Any, ...]
    message: str


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text.lower()]


def window_months(text: str) -> list[tuple[str, int]]:
    """Every proof-window phrase in *text*, with the window it names in whole months."""
    found = []
    for match in _WINDOW.finditer(text):
        count, unit = _number(match.group(1)), match.group(2).lower()
        days = {"day": 1, "week": 7}.get(unit)
        months = round(count * days / 30.44) if days else count * (12 if unit == "year" else 1)
        found.append((match.group(0), months))
    return found


def _unit(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and word not in ("percent",) else word


def thresholds(text: str) -> list[tuple[str, str, int]]:
    """``(kind, unit, number)`` for each floor and ceiling in *text*; kind is ``floor`` or ``ceiling``."""
    found = []
    for match in _FLOOR.finditer(text):
        unit = "percent" if match.group(2) is None else _unit(match.group(2))
        found.append(("floor", unit, _number(match.group(1))))
    for match in _CEILING.finditer(text):
        unit = match.group(2).lower()
        if unit in _CEILING_UNITS:
            found.append(("ceiling", _unit(unit), _number(match.group(1))))
    return found


def _normal(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(".")


def question_problems(question: Question, loc: tuple[Any, ...]) -> list[RuleProblem]:
    problems = []
    for axis in AXES:
        anchors: dict[int, str] = getattr(question.anchors, axis)
        seen: dict[str, int] = {}
        bounds: dict[tuple[str, str], tuple[int, int]] = {}  # (kind, unit) -> (level, number) of the strictest so far
        for level, text in sorted(anchors.items()):
            where = (*loc, "anchors", axis, level)
            for phrase, months in window_months(text):
                if months != question.freshness_months:
                    problems.append(RuleProblem(where, _(
                        "“{phrase}” is a {months}-month window but freshness_months is {freshness}; make them the "
                        "same").format(phrase=phrase, months=months, freshness=question.freshness_months)))
            key = _normal(text)
            if key in seen:
                problems.append(RuleProblem(where, _("repeats the level {level} anchor word for word").format(
                    level=seen[key])))
            seen.setdefault(key, level)
            for kind, unit, number in thresholds(text):
                previous = bounds.get((kind, unit))
                if previous is not None:
                    easier = number < previous[1] if kind == "floor" else number > previous[1]
                    if easier:
                        message = (_("asks at least {number} {unit} where level {level} already asks at least "
                                     "{previous}; a higher level must not be easier") if kind == "floor" else
                                   _("asks at most {number} {unit} where level {level} already asks at most "
                                     "{previous}; a higher level must not be easier"))
                        problems.append(RuleProblem(where, message.format(
                            number=number, unit=unit, level=previous[0], previous=previous[1])))
                        continue
                bounds[(kind, unit)] = (level, number)
    return problems


def scale_problems(scale: Scale, loc: tuple[Any, ...]) -> list[RuleProblem]:
    problems = []
    for attribute in ("label", "anchor"):
        seen: dict[str, int] = {}
        for i, level in enumerate(scale.levels):
            key = _normal(getattr(level, attribute))
            if key in seen:
                message = (_("level {level} repeats the label of level {other}") if attribute == "label" else
                           _("level {level} repeats the anchor of level {other}"))
                problems.append(RuleProblem((*loc, "levels", i, attribute),
                                            message.format(level=level.level, other=seen[key])))
            seen.setdefault(key, level.level)
    return problems


def fallback_window_problems(pack: Pack, axis: str) -> list[RuleProblem]:
    """A scale anchor stands in for every question without its own anchor at that level: its window must fit them."""
    problems = []
    for i, level in enumerate(getattr(pack.scales, axis).levels):
        for phrase, months in window_months(level.anchor):
            borrowers = sorted({q.freshness_months for q in pack.questions()
                                if level.level not in getattr(q.anchors, axis) and q.freshness_months != months})
            if borrowers:
                problems.append(RuleProblem(("scales", axis, "levels", i, "anchor"), _(
                    "“{phrase}” is a {months}-month window, but questions with freshness_months {borrowers} use "
                    "this anchor; say “inside the freshness window” or give them their own").format(
                    phrase=phrase, months=months, borrowers=borrowers)))
    return problems


def pack_problems(pack: Pack) -> list[RuleProblem]:
    """Every authoring rule *pack* breaks, in file order."""
    problems = []
    for axis in AXES:
        problems += scale_problems(getattr(pack.scales, axis), ("scales", axis))
        problems += fallback_window_problems(pack, axis)
    for d, domain in enumerate(pack.domains):
        for q, question in enumerate(domain.questions):
            problems += question_problems(question, ("domains", d, "questions", q))
    return problems
