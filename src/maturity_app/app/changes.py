"""What an operation changed, so every view refreshes from one record (in the spirit of Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The parts of the stored state one use case wrote; views redraw what intersects what they show."""

    assessment_id: int | None = None
    answers: frozenset[str] = frozenset()  # question ids whose answer was written
    flags: frozenset[str] = frozenset()  # question ids whose re-assessment flags (to confirm) changed
    ratings: frozenset[str] = frozenset()  # question ids where a participant's rating changed
    evidence: frozenset[str] = frozenset()  # question ids whose evidence files or verification changed
    plan: bool = False  # targets, risk acceptances or action states changed
    participants: bool = False  # someone joined, left, came back or was renamed
    assessment_list: bool = False  # an assessment was created, deleted, renamed or imported
    reveals: frozenset[str] = frozenset()  # question ids where a side was revealed to the room or hidden again
    decisions: frozenset[str] = frozenset()  # question ids whose board decision was recorded or taken back

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.assessment_id if self.assessment_id is not None else other.assessment_id,
            self.answers | other.answers,
            self.flags | other.flags,
            self.ratings | other.ratings,
            self.evidence | other.evidence,
            self.plan or other.plan,
            self.participants or other.participants,
            self.assessment_list or other.assessment_list,
            self.reveals | other.reveals,
            self.decisions | other.decisions,
        )


@dataclass(frozen=True)
class Done(Generic[T]):
    """A use case's result: its plain value and what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)
