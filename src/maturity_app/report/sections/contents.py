"""The contents page of the full report: its entries are the story's headings, its page numbers filled in after
the single layout pass (the entries' text does not depend on their page, so neither does the page's layout)."""

from __future__ import annotations

import math

from ...domain.i18n import _
from ..text import safe

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from ..context import ReportContext
from ..fonts import REGULAR


LEADER_GAP = 4.0  # points of white between an entry's text and its first dot, and between the last dot and
# the page-number column


class DeferredContents(TableOfContents):
    """reportlab's contents table, told its entries before the build and drawing each page number (with its
    dot leader) once the page is known.

    The leaders are set as on a printed contents page: every dot on one grid (a dot under a dot from line to
    line, whatever each title's length), the last dot of every line in the same place, the page numbers
    right-aligned in one column as wide as the widest of them. reportlab's own leader fills each line from its
    own end of text, so the dots of neighbouring lines did not line up and some sat against the number."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.document = None

    def isIndexing(self):  # noqa: N802 (reportlab's name): no second pass needed
        return 0

    def attach(self, document, headings) -> None:
        self.document = document
        # The "page" slot carries the entry's index: reportlab passes it back to the end-of-entry callback.
        listed = [h for h in headings if h.in_toc]
        self._lastEntries = [(h.outline_level, safe(h.outline_title), i, h.outline_key) for i, h in enumerate(listed)]

    def wrap(self, availWidth, availHeight):  # noqa: N803
        size = super().wrap(availWidth, availHeight)
        dotted = {level: self.dotsMinLevel >= 0 and level >= self.dotsMinLevel for level in range(10)}
        first = self.getLevelStyle(0)
        pitch = stringWidth(" . ", first.fontName, first.fontSize)  # one grid for every level

        def entry_end(canvas, _kind, label):
            index, level, _key_repr = label.split(",", 2)
            level, key = int(level), self._keys[int(index)]
            style = self.getLevelStyle(level)
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]

            def draw(canvas, doc) -> None:
                column = max(stringWidth(str(doc.heading_pages.get(k, "?")), style.fontName, style.fontSize)
                             for k in self._keys)
                canvas.setFont(style.fontName, style.fontSize)
                canvas.setFillColor(style.textColor)
                canvas.drawRightString(availWidth, y, str(doc.heading_pages.get(key, "?")))
                if dotted[level]:
                    draw_leader(canvas, x + LEADER_GAP, availWidth - column - LEADER_GAP, y, pitch, style)

            self.document.defer(canvas, f"contents-{key}", draw)
            canvas.linkRect("", key, (x, y, availWidth, y + style.leading), relative=1)

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        return size

    @property
    def _keys(self) -> list[str]:
        return [key for *_, key in self._lastEntries]


def draw_leader(canvas, start: float, end: float, y: float, pitch: float, style) -> None:
    """Dots on the grid of multiples of *pitch*, every one of them inside [start, end]: one text run, each dot
    advanced by the same pitch (character spacing), so a reader copying the line gets a plain row of dots."""
    dot = stringWidth(".", style.fontName, style.fontSize)
    first = math.ceil(start / pitch)
    last = math.floor((end - dot) / pitch)
    if last < first:
        return
    text = canvas.beginText(first * pitch, y)
    text.setFont(style.fontName, style.fontSize)
    text.setFillColor(style.textColor)
    text.setCharSpace(pitch - dot)
    text.textOut("." * (last - first + 1))
    canvas.drawText(text)


def contents(ctx: ReportContext) -> list:
    # The contents list is a Table inside; name the font or it references an unembedded Helvetica.
    toc = DeferredContents(dotsMinLevel=0, tableStyle=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    # A title too long for its line wraps before the page-number column (up to four digits) instead of
    # running under it.
    toc.levelStyles = [ParagraphStyle(f"{style.name}-entry", parent=style, rightIndent=style.rightIndent + 2 * LEADER_GAP
                                      + stringWidth("9999", style.fontName, style.fontSize))
                       for style in (ctx.styles.toc1, ctx.styles.toc2)]
    return [Paragraph(safe(_("Contents")), ctx.styles.h1), toc]
