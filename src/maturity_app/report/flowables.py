"""Small reusable building blocks: section headings, KPI tiles, label/value tables, drawings that fit."""

from __future__ import annotations

import threading

import re

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Table, TableStyle

from . import styles as st
from .context import ReportContext
from .document import Heading
from .fonts import REGULAR
from .keeping import leaves_hole
from .memo import recall, string_width


ORPHAN_ROWS = 3  # a table split across pages keeps at least this many body rows on each side
FRESH_PAGE = 560.0  # points of height only (nearly) a whole body frame offers, A4 or Letter


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


_keep_widths = threading.local()  # set while a ReportTable splits: its parts take its widths as they are


def _orphan_rule(header: int, rows: int) -> tuple[int, int]:
    """Where a table may break: a long one keeps at least ORPHAN_ROWS rows on each side of a page break; a short
    one (a card, a small list) moves to the next page whole."""
    return (header + ORPHAN_ROWS, -ORPHAN_ROWS) if rows - header >= 2 * ORPHAN_ROWS else (rows, rows)


class ReportTable(Table):
    """A Table whose cells default to the embedded font (reportlab's default, Helvetica, would be referenced
    unembedded), whose columns are widened so that no word has to break ("Unassigne-d" reads as a typo), and
    which never leaves two or three rows alone on a page when it splits."""

    def __init__(self, data, colWidths=None, *args, **kwargs):  # noqa: N803 (reportlab's name)
        if colWidths is not None and all(isinstance(w, (int, float)) for w in colWidths) \
                and not getattr(_keep_widths, "on", False):
            colWidths = fit_words(data, list(colWidths))
        header = kwargs.get("repeatRows", 0) or 0
        header = header if isinstance(header, int) else max(header) + 1
        body = len(data) - header
        if not kwargs.get("splitInRow") and body > 0:
            kwargs.setdefault("rowSplitRange", _orphan_rule(header, len(data)))
        super().__init__(data, colWidths, *args, **kwargs)
        self._header_rows = header
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
        for row in self._cellvalues:
            _wrap_once_per_width(row)

    def _calc(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        # reportlab measures every row again on every wrap: a table is wrapped to be measured (inside a
        # KeepTogether), again when its frame places it and again to split it. Without row spans the result
        # depends on the width alone (the height available only ends the measuring early when rows span), so
        # the same width keeps what it measured; a new style measures again.
        if not self._spanCmds and self.__dict__.get("_measured_at") == availWidth:
            return
        super()._calc(availWidth, availHeight)
        self._measured_at = availWidth

    def setStyle(self, tblstyle):  # noqa: N802, N803
        self.__dict__.pop("_measured_at", None)
        super().setStyle(tblstyle)

    def split(self, availWidth, availHeight):  # noqa: N803
        # The parts are new tables of this class: they keep this table's columns (fitted to every row), or each
        # page would fit its own rows and the same column would change width from one page to the next.
        _keep_widths.on = True
        try:
            return self._split(availWidth, availHeight)
        finally:
            _keep_widths.on = False

    def _split(self, availWidth, availHeight):  # noqa: N803
        parts = super().split(availWidth, availHeight)
        if not parts and self._rowSplitRange is not None:
            if availHeight > FRESH_PAGE:
                relaxed = None  # even a fresh page cannot hold it whole: splitting anywhere beats a layout error
            elif self._too_tall_to_keep():
                relaxed = (self._header_rows + 1, -1)  # it breaks somewhere anyway: here, not after a blank half page
            elif self.__dict__.pop("break_early", False) or leaves_hole(self, availHeight):
                relaxed = self._short_range()  # moved whole, it would leave most of this page blank
                if relaxed is None:
                    return parts
            else:
                return parts
            kept, self._rowSplitRange = self._rowSplitRange, relaxed
            try:
                parts = super().split(availWidth, availHeight)
            finally:
                self._rowSplitRange = kept
        for rest in parts[1:]:
            # reportlab carries the range over to the rest in a way that lets it break only near its top: it
            # filled half a page and then began again, header and all, below itself on the same page.
            if isinstance(rest, ReportTable) and not rest.splitInRow and len(rest._cellvalues) > rest._header_rows:
                rest._rowSplitRange = _orphan_rule(rest._header_rows, len(rest._cellvalues))
        return parts

    def _too_tall_to_keep(self) -> bool:
        """Taller than a page, with the rows its orphan rule keeps at the start of a page taller than half a
        page: keeping them together would only move it on and leave the page above it blank."""
        rows = self._rowHeights or []
        if len(rows) - self._header_rows < 2:
            return False
        return sum(rows) > FRESH_PAGE and sum(rows[:self._first_rows()]) > FRESH_PAGE / 2

    def _first_rows(self) -> int:
        first = self._rowSplitRange[0] if self._rowSplitRange else self._header_rows + 1
        return first + len(self._rowHeights or []) if first < 0 else first

    def _short_range(self) -> tuple[int, int] | None:
        """Where the table may break rather than leave a page mostly blank: two body rows on each side when it has
        four, else one; None for a single row."""
        body = len(self._cellvalues) - self._header_rows
        if body < 2:
            return None
        keep = 2 if body >= 4 else 1
        return self._header_rows + keep, -keep

    def least_start(self, short: bool = False) -> float:
        """The height of the fewest rows this table may begin a page with (wrapped first); *short*: when it may
        break early rather than leave a hole."""
        rows = self._rowHeights or []
        first = self._header_rows + 1 if self._too_tall_to_keep() else self._first_rows()
        if short and (relaxed := self._short_range()) is not None:
            first = min(first, relaxed[0])
        return sum(rows[:max(first, self._header_rows + 1)])

    def wrap(self, availWidth, availHeight):  # noqa: N803
        size = super().wrap(availWidth, availHeight)
        # Any text the app accepts must render: a row taller than this (many line breaks, a very long word
        # broken over many lines) may not fit on a page, so such a table may split inside rows. Measured, not
        # guessed from character counts, because sixty short lines are taller than 1,500 characters of prose.
        if not self.splitInRow and self._rowHeights and max(self._rowHeights) > TALL_ROW_POINTS:
            self.splitInRow = 1
        return size


def _longest_word(cell) -> float:
    """The widest unbreakable word in a cell (a Paragraph, a string or a list of them), in points."""
    if isinstance(cell, (list, tuple)):
        return max((_longest_word(c) for c in cell), default=0.0)
    if isinstance(cell, str):
        return max((string_width(w, REGULAR, 8.2) for w in cell.split()), default=0.0)
    if isinstance(cell, Paragraph):
        return recall(cell, "longest word", _longest_in_paragraph)
    return 0.0


def _longest_in_paragraph(cell: Paragraph) -> float:
    """The widest unbreakable word of a paragraph, indents included."""
    widest = 0.0
    for frag in cell.frags:
        text = getattr(frag, "text", "") or ""
        font, size = getattr(frag, "fontName", REGULAR), getattr(frag, "fontSize", 9)
        for word in text.replace("\xa0", "\x00").split():
            word = word.replace("\x00", " ")
            if "\xad" not in word:
                widest = max(widest, string_width(word, font, size))
                continue
            # A soft hyphen (German compounds in the translated report) is a place the word may break.
            parts = word.split("\xad")
            widest = max(widest, *(string_width(part + ("-" if i < len(parts) - 1 else ""), font, size)
                                   for i, part in enumerate(parts)))
    return widest + cell.style.leftIndent + cell.style.rightIndent


def fit_words(data, widths: list[float], padding: float = 2 * st.CELL_PADDING + 1) -> list[float]:
    """Column widths with every column at least as wide as its longest word, the room taken from columns that
    have more than they need (in proportion to their slack). When the words cannot all fit, the widths stay."""
    if not data or not widths:
        return widths
    need = [0.0] * len(widths)
    for row in data:
        for index, cell in enumerate(row[: len(widths)]):
            need[index] = max(need[index], _longest_word(cell) + padding if cell not in ("", None) else 0.0)
    deficit = sum(max(n - w, 0.0) for n, w in zip(need, widths))
    slack = [max(w - n, 0.0) for n, w in zip(need, widths)]
    if deficit <= 0 or sum(slack) < deficit:
        return widths
    share = deficit / sum(slack)
    return [max(n, w) if n > w else w - s * share for n, w, s in zip(need, widths, slack)]



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


def kept_with_next(flowable):
    """The flowable stays on the page of what follows it: an introduction never ends a page above its table."""
    flowable.keepWithNext = 1
    return flowable


def muted_note(ctx: ReportContext, markup: str) -> Paragraph:
    return Paragraph(markup, ctx.styles.muted)
