"""The one-page executive summary: headline numbers, the narrative, and the domain chart."""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer

from .. import styles as st
from ..charts import domain_bars
from ..context import ReportContext
from ..flowables import FitDrawing, ShrinkToFit, kpi_tiles, section_heading
from ..formatting import number
from ..text import safe
from ...domain.plan import target_sentence


def kpis(ctx: ReportContext) -> list[tuple[str, str, str | None]]:
    score = ctx.score
    share = score.paper_domain_share
    return [
        (number(score.compliance_index), "On paper<br/>compliance index", st.COMPLIANCE),
        (number(score.capability_index), "In practice<br/>capability index", st.CAPABILITY),
        ("—" if share is None else f'{share:.0f}<font size="13">%</font>', "Areas compliant on paper,<br/>unproven in practice",
         st.ALERT if share else None),
        (f"{len(score.escalations)}/{score.escalation_budget}", "Decisions escalated<br/>to the board", None),
        (str(len(score.unowned)), "Capabilities with<br/>no named owner", st.ALERT if score.unowned else None),
        (str(len(score.stale)), "Claims on stale<br/>or missing proof", st.ALERT if score.stale else None),
    ]


def narrative_flowables(ctx: ReportContext, with_context: bool = True) -> list:
    s, n = ctx.styles, ctx.narrative
    story: list = [Paragraph(safe(n.headline), s.lead)]
    story += [Paragraph(safe(text), s.callout) for text in n.findings]
    if with_context and n.context:
        items = "".join(f"<br/>•&nbsp;&nbsp;{safe(text)}" for text in n.context)[5:]
        story.append(Paragraph(items, s.body))
    return story


def executive_summary(ctx: ReportContext) -> list:
    s = ctx.styles
    body: list = [
        kpi_tiles(ctx, kpis(ctx)),
        Spacer(1, 12),
        *narrative_flowables(ctx),
        Paragraph(safe(ctx.score.verification_share().sentence()), s.body),
        *([Paragraph(safe(targets), s.body)] if (targets := target_sentence(ctx.score, list(ctx.score.targets)))
          else []),
        Spacer(1, 4),
        Paragraph("Compliance and capability by domain", s.h3),
        FitDrawing(domain_bars(ctx.score, ctx.width, compact=len(ctx.score.domains) > 8)),
    ]
    # Shrinking (rarely needed) keeps the summary on one page whatever the narrative's length.
    return [section_heading(ctx, "Executive summary", "summary"),
            ShrinkToFit(body, ctx.width)]
