"""Markers on questions (unanswered, to confirm, paper maturity, exposed, stale proof, unowned, escalated) and icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from ..domain.scoring import PAPER_MATURITY_GAP, UNPROVEN_LEVEL, QuestionScore
from . import theme
from .language import translate

from .marker_names import MARKER_SHORT, MARKER_TEXT, ORDER  # noqa: F401 (the markers' names, kept here too)


def marker_text(marker: str) -> str:
    """What a marker means, in a sentence (tooltips, the status column)."""
    return translate("Markers", MARKER_TEXT[marker]).format(gap=PAPER_MATURITY_GAP, level=UNPROVEN_LEVEL)


def marker_short(marker: str) -> str:
    """A marker's name (legend, filters)."""
    return translate("Markers", MARKER_SHORT[marker])


def question_markers(score: QuestionScore) -> frozenset[str]:
    """Markers are read from the domain's verdicts on the question; nothing is decided here."""
    found = set()
    if not score.answered:
        found.add("unanswered")
    if score.paper_maturity:
        found.add("paper")
    if score.exposed:
        found.add("exposed")
    if score.stale:
        found.add("stale")
    if score.unowned:
        found.add("unowned")
    if score.answer.escalate:
        found.add("escalated")
    return frozenset(found)


def marker_colour(marker: str) -> QColor:
    t = theme.tones()
    return QColor({"unanswered": t.muted, "confirm": t.accent, "paper": t.gap, "exposed": t.gap, "stale": t.stale,
                   "unowned": t.unowned, "escalated": t.accent}[marker])


def selected_marker_colour() -> QColor:
    """On a selected row every marker takes the highlighted-text colour: the accent behind it would swallow the
    muted ring of "unanswered" (dark theme) or the accent-blue of "to confirm"; the shapes still tell them apart."""
    return QColor(theme.highlighted_text(theme.tones()))


def _draw(painter: QPainter, marker: str, box: QRectF, colour: QColor | None = None) -> None:
    colour = colour or marker_colour(marker)
    pen = QPen(colour, 1.6)
    painter.setPen(pen)
    c = box.center()
    r = box.width() * 0.36
    if marker == "unanswered":
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(c, r, r)
    elif marker == "confirm":
        # A dashed ring around a tick: an answer is there, but it waits for this cycle's yes.
        dashed = QPen(colour, 1.6, Qt.DashLine)
        dashed.setDashPattern([2.0, 1.6])
        painter.setPen(dashed)
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(c, r * 1.1, r * 1.1)
        painter.setPen(QPen(colour, 1.8, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        tick = QPainterPath(QPointF(c.x() - r * 0.5, c.y()))
        tick.lineTo(QPointF(c.x() - r * 0.1, c.y() + r * 0.4))
        tick.lineTo(QPointF(c.x() + r * 0.55, c.y() - r * 0.4))
        painter.drawPath(tick)
    elif marker == "paper":
        painter.setBrush(colour)
        path = QPainterPath(QPointF(c.x(), c.y() - r * 1.15))
        for point in ((c.x() + r * 1.15, c.y()), (c.x(), c.y() + r * 1.15), (c.x() - r * 1.15, c.y())):
            path.lineTo(QPointF(*point))
        path.closeSubpath()
        painter.drawPath(path)
    elif marker == "exposed":
        # A warning triangle: nothing on paper or in practice to lean on.
        painter.setBrush(colour)
        path = QPainterPath(QPointF(c.x(), c.y() - r * 1.15))
        path.lineTo(QPointF(c.x() + r * 1.15, c.y() + r * 0.95))
        path.lineTo(QPointF(c.x() - r * 1.15, c.y() + r * 0.95))
        path.closeSubpath()
        painter.drawPath(path)
    elif marker == "stale":
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(c, r, r)
        painter.drawLine(c, QPointF(c.x(), c.y() - r * 0.7))
        painter.drawLine(c, QPointF(c.x() + r * 0.55, c.y()))
    elif marker == "unowned":
        painter.setBrush(Qt.NoBrush)
        painter.drawEllipse(QPointF(c.x(), c.y() - r * 0.45), r * 0.45, r * 0.45)
        painter.drawArc(QRectF(c.x() - r, c.y() + r * 0.1, 2 * r, 2 * r), 0, 180 * 16)
    elif marker == "escalated":
        painter.setBrush(colour)
        painter.drawLine(QPointF(c.x() - r * 0.7, c.y() - r), QPointF(c.x() - r * 0.7, c.y() + r * 1.1))
        path = QPainterPath(QPointF(c.x() - r * 0.7, c.y() - r))
        path.lineTo(QPointF(c.x() + r, c.y() - r * 0.45))
        path.lineTo(QPointF(c.x() - r * 0.7, c.y() + r * 0.1))
        path.closeSubpath()
        painter.drawPath(path)


SIZE = 16


@lru_cache(maxsize=64)
def _marker_icon(markers: tuple[str, ...], dark: bool) -> QIcon:
    scale = 2.0  # drawn at twice the size so the icon stays crisp on high-DPI screens
    width = max(1, len(markers)) * SIZE
    icon = QIcon()
    for mode, colour in ((QIcon.Normal, None), (QIcon.Selected, selected_marker_colour())):
        pixmap = QPixmap(int(width * scale), int(SIZE * scale))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        for i, marker in enumerate(markers):
            _draw(painter, marker, QRectF(i * SIZE, 0, SIZE, SIZE), colour)
        painter.end()
        icon.addPixmap(pixmap, mode)
    return icon


def marker_icon(markers: frozenset[str]) -> QIcon | None:
    ordered = tuple(m for m in ORDER if m in markers)
    return _marker_icon(ordered, theme.tones().dark) if ordered else None


def single_marker_icon(marker: str) -> QIcon:
    return _marker_icon((marker,), theme.tones().dark)


def marker_legend():
    """A small key to the navigator's markers, drawn with the same icons."""
    from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

    legend = QWidget()
    grid = QGridLayout(legend)
    grid.setContentsMargins(2, 4, 2, 0)
    grid.setHorizontalSpacing(6)
    grid.setVerticalSpacing(2)
    # Three keys a row; two when the names run long (German), so the legend never widens the navigator.
    columns = 3 if max(len(marker_short(m)) for m in ORDER) <= 15 else 2
    for i, marker in enumerate(ORDER):
        icon = QLabel()
        icon.setPixmap(single_marker_icon(marker).pixmap(14, 14))
        text = QLabel(marker_short(marker), objectName="muted")
        grid.addWidget(icon, i // columns, (i % columns) * 2)
        grid.addWidget(text, i // columns, (i % columns) * 2 + 1)
    grid.setColumnStretch(columns * 2 - 1, 1)
    return legend
