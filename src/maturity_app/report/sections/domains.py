"""The domain view: paired bars per domain, a domain table, and the quadrant scatter of questions."""

from __future__ import annotations

from ...domain.i18n import _
from ..options import section_title

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, TableStyle

from ...domain.narrative import quadrant_counts, quadrant_meaning
from ...domain.method import scoring_rules_by_name
from ...domain.scoring import UNPROVEN_LEVEL, Quadrant
from .. import styles as st
from ..charts import QUADRANT_LABELS, domain_bars, quadrant_scatter
from ..context import ReportContext
from ..flowables import FitDrawing, ReportTable, section_heading, sub_heading
from ..keeping import Figure
from ...domain.formatting import MISSING, capitalised, points, signed
from ..text import safe

def domain_table(ctx: ReportContext) -> ReportTable:
    s = ctx.styles
    head = [_("Domain"), _("Answered"), _("On paper"), _("In practice"), _("Gap"), _("Finding")]
    rows = [[Paragraph(safe(h), s.cell_head) for h in head]]
    for d in ctx.score.domains:
        gap = MISSING if d.gap_points is None else signed(d.gap_points)
        finding = safe(capitalised(_(d.verdict))) if d.verdict else ""
        rows.append([
            Paragraph(safe(d.domain.title), s.cell_bold if d.paper_maturity else s.cell),
            Paragraph(f"{d.answered}/{d.applicable}", s.cell),
            Paragraph(points(d.compliance_index), s.cell),
            Paragraph(points(d.capability_index), s.cell),
            Paragraph(f'<font color="{st.ALERT if d.paper_maturity else st.TEXT}">{gap}</font>', s.cell),
            Paragraph(f'<font color="{st.ALERT}"><b>{finding}</b></font>' if d.paper_maturity else finding, s.cell),
        ])
    w = ctx.width
    table = ReportTable(rows, colWidths=[w * 0.40, w * 0.12, w * 0.12, w * 0.12, w * 0.10, w * 0.14], repeatRows=1)
    table.setStyle(TableStyle(st.grid_table_style()))
    return table


def quadrant_legend(ctx: ReportContext, width: float) -> ReportTable:
    s = ctx.styles
    counts = quadrant_counts(ctx.score)
    rows = []
    for quadrant in (Quadrant.RESILIENT, Quadrant.PAPER_TIGER, Quadrant.UNDOCUMENTED_STRENGTH, Quadrant.EXPOSED):
        rows.append([
            "",
            Paragraph(f"<b>{safe(_(QUADRANT_LABELS[quadrant]))}</b> · {counts[quadrant]}<br/>"
                      f'<font color="{st.MUTED}">{safe(quadrant_meaning(ctx.score, quadrant))}</font>', s.cell),
        ])
    table = ReportTable(rows, colWidths=[8, width - 8])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (1, 0), (1, -1), 8)]
    for index, quadrant in enumerate((Quadrant.RESILIENT, Quadrant.PAPER_TIGER, Quadrant.UNDOCUMENTED_STRENGTH,
                                      Quadrant.EXPOSED)):
        style.append(("BACKGROUND", (0, index), (0, index), colors.HexColor(st.QUADRANT_COLOURS[quadrant.value])))
    table.setStyle(TableStyle(style))
    return table


def domain_view(ctx: ReportContext) -> list:
    s = ctx.styles
    scatter_size = min(ctx.width * 0.6, 320)
    legend_width = ctx.width - scatter_size - 12
    side_by_side = ReportTable(
        [[FitDrawing(quadrant_scatter(ctx.score, scatter_size)),
          [Spacer(1, 8), quadrant_legend(ctx, legend_width),
           Paragraph(safe(_("Each dot is a question, placed by its compliance level and its effective capability "
                            "(capability counted at most {level} when proof is stale or missing). Larger dots carry "
                            "more weight. Dots sharing a cell are fanned out in a fixed pattern.").format(
                level=UNPROVEN_LEVEL)), s.muted)]]],
        colWidths=[scatter_size + 12, legend_width],
    )
    side_by_side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [
        section_heading(ctx, section_title("domains"), "domains"),
        Paragraph(safe(_("For every domain, the orange bar is what the paperwork supports and the blue bar what has "
                         "been shown to work. {rule} Such a domain is called compliant on paper but unproven in "
                         "practice, once enough of it is answered.").format(
            rule=scoring_rules_by_name()["Paper only"])), s.body),
        FitDrawing(domain_bars(ctx.score, ctx.width)),
        Figure([sub_heading(ctx, _("Where each question sits"), "domains-quadrants"), side_by_side]),
        sub_heading(ctx, _("Domains in figures"), "domains-table"),
        domain_table(ctx),
    ]
