"""Which typed text the PDF cannot draw, named field by field, so the export can say so instead of printing
stand-ins silently. The PDF draws every script it bundles a face for (fonts.py), shaped and right to left where
needed; what no face holds (a script outside the bundle, a symbol newer than the fonts) prints as �. The Word
report and the board deck keep every character (Word and PowerPoint draw any script with the reader's fonts),
so the warning points there."""

from __future__ import annotations

import unicodedata

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
        for evidence in q.evidence:
            yield f"the evidence file name of {where}", evidence.name
        if q.verification is not None:
            yield f"the verifier of {where}", q.verification.verifier
    titles = {q.question.id: q.question.title for q in score.questions}
    for question_id, acceptance in (getattr(score, "acceptances", None) or {}).items():
        where = f"question “{titles.get(question_id, question_id)}”"
        yield f"the risk acceptance approver of {where}", acceptance.approver
        yield f"the risk acceptance reason of {where}", acceptance.reason
    for question_id, decision in (getattr(options, "board_decisions", None) or {}).items():
        yield f"the board decision note of question “{titles.get(question_id, question_id)}”", decision.note
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
    if len(found) > limit:
        found = found[:limit] + [f"{len(found) - limit} more fields have characters the PDF cannot draw"]
    return found
