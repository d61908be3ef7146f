"""What the evidence and plan panels share as the content of a folded panel on the answer page."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame


class FoldedContent(QFrame):
    """A panel that adds one line to the folded panel around it and shows its own problem line.

    Subclasses create ``self.problem`` (a QLabel) in their constructor."""

    summaryChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._summary = ""  # one line for the folded panel this sits in

    def set_summary(self, text: str) -> None:
        """What the folded panel around this one adds to its line."""
        if text != self._summary:
            self._summary = text
            self.summaryChanged.emit()

    def summary_suffix(self) -> str:
        return f" · {self._summary}" if self._summary else ""

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
