"""The assessments as `list` prints them: one query over the assessments and their stored headlines (issue #21).

Reading a list needs no questionnaire, domain model or scoring, and not even Python's JSON encoder: SQLite writes
each row as a JSON object, with the stored headline figures in it where they still hold on the day asked about
(storage.headlines.HOLDS_SQL). The rows whose figures do not hold are marked, so the caller has those few scored
again and only then imports the scoring code.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..domain.headline import definition
from .headlines import HOLDS_SQL

if TYPE_CHECKING:  # annotations only
    from .connection import Database

# The stored headline's join and the two answer counts kept by trigger (migration m012); AssessmentStore's infos
# read the same counts.
ANSWER_COUNTS = "coalesce(c.answered, 0) AS answered, coalesce(c.not_applicable, 0) AS not_applicable"
COUNTED = "LEFT JOIN answer_counts c ON c.assessment_id = a.id"

# The fields of one `list --json` row, in the order printed.
_ROW = """json_object(
    'id', id, 'uid', uid, 'organisation', organisation, 'scope', scope, 'assessor', assessor, 'mode', mode,
    'pack', pack_id, 'pack_version', pack_version, 'answered', answered, 'applicable', question_count - not_applicable,
    'total', question_count, 'created_at', created_at, 'updated_at', updated_at,
    'headline', CASE WHEN fresh THEN json(figures) END)"""

_LISTED_SQL = f"""
    SELECT id, {_ROW}, fresh FROM (
        SELECT a.id, a.uid, a.organisation, a.scope, a.assessor, a.mode, a.pack_id, a.pack_version, a.question_count,
               a.created_at, a.updated_at, {ANSWER_COUNTS}, h.figures, {{fresh}} AS fresh
        FROM assessments a {COUNTED} LEFT JOIN assessment_headlines h ON h.assessment_id = a.id
    )
    ORDER BY updated_at DESC, id DESC
"""
_WITH_FIGURES = _LISTED_SQL.format(fresh=HOLDS_SQL)
_WITHOUT_FIGURES = _LISTED_SQL.format(fresh="0")


def listed(db: Database, day: dt.date, *, figures: bool = True) -> list[tuple[int, str, bool]]:
    """Every assessment, newest first, as (id, its `list --json` row as JSON text, whether its headline is
    missing): a row's "headline" is its stored figures where they hold on *day*, else null for the caller to make
    again. Without *figures* every headline is null and none is reported missing."""
    if not figures:
        return [(aid, row, False) for aid, row, _ in db.execute(_WITHOUT_FIGURES)]
    params = {"definition": definition(), "day": day.isoformat()}
    return [(aid, row, not fresh) for aid, row, fresh in db.execute(_WITH_FIGURES, params)]
