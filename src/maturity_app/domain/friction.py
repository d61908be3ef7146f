"""Friction between mandates: how far participants' readings of a question spread, and where roles sit."""

from __future__ import annotations

import math
import statistics
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .i18n import _, ngettext
from .assessment import NA, Answer, Rating
from .errors import ValidationFailed
from .workshop import Participant, ParticipantRating

if TYPE_CHECKING:  # annotations only: pydantic stays off the desktop's start path
    from .schema import Pack

FRICTION_SPREAD = 2  # two levels apart is two different organisations being described
AXES = ("capability", "compliance")


@dataclass(frozen=True)
class AxisSpread:
    """The participants' levels on one axis of one question."""

    axis: str
    ratings: tuple[tuple[int, Rating], ...] = ()  # (participant id, level) for everyone who rated, N/A included

    @property
    def levels(self) -> list[int]:
        return [level for _, level in self.ratings if isinstance(level, int)]

    @property
    def na_count(self) -> int:
        return sum(1 for _, level in self.ratings if level == NA)

    @property
    def rated(self) -> int:
        return len(self.ratings)

    @property
    def spread(self) -> int | None:
        """max − min of the levels given; None when nobody gave a level."""
        levels = self.levels
        return max(levels) - min(levels) if levels else None

    @property
    def stdev(self) -> float | None:
        """Population standard deviation: the room is the whole population, not a sample of it."""
        levels = self.levels
        return round(statistics.pstdev(levels), 2) if levels else None

    @property
    def is_friction(self) -> bool:
        return self.spread is not None and self.spread >= FRICTION_SPREAD

    @property
    def default_agreed(self) -> Rating:
        """The median, rounded down between two levels: a room split between 2 and 3 has not agreed on 3.

        When more people say "does not apply" than give a level, N/A is the proposal.
        """
        levels = self.levels
        if self.na_count and self.na_count > len(levels):
            return NA
        if not levels:
            return None
        return math.floor(statistics.median(levels))

    @property
    def low(self) -> int | None:
        return min(self.levels) if self.levels else None

    @property
    def high(self) -> int | None:
        return max(self.levels) if self.levels else None

    def participants_at(self, level: int) -> list[int]:
        return [pid for pid, value in self.ratings if value == level]


def check_agreeable(question_id: str, spread: AxisSpread) -> None:
    """The room agrees on a level only after someone in it gave one: the same rule for the app and the CLI."""
    if not spread.rated:
        text = (_("nobody in the room has rated {question} in practice (capability) yet: there is no level to agree "
                  "on") if spread.axis == "capability" else
                _("nobody in the room has rated {question} on paper (compliance) yet: there is no level to agree on"))
        raise ValidationFailed(text.format(question=question_id))


def axis_spread(axis: str, ratings: Mapping[int, Rating]) -> AxisSpread:
    """Spread of *ratings* (participant id -> level); participants who skipped (None) are left out."""
    return AxisSpread(axis, tuple((pid, level) for pid, level in sorted(ratings.items()) if level is not None))


@dataclass(frozen=True)
class QuestionFriction:
    question_id: str
    title: str
    domain_id: str
    domain_title: str
    weight: int
    capability: AxisSpread
    compliance: AxisSpread
    answer: Answer
    participants: int  # active participants in the room, whether or not they rated

    def axis(self, name: str) -> AxisSpread:
        return self.capability if name == "capability" else self.compliance

    @property
    def spread(self) -> int | None:
        values = [s.spread for s in (self.capability, self.compliance) if s.spread is not None]
        return max(values) if values else None

    @property
    def stdev(self) -> float | None:
        values = [s.stdev for s in (self.capability, self.compliance) if s.stdev is not None]
        return max(values) if values else None

    @property
    def is_friction(self) -> bool:
        return self.capability.is_friction or self.compliance.is_friction

    @property
    def widest_axis(self) -> AxisSpread:
        """The axis the room disagrees on most (capability when equal: it is what the workshop is for)."""
        if (self.compliance.spread or 0) > (self.capability.spread or 0):
            return self.compliance
        return self.capability

    @property
    def skipped(self) -> int:
        """Participants present who gave no capability rating."""
        return max(self.participants - self.capability.rated, 0)

    @property
    def has_ratings(self) -> bool:
        return bool(self.capability.ratings or self.compliance.ratings)

    def agreed(self, axis: str) -> Rating:
        return getattr(self.answer, axis)

    def reference(self, axis: str) -> Rating:
        """The level roles are measured against: the agreed one, or the median until the room agrees."""
        agreed = self.agreed(axis)
        return agreed if agreed is not None else self.axis(axis).default_agreed


@dataclass(frozen=True)
class Conversation:
    """A question with friction, phrased as the conversation the room should have."""

    friction: QuestionFriction
    axis: str
    low_level: int
    low_roles: list[str]
    high_level: int
    high_roles: list[str]

    @property
    def prompt(self) -> str:
        low = ngettext("{roles} sees level {level}", "{roles} see level {level}", len(self.low_roles)).format(
            roles=_join(self.low_roles), level=self.low_level)
        high = ngettext("{roles} sees level {level}", "{roles} see level {level}", len(self.high_roles)).format(
            roles=_join(self.high_roles), level=self.high_level)
        text = (_("{low} in practice, {high}. What has {roles} seen that the others have not, and what proof would "
                  "settle it?") if self.axis == "capability" else
                _("{low} on paper, {high}. What has {roles} seen that the others have not, and what proof would "
                  "settle it?"))
        return text.format(low=low, high=high, roles=_join(self.high_roles))


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + _(" and ") + items[-1]


@dataclass(frozen=True)
class MapCell:
    """How far one role sits from the agreed level in one domain, averaged over its questions and people."""

    mean_deviation: float  # signed: above zero, the role reads the domain more favourably than the room agreed
    mean_distance: float  # unsigned
    count: int


@dataclass(frozen=True)
class FrictionMap:
    domains: list[tuple[str, str]]  # (id, title), pack order
    roles: list[str]
    cells: dict[tuple[str, str], MapCell] = field(default_factory=dict)
    axis: str = "capability"

    def cell(self, domain_id: str, role: str) -> MapCell | None:
        return self.cells.get((domain_id, role))

    @property
    def widest(self) -> float:
        return max((c.mean_distance for c in self.cells.values()), default=0.0)


@dataclass(frozen=True)
class WorkshopSummary:
    """Everything the live view and the report show about a workshop, computed from plain values."""

    organisation: str
    participants: list[Participant]  # active ones, by number
    removed: list[Participant]
    questions: list[QuestionFriction]  # pack order
    friction_map: FrictionMap

    @property
    def roles(self) -> list[tuple[str, list[Participant]]]:
        grouped: dict[str, list[Participant]] = {}
        for p in self.participants:
            grouped.setdefault(p.role, []).append(p)
        return list(grouped.items())

    @property
    def rated_questions(self) -> list[QuestionFriction]:
        return [q for q in self.questions if q.has_ratings]

    @property
    def friction_questions(self) -> list[QuestionFriction]:
        return [q for q in self.questions if q.is_friction]

    def top_friction(self, limit: int | None = 10) -> list[QuestionFriction]:
        """Widest spread first, then the most scattered room, then the heaviest question."""
        ranked = sorted(
            self.friction_questions, key=lambda q: (-(q.spread or 0), -(q.stdev or 0.0), -q.weight, q.question_id)
        )
        return ranked[:limit] if limit else ranked

    def conversations(self, limit: int | None = 10) -> list[Conversation]:
        by_id = {p.id: p for p in self.participants}
        result = []
        for q in self.top_friction(limit):
            spread = q.widest_axis
            low, high = spread.low, spread.high
            assert low is not None and high is not None  # a friction question has levels
            result.append(
                Conversation(
                    friction=q,
                    axis=spread.axis,
                    low_level=low,
                    low_roles=_roles_of(spread.participants_at(low), by_id),
                    high_level=high,
                    high_roles=_roles_of(spread.participants_at(high), by_id),
                )
            )
        return result

    @property
    def agreed_outcomes(self) -> list[QuestionFriction]:
        """Questions the room rated and then settled on a level."""
        return [q for q in self.rated_questions if q.answer.capability is not None or q.answer.compliance is not None]


def _roles_of(participant_ids: list[int], by_id: Mapping[int, Participant]) -> list[str]:
    roles: list[str] = []
    for pid in participant_ids:
        role = by_id[pid].role
        if role not in roles:
            roles.append(role)
    return roles


def friction_map(pack: Pack, questions: list[QuestionFriction], participants: list[Participant],
                 axis: str = "capability") -> FrictionMap:
    role_of = {p.id: p.role for p in participants}
    roles: list[str] = []
    for p in participants:
        if p.role not in roles:
            roles.append(p.role)
    deviations: dict[tuple[str, str], list[int]] = {}
    for q in questions:
        reference = q.reference(axis)
        if not isinstance(reference, int):
            continue
        for pid, level in q.axis(axis).ratings:
            if isinstance(level, int) and pid in role_of:
                deviations.setdefault((q.domain_id, role_of[pid]), []).append(level - reference)
    cells = {
        key: MapCell(
            mean_deviation=round(sum(values) / len(values), 2),
            mean_distance=round(sum(abs(v) for v in values) / len(values), 2),
            count=len(values),
        )
        for key, values in deviations.items()
    }
    return FrictionMap(domains=[(d.id, d.title) for d in pack.domains], roles=roles, cells=cells, axis=axis)


def build_workshop_summary(
    pack: Pack,
    organisation: str,
    participants: Iterable[Participant],
    ratings: Iterable[ParticipantRating],
    answers: Mapping[str, Answer],
    revealed: Collection[tuple[str, str]] | None = None,
) -> WorkshopSummary:
    """Friction per question and the role map; removed participants are listed but never counted.

    *revealed*, when given, is the set of (question id, axis) the facilitator has revealed: what a live screen
    may show. Every other rating is left out entirely, so no spread, map cell, conversation or count can show
    or imply a level the room has not seen yet. None (the report, after the workshop) counts every rating.
    """
    everyone = sorted(participants, key=lambda p: p.number)
    active = [p for p in everyone if p.active]
    active_ids = {p.id for p in active}
    by_question: dict[str, dict[str, dict[int, Rating]]] = {}
    for r in ratings:
        if r.participant_id not in active_ids:
            continue
        axes = by_question.setdefault(r.question_id, {"capability": {}, "compliance": {}})
        for axis in AXES:
            if revealed is None or (r.question_id, axis) in revealed:
                axes[axis][r.participant_id] = r.level(axis)
    questions = []
    for domain in pack.domains:
        for question in domain.questions:
            axes = by_question.get(question.id, {"capability": {}, "compliance": {}})
            questions.append(
                QuestionFriction(
                    question_id=question.id,
                    title=question.title,
                    domain_id=domain.id,
                    domain_title=domain.title,
                    weight=question.weight,
                    capability=axis_spread("capability", axes["capability"]),
                    compliance=axis_spread("compliance", axes["compliance"]),
                    answer=answers.get(question.id) or Answer(question.id),
                    participants=len(active),
                )
            )
    return WorkshopSummary(
        organisation=organisation,
        participants=active,
        removed=[p for p in everyone if not p.active],
        questions=questions,
        friction_map=friction_map(pack, questions, active),
    )
