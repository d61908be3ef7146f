"""Which typed text the PDF cannot draw, named field by field, so the export can say so instead of printing
stand-ins silently. The PDF draws every script it bundles a face for (fonts.py), shaped and right to left where
needed; what no face holds (a script outside the bundle, a symbol newer than the fonts) prints as �. The Word
report and the board deck keep every character (Word and PowerPoint draw any script with the reader's fonts),
so the warning points there."""

from __future__ import annotations

import unicodedata

from ..domain.i18n import _, ngettext
from .fonts import covers


def missing(text: str) -> str:
    """The characters of *text* the PDF's fonts cannot draw, in order of first appearance, each once."""
    seen: dict[str, None] = {}
    for char in text or "":
        if char in "\n\t" or char in seen:
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cf") or (category in ("Mn", "Me") and not covers(char)):
            # Control codes, invisible format marks (direction marks, joiners) and variation selectors need no
            # glyph: the PDF leaves them out without changing what the text says.
            continue
        if not covers(char):
            seen[char] = None
    return "".join(seen)


def _fields(score, info, options):
    yield _("the organisation"), info.organisation
    yield _("the scope"), info.scope
    yield _("the assessor"), info.assessor
    yield _("the classification label"), options.label
    for q in score.questions:
        a = q.answer
        for field, value in ((_("the capability owner of question “{title}”"), a.owner),
                             (_("the evidence note of question “{title}”"), a.evidence_note),
                             (_("the remediation action of question “{title}”"), a.action),
                             (_("the action owner of question “{title}”"), a.action_owner),
                             (_("the decision asked of question “{title}”"), a.decision)):
            yield field.format(title=q.question.title), value
        for evidence in q.evidence:
            yield _("the evidence file name of question “{title}”").format(title=q.question.title), evidence.name
        if q.verification is not None:
            yield _("the verifier of question “{title}”").format(title=q.question.title), q.verification.verifier
    titles = {q.question.id: q.question.title for q in score.questions}
    for question_id, acceptance in (getattr(score, "acceptances", None) or {}).items():
        title = titles.get(question_id, question_id)
        yield _("the risk acceptance approver of question “{title}”").format(title=title), acceptance.approver
        yield _("the risk acceptance reason of question “{title}”").format(title=title), acceptance.reason
    for question_id, decision in (getattr(options, "board_decisions", None) or {}).items():
        title = titles.get(question_id, question_id)
        yield _("the board decision note of question “{title}”").format(title=title), decision.note
    workshop = getattr(options, "workshop", None)
    for p in getattr(workshop, "participants", None) or ():
        yield _("participant {number} ({role})").format(number=getattr(p, "number", ""),
                                                         role=getattr(p, "role", "")), getattr(p, "name", "")


def undrawn_fields(score, info, options, limit: int = 8) -> list[str]:
    """One sentence per field whose text the PDF prints with stand-ins (�), at most *limit* and a count."""
    found = []
    for field, value in _fields(score, info, options):
        chars = missing(value)
        if chars:
            sample = " ".join(chars[:6]) + (" …" if len(chars) > 6 else "")
            found.append(_("the PDF cannot draw {sample} in {field}: it prints � there (the Word report and the board "
                           "deck keep the text as typed)").format(sample=sample, field=field))
    if len(found) > limit:
        more = len(found) - limit
        found = found[:limit] + [ngettext("{count} more field has characters the PDF cannot draw",
                                          "{count} more fields have characters the PDF cannot draw", more).format(
            count=more)]
    return found
