"""The contents page of the full report (filled in by multiBuild from the section headings)."""

from __future__ import annotations

from reportlab.platypus import Paragraph, TableStyle
from reportlab.platypus.tableofcontents import TableOfContents

from ..context import ReportContext
from ..fonts import REGULAR


def contents(ctx: ReportContext) -> list:
    # The contents list is a Table inside; name the font or it references an unembedded Helvetica.
    toc = TableOfContents(dotsMinLevel=0, tableStyle=TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    toc.levelStyles = [ctx.styles.toc1, ctx.styles.toc2]
    return [Paragraph("Contents", ctx.styles.h1), toc]
