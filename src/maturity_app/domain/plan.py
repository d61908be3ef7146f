"""Targets the board set, risks it accepted, and the plan that closes the rest: the rules, storage-free.

- A target is a capability level (0-4) per domain, optionally per question. A domain's distance is its target
  on the 0-100 index scale (level x 25) minus its capability index; a question's is its target level minus the
  capability level that counts. Positive means below target.
- A risk acceptance names an approver, a reason and an expiry. While it runs, the gap leaves the plan; once it
  has expired, the gap is back in the plan and the acceptance shows as expired.
- The plan holds every gap (practice trailing paper, or practice below a question's target) that is not
  accepted, plus every recorded action. Priority is weight x gap unless overridden. Horizons follow the due
  date: within 90 days (or overdue), within 6 months, else 12 months (also when no date is set).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .errors import ValidationFailed
from .formatting import day, points, whole
from .i18n import N_, _, ngettext
from .text_input import name_text
from .scoring import AssessmentScore, DomainScore, QuestionScore, add_months

# Stored and compared in English; shown through _(), e.g. _(item.status).
STATUSES = (N_("open"), N_("in progress"), N_("done"), N_("dropped"))
ACTIVE = ("open", "in progress")
HORIZONS = (N_("90 days"), N_("6 months"), N_("12 months"))
KINDS = ("domain", "question")
MAX_ACCEPTANCE_MONTHS = 36
REASON_LIMIT = 2000
NAME_LIMIT = 200
PRIORITY_MAX = 1000
NO_ACTION = N_("no action yet")


def index_of_level(level: int) -> float:
    return 25.0 * level


# -- targets --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    kind: str  # "domain" | "question"
    item_id: str
    level: int


def check_target(kind: str, item_id: str, level: int, domain_ids: set[str], question_ids: set[str]) -> Target:
    if kind not in KINDS:
        raise ValidationFailed(_("a target is set on a domain or a question, not on {kind}").format(kind=repr(kind)))
    known = domain_ids if kind == "domain" else question_ids
    if item_id not in known:
        text = (_("{item} is not a domain of this assessment's pack") if kind == "domain" else
                _("{item} is not a question of this assessment's pack"))
        raise ValidationFailed(text.format(item=repr(item_id)))
    if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= 4:
        raise ValidationFailed(_("a target level is 0-4, not {level}").format(level=repr(level)))
    return Target(kind, item_id, level)


@dataclass(frozen=True)
class DomainAgainstTarget:
    domain: DomainScore
    target: int
    current: float | None  # capability index

    @property
    def target_index(self) -> float:
        return index_of_level(self.target)

    @property
    def distance(self) -> float | None:
        """Points below target (negative: above it); None when the domain has no capability score yet."""
        return None if self.current is None else round(self.target_index - self.current, 1)


def domains_against_targets(score: AssessmentScore, targets: list[Target]) -> list[DomainAgainstTarget]:
    by_domain = {t.item_id: t.level for t in targets if t.kind == "domain"}
    return [DomainAgainstTarget(d, by_domain[d.domain.id], d.capability_index)
            for d in score.domains if d.domain.id in by_domain]


def furthest_below(score: AssessmentScore, targets: list[Target], limit: int = 3) -> list[DomainAgainstTarget]:
    below = [d for d in domains_against_targets(score, targets) if d.distance is not None and d.distance > 0]
    below.sort(key=lambda d: (-d.distance, d.domain.domain.title))
    return below[:limit]


def target_sentence(score: AssessmentScore, targets: list[Target]) -> str | None:
    """The summary's sentence naming the domains furthest below the board's target (None without targets)."""
    compared = domains_against_targets(score, targets)
    if not compared:
        return None
    below = furthest_below(score, targets)
    unscored = sum(1 for d in compared if d.current is None)
    tail = " " + ngettext("{count} domain with a target has no capability score yet.",
                          "{count} domains with a target have no capability score yet.", unscored).format(
        count=unscored) if unscored else ""
    if not below:
        return _("Every domain with a target meets it ({count} compared).").format(count=len(compared) - unscored) + tail
    names = "; ".join(_("{domain} ({points} points below a target of level {level})").format(
        domain=d.domain.domain.title, points=points(d.distance), level=d.target) for d in below)
    return _("Furthest below the board's target: {names}.").format(names=names) + tail


def question_targets(targets: list[Target], score: AssessmentScore) -> dict[str, int]:
    """The target level of every question: its own, else its domain's."""
    by_domain = {t.item_id: t.level for t in targets if t.kind == "domain"}
    own = {t.item_id: t.level for t in targets if t.kind == "question"}
    return {q.question.id: own.get(q.question.id, by_domain.get(q.domain.id)) for q in score.questions
            if q.question.id in own or q.domain.id in by_domain}


def below_target(q: QuestionScore, target: int | None) -> int:
    return max(target - q.capability, 0) if target is not None and isinstance(q.capability, int) else 0


# -- risk acceptances ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Acceptance:
    question_id: str
    approver: str
    reason: str
    accepted_on: dt.date
    expires_on: dt.date

    def expired(self, today: dt.date) -> bool:
        return self.expires_on < today

    def status(self, today: dt.date) -> str:
        if self.expired(today):
            return _("expired on {day}: the gap is open again").format(day=day(self.expires_on))
        return _("accepted until {day}").format(day=day(self.expires_on))


def check_acceptance(question_id: str, approver: str, reason: str, accepted_on: dt.date,
                     expires_on: dt.date) -> Acceptance:
    approver = name_text(approver)
    if not approver:
        raise ValidationFailed(_("name the person who approved accepting this risk"))
    if len(approver) > NAME_LIMIT:
        raise ValidationFailed(_("the approver's name is {length} characters long; the limit is {limit}").format(
            length=len(approver), limit=NAME_LIMIT))
    reason = reason.strip()
    if not reason:
        raise ValidationFailed(_("say why the risk is accepted rather than fixed"))
    if len(reason) > REASON_LIMIT:
        raise ValidationFailed(_("the reason is {length} characters long; the limit is {limit}").format(
            length=whole(len(reason)), limit=whole(REASON_LIMIT)))
    if expires_on <= accepted_on:
        raise ValidationFailed(_("the acceptance must expire after {day}").format(day=day(accepted_on)))
    if expires_on > add_months(accepted_on, MAX_ACCEPTANCE_MONTHS):
        raise ValidationFailed(_("an acceptance runs {months} months at most; set an earlier expiry and renew it "
                                 "when it is reviewed").format(months=MAX_ACCEPTANCE_MONTHS))
    return Acceptance(question_id, approver, reason, accepted_on, expires_on)


# -- actions and the plan --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ActionState:
    question_id: str
    status: str = "open"
    priority: int | None = None  # an override of weight x gap
    updated_at: str = ""


def check_action_state(question_id: str, status: str, priority: int | None) -> ActionState:
    if status not in STATUSES:
        raise ValidationFailed(_("an action's status is one of {choices}, not {status}").format(
            choices=", ".join(STATUSES), status=repr(status)))
    if priority is not None and (isinstance(priority, bool) or not isinstance(priority, int)
                                 or not 0 <= priority <= PRIORITY_MAX):
        raise ValidationFailed(_("a priority is a whole number 0-{limit}").format(limit=PRIORITY_MAX))
    return ActionState(question_id, status, priority)


def horizon(due: dt.date | None, today: dt.date) -> str:
    if due is not None and due <= today + dt.timedelta(days=90):
        return HORIZONS[0]
    if due is not None and due <= add_months(today, 6):
        return HORIZONS[1]
    return HORIZONS[2]


@dataclass(frozen=True)
class PlanItem:
    q: QuestionScore
    status: str  # one of STATUSES, or NO_ACTION
    priority: int
    derived_priority: int
    horizon: str
    overdue: bool
    reopened: Acceptance | None  # an expired acceptance that put this gap back in the plan

    @property
    def has_action(self) -> bool:
        return self.status != NO_ACTION


def _plan_item(q: QuestionScore, target: int | None, today: dt.date, acceptances: dict[str, Acceptance],
               actions: dict[str, ActionState]) -> PlanItem | None:
    shortfall = q.question.weight * max(q.gap or 0, below_target(q, target))
    acceptance = acceptances.get(q.question.id)
    has_action = bool(q.answer.action.strip())
    if shortfall <= 0 and not has_action:
        return None
    if acceptance is not None and not acceptance.expired(today) and not has_action:
        return None  # accepted instead of fixed: listed with the accepted risks, not in the plan
    state = actions.get(q.question.id, ActionState(q.question.id))
    status = state.status if has_action else NO_ACTION
    due = q.answer.action_due if has_action else None
    overdue = has_action and status in ACTIVE and due is not None and due < today
    priority = state.priority if state.priority is not None else shortfall
    reopened = acceptance if acceptance is not None and acceptance.expired(today) else None
    return PlanItem(q, status, priority, shortfall, horizon(due, today), overdue, reopened)


def plan_item(score: AssessmentScore, q: QuestionScore, today: dt.date) -> PlanItem | None:
    """The entry of *q* (a question of *score*) in build_plan's list, or None when it is not in the plan, without
    building the list: the question on screen needs its own line only."""
    question_id = q.question.id
    own = {t.item_id: t.level for t in score.targets if t.kind == "question"}
    by_domain = {t.item_id: t.level for t in score.targets if t.kind == "domain"}
    return _plan_item(q, own.get(question_id, by_domain.get(q.domain.id)), today, score.acceptances, score.actions)


def build_plan(score: AssessmentScore, today: dt.date, acceptances: dict[str, Acceptance],
               actions: dict[str, ActionState], targets: list[Target] = ()) -> list[PlanItem]:
    """Every open gap and every recorded action, grouped by horizon; within one, overdue first, then active
    before closed, then by priority."""
    wanted = question_targets(list(targets), score)
    items = [item for q in score.questions
             if (item := _plan_item(q, wanted.get(q.question.id), today, acceptances, actions)) is not None]
    items.sort(key=lambda i: (HORIZONS.index(i.horizon), not i.overdue, i.status not in (*ACTIVE, NO_ACTION),
                              -i.priority, i.q.question.id))
    return items


@dataclass(frozen=True)
class TargetAcrossCycles:
    title: str
    target: int
    old_current: float | None
    new_current: float | None

    @property
    def old_distance(self) -> float | None:
        return None if self.old_current is None else round(index_of_level(self.target) - self.old_current, 1)

    @property
    def new_distance(self) -> float | None:
        return None if self.new_current is None else round(index_of_level(self.target) - self.new_current, 1)

    def text(self) -> str:
        def say(distance):
            if distance is None:
                return _("not scored")
            return _("{points} below").format(points=points(distance)) if distance > 0 else _("on target")
        return _("{title}: {old} → {new} (target level {level})").format(
            title=self.title, old=say(self.old_distance), new=say(self.new_distance), level=self.target)


def targets_across(old: AssessmentScore, new: AssessmentScore, targets: list[Target]) -> list[TargetAcrossCycles]:
    """The newer assessment's domain targets, with the distance to each before and now."""
    old_by_id = {d.domain.id: d for d in old.domains}
    return [TargetAcrossCycles(d.domain.domain.title, d.target,
                               old_by_id[d.domain.domain.id].capability_index if d.domain.domain.id in old_by_id
                               else None, d.current)
            for d in domains_against_targets(new, targets)]


def plan_line(item: PlanItem | None, acceptance: Acceptance | None, today: dt.date) -> str:
    """Where one question stands in the plan, in one line (the question view shows it)."""
    if item is not None:
        return (_("In the plan within {horizon}: {status}, priority {priority}").format(
            horizon=_(item.horizon), status=_(item.status), priority=item.priority)
                + (" · " + _("overdue") if item.overdue else ""))
    if acceptance is not None and not acceptance.expired(today):
        return _("Not in the plan while the acceptance runs")
    return _("Not in the plan: no gap and no action")
