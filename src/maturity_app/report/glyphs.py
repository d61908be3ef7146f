"""Which typed text the PDF cannot draw, named field by field, so the export can say so instead of printing
stand-ins silently. The Word report and the board deck keep every character (Word and PowerPoint draw any
script with the reader's fonts), so the warning points there."""

from __future__ import annotations

import unicodedata

from ..domain.i18n import _, ngettext
from .fonts import covers


def missing(text: str) -> str:
    """The characters of *text* the PDF's fonts cannot draw, in order of first appearance, each once."""
    seen: dict[str, None] = {}
    for char in text or "":
        if char in "\n\t" or unicodedata.category(char) in ("Cc", "Cf") or char in seen:
            continue  # control codes and invisible format marks (direction marks, joiners) need no glyph
        if not covers(char):
            seen[char] = None
    return "".join(seen)


def right_to_left(text: str) -> bool:
    """Whether *text* holds Hebrew or Arabic letters, which the PDF prints unshaped and left to right."""
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text or "")


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
        elif right_to_left(value):
            found.append(_("the PDF prints the right-to-left text in {field} unjoined and left to right (the Word "
                           "report and the board deck set it right to left)").format(field=field))
    if len(found) > limit:
        more = len(found) - limit
        found = found[:limit] + [ngettext("{count} more field has characters the PDF cannot draw",
                                          "{count} more fields have characters the PDF cannot draw", more).format(
            count=more)]
    return found
