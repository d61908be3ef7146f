"""The report's visual language: a colour-blind-safe palette (Okabe–Ito), type scale and table styles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..palette import PAPER, PRACTICE
from .fonts import BOLD, REGULAR, register_fonts

# Okabe–Ito: distinguishable with every common colour-vision deficiency.
COMPLIANCE = PAPER  # blue: what the paper says, as in the app
CAPABILITY = PRACTICE  # green: what was proven, as in the app
RESILIENT = "#009E73"
PAPER_TIGER = "#D55E00"
UNDOCUMENTED = "#56B4E9"
EXPOSED = "#CC79A7"

INK = "#14213D"  # headings and key figures
TEXT = "#2B2F36"
MUTED = "#5F6B7A"
RULE = "#D5DAE1"
TINT = "#F2F4F7"
BAND = "#14213D"
ALERT = "#D55E00"
PLACEHOLDER = "#8A94A3"  # an empty field's stand-in text

QUADRANT_COLOURS = {
    "resilient": RESILIENT,
    "paper tiger": PAPER_TIGER,
    "undocumented strength": UNDOCUMENTED,
    "exposed": EXPOSED,
}


@dataclass(frozen=True)
class Styles:
    body: object
    small: object
    muted: object
    cell: object
    cell_bold: object
    cell_muted: object
    cell_head: object
    h1: object
    h2: object
    h3: object
    lead: object
    cover_title: object
    cover_kicker: object
    cover_subject: object
    cover_scope: object
    kpi_value: object
    kpi_label: object
    toc1: object
    toc2: object
    callout: object
    bullet: object  # a list item whose wrapped lines hang under the text, not under the bullet


HYPHENATION = {"de": "de_DE"}  # English breaks at spaces as it always has; German compounds need syllables


def hyphenation_language() -> str:
    """reportlab's hyphenation dictionary (pyphen) for the report's language: a German compound that does not
    fit a narrow cell breaks at a syllable with a hyphen ("Administrator-rechten"), not between any two letters."""
    from ..domain import i18n

    code = HYPHENATION.get(i18n.language(), "")
    if code:
        try:
            import pyphen  # noqa: F401  (reportlab imports it by this name)
        except ImportError:
            return ""
    return code


def styles() -> Styles:
    """The report's paragraph styles for the language it is written in (made once per language)."""
    return _styles(hyphenation_language())


def _markup_colours() -> list[str]:
    return [value for value in globals().values() if isinstance(value, str) and re.fullmatch(r"#[0-9A-F]{6}", value)]


@cache
def _styles(hyphenation: str) -> Styles:
    from .rl_speedups import name_colours

    register_fonts()
    name_colours(_markup_colours())
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=colors.HexColor(TEXT),
        spaceAfter=6, splitLongWords=1, hyphenationLang=hyphenation,
    )

    def derive(name, parent=base, **kw):
        return ParagraphStyle(name, parent=parent, **kw)

    cell = derive("cell", fontSize=8.2, leading=10.8, spaceAfter=0)
    return Styles(
        body=base,
        small=derive("small", fontSize=8, leading=10.5),
        muted=derive("muted", fontSize=8.5, leading=11.5, textColor=colors.HexColor(MUTED)),
        cell=cell,
        cell_bold=derive("cell_bold", cell, fontName=BOLD),
        cell_muted=derive("cell_muted", cell, textColor=colors.HexColor(MUTED)),
        cell_head=derive("cell_head", cell, fontName=BOLD, fontSize=7.6, textColor=colors.HexColor(MUTED)),
        h1=derive("h1", fontName=BOLD, fontSize=19, leading=24, textColor=colors.HexColor(INK), spaceBefore=0,
                  spaceAfter=10, keepWithNext=1),
        h2=derive("h2", fontName=BOLD, fontSize=12.5, leading=16, textColor=colors.HexColor(INK), spaceBefore=12,
                  spaceAfter=5, keepWithNext=1),
        h3=derive("h3", fontName=BOLD, fontSize=10, leading=13.5, textColor=colors.HexColor(INK), spaceBefore=8,
                  spaceAfter=3, keepWithNext=1),
        lead=derive("lead", fontSize=11, leading=16, textColor=colors.HexColor(INK), spaceAfter=8),
        cover_title=derive("cover_title", fontName=BOLD, fontSize=30, leading=36, textColor=colors.white,
                           spaceAfter=8),
        cover_kicker=derive("cover_kicker", fontName=BOLD, fontSize=9, leading=12,
                            textColor=colors.HexColor("#9FB3D1"), spaceAfter=14),
        cover_subject=derive("cover_subject", fontName=BOLD, fontSize=17, leading=22, textColor=colors.white,
                             spaceAfter=4),
        cover_scope=derive("cover_scope", fontSize=10.5, leading=15, textColor=colors.HexColor("#D7E0EE")),
        # A headline tile breaks a category's words between words only ("nur An-gaben" read as a typo).
        kpi_value=derive("kpi_value", fontName=BOLD, fontSize=22, leading=25, textColor=colors.HexColor(INK),
                         alignment=TA_CENTER, spaceAfter=0, hyphenationLang=""),
        kpi_label=derive("kpi_label", fontSize=7.5, leading=9.5, textColor=colors.HexColor(MUTED),
                         alignment=TA_CENTER, spaceAfter=0),
        toc1=derive("toc1", fontName=BOLD, fontSize=10.5, leading=18, textColor=colors.HexColor(INK)),
        toc2=derive("toc2", fontSize=9.5, leading=15, leftIndent=14, textColor=colors.HexColor(TEXT)),
        callout=derive("callout", fontSize=10, leading=14.5, textColor=colors.HexColor(INK), spaceAfter=6),
        bullet=derive("bullet", leftIndent=11, bulletIndent=0, bulletFontName=REGULAR, spaceAfter=3),
    )


CELL_PADDING = 5


def grid_table_style(header_rows: int = 1, zebra: bool = True) -> list[tuple]:
    """Light rules, a tinted header, zebra rows: readable in print and on a projector."""
    from reportlab.lib import colors

    style: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.9, colors.HexColor(INK)),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, colors.HexColor(RULE)),
    ]
    if zebra:
        style.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#F7F8FA")]))
    return style
