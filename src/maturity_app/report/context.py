"""Everything a report section needs to render itself, gathered once per build."""

from __future__ import annotations

from ..domain.i18n import _

import datetime as dt
from dataclasses import dataclass

from ..domain import formatting
from ..domain.assessment import AssessmentInfo, Rating
from ..domain.narrative import Narrative, limitations
from ..domain.scoring import AssessmentScore
from .options import ReportOptions
from .styles import Styles


@dataclass(frozen=True)
class ReportContext:
    score: AssessmentScore
    info: AssessmentInfo
    options: ReportOptions
    narrative: Narrative
    fingerprint: str
    report_date: dt.date
    width: float
    height: float
    styles: Styles

    @property
    def pack(self):
        return self.score.pack

    @property
    def role(self) -> str:
        return _("Facilitator") if self.info.mode == "workshop" else _("Assessor")

    def level_label(self, axis: str, level: Rating) -> str:
        return formatting.level_label(getattr(self.pack.scales, axis), level)

    @property
    def limitations(self) -> str:
        summary = self.options.workshop
        roles = [p.role for p in summary.participants] if summary is not None else []
        return limitations(self.score, self.info.mode, roles)


nice_date = formatting.day
