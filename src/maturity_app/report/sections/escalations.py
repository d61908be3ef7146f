"""What we escalate: the few decisions the board is asked to take, each with its consequence and owner."""

from __future__ import annotations

from ...domain.i18n import _
from ..options import section_title

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, TableStyle

from ...domain.scoring import QuestionScore
from .. import styles as st
from ..context import ReportContext, nice_date
from ..flowables import ReportTable, section_heading, split_in_row
from ...domain.formatting import sentence
from ..text import safe, safe_or


def levels_line(ctx: ReportContext, q: QuestionScore) -> str:
    line = (f'<font color="{st.COMPLIANCE}">■</font> {safe(_("On paper"))} '
            f'{safe(ctx.level_label("compliance", q.compliance))}'
            f'&nbsp;&nbsp;&nbsp;<font color="{st.CAPABILITY}">■</font> {safe(_("In practice"))} '
            f'{safe(ctx.level_label("capability", q.capability))}')
    if q.stale:
        line += f' <font color="{st.ALERT}">{safe(sentence(q.capped_reason))}</font>'
    return line


def escalation_card(ctx: ReportContext, number: int, q: QuestionScore) -> ReportTable:
    s = ctx.styles
    decided = (getattr(ctx.options, "board_decisions", None) or {}).get(q.question.id)
    owner = q.answer.owner.strip()
    proven = nice_date(q.answer.proven_on) or _("never recorded")
    rows = [
        [Paragraph(f'<font color="{st.ALERT}">{number}</font>', s.kpi_value),
         Paragraph(f"<b>{safe(q.question.title)}</b><br/>"
                   f'<font color="{st.MUTED}">{safe(q.domain.title)}</font>', s.callout)],
        ["", Paragraph(f"<b>{safe(_('If nothing changes.'))}</b> {safe(q.question.consequence)}", s.body)],
        ["", Paragraph(f"<b>{safe(_('Decision asked of the board.'))}</b> "
                       + safe_or(q.answer.decision, _("No decision text was recorded for this escalation.")), s.body)],
        ["", Paragraph(f"<b>{safe(_('Capability owner'))}</b> {safe_or(owner, _('No named owner'))}"
                       f"&nbsp;&nbsp;·&nbsp;&nbsp;<b>{safe(_('Last proven'))}</b> {safe(proven)}", s.cell)],
        ["", Paragraph(levels_line(ctx, q), s.cell)],
    ]
    if decided is not None:
        note = f": {safe(decided.note)}" if decided.note else ""
        resolved = safe(_("{decision} on {day}").format(decision=decided.label, day=nice_date(decided.decided_on)))
        rows.insert(3, ["", Paragraph(f'<font color="{st.RESILIENT}"><b>{safe(_("Resolved."))}</b></font> '
                                      f"{resolved}{note}", s.body)])
    else:
        rows.insert(3, ["", Paragraph(f'<font color="{st.ALERT}"><b>{safe(_("Open"))}</b></font> '
                                      + safe(_("until the board's decision is recorded; it carries over to the next "
                                               "assessment.")), s.cell)])
    table = ReportTable(rows, colWidths=[34, ctx.width - 34],
                  splitInRow=split_in_row([q.answer.decision, q.question.consequence]))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(st.RESILIENT if decided else st.ALERT)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBFBFC")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
        ("LEFTPADDING", (1, 0), (1, -1), 4),
        ("RIGHTPADDING", (1, 0), (1, -1), 10),
    ]))
    return table


def escalations(ctx: ReportContext) -> list:
    s, score = ctx.styles, ctx.score
    chosen = score.escalations
    story: list = [section_heading(ctx, section_title("escalations"), "escalations")]
    if not chosen:
        story.append(Paragraph(safe(
            _("No question is escalated to the board in this assessment (budget {budget}).").format(
                budget=score.escalation_budget) + " "
            + (_("The gaps and actions that follow are handled within management.") if score.answered else
               _("Nothing is answered yet, so there is nothing the board could be asked to decide."))), s.lead))
        return story
    story.append(Paragraph(safe(_(
        "Escalation is kept scarce on purpose: this assessment allows {budget} and uses {used}. Each one asks the "
        "board for a single decision it alone can take.").format(budget=score.escalation_budget, used=len(chosen))),
        s.lead))
    for number, q in enumerate(chosen, start=1):
        story += [escalation_card(ctx, number, q), Spacer(1, 10)]
    return story
