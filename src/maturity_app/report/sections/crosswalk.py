"""Appendix B: for each ISO/IEC 27001:2022 control and NIST CSF 2.0 outcome referenced, what stands behind it."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reportlab.platypus import Paragraph, TableStyle

from ...domain.references import iso27001_controls, nist_csf_subcategories
from ...domain.scoring import AssessmentScore, QuestionScore
from .. import styles as st
from ..context import ReportContext
from ..flowables import ReportTable, section_heading, sub_heading
from ..text import safe

PAPER_ONLY_COMPLIANCE = 3.0
PAPER_ONLY_CAPABILITY = 1.0
MAX_LISTED = 12  # questions named per control; the averages still cover all of them


@dataclass(frozen=True)
class ControlRow:
    control_id: str
    title: str
    questions: tuple[QuestionScore, ...]
    compliance: float | None  # mean over the questions answered on that axis
    capability: float | None  # mean effective capability

    @property
    def paper_only(self) -> bool:
        return (self.compliance is not None and self.capability is not None
                and self.compliance >= PAPER_ONLY_COMPLIANCE and self.capability <= PAPER_ONLY_CAPABILITY)


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _sort_key(control_id: str):
    # "A.5.30" after "A.5.4"; clauses ("6.1.3") before Annex A; CSF ids alphabetically.
    parts = control_id.replace("-", ".").split(".")
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts]


def control_rows(score: AssessmentScore, framework: str) -> list[ControlRow]:
    titles = iso27001_controls() if framework == "iso27001" else nist_csf_subcategories()
    linked: dict[str, list[QuestionScore]] = defaultdict(list)
    for q in score.questions:
        for control_id in getattr(q.question.references, framework):
            linked[control_id].append(q)
    rows = []
    for control_id in sorted(linked, key=_sort_key):
        questions = linked[control_id]
        rows.append(ControlRow(
            control_id=control_id,
            title=titles.get(control_id, ""),
            questions=tuple(questions),
            compliance=_mean([q.compliance for q in questions if isinstance(q.compliance, int)]),
            capability=_mean([q.capability for q in questions if isinstance(q.capability, int)]),
        ))
    return rows


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


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
        flag = f'<font color="{st.ALERT}"><b>Paper only</b></font>' if row.paper_only else ""
        data.append([Paragraph(f"<b>{safe(row.control_id)}</b>", s.cell), Paragraph(safe(row.title), s.cell),
                     Paragraph(questions, s.cell), Paragraph(_fmt(row.compliance), s.cell),
                     Paragraph(_fmt(row.capability), s.cell), Paragraph(flag, s.cell)])
    table = ReportTable(data, colWidths=[ctx.width * f for f in (0.125, 0.285, 0.31, 0.085, 0.095, 0.10)],
                  repeatRows=1)
    table.setStyle(TableStyle(st.grid_table_style()))
    return table


def crosswalk(ctx: ReportContext) -> list:
    s = ctx.styles
    story: list = [
        section_heading(ctx, "Appendix B — ISO/IEC 27001 and NIST CSF crosswalk", "appendix-crosswalk"),
        Paragraph("Each control or outcome referenced by the questionnaire, the questions that test it and the "
                  "average levels behind it (capability counted as effective capability). <b>Paper only</b> marks "
                  "a control whose questions average compliance 3 or more but capability 1 or less: certified on "
                  "paper, not shown to work.", s.body),
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
