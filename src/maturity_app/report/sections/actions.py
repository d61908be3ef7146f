"""The action plan, the capabilities nobody owns, and the claims resting on stale proof."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Paragraph, TableStyle

from ...domain.scoring import PROOF_NEEDED_FROM, UNPROVEN_LEVEL
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


def _listing(ctx: ReportContext, title: str, key: str, items: list, *, intro: str, head: list[str], row,
             fractions: list[float], empty: str, long_texts=()) -> list:
    """A sub-section: a muted introduction and one table row per item, or a sentence saying there is none."""
    story: list = [sub_heading(ctx, title, key)]
    if not items:
        story.append(Paragraph(empty, ctx.styles.body))
        return story
    story.append(Paragraph(intro, ctx.styles.muted))
    story.append(_table(ctx, [_head(ctx, head), *(row(q) for q in items)], fractions, long_texts))
    return story


def action_plan(ctx: ReportContext) -> list:
    s = ctx.styles
    with_action = [q for q in ctx.score.questions if q.answer.action.strip()]
    with_action.sort(key=lambda q: (q.answer.action_due or dt.date.max, -q.weighted_shortfall, q.question.id))

    def action_row(q) -> list:
        due = q.answer.action_due
        overdue = due is not None and due < ctx.report_date
        due_text = nice_date(due) or "No date"
        return [
            Paragraph(f'<font color="{st.ALERT}"><b>{due_text}</b><br/>overdue</font>' if overdue else due_text,
                      s.cell),
            Paragraph(safe(q.answer.action), s.cell),
            _question_cell(ctx, q),
            Paragraph(safe_or(q.answer.action_owner, "Unassigned"), s.cell),
            Paragraph(str(q.weighted_shortfall), s.cell),
        ]

    def level(scale: str, value) -> Paragraph:
        return Paragraph(safe(ctx.level_label(scale, value)), s.cell)

    rated = any(isinstance(q.answer.capability, int) for q in ctx.score.questions)
    claims_needing_proof = any(isinstance(q.answer.capability, int) and q.answer.capability >= PROOF_NEEDED_FROM
                               for q in ctx.score.questions)

    return [
        section_heading(ctx, "Action plan", "actions"),
        *_listing(ctx, "Remediation actions", "actions-plan", with_action,
                  intro=f"{len(with_action)} actions, soonest due first.",
                  head=["Due", "Action", "Question", "Action owner", "Shortfall"], row=action_row,
                  fractions=[0.11, 0.38, 0.25, 0.16, 0.10], long_texts=[q.answer.action for q in with_action],
                  empty="No remediation action has been recorded yet."),
        *_listing(ctx, "Unowned capabilities", "actions-unowned", ctx.score.unowned,
                  intro="Capabilities rated on the scale (level 0 included) with no named capability owner: when "
                        "they fail, nobody is positioned to decide.",
                  head=["Question", "Capability rated", "If nothing changes"],
                  row=lambda q: [_question_cell(ctx, q), level("capability", q.answer.capability),
                                 Paragraph(safe(q.question.consequence), s.cell)],
                  fractions=[0.32, 0.2, 0.48], empty=(
                      "Every rated capability has a named capability owner." if rated else
                      "No capability is rated yet, so ownership cannot be judged.")),
        *_listing(ctx, "Stale or missing proofs", "actions-stale", ctx.score.stale,
                  intro=f"Capability claims of level {PROOF_NEEDED_FROM} or more whose proof date is missing, older "
                        f"than the question's freshness window or in the future. They are counted at level "
                        f"{UNPROVEN_LEVEL} until proven again.",
                  head=["Question", "Claimed", "Counted", "Why it counts lower"],
                  row=lambda q: [_question_cell(ctx, q), level("capability", q.answer.capability),
                                 level("capability", q.capability), Paragraph(safe(q.capped_reason or ""), s.cell)],
                  fractions=[0.3, 0.16, 0.14, 0.40],
                  empty=(f"Every capability claim of level {PROOF_NEEDED_FROM} or more rests on a proof date inside "
                         "its window." if claims_needing_proof else
                         f"No capability is claimed at level {PROOF_NEEDED_FROM} or more, so no proof date is needed.")),
    ]
