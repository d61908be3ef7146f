"""Use cases on whole assessments: create, sample, rename, duplicate, delete, re-assess, import, export."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..storage.cycle_store import ReassessResult
from .changes import Changes, Done
from .headlines import refresh_headline
from .workspace import Workspace

if TYPE_CHECKING:  # pydantic stays off the start path
    from ..domain.schema import Pack

_LISTED = Changes(assessment_list=True)


def _listed(assessment_id: int) -> Changes:
    return Changes(assessment_id, assessment_list=True)


def create_assessment(ws: Workspace, pack: Pack, organisation: str, *, scope: str = "", assessor: str = "",
                      mode: str = "self", escalation_budget: int = 3) -> Done[int]:
    with ws.transaction():
        new_id = ws.assessments.create(pack, organisation, scope=scope, assessor=assessor, mode=mode,
                                       escalation_budget=escalation_budget)
        refresh_headline(ws, new_id)
    return Done(new_id, _listed(new_id))


def create_sample(ws: Workspace, pack: Pack) -> Done[int]:
    """The realistic sample assessment behind `maturity-app demo` and the start page's sample link."""
    from ..storage.demo_assessment import create_demo_assessment

    with ws.transaction():
        new_id = create_demo_assessment(ws.assessments, pack, ws.today)
        refresh_headline(ws, new_id)
    return Done(new_id, _listed(new_id))


def rename_assessment(ws: Workspace, assessment_id: int, organisation: str) -> Done[None]:
    with ws.transaction():
        ws.assessments.rename(assessment_id, organisation)
    return Done(None, _listed(assessment_id))


def duplicate_assessment(ws: Workspace, assessment_id: int) -> Done[int]:
    with ws.transaction():
        new_id = ws.assessments.duplicate(assessment_id)
        refresh_headline(ws, new_id)
    return Done(new_id, _listed(new_id))


def delete_assessment(ws: Workspace, assessment_id: int) -> Done[None]:
    """Delete an assessment with its answers, flags, participants and ratings."""
    with ws.transaction():
        ws.assessments.delete(assessment_id)
    return Done(None, _listed(assessment_id))


def reassess(ws: Workspace, assessment_id: int, current_pack: Pack | None, *, prefill: bool = False
             ) -> Done[ReassessResult]:
    """Start the next cycle against *current_pack* (the installed version of its pack, None if gone)."""
    with ws.transaction():
        result = ws.cycle.reassess(assessment_id, current_pack, prefill=prefill)
        pack = ws.assessments.load(result.new_id).pack
        # Targets, accepted risks and action status and history belong to the subject, not to one cycle.
        ws.plan.carry_over(assessment_id, result.new_id, {d.id for d in pack.domains},
                           {q.id for q in pack.questions()})
        refresh_headline(ws, result.new_id)
    return Done(result, _listed(result.new_id))


def import_file(ws: Workspace, path: Path, *, as_copy: bool = False) -> Done[int]:
    """Add the assessment in a portable file; AssessmentExists when it is already here (unless *as_copy*)."""
    from ..storage.portable import import_assessment

    with ws.transaction():
        new_id = import_assessment(ws.db, Path(path), as_copy=as_copy)
        refresh_headline(ws, new_id)
    return Done(new_id, _listed(new_id))


def export_file(ws: Workspace, assessment_id: int, path: Path) -> Path:
    from ..storage.portable import export_assessment

    ws.assessments.info(assessment_id)  # NotFound before any file is touched
    return export_assessment(ws.db, assessment_id, Path(path))
