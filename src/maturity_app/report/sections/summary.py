"""The one-page executive summary: headline numbers, the narrative, and the domain chart."""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer

from .. import styles as st
from ..charts import domain_bars
from ..context import ReportContext
from ..flowables import FitDrawing, ShrinkToFit, kpi_tiles, section_heading
from ...domain.formatting import points
from ..text import safe, safe_or, shorten
from ...domain.crosswalk import control_rows
from ...domain.i18n import _, ngettext
from ..options import section_title
from ...domain.plan import target_sentence

DECISION_LIMIT = 120  # characters of each decision on the summary page; the escalation cards print it whole


def kpis(ctx: ReportContext) -> list[tuple[str, str, str | None]]:
    score = ctx.score
    scored = len(score.scored_domains)
    return [
        (points(score.compliance_index), tile(_("On paper\ncompliance index")), st.COMPLIANCE),
        (points(score.capability_index), tile(_("In practice\ncapability index")), st.CAPABILITY),
        ("—" if not scored else str(len(score.paper_domains)),
         tile(ngettext("of {count} areas compliant\non paper, unproven\nin practice",
                       "of {count} areas compliant\non paper, unproven\nin practice", scored).format(count=scored))
         if scored else tile(_("Areas compliant on paper,\nunproven in practice")),
         st.ALERT if score.paper_domains else None),
        (str(len(score.exposed)), tile(_("Exposed: weak\non both sides")), st.ALERT if score.exposed else None),
        (f"{len(score.escalations)}/{score.escalation_budget}", tile(_("Decisions escalated\nto the board")), None),
        (str(len(score.unowned)), tile(_("Capabilities with\nno capability owner")),
         st.ALERT if score.unowned else None),
        (str(len(score.stale)), tile(_("Claims on stale\nor missing proof")), st.ALERT if score.stale else None),
    ]


def tile(text: str) -> str:
    """A tile's label: escaped, its line breaks kept (the translation places them for its own words)."""
    return safe(text)


def coverage_flowables(ctx: ReportContext) -> list:
    """Coverage comes first: what the figures rest on, marked as a draft until everything applicable is answered."""
    s, n = ctx.styles, ctx.narrative
    colour = st.ALERT if ctx.score.is_draft or not ctx.score.applicable else st.MUTED
    return [Paragraph(f'<font color="{colour}"><b>{safe(n.coverage)}</b></font>', s.body)]


def narrative_flowables(ctx: ReportContext, with_context: bool = True) -> list:
    s, n = ctx.styles, ctx.narrative
    story: list = [Paragraph(safe(n.headline), s.lead)]
    story += [Paragraph(safe(text), s.callout) for text in n.findings]
    if with_context and n.context:
        story += [Paragraph(safe(text), s.bullet, bulletText="•") for text in n.context]
    return story


def iso_flowables(ctx: ReportContext) -> list:
    """What the report says about the ISO/IEC 27001:2022 certificate: how many of the controls it tests stand
    on paper only."""
    rows = control_rows(ctx.score, "iso27001")
    if not rows:
        return [Paragraph("<b>ISO/IEC 27001:2022.</b> " + safe(_(
            "This questionnaire tests no ISO/IEC 27001 control, so the report says nothing about what stands behind "
            "the certificate.")), ctx.styles.body)]
    paper_only = sum(1 for r in rows if r.paper_only)
    too_few = sum(1 for r in rows if not r.enough_answers)
    text = ngettext("Of the {controls} this assessment tests, {count} is compliant on paper but unproven in practice",
                    "Of the {controls} this assessment tests, {count} are compliant on paper but unproven in practice",
                    paper_only).format(
        controls=ngettext("{count} control", "{count} controls", len(rows)).format(count=len(rows)), count=paper_only)
    text += ngettext("; {count} has too few answers to judge.", "; {count} have too few answers to judge.",
                     too_few).format(count=too_few) if too_few else "."
    return [Paragraph("<b>ISO/IEC 27001:2022.</b> " + safe(text), ctx.styles.body)]


def decisions_flowables(ctx: ReportContext) -> list:
    """The decisions asked of the board, one line each, on the summary page (the cards follow later)."""
    s, chosen = ctx.styles, ctx.score.escalations
    story: list = [Paragraph(safe(_("Decisions asked of the board")), s.h3)]
    if not chosen:
        return story + [Paragraph(safe(_("No decision is escalated to the board in this assessment.")), s.body)]
    for q in chosen:
        story.append(Paragraph(f"<b>{safe(q.question.title)}.</b> "
                               + safe_or(shorten(q.answer.decision, DECISION_LIMIT), _("No decision text recorded.")),
                               s.bullet, bulletText="•"))
    return story


def limitations_flowables(ctx: ReportContext) -> list:
    return [Paragraph(f"<b>{safe(_('Limitations.'))}</b> {safe(ctx.limitations)}", ctx.styles.muted)]


def executive_summary(ctx: ReportContext) -> list:
    s = ctx.styles
    body: list = [
        *coverage_flowables(ctx),
        Spacer(1, 4),
        kpi_tiles(ctx, kpis(ctx)),
        Spacer(1, 12),
        *narrative_flowables(ctx),
        Paragraph(safe(ctx.score.verification_share().sentence()), s.body),
        *([Paragraph(safe(targets), s.body)] if (targets := target_sentence(ctx.score, list(ctx.score.targets)))
          else []),
        *iso_flowables(ctx),
        *decisions_flowables(ctx),
        *limitations_flowables(ctx),
        Spacer(1, 4),
        Paragraph(safe(_("Compliance and capability by domain")), s.h3),
        FitDrawing(domain_bars(ctx.score, ctx.width, compact=len(ctx.score.domains) > 8)),
    ]
    # Shrinking (rarely needed) keeps the summary on one page whatever the narrative's length.
    return [section_heading(ctx, section_title("summary"), "summary"),
            ShrinkToFit(body, ctx.width)]
