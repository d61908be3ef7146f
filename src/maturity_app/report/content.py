"""The report's content as plain blocks, read from the very story the PDF is laid out from.

The sections build one story of reportlab flowables; the PDF lays it out, and the Word renderer reads it
through this module, so both formats carry the same sections, sentences and numbers without computing
anything twice. Text, bold, italic and colour come from each Paragraph's parsed fragments, tables keep their
cells and column shares, charts stay reportlab drawings (rasterised by the renderer that needs an image).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    colour: str | None = None  # "#RRGGBB"; None is the body colour


@dataclass
class Para:
    runs: list[Run]
    kind: str = "body"  # the PDF style's name: body, lead, muted, callout, cell, cell_head, kpi_value, ...

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Heading:
    text: str
    level: int  # 1 a section, 2 a sub-section, 3 a minor heading


@dataclass
class Image:
    drawing: object  # reportlab.graphics.shapes.Drawing


@dataclass
class TableBlock:
    rows: list[list[list]]  # row -> cell -> blocks (Para / Image / TableBlock)
    widths: list[float]  # share of the table's width per column
    header_rows: int = 0

    def text_rows(self) -> list[list[str]]:
        return [[cell_text(cell) for cell in row] for row in self.rows]


@dataclass
class ContentsList:
    """Where the PDF prints its contents page: each renderer lists the section headings its own way."""


@dataclass
class Content:
    blocks: list = field(default_factory=list)


def cell_text(blocks: list) -> str:
    return "\n".join(b.text for b in blocks if isinstance(b, Para))


_HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3}


def _colour(value) -> str | None:
    if value is None:
        return None
    try:
        text = value.hexval()  # "0xrrggbb"
    except AttributeError:
        return None
    return "#" + text[2:].upper()[-6:]


def _face(font_name: str) -> tuple[bool, bool]:
    # By name, not reportlab's family mapping: the family maps bold-italic onto the bold face as well.
    lowered = font_name.lower()
    return "bold" in lowered, "oblique" in lowered or "italic" in lowered


def paragraph_runs(paragraph) -> list[Run]:
    """The text of a reportlab Paragraph as runs; a <br/> becomes a newline."""
    runs: list[Run] = []
    style_colour = _colour(getattr(paragraph.style, "textColor", None))
    for frag in getattr(paragraph, "frags", []):
        if getattr(frag, "lineBreak", False):
            runs.append(Run("\n"))
            continue
        words = getattr(frag, "words", None)
        text = getattr(frag, "text", "") if words is None else " ".join(words)
        if not text:
            continue
        bold, italic = _face(getattr(frag, "fontName", ""))
        colour = _colour(getattr(frag, "textColor", None))
        runs.append(Run(text.replace("\xa0", " "), bold, italic, None if colour == style_colour else colour))
    return runs


def _cell_blocks(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [Para([Run(value)], "cell")]
    if isinstance(value, (list, tuple)):
        out: list = []
        for item in value:
            out += _flowable_blocks(item)
        return out
    return _flowable_blocks(value)


def _table_block(table) -> TableBlock:
    widths = [float(w) if isinstance(w, (int, float)) else 0.0 for w in (table._colWidths or [])]
    total = sum(widths) or 1.0
    rows = [[_cell_blocks(value) for value in row] for row in table._cellvalues]
    # Spacer columns (the gaps between KPI tiles) carry nothing: drop columns that are empty in every row.
    keep = [i for i in range(len(widths)) if any(row[i] for row in rows)] or list(range(len(widths)))
    rows = [[row[i] for i in keep] for row in rows]
    kept = [widths[i] for i in keep]
    total = sum(kept) or total
    return TableBlock(rows, [w / total for w in kept], header_rows=int(getattr(table, "repeatRows", 0) or 0))


def _flowable_blocks(flowable) -> list:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import KeepInFrame, KeepTogether, Paragraph, Table

    from .document import Heading as PdfHeading
    from .flowables import FitDrawing

    from reportlab.platypus.tableofcontents import TableOfContents

    if isinstance(flowable, TableOfContents):
        return [ContentsList()]
    if isinstance(flowable, PdfHeading):
        return [Heading(flowable.outline_title, flowable.outline_level + 1)]
    if isinstance(flowable, Paragraph):
        runs = paragraph_runs(flowable)
        kind = getattr(flowable.style, "name", "body")
        if kind in _HEADING_LEVELS:
            return [Heading("".join(r.text for r in runs).strip(), _HEADING_LEVELS[kind])]
        if kind.startswith("toc"):
            return []
        return [Para(runs, kind)] if runs else []
    if isinstance(flowable, Table):
        block = _table_block(flowable)
        return [block] if any(cell for row in block.rows for cell in row) else []  # a drawn rule, no content
    if isinstance(flowable, FitDrawing):
        return [Image(flowable.drawing)]
    if isinstance(flowable, Drawing):
        return [Image(flowable)]
    if isinstance(flowable, (KeepInFrame,)):
        return _blocks(flowable._content)
    if isinstance(flowable, KeepTogether):
        return _blocks(flowable._content)
    return []  # spacers, page breaks, template switches, the contents list and the page-count marker


def _blocks(story) -> list:
    out: list = []
    for flowable in story:
        out += _flowable_blocks(flowable)
    return out


def content_of(story: list) -> Content:
    """The blocks a story holds, in reading order."""
    return Content(_blocks(story))


@dataclass
class Section:
    title: str
    blocks: list


def sections_of(content: Content) -> list[Section]:
    """The content split at its section headings (level 1); what precedes the first is the cover."""
    out = [Section("", [])]
    for block in content.blocks:
        if isinstance(block, Heading) and block.level == 1:
            out.append(Section(block.text, []))
        else:
            out[-1].blocks.append(block)
    return out


def story_content(ctx) -> Content:
    """The report's content for *ctx*: the PDF's story, built with every character kept (Word and PowerPoint
    draw every script themselves)."""
    from . import fonts
    from .builder import report_story

    with fonts.whole_text():
        return content_of(report_story(ctx))
