"""Paper and practice indices across a subject's assessments, with the paper-maturity count, drawn with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...domain.formatting import day, points
from ...domain.trend import Trend, TrendPoint
from .. import theme


def _colour(name: str, alpha: int = 255) -> QColor:
    colour = QColor(getattr(theme.tones(), name))
    colour.setAlpha(alpha)
    return colour


_fmt = points


class TrendChart(QWidget):
    """Two lines on 0-100 (paper, practice) with the gap shaded between them; paper-maturity counts as bars.

    Many assessments share one axis: labels thin out so they never overlap, and a click picks a point.
    """

    pointClicked = Signal(int)  # assessment id
    LEFT, RIGHT, TOP, BOTTOM = 44, 16, 34, 30
    BAR_BAND = 0.22  # share of the plot height given to the paper-maturity bars

    def __init__(self, parent=None):
        super().__init__(parent)
        self._trend: Trend | None = None
        self._selected: int | None = None
        self.setMouseTracking(True)
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAccessibleName(self.tr("Trend of paper and practice across assessments"))
        self.setToolTip(self.tr("Paper (compliance) and practice (capability) index per assessment; bars: paper "
                                "maturity"))

    def set_trend(self, trend: Trend | None, selected: int | None = None) -> None:
        self._trend = trend
        self._selected = selected
        self.update()

    def select(self, assessment_id: int | None) -> None:
        self._selected = assessment_id
        self.update()

    @property
    def selected(self) -> int | None:
        return self._selected

    @property
    def points(self) -> list[TrendPoint]:
        return self._trend.points if self._trend else []

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def _plot(self) -> QRectF:
        return QRectF(self.LEFT, self.TOP, max(10, self.width() - self.LEFT - self.RIGHT),
                      max(10, self.height() - self.TOP - self.BOTTOM))

    def _x(self, plot: QRectF, i: int) -> float:
        n = len(self.points)
        if n == 1:
            return plot.center().x()
        pad = min(24.0, plot.width() / (2 * n))
        return plot.left() + pad + (plot.width() - 2 * pad) * i / (n - 1)

    def _y(self, plot: QRectF, value: float) -> float:
        lines = QRectF(plot.left(), plot.top(), plot.width(), plot.height() * (1 - self.BAR_BAND) - 8)
        return lines.bottom() - lines.height() * value / 100

    def point_position(self, assessment_id: int) -> QPointF | None:
        plot = self._plot()
        for i, point in enumerate(self.points):
            if point.assessment_id == assessment_id:
                return QPointF(self._x(plot, i), self._y(plot, point.capability_index or 0))
        return None

    def index_at(self, x: float) -> int:
        if not self.points:
            return -1
        plot = self._plot()
        distances = [abs(self._x(plot, i) - x) for i in range(len(self.points))]
        best = min(range(len(distances)), key=distances.__getitem__)
        step = plot.width() / max(1, len(self.points))
        return best if distances[best] <= max(step / 2, 12) else -1

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        t = theme.tones()
        plot = self._plot()
        fm = QFontMetrics(self.font())
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))

        # legend
        x = plot.left()
        for colour, text in ((_colour("compliance"), self.tr("Paper (compliance)")),
                             (_colour("capability"), self.tr("Practice (capability)")),
                             (_colour("gap", 150), self.tr("Paper maturity (questions)"))):
            p.setPen(Qt.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(x, 10, 12, 12), 2, 2)
            p.setPen(QColor(t.muted))
            p.drawText(QPointF(x + 18, 21), text)
            x += 18 + fm.horizontalAdvance(text) + 22

        # grid at 0/25/50/75/100
        p.setFont(small)
        # On a short chart the quarter ticks would print over each other: keep 0, 50 and 100.
        step = 25 if abs(self._y(plot, 0) - self._y(plot, 25)) >= QFontMetrics(small).height() else 50
        for tick in range(0, 101, step):
            y = self._y(plot, tick)
            p.setPen(QPen(_colour("border"), 1, Qt.DotLine))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor(t.muted))
            p.drawText(QRectF(0, y - 8, self.LEFT - 8, 16), Qt.AlignRight | Qt.AlignVCenter, str(tick))

        points = self.points
        if not points:
            p.setPen(QColor(t.muted))
            p.setFont(self.font())
            p.drawText(plot, Qt.AlignCenter, self.tr("No assessments to show yet"))
            p.end()
            return

        # paper-maturity bars along the bottom band
        band_top = plot.top() + plot.height() * (1 - self.BAR_BAND)
        band_h = plot.bottom() - band_top
        most = max(1, max(pt.paper_maturity for pt in points))
        bar_w = max(3.0, min(22.0, plot.width() / len(points) * 0.5))
        for i, pt in enumerate(points):
            h = band_h * pt.paper_maturity / most
            p.setPen(Qt.NoPen)
            p.setBrush(_colour("gap", 150))
            p.drawRect(QRectF(self._x(plot, i) - bar_w / 2, plot.bottom() - h, bar_w, h))
        if len(points) <= 24:
            p.setPen(QColor(t.muted))
            for i, pt in enumerate(points):
                if pt.paper_maturity:
                    h = band_h * pt.paper_maturity / most
                    p.drawText(QRectF(self._x(plot, i) - 20, plot.bottom() - h - 15, 40, 14), Qt.AlignCenter,
                               str(pt.paper_maturity))

        # gap shading between the two lines, then the lines themselves
        scored = [(i, pt) for i, pt in enumerate(points)
                  if pt.compliance_index is not None and pt.capability_index is not None]
        if len(scored) > 1:
            area = QPainterPath(QPointF(self._x(plot, scored[0][0]), self._y(plot, scored[0][1].compliance_index)))
            for i, pt in scored[1:]:
                area.lineTo(self._x(plot, i), self._y(plot, pt.compliance_index))
            for i, pt in reversed(scored):
                area.lineTo(self._x(plot, i), self._y(plot, pt.capability_index))
            area.closeSubpath()
            p.setPen(Qt.NoPen)
            p.setBrush(_colour("gap", 34))
            p.drawPath(area)
        radius = 4.5 if len(points) <= 30 else 3.0
        for attr, name in (("compliance_index", "compliance"), ("capability_index", "capability")):
            line = [(self._x(plot, i), self._y(plot, getattr(pt, attr))) for i, pt in enumerate(points)
                    if getattr(pt, attr) is not None]
            p.setPen(QPen(_colour(name), 2.4, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
            for (x1, y1), (x2, y2) in zip(line, line[1:]):
                p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            p.setPen(QPen(_colour("base"), 1.5))
            p.setBrush(_colour(name))
            for x, y in line:
                p.drawEllipse(QPointF(x, y), radius, radius)

        # the selected assessment, and the latest values written at the right-hand end
        if self._selected is not None:
            for i, pt in enumerate(points):
                if pt.assessment_id == self._selected:
                    p.setPen(QPen(_colour("accent"), 1.2, Qt.DashLine))
                    p.drawLine(QPointF(self._x(plot, i), plot.top()), QPointF(self._x(plot, i), plot.bottom()))

        # date labels, thinned so they never overlap
        p.setFont(small)
        p.setPen(QColor(t.muted))
        sfm = QFontMetrics(small)
        label_w = sfm.horizontalAdvance("2099-12-31") + 10
        every = 1
        while len(points) > 1 and (self._x(plot, every) - self._x(plot, 0)) < label_w:
            every += 1
        shown = list(range(0, len(points), every))
        last = len(points) - 1
        if shown[-1] != last and self._x(plot, last) - self._x(plot, shown[-1]) >= label_w:
            shown.append(last)  # the latest assessment is the one people look for
        for i in shown:
            # Kept inside the widget: the first and last dates sit near its edges.
            left = min(max(0.0, self._x(plot, i) - label_w / 2), self.width() - label_w)
            p.drawText(QRectF(left, plot.bottom() + 6, label_w, sfm.height() + 2), Qt.AlignCenter,
                       points[i].assessed_on)
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        i = self.index_at(event.position().x())
        self.setCursor(Qt.PointingHandCursor if i >= 0 else Qt.ArrowCursor)
        if i >= 0:
            pt = self.points[i]
            QToolTip.showText(
                event.globalPosition().toPoint(),
                self.tr("#{id} · {date} · pack {version}\npaper {paper} · practice {practice} · gap {gap}\n"
                        "paper maturity: %n question(s)", "", pt.paper_maturity).format(
                    id=pt.assessment_id, date=day(pt.assessed_on), version=pt.pack_version,
                    paper=_fmt(pt.compliance_index), practice=_fmt(pt.capability_index), gap=_fmt(pt.gap_points)),
                self,
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        i = self.index_at(event.position().x())
        if event.button() == Qt.LeftButton and i >= 0:
            self.pointClicked.emit(self.points[i].assessment_id)
