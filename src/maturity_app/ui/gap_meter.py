"""A compact live meter in the page header: paper index, practice index and the gap between them."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.formatting import points, signed
from ..domain.scoring import PAPER_ONLY_POINTS
from . import theme


class GapMeter(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._paper: float | None = None
        self._practice: float | None = None
        self._gap: float | None = None
        self._draft: str | None = None
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.setAccessibleName(self.tr("Paper versus practice"))
        self.setToolTip(self.tr("Compliance index (paper) and capability index (practice), 0–100; the gap grows as "
                                "practice trails paper"))

    def set_values(self, paper: float | None, practice: float | None, gap: float | None,
                   draft: str | None = None) -> None:
        """*gap* comes from the domain's score (rounded there), so it matches the dashboard and the report;
        *draft* is the score's "draft — N of M answered" until every applicable question is answered."""
        self._paper, self._practice, self._gap = paper, practice, gap
        if draft != self._draft:
            self._draft = draft
            self.updateGeometry()
        self.setAccessibleDescription(self.text())
        self.update()

    def text(self) -> str:
        figures = (self.tr("no answers yet") if self._gap is None else
                   self.tr("paper {paper}, practice {practice}, gap {gap} points").format(
                       paper=points(self._paper), practice=points(self._practice), gap=signed(self._gap)))
        return f"{self._draft}; {figures}" if self._draft else figures

    def _rows(self) -> int:
        return 3 if self._draft else 2

    # -- geometry from the font: the meter grows with the font scale instead of overlapping itself ----------
    def _gap_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        return font

    def _columns(self) -> tuple[int, int, int, int]:
        """Label, value and gap widths, and the height of one bar row."""
        fm = self.fontMetrics()
        label_w = max(fm.horizontalAdvance(self.tr("Paper")), fm.horizontalAdvance(self.tr("Practice"))) + 10
        value_w = fm.horizontalAdvance("99.5") + 6
        gap_w = QFontMetrics(self._gap_font()).horizontalAdvance(self.tr("gap {gap}").format(gap="+99.5")) + 8
        return label_w, value_w, gap_w, fm.height() + 2

    def sizeHint(self) -> QSize:
        label_w, value_w, gap_w, row = self._columns()
        return QSize(label_w + value_w + gap_w + 96, self._rows() * row + 8)

    def minimumSizeHint(self) -> QSize:
        label_w, value_w, gap_w, row = self._columns()
        return QSize(label_w + value_w + gap_w + 70, self._rows() * row + 8)

    def paintEvent(self, event) -> None:
        t = theme.tones()
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        label_w, value_w, gap_w, row = self._columns()
        bar_w = max(40, self.width() - label_w - value_w - gap_w - 12)
        top = (self.height() - self._rows() * row) / 2
        if self._draft:
            p.setPen(QColor(t.gap_ink))
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.drawText(QRectF(0, top, self.width(), row), Qt.AlignLeft | Qt.AlignVCenter, self._draft)
            p.setFont(self.font())
            top += row
        for i, (name, text, value) in enumerate((("compliance", self.tr("Paper"), self._paper),
                                                  ("capability", self.tr("Practice"), self._practice))):
            y = top + i * row
            p.setPen(QColor(t.muted))
            p.drawText(QRectF(0, y, label_w, row), Qt.AlignLeft | Qt.AlignVCenter, text)
            track = QRectF(label_w, y + (row - 9) / 2, bar_w, 9)
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(t.border))
            p.drawRoundedRect(track, 4, 4)
            if value is not None:
                p.setBrush(QColor(getattr(t, name)))
                p.drawRoundedRect(QRectF(track.left(), track.top(), bar_w * value / 100, 9), 4, 4)
            p.setPen(QColor(t.text))
            p.drawText(QRectF(label_w + bar_w + 4, y, value_w, row), Qt.AlignRight | Qt.AlignVCenter,
                       points(value))
        if self._gap is not None:
            gap = self._gap
            p.setFont(self._gap_font())
            p.setPen(QColor(t.gap_ink if gap >= PAPER_ONLY_POINTS else t.text))
            p.drawText(QRectF(self.width() - gap_w, top, gap_w, 2 * row), Qt.AlignRight | Qt.AlignVCenter,
                       self.tr("gap {gap}").format(gap=signed(gap)))
        p.end()
