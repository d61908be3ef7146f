"""The contents page of the full report: its entries are the story's headings, its page numbers filled in after
the single layout pass (the entries' text does not depend on their page, so neither does the page's layout)."""

from __future__ import annotations

from ...domain.i18n import _
from ..text import safe

from reportlab.platypus import Paragraph, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents, drawPageNumbers

from ..context import ReportContext
from ..fonts import REGULAR


class DeferredContents(TableOfContents):
    """reportlab's contents table, told its entries before the build and drawing each page number (with its
    dot leader) once the page is known, exactly as TableOfContents would have drawn it on a second pass."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.document = None

    def isIndexing(self):  # noqa: N802 (reportlab's name): no second pass needed
        return 0

    def attach(self, document, headings) -> None:
        self.document = document
        # The "page" slot carries the entry's index: reportlab passes it back to the end-of-entry callback.
        listed = [h for h in headings if h.in_toc]
        self._lastEntries = [(h.outline_level, h.outline_title, i, h.outline_key) for i, h in enumerate(listed)]

    def wrap(self, availWidth, availHeight):  # noqa: N803
        size = super().wrap(availWidth, availHeight)
        dotted = {level: self.dotsMinLevel >= 0 and level >= self.dotsMinLevel for level in range(10)}

        def entry_end(canvas, _kind, label):
            index, level, _key_repr = label.split(",", 2)
            level, key = int(level), self._keys[int(index)]
            style = self.getLevelStyle(level)
            x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
            dot = " . " if dotted[level] else ""

            def draw(canvas, doc) -> None:
                canvas._curr_tx_info = {"cur_x": x, "cur_y": y}
                drawPageNumbers(canvas, style, [(doc.heading_pages.get(key, "?"), None)], availWidth, availHeight,
                                dot)

            self.document.defer(canvas, f"contents-{key}", draw)
            canvas.linkRect("", key, (x, y, availWidth, y + style.leading), relative=1)

        self.canv.setNamedCB("drawTOCEntryEnd", entry_end)
        return size

    @property
    def _keys(self) -> list[str]:
        return [key for *_, key in self._lastEntries]


def contents(ctx: ReportContext) -> list:
    # The contents list is a Table inside; name the font or it references an unembedded Helvetica.
    toc = DeferredContents(dotsMinLevel=0, tableStyle=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    toc.levelStyles = [ctx.styles.toc1, ctx.styles.toc2]
    return [Paragraph(safe(_("Contents")), ctx.styles.h1), toc]
