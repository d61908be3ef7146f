"""The action plan, the capabilities nobody owns, and the claims resting on stale proof."""

from __future__ import annotations

from ...domain.i18n import _, ngettext
from ..options import section_title

from reportlab.platypus import Paragraph, TableStyle

from ...domain.formatting import capitalised, points
from ...domain.scoring import PROOF_NEEDED_FROM, UNPROVEN_LEVEL
from .. import styles as st
from ..context import ReportContext, nice_date
from ..flowables import ReportTable, kept_with_next, section_heading, split_in_row, sub_heading
from ...domain.formatting import sentence
from ..text import safe, safe_or


def _table(ctx: ReportContext, rows: list[list], fractions: list[float], long_texts=()) -> ReportTable:
    table = ReportTable(rows, colWidths=[ctx.width * f for f in fractions], repeatRows=1,
                  splitInRow=split_in_row(long_texts))
    table.setStyle(TableStyle(st.grid_table_style()))
    return table


def _head(ctx: ReportContext, names: list[str]) -> list:
    return [Paragraph(safe(n), ctx.styles.cell_head) for n in names]


def _question_cell(ctx: ReportContext, q) -> Paragraph:
    return Paragraph(f"<b>{safe(q.question.title)}</b><br/><font color='{st.MUTED}'>{safe(q.domain.title)}</font>",
                     ctx.styles.cell)


def _listing(ctx: ReportContext, title: str, key: str, items: list, *, intro: str, head: list[str], row,
             fractions: list[float], empty: str, long_texts=()) -> list:
    """A sub-section: a muted introduction and one table row per item, or a sentence saying there is none."""
    story: list = [sub_heading(ctx, title, key)]
    if not items:
        story.append(Paragraph(safe(empty), ctx.styles.body))
        return story
    story.append(kept_with_next(Paragraph(safe(intro), ctx.styles.muted)))
    story.append(_table(ctx, [_head(ctx, head), *(row(q) for q in items)], fractions, long_texts))
    return story


def _plan_rows(ctx: ReportContext, items: list) -> list:
    s = ctx.styles

    def row(item) -> list:
        q, a = item.q, item.q.answer
        due_text = nice_date(a.action_due) if item.has_action else ""
        due = Paragraph(f'<font color="{st.ALERT}"><b>{due_text}</b><br/>{safe(_("overdue"))}</font>' if item.overdue
                        else safe(due_text or _("No date")), s.cell)
        what = (safe(a.action) if item.has_action
                else f'<font color="{st.ALERT}"><b>{safe(_("No action yet"))}</b></font>')
        if item.reopened is not None:
            what += f'<br/><font color="{st.ALERT}">' + safe(_(
                "Risk acceptance by {approver} expired on {day}: the gap is open again").format(
                approver=item.reopened.approver, day=nice_date(item.reopened.expires_on))) + "</font>"
        priority = str(item.priority) + ("" if item.priority == item.derived_priority
                                         else f"<br/><font color='{st.MUTED}'>"
                                         + safe(_("set (derived {priority})").format(priority=item.derived_priority))
                                         + "</font>")
        return [due, Paragraph(what, s.cell), _question_cell(ctx, q),
                Paragraph(safe_or(a.action_owner, _("Unassigned")) if item.has_action else "—", s.cell),
                Paragraph(safe(capitalised(_(item.status))), s.cell), Paragraph(priority, s.cell)]

    return [row(i) for i in items]


def plan_by_horizon(ctx: ReportContext) -> list:
    """The plan: every open gap and every action, grouped by horizon, overdue first, then by priority."""
    from ...domain.plan import HORIZONS, NO_ACTION, build_plan

    score = ctx.score
    items = build_plan(score, ctx.report_date, score.acceptances, score.actions, list(score.targets))
    story: list = [sub_heading(ctx, _("The plan"), "actions-plan")]
    if not items:
        story.append(Paragraph(safe(_("No gap is open and no remediation action is recorded.")), ctx.styles.body))
        return story
    missing = sum(1 for i in items if i.status == NO_ACTION)
    story.append(Paragraph(safe(
        ngettext("{items}, {count} of them a gap with no action yet.", "{items}, {count} of them gaps with no action "
                 "yet.", missing).format(items=ngettext("{count} item", "{count} items", len(items)).format(
                     count=len(items)), count=missing) + " "
        + _("Priority is weight × gap unless set by hand; horizons follow the due date (no date: 12 months). Within "
            "each horizon, overdue actions come first.")), ctx.styles.muted))
    for name in HORIZONS:
        group = [i for i in items if i.horizon == name]
        if not group:
            continue
        story.append(Paragraph(safe(_("Within {horizon} · {count}").format(horizon=_(name), count=len(group))),
                               ctx.styles.h3))
        story.append(_table(ctx, [_head(ctx, [_("Due"), _("Action"), _("Question"), _("Action owner"), _("Status"),
                                              _("Priority")]),
                                  *_plan_rows(ctx, group)], [0.11, 0.33, 0.24, 0.13, 0.10, 0.09],
                            [i.q.answer.action for i in group]))
    return story


def accepted_risks(ctx: ReportContext) -> list:
    s = ctx.styles
    score = ctx.score
    accepted = sorted(score.acceptances.values(), key=lambda a: (a.expires_on, a.question_id))
    by_id = {q.question.id: q for q in score.questions}
    accepted = [a for a in accepted if a.question_id in by_id]

    def row(a) -> list:
        expired = a.expired(ctx.report_date)
        state = (f'<font color="{st.ALERT}"><b>{safe(_("Expired {day}").format(day=nice_date(a.expires_on)))}</b>'
                 f'<br/>{safe(_("gap reopened"))}</font>'
                 if expired else safe(_("Until {day}").format(day=nice_date(a.expires_on))))
        return [_question_cell(ctx, by_id[a.question_id]), Paragraph(safe(a.approver), s.cell),
                Paragraph(safe(a.reason), s.cell), Paragraph(state, s.cell)]

    return _listing(ctx, _("Accepted risks"), "actions-accepted", accepted,
                    intro=_("Gaps accepted instead of fixed, with who approved it, why, and until when. An expired "
                            "acceptance puts the gap back in the plan."),
                    head=[_("Question"), _("Approved by"), _("Reason"), _("Expiry")], row=row,
                    fractions=[0.28, 0.16, 0.38, 0.18], empty=_("No risk has been accepted."),
                    long_texts=[a.reason for a in accepted])


def against_targets(ctx: ReportContext) -> list:
    from ...domain.plan import domains_against_targets

    s = ctx.styles
    compared = domains_against_targets(ctx.score, list(ctx.score.targets))

    def row(d) -> list:
        distance = safe(_("Not scored")) if d.distance is None else (
            f'<font color="{st.ALERT}"><b>{safe(_("{points} below").format(points=points(d.distance)))}</b></font>'
            if d.distance > 0 else safe(_("Meets it")))
        current = points(d.current)
        return [Paragraph(safe(d.domain.domain.title), s.cell),
                Paragraph(safe(_("Level {level} ({index})").format(level=d.target, index=points(d.target_index))),
                          s.cell), Paragraph(current, s.cell),
                Paragraph(distance, s.cell)]

    return _listing(ctx, _("Current against target"), "actions-targets", compared,
                    intro=_("The board's target capability level per domain, on the 0-100 index scale (level × 25), "
                            "against the capability index proven today."),
                    head=[_("Domain"), _("Target"), _("In practice"), _("Distance (points)")], row=row,
                    fractions=[0.46, 0.2, 0.14, 0.2], empty=_("The board has not set targets for this assessment."))


def action_plan(ctx: ReportContext) -> list:
    s = ctx.styles

    def level(scale: str, value) -> Paragraph:
        return Paragraph(safe(ctx.level_label(scale, value)), s.cell)

    rated = any(isinstance(q.answer.capability, int) for q in ctx.score.questions)
    claims_needing_proof = any(isinstance(q.answer.capability, int) and q.answer.capability >= PROOF_NEEDED_FROM
                               for q in ctx.score.questions)

    return [
        section_heading(ctx, section_title("actions"), "actions"),
        *plan_by_horizon(ctx),
        *against_targets(ctx),
        *accepted_risks(ctx),
        *_listing(ctx, _("Unowned capabilities"), "actions-unowned", ctx.score.unowned,
                  intro=_("Capabilities rated on the scale (level 0 included) with no named capability owner: when "
                          "they fail, nobody is positioned to decide."),
                  head=[_("Question"), _("Capability rated"), _("If nothing changes")],
                  row=lambda q: [_question_cell(ctx, q), level("capability", q.answer.capability),
                                 Paragraph(safe(q.question.consequence), s.cell)],
                  fractions=[0.32, 0.2, 0.48], empty=(
                      _("Every rated capability has a named capability owner.") if rated else
                      _("No capability is rated yet, so ownership cannot be judged."))),
        *_listing(ctx, _("Stale or missing proofs"), "actions-stale", ctx.score.stale,
                  intro=_("Capability claims of level {level} or more whose proof date is missing, older than the "
                          "question's freshness window or in the future. They are counted at level {counted} until "
                          "proven again.").format(level=PROOF_NEEDED_FROM, counted=UNPROVEN_LEVEL),
                  head=[_("Question"), _("Claimed"), _("Counted"), _("Why it counts lower")],
                  row=lambda q: [_question_cell(ctx, q), level("capability", q.answer.capability),
                                 level("capability", q.capability), Paragraph(safe(sentence(q.capped_reason)), s.cell)],
                  fractions=[0.3, 0.16, 0.14, 0.40],
                  empty=(_("Every capability claim of level {level} or more rests on a proof date inside its "
                           "window.").format(level=PROOF_NEEDED_FROM) if claims_needing_proof else
                         _("No capability is claimed at level {level} or more, so no proof date is needed.").format(
                             level=PROOF_NEEDED_FROM))),
    ]
