"""Small reusable building blocks: section headings, KPI tiles, label/value tables, drawings that fit."""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Table, TableStyle

from . import styles as st
from .context import ReportContext
from .document import Heading
from .fonts import REGULAR


class CellParagraph(Paragraph):
    """A paragraph in a table cell, broken into lines once per width.

    A Table wraps every cell to measure a row, again when the frame asks it to split, and again when it draws;
    the lines of a paragraph only depend on the width, so the same width reuses the last result.
    """

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        # split() may drop the lines it computed ("del self.blPara"): then the paragraph is broken again.
        if getattr(self, "_wrapped_at", None) == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return size


def _wrap_once_per_width(cell) -> None:
    if type(cell) is Paragraph:
        cell.__class__ = CellParagraph  # same object, same state: only its wrap learns to remember
    elif isinstance(cell, (list, tuple)):
        for inner in cell:
            _wrap_once_per_width(inner)


class ReportTable(Table):
    """A Table whose cells default to the embedded font: reportlab's default (Helvetica) would be referenced,
    unembedded, by every table even when all cells hold Paragraphs. Its paragraphs are wrapped once per width."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
        for row in self._cellvalues:
            _wrap_once_per_width(row)

    def wrap(self, availWidth, availHeight):
        size = super().wrap(availWidth, availHeight)
        # Any text the app accepts must render: a row taller than this (many line breaks, a very long word
        # broken over many lines) may not fit on a page, so such a table may split inside rows. Measured, not
        # guessed from character counts, because sixty short lines are taller than 1,500 characters of prose.
        if not self.splitInRow and self._rowHeights and max(self._rowHeights) > TALL_ROW_POINTS:
            self.splitInRow = 1
        return size


TALL_ROW_POINTS = 360  # about half an A4 page of body text
TALL_CELL_CHARS = 1500  # past this a single row may not fit on a page


def split_in_row(texts) -> int:
    """Let a table split inside a row only when some cell could be taller than a page.

    Splitting every row keeps pages full but cuts ordinary rows in half across a page break, which reads badly.
    """
    return 1 if any(len(t or "") > TALL_CELL_CHARS for t in texts) else 0


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def section_heading(ctx: ReportContext, title: str, key: str | None = None) -> Heading:
    from .text import safe

    return Heading(safe(title), ctx.styles.h1, level=0, outline_title=title, key=key or _key(title))


def sub_heading(ctx: ReportContext, title: str, key: str, toc: bool = False, outline: bool = True) -> Paragraph:
    from .text import safe

    if not outline:
        return Paragraph(safe(title), ctx.styles.h2)
    return Heading(safe(title), ctx.styles.h2, level=1, outline_title=title, key=key, toc=toc)


def kpi_tiles(ctx: ReportContext, tiles: list[tuple[str, str, str | None]]) -> Table:
    """A row of headline numbers: (value, label, accent colour or None)."""
    s = ctx.styles
    gap = 6
    width = (ctx.width - gap * (len(tiles) - 1)) / len(tiles)
    cells, widths, style = [], [], [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for index, (value, label, accent) in enumerate(tiles):
        column = index * 2
        colour = accent or st.INK
        cells.append([Paragraph(f'<font color="{colour}">{value}</font>', s.kpi_value), Paragraph(label, s.kpi_label)])
        widths.append(width)
        style.append(("BACKGROUND", (column, 0), (column, 0), colors.HexColor(st.TINT)))
        style.append(("LINEABOVE", (column, 0), (column, 0), 2.2, colors.HexColor(colour)))
        if index < len(tiles) - 1:
            cells.append("")
            widths.append(gap)
    table = ReportTable([cells], colWidths=widths)
    table.setStyle(TableStyle(style))
    return table


def label_value_table(ctx: ReportContext, rows: list[tuple[str, object]], label_width: float = 120) -> Table:
    s = ctx.styles
    data = [[Paragraph(label, s.cell_head), value if not isinstance(value, str) else Paragraph(value, s.cell)]
            for label, value in rows]
    table = ReportTable(data, colWidths=[label_width, ctx.width - label_width])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(st.RULE)),
    ]))
    return table


class ShrinkToFit(KeepInFrame):
    """Content scaled down (never up) to the space left in the frame, leaving a hair of room.

    KeepInFrame with maxHeight 0 fills the frame exactly, which pushes even a zero-height flowable that follows
    (the page-count marker) onto a fresh, empty page.
    """

    def __init__(self, content: list, width: float):
        super().__init__(width, 0, content, mode="shrink")

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return super().wrap(availWidth, max(availHeight - 6, 1))


class FitDrawing(Flowable):
    """A drawing scaled down (never up) to the space left in the frame, so a chart never forces a page break."""

    def __init__(self, drawing, min_scale: float = 0.45):
        super().__init__()
        self.drawing = drawing
        self.min_scale = min_scale
        self.scale = 1.0

    def wrap(self, availWidth, availHeight):  # noqa: N803
        w, h = self.drawing.width, self.drawing.height
        self.scale = max(self.min_scale, min(1.0, availWidth / w, availHeight / h if h else 1.0))
        self.width, self.height = w * self.scale, h * self.scale
        return self.width, self.height

    def draw(self):
        from reportlab.graphics import renderPDF

        self.canv.saveState()
        self.canv.scale(self.scale, self.scale)
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        self.canv.restoreState()


def muted_note(ctx: ReportContext, markup: str) -> Paragraph:
    return Paragraph(markup, ctx.styles.muted)
