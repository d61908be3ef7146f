"""Vendor scorecards for the vendor governance forum: a comparison page, then one page per vendor."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..domain import i18n
from ..domain.formatting import capitalised, long_day, points, signed
from ..domain.formatting import day as nice_date
from ..domain.i18n import N_, _, ngettext
from ..domain.portfolio import (
    TRUST_CLAIMS, TRUST_PROVEN, TRUST_WEAK, Portfolio, VendorRow, VendorScorecard, trust_categories,
)

DEFAULT_LABEL = N_("CONFIDENTIAL — Vendor governance")  # printed in the scorecards' language while unchanged
UNPROVEN_LIMIT = 8  # strong claims without proof listed per vendor page: what to ask each vendor for


@dataclass(frozen=True)
class _Layout:
    """The two things the shared report building blocks read from a report context."""

    styles: object
    width: float


def _exit(value: bool | None) -> str:
    return {True: _("tested"), False: _("not tested"), None: "—"}[value]


def _trust_colour(trust: str) -> str:
    from . import styles as st

    return {TRUST_PROVEN: st.RESILIENT, TRUST_CLAIMS: st.ALERT, TRUST_WEAK: st.ALERT}.get(trust, st.INK)


def claims_vs_proof_chart(rows: list[VendorRow], width: float):
    """Claims and proof per vendor as paired horizontal bars on 0-100, weakest proof first."""
    from .charts import PairedRow, paired_bars
    from .fonts import drawable

    bars = [
        PairedRow(drawable(r.vendor), r.claims_index, r.proof_index,
                  None if r.gap_points is None else signed(r.gap_points),
                  emphasis=r.gap_points is not None and r.gap_points >= 25)
        for r in rows
    ]
    return paired_bars(bars, width, (_("Claims (compliance index)"), _("Proof (capability index)")),
                       label_width=min(width * 0.34, 180.0), right=48, label_drop=2.7)


def _tile_words(text: str, room: float) -> str:
    """A category in words for a headline tile, set smaller than the tile's figures when its longest word would
    not fit the tile ("nur Angaben" broke as "nur An-gaben")."""
    from .fonts import BOLD, string_width
    from .text import safe

    size = 22.0  # the tiles' figures (styles.kpi_value)
    widest = max((string_width(word, BOLD, size) for word in text.split()), default=0.0)
    if widest <= room:
        return safe(text)
    return f'<font size="{max(11.0, size * room / widest):.1f}">{safe(text)}</font>'


def _comparison_table(layout: _Layout, rows: list[VendorRow]):
    from reportlab.platypus import Paragraph, TableStyle

    from .flowables import ReportTable
    from .styles import grid_table_style
    from .text import safe

    s = layout.styles
    head = [_("Vendor"), _("Claims"), _("Proof"), _("Gap"), _("Claims proven"), _("Trust"), _("Dependency"),
            _("Exit"), _("Proof change")]
    data = [[Paragraph(safe(h), s.cell_head) for h in head]]
    for r in rows:
        trust = f'<font color="{_trust_colour(r.trust)}">{safe(_(r.trust))}</font>'
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
    """One page per vendor, whatever the length of its name: what follows the name is scaled down to the page
    rather than spill a few rows onto a page of their own (the name stays outside, in the outline)."""
    from .flowables import ShrinkToFit

    heading, *rest = _vendor_story(layout, card)
    return [heading, ShrinkToFit(rest, layout.width)]


def _vendor_story(layout: _Layout, card: VendorScorecard) -> list:
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
            safe(_("{pack} {version} · assessed {day} · {answered} of {total} questions answered").format(
                pack=card.item.score.pack.title, version=r.pack_version, day=nice_date(r.assessed_on),
                answered=r.answered, total=r.total)), s.muted),
        kpi_tiles(layout, [
            (points(r.claims_index), safe(_("CLAIMS (COMPLIANCE INDEX)")), st.COMPLIANCE),
            (points(r.proof_index), safe(_("PROOF (CAPABILITY INDEX)")), st.CAPABILITY),
            (points(r.backed_share, "%"), safe(_("STRONG CLAIMS PROVEN")), None),
            (_tile_words(_(r.trust), (layout.width - 3 * 6) / 4 - 16), safe(_("TRUST")), _trust_colour(r.trust)),
        ]),
        Spacer(1, 8),
    ]
    facts = [
        safe(_("Dependency managed in practice: {index}")).format(index=f"<b>{points(r.dependency_index)}</b>"),
        safe(_("exit plan: {state}")).format(state=f"<b>{_exit(r.exit_tested)}</b>"),
    ]
    if r.concentration_risk:
        facts.append(f'<font color="{st.ALERT}"><b>{safe(_("concentration risk"))}</b></font> — '
                     + safe(_("poorly managed dependency and no tested way out")))
    if r.proof_delta is not None:
        facts.append(safe(_("proof since the previous assessment: {change}")).format(
            change=f"<b>{signed(r.proof_delta)}</b>"))
    story.append(Paragraph(" · ".join(facts), s.body))
    story.append(FitDrawing(domain_bars(card.item.score, layout.width, compact=True), min_scale=0.6))
    story.append(Spacer(1, 6))
    unproven = card.unproven_claims
    story.append(Paragraph(safe(_("Claims to ask proof for")), s.h2))
    if not unproven:
        if not any(isinstance(q.compliance, int) and q.compliance >= 3 for q in card.item.score.questions):
            story.append(Paragraph(safe(_("This vendor makes no strong claim (level 3 or more) to ask proof for; "
                                          "its proof index is {index} (trust: {trust}).").format(
                index=points(r.proof_index), trust=_(r.trust))), s.body))
        else:
            story.append(Paragraph(safe(_("Every strong claim of this vendor is backed by strong, fresh proof.")),
                                   s.body))
        return story
    data = [[Paragraph(safe(h), s.cell_head) for h in (_("Claim"), _("Claims"), _("Proof"),
                                                         _("What counts as proof"))]]
    for q in unproven[:UNPROVEN_LIMIT]:
        proof = "—" if not isinstance(q.capability, int) else str(q.capability)
        if q.capped_reason:
            proof += " " + _("(stale)")
        data.append([
            Paragraph(safe(q.question.title), s.cell_bold), Paragraph(str(q.compliance), s.cell),
            Paragraph(safe(proof), s.cell),
            Paragraph(safe_or(shorten(q.question.evidence, 260), _("Not specified by the pack")), s.cell),
        ])
    table = ReportTable(data, colWidths=[layout.width * 0.34, 44, 52, layout.width * 0.66 - 96], repeatRows=1)
    table.setStyle(TableStyle(grid_table_style()))
    story.append(table)
    if len(unproven) > UNPROVEN_LIMIT:
        story.append(Paragraph(safe(_("… and {count} more; see the assessment in the app.").format(
            count=len(unproven) - UNPROVEN_LIMIT)), s.muted))
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
        Paragraph(safe(_("VENDOR GOVERNANCE FORUM · VENDOR SCORECARDS")), s.cover_kicker),
        Paragraph(safe(_("Trusted on proof,\nor on claims?")), s.cover_title),
        Spacer(1, 10),
        Paragraph(safe(ngettext("{count} key vendor", "{count} key vendors", len(rows)).format(count=len(rows))),
                  s.cover_subject),
        Paragraph(safe(_("{trusted} trusted on proof · {claims} resting on claims").format(
            trusted=trusted, claims=claims_only)), s.cover_scope),
        FrameBreak(),
        Spacer(1, 6),
        label_value_table(layout, [
            (_("HOW TO READ"), safe(_("Claims is what a vendor documents and asserts (compliance index, 0-100). "
                                      "Proof is what was shown to work, with evidence fresh enough to count "
                                      "(capability index)."))),
            (_("TRUST"), "<br/>".join(f"<b>{safe(capitalised(_(name)))}</b>: {safe(text)}"
                                      for name, text in trust_categories().items())),
            (_("EXIT AND DEPENDENCY"), safe(_("Read from the questions the vendor pack tags exit or dependency: "
                                              "exit tested means leaving the vendor was exercised end to end with "
                                              "fresh proof."))),
            (_("REPORT DATE"), safe(long_day(report_date))),
            (_("CLASSIFICATION"), safe(_(label) if label == DEFAULT_LABEL else label)),
        ]),
        PageBreak(),
        Heading(safe(_("Vendors side by side")), s.h1, level=0, outline_title=_("Vendors side by side"),
                key="comparison"),
        Paragraph(safe(_("Weakest proof first: the forum's attention goes where trust rests on claims.")), s.muted),
        FitDrawing(claims_vs_proof_chart(rows, layout.width), min_scale=0.5),
        Spacer(1, 8),
        _comparison_table(layout, rows),
    ]
    for card in portfolio.scorecards:
        story += [PageBreak(), *_vendor_page(layout, card)]
    return story


def build_portfolio_pdf(portfolio: Portfolio, out: Path, *, label: str = DEFAULT_LABEL,
                        report_date: dt.date | None = None, on_progress=None, is_cancelled=None,
                        language: str | None = None, page_size: str = "a4") -> Path:
    """Write the vendor scorecards to *out* atomically and return the path; never opens the database.

    ``on_progress(fraction, message)`` and ``is_cancelled()`` work as in the board report's ReportOptions, and
    *page_size* ("a4" or "letter") as its page size;
    a cancellation raises ReportCancelled and leaves any earlier file as it was."""
    from .atomic import check_target
    from .fonts import register_fonts
    from .options import ReportOptions

    out = Path(out).expanduser()
    check_target(out)
    register_fonts()
    report_date = report_date or dt.date.today()
    from .builder import _spoken_in

    caller = i18n.language()
    if on_progress is not None:  # progress speaks the caller's language, the scorecards their own
        on_progress = _spoken_in(caller, on_progress)
    hooks = {k: v for k, v in (("on_progress", on_progress), ("is_cancelled", is_cancelled)) if v is not None}
    from ..domain.localize import localized_portfolio

    with i18n.using_language(language or caller):
        # The scorecards' language, not the one the portfolio was scored in (the window's, or the CLI's).
        portfolio = localized_portfolio(portfolio, i18n.language())
        return _build(portfolio, out, label, report_date, ReportOptions(label=label, page_size=page_size, **hooks))


def _build(portfolio: Portfolio, out: Path, label: str, report_date: dt.date, options) -> Path:
    from .atomic import publish, temporary_sibling
    from .document import BoardDocument, PageInfo
    from .styles import styles

    options.on_progress(0.02, N_("Preparing the scorecards"))
    options.check_cancelled()
    placed = [0]
    # One layout pass (page X of Y is filled in at the end); a comparison page and one page per vendor of
    # roughly this many flowables.
    expected = max(1, 12 + 8 * len(portfolio.scorecards))

    def on_flowable() -> None:
        placed[0] += 1
        if placed[0] % 4 == 0:
            options.check_cancelled()
            options.on_progress(0.05 + 0.9 * min(placed[0] / expected, 0.98), N_("Laying out pages"))

    printed = _(options.label) if options.label == DEFAULT_LABEL else options.label
    with temporary_sibling(out) as laid_out:
        doc = BoardDocument(
            str(laid_out), options, PageInfo(subject=_("Vendor scorecards"), label=printed, fingerprint=""),
            on_flowable=on_flowable,
            title=_("Vendor scorecards"), author="Maturity", subject=_("Vendor trust: claims versus proof"),
        )
        layout = _Layout(styles=styles(), width=doc.content_width)
        doc.lay_out(_story(portfolio, layout, doc, report_date, options.label))
        options.check_cancelled()
        publish(laid_out, out)
    options.on_progress(1.0, N_("Scorecards written"))
    return out
