"""A report chart (a reportlab Drawing) as a PNG, drawn with Pillow.

reportlab's own bitmap renderer needs a C backend (rlPyCairo or rl_renderPM) that is not a dependency; the
charts use a handful of shapes (rectangles, lines, polylines, circles, strings, rotated groups), all drawn
here with the same embedded fonts the PDF uses, so the Word report shows the PDF's charts.
"""

from __future__ import annotations

import io
import math
from functools import lru_cache

SCALE = 3.0  # pixels per point: 216 dpi, sharp in print and on a projector


def _mul(m, n):
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e,
            b * e2 + d * f2 + f)


def _rgba(colour, opacity=None):
    if colour is None:
        return None
    try:
        r, g, b = colour.rgb()
    except AttributeError:
        return None
    alpha = getattr(colour, "alpha", 1.0)
    if opacity is not None:
        alpha *= opacity
    return (round(r * 255), round(g * 255), round(b * 255), round(alpha * 255))


@lru_cache(maxsize=64)
def _font(name: str, pixels: int):
    from PIL import ImageFont
    from reportlab.pdfbase import pdfmetrics

    try:
        path = pdfmetrics.getFont(name).face.filename
        return ImageFont.truetype(path, pixels)
    except Exception:  # a built-in Type 1 font has no file: Pillow's default face is better than nothing
        return ImageFont.load_default(pixels)


class _Painter:
    def __init__(self, drawing):
        from PIL import Image, ImageDraw

        self.height = drawing.height
        self.image = Image.new("RGBA", (max(1, math.ceil(drawing.width * SCALE)),
                                        max(1, math.ceil(drawing.height * SCALE))), (255, 255, 255, 255))
        self.pen = ImageDraw.Draw(self.image, "RGBA")

    def point(self, m, x, y):
        a, b, c, d, e, f = m
        px, py = a * x + c * y + e, b * x + d * y + f
        return px * SCALE, (self.height - py) * SCALE

    def paint(self, node, m):
        from reportlab.graphics import shapes

        if isinstance(node, shapes.Group):
            inner = _mul(m, tuple(node.transform)) if getattr(node, "transform", None) else m
            for child in node.contents:
                self.paint(child, inner)
        elif isinstance(node, shapes.Rect):
            corners = [(node.x, node.y), (node.x + node.width, node.y), (node.x + node.width, node.y + node.height),
                       (node.x, node.y + node.height)]
            self._polygon(node, [self.point(m, x, y) for x, y in corners], closed=True)
        elif isinstance(node, shapes.Circle):
            cx, cy = self.point(m, node.cx, node.cy)
            r = node.r * SCALE * math.hypot(m[0], m[1])
            box = [cx - r, cy - r, cx + r, cy + r]
            self.pen.ellipse(box, fill=_rgba(node.fillColor, getattr(node, "fillOpacity", None)),
                             outline=_rgba(node.strokeColor), width=self._width(node))
        elif isinstance(node, shapes.Line):
            self.pen.line([self.point(m, node.x1, node.y1), self.point(m, node.x2, node.y2)],
                          fill=_rgba(node.strokeColor), width=self._width(node))
        elif isinstance(node, (shapes.PolyLine, shapes.Polygon)):
            pts = node.points
            points = [self.point(m, pts[i], pts[i + 1]) for i in range(0, len(pts) - 1, 2)]
            self._polygon(node, points, closed=isinstance(node, shapes.Polygon))
        elif isinstance(node, shapes.String):
            self._text(node, m)

    def _width(self, node) -> int:
        if node.strokeColor is None:
            return 0
        return max(1, round((node.strokeWidth or 1) * SCALE))

    def _polygon(self, node, points, closed: bool) -> None:
        fill = _rgba(getattr(node, "fillColor", None), getattr(node, "fillOpacity", None)) if closed else None
        stroke = _rgba(node.strokeColor)
        if fill is not None and len(points) >= 3:
            self.pen.polygon(points, fill=fill)
        if stroke is not None and points:
            line = points + [points[0]] if closed else points
            self.pen.line(line, fill=stroke, width=self._width(node), joint="curve")

    def _text(self, node, m) -> None:
        from PIL import Image, ImageDraw

        text = node.text or ""
        if not text:
            return
        font = _font(node.fontName, max(1, round(node.fontSize * SCALE)))
        colour = _rgba(node.fillColor) or (0, 0, 0, 255)
        width = font.getlength(text)
        anchor = getattr(node, "textAnchor", "start")
        shift = {"middle": width / 2, "end": width}.get(anchor, 0.0) / SCALE
        angle = math.degrees(math.atan2(m[1], m[0]))
        x, y = self.point(m, node.x - shift, node.y)
        if abs(angle) < 0.5:
            self.pen.text((x, y), text, font=font, fill=colour, anchor="ls")
            return
        ascent, descent = font.getmetrics()
        tile = Image.new("RGBA", (math.ceil(width) + 2, ascent + descent + 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((1, ascent + 1), text, font=font, fill=colour, anchor="ls")
        turned = tile.rotate(angle, expand=True, resample=Image.BICUBIC)
        # Place the rotated tile so its baseline start lands on (x, y).
        rad = math.radians(angle)
        bx, by = 1 - tile.width / 2, ascent + 1 - tile.height / 2
        rx = bx * math.cos(rad) + by * math.sin(rad)
        ry = -bx * math.sin(rad) + by * math.cos(rad)
        left = round(x - (rx + turned.width / 2))
        top = round(y - (ry + turned.height / 2))
        self.image.alpha_composite(turned, (max(left, 0), max(top, 0)))


def drawing_png(drawing) -> bytes:
    """The drawing as PNG bytes at SCALE pixels per point."""
    from .fonts import register_fonts

    register_fonts()
    painter = _Painter(drawing)
    base = (1, 0, 0, 1, 0, 0)
    if getattr(drawing, "transform", None):
        base = tuple(drawing.transform)
    for node in drawing.contents:
        painter.paint(node, base)
    out = io.BytesIO()
    painter.image.convert("RGB").save(out, format="PNG", optimize=True)
    return out.getvalue()
