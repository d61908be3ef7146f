"""The vendor portfolio page: vendors side by side, sortable, and the vendor-scorecard PDF for the governance forum."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressDialog,
    QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from ...domain.errors import MaturityError
from ...domain.portfolio import Portfolio
from ...report.options import ReportCancelled
from ...storage.cycle_store import CycleStore
from ..background import run_task
from .portfolio_model import PROOF, AssessmentIdRole, PortfolioSortProxy, PortfolioTableModel

EXPLANATION = QT_TRANSLATE_NOOP(
    "PortfolioPage",
    "Claims = what the vendor documents (compliance index); proof = what was shown to work with fresh evidence "
    "(capability index). Trust is “proven” when at least three quarters of the strong claims are proven and "
    "practice stays within half a level of paper. Exit and dependency come from questions tagged exit or "
    "dependency in the vendor pack."
)


class PortfolioPage(QWidget):
    """Self-contained: give it a CycleStore and call refresh()."""

    openRequested = Signal(int)
    compareRequested = Signal(int)
    exported = Signal(str)

    def __init__(self, cycle: CycleStore, parent=None):
        super().__init__(parent)
        self.cycle = cycle
        self.portfolio: Portfolio | None = None
        self._task = None  # the running export's Task
        self.progress_dialog: QProgressDialog | None = None  # shown while the export runs, with Cancel

        title = QLabel(self.tr("Vendor portfolio"), objectName="pageTitle")
        subtitle = QLabel(self.tr("Key vendors side by side: trusted on proof, or on claims?"), objectName="pageSubtitle")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter vendors…"))
        self.filter.setAccessibleName(self.tr("Filter vendors"))
        self.filter.setToolTip(self.tr("Type part of a vendor's name to narrow the list"))
        self.filter.setClearButtonEnabled(True)
        self.model = PortfolioTableModel(self)
        self.proxy = PortfolioSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.horizontalHeader().setTextElideMode(Qt.ElideRight)  # a title cut short says so ("…"); its tooltip is whole
        self.table.setAccessibleName(self.tr("Vendors"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.sortByColumn(PROOF, Qt.AscendingOrder)  # weakest proof first: where the forum should look
        header = self.table.horizontalHeader()
        # Vendor names are what people scan: they get their full width; the spare room goes to the right.
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(
            self.tr("No vendor assessments yet. Start one with a vendor pack (such as Vendor trust) from “New assessment…”."),
            objectName="muted",
        )
        self.empty.setWordWrap(True)
        explanation = QLabel(self.tr(EXPLANATION), objectName="muted")
        explanation.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open assessment"))
        self.compare_button = QPushButton(self.tr("Compare with previous"))
        self.open_button.setToolTip(self.tr("Open the selected vendor's assessment (Enter)"))
        self.compare_button.setToolTip(self.tr("Compare the selected vendor's assessment with its previous one"))
        self.export_button = QPushButton(self.tr("Export vendor scorecards…"), objectName="primary")
        self.export_button.setToolTip(self.tr("One page per vendor plus a comparison page, to share in the vendor forum"))
        self.page_size = QComboBox()  # the same choice, in the same words, as the board report's export
        self.page_size.addItem("A4", "a4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        self.page_size.setAccessibleName(self.tr("Page size"))
        self.page_size.setToolTip(self.tr("The paper size the scorecards are laid out for"))
        page_size_label = QLabel(self.tr("Page size"))
        page_size_label.setBuddy(self.page_size)
        self.notice = QLabel(objectName="notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.notice.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(page_size_label)
        buttons.addWidget(self.page_size)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.empty_spacer = QWidget()  # with no table, the free height goes below the text, not between lines
        layout.addWidget(self.empty_spacer, 1)
        layout.addWidget(explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.activated.connect(lambda index: self._emit(self.openRequested, index))
        self.table.doubleClicked.connect(lambda index: self._emit(self.openRequested, index))
        self.open_button.clicked.connect(lambda: self._emit(self.openRequested))
        self.compare_button.clicked.connect(lambda: self._emit(self.compareRequested))
        self.export_button.clicked.connect(self.export)
        self.table.selectionModel().selectionChanged.connect(self._update_state)

    def refresh(self) -> None:
        self.portfolio = self.cycle.portfolio()
        self.model.set_portfolio(self.portfolio)
        self._update_state()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(AssessmentIdRole) if rows else None

    def _emit(self, signal, index=None) -> None:
        assessment_id = index.data(AssessmentIdRole) if index is not None else self.selected_id()
        if assessment_id is not None:
            signal.emit(assessment_id)

    def _update_state(self, *args) -> None:
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.empty_spacer.setVisible(not has_rows)
        self.table.setVisible(has_rows)
        selected = self.selected_id() is not None
        self.open_button.setEnabled(selected)
        self.compare_button.setEnabled(selected)
        self.export_button.setEnabled(has_rows and self._task is None)

    # -- export ------------------------------------------------------------------------------------
    def export(self) -> None:
        if not self.portfolio or not self.portfolio.rows:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export vendor scorecards"), self.tr("vendor-scorecards.pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        portfolio = self.portfolio
        self.export_button.setEnabled(False)
        writing = self.tr("Writing the scorecards of %n vendor(s)…", "", len(portfolio.rows))
        self.notice.setText(writing)
        self.notice.show()
        dialog = QProgressDialog(writing, self.tr("Cancel"), 0, 1000, self)
        dialog.setWindowTitle(self.tr("Export vendor scorecards"))
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(300)  # a quick export finishes before the dialog would flash up
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        self.progress_dialog = dialog
        self._task = run_task(_write_scorecards, self._export_finished, portfolio, path,
                              self.page_size.currentData(), on_progress=self._export_progress)
        dialog.canceled.connect(self.cancel_export)

    def cancel_export(self) -> None:
        """Ask the running export to stop; it ends at its next check and says so (nothing is written)."""
        if self._task is not None:
            self._task.cancel()
            if self.progress_dialog is not None:
                self.progress_dialog.setLabelText(self.tr("Cancelling…"))
                self.progress_dialog.show()  # stays up until the worker has stopped

    def _export_progress(self, fraction: float, message: str) -> None:
        dialog = self.progress_dialog
        if dialog is not None and not (self._task and self._task.is_cancelled()):
            dialog.setValue(int(fraction * 1000))
            if message:
                dialog.setLabelText(message)

    def _export_finished(self, future) -> None:
        # Runs on the UI thread (the helper delivers to this widget's thread).
        self._task = None
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect(self.cancel_export)
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self._update_state()
        try:
            path = future.result()
        except ReportCancelled:
            self.notice.setText(self.tr("Export cancelled; no file was written and any earlier scorecards are unchanged."))
            self.notice.show()
            return
        except (MaturityError, OSError) as exc:
            self.notice.setText(self.tr("The scorecards could not be written: {error}").format(error=exc))
            self.notice.show()
            return
        self.notice.setText(self.tr("Vendor scorecards written to {path}").format(path=path))
        self.notice.show()
        self.exported.emit(str(path))


def _write_scorecards(task, portfolio: Portfolio, path: Path, page_size: str) -> Path:
    """The background function: plain values in, the written path out; progress and cancel go through the task."""
    from ...report.portfolio_pdf import build_portfolio_pdf

    return build_portfolio_pdf(portfolio, path, on_progress=task.report, is_cancelled=task.is_cancelled,
                               page_size=page_size)
