"""Workshop participants and their individual ratings, as plain values independent of storage."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass

from .i18n import N_, _
from .text_input import name_text
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


def role_problem(role: str) -> str | None:
    """Why *role* is not a role, or None. Roles are words: a digit in one is a rating typed into the wrong field
    ("3 r" becoming a participant called "3r"), so it is refused rather than guessed at."""
    role = name_text(str(role))
    if not role:
        return _("a participant needs a role (for example Legal, Finance or IT)")
    if len(role) > ROLE_LIMIT:
        return _("role is {length} characters long; the limit is {limit}").format(length=len(role), limit=ROLE_LIMIT)
    if any(ch.isdigit() for ch in role):
        return _("role {role} contains a digit: roles are words (digits are ratings, typed in the round)").format(
            role=repr(role))
    if not role[0].isalpha():
        return _("role {role} must start with a letter").format(role=repr(role))
    if sum(ch.isalpha() for ch in role) < 2:
        return _("role {role} is too short to name a mandate (for example IT, HR, Legal)").format(role=repr(role))
    return None


def clean_role(role: str) -> str:
    """A role from the list (matched case-insensitively) or a custom one, trimmed and bounded."""
    role = name_text(str(role))
    problem = role_problem(role)
    if problem:
        raise ValidationFailed(problem)
    for standard in STANDARD_ROLES:
        if standard.lower() == role.lower():
            return standard
    return role


def clean_name(name: str | None) -> str:
    name = name_text(str(name or ""))
    if len(name) > NAME_LIMIT:
        raise ValidationFailed(_("name is {length} characters long; the limit is {limit}").format(
            length=len(name), limit=NAME_LIMIT))
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


# -- the order the room rates in ------------------------------------------------------------------------------
# Whoever speaks first anchors the others; when that is the most senior person the room rates the boss's number.
# The default is therefore a shuffle (stable per question, so coming back to a question keeps its order).
SHUFFLED, SEAT_ORDER, REVERSE_SEATS = "shuffled", "seat", "reverse"
RATING_ORDERS = {
    SHUFFLED: N_("Shuffled for each question"),
    SEAT_ORDER: N_("Seat order (1, 2, 3…)"),
    REVERSE_SEATS: N_("Reverse seat order (last seat first)"),
}
DEFAULT_RATING_ORDER = SHUFFLED


def rating_order(participants: Sequence[Participant], order: str, *, seed: str = "") -> list[Participant]:
    """The participants in the order they rate one question. *seed* (workshop and question) keeps a shuffle
    the same each time the question comes back, and different from one question to the next."""
    by_seat = sorted(participants, key=lambda p: p.number)
    if order == SEAT_ORDER:
        return by_seat
    if order == REVERSE_SEATS:
        return by_seat[::-1]
    if order != SHUFFLED:
        raise ValidationFailed(f"rating order {order!r} is not one of: {', '.join(RATING_ORDERS)}")
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    shuffled = list(by_seat)
    random.Random(int.from_bytes(digest[:8], "big")).shuffle(shuffled)
    return shuffled
