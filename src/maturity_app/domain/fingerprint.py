"""A SHA-256 fingerprint of an assessment's record, printed on reports so a copy can be checked against it.

What is hashed, as canonical JSON (sorted keys, no insignificant whitespace, UTF-8):
  {"pack": <the pack snapshot the assessment was made against>, "answers": [<answers sorted by question id>]}

Choices, so two people computing it independently agree:
- ``updated_at`` is left out: it records when something was typed, not what the record says, and would make
  re-saving an unchanged answer look like tampering.
- An answer with nothing recorded counts the same as no answer (the report cannot tell them apart either).
- Only answers to questions in the pack snapshot are included: the fingerprint covers what a report can show.
- Organisation, scope and assessor names are not included: they describe the record, they are not the findings;
  renaming an assessment therefore keeps its fingerprint.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import fields

from .assessment import Answer, Assessment
from .schema import Pack

_EXCLUDED = {"updated_at"}
FIELDS = tuple(f.name for f in fields(Answer) if f.name not in _EXCLUDED)


def _value(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _canonical_answer(answer: Answer) -> dict:
    return {name: _value(getattr(answer, name)) for name in FIELDS}


def is_blank(answer: Answer) -> bool:
    return _canonical_answer(answer) == _canonical_answer(Answer(answer.question_id))


def canonical_record(pack: Pack, answers: Iterable[Answer]) -> bytes:
    known = {q.id for q in pack.questions()}
    rows = sorted(
        (_canonical_answer(a) for a in answers if a.question_id in known and not is_blank(a)),
        key=lambda row: row["question_id"],
    )
    record = {"pack": pack.model_dump(mode="json"), "answers": rows}
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(pack: Pack, answers: Iterable[Answer]) -> str:
    """Lower-case hex SHA-256 of the canonical record."""
    return hashlib.sha256(canonical_record(pack, answers)).hexdigest()


def assessment_fingerprint(assessment: Assessment) -> str:
    return fingerprint(assessment.pack, assessment.answers.values())


def score_fingerprint(score) -> str:
    """The same digest from a scored assessment (what the report is handed)."""
    return fingerprint(score.pack, (q.answer for q in score.questions))


def grouped(digest: str, size: int = 8) -> str:
    """`1a2b3c4d 5e6f…`: easier to read aloud and compare by eye."""
    return " ".join(digest[i : i + size] for i in range(0, len(digest), size))
