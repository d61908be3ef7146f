"""The list of assessments a command prints: stored rows and headline figures, scored only where they no longer hold."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..storage.listing import listed

if TYPE_CHECKING:  # annotations only
    from .workspace import Workspace


def assessment_list_json(ws: Workspace, day: dt.date | None = None, *, figures: bool = True,
                         problems: list[str] | None = None) -> list[str]:
    """Every assessment, newest first, as its `list --json` row (JSON text), with its headline figures as of *day*
    (the workspace's today): the stored ones as read, the few that no longer hold scored again (and stored, where
    the database can be written); an assessment that cannot be read gets null and its reason in *problems*.
    Without *figures*, every headline is null and nothing is scored."""
    day = day or ws.today
    rows = listed(ws.db, day, figures=figures)
    stale = [assessment_id for assessment_id, _, missing in rows if missing]
    if not stale:
        return [row for _, row, _ in rows]
    import json

    from .start_rows import headline_figures  # the scoring code: imported only when something must be scored

    made = headline_figures(ws, day, stale, problems)
    texts = []
    for assessment_id, row, missing in rows:
        if missing:
            row = json.dumps({**json.loads(row), "headline": made.get(assessment_id)}, ensure_ascii=False)
        texts.append(row)
    return texts
