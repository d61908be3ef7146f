"""The action plan, the capabilities nobody owns, and the claims resting on stale proof."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Paragraph, TableStyle

from .. import styles as st
from ..context import ReportContext, nice_date
from ..flowables import ReportTable, section_heading, split_in_row, sub_heading
from ..text import safe, safe_or


def _table(ctx: ReportContext, rows: list[list], fractions: list[float], long_texts=()) -> ReportTable:
    table = ReportTable(rows, colWidths=[ctx.width * f for f in fractions], repeatRows=1,
                  splitInRow=split_in_row(long_texts))
    table.setStyle(TableStyle(st.grid_table_style()))
    return table


def _head(ctx: ReportContext, names: list[str]) -> list:
    return [Paragraph(n, ctx.styles.cell_head) for n in names]


def _question_cell(ctx: ReportContext, q) -> Paragraph:
    return Paragraph(f"<b>{safe(q.question.title)}</b><br/><font color='{st.MUTED}'>{safe(q.domain.title)}</font>",
                     ctx.styles.cell)


def action_plan(ctx: ReportContext) -> list:
    s = ctx.styles
    with_action = [q for q in ctx.score.questions if q.answer.action.strip()]
    with_action.sort(key=lambda q: (q.answer.action_due or dt.date.max, -q.weighted_shortfall, q.question.id))
    story: list = [section_heading(ctx, "Action plan", "actions"),
                   sub_heading(ctx, "Remediation actions", "actions-plan")]
    if with_action:
        story.append(Paragraph(f"{len(with_action)} actions, soonest due first.", s.muted))
        rows = [_head(ctx, ["Due", "Action", "Question", "Owner", "Shortfall"])]
        for q in with_action:
            due = q.answer.action_due
            overdue = due is not None and due < ctx.report_date
            due_text = nice_date(due) or "No date"
            rows.append([
                Paragraph(f'<font color="{st.ALERT}"><b>{due_text}</b><br/>overdue</font>' if overdue else due_text,
                          s.cell),
                Paragraph(safe(q.answer.action), s.cell),
                _question_cell(ctx, q),
                Paragraph(safe_or(q.answer.action_owner, "Unassigned"), s.cell),
                Paragraph(str(q.weighted_shortfall), s.cell),
            ])
        story.append(_table(ctx, rows, [0.11, 0.38, 0.25, 0.16, 0.10], [q.answer.action for q in with_action]))
    else:
        story.append(Paragraph("No remediation action has been recorded yet.", s.body))

    story.append(sub_heading(ctx, "Unowned decisions", "actions-unowned"))
    unowned = ctx.score.unowned
    if unowned:
        story.append(Paragraph(
            "Capabilities claimed at level 1 or above with no named owner: when they fail, nobody is positioned to "
            "decide.", s.muted))
        rows = [_head(ctx, ["Question", "Capability claimed", "If nothing changes"])]
        for q in unowned:
            rows.append([_question_cell(ctx, q),
                         Paragraph(safe(ctx.level_label("capability", q.answer.capability)), s.cell),
                         Paragraph(safe(q.question.consequence), s.cell)])
        story.append(_table(ctx, rows, [0.32, 0.2, 0.48]))
    else:
        story.append(Paragraph("Every claimed capability has a named owner.", s.body))

    story.append(sub_heading(ctx, "Stale proofs", "actions-stale"))
    stale = ctx.score.stale
    if stale:
        story.append(Paragraph(
            "Capability claims of level 3 or 4 whose proof is missing or older than the question's freshness "
            "window. They are counted at level 2 until proven again.", s.muted))
        rows = [_head(ctx, ["Question", "Claimed", "Counted", "Why it was capped"])]
        for q in stale:
            rows.append([_question_cell(ctx, q),
                         Paragraph(safe(ctx.level_label("capability", q.answer.capability)), s.cell),
                         Paragraph(safe(ctx.level_label("capability", q.capability)), s.cell),
                         Paragraph(safe(q.capped_reason or ""), s.cell)])
        story.append(_table(ctx, rows, [0.3, 0.16, 0.14, 0.40]))
    else:
        story.append(Paragraph("Every capability claim of level 3 or 4 rests on recent proof.", s.body))
    return story
