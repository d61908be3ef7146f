"""The evidence files of one answer: list, attach (button or drag and drop), open, export, detach, verify.

Layout only: it shows what it is given and emits what the user asked for; EvidenceController decides.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
)

from ..domain.evidence import EvidenceFile, size_text
from ..domain.formatting import day
from .folded_content import FoldedContent
from .wrapped_label import WrappedLabel
from .language import translate

EvidenceIdRole = Qt.UserRole + 1


def day_text(value: dt.date | None) -> str:
    return day(value) or translate("EvidencePanel", "undated")


class EvidencePanel(FoldedContent):
    attachRequested = Signal()  # the file dialog
    filesDropped = Signal(list)  # local paths dropped on the panel
    openRequested = Signal(int)
    exportRequested = Signal(int)
    detachRequested = Signal(int)
    verifyRequested = Signal()
    useDateRequested = Signal(object)  # dt.date

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._proposal: dt.date | None = None
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Evidence files"))
        self.files.setToolTip(self.tr("Files kept as this answer's proof; Enter or double-click opens one. Drop files here."))
        self.files.setSelectionMode(QAbstractItemView.SingleSelection)
        self.files.itemSelectionChanged.connect(self._selection_changed)
        self.files.itemActivated.connect(lambda item: self.openRequested.emit(item.data(EvidenceIdRole)))
        self.attach = self._button(self.tr("Attach files…"), self.tr("Attach proof: PDF, images, office documents, text "
                                   "(or drop files here). Kept inside the database."), self.attachRequested.emit)
        self.open = self._button(self.tr("Open"), self.tr("Open a private copy with the system viewer"),
                                 lambda: self._emit_selected(self.openRequested))
        self.export = self._button(self.tr("Export…"), self.tr("Save a copy of the selected file"),
                                   lambda: self._emit_selected(self.exportRequested))
        self.detach = self._button(self.tr("Detach"), self.tr("Remove the selected file from this answer (Ctrl+Z undoes)"),
                                   lambda: self._emit_selected(self.detachRequested))
        self.verify = self._button(self.tr("Verify…"), self.tr("A second named person confirms this claim after seeing the files"),
                                   self.verifyRequested.emit)
        self.use_date = self._button("", self.tr("The evidence is dated differently from the proof date on record"),
                                     lambda: self.useDateRequested.emit(self._proposal))
        self.use_date.hide()
        self.status = WrappedLabel("", objectName="muted")
        self.status.setAccessibleName(self.tr("Verification"))
        self.problem = QLabel("", objectName="cappedBanner")
        self.problem.setWordWrap(True)
        self.problem.hide()

        buttons = QHBoxLayout()
        for button in (self.attach, self.open, self.export, self.detach):
            buttons.addWidget(button)
        buttons.addStretch(1)
        verification = QHBoxLayout()  # under the status line: it reads in full at half the page's width
        verification.addWidget(self.use_date)
        verification.addWidget(self.verify)
        verification.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        box.addWidget(QLabel(self.tr("Evidence files"), objectName="muted"))
        box.addWidget(self.files)
        box.addLayout(buttons)
        box.addWidget(self.status)
        box.addLayout(verification)
        box.addWidget(self.problem)
        self._selection_changed()

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.rstrip("…") or self.tr("Use evidence date"))
        button.clicked.connect(slot)
        return button

    def tab_chain(self) -> list:
        return [self.files, self.attach, self.open, self.export, self.detach, self.use_date, self.verify]

    # -- showing -----------------------------------------------------------------------------------
    def show_files(self, files: tuple[EvidenceFile, ...], verified_by: set[str]) -> None:
        selected = self.selected_id()
        self.files.clear()
        for f in files:
            seen = self.tr("  ·  seen by verifier") if f.sha256 in verified_by else ""
            item = QListWidgetItem(f"{f.name}  ·  {day_text(f.dated)}  ·  {size_text(f.size)}{seen}")
            item.setData(EvidenceIdRole, f.id)
            item.setToolTip(f"SHA-256 {f.sha256}")
            self.files.addItem(item)
            if f.id == selected:
                item.setSelected(True)
        if files and not self.files.selectedItems():
            self.files.setCurrentRow(0)
        # Stays visible even when empty (hiding it would drop the keyboard focus); grows to four rows.
        row = max(self.files.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.files.setFixedHeight(row * max(1, min(len(files), 4)) + 2 * self.files.frameWidth() + 4)
        self._selection_changed()

    def show_verification(self, text: str, can_verify: bool) -> None:
        self.status.setText(text)
        self.verify.setEnabled(can_verify)

    def show_proposal(self, day: dt.date | None) -> None:
        self._proposal = day
        self.use_date.setText(self.tr("Use {date} as proof date").format(date=day_text(day)) if day else "")
        self.use_date.setAccessibleName(self.use_date.text() or self.tr("Use evidence date"))
        self.use_date.setVisible(day is not None)

    def selected_id(self) -> int | None:
        items = self.files.selectedItems()
        return items[0].data(EvidenceIdRole) if items else None

    def _selection_changed(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open, self.export, self.detach):
            button.setEnabled(chosen)

    def _emit_selected(self, signal) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            signal.emit(chosen)

    # -- drag and drop -----------------------------------------------------------------------------
    # No dragMoveEvent override: Qt keeps the enter event's answer for moves, and a Python override would run
    # on every mouse move of a drag.
    @staticmethod
    def _local_paths(mime) -> list[str]:
        if not mime.hasUrls():
            return []
        urls = mime.urls()
        return [u.toLocalFile() for u in urls] if all(u.isLocalFile() for u in urls) else []

    def dragEnterEvent(self, event) -> None:
        if self._local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        paths = self._local_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.filesDropped.emit(paths)
        else:
            event.ignore()
