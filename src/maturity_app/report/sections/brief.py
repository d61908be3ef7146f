"""The two-page board brief: cover essentials and the summary on page one, chart, decisions and gaps on page two."""

from __future__ import annotations

from reportlab.platypus import FrameBreak, PageBreak, Paragraph, Spacer, TableStyle

from ...domain.fingerprint import grouped
from ...domain.formatting import level
from ...domain.i18n import _
from ...domain.plan import target_sentence
from .. import styles as st
from ..charts import domain_bars
from ..context import ReportContext, nice_date
from ..flowables import FitDrawing, ReportTable, ShrinkToFit, kpi_tiles, section_heading
from ..text import safe, safe_or, shorten
from .cover import cover_band
from .summary import coverage_flowables, iso_flowables, kpis, limitations_flowables, narrative_flowables

BRIEF_GAPS = 5
BRIEF_ESCALATIONS = 5
TEXT_LIMIT = 260


def _first_page(ctx: ReportContext) -> list:
    s, info = ctx.styles, ctx.info
    # Reuse the cover band (title, subject, scope), then put the essentials where the details table would be.
    band = [*cover_band(ctx, kicker=_("Board brief · Capability assessment")), FrameBreak()]
    facts = (safe(_("{pack} {version} · assessed {day}").format(pack=ctx.pack.title, version=ctx.pack.version,
                                                                 day=nice_date(info.created_at)))
             + " · " + safe(_("facilitator {name}") if info.mode == "workshop" else _("assessor {name}")).format(
                 name=safe_or(info.assessor, _("not recorded"))) + " · "
             + safe(_("report {day}").format(day=nice_date(ctx.report_date))))
    body = [
        Paragraph(facts, s.muted),
        *coverage_flowables(ctx),
        Spacer(1, 6),
        kpi_tiles(ctx, kpis(ctx)),
        Spacer(1, 10),
        *narrative_flowables(ctx, with_context=True),
        *iso_flowables(ctx),
        *limitations_flowables(ctx),
    ]
    # maxHeight 0: shrink into whatever the cover's lower frame leaves, so page one never spills over.
    return [*band, ShrinkToFit(body, ctx.width), PageBreak()]


def _decisions(ctx: ReportContext) -> list:
    s = ctx.styles
    chosen = ctx.score.escalations
    if not chosen:
        return [Paragraph(safe(_("No decision is escalated to the board in this assessment.")), s.body)]
    rows = [[Paragraph(safe(h), s.cell_head) for h in (_("Decision asked"), _("If nothing changes"),
                                                         _("Capability owner"))]]
    for q in chosen[:BRIEF_ESCALATIONS]:
        rows.append([
            Paragraph(f"<b>{safe(q.question.title)}</b><br/>"
                      + safe_or(shorten(q.answer.decision, TEXT_LIMIT), _("No decision text recorded")), s.cell),
            Paragraph(safe(shorten(q.question.consequence, TEXT_LIMIT)), s.cell),
            Paragraph(safe_or(shorten(q.answer.owner, 60), _("No named owner")), s.cell),
        ])
    table = ReportTable(rows, colWidths=[ctx.width * f for f in (0.46, 0.38, 0.16)], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(st.grid_table_style()))
    story: list = [table]
    if len(chosen) > BRIEF_ESCALATIONS:
        story.append(Paragraph(safe(_("{count} more in the full report.").format(
            count=len(chosen) - BRIEF_ESCALATIONS)), s.muted))
    return story


def _gaps(ctx: ReportContext) -> list:
    s = ctx.styles
    gaps = ctx.score.top_gaps(BRIEF_GAPS)
    if not gaps:
        return [Paragraph(safe(_("No answered question shows practice trailing its paperwork.") if ctx.score.answered
                               else _("No question is answered yet, so no gap can be shown.")), s.body)]
    rows = [[Paragraph(safe(h), s.cell_head) for h in (_("Gap"), _("Paper → practice"), _("Remediation"),
                                                         _("Action owner · due"))]]
    for q in gaps:
        rows.append([
            Paragraph(f"<b>{safe(q.question.title)}</b><br/><font color='{st.MUTED}'>{safe(q.domain.title)}</font>",
                      s.cell),
            Paragraph(safe(f"{level(q.compliance)} → {level(q.capability)}"
                           + (" (" + _("claimed {level}, no valid proof").format(level=level(q.answer.capability))
                              + ")" if q.stale else "")), s.cell),
            Paragraph(safe_or(shorten(q.answer.action, TEXT_LIMIT), _("No action recorded")), s.cell),
            Paragraph(safe_or(shorten(q.answer.action_owner, 60), _("Unassigned")) + "<br/>"
                      + safe(nice_date(q.answer.action_due)), s.cell),
        ])
    table = ReportTable(rows, colWidths=[ctx.width * f for f in (0.32, 0.14, 0.36, 0.18)], repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(st.grid_table_style()))
    return [table]


def board_brief(ctx: ReportContext) -> list:
    s = ctx.styles
    body = [
        Paragraph(safe(_("Compliance and capability by domain")), s.h3),
        FitDrawing(domain_bars(ctx.score, ctx.width, compact=True)),
        Paragraph(safe(_("Decisions asked of the board")), s.h3),
        *_decisions(ctx),
        Paragraph(safe(_("Top {count} gaps").format(count=BRIEF_GAPS)), s.h3),
        *_gaps(ctx),
        Spacer(1, 4),
        Paragraph(safe(ctx.score.verification_share().sentence()), s.body),
        *([Paragraph(safe(t), s.body)] if (t := target_sentence(ctx.score, list(ctx.score.targets))) else []),
        Spacer(1, 8),
        Paragraph(safe(_("Record fingerprint (SHA-256): {digest} — check with {command}.")).format(
            digest=f"<b>{grouped(ctx.fingerprint)}</b>", command=f"<i>maturity-app fingerprint {ctx.info.id}</i>"),
            s.muted),
    ]
    return [*_first_page(ctx), section_heading(ctx, _("At a glance"), "brief"),
            ShrinkToFit(body, ctx.width)]
