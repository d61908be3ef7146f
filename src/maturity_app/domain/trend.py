"""Indices and paper-maturity counts across every assessment of one subject, oldest first."""

from __future__ import annotations

from dataclasses import dataclass, field

from .compare import ScoredAssessment


@dataclass(frozen=True)
class TrendPoint:
    assessment_id: int
    organisation: str
    assessed_on: str  # ISO date
    created_at: str
    pack_version: str
    compliance_index: float | None
    capability_index: float | None
    gap_points: float | None
    paper_maturity: int  # questions whose paper is two or more levels ahead of practice
    answered: int
    total: int  # applicable questions: N/A ones are counted apart, as everywhere

    def to_dict(self) -> dict:
        return {
            "id": self.assessment_id, "organisation": self.organisation, "assessed_on": self.assessed_on,
            "pack_version": self.pack_version, "compliance_index": self.compliance_index,
            "capability_index": self.capability_index, "gap_points": self.gap_points,
            "paper_maturity": self.paper_maturity, "answered": self.answered, "total": self.total,
        }


@dataclass(frozen=True)
class Trend:
    organisation: str
    pack_id: str
    points: list[TrendPoint] = field(default_factory=list)

    @property
    def latest(self) -> TrendPoint | None:
        return self.points[-1] if self.points else None

    @property
    def first(self) -> TrendPoint | None:
        return self.points[0] if self.points else None

    def until(self, assessment_id: int) -> Trend:
        """The history as it stood at *assessment_id*: a report on last year's assessment shows no later ones."""
        ids = [p.assessment_id for p in self.points]
        if assessment_id not in ids:
            return self
        return Trend(self.organisation, self.pack_id, self.points[: ids.index(assessment_id) + 1])

    def with_point(self, item: ScoredAssessment) -> Trend:
        """The same history with *item*'s point re-scored (e.g. as of the report date, like the report itself)."""
        fresh = trend_point(item)
        return Trend(self.organisation, self.pack_id,
                     [fresh if p.assessment_id == fresh.assessment_id else p for p in self.points])

    def index_range(self) -> tuple[float, float]:
        """Smallest and largest index shown, for chart axes; (0, 100) when nothing is scored."""
        values = [
            v for p in self.points for v in (p.compliance_index, p.capability_index) if v is not None
        ]
        return (min(values), max(values)) if values else (0.0, 100.0)

    def to_dict(self) -> dict:
        return {
            "organisation": self.organisation, "pack": self.pack_id,
            "points": [p.to_dict() for p in self.points],
        }


def trend_point(item: ScoredAssessment) -> TrendPoint:
    s = item.score
    return TrendPoint(
        assessment_id=item.info.id,
        organisation=item.info.organisation,
        assessed_on=item.assessed_on.isoformat(),
        created_at=item.info.created_at,
        pack_version=item.info.pack_version,
        compliance_index=s.compliance_index,
        capability_index=s.capability_index,
        gap_points=s.gap_points,
        paper_maturity=len(s.paper_maturity),
        answered=s.answered,
        total=s.applicable,
    )


def build_trend(items: list[ScoredAssessment]) -> Trend:
    """Order by when each assessment was started, so a re-assessment always follows the one it continues."""
    ordered = sorted(items, key=lambda i: (i.info.created_at, i.info.id))
    latest = ordered[-1].info if ordered else None
    return Trend(
        organisation=latest.organisation if latest else "",
        pack_id=latest.pack_id if latest else "",
        points=[trend_point(i) for i in ordered],
    )
