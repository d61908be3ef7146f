"""The contents page of the full report (filled in by multiBuild from the section headings)."""

from __future__ import annotations

from reportlab.platypus import Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from ..context import ReportContext


def contents(ctx: ReportContext) -> list:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [ctx.styles.toc1, ctx.styles.toc2]
    return [Paragraph("Contents", ctx.styles.h1), toc]
