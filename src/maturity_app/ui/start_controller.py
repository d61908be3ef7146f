"""Callbacks of the start page: the list of assessments and what can be done to them from there."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs looked up when shown: PySide builds a class's enums on first use
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from ..app.start_rows import start_rows
from ..domain.errors import MaturityError
from .assessment_list_model import AssessmentListModel
from .first_frame import after_first_frame
from .lazy_qt import Qt
from .screens import screen_of

if TYPE_CHECKING:
    from .app_controller import AppController


def _assessment_ops():
    from ..app import assessments  # the cycle and import/export machinery behind them: on first use

    return assessments


class StartPageController(QObject):
    def __init__(self, app: AppController):
        super().__init__(app)
        self.app = app
        self.workspace = app.workspace
        self.window = app.window
        self.page = start = app.window.start_page
        self.catch_up = None  # headlines an upgrade outdated, made again between events after the first frame
        # The table shows the model itself: it sorts itself (sort keys made once per row) and nothing filters
        # the list, so a proxy would only put more calls between each painted cell and its text.
        self.recent = AssessmentListModel(parent=self)
        start.set_list_model(self.recent)  # its columns are fitted when the rows come (_shown), not twice
        start.table.on_selection_changed = start.update_state
        start.new_button.clicked.connect(self.new_assessment)
        start.newRequested.connect(self.new_assessment)
        start.sampleRequested.connect(self.open_sample)
        start.open_button.clicked.connect(lambda: self.with_selected(app.open_assessment))
        start.rename_button.clicked.connect(lambda: self.with_selected(self.rename_assessment))
        start.duplicate_button.clicked.connect(lambda: self.with_selected(self.duplicate_assessment))
        start.delete_button.clicked.connect(lambda: self.with_selected(self.delete_assessment))
        start.reassess_button.clicked.connect(lambda: self.with_selected(app.cycle_pages.reassess))
        start.compare_button.clicked.connect(lambda: self.with_selected(app.cycle_pages.show_compare))
        start.portfolio_button.clicked.connect(lambda: app.cycle_pages.show_portfolio())
        start.openRequested.connect(app.open_assessment)

    def refresh(self, select: int | None = None) -> None:
        self.recent.set_rows(self._rows())
        self._shown(select)

    def refresh_newest(self) -> None:
        """The list as a launch shows it: the newest rows a screen can hold, read in the same time whatever the
        size of the archive; the others just after the window's first frame (or once anything needs them)."""
        fits = self._rows_a_screen_holds()
        problems: list[str] = []
        rows = start_rows(self.workspace, problems=problems, limit=fits)
        self._tell(problems)
        total = self.workspace.assessments.count() if len(rows) == fits else len(rows)
        self.recent.set_newest_rows(rows, total, self._rows)
        self._shown(None)
        after_first_frame(self.window, self.page.enable_sorting, self._catch_up)

    def _catch_up(self) -> None:
        """The rest of the list, once the headlines an upgrade outdated are made again between events."""
        from .headline_catch_up import HeadlineCatchUp

        self.catch_up = HeadlineCatchUp(self.workspace, self.recent.load_all, self.recent.has_all_rows, self)

    def _rows(self) -> list:
        problems: list[str] = []
        rows = start_rows(self.workspace, problems=problems)
        self._tell(problems)
        return rows

    def _tell(self, problems: list[str]) -> None:
        if problems:
            more = self.tr(" (%n more)", "", len(problems) - 1) if len(problems) > 1 else ""
            self.page.window().statusBar().showMessage(problems[0] + more)

    def _rows_a_screen_holds(self) -> int:
        screen = screen_of(self.window)
        height = screen.availableGeometry().height() if screen is not None else 1200
        return max(height // max(self.page.table.verticalHeader().defaultSectionSize(), 1) + 1, 20)

    def _shown(self, select: int | None) -> None:
        self.page.configure_table()
        if select is not None:
            self.page.select_id(select)
        elif self.recent.rowCount():
            self.page.table.selectRow(0)
        self.page.update_state()

    def lists(self, assessment_id: int) -> bool:
        return self.recent.row_for(assessment_id) >= 0

    def with_selected(self, action) -> None:
        assessment_id = self.page.selected_id()
        if assessment_id is not None:
            action(assessment_id)

    def new_assessment(self) -> int | None:
        library = self.app.library
        if not library.packs:
            QtWidgets.QMessageBox.warning(self.window, self.tr("No questionnaires"),
                                          self.tr("No questionnaire pack could be loaded."))
            return None
        from .new_assessment_dialog import NewAssessmentDialog  # pack schema (pydantic): on first use

        dialog = NewAssessmentDialog(self.app.packs(), self.app.settings.default_escalation_budget, self.window)
        while dialog.exec() == QtWidgets.QDialog.Accepted:
            request = dialog.request()
            try:
                new_id = _assessment_ops().create_assessment(
                    self.workspace, library.get(request.pack_id), request.subject, scope=request.scope,
                    assessor=request.assessor, mode=request.mode, escalation_budget=request.escalation_budget,
                ).value
            except MaturityError as exc:
                dialog.show_error(str(exc))
                continue
            self.app.open_assessment(new_id)
            return new_id
        return None

    def open_sample(self) -> int | None:
        """Create the sample assessment the CLI's `demo` command makes (the same use case) and open it."""
        pack = self.app.library.packs.get("core") or next(iter(self.app.packs()), None)
        if pack is None:
            QtWidgets.QMessageBox.warning(self.window, self.tr("No questionnaires"),
                                          self.tr("No questionnaire pack could be loaded."))
            return None
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            new_id = _assessment_ops().create_sample(self.workspace, pack).value
        except MaturityError as exc:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Sample not created"), str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh(select=new_id)
        self.app.open_assessment(new_id)
        self.app.status(self.tr("Sample assessment of “{name}” created: explore, then delete it from the start page")
                        .format(name=self.workspace.assessments.info(new_id).organisation))
        return new_id

    def rename_assessment(self, assessment_id: int) -> None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit  # on first use: not a class the launch needs

        info = self.workspace.assessments.info(assessment_id)
        name, ok = QInputDialog.getText(self.window, self.tr("Rename"), self.tr("Organisation or vendor:"), QLineEdit.Normal,
                                        info.organisation)
        if not ok:
            return
        try:
            _assessment_ops().rename_assessment(self.workspace, assessment_id, name)
        except MaturityError as exc:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Not renamed"), str(exc))
            return
        self.refresh(select=assessment_id)

    def duplicate_assessment(self, assessment_id: int) -> None:
        new_id = _assessment_ops().duplicate_assessment(self.workspace, assessment_id).value
        self.refresh(select=new_id)
        self.app.status(self.tr("Duplicated as “{name}”").format(name=self.workspace.assessments.info(new_id).organisation))

    def delete_assessment(self, assessment_id: int) -> None:
        info = self.workspace.assessments.info(assessment_id)
        answer = QtWidgets.QMessageBox.question(
            self.window, self.tr("Delete assessment"),
            self.tr("Delete the assessment of “{name}” ({pack}) with its %n answer(s)? This cannot be undone.", "",
                    info.answered).format(name=info.organisation, pack=info.pack_title),
            QtWidgets.QMessageBox.Yes | QtWidgets.QMessageBox.Cancel, QtWidgets.QMessageBox.Cancel,
        )
        if answer != QtWidgets.QMessageBox.Yes:
            return
        _assessment_ops().delete_assessment(self.workspace, assessment_id)
        self.refresh()
        self.app.status(self.tr("Deleted “{name}”").format(name=info.organisation))

    def import_assessment(self) -> None:
        from .data_safety import import_assessment_dialog

        self._imported(import_assessment_dialog(self.window, self.workspace))

    def import_opened_file(self, path: Path) -> None:
        """A file opened from the desktop (double-click, %f, macOS open event): ask, then import."""
        from .data_safety import import_assessment_file

        self._imported(import_assessment_file(self.window, self.workspace, Path(path), confirm=True))

    def _imported(self, new_id: int | None) -> None:
        if new_id is not None:
            if self.app.assessment is None:
                self.refresh(select=new_id)
            self.app.status(self.tr("Imported “{name}”").format(name=self.workspace.assessments.info(new_id).organisation))
