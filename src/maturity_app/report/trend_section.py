"""The report's "Since last assessment" section: verdict, deltas, trend chart, actions and escalations carried on.

The caller computes the comparison and trend (from the database) and hands them in: the report never opens it.
"""

from __future__ import annotations

from ..domain.i18n import _, ngettext
from dataclasses import dataclass

from ..domain.compare import Comparison
from ..domain.trend import Trend
from ..domain.formatting import day, points, signed

LIST_LIMIT = 12  # open actions / pack changes listed before "… and N more"
SECTION = "since_last"


@dataclass(frozen=True)
class SinceLast:
    """What the section needs: the comparison with the previous assessment and the subject's trend."""

    comparison: Comparison
    trend: Trend | None = None


def with_since_last(sections: list[str], since: SinceLast | None) -> list[str]:
    """The report's sections with "since last assessment" right after the executive summary, when there is one."""
    names = list(sections)
    if since is None:
        return names
    position = names.index("summary") + 1 if "summary" in names else 0
    names.insert(position, SECTION)
    return names


def trend_chart(trend: Trend, width: float, height: float = 150.0):
    """Paper and practice indices per assessment (lines), paper-maturity counts (bars), on one time axis."""
    from reportlab.graphics.shapes import Drawing, Line, PolyLine, Rect, String
    from reportlab.lib import colors

    from . import styles as st
    from .charts import _legend
    from .fonts import REGULAR

    drawing = Drawing(width, height, initialFontName=REGULAR)
    points = trend.points
    left, right, legend_h, axis_h = 26.0, 10.0, 18.0, 14.0
    plot_w = width - left - right
    top = height - legend_h
    bottom = axis_h
    bars_h = (top - bottom) * 0.22
    line_bottom = bottom + bars_h + 8
    _legend(drawing, left, height - 10, [(st.COMPLIANCE, _("Paper (compliance index)")),
                                        (st.CAPABILITY, _("Practice (capability index)")),
                                        (st.PAPER_TIGER, _("Paper-maturity questions (count, lower band)"))])

    def x(i: int) -> float:
        if len(points) == 1:
            return left + plot_w / 2
        pad = min(18.0, plot_w / (2 * len(points)))
        return left + pad + (plot_w - 2 * pad) * i / (len(points) - 1)

    def y(value: float) -> float:
        return line_bottom + (top - line_bottom) * value / 100

    for tick in (0, 50, 100):
        drawing.add(Line(left, y(tick), width - right, y(tick), strokeColor=colors.HexColor(st.RULE),
                         strokeWidth=0.4))
        drawing.add(String(left - 4, y(tick) - 2.3, str(tick), fontName=REGULAR, fontSize=6.5, textAnchor="end",
                           fillColor=colors.HexColor(st.MUTED)))
    # The counts have their own band under the index lines, with its own label and a rule between, so an
    # index (0-100) and a count never share one axis.
    drawing.add(Line(left, line_bottom - 4, width - right, line_bottom - 4, strokeColor=colors.HexColor(st.MUTED),
                     strokeWidth=0.5, strokeDashArray=[2, 2]))
    drawing.add(String(left - 4, bottom + bars_h / 2 - 2.3, "n", fontName=REGULAR, fontSize=6.5, textAnchor="end",
                       fillColor=colors.HexColor(st.MUTED)))
    most = max([1] + [p.paper_maturity for p in points])
    bar_w = max(2.0, min(14.0, plot_w / max(len(points), 1) * 0.45))
    for i, p in enumerate(points):
        h = bars_h * p.paper_maturity / most
        if h:
            drawing.add(Rect(x(i) - bar_w / 2, bottom, bar_w, h, fillColor=colors.HexColor(st.PAPER_TIGER),
                             strokeColor=None, fillOpacity=0.55))
        if len(points) <= 16:
            drawing.add(String(x(i), bottom + h + 2, str(p.paper_maturity), fontName=REGULAR, fontSize=6,
                               textAnchor="middle", fillColor=colors.HexColor(st.MUTED)))
    for attr, colour in (("compliance_index", st.COMPLIANCE), ("capability_index", st.CAPABILITY)):
        coords = [(x(i), y(getattr(p, attr))) for i, p in enumerate(points) if getattr(p, attr) is not None]
        if len(coords) > 1:
            drawing.add(PolyLine([c for xy in coords for c in xy], strokeColor=colors.HexColor(colour),
                                 strokeWidth=1.8))
        for cx, cy in coords:
            drawing.add(Rect(cx - 2.2, cy - 2.2, 4.4, 4.4, fillColor=colors.HexColor(colour), strokeColor=None))
    step = 1
    while len(points) > 1 and x(step) - x(0) < 46:
        step += 1
    for i in range(0, len(points), step):
        drawing.add(String(x(i), 2, day(points[i].assessed_on), fontName=REGULAR, fontSize=6.3, textAnchor="middle",
                           fillColor=colors.HexColor(st.MUTED)))
    return drawing


def _domain_table(ctx, comparison: Comparison):
    from reportlab.platypus import Paragraph, TableStyle

    from .flowables import ReportTable
    from .styles import grid_table_style
    from .text import safe

    s = ctx.styles
    data = [[Paragraph(safe(h), s.cell_head) for h in (_("Domain"), _("Paper"), _("Practice"), _("Gap"),
                                                         _("Gap change"))]]
    for d in comparison.domains:
        title = safe(d.title) + {"vanished": " " + safe(_("(removed)")),
                                 "appeared": " " + safe(_("(new)"))}.get(d.status, "")
        data.append([
            Paragraph(title, s.cell),
            Paragraph(f"{points(d.old_compliance)} → {points(d.new_compliance)}", s.cell),
            Paragraph(f"{points(d.old_capability)} → {points(d.new_capability)}", s.cell),
            Paragraph(f"{points(d.old_gap)} → {points(d.new_gap)}", s.cell),
            Paragraph(f"<b>{signed(d.gap_delta)}</b>", s.cell),
        ])
    table = ReportTable(data, colWidths=[ctx.width - 4 * 62, 62, 62, 62, 62], repeatRows=1)
    table.setStyle(TableStyle(grid_table_style()))
    return table


def _question_list(ctx, title: str, rows: list[tuple[str, str]]) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, TableStyle

    from .flowables import ReportTable
    from .styles import RULE, grid_table_style
    from .text import safe, shorten

    s = ctx.styles
    if not rows:
        return []
    data = [[Paragraph(safe(shorten(a, 200)), s.cell_bold), Paragraph(safe(shorten(b, 400)), s.cell)]
            for a, b in rows[:LIST_LIMIT]]
    table = ReportTable(data, colWidths=[ctx.width * 0.38, ctx.width * 0.62])
    # No header row: keep the grid's padding, rule every row lightly.
    style = [rule for rule in grid_table_style() if rule[0] not in ("LINEBELOW", "ROWBACKGROUNDS")]
    style.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)))
    table.setStyle(TableStyle(style))
    story = [Paragraph(safe(title), s.h2), table]
    if len(rows) > LIST_LIMIT:
        story.append(Paragraph(safe(_("… and {count} more.").format(count=len(rows) - LIST_LIMIT)), s.muted))
    return story


def _decision_text(q) -> str:
    d = q.decision
    if d is None:
        return _("decision recorded")
    return _("{decision} on {day}").format(decision=d.label, day=day(d.decided_on)) + (f": {d.note}" if d.note else "")


def _question_changes(ctx, c: Comparison) -> list:
    """Question-level changes: regressions first, the largest by weight next, each capability move with its why."""
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, TableStyle

    from . import styles as st
    from .flowables import ReportTable
    from .styles import grid_table_style
    from .text import safe, shorten
    from ..domain.compare import change_summary

    changes = c.question_changes
    if not changes:
        return []
    s = ctx.styles
    data = [[Paragraph(safe(h), s.cell_head) for h in ("", _("Question"), _("Weight"), _("What moved, and why"))]]
    style = list(grid_table_style())
    for row, q in enumerate(changes[:LIST_LIMIT * 2], start=1):
        colour = st.ALERT if q.regressed else st.RESILIENT
        data.append([
            Paragraph(f'<font color="{colour}"><b>{"▼" if q.regressed else "▲"}</b></font>', s.cell),
            Paragraph(f"<b>{safe(shorten(q.title, 120))}</b><br/><font color=\"{st.MUTED}\">"
                      f"{safe(q.domain_title)}</font>", s.cell),
            Paragraph(str(q.weight), s.cell),
            Paragraph(safe(change_summary(q)), s.cell),
        ])
        if q.regressed:
            style.append(("LINEBEFORE", (0, row), (0, row), 2.5, colors.HexColor(st.ALERT)))
    table = ReportTable(data, colWidths=[16, ctx.width * 0.46, 48, ctx.width - 64 - ctx.width * 0.46],
                        repeatRows=1)
    table.setStyle(TableStyle(style))
    regressions = sum(1 for q in changes if q.regressed)
    story = [Paragraph(safe(_("Per question")), s.h2),
             Paragraph(safe(ngettext(
                 "{count} question moved, {regressions} of them down on at least one side: regressions first, then "
                 "the largest movement by weight. A domain can improve while one of its questions regresses.",
                 "{count} questions moved, {regressions} of them down on at least one side: regressions first, then "
                 "the largest movement by weight. A domain can improve while one of its questions regresses.",
                 len(changes)).format(count=len(changes), regressions=regressions)), s.muted),
             table]
    if len(changes) > LIST_LIMIT * 2:
        story.append(Paragraph(safe(_("… and {count} more.").format(count=len(changes) - LIST_LIMIT * 2)), s.muted))
    return story


def since_last_section(ctx, since: SinceLast) -> list:
    """Flowables for the section; *ctx* provides styles and width (a ReportContext)."""
    from reportlab.platypus import Paragraph, Spacer

    from . import styles as st
    from .flowables import FitDrawing, kpi_tiles, section_heading
    from .text import safe

    c = since.comparison
    s = ctx.styles
    old_pm, new_pm = len(c.old.score.paper_maturity), len(c.new.score.paper_maturity)
    gap_colour = st.RESILIENT if (c.gap_delta or 0) < 0 else (st.ALERT if (c.gap_delta or 0) > 0 else None)
    story: list = [
        section_heading(ctx, _("Since last assessment"), key="since-last"),
        Paragraph(safe(_("Compared with the assessment of {day} (pack version {version}).").format(
            day=day(c.old.assessed_on), version=c.old.info.pack_version)), s.muted),
        Paragraph(safe(c.verdict()), s.lead),
        kpi_tiles(ctx, [
            (signed(c.compliance_delta), safe(_("PAPER INDEX CHANGE")), st.COMPLIANCE),
            (signed(c.capability_delta), safe(_("PRACTICE INDEX CHANGE")), st.CAPABILITY),
            (signed(c.gap_delta), safe(_("GAP CHANGE")), gap_colour),
            (str(new_pm), safe(_("PAPER-MATURITY QUESTIONS ({count} BEFORE)").format(count=old_pm)), None),
            (str(len(c.actions_closed)), safe(_("ACTIONS CLOSED ({count} STILL OPEN)").format(
                count=len(c.actions_open))), None),
            (str(len(c.escalations_carried)),
             safe(_("ESCALATIONS CARRIED OVER ({resolved} RESOLVED, {new} NEW)").format(
                 resolved=len(c.escalations_resolved), new=len(c.escalations_new))),
             None),
        ]),
        Spacer(1, 8),
    ]
    if since.trend and len(since.trend.points) >= 2:
        story += [Paragraph(safe(_("Paper and practice over time")), s.h2),
                  FitDrawing(trend_chart(since.trend, ctx.width), min_scale=0.6)]
    story += [Paragraph(safe(_("Per domain")), s.h2), _domain_table(ctx, c)]
    story += _question_changes(ctx, c)
    story += _question_list(ctx, _("Actions still open from last time"),
                            [(q.title, q.new_action) for q in c.actions_open])
    story += _question_list(ctx, _("Escalations carried over: still before the board"),
                            [(q.title, _("escalated last time; no board decision recorded yet"))
                             for q in c.escalations_carried])
    story += _question_list(ctx, _("Escalations resolved by the board"),
                            [(q.title, _decision_text(q)) for q in c.escalations_resolved])
    story += _question_list(ctx, _("New escalations"), [(q.title, _("escalated this cycle"))
                                                        for q in c.escalations_new])
    story += _question_list(ctx, _("Escalations dropped without a board decision"),
                            [(q.title, _("escalated last time, not escalated now, and no decision recorded"))
                             for q in c.escalations_dropped])
    changes = [(q.title, _("removed from the questionnaire since last time")) for q in c.vanished]
    changes += [(q.title, _("new in the questionnaire; no earlier answer")) for q in c.appeared]
    story += _question_list(ctx, _("Questionnaire changes"), changes)
    return story
