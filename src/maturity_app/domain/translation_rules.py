"""The coverage rule of pack translations: a language present says everything the original says, and no more.

A translation that leaves a text out would show a German board an English anchor in the middle of a German
report; one that carries a text the original lacks (an anchor for a level the question does not define, a
question id that does not exist) is a typo that would silently never show. Both are refused when a pack file is
read, each problem named by its exact path, e.g. ``translations.de.questions.rec-restore-proven.anchors.capability.3``.

Like the anchor rules, this runs on pack files (launch, ``validate``, ``install-pack``), not on the snapshots
stored with assessments: those were accepted when taken, and ``Pack.localized`` falls back to the original for
anything a snapshot's translation lacks.
"""

from __future__ import annotations

from typing import Any

from .anchor_rules import RuleProblem
from .i18n import N_, _
from .schema import AXES, LEVELS, OPTIONAL_QUESTION_TEXTS, Pack, PackTranslation, Question, QuestionText, ScaleText

MISSING = N_("is missing (the original has this text, so every translation needs it)")
EXTRA = N_("is not in the original (a translation carries only the texts its original has)")


def _optional(problems: list, loc: tuple[Any, ...], original: str, translated: str | None) -> None:
    if original and translated is None:
        problems.append(RuleProblem(loc, _(MISSING)))
    elif not original and translated is not None:
        problems.append(RuleProblem(loc, _(EXTRA)))


def _scale(text: ScaleText, loc: tuple[Any, ...]) -> list[RuleProblem]:
    # Every original scale has levels 0-4 and a translated level outside 0-4 fails the schema: only gaps remain.
    return [RuleProblem((*loc, "levels", level), _(MISSING)) for level in LEVELS if level not in text.levels]


def _question(question: Question, text: QuestionText, loc: tuple[Any, ...]) -> list[RuleProblem]:
    problems: list[RuleProblem] = []
    for axis in AXES:
        own = getattr(question.anchors, axis)
        given = getattr(text.anchors, axis)
        problems += [RuleProblem((*loc, "anchors", axis, level), _(MISSING)) for level in own if level not in given]
        problems += [RuleProblem((*loc, "anchors", axis, level), _(EXTRA)) for level in given if level not in own]
    for name in OPTIONAL_QUESTION_TEXTS:
        _optional(problems, (*loc, name), getattr(question, name), getattr(text, name))
    return problems


def _translation(pack: Pack, text: PackTranslation, loc: tuple[Any, ...]) -> list[RuleProblem]:
    problems: list[RuleProblem] = []
    _optional(problems, (*loc, "description"), pack.description, text.description)
    for axis in AXES:
        problems += _scale(getattr(text.scales, axis), (*loc, "scales", axis))
    domain_ids = [d.id for d in pack.domains]
    for domain in pack.domains:
        where = (*loc, "domains", domain.id)
        given = text.domains.get(domain.id)
        if given is None:
            problems.append(RuleProblem(where, _(MISSING)))
        else:
            _optional(problems, (*where, "description"), domain.description, given.description)
    problems += [RuleProblem((*loc, "domains", d), _(EXTRA)) for d in text.domains if d not in domain_ids]
    question_ids = set()
    for question in pack.questions():
        question_ids.add(question.id)
        where = (*loc, "questions", question.id)
        given = text.questions.get(question.id)
        if given is None:
            problems.append(RuleProblem(where, _(MISSING)))
        else:
            problems += _question(question, given, where)
    problems += [RuleProblem((*loc, "questions", q), _(EXTRA)) for q in text.questions if q not in question_ids]
    return problems


def translation_problems(pack: Pack) -> list[RuleProblem]:
    """Every gap or surplus in *pack*'s translations, language by language, in the original's order."""
    problems: list[RuleProblem] = []
    for language, text in pack.translations.items():
        loc = ("translations", language)
        if language.split("-")[0] == pack.language.split("-")[0]:
            problems.append(RuleProblem(loc, _(
                "the pack is written in {language} already; a translation into its own language would be a "
                "second, competing original").format(language=repr(pack.language))))
            continue
        problems += _translation(pack, text, loc)
    return problems
