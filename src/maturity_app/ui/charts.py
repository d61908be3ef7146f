"""Charts drawn with QPainter (QtCharts is not available): domain bars and the question quadrant scatter."""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..domain.formatting import points, signed
from ..domain.scoring import HIGH
from . import theme


@dataclass(frozen=True)
class DomainBar:
    domain_id: str
    title: str
    compliance: float | None
    capability: float | None
    first_question: str
    gap: float | None = None  # from the domain's score, so it is printed paper minus printed practice
    paper_only: bool = False  # decided by domain.scoring, drawn here
    verdict: str = ""  # e.g. "not enough answers"


@dataclass(frozen=True)
class ScatterPoint:
    question_id: str
    title: str
    compliance: int
    capability: int  # effective (after a stale cap)
    paper_maturity: bool = False  # decided by domain.scoring, drawn here


def _colour(name: str, alpha: int = 255) -> QColor:
    colour = QColor(getattr(theme.tones(), name))
    colour.setAlpha(alpha)
    return colour


class DomainBarsChart(QWidget):
    """Per domain, paper (compliance) and practice (capability) on 0-100, with the gap between them."""

    domainClicked = Signal(str)  # first question id of the domain

    LEGEND = (("compliance", QT_TRANSLATE_NOOP("DomainBarsChart", "Paper (compliance)")),
              ("capability", QT_TRANSLATE_NOOP("DomainBarsChart", "Practice (capability)")))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._bars: list[DomainBar] = []
        self.setMouseTracking(True)
        policy = QSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        policy.setHeightForWidth(True)  # the legend wraps on narrow widths and large type
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Compliance versus capability per domain"))
        self.setToolTip(self.tr("Paper (compliance) against practice (capability) per domain; click a domain to open it"))
        self.setCursor(Qt.PointingHandCursor)

    def set_bars(self, bars: list[DomainBar]) -> None:
        self._bars = bars
        self.updateGeometry()
        self.update()

    # Sizes follow the font, so nothing is cut at large type: two lines per domain title, a legend that wraps.
    def _row_height(self) -> int:
        """A domain's title on its own line over its two bars: the title has the chart's whole width."""
        fm = QFontMetrics(self.font())
        return fm.lineSpacing() + 2 * self._bar_height() + 3 + 12

    def _bar_height(self) -> int:
        return max(12, QFontMetrics(self.font()).height() // 2 + 3)

    def _top(self) -> int:
        return self._legend_layout(self.width())[1]

    def _legend_layout(self, width: int) -> tuple[list[tuple[float, float, str, str]], int]:
        """(x, baseline, tone, text) for each legend item, wrapped to *width*, and the height the legend takes."""
        fm = QFontMetrics(self.font())
        line = fm.lineSpacing() + 4
        x0 = 0
        x, y, items = x0, 10 + fm.ascent(), []
        for name, text in self.LEGEND:
            text = self.tr(text)
            item_w = 18 + fm.horizontalAdvance(text)
            if x > x0 and x + item_w > width:
                x, y = x0 if x0 + item_w <= width else 0, y + line
            elif x == x0 and x0 + item_w > width:
                x = 0
            items.append((x, y, name, text))
            x += item_w + 22
        return items, int(y + fm.descent() + 10)

    def sizeHint(self) -> QSize:
        return QSize(520, self.heightForWidth(520))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._legend_layout(width)[1] + self._row_height() * max(1, len(self._bars)) + 8

    def _label_width(self, width: int | None = None) -> int:
        return self.width() if width is None else width

    def _row_at(self, y: float) -> int:
        row = int((y - self._top()) // self._row_height())
        return row if 0 <= row < len(self._bars) and y >= self._top() else -1

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        t = theme.tones()
        fm = QFontMetrics(self.font())
        label_w = self._label_width()
        gap_w = fm.horizontalAdvance("+100") + 16
        x0 = 0
        width = max(40, self.width() - x0 - gap_w - 8)
        legend, top = self._legend_layout(self.width())
        row_h = self._row_height()
        bar_h = self._bar_height()
        bars_top = fm.lineSpacing() + 2
        for lx, baseline, name, text in legend:
            p.setPen(Qt.NoPen)
            p.setBrush(_colour(name))
            p.drawRoundedRect(QRectF(lx, baseline - fm.ascent() + 1, 12, 12), 2, 2)
            p.setPen(QColor(t.muted))
            p.drawText(QPointF(lx + 18, baseline), text)
        # scale lines at 0, 25, 50, 75, 100
        p.setPen(QPen(_colour("border"), 1, Qt.DotLine))
        for tick in range(0, 101, 25):
            x = x0 + width * tick / 100
            for row in range(len(self._bars)):  # under the bars only, not through the titles
                y = top + row * row_h + bars_top
                p.drawLine(QPointF(x, y - 2), QPointF(x, y + 2 * bar_h + 5))
        for row, bar in enumerate(self._bars):
            y = top + row * row_h
            p.setPen(QColor(t.text))
            p.drawText(QRectF(0, y, label_w, fm.lineSpacing()), Qt.AlignLeft | Qt.AlignVCenter,
                       fm.elidedText(bar.title, Qt.ElideRight, label_w))
            for i, (name, value) in enumerate((("compliance", bar.compliance), ("capability", bar.capability))):
                rect = QRectF(x0, y + bars_top + i * (bar_h + 3), width * (value or 0) / 100, bar_h)
                p.setPen(Qt.NoPen)
                p.setBrush(_colour(name) if value is not None else _colour("border"))
                if value is None:
                    rect.setWidth(width)
                    p.setBrush(_colour("border", 60))
                p.drawRoundedRect(rect, 3, 3)
            if bar.gap is not None:
                p.setPen(_colour("gap_ink") if bar.paper_only else QColor(t.muted))
                bold = QFont(self.font())
                bold.setBold(bar.paper_only)
                p.setFont(bold)
                p.drawText(QRectF(x0 + width + 6, y + bars_top, gap_w, 2 * bar_h + 3), Qt.AlignLeft | Qt.AlignVCenter,
                           signed(bar.gap))
                p.setFont(self.font())
            else:
                p.setPen(QColor(t.muted))
                p.drawText(QRectF(x0 + width + 6, y + bars_top, gap_w, 2 * bar_h + 3), Qt.AlignLeft | Qt.AlignVCenter,
                           "—")
        p.end()

    def row_middle(self, row: int) -> int:
        """The y of the middle of a domain's row (title and bars), where a click opens that domain."""
        return self._top() + row * self._row_height() + self._row_height() // 2

    def title_fits(self, title: str) -> bool:
        """Whether *title* is shown whole on its line (no "…")."""
        return QFontMetrics(self.font()).horizontalAdvance(title) <= self._label_width()

    def legend_fits(self) -> bool:
        """Whether every legend entry is inside the chart."""
        fm = QFontMetrics(self.font())
        return all(x + 18 + fm.horizontalAdvance(text) <= self.width()
                   for x, _y, _tone, text in self._legend_layout(self.width())[0])

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        if row >= 0:
            bar = self._bars[row]
            verdict = f"\n{bar.verdict}" if bar.verdict else ""
            QToolTip.showText(event.globalPosition().toPoint(),
                              self.tr("{title}\npaper {paper} · practice {practice} · gap {gap}").format(
                                  title=bar.title, paper=points(bar.compliance), practice=points(bar.capability),
                                  gap=signed(bar.gap)) + verdict, self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        row = self._row_at(event.position().y())
        if event.button() == Qt.LeftButton and row >= 0:
            self.domainClicked.emit(self._bars[row].first_question)


class QuadrantScatter(QWidget):
    """Each answered question placed by paper (x) and practice (y); the paper-tiger corner is shaded."""

    pointClicked = Signal(str)
    MARGIN = 44
    RADIUS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self._points: list[ScatterPoint] = []
        self._placed: list[tuple[QPointF, ScatterPoint]] = []
        self.setMouseTracking(True)
        self.setMinimumSize(320, 320)
        self.setAccessibleName(self.tr("Question quadrant: paper against practice"))
        self.setToolTip(self.tr("Each dot is a question: right = stronger paper, up = proven practice; click a dot to "
                                "open it"))

    def set_points(self, points: list[ScatterPoint]) -> None:
        self._points = points
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    def heightForWidth(self, width: int) -> int:
        return width

    def _plot(self) -> QRectF:
        side = min(self.width(), self.height()) - self.MARGIN - 12
        return QRectF(self.MARGIN, 10, side, side)

    def _position(self, plot: QRectF, point: ScatterPoint) -> QPointF:
        # Many questions share a level pair; a stable jitter per question keeps them apart and repeatable.
        seed = zlib.crc32(point.question_id.encode())
        jx = ((seed & 0xFF) / 255 - 0.5) * 0.5
        jy = (((seed >> 8) & 0xFF) / 255 - 0.5) * 0.5
        cell = plot.width() / 5
        return QPointF(plot.left() + (point.compliance + 0.5 + jx) * cell,
                       plot.bottom() - (point.capability + 0.5 + jy) * cell)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        t = theme.tones()
        plot = self._plot()
        cell = plot.width() / 5
        p.fillRect(plot, _colour("base"))
        # shaded quadrants: paper tiger (paper strong, practice not) and resilient (both strong)
        strong, rest = HIGH * cell, (5 - HIGH) * cell
        p.fillRect(QRectF(plot.left() + strong, plot.top() + rest, rest, strong), _colour("gap", 38))
        p.fillRect(QRectF(plot.left() + strong, plot.top(), rest, rest), _colour("ok", 30))
        p.setPen(QPen(_colour("border"), 1))
        for i in range(6):
            p.drawLine(QPointF(plot.left() + i * cell, plot.top()), QPointF(plot.left() + i * cell, plot.bottom()))
            p.drawLine(QPointF(plot.left(), plot.top() + i * cell), QPointF(plot.right(), plot.top() + i * cell))
        p.setPen(QPen(_colour("muted"), 1, Qt.DashLine))
        p.drawLine(plot.bottomLeft(), plot.topRight())  # paper == practice
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        p.setFont(small)
        p.setPen(QColor(t.muted))
        for i in range(5):
            p.drawText(QRectF(plot.left() + i * cell, plot.bottom() + 2, cell, 16), Qt.AlignCenter, str(i))
            p.drawText(QRectF(plot.left() - 22, plot.bottom() - (i + 1) * cell, 18, cell), Qt.AlignCenter, str(i))
        p.drawText(QRectF(plot.left(), plot.bottom() + 16, plot.width(), 18), Qt.AlignCenter, self.tr("Paper (compliance) →"))
        p.save()
        p.translate(12, plot.center().y())
        p.rotate(-90)
        p.drawText(QRectF(-plot.height() / 2, -8, plot.height(), 18), Qt.AlignCenter, self.tr("Practice (capability) →"))
        p.restore()
        p.setPen(_colour("gap"))
        p.drawText(QRectF(plot.left() + strong, plot.bottom() - 22, rest - 4, 18), Qt.AlignRight, self.tr("paper tiger"))
        p.drawText(QRectF(plot.left() + 4, plot.bottom() - 22, strong - 8, 18), Qt.AlignLeft, self.tr("exposed"))
        p.setPen(_colour("ok"))
        p.drawText(QRectF(plot.left() + strong, plot.top() + 4, rest - 4, 18), Qt.AlignRight, self.tr("resilient"))
        p.setFont(self.font())
        self._placed = []
        for point in self._points:
            centre = self._position(plot, point)
            self._placed.append((centre, point))
            fill = _colour("gap" if point.paper_maturity else "accent", 220)
            p.setPen(QPen(_colour("base"), 1.2))
            p.setBrush(fill)
            p.drawEllipse(centre, self.RADIUS, self.RADIUS)
        p.end()

    def point_at(self, pos: QPointF) -> ScatterPoint | None:
        best, best_d = None, (self.RADIUS + 3) ** 2
        for centre, point in self._placed:
            d = (centre.x() - pos.x()) ** 2 + (centre.y() - pos.y()) ** 2
            if d <= best_d:
                best, best_d = point, d
        return best

    def point_centre(self, question_id: str) -> QPointF | None:
        return next((c for c, p in self._placed if p.question_id == question_id), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = self.point_at(event.position())
        self.setCursor(Qt.PointingHandCursor if point else Qt.ArrowCursor)
        if point:
            QToolTip.showText(event.globalPosition().toPoint(),
                              self.tr("{title}\npaper {paper} · practice {practice}").format(
                                  title=point.title, paper=point.compliance, practice=point.capability), self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        point = self.point_at(event.position())
        if event.button() == Qt.LeftButton and point:
            self.pointClicked.emit(point.question_id)
