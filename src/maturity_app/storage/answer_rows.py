"""Answers as rows of the answers table and as entries of their history: what SQLite stores and reads back.

Apart from the store (storage.store), which imports it on the first answer it reads or writes: listing the
assessments, as the start page does before its first frame, needs neither this nor the answer model behind it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields

from ..domain.assessment import NA, Answer, Rating


def level_to_db(level: Rating) -> int | None:
    """N/A is stored as -1 so that "not answered yet" (NULL) stays distinct from "does not apply"."""
    return -1 if level == NA else level


def level_from_db(value: int | None) -> Rating:
    return NA if value == -1 else value


def _date_to_db(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date_from_db(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def answer_to_row(assessment_id: int, answer: Answer) -> dict:
    return {
        "assessment_id": assessment_id,
        "question_id": answer.question_id,
        "compliance": level_to_db(answer.compliance),
        "capability": level_to_db(answer.capability),
        "proven_on": _date_to_db(answer.proven_on),
        "owner": answer.owner,
        "evidence_note": answer.evidence_note,
        "action": answer.action,
        "action_owner": answer.action_owner,
        "action_due": _date_to_db(answer.action_due),
        "escalate": int(answer.escalate),
        "decision": answer.decision,
        "updated_at": answer.updated_at,
    }


_ANSWER_FIELDS = tuple(f.name for f in fields(Answer))


def answer_from_row(row: dict) -> Answer:
    return Answer(
        question_id=row["question_id"],
        compliance=level_from_db(row["compliance"]),
        capability=level_from_db(row["capability"]),
        proven_on=_date_from_db(row["proven_on"]),
        owner=row["owner"],
        evidence_note=row["evidence_note"],
        action=row["action"],
        action_owner=row["action_owner"],
        action_due=_date_from_db(row["action_due"]),
        escalate=bool(row["escalate"]),
        decision=row["decision"],
        updated_at=row["updated_at"],
    )


def answer_to_json(answer: Answer) -> str:
    """The history entry of *answer*: every field (dates as ISO text), keys sorted. Built field by field rather
    than with dataclasses.asdict, which deep-copies each value: this runs on every autosave."""
    data = {name: getattr(answer, name) for name in _ANSWER_FIELDS}
    data["proven_on"] = _date_to_db(answer.proven_on)
    data["action_due"] = _date_to_db(answer.action_due)
    return json.dumps(data, sort_keys=True, ensure_ascii=False)


# One upsert per autosave (plain SQL: sqlite-utils' table helpers would introspect the table first).
ANSWER_COLUMNS = ("assessment_id", "question_id", "compliance", "capability", "proven_on", "owner", "evidence_note",
                  "action", "action_owner", "action_due", "escalate", "decision", "updated_at")
UPSERT_ANSWER = (
    f"INSERT INTO answers ({', '.join(ANSWER_COLUMNS)}) VALUES ({', '.join(':' + c for c in ANSWER_COLUMNS)}) "
    "ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in ANSWER_COLUMNS[2:])
)
