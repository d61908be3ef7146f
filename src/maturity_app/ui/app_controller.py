"""Callbacks for the window: start page actions, opening assessments, menus, settings and window state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from ..domain.errors import MaturityError
from ..domain.pack_loader import PackLibrary
from ..domain.schema import Pack
from ..domain.scoring import score_assessment
from ..storage.locations import data_dir
from ..storage.store import AssessmentStore
from .about_dialog import show_about
from .app_settings import AppSettings, save_settings
from .assessment_controller import AssessmentController
from .background import run_in_background
from .assessment_list_model import AssessmentListModel, AssessmentSortProxy, RecentAssessment
from .main_window import MainWindow
from .new_assessment_dialog import NewAssessmentDialog
from .settings_dialog import SettingsDialog
from .theme import apply_theme

KEYS_HELP = """<h3>Keyboard</h3><table>
<tr><td><b>0 – 4</b></td><td>set the level of the focused side</td></tr>
<tr><td><b>N</b> / <b>Delete</b></td><td>not applicable / clear</td></tr>
<tr><td><b>Tab</b></td><td>switch from compliance to capability, then to the fields</td></tr>
<tr><td><b>Ctrl+→ / Ctrl+←</b></td><td>next / previous question</td></tr>
<tr><td><b>Ctrl+F</b></td><td>find a question by typing; Enter opens it</td></tr>
<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo / redo an answer change</td></tr>
<tr><td><b>Ctrl+1 / Ctrl+2</b></td><td>question / dashboard</td></tr>
<tr><td><b>Ctrl+E</b></td><td>export the board report</td></tr></table>"""


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _unb64(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


def recent_assessments(store: AssessmentStore, today: dt.date | None = None) -> list[RecentAssessment]:
    """Rows for the start page; headline numbers come from the domain's scoring of each assessment."""
    rows = []
    for info in store.list():
        try:
            assessment = store.load(info.id)
        except MaturityError:
            rows.append(RecentAssessment(info, "organisation", None, None, None))
            continue
        score = score_assessment(assessment, today)
        rows.append(RecentAssessment(info, assessment.pack.subject, score.compliance_index, score.capability_index,
                                     score.gap_points))
    return rows


class AppController(QObject):
    def __init__(self, window: MainWindow, store: AssessmentStore, load_library: Callable[[], PackLibrary],
                 settings: AppSettings, settings_file: Path | None = None, database_path: Path | None = None,
                 today: dt.date | None = None):
        super().__init__(window)
        self.window = window
        self.store = store
        # Packs are only needed for a new assessment (open ones carry their pack snapshot), so they load in the
        # background while the user looks at the start page; asking for them early simply waits for that load.
        self._load_library = load_library
        self._library_future = run_in_background(load_library, self._library_loaded)
        self.settings = settings
        self.settings_file = settings_file
        self.database_path = database_path
        self.today = today
        self.assessment: AssessmentController | None = None

        self.recent = AssessmentListModel(parent=self)
        self.recent_proxy = AssessmentSortProxy(self)
        self.recent_proxy.setSourceModel(self.recent)
        start = window.start_page
        start.table.setModel(self.recent_proxy)
        start.configure_table()
        start.table.selectionModel().selectionChanged.connect(lambda *_: start.update_state())
        start.new_button.clicked.connect(self.new_assessment)
        start.open_button.clicked.connect(lambda: self._with_selected(self.open_assessment))
        start.rename_button.clicked.connect(lambda: self._with_selected(self.rename_assessment))
        start.duplicate_button.clicked.connect(lambda: self._with_selected(self.duplicate_assessment))
        start.delete_button.clicked.connect(lambda: self._with_selected(self.delete_assessment))
        start.openRequested.connect(self.open_assessment)

        a = window.actions
        a["new"].triggered.connect(self.new_assessment)
        a["home"].triggered.connect(self.show_start)
        a["export"].triggered.connect(self.export_report)
        a["install_pack"].triggered.connect(self.install_pack)
        a["export_file"].triggered.connect(lambda: self._data_safety("export_assessment_dialog"))
        a["export_csv"].triggered.connect(lambda: self._data_safety("export_csv_dialog"))
        a["import_file"].triggered.connect(self.import_assessment)
        a["settings"].triggered.connect(self.open_settings)
        a["quit"].triggered.connect(window.close)
        a["undo"].triggered.connect(lambda: self.assessment and self.assessment.undo())
        a["redo"].triggered.connect(lambda: self.assessment and self.assessment.redo())
        a["find"].triggered.connect(lambda: self.assessment and self.assessment.focus_find())
        a["next"].triggered.connect(lambda: self.assessment and self.assessment.step(1))
        a["previous"].triggered.connect(lambda: self.assessment and self.assessment.step(-1))
        a["show_question"].triggered.connect(lambda: self.assessment and self.assessment.show_dashboard(False))
        a["show_dashboard"].triggered.connect(lambda: self.assessment and self.assessment.show_dashboard(True))
        for mode in ("all", "unanswered", "gaps"):
            a[f"filter_{mode}"].triggered.connect(lambda _c=False, m=mode: self._set_filter(m))
        a["full_screen"].toggled.connect(lambda on: window.showFullScreen() if on else window.showNormal())
        a["keys"].triggered.connect(lambda: QMessageBox.information(window, "Keyboard shortcuts", KEYS_HELP))
        a["about"].triggered.connect(lambda: show_about(window))
        window.closing.connect(self.on_close)
        window.assessment_page.filter.currentIndexChanged.connect(self._update_actions)
        self._update_actions()
        self.refresh_recent()

    @property
    def library(self) -> PackLibrary:
        if not self._library_future.done():
            QApplication.setOverrideCursor(Qt.WaitCursor)
            try:
                return self._library_future.result()
            finally:
                QApplication.restoreOverrideCursor()
        return self._library_future.result()

    def _library_loaded(self, future) -> None:
        try:
            library = future.result()
        except Exception as exc:  # noqa: BLE001 - shown, and raised again when the packs are needed
            self.window.start_page.notice.setText(f"Questionnaire packs could not be loaded: {exc}")
            self.window.start_page.notice.show()
            return
        if library.errors:
            self.window.start_page.notice.setText("Some questionnaire packs could not be loaded:\n"
                                                  + "\n".join(str(e) for e in library.errors))
            self.window.start_page.notice.show()

    # -- start page --------------------------------------------------------------------------------
    def refresh_recent(self, select: int | None = None) -> None:
        self.recent.set_rows(recent_assessments(self.store, self.today))
        start = self.window.start_page
        start.configure_table()
        if select is not None:
            start.select_id(select)
        elif self.recent_proxy.rowCount():
            start.table.selectRow(0)
        start.update_state()

    def show_start(self) -> None:
        self._close_assessment()
        self.settings.last_assessment_id = None
        self.refresh_recent()
        self.window.pages.setCurrentWidget(self.window.start_page)
        self.window.setWindowTitle("Maturity")
        self.window.start_page.table.setFocus()
        self._update_actions()

    def _with_selected(self, action) -> None:
        assessment_id = self.window.start_page.selected_id()
        if assessment_id is not None:
            action(assessment_id)

    def packs(self) -> list[Pack]:
        return sorted(self.library.packs.values(), key=lambda p: (p.id != "core", p.title))

    def new_assessment(self) -> int | None:
        if not self.library.packs:
            QMessageBox.warning(self.window, "No questionnaires", "No questionnaire pack could be loaded.")
            return None
        dialog = NewAssessmentDialog(self.packs(), self.settings.default_escalation_budget, self.window)
        while dialog.exec() == QDialog.Accepted:
            request = dialog.request()
            try:
                new_id = self.store.create(
                    self.library.get(request.pack_id), request.subject, scope=request.scope,
                    assessor=request.assessor, mode=request.mode, escalation_budget=request.escalation_budget,
                )
            except MaturityError as exc:
                dialog.show_error(str(exc))
                continue
            self.open_assessment(new_id)
            return new_id
        return None

    def rename_assessment(self, assessment_id: int) -> None:
        info = self.store.info(assessment_id)
        name, ok = QInputDialog.getText(self.window, "Rename", "Organisation or vendor:", QLineEdit.Normal,
                                        info.organisation)
        if not ok:
            return
        try:
            self.store.rename(assessment_id, name)
        except MaturityError as exc:
            QMessageBox.warning(self.window, "Not renamed", str(exc))
            return
        self.refresh_recent(select=assessment_id)

    def duplicate_assessment(self, assessment_id: int) -> None:
        new_id = self.store.duplicate(assessment_id)
        self.refresh_recent(select=new_id)
        self.window.statusBar().showMessage(f"Duplicated as “{self.store.info(new_id).organisation}”", 5000)

    def delete_assessment(self, assessment_id: int) -> None:
        info = self.store.info(assessment_id)
        answer = QMessageBox.question(
            self.window, "Delete assessment",
            f"Delete the assessment of “{info.organisation}” ({info.pack_title}) with its {info.answered} "
            "answers? This cannot be undone.",
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel,
        )
        if answer != QMessageBox.Yes:
            return
        self.store.delete(assessment_id)
        self.refresh_recent()
        self.window.statusBar().showMessage(f"Deleted “{info.organisation}”", 5000)

    # -- assessment page ---------------------------------------------------------------------------
    def open_assessment(self, assessment_id: int, question_id: str | None = None) -> bool:
        self._close_assessment()
        try:
            controller = AssessmentController(self.window.assessment_page, self.store, assessment_id,
                                              today=self.today, parent=self)
        except MaturityError as exc:
            QMessageBox.warning(self.window, "Cannot open", str(exc))
            return False
        self.assessment = controller
        controller.session.saved.connect(self._saved)
        controller.session.failed.connect(self._status)
        controller.status.connect(self._status)
        controller.questionShown.connect(self._question_shown)
        controller.session.undo_stack.indexChanged.connect(self._update_actions)
        self.window.pages.setCurrentWidget(self.window.assessment_page)
        self.window.setWindowTitle(f"{controller.session.info.organisation} — Maturity")
        self.settings.last_assessment_id = assessment_id
        if self.settings.splitter_state:
            self.window.assessment_page.splitter.restoreState(_unb64(self.settings.splitter_state))
        controller.go_to(controller.first_question(question_id), focus=True)
        self.window.show_saved("All changes saved")
        self._update_actions()
        return True

    def _close_assessment(self) -> None:
        if self.assessment is not None:
            self.settings.splitter_state = _b64(self.window.assessment_page.splitter.saveState())
            self.assessment.close()
            self.assessment.deleteLater()
            self.assessment = None

    def _question_shown(self, question_id: str) -> None:
        self.settings.last_question_id = question_id

    def _set_filter(self, mode: str) -> None:
        if self.assessment:
            self.assessment.set_filter(mode)
        self._update_actions()

    def _saved(self, time_text: str) -> None:
        self.window.show_saved(f"Saved {time_text}")

    def _status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)

    def _update_actions(self, *_args) -> None:
        a = self.window.actions
        open_ = self.assessment is not None
        for key in ("export", "find", "next", "previous", "show_question", "show_dashboard", "filter_all",
                    "filter_unanswered", "filter_gaps"):
            a[key].setEnabled(open_)
        stack = self.assessment.session.undo_stack if open_ else None
        a["undo"].setEnabled(bool(stack and stack.canUndo()))
        a["redo"].setEnabled(bool(stack and stack.canRedo()))
        a["undo"].setText(f"&Undo {stack.undoText()}" if stack and stack.canUndo() else "&Undo")
        a["redo"].setText(f"&Redo {stack.redoText()}" if stack and stack.canRedo() else "&Redo")
        mode = self.window.assessment_page.filter.currentData() if open_ else "all"
        for key in ("all", "unanswered", "gaps"):
            a[f"filter_{key}"].setChecked(key == mode)

    def _current_or_selected(self) -> int | None:
        if self.assessment is not None:
            self.assessment.view.flush()
            return self.assessment.session.id
        return self.window.start_page.selected_id()

    def _data_safety(self, name: str) -> None:
        from . import data_safety

        assessment_id = self._current_or_selected()
        if assessment_id is None:
            self._status("Select an assessment first")
            return
        path = getattr(data_safety, name)(self.window, self.store, assessment_id)
        if path:
            self._status(f"Saved {path}")

    def import_assessment(self) -> None:
        from .data_safety import import_assessment_dialog

        self._imported(import_assessment_dialog(self.window, self.store))

    def import_opened_file(self, path: Path) -> None:
        """A file opened from the desktop (double-click, %f, macOS open event): ask, then import."""
        from .data_safety import import_assessment_file

        self._imported(import_assessment_file(self.window, self.store, Path(path), confirm=True))

    def _imported(self, new_id: int | None) -> None:
        if new_id is not None:
            if self.assessment is None:
                self.refresh_recent(select=new_id)
            self._status(f"Imported “{self.store.info(new_id).organisation}”")

    def install_pack(self) -> None:
        from .pack_install import install_pack_dialog

        if install_pack_dialog(self.window, self.library):
            self._library_future = run_in_background(self._load_library, self._library_loaded)

    def export_report(self) -> None:
        if self.assessment is None:
            return
        self.assessment.view.flush()
        try:
            # Imported here: the export dialog pulls in reportlab, which the app must not pay for at start-up.
            from .export_dialog import open_export_dialog
        except ImportError as exc:
            QMessageBox.warning(self.window, "Export unavailable", f"The report export is not available: {exc}")
            return
        session = self.assessment.session
        open_export_dialog(self.window, session.assessment, session.score)

    # -- settings and window state -----------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, data_dir(), self.database_path or data_dir(), self.window)
        if dialog.exec() != QDialog.Accepted:
            return
        dialog.apply_to(self.settings)
        apply_theme(QApplication.instance(), self.settings.theme, self.settings.font_scale)
        self.persist()
        if self.assessment:
            self.assessment.page.dashboard.update()
            self.assessment.go_to(self.assessment.current)

    def restore(self) -> None:
        """Window geometry, then the assessment and question that were open last time."""
        if self.settings.window_geometry:
            self.window.restoreGeometry(_unb64(self.settings.window_geometry))
        if self.settings.window_state:
            self.window.restoreState(_unb64(self.settings.window_state))
        last = self.settings.last_assessment_id
        if last is not None and any(r.info.id == last for r in self.recent._rows):
            self.open_assessment(last, self.settings.last_question_id)

    def on_close(self) -> None:
        if self.assessment is not None:
            self.assessment.view.flush()
            self.settings.splitter_state = _b64(self.window.assessment_page.splitter.saveState())
        self.settings.window_geometry = _b64(self.window.saveGeometry())
        self.settings.window_state = _b64(self.window.saveState())
        self.persist()

    def persist(self) -> None:
        try:
            save_settings(self.settings, self.settings_file)
        except OSError as exc:
            self.window.statusBar().showMessage(f"Settings not saved: {exc.strerror}", 8000)
