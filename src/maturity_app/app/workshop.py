"""Use cases of a facilitated workshop: the room (participants), their ratings and the level the room agreed."""

from __future__ import annotations

from ..domain.i18n import _
from ..domain.assessment import Answer, Rating, parse_rating
from ..domain.errors import ValidationFailed
from ..domain.workshop import Participant, ParticipantRating
from .answers import AXES, change_answer
from .changes import Changes, Done
from .workspace import Workspace


def _levels(levels: dict[str, Rating | str]) -> dict[str, Rating | str]:
    unknown = set(levels) - set(AXES)
    if unknown:
        raise TypeError(", ".join(sorted(unknown)))
    return levels


def add_participant(ws: Workspace, assessment_id: int, role: str, name: str = "") -> Done[Participant]:
    with ws.transaction():
        participant = ws.workshop.add_participant(assessment_id, role, name)
    return Done(participant, Changes(assessment_id, participants=True))


def _participant_of(ws: Workspace, assessment_id: int, participant_id: int) -> Participant:
    participant = ws.workshop.participant(participant_id)
    if participant.assessment_id != assessment_id:
        raise ValidationFailed(_("participant {participant} is not part of assessment {id}").format(
            participant=participant_id, id=assessment_id))
    return participant


def remove_participant(ws: Workspace, assessment_id: int, participant_id: int) -> Done[Participant]:
    """Soft delete: their ratings stay in history but no longer count."""
    with ws.transaction():
        _participant_of(ws, assessment_id, participant_id)
        participant = ws.workshop.remove_participant(participant_id)
    return Done(participant, Changes(assessment_id, participants=True))


def restore_participant(ws: Workspace, assessment_id: int, participant_id: int) -> Done[Participant]:
    with ws.transaction():
        _participant_of(ws, assessment_id, participant_id)
        participant = ws.workshop.restore_participant(participant_id)
    return Done(participant, Changes(assessment_id, participants=True))


def rename_participant(ws: Workspace, assessment_id: int, participant_id: int, name: str) -> Done[Participant]:
    with ws.transaction():
        _participant_of(ws, assessment_id, participant_id)
        participant = ws.workshop.rename_participant(participant_id, name)
    return Done(participant, Changes(assessment_id, participants=True))


def rate(ws: Workspace, assessment_id: int, participant_id: int, question_id: str,
         **levels: Rating | str) -> Done[ParticipantRating]:
    """Change one or both axes of a participant's rating of one question."""
    with ws.transaction():
        rating = ws.workshop.rate(assessment_id, participant_id, question_id, **_levels(levels))
    return Done(rating, Changes(assessment_id, ratings=frozenset({question_id})))


def save_rating(ws: Workspace, assessment_id: int, rating: ParticipantRating) -> Done[ParticipantRating]:
    """Put a whole rating back as it was (undo and redo of a rating)."""
    with ws.transaction():
        stored = ws.workshop.save_rating(assessment_id, rating)
    return Done(stored, Changes(assessment_id, ratings=frozenset({rating.question_id})))


def set_revealed(ws: Workspace, assessment_id: int, question_id: str, axis: str, revealed: bool) -> Done[bool]:
    """Reveal one side of one question to the room (or hide it again): until then no screen shows its levels."""
    _levels({axis: None})
    with ws.transaction():
        ws.workshop.set_revealed(assessment_id, question_id, axis, revealed)
    return Done(revealed, Changes(assessment_id, reveals=frozenset({question_id})))


def agree(ws: Workspace, assessment_id: int, question_id: str, **levels: Rating | str) -> Done[Answer]:
    """Record the level the room agreed on as the assessment's answer, so scores and the report use it.

    The same rule for the app and the CLI: only a side someone in the room rated can be agreed, and agreeing
    reveals that side (it is done in the open)."""
    if not levels:
        raise ValidationFailed(_("say which level the room agreed on (capability and/or compliance)"))
    levels = {axis: parse_rating(v) if isinstance(v, str) else v for axis, v in _levels(levels).items()}
    with ws.transaction():
        for axis in levels:
            ws.workshop.check_agreeable(assessment_id, question_id, axis)
        done = change_answer(ws, assessment_id, question_id, **levels)
        for axis in levels:
            ws.workshop.set_revealed(assessment_id, question_id, axis, True)
    return Done(done.value, done.changes | Changes(assessment_id, reveals=frozenset({question_id})))
