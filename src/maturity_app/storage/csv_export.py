"""Answers as CSV for spreadsheets, with formula injection neutralised (a note can start with '=')."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from ..domain.assessment import NA, Rating
from ..domain.i18n import language
from ..domain.scoring import score_assessment
from .private_files import write_private_atomic
from .store import AssessmentStore

COLUMNS = [
    "domain",
    "question_id",
    "question",
    "compliance",
    "capability",
    "proven_on",
    "capability_counted",  # the level the scores use, after the proof rule
    "why_counted_lower",
    "capability_owner",
    "evidence_note",
    "evidence_files",
    "action",
    "action_owner",
    "action_due",
    "escalate",
    "decision",
    "updated_at",
]

# A spreadsheet treats a cell starting with one of these as a formula (or strips it into one): an evidence
# note like "=HYPERLINK(...)" would run when the board opens the file.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_TRIGGERS) else cell


def _rating(value: Rating) -> str:
    if value is None:
        return ""
    return "na" if value == NA else str(value)


def answers_csv_text(store: AssessmentStore, assessment_id: int) -> str:
    assessment = store.load(assessment_id)
    # Domain and question titles in the language the file is made in; the columns and levels never change.
    assessment = replace(assessment, pack=assessment.pack.localized(language()))
    score = score_assessment(assessment)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends: what Excel and LibreOffice expect
    writer.writerow(COLUMNS)
    for domain in assessment.pack.domains:
        for question in domain.questions:
            a = assessment.answer(question.id)
            counted = score.question(question.id)
            cells = [
                domain.title,
                question.id,
                question.title,
                _rating(a.compliance),
                _rating(a.capability),
                a.proven_on.isoformat() if a.proven_on else "",
                _rating(counted.capability),
                counted.capped_reason or "",
                a.owner,
                a.evidence_note,
                "; ".join(f.name for f in assessment.evidence.get(question.id, ())),
                a.action,
                a.action_owner,
                a.action_due.isoformat() if a.action_due else "",
                "yes" if a.escalate else "",
                a.decision,
                a.updated_at,
            ]
            writer.writerow([neutralise(c) for c in cells])
    return out.getvalue()


def export_answers_csv(store: AssessmentStore, assessment_id: int, path: Path | str, *, bom: bool = False) -> Path:
    """Write the answers of one assessment as UTF-8 CSV (with a BOM when *bom*, so Excel detects UTF-8)."""
    text = answers_csv_text(store, assessment_id)
    return write_private_atomic(Path(path), text.encode("utf-8-sig" if bom else "utf-8"))
