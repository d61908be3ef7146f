"""Callbacks of the certification-cycle pages: re-assess, compare with the previous assessment, vendor portfolio."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs looked up when shown: PySide builds a class's enums on first use
from PySide6.QtCore import QObject

from ..domain.errors import MaturityError

if TYPE_CHECKING:
    from .app_controller import AppController


class CyclePagesController(QObject):
    def __init__(self, app: AppController):
        super().__init__(app)
        self.app = app
        self.workspace = app.workspace
        self.window = app.window
        self._compare_page = None  # built on first use: the start page does not pay for them
        self._portfolio_page = None

    @property
    def compare_page(self):
        if self._compare_page is None:
            from .cycle.compare_page import ComparePage

            self._compare_page = ComparePage(self.workspace.cycle)
            self._compare_page.questionActivated.connect(self.app.open_assessment)
            self.window.add_page(self._compare_page)
        return self._compare_page

    @property
    def portfolio_page(self):
        if self._portfolio_page is None:
            from .cycle.portfolio_page import PortfolioPage

            self._portfolio_page = PortfolioPage(self.workspace.cycle)
            self._portfolio_page.openRequested.connect(self.app.open_assessment)
            self._portfolio_page.compareRequested.connect(self.show_compare)
            self.window.add_page(self._portfolio_page)
        return self._portfolio_page

    def reassess(self, assessment_id: int) -> int | None:
        from .cycle.reassess_dialog import ReassessDialog

        self.app.flush_typing()
        info = self.workspace.assessments.info(assessment_id)
        dialog = ReassessDialog(self.workspace, assessment_id, self.app.library.packs.get(info.pack_id), self.window)
        try:
            if dialog.exec() != QtWidgets.QDialog.Accepted:
                return None
            result = dialog.result_info
        finally:
            dialog.deleteLater()
        self.app.start.refresh(select=result.new_id)
        self.app.open_assessment(result.new_id)
        carried = self.tr("%n answer(s) carried over", "", result.carried_over)
        confirm = self.tr(", %n to confirm", "", result.to_confirm) if result.to_confirm else ""
        self.app.status(self.tr("Next cycle of “{name}” started: {carried}").format(name=info.organisation,
                                                                                  carried=carried + confirm))
        return result.new_id

    def show_compare(self, assessment_id: int) -> None:
        self.app.flush_typing()  # what was just typed belongs in the comparison
        page = self.compare_page
        try:
            page.show_subject(assessment_id)
        except MaturityError as exc:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Cannot compare"), str(exc))
            return
        self.window.pages.setCurrentWidget(page)
        organisation = self.workspace.assessments.info(assessment_id).organisation
        self.window.setWindowTitle(self.tr("Since last assessment — {name} — Maturity").format(name=organisation))
        page.question_table.setFocus()

    def show_portfolio(self) -> None:
        self.app.flush_typing()
        page = self.portfolio_page
        page.refresh()
        self.window.pages.setCurrentWidget(page)
        self.window.setWindowTitle(self.tr("Vendor portfolio — Maturity"))
        page.table.setFocus()
