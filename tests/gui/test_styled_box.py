"""StyledBox: the question page's boxes drawn by the style sheet as the framed panels were, with their contents'
widths those the layouts give (a QFrame's style-sheet border made Qt ask each paragraph's height 2 px wider)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from maturity_app.ui.paragraph_label import ParagraphLabel
from maturity_app.ui.styled_box import StyledBox, framed

SHEET = ("QWidget#outer { background: #f4f5f7; } QWidget#box { background: #ffffff; border: 1px solid #8a94a3; "
         "border-radius: 8px; } QWidget#box[focused=\"true\"] { border: 2px solid #2f6fb3; }")


def _boxed(qtbot, box: QWidget, margins) -> QWidget:
    outer = QWidget(objectName="outer")
    outer.setAttribute(Qt.WA_StyledBackground)
    outer.setStyleSheet(SHEET)
    QVBoxLayout(outer).addWidget(box)
    inner = QVBoxLayout(box)
    inner.setContentsMargins(*margins)
    inner.addWidget(QLabel("What compliance asks"))
    qtbot.addWidget(outer)
    outer.resize(320, 120)
    outer.show()
    qtbot.waitExposed(outer)
    return outer


def test_a_styled_box_looks_as_the_framed_box_did(qtbot):
    framed_box, styled = QFrame(objectName="box"), StyledBox(objectName="box")
    images = []
    for box, margins in ((framed_box, (12, 6, 12, 8)), (styled, framed(12, 6, 12, 8))):
        outer = _boxed(qtbot, box, margins)
        images.append(outer.grab().toImage())
        box.setProperty("focused", True)  # the focused side's wider border, drawn over the same margins
        box.style().unpolish(box)
        box.style().polish(box)
        images.append(outer.grab().toImage())
    assert images[0] == images[2] and images[1] == images[3]
    assert images[0] != images[1]  # the focus border did show


def test_a_paragraph_in_a_styled_box_is_asked_its_height_at_the_width_it_has(qtbot):
    asked = []

    class Paragraph(ParagraphLabel):
        def heightForWidth(self, width):  # noqa: N802
            asked.append(width)
            return super().heightForWidth(width)

    box = StyledBox(objectName="box")
    outer = _boxed(qtbot, box, framed(12, 6, 12, 8))
    paragraph = Paragraph("Is there a documented requirement that backups of critical data are immutable or "
                          "offline, use separate credentials, and are integrity-checked?")
    box.layout().addWidget(paragraph)
    qtbot.wait(1)
    asked.clear()
    paragraph.setText(paragraph.text() + " Each quarter.")
    outer.layout().activate()
    box.layout().activate()
    qtbot.wait(1)
    assert asked and set(asked) == {paragraph.width()}
