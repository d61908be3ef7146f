"""Top gaps ranked by weighted shortfall, each with its remediation action, owner and due date."""

from __future__ import annotations

from ...domain.i18n import _, ngettext
from ..options import section_title

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, TableStyle

from ...domain.narrative import quadrant_meaning
from ...domain.scoring import Quadrant
from .. import styles as st
from ..fonts import BOLD
from ..styles import CELL_PADDING
from ..context import ReportContext, nice_date
from ..flowables import ReportTable, kept_with_next, section_heading, split_in_row, sub_heading
from ..text import safe, safe_or

TOP_GAPS = 10


def level_cell(ctx: ReportContext, axis: str, level) -> str:
    return safe(ctx.level_label(axis, level)).replace(" · ", "<br/>", 1)


def practice_cell(ctx: ReportContext, q) -> str:
    """The level counted in practice, with the level claimed when the proof rule lowered it."""
    practice = level_cell(ctx, "capability", q.capability)
    if q.stale:
        practice += f'<br/><font color="{st.ALERT}">{safe(claimed_text(q.answer.capability))}</font>'
    return practice


def claimed_text(level) -> str:
    return _("claimed {level}, no valid proof").format(level=level)


def question_cell(ctx: ReportContext, q) -> Paragraph:
    return Paragraph(f"<b>{safe(q.question.title)}</b><br/><font color='{st.MUTED}'>{safe(q.domain.title)}</font>",
                     ctx.styles.cell)


def gap_rows(ctx: ReportContext, gaps) -> list[list]:
    s = ctx.styles
    rows = [[Paragraph(safe(h), s.cell_head) for h in
             ["#", _("Question"), _("On paper"), _("In practice"), _("Short-\nfall"), _("Remediation"),
              _("Action owner"), _("Due")]]]
    for rank, q in enumerate(gaps, start=1):
        due = nice_date(q.answer.action_due)
        overdue = q.answer.action_due is not None and q.answer.action_due < ctx.report_date
        rows.append([
            Paragraph(str(rank), s.cell_muted),
            question_cell(ctx, q),
            Paragraph(level_cell(ctx, "compliance", q.compliance), s.cell),
            Paragraph(practice_cell(ctx, q), s.cell),
            Paragraph(f"<b>{q.weighted_shortfall}</b>", s.cell),
            Paragraph(safe_or(q.answer.action, _("No action recorded")), s.cell),
            Paragraph(safe_or(q.answer.action_owner, _("Unassigned")), s.cell),
            Paragraph((f'<font color="{st.ALERT}">{due}<br/>{safe(_("overdue"))}</font>' if overdue else safe(due))
                      or '<font color="#8A94A3">—</font>', s.cell),
        ])
    return rows


def _longest_word(texts, font: str, size: float) -> float:
    return max((stringWidth(word, font, size) for text in texts for word in text.split()), default=0.0)


def _column(share: float, width: float, texts, font: str, size: float) -> float:
    """The column's usual share of the page, widened so that no single word has to break: "Documente-d" reads as a typo."""
    return max(share * width, _longest_word(texts, font, size) + 2 * CELL_PADDING + 1)


def gap_table(ctx: ReportContext, gaps) -> ReportTable:
    w = ctx.width
    cell = ctx.styles.cell
    # Where the report hyphenates (German), a long compound in a title breaks at a syllable: the titles keep their
    # usual share and the room goes to the remediation text instead.
    titles = [] if cell.hyphenationLang else [q.question.title for q in gaps]
    question = _column(0.195, w, titles, BOLD, cell.fontSize)
    paper = _column(0.13, w, [lvl.label for lvl in ctx.pack.scales.compliance.levels], cell.fontName, cell.fontSize)
    practice = _column(0.13, w, [lvl.label for lvl in ctx.pack.scales.capability.levels]
                       + [claimed_text(4)], cell.fontName, cell.fontSize)
    # A date never breaks ("29.05.2027" has no space to break at): its column is as wide as the widest.
    due = _column(0.09, w, [nice_date(q.answer.action_due) for q in gaps], cell.fontName, cell.fontSize)
    # The remediation column gives up whatever the others need beyond their usual share.
    remediation = 0.22 * w - (question - 0.195 * w) - (paper - 0.13 * w) - (practice - 0.13 * w) - (due - 0.09 * w)
    widths = [0.045 * w, question, paper, practice, 0.08 * w, remediation, 0.11 * w, due]
    table = ReportTable(gap_rows(ctx, gaps), colWidths=widths, repeatRows=1,
                  splitInRow=split_in_row(q.answer.action for q in gaps))
    table.setStyle(TableStyle(st.grid_table_style()))
    return table


def top_gaps(ctx: ReportContext) -> list:
    s = ctx.styles
    every = ctx.score.top_gaps()
    shown = every[:TOP_GAPS]
    story: list = [section_heading(ctx, section_title("gaps"), "gaps")]
    if not shown:
        story.append(Paragraph(safe(
            _("No answered question shows practice trailing its paperwork.") if ctx.score.answered else
            _("No question is answered yet, so no gap can be shown.")), s.lead))
        return story + exposed_section(ctx)
    story.append(kept_with_next(Paragraph(safe(_(
        "Questions where proven practice trails the paperwork, ranked by weighted shortfall: the question's weight "
        "(1–3) times the difference between its compliance level and its effective capability level.")), s.body)))
    story.append(gap_table(ctx, shown))
    if len(every) > len(shown):
        further = len(every) - len(shown)
        story.append(Paragraph(safe(ngettext(
            "{count} further gaps are listed in the action plan and in Appendix A.",
            "{count} further gaps are listed in the action plan and in Appendix A.", further).format(count=further)),
            s.muted))
    return story + exposed_section(ctx)


def exposed_section(ctx: ReportContext) -> list:
    """Weak on both sides: no gap between paper and practice, because both are low. Often the biggest risks."""
    s = ctx.styles
    exposed = ctx.score.exposed
    story: list = [sub_heading(ctx, _("Exposed: weak on both sides ({count})").format(count=len(exposed)),
                               "gaps-exposed")]
    if not exposed:
        story.append(Paragraph(safe(_("No answered question is weak on both sides.") if ctx.score.answered else
                                    _("No question is answered yet.")), s.body))
        return story
    story.append(kept_with_next(Paragraph(safe(quadrant_meaning(ctx.score, Quadrant.EXPOSED) + " " + _(
        "Most exposed first (weight times levels below strong on both axes).")), s.muted)))
    rows = [[Paragraph(safe(h), s.cell_head) for h in
             ["#", _("Question"), _("On paper"), _("In practice"), _("Capability owner"),
              _("Remediation · action owner")]]]
    for rank, q in enumerate(exposed, start=1):
        rows.append([
            Paragraph(str(rank), s.cell_muted),
            question_cell(ctx, q),
            Paragraph(level_cell(ctx, "compliance", q.compliance), s.cell),
            Paragraph(practice_cell(ctx, q), s.cell),
            Paragraph(safe_or(q.answer.owner, _("No named owner")), s.cell),
            Paragraph(safe_or(q.answer.action, _("No action recorded")) + "<br/>"
                      + safe_or(q.answer.action_owner, _("Unassigned")), s.cell),
        ])
    w = ctx.width
    table = ReportTable(rows, colWidths=[0.045 * w, 0.28 * w, 0.15 * w, 0.15 * w, 0.14 * w, 0.235 * w],
                        repeatRows=1, splitInRow=split_in_row(q.answer.action for q in exposed))
    table.setStyle(TableStyle(st.grid_table_style()))
    story.append(table)
    return story
