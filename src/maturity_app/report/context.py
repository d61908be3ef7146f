"""Everything a report section needs to render itself, gathered once per build."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.assessment import NA, AssessmentInfo, Rating
from ..domain.narrative import Narrative
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
        return "Facilitator" if self.info.mode == "workshop" else "Assessor"

    def level_label(self, axis: str, level: Rating) -> str:
        if level is None:
            return "not answered"
        if level == NA:
            return "n/a"
        return f"{level} · {getattr(self.pack.scales, axis).level(level).label}"


def nice_date(value: dt.date | str | None) -> str:
    """`14 Mar 2025` for dates and ISO timestamps; empty for nothing."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return f"{value.day} {value:%b %Y}"
