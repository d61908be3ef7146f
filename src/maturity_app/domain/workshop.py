"""Workshop participants and their individual ratings, as plain values independent of storage."""

from __future__ import annotations

from dataclasses import dataclass

from .assessment import NA, Rating, parse_rating
from .errors import ValidationFailed

# The mandates a CISO usually brings into the room; any other role can be typed in.
STANDARD_ROLES = (
    "Legal",
    "Finance",
    "Operations",
    "IT",
    "Procurement",
    "Innovation",
    "Regional director",
    "HR",
    "Risk",
    "Security",
    "Executive",
)
ROLE_LIMIT = 60
NAME_LIMIT = 120


def clean_role(role: str) -> str:
    """A role from the list (matched case-insensitively) or a custom one, trimmed and bounded."""
    role = " ".join(str(role).split())
    if not role:
        raise ValidationFailed("a participant needs a role (for example Legal, Finance or IT)")
    if len(role) > ROLE_LIMIT:
        raise ValidationFailed(f"role is {len(role)} characters long; the limit is {ROLE_LIMIT}")
    for standard in STANDARD_ROLES:
        if standard.lower() == role.lower():
            return standard
    return role


def clean_name(name: str | None) -> str:
    name = " ".join(str(name or "").split())
    if len(name) > NAME_LIMIT:
        raise ValidationFailed(f"name is {len(name)} characters long; the limit is {NAME_LIMIT}")
    return name


@dataclass(frozen=True)
class Participant:
    """Someone in the room; *number* is their stable seat number within the workshop (1, 2, 3…)."""

    id: int
    assessment_id: int
    number: int
    role: str
    name: str = ""
    created_at: str = ""
    removed_at: str | None = None

    @property
    def active(self) -> bool:
        return self.removed_at is None

    def label(self, *, show_names: bool = True) -> str:
        """What the room sees: role and, unless names are hidden, the name."""
        if show_names and self.name:
            return f"{self.name} ({self.role})"
        return self.role


@dataclass(frozen=True)
class ParticipantRating:
    """One participant's reading of one question; None on an axis means they did not rate it."""

    participant_id: int
    question_id: str
    capability: Rating = None
    compliance: Rating = None
    updated_at: str = ""

    def validated(self) -> ParticipantRating:
        for axis in ("capability", "compliance"):
            value = getattr(self, axis)
            if value is not None and value != NA:
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ValidationFailed(f"{axis} level {value!r} is not 0-4 or 'na'")
                parse_rating(value)
        return self

    def level(self, axis: str) -> Rating:
        if axis not in ("capability", "compliance"):
            raise ValueError(axis)
        return getattr(self, axis)

    @property
    def is_empty(self) -> bool:
        return self.capability is None and self.compliance is None
