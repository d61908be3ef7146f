"""Plan a re-assessment: what carries over from last cycle's answers, and how the pack changed in between."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from collections.abc import Mapping

from .i18n import _, ngettext
from .assessment import Answer, Assessment
from .escalation import BoardDecision, is_open

if TYPE_CHECKING:  # annotations only: pydantic stays off the desktop's start path
    from .schema import Pack

# What a re-assessment keeps from the previous cycle: who owns it, what was to be done, what the evidence was.
# Levels and proof dates are a fresh judgement unless the user asks for them pre-filled (then "to confirm").
CARRIED_FIELDS = ("owner", "evidence_note", "action", "action_owner", "action_due")
PREFILLED_FIELDS = ("compliance", "capability", "proven_on")
# An escalation the board has not decided on stays before the board: it carries over with the decision asked.
ESCALATION_FIELDS = ("escalate", "decision")


@dataclass(frozen=True)
class QuestionRef:
    """A question named in a pack-change listing, with what the previous cycle had recorded on it."""

    id: str
    title: str
    domain: str
    note: str = ""

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "domain": self.domain, "note": self.note}


@dataclass(frozen=True)
class PackChange:
    pack_id: str
    from_version: str
    to_version: str
    vanished: tuple[QuestionRef, ...] = ()  # in the previous pack, gone from the current one
    appeared: tuple[QuestionRef, ...] = ()  # new in the current pack: nothing to carry over
    reworded: tuple[QuestionRef, ...] = ()  # same id, different question text: carried, but worth a look
    # Same id and question text, but what a level means, the proof window or the weight changed: last cycle's
    # levels may not mean the same any more. The note says what changed.
    revised: tuple[QuestionRef, ...] = ()
    scales: tuple[str, ...] = ()  # "the compliance scale's level 3 description" and the like

    @property
    def version_changed(self) -> bool:
        return self.from_version != self.to_version

    @property
    def is_empty(self) -> bool:
        return not (self.vanished or self.appeared or self.reworded or self.revised or self.scales)

    def lines(self) -> list[str]:
        """Human-readable notes, one per question that did not map one-to-one."""
        out = []
        if self.version_changed:
            out.append(_("pack {pack} moved from version {old} to {new}").format(
                pack=self.pack_id, old=self.from_version, new=self.to_version))
        for ref in self.vanished:
            extra = f" — {ref.note}" if ref.note else ""
            out.append(_("removed from the pack: {id} “{title}” ({domain})").format(
                id=ref.id, title=ref.title, domain=ref.domain) + extra)
        for ref in self.appeared:
            out.append(_("new in the pack: {id} “{title}” ({domain})").format(id=ref.id, title=ref.title,
                                                                               domain=ref.domain))
        for ref in self.reworded:
            extra = " — " + _("also {note}").format(note=ref.note) if ref.note else ""
            out.append(_("reworded since last time: {id} “{title}” ({domain})").format(
                id=ref.id, title=ref.title, domain=ref.domain) + extra)
        for ref in self.revised:
            out.append(_("levels re-defined since last time: {id} “{title}” ({domain}) — {note}").format(
                id=ref.id, title=ref.title, domain=ref.domain, note=ref.note))
        out.extend(_("changed since last time: {what}").format(what=what) for what in self.scales)
        return out

    def to_dict(self) -> dict:
        return {
            "pack_id": self.pack_id,
            "from_version": self.from_version,
            "to_version": self.to_version,
            "vanished": [r.to_dict() for r in self.vanished],
            "appeared": [r.to_dict() for r in self.appeared],
            "reworded": [r.to_dict() for r in self.reworded],
            "revised": [r.to_dict() for r in self.revised],
            "scales": list(self.scales),
        }

    @classmethod
    def from_dict(cls, data: dict) -> PackChange:
        refs = lambda key: tuple(QuestionRef(**r) for r in data.get(key, []))  # noqa: E731
        return cls(
            pack_id=data.get("pack_id", ""),
            from_version=data.get("from_version", ""),
            to_version=data.get("to_version", ""),
            vanished=refs("vanished"),
            appeared=refs("appeared"),
            reworded=refs("reworded"),
            revised=refs("revised"),
            scales=tuple(data.get("scales", [])),
        )


@dataclass(frozen=True)
class CarriedAnswer:
    answer: Answer
    carried_over: bool  # owner, action, evidence note or an open escalation came from the previous cycle
    to_confirm: bool  # levels were pre-filled from the previous cycle and not yet confirmed


@dataclass(frozen=True)
class ReassessPlan:
    pack: Pack
    prefill: bool
    answers: list[CarriedAnswer] = field(default_factory=list)
    pack_change: PackChange | None = None

    @property
    def carried_count(self) -> int:
        return sum(1 for a in self.answers if a.carried_over)

    @property
    def to_confirm_count(self) -> int:
        return sum(1 for a in self.answers if a.to_confirm)


def _what_was_recorded(answer: Answer | None) -> str:
    if answer is None:
        return ""
    parts = []
    if answer.escalate:
        parts.append(_("was escalated to the board"))
    if answer.is_answered:
        parts.append(_("was rated {compliance}/{capability}").format(compliance=answer.compliance,
                                                                     capability=answer.capability))
    if answer.owner:
        parts.append(_("owner {name}").format(name=answer.owner))
    if answer.action:
        parts.append(_("open action: {action}").format(action=answer.action))
    return "; ".join(parts)


def _reworded(old: Pack, new: Pack, qid: str) -> bool:
    a, b = old.question(qid), new.question(qid)
    return (a.title, a.compliance, a.capability) != (b.title, b.compliance, b.capability)


def _levels(numbers: list[int]) -> str:
    return ngettext("level {levels}", "levels {levels}", len(numbers)).format(
        levels=", ".join(str(n) for n in numbers))


def _revisions(old: Pack, new: Pack, qid: str) -> list[str]:
    """What changed in how a question is scored: anchors (as each pack shows them), proof window, weight."""
    a, b = old.question(qid), new.question(qid)
    out = []
    for axis in ("compliance", "capability"):
        changed = [lvl for lvl in range(5) if a.anchor(axis, lvl, old.scales) != b.anchor(axis, lvl, new.scales)]
        if changed:
            text = (_("compliance {levels} re-anchored") if axis == "compliance" else
                    _("capability {levels} re-anchored"))
            out.append(text.format(levels=_levels(changed)))
    if a.freshness_months != b.freshness_months:
        out.append(_("proof window {old} → {new} months").format(old=a.freshness_months, new=b.freshness_months))
    if a.weight != b.weight:
        out.append(_("weight {old} → {new}").format(old=a.weight, new=b.weight))
    return out


def _scale_changes(old: Pack, new: Pack) -> tuple[str, ...]:
    out = []
    for axis in ("compliance", "capability"):
        before, after = getattr(old.scales, axis), getattr(new.scales, axis)
        changed = [lvl.level for lvl, now in zip(before.levels, after.levels) if (lvl.label, lvl.anchor) != (
            now.label, now.anchor)]
        if changed:
            text = (_("the compliance scale's general {levels} (label or description)") if axis == "compliance"
                    else _("the capability scale's general {levels} (label or description)"))
            out.append(text.format(levels=_levels(changed)))
    return tuple(out)


def pack_change(old: Pack, new: Pack, old_answers: dict[str, Answer] | None = None) -> PackChange:
    """Questions matched by id; everything that did not match is listed, never dropped silently."""
    # Wording is compared as the pack files have it: a German view of one version is not a rewording of it.
    old, new = old.stored(), new.stored()
    old_answers = old_answers or {}
    old_ids = {q.id for q in old.questions()}
    new_ids = {q.id for q in new.questions()}
    vanished = tuple(
        QuestionRef(q.id, q.title, old.domain_of(q.id).title, _what_was_recorded(old_answers.get(q.id)))
        for q in old.questions() if q.id not in new_ids
    )
    appeared = tuple(
        QuestionRef(q.id, q.title, new.domain_of(q.id).title) for q in new.questions() if q.id not in old_ids
    )
    kept = [q for q in new.questions() if q.id in old_ids]
    reworded = tuple(
        QuestionRef(q.id, q.title, new.domain_of(q.id).title, "; ".join(_revisions(old, new, q.id)))
        for q in kept if _reworded(old, new, q.id)
    )
    revised = tuple(
        QuestionRef(q.id, q.title, new.domain_of(q.id).title, "; ".join(_revisions(old, new, q.id)))
        for q in kept if not _reworded(old, new, q.id) and _revisions(old, new, q.id)
    )
    return PackChange(old.id, old.version, new.version, vanished, appeared, reworded, revised,
                      _scale_changes(old, new))


def plan_reassessment(previous: Assessment, pack: Pack, *, prefill: bool = False,
                      decisions: Mapping[str, BoardDecision] | None = None) -> ReassessPlan:
    """The answers a new cycle starts with, against *pack* (the current version of the previous one's pack).

    *decisions* are the board decisions recorded on the previous assessment: an escalation without one is still
    open and carries over; one with a decision was resolved and does not.
    """
    old_pack: Pack = previous.pack.stored()
    pack = pack.stored()
    decisions = decisions or {}
    carried: list[CarriedAnswer] = []
    for question in pack.questions():
        old = previous.answers.get(question.id)
        if old is None:
            continue
        changes = {name: getattr(old, name) for name in CARRIED_FIELDS}
        if is_open(old.escalate, decisions.get(question.id)):
            changes.update({name: getattr(old, name) for name in ESCALATION_FIELDS})
        carried_over = any(bool(v) for v in changes.values())
        had_levels = old.compliance is not None or old.capability is not None
        to_confirm = prefill and had_levels
        if to_confirm:
            changes.update({name: getattr(old, name) for name in PREFILLED_FIELDS})
        if not (carried_over or to_confirm):
            continue
        carried.append(CarriedAnswer(Answer(question.id, **changes).validated(), carried_over, to_confirm))
    return ReassessPlan(
        pack=pack, prefill=prefill, answers=carried,
        pack_change=pack_change(old_pack, pack, previous.answers),
    )
