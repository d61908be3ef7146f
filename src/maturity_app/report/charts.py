"""Vector charts for the report (reportlab.graphics): paired domain bars and the question quadrant scatter."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isBoolean, isString
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain.scoring import HIGH, AssessmentScore, Quadrant, QuestionScore
from . import styles as st
from .fonts import BOLD, REGULAR, drawable, pieces, string_width
from ..domain.formatting import points, signed
from ..domain.i18n import N_, _

GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def tint(hex_colour: str, amount: float) -> colors.Color:
    """Mix a colour with white; amount 0 keeps it, 1 gives white."""
    base = colors.HexColor(hex_colour)
    return colors.Color(*(c + (1 - c) * amount for c in (base.red, base.green, base.blue)))


def shade(hex_colour: str, amount: float = 0.3) -> colors.Color:
    """Mix a colour with black, for text on a light tint of the same colour."""
    base = colors.HexColor(hex_colour)
    return colors.Color(*(c * (1 - amount) for c in (base.red, base.green, base.blue)))


def _one_line(text: str) -> str:
    """*text* as a label drawn on one line: a soft hyphen (a place a word may break) is not drawn mid-line."""
    return drawable(" ".join(text.split())).replace("\xad", "")


def fit_text(text: str, font: str, size: float, width: float) -> str:
    text = _one_line(text)
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap_text(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Words into at most *max_lines* lines of *width*; only the last line is cut (with an ellipsis)."""
    words = _one_line(text).split(" ")
    lines: list[str] = []
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and string_width(f"{line} {words[0]}", font, size) <= width:
            line = f"{line} {words.pop(0)}"
        if string_width(line, font, size) > width:  # one word wider than the column: cut it on the last line
            words.insert(0, line)
            break
        lines.append(line)
    if words:
        lines.append(fit_text(" ".join(words), font, size, width))
    return lines


class TextRun(String):
    """One run of a chart label as the PDF draws it (shaped glyphs in visual order), with the logical text it
    stands for and its direction, which the bitmap renderer (raster.py) lays out itself."""

    _attrMap = AttrMap(BASE=String, logical=AttrMapValue(isString), right_to_left=AttrMapValue(isBoolean))

    def __init__(self, x, y, text, logical: str, right_to_left: bool, **kw):
        super().__init__(x, y, text, **kw)
        self.logical = logical
        self.right_to_left = right_to_left


def text_label(x: float, y: float, text: str, font: str, size: float, fill, anchor: str = "start") -> Group:
    """Text people or packs wrote, for a chart: set in the face of each script (the same fallbacks as the
    report's paragraphs), shaped and ordered right to left where the script asks for it."""
    runs = pieces(text, font, size)
    total = sum(r.width for r in runs)
    x -= {"end": total, "middle": total / 2}.get(anchor, 0.0)
    group = Group()
    for run in runs:
        group.add(TextRun(x, y, run.drawn, run.logical, run.right_to_left, fontName=run.face, fontSize=size,
                          fillColor=fill))
        x += run.width
    return group


def _legend(drawing: Drawing, x: float, y: float, items: list[tuple[str, str]], size: float = 7.5) -> None:
    for colour, label in items:
        drawing.add(Rect(x, y - 1, 8, 8, fillColor=colors.HexColor(colour), strokeColor=None))
        drawing.add(String(x + 12, y, label, fontName=REGULAR, fontSize=size, fillColor=colors.HexColor(st.TEXT)))
        x += 12 + stringWidth(label, REGULAR, size) + 16


@dataclass(frozen=True)
class PairedRow:
    """One row of a paired bar chart: a label, the upper and lower bar on 0-100, and the gap column's text."""

    label: str
    upper: float | None  # drawn in the compliance colour; None reads "not answered"
    lower: float | None  # drawn in the capability colour
    gap: str | None  # already formatted; None leaves the gap column empty
    emphasis: bool = False  # gap drawn in the alert colour (and the label in bold when the chart asks for it)
    missing: str = N_("not answered")  # what an empty bar reads (translated when drawn)


def paired_bars(rows: list[PairedRow], width: float, legend: tuple[str, str], *, label_width: float,
                right: float, row: float = 24.0, bar: float = 8.0, font_size: float = 8.0,
                label_drop: float | None = None, bold_emphasis: bool = False, row_rules: bool = False) -> Drawing:
    """Two horizontal bars per row on a 0-100 axis with value labels, a legend and a gap column on the right.

    *right* is the room kept right of the plot for the value labels and the gap column; *label_drop* moves the
    row label below the row's middle (a third of the font size unless given).
    """
    legend_h, axis_h = 18.0, 14.0
    height = legend_h + axis_h + row * max(len(rows), 1) + 4
    drawing = Drawing(width, height, initialFontName=REGULAR)
    plot_x = label_width + 8
    plot_w = width - plot_x - right
    top = height - legend_h
    drop = font_size / 3 if label_drop is None else label_drop

    _legend(drawing, plot_x, height - 10, [(st.COMPLIANCE, legend[0]), (st.CAPABILITY, legend[1])])
    drawing.add(String(width, height - 10, _("Gap"), fontName=BOLD, fontSize=7, fillColor=colors.HexColor(st.MUTED),
                       textAnchor="end"))
    bottom = top - row * max(len(rows), 1)
    for tick in (0, 25, 50, 75, 100):
        x = plot_x + plot_w * tick / 100
        drawing.add(Line(x, bottom, x, top, strokeColor=colors.HexColor(st.RULE), strokeWidth=0.4))
        drawing.add(String(x, bottom - 10, str(tick), fontName=REGULAR, fontSize=6.5,
                           fillColor=colors.HexColor(st.MUTED), textAnchor="middle"))

    for index, r in enumerate(rows):
        y_mid = top - row * index - row / 2
        font = BOLD if bold_emphasis and r.emphasis else REGULAR
        # A long domain name wraps onto a second line where the row has room, rather than being cut short.
        leading = font_size * 1.15
        lines = wrap_text(r.label, font, font_size, label_width, 2 if row >= 2 * leading + 2 else 1)
        first = y_mid - drop + leading * (len(lines) - 1) / 2
        for number, line in enumerate(lines):
            drawing.add(text_label(0, first - number * leading, line, font, font_size, colors.HexColor(st.INK)))
        for offset, value, colour in ((bar / 2 + 0.6, r.upper, st.COMPLIANCE),
                                      (-bar / 2 - 0.6, r.lower, st.CAPABILITY)):
            y = y_mid + offset - bar / 2
            if value is None:
                drawing.add(String(plot_x + 2, y + 1, _(r.missing), fontName=REGULAR, fontSize=6,
                                   fillColor=colors.HexColor(st.MUTED)))
                continue
            length = plot_w * value / 100
            drawing.add(Rect(plot_x, y, max(length, 0.8), bar, fillColor=colors.HexColor(colour), strokeColor=None))
            drawing.add(String(plot_x + length + 3, y + bar / 2 - 2.3, points(value), fontName=REGULAR,
                               fontSize=6.5, fillColor=colors.HexColor(st.TEXT)))
        if r.gap is not None:
            drawing.add(String(width, y_mid - 3, r.gap, fontName=BOLD, fontSize=font_size, textAnchor="end",
                               fillColor=colors.HexColor(st.ALERT if r.emphasis else st.MUTED)))
        if row_rules and index:
            y_line = top - row * index
            drawing.add(Line(0, y_line, width, y_line, strokeColor=colors.HexColor("#EEF0F3"), strokeWidth=0.4))
    drawing.add(Line(plot_x, bottom, plot_x, top, strokeColor=colors.HexColor(st.MUTED), strokeWidth=0.6))
    return drawing


def domain_bars(score: AssessmentScore, width: float, compact: bool = False) -> Drawing:
    """Compliance and capability index per domain as paired horizontal bars on a 0-100 axis."""
    rows = [
        PairedRow(d.domain.title, d.compliance_index, d.capability_index,
                  None if d.gap_points is None else signed(d.gap_points) if d.enough_answers else _("too few"),
                  emphasis=d.paper_maturity, missing=N_("not answered") if d.applicable else N_("not applicable"))
        for d in score.domains
    ]
    return paired_bars(
        rows, width, (_("On paper (compliance index)"), _("In practice (capability index)")),
        label_width=min(width * 0.40, 215.0), right=52.0,
        row=19.0 if compact else 24.0, bar=5.5 if compact else 8.0, font_size=7.2 if compact else 8.0,
        bold_emphasis=True, row_rules=True,
    )


def jitter(scores: list[QuestionScore], spread: float = 0.36) -> dict[str, tuple[float, float]]:
    """Deterministic offsets (in level units) that fan out questions sharing the same pair of levels.

    Points in one cell are laid on a sunflower spiral in question-id order, so the same data always gives the
    same picture and no two points coincide.
    """
    cells: dict[tuple[int, int], list[QuestionScore]] = defaultdict(list)
    for q in scores:
        cells[(q.compliance, q.capability)].append(q)
    offsets: dict[str, tuple[float, float]] = {}
    for members in cells.values():
        members.sort(key=lambda q: q.question.id)
        n = len(members)
        for k, q in enumerate(members):
            if n == 1:
                offsets[q.question.id] = (0.0, 0.0)
                continue
            radius = spread * math.sqrt((k + 0.5) / n)
            angle = k * GOLDEN_ANGLE
            offsets[q.question.id] = (radius * math.cos(angle), radius * math.sin(angle))
    return offsets


QUADRANT_LABELS = {
    Quadrant.RESILIENT: N_("Resilient"),
    Quadrant.PAPER_TIGER: N_("Paper tiger"),
    Quadrant.UNDOCUMENTED_STRENGTH: N_("Undocumented strength"),
    Quadrant.EXPOSED: N_("Exposed"),
}


def placed_questions(score: AssessmentScore) -> list[QuestionScore]:
    return [q for q in score.questions if q.quadrant is not None]


def quadrant_scatter(score: AssessmentScore, size: float) -> Drawing:
    """Each question at (compliance, effective capability); quadrants split at level HIGH on both axes."""
    left, bottom_margin, top_margin, right = 40.0, 48.0, 8.0, 8.0
    plot = size - left - right
    drawing = Drawing(size, plot + bottom_margin + top_margin, initialFontName=REGULAR)
    x0, y0 = left, bottom_margin
    cell = plot / 5

    def pos(level: float) -> float:
        return (level + 0.5) * cell

    split = HIGH * cell  # boundary between level HIGH-1 and HIGH
    regions = [
        (Quadrant.EXPOSED, 0, 0, split, split),
        (Quadrant.PAPER_TIGER, split, 0, plot - split, split),
        (Quadrant.UNDOCUMENTED_STRENGTH, 0, split, split, plot - split),
        (Quadrant.RESILIENT, split, split, plot - split, plot - split),
    ]
    for quadrant, x, y, w, h in regions:
        colour = st.QUADRANT_COLOURS[quadrant.value]
        drawing.add(Rect(x0 + x, y0 + y, w, h, fillColor=tint(colour, 0.88), strokeColor=None))
    for level in range(6):
        drawing.add(Line(x0 + level * cell, y0, x0 + level * cell, y0 + plot, strokeColor=colors.white,
                         strokeWidth=0.8))
        drawing.add(Line(x0, y0 + level * cell, x0 + plot, y0 + level * cell, strokeColor=colors.white,
                         strokeWidth=0.8))
    drawing.add(Line(x0 + split, y0, x0 + split, y0 + plot, strokeColor=colors.HexColor(st.MUTED), strokeWidth=0.8,
                     strokeDashArray=[2, 2]))
    drawing.add(Line(x0, y0 + split, x0 + plot, y0 + split, strokeColor=colors.HexColor(st.MUTED), strokeWidth=0.8,
                     strokeDashArray=[2, 2]))
    # Labels after the grid, on their quadrant's tint, so no grid line runs through them.
    for quadrant, x, y, w, h in regions:
        colour = st.QUADRANT_COLOURS[quadrant.value]
        label = _(QUADRANT_LABELS[quadrant])
        top_side = y > 0
        right_side = x > 0
        lx = x0 + x + (w - 4 if right_side else 4)
        ly = y0 + y + (h - 10 if top_side else 4)
        label_w = stringWidth(label, BOLD, 7.5)
        drawing.add(Rect(lx - (label_w + 2 if right_side else 2), ly - 2.5, label_w + 4, 10.5,
                         fillColor=tint(colour, 0.88), strokeColor=None))
        drawing.add(String(lx, ly, label, fontName=BOLD, fontSize=7.5, fillColor=shade(colour, 0.35),
                           textAnchor="end" if right_side else "start"))
    for level in range(5):
        drawing.add(String(x0 + pos(level), y0 - 10, str(level), fontName=REGULAR, fontSize=7,
                           fillColor=colors.HexColor(st.MUTED), textAnchor="middle"))
        drawing.add(String(x0 - 6, y0 + pos(level) - 2.5, str(level), fontName=REGULAR, fontSize=7,
                           fillColor=colors.HexColor(st.MUTED), textAnchor="end"))
    drawing.add(String(x0 + plot / 2, y0 - 24, _("On paper: compliance level →"), fontName=BOLD, fontSize=7.5,
                       fillColor=colors.HexColor(st.INK), textAnchor="middle"))
    vertical = String(0, 0, _("In practice: effective capability level →"), fontName=BOLD, fontSize=7.5,
                      fillColor=colors.HexColor(st.INK), textAnchor="middle")
    from reportlab.graphics.shapes import Group

    group = Group(vertical)
    group.translate(x0 - 22, y0 + plot / 2)
    group.rotate(90)
    drawing.add(group)

    scores = placed_questions(score)
    scale = 1.0 if len(scores) < 200 else 0.6
    # The key to dot size: weight 1, 2, 3 (a group of its own: the drawing's own circles are the questions).
    from reportlab.graphics.shapes import Group

    key = Group()
    kx = x0
    dot_size = _("Dot size: question weight")
    key.add(String(kx, y0 - 40, dot_size, fontName=REGULAR, fontSize=7, fillColor=colors.HexColor(st.MUTED)))
    kx += stringWidth(dot_size, REGULAR, 7) + 8
    for weight in (1, 2, 3):
        radius = 2.2 + 0.9 * weight * scale
        key.add(Circle(kx + radius, y0 - 37.5, radius, fillColor=colors.HexColor(st.MUTED), strokeColor=None))
        key.add(String(kx + 2 * radius + 3, y0 - 40, str(weight), fontName=REGULAR, fontSize=7,
                       fillColor=colors.HexColor(st.MUTED)))
        kx += 2 * radius + 14
    drawing.add(key)
    offsets = jitter(scores)
    scores.sort(key=lambda q: (q.question.weight, q.question.id))  # heavier points drawn last, on top
    for q in scores:
        dx, dy = offsets[q.question.id]
        radius = 2.2 + 0.9 * q.question.weight * scale
        drawing.add(Circle(x0 + pos(q.compliance + dx), y0 + pos(q.capability + dy), radius,
                           fillColor=colors.HexColor(st.QUADRANT_COLOURS[q.quadrant.value]),
                           strokeColor=colors.white, strokeWidth=0.6))
    return drawing
