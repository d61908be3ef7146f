"""Workshop section of the board report: who was in the room, where mandates disagreed, what was agreed."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, TableStyle

from ..domain.formatting import decimal, level, not_applicable, signed
from ..domain.i18n import _, ngettext
from ..domain.friction import FRICTION_SPREAD, AxisSpread, WorkshopSummary
from . import styles as st
from .context import ReportContext
from .flowables import ReportTable, kept_with_next, muted_note, section_heading, sub_heading
from .keeping import Figure, KeepUnlessHole
from .fonts import BOLD
from .text import safe, shorten

SECTION = "workshop"
# Purple/orange (PuOr) diverge without reusing the paper blue or the practice green (palette.py).
BELOW = "#762A83"
ABOVE = "#B35806"
FULL_SCALE = 2.0
TOP_LIMIT = 8
_APPENDICES = ("questions", "crosswalk", "methodology")


def with_workshop(sections: tuple[str, ...], summary: WorkshopSummary | None) -> list[str]:
    """The report's sections with the workshop inserted before the appendices, when there was a room."""
    names = list(sections)
    if summary is None or not summary.participants:
        return names
    position = next((i for i, name in enumerate(names) if name in _APPENDICES), len(names))
    names.insert(position, SECTION)
    return names


_level = level


def _range(spread: AxisSpread) -> str:
    if spread.spread is None:
        return not_applicable() if spread.na_count else "—"
    return str(spread.low) if spread.low == spread.high else f"{spread.low}–{spread.high}"


def _blend(hex_colour: str, strength: float) -> colors.Color:
    """*hex_colour* mixed into white: print has no alpha, so intensity is a tint."""
    c = colors.HexColor(hex_colour)
    return colors.Color(1 - (1 - c.red) * strength, 1 - (1 - c.green) * strength, 1 - (1 - c.blue) * strength)


def _table_style(header_rows: int = 1) -> list[tuple]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, colors.HexColor(st.INK)),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, colors.HexColor(st.RULE)),
    ]


def participants_table(ctx: ReportContext, summary: WorkshopSummary) -> ReportTable:
    s = ctx.styles
    rows = [[Paragraph(safe(_("Role")), s.cell_head), Paragraph(safe(_("Participants")), s.cell_head),
             Paragraph(safe(_("People")), s.cell_head)]]
    for role, people in summary.roles:
        names = ", ".join(f"{p.number}. {p.name}" if p.name else f"{p.number}. {_('(unnamed)')}" for p in people)
        rows.append([Paragraph(f"<b>{safe(role)}</b>", s.cell), Paragraph(safe(names), s.cell),
                     Paragraph(str(len(people)), s.cell)])
    table = ReportTable(rows, colWidths=[ctx.width * 0.3, ctx.width * 0.6, ctx.width * 0.1], repeatRows=1)
    table.setStyle(TableStyle(_table_style()))
    return table


def _fitting_head(base, roles: list[str], width: float):
    """A header style small enough that no word of a role is cut in two ("Procureme / nt")."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = base.fontSize
    longest = max((w for role in roles for w in role.split()), key=lambda w: stringWidth(w, base.fontName, size),
                  default="")
    while size > 5.5 and stringWidth(longest, base.fontName, size) > width:
        size -= 0.25
    return ParagraphStyle("workshop-role-head", parent=base, fontSize=size, leading=size * 1.25,
                          alignment=1, splitLongWords=1)


def friction_map_table(ctx: ReportContext, summary: WorkshopSummary) -> ReportTable:
    s = ctx.styles
    fmap = summary.friction_map
    label_width = min(ctx.width * 0.32, 170)
    column = (ctx.width - label_width) / max(len(fmap.roles), 1)
    head = _fitting_head(s.cell_head, fmap.roles, column - 8)
    rows = [[Paragraph(safe(_("Domain")), s.cell_head)] + [Paragraph(safe(role), head) for role in fmap.roles]]
    style = _table_style() + [("ALIGN", (1, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("FONTNAME", (1, 1), (-1, -1), BOLD), ("FONTSIZE", (1, 1), (-1, -1), 9)]
    for r, (domain_id, title) in enumerate(fmap.domains, start=1):
        row = [Paragraph(safe(title), s.cell)]
        for c, role in enumerate(fmap.roles, start=1):
            cell = fmap.cell(domain_id, role)
            if cell is None:
                row.append("·")
                style.append(("TEXTCOLOR", (c, r), (c, r), colors.HexColor(st.MUTED)))
                continue
            value = cell.mean_deviation
            row.append("0" if abs(value) < 0.05 else signed(round(value, 1)))  # "+0,4" in German
            strength = min(abs(value) / FULL_SCALE, 1.0)
            style.append(("BACKGROUND", (c, r), (c, r), _blend(BELOW if value < 0 else ABOVE, 0.12 + 0.88 * strength)))
            style.append(("TEXTCOLOR", (c, r), (c, r), colors.white if strength > 0.55 else colors.HexColor(st.TEXT)))
        rows.append(row)
    table = ReportTable(rows, colWidths=[label_width] + [column] * len(fmap.roles), repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def conversations_table(ctx: ReportContext, summary: WorkshopSummary) -> ReportTable:
    s = ctx.styles
    rows = [[Paragraph("#", s.cell_head), Paragraph(safe(_("Question and the conversation to have")), s.cell_head),
             Paragraph(safe(_("Spread")), s.cell_head), Paragraph(safe(_("Agreed")), s.cell_head)]]
    for number, talk in enumerate(summary.conversations(TOP_LIMIT), start=1):
        q = talk.friction
        spread = q.axis(talk.axis)
        rows.append([
            Paragraph(f'<font color="{st.ALERT}"><b>{number}</b></font>', s.cell),
            Paragraph(f"<b>{safe(q.title)}</b> <font color=\"{st.MUTED}\">· {safe(q.domain_title)}</font><br/>"
                      f"{safe(talk.prompt)}", s.cell),
            Paragraph(safe(_("{count} levels in practice") if talk.axis == "capability" else
                           _("{count} levels on paper")).format(count=spread.spread) + "<br/>"
                      + f'<font color="{st.MUTED}">'
                      + safe(_("σ {stdev} · range {range}").format(stdev=decimal(f"{spread.stdev:.1f}"),
                                                                  range=_range(spread))) + "</font>", s.cell),
            Paragraph(_level(q.agreed(talk.axis)), s.cell_bold),
        ])
    table = ReportTable(rows, colWidths=[18, ctx.width - 18 - 96 - 46, 96, 46], repeatRows=1)
    table.setStyle(TableStyle(_table_style()))
    return table


def outcomes_table(ctx: ReportContext, summary: WorkshopSummary) -> ReportTable:
    s = ctx.styles
    head = [_("Question"), _("Room in practice"), _("Agreed in practice"), _("Room on paper"), _("Agreed on paper")]
    rows = [[Paragraph(safe(h), s.cell_head) for h in head]]
    style = _table_style()
    for r, q in enumerate(summary.agreed_outcomes, start=1):
        rows.append([
            Paragraph(f"{safe(shorten(q.title, 90))}<br/><font color=\"{st.MUTED}\">{safe(q.domain_title)}</font>",
                      s.cell),
            Paragraph(_range(q.capability), s.cell),
            Paragraph(_level(q.answer.capability), s.cell_bold),
            Paragraph(_range(q.compliance), s.cell),
            Paragraph(_level(q.answer.compliance), s.cell_bold),
        ])
        if q.is_friction:
            style.append(("LINEBEFORE", (0, r), (0, r), 2.5, colors.HexColor(st.ALERT)))
    narrow = 70
    table = ReportTable(rows, colWidths=[ctx.width - 4 * narrow] + [narrow] * 4, repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def workshop_flowables(ctx: ReportContext, summary: WorkshopSummary) -> list:
    """The section's story; *summary* comes from the caller, the report never opens the database."""
    s = ctx.styles
    rated = summary.rated_questions
    friction = summary.friction_questions
    roles = len(summary.roles)
    story: list = [section_heading(ctx, _("Workshop: where the mandates disagree"), SECTION)]
    lead = " ".join([
        ngettext("{people} participants from {roles} rated {rated} of {total} questions, each from the lens of their "
                 "mandate.", "{people} participants from {roles} rated {rated} of {total} questions, each from the "
                 "lens of their mandate.", len(summary.participants)).format(
            people=len(summary.participants), roles=ngettext("{count} role", "{count} roles", roles).format(
                count=roles), rated=len(rated), total=len(summary.questions)),
        ngettext("On {count} question they were {spread} or more levels apart: those are the conversations to have.",
                 "On {count} questions they were {spread} or more levels apart: those are the conversations to "
                 "have.", len(friction)).format(count=len(friction), spread=FRICTION_SPREAD),
        _("The levels the room agreed are the ones scored in this report."),
    ])
    story.append(Paragraph(safe(lead), s.lead))
    if summary.removed:
        story.append(muted_note(ctx, ngettext(
            "{count} participant left the workshop; their ratings are kept in the history but not counted here.",
            "{count} participants left the workshop; their ratings are kept in the history but not counted here.",
            len(summary.removed)).format(count=len(summary.removed))))

    story += [sub_heading(ctx, _("Who was in the room"), "workshop-room"), participants_table(ctx, summary),
              Spacer(1, 10)]

    stronger = f'<font color="{ABOVE}"><b>+</b> {safe(_("sees it stronger"))}</font>'
    weaker = f'<font color="{BELOW}"><b>−</b> {safe(_("sees it weaker"))}</font>'
    map_block = [sub_heading(ctx, _("Friction map"), "workshop-map"),
                 Paragraph(safe(_("How far each role sits from the agreed capability level, averaged over the "
                                  "domain's questions: {stronger} than the room agreed, {weaker}. A dot: the role "
                                  "gave no level there.")).format(stronger=stronger, weaker=weaker), s.small)]
    if summary.friction_map.cells:
        map_block.append(friction_map_table(ctx, summary))
    else:
        map_block.append(muted_note(ctx, _("No role has rated a question that has an agreed or median level yet.")))
    story.append(Figure([*map_block, Spacer(1, 10)]))  # a map is read whole, with its key

    story.append(sub_heading(ctx, _("Conversations to have"), "workshop-friction"))
    if friction:
        story.append(conversations_table(ctx, summary))
    else:
        story.append(muted_note(ctx, _("No question split the room by {spread} levels or more.").format(
            spread=FRICTION_SPREAD)))
    story.append(Spacer(1, 10))

    outcomes: list = [sub_heading(ctx, _("Agreed outcomes"), "workshop-outcomes")]
    if summary.agreed_outcomes:
        outcomes.append(kept_with_next(Paragraph(safe(_(
            "The room's range next to the level it agreed on; a bar marks questions that had friction.")), s.small)))
        outcomes.append(outcomes_table(ctx, summary))
    else:
        outcomes.append(muted_note(ctx, _("The room has not agreed a level on any question yet.")))
    story.append(KeepUnlessHole(outcomes))  # a long list flows on rather than leave a page blank above it
    return story


def workshop_section(ctx: ReportContext) -> list:
    summary = getattr(ctx.options, "workshop", None)
    if summary is None or not summary.participants:
        return []
    return workshop_flowables(ctx, summary)
