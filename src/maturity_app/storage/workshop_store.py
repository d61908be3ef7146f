"""Workshop participants and their ratings in SQLite: each change in its own transaction, with history."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..domain.assessment import Rating, parse_rating
from ..domain.errors import ValidationFailed
from ..domain.friction import AXES, WorkshopSummary, axis_spread, build_workshop_summary, check_agreeable
from ..domain.workshop import Participant, ParticipantRating, clean_name, clean_role
from .answer_rows import level_from_db, level_to_db
from .store import AssessmentStore, NotFound, assessment_filter, utc_now
from .transaction import write_transaction

if TYPE_CHECKING:  # annotations only
    from .connection import Database


def _participant_from_row(row: dict) -> Participant:
    return Participant(
        id=row["id"],
        assessment_id=row["assessment_id"],
        number=row["number"],
        role=row["role"],
        name=row["name"],
        created_at=row["created_at"],
        removed_at=row["removed_at"],
    )


def _rating_from_row(row: dict) -> ParticipantRating:
    return ParticipantRating(
        participant_id=row["participant_id"],
        question_id=row["question_id"],
        capability=level_from_db(row["capability"]),
        compliance=level_from_db(row["compliance"]),
        updated_at=row["updated_at"],
    )


class WorkshopStore:
    """Named operations on a workshop's participants and ratings; agreed levels are answers (app.workshop.agree)."""

    def __init__(self, assessments: AssessmentStore):
        self.assessments = assessments
        self.db: Database = assessments.db

    # -- participants ------------------------------------------------------------------------------
    def _require_workshop(self, assessment_id: int) -> None:
        info = self.assessments.info(assessment_id)
        if info.mode != "workshop":
            raise ValidationFailed(
                f"assessment {assessment_id} ({info.organisation}) is a self-assessment; participants and their "
                "ratings belong to workshop assessments (create one with mode 'workshop')"
            )

    def add_participant(self, assessment_id: int, role: str, name: str = "") -> Participant:
        role, name = clean_role(role), clean_name(name)
        self._require_workshop(assessment_id)
        now = utc_now()
        with write_transaction(self.db):
            (highest,) = self.db.execute(
                "SELECT coalesce(max(number), 0) FROM participants WHERE assessment_id = ?", [assessment_id]
            ).fetchone()
            table = self.db.table("participants")
            table.insert(
                {
                    "assessment_id": assessment_id,
                    "number": highest + 1,
                    "role": role,
                    "name": name,
                    "created_at": now,
                    "removed_at": None,
                }
            )
            new_id = table.last_pk
            self.db.table("assessments").update(assessment_id, {"updated_at": now})
        return self.participant(new_id)

    def participant(self, participant_id: int) -> Participant:
        rows = list(self.db.table("participants").rows_where("id = ?", [participant_id]))
        if not rows:
            raise NotFound(f"there is no participant with id {participant_id}")
        return _participant_from_row(rows[0])

    def participants(self, assessment_id: int, *, include_removed: bool = False) -> list[Participant]:
        where = "assessment_id = ?" + ("" if include_removed else " AND removed_at IS NULL")
        return [
            _participant_from_row(r)
            for r in self.db.table("participants").rows_where(where, [assessment_id], order_by="number")
        ]

    def find_participant(self, assessment_id: int, reference: str) -> Participant:
        """A participant by seat number, or by name or role when that names exactly one active participant."""
        reference = str(reference).strip()
        everyone = self.participants(assessment_id, include_removed=True)
        if reference.isdigit():
            for p in everyone:
                if p.number == int(reference):
                    return p
            raise NotFound(f"assessment {assessment_id} has no participant number {reference}")
        wanted = reference.casefold()
        active = [p for p in everyone if p.active]
        for attribute in ("name", "role"):
            matches = [p for p in active if getattr(p, attribute).casefold() == wanted]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                numbers = ", ".join(str(p.number) for p in matches)
                raise ValidationFailed(f"{reference!r} matches participants {numbers}; use the number instead")
        raise NotFound(f"assessment {assessment_id} has no participant called {reference!r}")

    def rename_participant(self, participant_id: int, name: str) -> Participant:
        return self._update_participant(participant_id, {"name": clean_name(name)})

    def change_role(self, participant_id: int, role: str) -> Participant:
        return self._update_participant(participant_id, {"role": clean_role(role)})

    def _update_participant(self, participant_id: int, changes: dict) -> Participant:
        current = self.participant(participant_id)
        if not current.active:
            raise ValidationFailed(f"participant {current.number} was removed from the workshop")
        with write_transaction(self.db):
            self.db.table("participants").update(participant_id, changes)
            self.db.table("assessments").update(current.assessment_id, {"updated_at": utc_now()})
        return self.participant(participant_id)

    def remove_participant(self, participant_id: int) -> Participant:
        """Soft delete: the ratings stay in history but no longer count in spreads or the map."""
        current = self.participant(participant_id)
        if not current.active:
            return current
        now = utc_now()
        with write_transaction(self.db):
            self.db.table("participants").update(participant_id, {"removed_at": now})
            self.db.table("assessments").update(current.assessment_id, {"updated_at": now})
        return self.participant(participant_id)

    def restore_participant(self, participant_id: int) -> Participant:
        """Bring a removed participant back (undoing a removal); their ratings count again."""
        current = self.participant(participant_id)
        if current.active:
            return current
        with write_transaction(self.db):
            self.db.table("participants").update(participant_id, {"removed_at": None})
            self.db.table("assessments").update(current.assessment_id, {"updated_at": utc_now()})
        return self.participant(participant_id)

    # -- ratings -----------------------------------------------------------------------------------
    def save_rating(self, assessment_id: int, rating: ParticipantRating) -> ParticipantRating:
        """Write one participant's rating and its history entry atomically; returns it as stored."""
        rating.validated()
        participant = self.participant(rating.participant_id)
        if participant.assessment_id != assessment_id:
            raise ValidationFailed(f"participant {rating.participant_id} is not part of assessment {assessment_id}")
        if not participant.active:
            raise ValidationFailed(
                f"participant {participant.number} ({participant.role}) was removed; their ratings are history"
            )
        if rating.question_id not in self.assessments._question_ids(assessment_id):
            raise ValidationFailed(f"question {rating.question_id!r} is not part of assessment {assessment_id}")
        now = utc_now()
        row = {
            "assessment_id": assessment_id,
            "participant_id": rating.participant_id,
            "question_id": rating.question_id,
            "capability": level_to_db(rating.capability),
            "compliance": level_to_db(rating.compliance),
            "updated_at": now,
        }
        with write_transaction(self.db):
            self.db.table("participant_ratings").upsert(row, pk=("participant_id", "question_id"))
            self.db.table("rating_history").insert(
                {
                    "assessment_id": assessment_id,
                    "participant_id": rating.participant_id,
                    "question_id": rating.question_id,
                    "changed_at": now,
                    "rating": json.dumps(
                        {"capability": rating.capability, "compliance": rating.compliance}, sort_keys=True
                    ),
                }
            )
            self.db.table("assessments").update(assessment_id, {"updated_at": now})
        return _rating_from_row(row)

    def rate(self, assessment_id: int, participant_id: int, question_id: str, **levels: Rating | str) -> ParticipantRating:
        """Change one or both axes of a participant's rating, keeping the other as it was."""
        current = self.rating(participant_id, question_id)
        changes = {}
        for axis, value in levels.items():
            if axis not in ("capability", "compliance"):
                raise TypeError(axis)
            changes[axis] = parse_rating(value) if isinstance(value, str) else value
        return self.save_rating(
            assessment_id,
            ParticipantRating(
                participant_id=participant_id,
                question_id=question_id,
                capability=changes.get("capability", current.capability),
                compliance=changes.get("compliance", current.compliance),
            ),
        )

    def rating(self, participant_id: int, question_id: str) -> ParticipantRating:
        rows = list(
            self.db.table("participant_ratings").rows_where(
                "participant_id = ? AND question_id = ?", [participant_id, question_id]
            )
        )
        return _rating_from_row(rows[0]) if rows else ParticipantRating(participant_id, question_id)

    def ratings(self, assessment_id: int, question_id: str | None = None) -> list[ParticipantRating]:
        """Every stored rating, removed participants' included (the summary decides what counts)."""
        where, params = assessment_filter(assessment_id, question_id)
        return [
            _rating_from_row(r)
            for r in self.db.table("participant_ratings").rows_where(where, params, order_by="participant_id")
        ]

    def rating_history(self, assessment_id: int, question_id: str | None = None) -> list[dict]:
        where, params = assessment_filter(assessment_id, question_id)
        return [
            {**row, "rating": json.loads(row["rating"])}
            for row in self.db.table("rating_history").rows_where(where, params, order_by="id")
        ]

    # -- reveal --------------------------------------------------------------------------------------
    def revealed(self, assessment_id: int) -> frozenset[tuple[str, str]]:
        """(question id, axis) pairs the facilitator has revealed to the room."""
        rows = self.db.execute(
            "SELECT question_id, axis FROM workshop_reveals WHERE assessment_id = ?", [assessment_id]
        ).fetchall()
        return frozenset((qid, axis) for qid, axis in rows)

    def set_revealed(self, assessment_id: int, question_id: str, axis: str, revealed: bool) -> None:
        if axis not in AXES:
            raise ValueError(axis)
        with self.db.atomic():
            if revealed:
                self.db.execute(
                    "INSERT OR IGNORE INTO workshop_reveals (assessment_id, question_id, axis, revealed_at) "
                    "VALUES (?, ?, ?, ?)", [assessment_id, question_id, axis, utc_now()])
            else:
                self.db.execute(
                    "DELETE FROM workshop_reveals WHERE assessment_id = ? AND question_id = ? AND axis = ?",
                    [assessment_id, question_id, axis])

    # -- agreement rule and summary ----------------------------------------------------------------
    def check_agreeable(self, assessment_id: int, question_id: str, axis: str) -> None:
        """The domain's rule (someone in the room rated that side), on the active participants' stored ratings."""
        active = {p.id for p in self.participants(assessment_id)}
        spread = axis_spread(axis, {r.participant_id: r.level(axis) for r in self.ratings(assessment_id, question_id)
                                    if r.participant_id in active})
        check_agreeable(question_id, spread)

    def summary(self, assessment_id: int, *, only_revealed: bool = False, pack=None) -> WorkshopSummary:
        """The workshop's friction; *only_revealed* for a live screen (see build_workshop_summary); *pack* is the
        assessment's pack as the caller shows it (in the report's language), by default its snapshot."""
        assessment = self.assessments.load(assessment_id)
        return build_workshop_summary(
            pack or assessment.pack,
            assessment.info.organisation,
            self.participants(assessment_id, include_removed=True),
            self.ratings(assessment_id),
            assessment.answers,
            revealed=self.revealed(assessment_id) if only_revealed else None,
        )
