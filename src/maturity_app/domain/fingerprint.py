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
- Pack fields added after fingerprints were first printed (``LATER_PACK_FIELDS``) are left out while they hold
  their default, so an old record keeps the digest printed on its old reports.
- The pack is hashed as its file has it, translations included, whatever language the report is printed in:
  the English and the German report of one record carry one digest.
- Evidence files are covered by their SHA-256 (sorted, per question, under ``"evidence"``): a record with its
  proof changes digest when a file is attached, detached or swapped. A question without files adds nothing,
  so records made before evidence files existed keep the digest their reports carry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import fields

from .assessment import Answer, Assessment
from .schema import Pack

_EXCLUDED = {"updated_at"}
# field name -> its default; add a field here when it is added to a pack model, or old reports stop matching.
LATER_PACK_FIELDS = {"reference_notes": "", "nis2": [], "dora": [], "owner_role": "", "na_guidance": "",
                     "translations": {}}
FIELDS = tuple(f.name for f in fields(Answer) if f.name not in _EXCLUDED)


def _value(value):
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _canonical_answer(answer: Answer) -> dict:
    return {name: _value(getattr(answer, name)) for name in FIELDS}


def is_blank(answer: Answer) -> bool:
    return _canonical_answer(answer) == _canonical_answer(Answer(answer.question_id))


def _without_later_defaults(node):
    if isinstance(node, dict):
        return {k: _without_later_defaults(v) for k, v in node.items()
                if not (k in LATER_PACK_FIELDS and v == LATER_PACK_FIELDS[k])}
    if isinstance(node, list):
        return [_without_later_defaults(v) for v in node]
    return node


def canonical_record(pack: Pack, answers: Iterable[Answer], evidence: Mapping[str, Iterable[str]] | None = None
                     ) -> bytes:
    known = {q.id for q in pack.questions()}
    rows = sorted(
        (_canonical_answer(a) for a in answers if a.question_id in known and not is_blank(a)),
        key=lambda row: row["question_id"],
    )
    # The pack as read, translations included: a report printed in German carries the digest the English one does.
    record = {"pack": _without_later_defaults(pack.stored().model_dump(mode="json")), "answers": rows}
    hashes = {qid: sorted(set(digests)) for qid, digests in (evidence or {}).items() if qid in known}
    hashes = {qid: digests for qid, digests in hashes.items() if digests}
    if hashes:
        record["evidence"] = hashes
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def fingerprint(pack: Pack, answers: Iterable[Answer], evidence: Mapping[str, Iterable[str]] | None = None) -> str:
    """Lower-case hex SHA-256 of the canonical record; *evidence* maps question ids to file SHA-256s."""
    return hashlib.sha256(canonical_record(pack, answers, evidence)).hexdigest()


def assessment_fingerprint(assessment: Assessment) -> str:
    evidence = {qid: [f.sha256 for f in files] for qid, files in assessment.evidence.items()}
    return fingerprint(assessment.pack, assessment.answers.values(), evidence)


def score_fingerprint(score) -> str:
    """The same digest from a scored assessment (what the report is handed)."""
    evidence = {q.question.id: [f.sha256 for f in q.evidence] for q in score.questions}
    return fingerprint(score.pack, (q.answer for q in score.questions), evidence)


def grouped(digest: str, size: int = 8) -> str:
    """`1a2b3c4d 5e6f…`: easier to read aloud and compare by eye."""
    return " ".join(digest[i : i + size] for i in range(0, len(digest), size))
