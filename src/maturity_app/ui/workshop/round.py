"""The rating round controller: who is rating, which question, hidden or revealed, and the keyboard map."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from ...domain import formatting
from ...domain.assessment import NA, Answer, Rating
from ...domain.errors import MaturityError, ValidationFailed
from ...domain.friction import AxisSpread, WorkshopSummary, axis_spread, check_agreeable
from ...domain.workshop import DEFAULT_RATING_ORDER, Participant, ParticipantRating, rating_order
from ..session import AssessmentSession

KEY_HELP = (
    (QT_TRANSLATE_NOOP("KeyHelp", "↑ ↓  or  Alt+number"), QT_TRANSLATE_NOOP("KeyHelp", "pick participant")),
    (QT_TRANSLATE_NOOP("KeyHelp", "0–4  N"), QT_TRANSLATE_NOOP("KeyHelp", "rate (N: not applicable)")),
    (QT_TRANSLATE_NOOP("KeyHelp", "Del"), QT_TRANSLATE_NOOP("KeyHelp", "clear rating")),
    (QT_TRANSLATE_NOOP("KeyHelp", "C"), QT_TRANSLATE_NOOP("KeyHelp", "capability / compliance")),
    (QT_TRANSLATE_NOOP("KeyHelp", "R  Space"), QT_TRANSLATE_NOOP("KeyHelp", "reveal / hide")),
    (QT_TRANSLATE_NOOP("KeyHelp", "← →"), QT_TRANSLATE_NOOP("KeyHelp", "adjust agreed level")),
    (QT_TRANSLATE_NOOP("KeyHelp", "Enter"), QT_TRANSLATE_NOOP("KeyHelp", "reveal, then agree (twice to replace)")),
    (QT_TRANSLATE_NOOP("KeyHelp", "Ctrl+Z  Ctrl+Shift+Z"), QT_TRANSLATE_NOOP("KeyHelp", "undo / redo")),
    (QT_TRANSLATE_NOOP("KeyHelp", "PgUp PgDn"), QT_TRANSLATE_NOOP("KeyHelp", "previous / next question")),
)

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_LEVEL_STEPS: list[Rating] = [NA, 0, 1, 2, 3, 4]
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr)


class RatingRound(QObject):
    """State of one facilitated rating round; views only draw it and forward keys to handle_key().

    It reads the open assessment's one model through the session (answers, participants) and writes through
    it too (each rating and agreement an undo step): whatever changes the assessment, in any window, reaches
    every view of the round.
    """

    changed = Signal()  # anything the views show may have changed
    questionChanged = Signal(str)
    agreed = Signal(str, str)  # question id, axis: the assessment's answer was written
    failed = Signal(str)  # a message the facilitator must see

    def __init__(self, session: AssessmentSession, *, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.model = session.model
        self.pack = self.model.pack
        self.is_workshop = self.model.is_workshop
        self.entries = [(domain, question) for domain in self.pack.domains for question in domain.questions]
        self.index = 0
        self.axis = "capability"
        self.order = DEFAULT_RATING_ORDER
        self._pending: tuple[str, str, Rating] | None = None  # (question, axis, level) waiting for a second Enter
        self._ordered: tuple[tuple, list[Participant]] = ((), [])
        self.selected_row = 0
        self._proposal: dict[str, Rating] = {}
        self._ratings: dict[int, ParticipantRating] = {}
        session.changed.connect(self._model_changed)
        self.reload()

    # -- reading -----------------------------------------------------------------------------------
    @property
    def participants(self) -> list[Participant]:
        """The room in the order it rates this question (domain.workshop.rating_order; never seniority first)."""
        key = (tuple(p for p in self.model.participants), self.order, self.question_id)
        if self._ordered[0] != key:
            seed = f"{self.model.info.uid}:{self.question_id}"
            self._ordered = (key, rating_order(self.model.participants, self.order, seed=seed))
        return self._ordered[1]

    @property
    def revealed(self) -> bool:
        """Whether the current side of the current question has been revealed to the room."""
        return self.is_revealed(self.axis)

    def is_revealed(self, axis: str) -> bool:
        return self.model.is_revealed(self.question_id, axis)

    @property
    def pending_level(self) -> Rating:
        """The level a second Enter would put in place of the agreed one, if the facilitator was asked."""
        if self._pending and self._pending[:2] == (self.question_id, self.axis):
            return self._pending[2]
        return None

    @property
    def domain(self):
        return self.entries[self.index][0]

    @property
    def question(self):
        return self.entries[self.index][1]

    @property
    def question_id(self) -> str:
        return self.question.id

    @property
    def selected(self) -> Participant | None:
        return self.participants[self.selected_row] if self.participants else None

    def rating_of(self, participant: Participant) -> ParticipantRating:
        return self._ratings.get(participant.id) or ParticipantRating(participant.id, self.question_id)

    def spread(self, axis: str | None = None) -> AxisSpread:
        axis = axis or self.axis
        return axis_spread(axis, {p.id: self.rating_of(p).level(axis) for p in self.participants})

    def answer(self) -> Answer:
        return self.model.answer(self.question_id)

    def agreed_level(self, axis: str | None = None) -> Rating:
        return getattr(self.answer(), axis or self.axis)

    def room_agreed(self, axis: str | None = None) -> Rating:
        """The level this room agreed on; a level pre-filled from last cycle (still to confirm) is not one."""
        if self.model.flags_of(self.question_id).to_confirm:
            return None
        return self.agreed_level(axis)

    def proposal(self, axis: str | None = None) -> Rating:
        """The level Enter would agree on: the facilitator's adjustment, else the level the room already agreed
        (it stays what it is unless someone changes it on purpose), else the room's median."""
        axis = axis or self.axis
        if axis in self._proposal:
            return self._proposal[axis]
        agreed = self.room_agreed(axis)
        return agreed if agreed is not None else self.spread(axis).default_agreed

    def rated_count(self, axis: str | None = None) -> int:
        return self.spread(axis).rated

    def summary(self) -> WorkshopSummary:
        """What a live screen may show: only the sides the facilitator revealed count."""
        return self.model.workshop_summary(only_revealed=True)

    def domain_position(self) -> tuple[int, int]:
        """1-based position of the current question within its domain, and the domain's size."""
        questions = self.domain.questions
        return [q.id for q in questions].index(self.question_id) + 1, len(questions)

    # -- changing ----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read this question's ratings; participants and answers are the model's own, always current."""
        self._ratings = {r.participant_id: r for r in self.model.ratings(self.question_id)} if self.is_workshop else {}
        self.selected_row = min(self.selected_row, max(len(self.participants) - 1, 0))
        self.changed.emit()

    def _model_changed(self, changes, origin: str) -> None:
        if origin in ("undo", "redo") and len(changes.ratings) == 1 and self.question_id not in changes.ratings:
            self.go_to_question(next(iter(changes.ratings)))  # show the rating that was undone
            return
        self.reload()

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.entries) - 1))
        if index == self.index:
            return
        self.index = index
        self._proposal.clear()
        self._pending = None
        self.axis = "capability"
        self.selected_row = 0
        self.reload()
        self.questionChanged.emit(self.question_id)

    def go_to_question(self, question_id: str) -> None:
        for i, (_, question) in enumerate(self.entries):
            if question.id == question_id:
                self.go_to(i)
                return
        raise KeyError(question_id)

    def set_order(self, order: str) -> None:
        """Who rates first: see domain.workshop.RATING_ORDERS (a shuffle by default, never seniority)."""
        rating_order([], order)  # refuses an unknown order before anything changes
        self.order = order
        self.selected_row = 0
        self.reload()

    def step(self, delta: int) -> None:
        self.go_to(self.index + delta)

    def select_row(self, row: int) -> None:
        if self.participants:
            self.selected_row = max(0, min(row, len(self.participants) - 1))
            self.changed.emit()

    def select_number(self, number: int) -> bool:
        for row, p in enumerate(self.participants):
            if p.number == number:
                self.select_row(row)
                return True
        self.failed.emit(self.tr("There is no participant number {number} in the room.").format(number=number))
        return False

    def rate(self, level: Rating) -> None:
        """Record the selected participant's level on the current axis, then move to the next participant."""
        participant = self.selected
        if participant is None:
            self.failed.emit(self.tr("Add the participants first: each rating belongs to someone in the room."))
            return
        row = self.selected_row
        label = (self.tr("{participant}: capability {level}") if self.axis == "capability"
                 else self.tr("{participant}: compliance {level}")).format(participant=participant.label(),
                                                                        level=level_text(level))
        if not self._write(lambda: self.session.rate(participant.id, self.question_id, label, **{self.axis: level})):
            return
        if level is not None and row < len(self.participants) - 1:
            self.selected_row = row + 1
            self.changed.emit()

    def toggle_axis(self) -> None:
        self.axis = "compliance" if self.axis == "capability" else "capability"
        self.changed.emit()

    def set_revealed(self, revealed: bool) -> None:
        """Reveal (or hide again) the current side only: revealing compliance shows nothing of capability."""
        if not self.is_workshop:
            return
        self._pending = None
        self._write(lambda: self.session.set_revealed(self.question_id, self.axis, revealed))
        self.changed.emit()

    def adjust_proposal(self, step: int) -> None:
        current = self.proposal()
        if current is None:
            current = 2
        position = _LEVEL_STEPS.index(current) + step
        self._proposal[self.axis] = _LEVEL_STEPS[max(0, min(position, len(_LEVEL_STEPS) - 1))]
        self._pending = None
        self.changed.emit()

    def agree(self) -> bool:
        """Agree on the proposal. An agreed level is never replaced silently: the first Enter asks, the second
        replaces (and Ctrl+Z takes it back)."""
        axis, question_id = self.axis, self.question_id
        try:
            check_agreeable(question_id, self.spread(axis))
        except ValidationFailed as exc:
            self.failed.emit(self.tr("Not agreed: {error}.").format(error=exc))
            return False
        level = self.proposal()
        agreed = self.room_agreed(axis)
        if agreed is not None and level == agreed:
            self._pending = None
            self._proposal.pop(axis, None)
            self.failed.emit(self.tr("Already agreed on {level}: ← → pick another level to change it.").format(
                level=level_text(agreed)))
            return False
        if agreed is not None and self._pending != (question_id, axis, level):
            self._pending = (question_id, axis, level)
            self.failed.emit(self.tr("The room agreed on {agreed} already. Press Enter again to replace it with {level}; "
                                     "any other key keeps {agreed}.").format(agreed=level_text(agreed),
                                                                             level=level_text(level)))
            self.changed.emit()
            return False
        self._pending = None
        if not self._write(lambda: self.session.agree(question_id, **{axis: level})):
            return False
        self._proposal.pop(axis, None)
        self.changed.emit()
        self.agreed.emit(question_id, axis)
        return True

    def undo(self) -> None:
        """The assessment's own undo (the presentation window is its own window: the Edit menu keys miss it)."""
        self._pending = None
        self._proposal.clear()
        self.session.undo_stack.undo()

    def redo(self) -> None:
        self._pending = None
        self._proposal.clear()
        self.session.undo_stack.redo()

    def _write(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except MaturityError as exc:
            self.failed.emit(self.tr("Not saved: {error}").format(error=exc))
            return False
        return True

    # -- keyboard ----------------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """Apply the facilitator's key; True when it was one of ours (see KEY_HELP)."""
        key, mods = event.key(), event.modifiers()
        if self._pending is not None and key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, *_MODIFIER_KEYS):
            self._pending = None  # any other key keeps the agreed level
            self.changed.emit()
        # Alt+number picks a seat: plain digits are ratings and Ctrl+number stays the app's page keys (Go menu).
        alt_only = (mods & ~Qt.KeyboardModifier.KeypadModifier) == Qt.KeyboardModifier.AltModifier
        if alt_only and key in _DIGITS and _DIGITS[key] > 0 and self.is_workshop:
            self.select_number(_DIGITS[key])
            return True
        if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        if key == Qt.Key.Key_PageDown:
            self.step(1)
        elif key == Qt.Key.Key_PageUp:
            self.step(-1)
        elif not self.is_workshop:
            return False
        elif key == Qt.Key.Key_Up:
            self.select_row(self.selected_row - 1)
        elif key == Qt.Key.Key_Down:
            self.select_row(self.selected_row + 1)
        elif key in _DIGITS and _DIGITS[key] <= 4:
            self.rate(_DIGITS[key])
        elif key == Qt.Key.Key_N:
            self.rate(NA)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.rate(None)
        elif key == Qt.Key.Key_C:
            self.toggle_axis()
        elif key in (Qt.Key.Key_R, Qt.Key.Key_Space):
            self.set_revealed(not self.revealed)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.revealed:
            self.adjust_proposal(1 if key == Qt.Key.Key_Right else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.revealed:
                self.agree()
            else:
                self.set_revealed(True)
        else:
            return False
        return True


level_text = formatting.level
