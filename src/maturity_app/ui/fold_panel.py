"""A titled panel of the question page that folds to one line showing what it holds, so a question fits a laptop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from .styled_box import StyledBox, framed


class FoldPanel(StyledBox):
    """Title button (Space or a click folds and unfolds it) and, while folded, a summary of the fields inside.

    Folded fields are hidden, so Tab passes over them to the next panel: the button says so in its name."""

    toggledByUser = Signal(bool)  # unfolded

    def __init__(self, title: str, content, parent=None):
        super().__init__(parent, objectName="panel")
        self.title = title
        self.toggle = QToolButton(objectName="panelToggle")
        self.toggle.setText(title)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.DownArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setFocusPolicy(Qt.StrongFocus)
        self.toggle.clicked.connect(lambda on: (self.set_open(on), self.toggledByUser.emit(on)))
        # A fold, not a cut: the line ends in "…" when it must, the whole text is its tooltip and accessible name,
        # and unfolding shows every field.
        self.summary = QLabel(objectName="muted")
        self.summary.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.summary.installEventFilter(self)
        self._summary = ""
        self.summary.hide()
        head = self._head = QVBoxLayout()  # the summary under the title: it gets the panel's whole width
        head.setSpacing(0)
        head.addWidget(self.toggle, 0, Qt.AlignLeft)
        head.addWidget(self.summary)
        self.summary.setContentsMargins(18, 0, 0, 0)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(content)
        box = QVBoxLayout(self)
        box.setContentsMargins(*framed(10, 6, 14, 10))
        box.setSpacing(6)
        box.addLayout(head)
        box.addWidget(self.body)
        box.addStretch(1)  # side-by-side panels share a height; keep each one's content at the top
        self._describe()

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, on: bool) -> None:
        self.toggle.setChecked(on)
        self.toggle.setArrowType(Qt.DownArrow if on else Qt.RightArrow)
        self.body.setVisible(on)
        self.summary.setVisible(not on)
        if not on:
            self._elide()
        self._describe()

    def height_for_width(self, width: int, open_: bool) -> int:
        """The height the panel takes at *width*, open or folded, worked out without folding or unfolding it:
        showing and hiding the fields inside is what costs (a relayout of every one of them), so the question
        view weighs the states first and then changes only the panels whose state must change. The layouts
        inside, the folded body's too, must be up to date (QuestionView.needed_height sees to it)."""
        height = item_height(self, width)
        if open_ == self.is_open():
            return height
        box = self.layout()
        margins = box.contentsMargins()
        inner = width - (self.width() - self.contentsRect().width()) - margins.left() - margins.right()
        # Open: the body under the title, a spacing apart. Folded: the summary right under the title instead.
        body = box.spacing() + item_height(self.body, inner)
        summary = max(self._head.spacing(), 0) + item_height(self.summary, inner)
        return height + (body - summary if open_ else summary - body)

    def minimum_width(self, open_: bool) -> int:
        """The narrowest the panel can be, open or folded (the folded summary gives way: it never sets a width)."""
        margins = self.layout().contentsMargins()
        inner = self.toggle.minimumSizeHint().width()
        if open_:
            inner = max(inner, self.body.minimumSizeHint().width())
        return (self.width() - self.contentsRect().width()) + margins.left() + margins.right() + inner

    def set_summary(self, text: str) -> None:
        self._summary = text
        self.summary.setToolTip(text)
        self.summary.setAccessibleName(text)
        if not self.is_open():  # the line only shows while folded (set_open writes it then)
            self._elide()
        self._describe()

    def summary_text(self) -> str:
        return self._summary

    def _elide(self) -> None:
        width = max(self.summary.contentsRect().width() - 2, 40)
        self.summary.setText(self.summary.fontMetrics().elidedText(self._summary, Qt.ElideRight, width))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.summary and event.type() in (QEvent.Resize, QEvent.FontChange):
            self._elide()
        return False

    def _describe(self) -> None:
        name = self.title.capitalize()
        state = self.tr("shown") if self.is_open() else self.tr("folded: {summary}").format(summary=self._summary)
        self.toggle.setAccessibleName(f"{name} ({state})")
        self.toggle.setToolTip((self.tr("Fold {panel} (Space)") if self.is_open() else self.tr("Unfold {panel} (Space)"))
                               .format(panel=name))


def item_height(widget: QWidget, width: int) -> int:
    """The height a box layout gives *widget* at *width*, as Qt's QWidgetItem works it out (whether or not the
    widget is shown)."""
    if widget.hasHeightForWidth():
        height = widget.heightForWidth(width)
    else:
        height = max(widget.sizeHint().height(), widget.minimumSizeHint().height())
    return min(max(height, widget.minimumHeight()), widget.maximumHeight())
