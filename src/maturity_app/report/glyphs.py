"""Which typed text the PDF cannot draw, named field by field, so the export can say so instead of printing
stand-ins silently. The Word report and the board deck keep every character (Word and PowerPoint draw any
script with the reader's fonts), so the warning points there."""

from __future__ import annotations

import unicodedata

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
    yield "the organisation", info.organisation
    yield "the scope", info.scope
    yield "the assessor", info.assessor
    yield "the classification label", options.label
    for q in score.questions:
        a = q.answer
        where = f"question “{q.question.title}”"
        for name, value in (("capability owner", a.owner), ("evidence note", a.evidence_note),
                            ("remediation action", a.action), ("action owner", a.action_owner),
                            ("decision asked", a.decision)):
            yield f"the {name} of {where}", value
    workshop = getattr(options, "workshop", None)
    for p in getattr(workshop, "participants", None) or ():
        yield f"participant {getattr(p, 'number', '')} ({getattr(p, 'role', '')})", getattr(p, "name", "")


def undrawn_fields(score, info, options, limit: int = 8) -> list[str]:
    """One sentence per field whose text the PDF prints with stand-ins (�), at most *limit* and a count."""
    found = []
    for field, value in _fields(score, info, options):
        chars = missing(value)
        if chars:
            sample = " ".join(chars[:6]) + (" …" if len(chars) > 6 else "")
            found.append(f"the PDF cannot draw {sample} in {field}: it prints � there (the Word report and the "
                         "board deck keep the text as typed)")
        elif right_to_left(value):
            found.append(f"the PDF prints the right-to-left text in {field} unjoined and left to right (the Word "
                         "report and the board deck set it right to left)")
    if len(found) > limit:
        found = found[:limit] + [f"{len(found) - limit} more fields have characters the PDF cannot draw"]
    return found
