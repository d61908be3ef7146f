"""Friction map (domains × roles, how far each role sits from the agreed level) and the conversations list."""

from __future__ import annotations

import html

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...domain.friction import WorkshopSummary

# Purple/orange (PuOr), as in the PDF: they diverge for colour-blind viewers and do not reuse the paper blue or
# the practice green.
BELOW = QColor("#762A83")
ABOVE = QColor("#B35806")
FULL_SCALE = 2.0  # two levels away is as strong as the colour gets


def decimal(value: float, sign: str = "") -> str:
    """One decimal, with the decimal sign of the interface language (German writes 1,5); *sign* "+" always
    shows the sign."""
    from ...domain import formatting

    text = f"{value:{sign}.1f}"
    return formatting.decimal(text) if hasattr(formatting, "decimal") else text


def deviation_text(value: float) -> str:
    if abs(value) < 0.05:
        return "0"
    return decimal(value, "+").replace("-", "−")


class FrictionMapWidget(QWidget):
    """Painted grid; the summary it is given is the only data it knows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: WorkshopSummary | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)
        self.setAccessibleName(self.tr("Friction map"))

    def set_summary(self, summary: WorkshopSummary) -> None:
        self.summary = summary
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        if not self.summary:
            return ""
        fmap = self.summary.friction_map
        parts = []
        for domain_id, title in fmap.domains:
            for role in fmap.roles:
                cell = fmap.cell(domain_id, role)
                if cell and abs(cell.mean_deviation) >= 0.05:
                    parts.append(self.tr("{role} {deviation} in {domain}").format(
                        role=role, deviation=deviation_text(cell.mean_deviation), domain=title))
        return "; ".join(parts) or self.tr("no role differs from the agreed levels yet")

    def _metrics(self) -> tuple[QFontMetrics, int, int, int]:
        fm = QFontMetrics(self.font())
        row_h = int(fm.height() * 2.0)
        header_h = int(fm.height() * 2.4)
        label_w = min(max((fm.horizontalAdvance(t) for _, t in self.summary.friction_map.domains), default=80) + 24,
                      max(int(self.width() * 0.38), 120)) if self.summary else 120
        return fm, row_h, header_h, label_w

    def sizeHint(self) -> QSize:
        if not self.summary:
            return QSize(400, 120)
        fm, row_h, header_h, _ = self._metrics()
        rows = len(self.summary.friction_map.domains)
        return QSize(600, header_h + rows * row_h + fm.height() * 2 + 8)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        muted = QColor(text)
        muted.setAlpha(150)
        if not self.summary or not self.summary.friction_map.roles:
            painter.setPen(muted)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("The friction map appears once people rate."))
            return
        fmap = self.summary.friction_map
        fm, row_h, header_h, label_w = self._metrics()
        col_w = max((self.width() - label_w) / len(fmap.roles), 40)
        bold = QFont(self.font())
        bold.setBold(True)

        painter.setFont(bold)
        painter.setPen(text)
        for c, role in enumerate(fmap.roles):
            rect = QRectF(label_w + c * col_w, 0, col_w, header_h)
            elided = QFontMetrics(bold).elidedText(role, Qt.TextElideMode.ElideRight, int(col_w) - 6)
            painter.drawText(rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, elided)
        for r, (domain_id, title) in enumerate(fmap.domains):
            top = header_h + r * row_h + 4
            painter.setFont(self.font())
            painter.setPen(text)
            elided = fm.elidedText(title, Qt.TextElideMode.ElideRight, label_w - 16)
            painter.drawText(QRectF(0, top, label_w - 12, row_h), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, elided)
            for c, role in enumerate(fmap.roles):
                rect = QRectF(label_w + c * col_w + 2, top + 2, col_w - 4, row_h - 4)
                cell = fmap.cell(domain_id, role)
                if cell is None:
                    painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(rect, 4, 4)
                    continue
                strength = min(abs(cell.mean_deviation) / FULL_SCALE, 1.0)
                colour = QColor(BELOW if cell.mean_deviation < 0 else ABOVE)
                colour.setAlphaF(0.15 + 0.85 * strength)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(rect, 4, 4)
                painter.setPen(QColor("#FFFFFF") if strength > 0.55 else text)
                painter.setFont(bold)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, deviation_text(cell.mean_deviation))
        # Legend: the colours only mean something once said in words.
        top = header_h + len(fmap.domains) * row_h + 10
        painter.setFont(self.font())
        x = float(label_w)
        for colour, label in ((BELOW, self.tr("sees it lower than agreed")), (ABOVE, self.tr("sees it higher than agreed"))):
            swatch = QRectF(x, top + fm.height() * 0.2, fm.height() * 0.8, fm.height() * 0.8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(swatch, 2, 2)
            painter.setPen(text)
            painter.drawText(QRectF(swatch.right() + 6, top, fm.horizontalAdvance(label) + 4, fm.height() * 1.2),
                             Qt.AlignmentFlag.AlignVCenter, label)
            x = swatch.right() + fm.horizontalAdvance(label) + 30
        painter.end()


class ConversationList(QLabel):
    """The questions with most friction, each phrased as a conversation the room should have."""

    def __init__(self, parent=None, limit: int = 5):
        super().__init__(parent)
        self.limit = limit
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setAccessibleName(self.tr("Conversations to have"))

    def set_summary(self, summary: WorkshopSummary) -> None:
        talks = summary.conversations(self.limit)
        if not talks:
            self.setText("<i>" + self.tr("No friction yet: nobody is two levels apart on a question.") + "</i>")
            return
        items = []
        for talk in talks:
            q = talk.friction
            spread = q.widest_axis
            items.append(
                f"<p><b>{html.escape(q.title)}</b> — "
                + self.tr("spread {spread}, σ {stdev}").format(spread=spread.spread, stdev=decimal(spread.stdev))
                + f"<br>{html.escape(talk.prompt)}</p>"
            )
        self.setText("".join(items))
