"""The assessment and its answers as plain values, independent of how they are stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from .assessment_info import AssessmentInfo  # noqa: F401  (part of the model, kept light for the start page)
from .errors import ValidationFailed
from .i18n import N_, _
from .levels import NA, Rating  # noqa: F401
from .text_input import control_character, typed

if TYPE_CHECKING:  # pydantic stays off the start path
    from .schema import Pack

MODES = ("self", "workshop")

# Limits on what people type: generous for real use, small enough that a pasted novel cannot bloat a report.
TEXT_LIMITS = {
    "organisation": 200,
    "scope": 2000,
    "assessor": 200,
    "owner": 200,
    "evidence_note": 20_000,
    "action": 5000,
    "action_owner": 200,
    "decision": 5000,
}
FIELD_NAMES = {  # how an error names the field
    "organisation": N_("organisation"), "scope": N_("scope"), "assessor": N_("assessor"), "owner": N_("owner"),
    "evidence_note": N_("evidence note"), "action": N_("action"), "action_owner": N_("action owner"),
    "decision": N_("decision"),
}


def check_text(field_name: str, value: str) -> str:
    from .formatting import whole  # formatting imports this module

    limit = TEXT_LIMITS[field_name]
    bad = control_character(field_name, value)
    if bad:
        raise ValidationFailed(_("{field} holds an invisible control character ({code}) at position {position}; "
                                 "retype or remove it").format(field=_(FIELD_NAMES.get(field_name, field_name)),
                                                               code=bad[1], position=bad[0]))
    if len(value) > limit:
        raise ValidationFailed(
            _("{field} is {length} characters long; the limit is {limit}").format(
                field=_(FIELD_NAMES.get(field_name, field_name)), length=whole(len(value)), limit=whole(limit))
        )
    return value


def parse_rating(text: str | int | None) -> Rating:
    """Accept 0-4, 'na'/'n/a' or empty; anything else is a clear error."""
    if text is None or text == "":
        return None
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    else:
        lowered = str(text).strip().lower()
        if lowered in ("na", "n/a", "n.a."):
            return NA
        try:
            value = int(lowered)
        except ValueError:
            raise ValidationFailed(_("level {text} is not 0-4 or 'na'").format(text=repr(text))) from None
    if not 0 <= value <= 4:
        raise ValidationFailed(_("level {value} is outside the 0-4 scale").format(value=value))
    return value


def check_proof_date(day: dt.date | None, today: dt.date | None = None) -> None:
    """A proof date records when a capability was last shown to work: it cannot lie in the future."""
    from .formatting import numeric_day

    today = today or dt.date.today()
    if day is not None and day > today:
        raise ValidationFailed(
            _("proof date {day} is in the future; enter the day the capability was last shown to work (today, "
              "{today}, at the latest)").format(day=numeric_day(day), today=numeric_day(today))
        )


@dataclass(frozen=True)
class Answer:
    question_id: str
    compliance: Rating = None
    capability: Rating = None
    proven_on: dt.date | None = None
    owner: str = ""
    evidence_note: str = ""
    action: str = ""
    action_owner: str = ""
    action_due: dt.date | None = None
    escalate: bool = False
    decision: str = ""  # the decision the board is asked to take when escalated
    updated_at: str = ""

    def validated(self, today: dt.date | None = None) -> Answer:
        check_proof_date(self.proven_on, today)
        for name in ("owner", "evidence_note", "action", "action_owner", "decision"):
            check_text(name, getattr(self, name))
        for name in ("compliance", "capability"):
            value = getattr(self, name)
            if value is not None and value != NA:
                parse_rating(value)
        return self

    def with_changes(self, **changes) -> Answer:
        """A copy with *changes* as typed: text is cleaned of control characters (see text_input), then checked."""
        for name, value in changes.items():
            if name in TEXT_LIMITS and isinstance(value, str):
                changes[name] = typed(name, value)
        return replace(self, **changes).validated()

    @property
    def is_answered(self) -> bool:
        return self.compliance is not None and self.capability is not None


@dataclass
class Assessment:
    """An assessment with the pack snapshot it was made against and every answer."""

    info: AssessmentInfo
    pack: Pack
    answers: dict[str, Answer] = field(default_factory=dict)
    # Evidence files and second-person verifications by question id (domain.evidence); empty when none.
    evidence: dict[str, tuple] = field(default_factory=dict)
    verifications: dict[str, object] = field(default_factory=dict)
    # The board's targets, accepted risks and action states (domain.plan); empty when none.
    targets: list = field(default_factory=list)
    acceptances: dict[str, object] = field(default_factory=dict)
    actions: dict[str, object] = field(default_factory=dict)

    def answer(self, question_id: str) -> Answer:
        return self.answers.get(question_id) or Answer(question_id)
