"""Appendix B: for each ISO/IEC 27001:2022 control, NIST CSF 2.0 outcome and NIS2/DORA article a question tests,
what stands behind it; how the references were checked; and which Annex A controls this review does not probe."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from reportlab.platypus import Paragraph, TableStyle

from ...domain.reference_review import annex_a_coverage, probed_iso_ids
from ...domain.references import (annex_a_controls, csf_iso_mapping, dora_articles, iso27001_controls, nis2_articles,
                                  nist_csf_subcategories)
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


FRAMEWORKS = (  # (references field, heading, bookmark key)
    ("iso27001", "ISO/IEC 27001:2022", "crosswalk-iso"),
    ("nist_csf", "NIST Cybersecurity Framework 2.0", "crosswalk-nist"),
    ("nis2", "NIS2 — Directive (EU) 2022/2555", "crosswalk-nis2"),
    ("dora", "DORA — Regulation (EU) 2022/2554", "crosswalk-dora"),
)


def _titles(framework: str) -> dict[str, str]:
    return {"iso27001": iso27001_controls, "nist_csf": nist_csf_subcategories,
            "nis2": nis2_articles, "dora": dora_articles}[framework]()


def _sort_key(control_id: str):
    # "A.5.30" after "A.5.4"; clauses ("6.1.3") before Annex A; CSF ids alphabetically; "Art. 21(2)(c)" by numbers.
    parts = re.findall(r"\d+|[A-Za-z]+", control_id)
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts]


def _cited(question, framework: str) -> list[str]:
    # An ISO id gets a verdict only where the question genuinely tests it (NIST-backed or explained).
    if framework == "iso27001":
        return probed_iso_ids(question)
    return list(getattr(question.references, framework))


def control_rows(score: AssessmentScore, framework: str) -> list[ControlRow]:
    titles = _titles(framework)
    linked: dict[str, list[QuestionScore]] = defaultdict(list)
    for q in score.questions:
        for control_id in _cited(q.question, framework):
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


def untested_citations(score: AssessmentScore) -> list[str]:
    """ISO ids a question cites that NIST's mapping does not back and the question does not explain: no verdict."""
    found = {iso for q in score.questions for iso in q.question.references.iso27001
             if iso not in probed_iso_ids(q.question)}
    return sorted(found, key=_sort_key)


def _method(ctx: ReportContext) -> list:
    s = ctx.styles
    mapping = csf_iso_mapping()
    return [
        Paragraph("<b>Method.</b> Each question names the ISO/IEC 27001:2022 clauses and Annex A controls, NIST CSF 2.0 "
                  "outcomes and, where relevant, NIS2 and DORA articles that its two sides test. The ISO and CSF "
                  "references were checked against NIST's own informative-reference mapping from CSF 2.0 to "
                  f"ISO/IEC 27001:2022 (CSF 2.0 Reference Tool, export of {safe(mapping.export_generated)}): a "
                  "control gets a verdict below only where NIST links it to one of the question's CSF outcomes, "
                  "exactly or within the same CSF category, or where the questionnaire states why it cites the "
                  "control anyway. Levels are averages over the questions behind each row (capability counted as "
                  "effective capability); a row describes those questions, not an audit of the whole control.",
                  s.body),
        Paragraph("<b>Paper only</b> marks a control whose questions average compliance 3 or more but capability 1 or "
                  "less: certified on paper, not shown to work.", s.body),
    ]


def _coverage(ctx: ReportContext) -> list:
    s = ctx.styles
    coverage = annex_a_coverage(ctx.pack.questions())
    titles = annex_a_controls()
    story = [Paragraph(f"<b>Coverage: {len(coverage.probed)} of {coverage.total} Annex A controls probed</b> by "
                       "this questionnaire.", s.body)]
    if coverage.not_probed:
        outside = "; ".join(f"{safe(c)} {safe(titles[c])}" for c in coverage.not_probed)
        story.append(Paragraph(f"Outside this review ({len(coverage.not_probed)}): {outside}. No statement is made "
                               "about these controls here; the certification audit remains the evidence for them.",
                               s.muted))
    untested = untested_citations(ctx.score)
    if untested:
        story.append(Paragraph("Cited without a verdict (NIST's mapping does not back the citation and the "
                               f"questionnaire does not explain it): {safe(', '.join(untested))}.", s.muted))
    return story


def crosswalk(ctx: ReportContext) -> list:
    s = ctx.styles
    story: list = [
        section_heading(ctx, "Appendix B — ISO/IEC 27001 and NIST CSF crosswalk", "appendix-crosswalk"),
        *_method(ctx),
        *_coverage(ctx),
    ]
    for framework, title, key in FRAMEWORKS:
        rows = control_rows(ctx.score, framework)
        if not rows and framework in ("nis2", "dora"):
            continue  # only packs written for these regulations cite them
        story.append(sub_heading(ctx, title, key))
        if rows:
            paper_only = sum(1 for r in rows if r.paper_only)
            noun = "tested" if framework == "iso27001" else "referenced"
            story.append(Paragraph(f"{len(rows)} {noun}; {paper_only} paper only.", s.muted))
            story.append(_control_table(ctx, rows))
        else:
            story.append(Paragraph("The questionnaire references none.", s.muted))
        ctx.options.check_cancelled()
    return story
