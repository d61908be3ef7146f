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
from typing import TYPE_CHECKING

from ..domain.errors import MaturityError
from ..domain.headline import definition

if TYPE_CHECKING:  # annotations only: reading stored figures (`list`) imports no scoring
    from ..domain.assessment import Assessment
    from ..domain.scoring import AssessmentScore
    from .connection import Database


# Whether the stored headline row h (figures, definition, validity) is the score on the day :day, for figures made
# by the code of :definition (domain.headline.definition()): ISO dates compare as text in date order. Figures that
# are not valid JSON (a damaged row) do not hold either: they are made again.
HOLDS_SQL = """(h.figures IS NOT NULL AND json_valid(h.figures) AND h.definition = :definition
                AND h.valid_from <= :day AND (h.valid_through IS NULL OR :day <= h.valid_through))"""


def store_headline(db: Database, assessment_id: int, score: AssessmentScore, day: dt.date) -> dict:
    """Store the headline figures of *score*, the domain's score of the assessment as stored, made on *day*."""
    from ..domain.headline import headline, valid_through

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

    __slots__ = ("_text", "_known", "_parsed")

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
    extracted = "".join(f", CASE WHEN fresh THEN json_extract(figures, '$.{key}') END" for key in lazy)
    where, params = "", {"definition": definition(), "day": day.isoformat()}
    if ids is not None:
        where = f" WHERE a.id IN ({','.join(f':id{i}' for i in range(len(ids)))})"
        params.update((f"id{i}", assessment_id) for i, assessment_id in enumerate(ids))
    rows = db.execute(
        f"SELECT id, fresh, figures{extracted} FROM (SELECT a.id, h.figures, {HOLDS_SQL} AS fresh"
        f" FROM assessments a LEFT JOIN assessment_headlines h ON h.assessment_id = a.id{where})", params).fetchall()
    if lazy:
        # A null (or absent) figure is left to the parse: SQL cannot tell the two apart.
        result = {row[0]: StoredFigures(row[2], {k: v for k, v in zip(lazy, row[3:]) if v is not None})
                  for row in rows if row[1]}
    else:
        result = {row[0]: json.loads(row[2]) for row in rows if row[1]}
    stale = [row[0] for row in rows if row[0] not in result]
    # A few at a time: every stored headline made again (a new definition) would otherwise hold a thousand
    # loaded assessments at once, hundreds of MB; parsed packs are cached across batches (pack_snapshots).
    for start in range(0, len(stale), RECOMPUTE_BATCH):
        result.update(_recompute(db, loader, stale[start:start + RECOMPUTE_BATCH], day, problems))
    return result


RECOMPUTE_BATCH = 50


def stale_ids(db: Database, day: dt.date) -> list[int]:
    """The assessments whose stored headline does not hold on *day*, newest first (the order a list shows)."""
    return [row[0] for row in db.execute(
        f"SELECT a.id FROM assessments a LEFT JOIN assessment_headlines h ON h.assessment_id = a.id "
        f"WHERE NOT {HOLDS_SQL} ORDER BY a.updated_at DESC, a.id DESC",
        {"definition": definition(), "day": day.isoformat()}).fetchall()]


def recompute(db: Database, loader, ids: list[int], day: dt.date, problems: list[str] | None = None
              ) -> dict[int, dict | None]:
    """Make the headlines of *ids* again and store them (in one transaction); see headlines()."""
    return _recompute(db, loader, ids, day, problems)


def _recompute(db: Database, loader, ids: list[int], day: dt.date, problems: list[str] | None
               ) -> dict[int, dict | None]:
    from ..domain.headline import headline
    from ..domain.scoring import score_assessment

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
