"""Vendor scorecards for the vendor governance forum: a comparison page, then one page per vendor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..domain.portfolio import (
    TRUST_CATEGORIES, TRUST_CLAIMS, TRUST_PROVEN, TRUST_WEAK, Portfolio, VendorRow, VendorScorecard,
)
from ..domain.formatting import points, signed

DEFAULT_LABEL = "CONFIDENTIAL — Vendor governance"
UNPROVEN_LIMIT = 8  # strong claims without proof listed per vendor page: what to ask each vendor for


@dataclass(frozen=True)
class _Layout:
    """The two things the shared report building blocks read from a report context."""

    styles: object
    width: float


def _exit(value: bool | None) -> str:
    return {True: "tested", False: "not tested", None: "—"}[value]


def _trust_colour(trust: str) -> str:
    from . import styles as st

    return {TRUST_PROVEN: st.RESILIENT, TRUST_CLAIMS: st.ALERT, TRUST_WEAK: st.ALERT}.get(trust, st.INK)


def claims_vs_proof_chart(rows: list[VendorRow], width: float):
    """Claims and proof per vendor as paired horizontal bars on 0-100, weakest proof first."""
    from .charts import PairedRow, paired_bars
    from .fonts import drawable

    bars = [
        PairedRow(drawable(r.vendor, fallbacks=False), r.claims_index, r.proof_index,
                  None if r.gap_points is None else signed(r.gap_points),
                  emphasis=r.gap_points is not None and r.gap_points >= 25)
        for r in rows
    ]
    return paired_bars(bars, width, ("Claims (compliance index)", "Proof (capability index)"),
                       label_width=min(width * 0.34, 180.0), right=48, label_drop=2.7)


def _comparison_table(layout: _Layout, rows: list[VendorRow]):
    from reportlab.platypus import Paragraph, TableStyle

    from .flowables import ReportTable
    from .styles import grid_table_style
    from .text import safe

    s = layout.styles
    head = ["Vendor", "Claims", "Proof", "Gap", "Claims proven", "Trust", "Dependency", "Exit", "Proof change"]
    data = [[Paragraph(h, s.cell_head) for h in head]]
    for r in rows:
        trust = f'<font color="{_trust_colour(r.trust)}">{safe(r.trust)}</font>'
        data.append([
            Paragraph(safe(r.vendor), s.cell_bold), Paragraph(points(r.claims_index), s.cell),
            Paragraph(points(r.proof_index), s.cell), Paragraph(signed(r.gap_points), s.cell),
            Paragraph(points(r.backed_share, "%"), s.cell), Paragraph(trust, s.cell),
            Paragraph(points(r.dependency_index), s.cell), Paragraph(_exit(r.exit_tested), s.cell),
            Paragraph(signed(r.proof_delta), s.cell),
        ])
    fixed = [40, 36, 32, 52, 62, 58, 50, 50]
    table = ReportTable(data, colWidths=[layout.width - sum(fixed), *fixed], repeatRows=1)
    table.setStyle(TableStyle(grid_table_style()))
    return table


def _vendor_page(layout: _Layout, card: VendorScorecard) -> list:
    from reportlab.platypus import Paragraph, Spacer, TableStyle

    from . import styles as st
    from .charts import domain_bars
    from .document import Heading
    from .flowables import FitDrawing, ReportTable, kpi_tiles
    from .styles import grid_table_style
    from .text import safe, safe_or, shorten

    s, r = layout.styles, card.row
    story: list = [
        Heading(safe(r.vendor), s.h1, level=0, outline_title=r.vendor, key=f"vendor-{r.assessment_id}"),
        Paragraph(
            f"{safe(r.pack_id)} {safe(r.pack_version)} · assessed {safe(r.assessed_on)} · "
            f"{r.answered} of {r.total} questions answered", s.muted),
        kpi_tiles(layout, [
            (points(r.claims_index), "CLAIMS (COMPLIANCE INDEX)", st.COMPLIANCE),
            (points(r.proof_index), "PROOF (CAPABILITY INDEX)", st.CAPABILITY),
            (points(r.backed_share, "%"), "STRONG CLAIMS PROVEN", None),
            (safe(r.trust), "TRUST", _trust_colour(r.trust)),
        ]),
        Spacer(1, 8),
    ]
    facts = [
        f"Dependency managed in practice: <b>{points(r.dependency_index)}</b>",
        f"exit plan: <b>{_exit(r.exit_tested)}</b>",
    ]
    if r.concentration_risk:
        facts.append(f'<font color="{st.ALERT}"><b>concentration risk</b></font> — poorly managed dependency '
                     "and no tested way out")
    if r.proof_delta is not None:
        facts.append(f"proof since the previous assessment: <b>{signed(r.proof_delta)}</b>")
    story.append(Paragraph(" · ".join(facts), s.body))
    story.append(FitDrawing(domain_bars(card.item.score, layout.width, compact=True), min_scale=0.6))
    story.append(Spacer(1, 6))
    unproven = card.unproven_claims
    story.append(Paragraph("Claims to ask proof for", s.h2))
    if not unproven:
        if not any(isinstance(q.compliance, int) and q.compliance >= 3 for q in card.item.score.questions):
            story.append(Paragraph(f"This vendor makes no strong claim (level 3 or more) to ask proof for; its "
                                   f"proof index is {points(r.proof_index)} (trust: {safe(r.trust)}).", s.body))
        else:
            story.append(Paragraph("Every strong claim of this vendor is backed by strong, fresh proof.", s.body))
        return story
    data = [[Paragraph(h, s.cell_head) for h in ("Claim", "Claims", "Proof", "What counts as proof")]]
    for q in unproven[:UNPROVEN_LIMIT]:
        proof = "—" if not isinstance(q.capability, int) else str(q.capability)
        if q.capped_reason:
            proof += " (stale)"
        data.append([
            Paragraph(safe(q.question.title), s.cell_bold), Paragraph(str(q.compliance), s.cell),
            Paragraph(proof, s.cell),
            Paragraph(safe_or(shorten(q.question.evidence, 260), "Not specified by the pack"), s.cell),
        ])
    table = ReportTable(data, colWidths=[layout.width * 0.34, 44, 52, layout.width * 0.66 - 96], repeatRows=1)
    table.setStyle(TableStyle(grid_table_style()))
    story.append(table)
    if len(unproven) > UNPROVEN_LIMIT:
        story.append(Paragraph(f"… and {len(unproven) - UNPROVEN_LIMIT} more; see the assessment in the app.",
                               s.muted))
    return story


def _story(portfolio: Portfolio, layout: _Layout, doc, report_date: dt.date, label: str) -> list:
    from reportlab.platypus import FrameBreak, NextPageTemplate, PageBreak, Paragraph, Spacer

    from .document import Heading
    from .flowables import FitDrawing, label_value_table
    from .text import safe

    s = layout.styles
    rows = portfolio.rows
    trusted = sum(1 for r in rows if r.trust == TRUST_PROVEN)
    claims_only = sum(1 for r in rows if r.trust == TRUST_CLAIMS)
    story: list = [
        NextPageTemplate("body"),
        Paragraph("VENDOR GOVERNANCE FORUM · VENDOR SCORECARDS", s.cover_kicker),
        Paragraph("Trusted on proof,<br/>or on claims?", s.cover_title),
        Spacer(1, 10),
        Paragraph(f"{len(rows)} key vendor{'s' if len(rows) != 1 else ''}", s.cover_subject),
        Paragraph(f"{trusted} trusted on proof · {claims_only} resting on claims", s.cover_scope),
        FrameBreak(),
        Spacer(1, 6),
        label_value_table(layout, [
            ("HOW TO READ", "<b>Claims</b> is what a vendor documents and asserts (compliance index, 0-100). "
             "<b>Proof</b> is what was shown to work, with evidence fresh enough to count (capability index)."),
            ("TRUST", "<br/>".join(f"<b>{safe(name)}</b>: {safe(text)}" for name, text in TRUST_CATEGORIES.items())),
            ("EXIT AND DEPENDENCY", "Read from the questions the vendor pack tags exit or dependency: "
             "<b>exit tested</b> means leaving the vendor was exercised end to end with fresh proof."),
            ("REPORT DATE", safe(f"{report_date.day} {report_date:%b %Y}")),
            ("CLASSIFICATION", safe(label)),
        ]),
        PageBreak(),
        Heading("Vendors side by side", s.h1, level=0, outline_title="Vendors side by side", key="comparison"),
        Paragraph("Weakest proof first: the forum's attention goes where trust rests on claims.", s.muted),
        FitDrawing(claims_vs_proof_chart(rows, layout.width), min_scale=0.5),
        Spacer(1, 8),
        _comparison_table(layout, rows),
    ]
    for card in portfolio.scorecards:
        story += [PageBreak(), *_vendor_page(layout, card)]
    return story


def build_portfolio_pdf(portfolio: Portfolio, out: Path, *, label: str = DEFAULT_LABEL,
                        report_date: dt.date | None = None, on_progress=None, is_cancelled=None) -> Path:
    """Write the vendor scorecards to *out* atomically and return the path; never opens the database.

    ``on_progress(fraction, message)`` and ``is_cancelled()`` work as in the board report's ReportOptions;
    a cancellation raises ReportCancelled and leaves any earlier file as it was."""
    from .atomic import check_target, publish, temporary_sibling
    from .document import BoardDocument, PageInfo
    from .fonts import register_fonts
    from .options import ReportOptions
    from .styles import styles

    out = Path(out).expanduser()
    check_target(out)
    register_fonts()
    report_date = report_date or dt.date.today()
    hooks = {k: v for k, v in (("on_progress", on_progress), ("is_cancelled", is_cancelled)) if v is not None}
    options = ReportOptions(label=label, **hooks)
    options.on_progress(0.02, "Preparing the scorecards")
    options.check_cancelled()
    placed = [0]
    # Two layout passes (page X of Y); a comparison page and one page per vendor of roughly this many flowables.
    expected = max(1, 2 * (12 + 8 * len(portfolio.scorecards)))

    def on_flowable() -> None:
        placed[0] += 1
        if placed[0] % 4 == 0:
            options.check_cancelled()
            options.on_progress(0.05 + 0.9 * min(placed[0] / expected, 0.98), "Laying out pages")

    with temporary_sibling(out) as laid_out:
        doc = BoardDocument(
            str(laid_out), options, PageInfo(subject="Vendor scorecards", label=options.label, fingerprint=""),
            on_flowable=on_flowable,
            title="Vendor scorecards", author="Maturity", subject="Vendor trust: claims versus proof",
        )
        layout = _Layout(styles=styles(), width=doc.content_width)
        doc.lay_out(_story(portfolio, layout, doc, report_date, options.label))
        options.check_cancelled()
        publish(laid_out, out)
    options.on_progress(1.0, "Scorecards written")
    return out
