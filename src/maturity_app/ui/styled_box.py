"""A box the style sheet draws (background, border, rounded corners) that leaves its contents where its layout's
margins put them: the question page's rating sides, level cards and panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

BORDER = 1  # px: the width of the border the style sheet gives these boxes (their layouts' margins include it)


class StyledBox(QWidget):
    """What a QFrame with a style-sheet border was, without the frame in its contents margins.

    A QFrame takes its style-sheet border into its contents margins, and Qt's QLayout.totalSizeHint() then asks
    the layout inside for its height at the preferred width plus those margins: every paragraph in such a frame
    was laid out a second time, 2 px wider than the width it is shown at, on every next question (twelve level
    cards, two prompts, the panels' texts). Here the border is painted over the layout's margins (BORDER px
    wider than the space the text keeps from it), so the widths asked are the widths given."""

    def __init__(self, parent=None, objectName: str = ""):  # noqa: N803 (Qt's keyword)
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # a plain QWidget draws no style sheet box


def framed(left: int, top: int, right: int, bottom: int) -> tuple[int, int, int, int]:
    """Layout margins for a StyledBox that keep its contents *left*... px inside its border, as a QFrame did."""
    return left + BORDER, top + BORDER, right + BORDER, bottom + BORDER
