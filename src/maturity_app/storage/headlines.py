"""Stored headline figures (domain.headline): read in one small query, recomputed only where they no longer hold.

The triggers of migration m010 delete an assessment's headline in the same transaction as any change that can move its
score, so a stored headline is either current or absent; absent, outdated-by-definition and aged-out rows are
recomputed here through the domain's one scoring function and written back.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.assessment import Assessment
from ..domain.errors import MaturityError
from ..domain.headline import definition, headline, valid_through
from ..domain.scoring import AssessmentScore, score_assessment

if TYPE_CHECKING:  # annotations only
    from .connection import Database


@dataclass(frozen=True)
class StoredHeadline:
    figures: dict | None  # None: the assessment could not be scored (an unreadable snapshot)
    valid_from: dt.date
    valid_through: dt.date | None


def _holds(row: tuple, day: dt.date) -> bool:
    _, figures, made_by, valid_from, through = row
    if figures is None or made_by != definition() or valid_from is None:
        return False
    return dt.date.fromisoformat(valid_from) <= day and (through is None or day <= dt.date.fromisoformat(through))


def store_headline(db: Database, assessment_id: int, score: AssessmentScore, day: dt.date) -> dict:
    """Store the headline figures of *score*, the domain's score of the assessment as stored, made on *day*."""
    figures = headline(score)
    through = valid_through(score, day)
    db.execute(
        "INSERT OR REPLACE INTO assessment_headlines (assessment_id, figures, definition, valid_from, valid_through) "
        "VALUES (?, ?, ?, ?, ?)",
        [assessment_id, json.dumps(figures, sort_keys=True), definition(), day.isoformat(),
         through.isoformat() if through else None],
    )
    return figures


class StoredFigures(Mapping):
    """Stored headline figures, parsed from their JSON only when a figure beyond *known* is asked for: a list of a
    thousand assessments shows four figures of each, and parsing every stored headline would cost more than
    reading them."""

    def __init__(self, text: str, known: dict):
        self._text = text
        self._known = known
        self._parsed: dict | None = None

    def _all(self) -> dict:
        if self._parsed is None:
            self._parsed = json.loads(self._text)
        return self._parsed

    def __getitem__(self, key):
        if self._parsed is None and key in self._known:
            return self._known[key]
        return self._all()[key]

    def __iter__(self):
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def __repr__(self) -> str:
        return f"StoredFigures({self._all()!r})"


def headlines(db: Database, loader, day: dt.date, ids: list[int] | None = None,
              problems: list[str] | None = None, lazy: tuple[str, ...] = ()) -> dict[int, Mapping | None]:
    """Headline figures by assessment id as of *day* (None for one that cannot be loaded).

    *loader* loads a list of ids (``CycleStore.load_many``, one parse per distinct snapshot). Rows whose stored
    figures do not hold on *day* are recomputed and written back in one transaction; a database that cannot be
    written (read-only, busy) still gets correct figures, just not stored. With *lazy* (top-level keys), stored
    figures come as StoredFigures: those keys read by SQLite, the rest parsed when first asked for.
    """
    extracted = "".join(f", json_extract(h.figures, '$.{key}')" for key in lazy)
    sql = ("SELECT a.id, h.figures, h.definition, h.valid_from, h.valid_through" + extracted +
           " FROM assessments a LEFT JOIN assessment_headlines h ON h.assessment_id = a.id")
    params: list = []
    if ids is not None:
        sql += f" WHERE a.id IN ({','.join('?' * len(ids))})"
        params = list(ids)
    rows = db.execute(sql, params).fetchall()
    if lazy:
        # A null (or absent) figure is left to the parse: SQL cannot tell the two apart.
        result = {row[0]: StoredFigures(row[1], {k: v for k, v in zip(lazy, row[5:]) if v is not None})
                  for row in rows if _holds(row[:5], day)}
    else:
        result = {row[0]: json.loads(row[1]) for row in rows if _holds(row, day)}
    stale = [row[0] for row in rows if row[0] not in result]
    if stale:
        result.update(_recompute(db, loader, stale, day, problems))
    return result


def _recompute(db: Database, loader, ids: list[int], day: dt.date, problems: list[str] | None
               ) -> dict[int, dict | None]:
    try:
        loaded: list[Assessment | None] = loader(ids)
    except MaturityError:
        loaded = []
        for assessment_id in ids:
            try:
                loaded.extend(loader([assessment_id]))
            except MaturityError as exc:  # named to the user, not only shown without numbers
                loaded.append(None)
                if problems is not None:
                    problems.append(str(exc))
    figures: dict[int, dict | None] = {}
    try:
        with db.atomic():
            for assessment_id, assessment in zip(ids, loaded):
                figures[assessment_id] = (
                    None if assessment is None
                    else store_headline(db, assessment_id, score_assessment(assessment, day), day))
    except sqlite3.OperationalError:  # read-only or busy: correct figures all the same, stored next time
        for assessment_id, assessment in zip(ids, loaded):
            figures[assessment_id] = None if assessment is None else headline(score_assessment(assessment, day))
    return figures


def backfill(db: Database, loader) -> None:
    """Fill in every missing headline (after migration m010 added the columns to an existing database)."""
    headlines(db, loader, dt.date.today())
