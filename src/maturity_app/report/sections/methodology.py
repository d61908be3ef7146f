"""Appendix C: how the numbers are made, and the two scales from the pack the assessment used."""

from __future__ import annotations

from reportlab.platypus import Paragraph, TableStyle

from ...domain.scoring import DOMAIN_PAPER_GAP_POINTS, HIGH, PAPER_MATURITY_GAP, STALE_CAP
from .. import styles as st
from ..context import ReportContext
from ..flowables import ReportTable, section_heading, sub_heading
from ..text import safe


def methodology_paragraphs() -> list[str]:
    return [
        "<b>Two axes.</b> Every question is rated twice on a 0–4 scale: <i>compliance</i> (what the paperwork "
        "supports: documented, approved, evidenced, audited) and <i>capability</i> (what has been shown to work: "
        "exercised, proven under pressure). Questions marked not applicable are left out of every figure.",
        f"<b>Effective capability.</b> A capability claim of level {STALE_CAP + 1} or {STALE_CAP + 2} counts only "
        "when it rests on proof: if no proof date is recorded, or the last proof is older than the freshness window "
        f"the question sets (typically 12 months), the claim is counted as level {STALE_CAP} and listed as a stale "
        "proof with the reason.",
        "<b>Gap and weighted shortfall.</b> A question's gap is its compliance level minus its effective capability "
        f"level; a gap of {PAPER_MATURITY_GAP} or more is paper maturity. Weighted shortfall is the question's "
        "weight (1–3) times a positive gap, and ranks the top gaps.",
        f"<b>Quadrants.</b> A level of {HIGH} or more is strong. Strong on both axes is <i>resilient</i>; strong on "
        "paper only is a <i>paper tiger</i>; strong in practice only is an <i>undocumented strength</i>; strong on "
        "neither is <i>exposed</i>.",
        "<b>Indices.</b> The compliance and capability indices are weighted means of the levels, scaled to 0–100 "
        "(level 4 everywhere is 100), for the whole assessment and per domain. A domain whose compliance index "
        f"exceeds its capability index by {DOMAIN_PAPER_GAP_POINTS:.0f} points or more (one full level on average) "
        "is compliant on paper but unproven in practice.",
        "<b>Escalations</b> are limited by a budget set for the assessment so that the board sees only the "
        "decisions it alone can take. <b>Unowned</b> capabilities are those claimed at level 1 or above with no "
        "named owner.",
        "<b>Fingerprint.</b> The SHA-256 digest on the cover is computed over canonical JSON of the questionnaire "
        "snapshot and the recorded answers (timestamps of when answers were typed are left out). "
        "<i>maturity-app fingerprint ID</i> prints the same digest from the record; if they differ, the report "
        "does not match the record.",
    ]


def scale_table(ctx: ReportContext, scale) -> ReportTable:
    s = ctx.styles
    rows = [[Paragraph(h, s.cell_head) for h in ("Level", "Label", "What it looks like")]]
    for level in scale.levels:
        rows.append([Paragraph(f"<b>{level.level}</b>", s.cell), Paragraph(f"<b>{safe(level.label)}</b>", s.cell),
                     Paragraph(safe(level.anchor), s.cell)])
    table = ReportTable(rows, colWidths=[ctx.width * f for f in (0.08, 0.22, 0.70)], repeatRows=1)
    table.setStyle(TableStyle(st.grid_table_style()))
    return table


def methodology(ctx: ReportContext) -> list:
    s, scales = ctx.styles, ctx.pack.scales
    story: list = [section_heading(ctx, "Appendix C — Methodology and scales", "appendix-methodology")]
    story += [Paragraph(text, s.body) for text in methodology_paragraphs()]
    story.append(sub_heading(ctx, f"Compliance scale: {scales.compliance.title}", "scale-compliance"))
    story.append(scale_table(ctx, scales.compliance))
    story.append(sub_heading(ctx, f"Capability scale: {scales.capability.title}", "scale-capability"))
    story.append(scale_table(ctx, scales.capability))
    return story
