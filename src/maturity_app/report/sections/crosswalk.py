"""Appendix B: for each ISO/IEC 27001:2022 control, NIST CSF 2.0 outcome and NIS2/DORA article a question tests,
what stands behind it; how the references were checked; and which Annex A controls this review does not probe."""

from __future__ import annotations

from ...domain.i18n import _
from ..options import section_title

from reportlab.platypus import Paragraph, TableStyle

from ...domain.crosswalk import FRAMEWORKS, ControlRow, control_rows, untested_citations
from ...domain.formatting import points
from ...domain.method import scoring_rules_by_name
from ...domain.reference_review import annex_a_coverage
from ...domain.references import annex_a_controls, csf_iso_mapping
from ...domain.scoring import NOT_ENOUGH_ANSWERS
from .. import styles as st
from ..context import ReportContext
from ..flowables import ReportTable, kept_with_next, section_heading, sub_heading
from ..text import safe

MAX_LISTED = 12  # questions named per control; the indices still cover all of them


def _control_table(ctx: ReportContext, rows: list[ControlRow]) -> ReportTable:
    s = ctx.styles
    data = [[Paragraph(safe(h), s.cell_head) for h in (_("Id"), _("Control or outcome"), _("Questions behind it"),
                                                         _("Paper"), _("Practice"), "")]]
    for row in rows:
        questions = "<br/>".join(
            f"{safe(q.question.title)} <font color='{st.MUTED}'>({safe(ctx.level_label('capability', q.capability))})</font>"
            for q in row.questions[:MAX_LISTED])
        if len(row.questions) > MAX_LISTED:
            more = _("and {count} more").format(count=len(row.questions) - MAX_LISTED)
            questions += f"<br/><font color='{st.MUTED}'>{safe(more)}</font>"
        flag = f'<font color="{st.ALERT}"><b>{safe(_("Paper only"))}</b></font>' if row.paper_only else (
            f'<font color="{st.MUTED}">{safe(_(NOT_ENOUGH_ANSWERS))}</font>' if not row.enough_answers else "")
        data.append([Paragraph(f"<b>{safe(row.control_id)}</b>", s.cell), Paragraph(safe(row.title), s.cell),
                     Paragraph(questions, s.cell), Paragraph(points(row.compliance), s.cell),
                     Paragraph(points(row.capability), s.cell), Paragraph(flag, s.cell)])
    table = ReportTable(data, colWidths=[ctx.width * f for f in (0.125, 0.285, 0.31, 0.085, 0.095, 0.10)],
                  repeatRows=1)
    table.setStyle(TableStyle(st.grid_table_style()))
    return table


def _method(ctx: ReportContext) -> list:
    s = ctx.styles
    mapping = csf_iso_mapping()
    return [
        Paragraph(f"<b>{safe(_('Method.'))}</b> " + safe(_(
            "Each question names the ISO/IEC 27001:2022 clauses and Annex A controls, NIST CSF 2.0 outcomes and, "
            "where relevant, NIS2 and DORA articles that its two sides test. The ISO and CSF references were checked "
            "against NIST's own informative-reference mapping from CSF 2.0 to ISO/IEC 27001:2022 (CSF 2.0 Reference "
            "Tool, export of {export}): a control gets a verdict below only where NIST links it to one of the "
            "question's CSF outcomes, exactly or within the same CSF category, or where the questionnaire states why "
            "it cites the control anyway. Each row shows the compliance and capability indices of the questions "
            "behind it (0–100, capability counted as effective capability); it describes those questions, not an "
            "audit of the whole control.").format(export=mapping.export_generated)), s.body),
        Paragraph(f"<b>{safe(_('Paper only'))}</b> " + safe(_("marks a control by the rule used for domains: {rule}")
                                                             .format(rule=scoring_rules_by_name()["Paper only"])),
                  s.body),
    ]


def _coverage(ctx: ReportContext) -> list:
    s = ctx.styles
    coverage = annex_a_coverage(ctx.pack.questions())
    titles = annex_a_controls()
    story = [Paragraph(safe(_("Coverage: {probed} of {total} Annex A controls probed by this questionnaire.").format(
        probed=len(coverage.probed), total=coverage.total)), s.body)]
    if coverage.not_probed:
        outside = "; ".join(f"{c} {titles[c]}" for c in coverage.not_probed)
        story.append(Paragraph(safe(_("Outside this review ({count}): {controls}. No statement is made about these "
                                      "controls here; the certification audit remains the evidence for them.").format(
            count=len(coverage.not_probed), controls=outside)), s.muted))
    untested = untested_citations(ctx.score)
    if untested:
        story.append(Paragraph(safe(_("Cited without a verdict (NIST's mapping does not back the citation and the "
                                      "questionnaire does not explain it): {ids}.").format(ids=", ".join(untested))),
                               s.muted))
    return story


def crosswalk(ctx: ReportContext) -> list:
    s = ctx.styles
    story: list = [
        section_heading(ctx, section_title("crosswalk"), "appendix-crosswalk"),
        *_method(ctx),
        *_coverage(ctx),
    ]
    for framework, title, key in FRAMEWORKS:
        rows = control_rows(ctx.score, framework)
        if not rows and framework in ("nis2", "dora"):
            continue  # only packs written for these regulations cite them
        story.append(sub_heading(ctx, _(title), key))
        if rows:
            paper_only = sum(1 for r in rows if r.paper_only)
            text = (_("{count} tested; {paper_only} paper only.") if framework == "iso27001" else
                    _("{count} referenced; {paper_only} paper only."))
            story.append(kept_with_next(Paragraph(safe(text.format(count=len(rows), paper_only=paper_only)),
                                                  s.muted)))
            story.append(_control_table(ctx, rows))
        else:
            story.append(Paragraph(safe(_("The questionnaire references none.")), s.muted))
        ctx.options.check_cancelled()
    return story
