"""Appendix B: for each ISO/IEC 27001:2022 control and NIST CSF 2.0 outcome referenced, what stands behind it."""

from __future__ import annotations

from reportlab.platypus import Paragraph, TableStyle

from ...domain.crosswalk import ControlRow, control_rows
from ...domain.formatting import points
from ...domain.method import scoring_rules_by_name
from ...domain.scoring import NOT_ENOUGH_ANSWERS
from .. import styles as st
from ..context import ReportContext
from ..flowables import ReportTable, section_heading, sub_heading
from ..text import safe

MAX_LISTED = 12  # questions named per control; the indices still cover all of them


def _control_table(ctx: ReportContext, rows: list[ControlRow]) -> ReportTable:
    s = ctx.styles
    data = [[Paragraph(h, s.cell_head) for h in ("Id", "Control or outcome", "Questions behind it",
                                                   "Paper", "Practice", "")]]
    for row in rows:
        questions = "<br/>".join(
            f"{safe(q.question.title)} <font color='{st.MUTED}'>({safe(ctx.level_label('capability', q.capability))})</font>"
            for q in row.questions[:MAX_LISTED])
        if len(row.questions) > MAX_LISTED:
            questions += f"<br/><font color='{st.MUTED}'>and {len(row.questions) - MAX_LISTED} more</font>"
        flag = f'<font color="{st.ALERT}"><b>Paper only</b></font>' if row.paper_only else (
            f'<font color="{st.MUTED}">{NOT_ENOUGH_ANSWERS}</font>' if not row.enough_answers else "")
        data.append([Paragraph(f"<b>{safe(row.control_id)}</b>", s.cell), Paragraph(safe(row.title), s.cell),
                     Paragraph(questions, s.cell), Paragraph(points(row.compliance), s.cell),
                     Paragraph(points(row.capability), s.cell), Paragraph(flag, s.cell)])
    table = ReportTable(data, colWidths=[ctx.width * f for f in (0.125, 0.285, 0.31, 0.085, 0.095, 0.10)],
                  repeatRows=1)
    table.setStyle(TableStyle(st.grid_table_style()))
    return table


def crosswalk(ctx: ReportContext) -> list:
    s = ctx.styles
    story: list = [
        section_heading(ctx, "Appendix B — ISO/IEC 27001 and NIST CSF crosswalk", "appendix-crosswalk"),
        Paragraph("Each control or outcome referenced by the questionnaire, the questions that test it and the "
                  f"compliance and capability indices behind it (0–100, capability counted as effective capability). "
                  f"<b>Paper only</b> marks a control by the rule used for domains: "
                  f"{safe(scoring_rules_by_name()['Paper only'])}", s.body),
    ]
    for framework, title, key in (("iso27001", "ISO/IEC 27001:2022", "crosswalk-iso"),
                                  ("nist_csf", "NIST Cybersecurity Framework 2.0", "crosswalk-nist")):
        rows = control_rows(ctx.score, framework)
        story.append(sub_heading(ctx, title, key))
        if rows:
            paper_only = sum(1 for r in rows if r.paper_only)
            story.append(Paragraph(f"{len(rows)} referenced; {paper_only} paper only.", s.muted))
            story.append(_control_table(ctx, rows))
        else:
            story.append(Paragraph("The questionnaire references none.", s.muted))
        ctx.options.check_cancelled()
    return story
