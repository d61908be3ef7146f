"""The start page's rows: every assessment with its headline numbers, read from the stored headlines.

Annotations here are the types themselves, not postponed strings (no ``from __future__ import annotations``):
typing compiles each string field of a NamedTuple into a ForwardRef as the class is made, which made this module
cost about a millisecond more before the first frame (see domain.assessment_info).
"""

import datetime as dt
from collections.abc import Mapping
from typing import NamedTuple

from ..domain.assessment_info import AssessmentInfo
from ..storage.headlines import headlines, recompute, stale_ids
from .workspace import Workspace


SHOWN_FIGURES = ("subject", "compliance_index", "capability_index", "gap_points")  # what each row shows


class StartRow(NamedTuple):  # one per assessment of the archive; not a dataclass, made before the first frame
    """One start-page row: the stored info plus the headline numbers from the domain's score."""

    info: AssessmentInfo
    subject_kind: str  # "organisation" or "vendor", from the pack snapshot
    compliance_index: float | None
    capability_index: float | None
    gap_points: float | None
    figures: Mapping | None = None  # the whole stored headline (domain.headline), None if it cannot be scored


def start_rows(ws: Workspace, today: dt.date | None = None, problems: list[str] | None = None,
               limit: int | None = None) -> list[StartRow]:
    """Newest first, in two small queries whatever the size of the packs: pack snapshots are parsed only for
    the few assessments whose stored headline no longer holds. One unreadable assessment still lists, without
    numbers, beside the others, and is named in *problems*. With *limit*, only the newest *limit* rows: what a
    window shows first, read in the same time whatever the size of the archive."""
    infos = ws.assessments.list(limit)
    ids = None if limit is None else [info.id for info in infos]
    figures = headlines(ws.db, lambda wanted: load_for_scoring(ws, wanted), today or ws.today, ids, problems,
                        lazy=SHOWN_FIGURES)
    rows = []
    for info in infos:
        mine = figures.get(info.id)
        if mine is None:
            rows.append(StartRow(info, "organisation", None, None, None))
            continue
        rows.append(StartRow(info, mine.get("subject", "organisation"), mine.get("compliance_index"),
                             mine.get("capability_index"), mine.get("gap_points"), mine))
    return rows


def headline_figures(ws: Workspace, today: dt.date | None = None, ids: list[int] | None = None,
                     problems: list[str] | None = None) -> dict[int, dict | None]:
    """Stored headline figures by assessment id, recomputed (and stored again) only where they no longer hold;
    an assessment that cannot be read gets None and its reason in *problems*."""
    return headlines(ws.db, lambda wanted: load_for_scoring(ws, wanted), today or ws.today, ids, problems)


def stale_headlines(ws: Workspace, today: dt.date | None = None) -> list[int]:
    """Assessments whose stored headline no longer holds (all of them after an upgrade that changes its
    definition), newest first."""
    return stale_ids(ws.db, today or ws.today)


def remake_headlines(ws: Workspace, ids: list[int], today: dt.date | None = None,
                     problems: list[str] | None = None) -> None:
    """Make and store the headlines of *ids* again, in one transaction."""
    recompute(ws.db, lambda wanted: load_for_scoring(ws, wanted), ids, today or ws.today, problems)


def load_for_scoring(ws: Workspace, ids: list[int]):
    """Assessments as the domain scores them: answers (one parse per distinct snapshot), files and plan data."""
    return [ws.assessments.with_files_and_plan(a) for a in ws.cycle.load_many(ids)]
