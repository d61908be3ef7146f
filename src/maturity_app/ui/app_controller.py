"""Callbacks for the window: start page actions, opening assessments, menus, settings and window state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QByteArray, QObject, Qt
from PySide6.QtGui import QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox

from ..domain.errors import MaturityError
from ..domain.pack_loader import PackLibrary
from ..domain.schema import Pack
from ..domain.scoring import score_assessment
from ..storage.cycle_store import CycleStore
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

KEYS_HELP = """<h3>Keyboard</h3><table cellspacing="0" cellpadding="2">
<tr><td style="white-space:nowrap"><b>0 – 4</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">set the level of the focused side</td></tr>
<tr><td style="white-space:nowrap"><b>N / Delete</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">not applicable / clear</td></tr>
<tr><td style="white-space:nowrap"><b>Tab</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">from compliance to capability, then to the fields</td></tr>
<tr><td style="white-space:nowrap"><b>Ctrl+→ / Ctrl+←</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">next / previous question</td></tr>
<tr><td style="white-space:nowrap"><b>Ctrl+F</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">find a question by typing; Enter opens it</td></tr>
<tr><td style="white-space:nowrap"><b>Ctrl+Z / Ctrl+Shift+Z</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">undo / redo an answer change</td></tr>
<tr><td style="white-space:nowrap"><b>Ctrl+1 / Ctrl+2</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">question / dashboard (on every page, the workshop too)</td></tr>
<tr><td style="white-space:nowrap"><b>Ctrl+3</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">compare with the previous assessment of the subject</td></tr>
<tr><td style="white-space:nowrap"><b>Ctrl+4</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">workshop rating round (workshop assessments)</td></tr>
<tr><td style="white-space:nowrap"><b>Alt+1 – Alt+9</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">workshop: pick participant 1–9 (also ↑ ↓)</td></tr>
<tr><td style="white-space:nowrap"><b>Ctrl+Shift+P</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">vendor portfolio</td></tr>
<tr><td style="white-space:nowrap"><b>Ctrl+Shift+R</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">re-assess: start the next cycle</td></tr>
<tr><td style="white-space:nowrap"><b>F11</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">presentation mode (Esc leaves)</td></tr>
<tr><td style="white-space:nowrap"><b>Ctrl+Shift+F</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">full screen</td></tr>
<tr><td style="white-space:nowrap"><b>Ctrl+E</b>&nbsp;&nbsp;</td><td style="white-space:nowrap">export the board report</td></tr></table>"""


def screen_key(screen) -> str:
    """How a screen is remembered: its name where the system gives one, and where it sits (names can be empty)."""
    g = screen.geometry()
    return f"{screen.name()}@{g.x()},{g.y()} {g.width()}x{g.height()}"


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
        self.cycle = CycleStore(store)
        self.presentation = None  # the open PresentationWindow, if any
        self._compare_page = None  # built on first use: the start page does not pay for them
        self._portfolio_page = None

        self.recent = AssessmentListModel(parent=self)
        self.recent_proxy = AssessmentSortProxy(self)
        self.recent_proxy.setSourceModel(self.recent)
        start = window.start_page
        start.table.setModel(self.recent_proxy)
        start.configure_table()
        start.table.selectionModel().selectionChanged.connect(lambda *_: start.update_state())
        start.new_button.clicked.connect(self.new_assessment)
        start.empty.new_button.clicked.connect(self.new_assessment)
        start.sampleRequested.connect(self.open_sample)
        start.open_button.clicked.connect(lambda: self._with_selected(self.open_assessment))
        start.rename_button.clicked.connect(lambda: self._with_selected(self.rename_assessment))
        start.duplicate_button.clicked.connect(lambda: self._with_selected(self.duplicate_assessment))
        start.delete_button.clicked.connect(lambda: self._with_selected(self.delete_assessment))
        start.reassess_button.clicked.connect(lambda: self._with_selected(self.reassess))
        start.compare_button.clicked.connect(lambda: self._with_selected(self.show_compare))
        start.portfolio_button.clicked.connect(self.show_portfolio)
        start.openRequested.connect(self.open_assessment)

        a = window.actions
        a["new"].triggered.connect(self.new_assessment)
        a["home"].triggered.connect(self.show_start)
        a["export"].triggered.connect(self.export_report)
        a["install_pack"].triggered.connect(self.install_pack)
        a["export_file"].triggered.connect(lambda: self._data_safety("export_assessment_dialog"))
        a["export_csv"].triggered.connect(lambda: self._data_safety("export_csv_dialog"))
        a["import_file"].triggered.connect(lambda: self.import_assessment())  # not the action's "checked" flag
        a["settings"].triggered.connect(self.open_settings)
        a["quit"].triggered.connect(window.close)
        a["undo"].triggered.connect(lambda: self.assessment and self.assessment.undo())
        a["redo"].triggered.connect(lambda: self.assessment and self.assessment.redo())
        a["find"].triggered.connect(lambda: self.assessment and self.assessment.focus_find())
        a["next"].triggered.connect(lambda: self.assessment and self.assessment.step(1))
        a["previous"].triggered.connect(lambda: self.assessment and self.assessment.step(-1))
        a["show_question"].triggered.connect(lambda: self._show_assessment_view("question"))
        a["show_dashboard"].triggered.connect(lambda: self._show_assessment_view("dashboard"))
        a["show_workshop"].triggered.connect(lambda: self._show_assessment_view("workshop"))
        a["reassess"].triggered.connect(lambda: self._with_current_or_selected(self.reassess))
        a["compare"].triggered.connect(lambda: self._with_current_or_selected(self.show_compare))
        a["portfolio"].triggered.connect(self.show_portfolio)
        a["presentation"].triggered.connect(self.present)
        window.presentation_screen_menu.aboutToShow.connect(self._fill_screen_menu)
        for mode in ("all", "unanswered", "gaps"):
            a[f"filter_{mode}"].triggered.connect(lambda _c=False, m=mode: self._set_filter(m))
        a["full_screen"].toggled.connect(lambda on: window.showFullScreen() if on else window.showNormal())
        a["keys"].triggered.connect(lambda: QMessageBox.information(window, "Keyboard shortcuts", KEYS_HELP))
        a["about"].triggered.connect(lambda: show_about(window))
        window.closing.connect(self.on_close)
        window.assessment_page.filter.currentIndexChanged.connect(self._update_actions)
        window.pages.currentChanged.connect(self._update_actions)
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

    def open_sample(self) -> int | None:
        """Create the sample assessment the CLI's `demo` command makes (the same domain code) and open it."""
        from ..storage.demo_assessment import create_demo_assessment

        pack = self.library.packs.get("core") or next(iter(self.packs()), None)
        if pack is None:
            QMessageBox.warning(self.window, "No questionnaires", "No questionnaire pack could be loaded.")
            return None
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            new_id = create_demo_assessment(self.store, pack, self.today)
        except MaturityError as exc:
            QMessageBox.warning(self.window, "Sample not created", str(exc))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh_recent(select=new_id)
        self.open_assessment(new_id)
        self._status(f"Sample assessment of “{self.store.info(new_id).organisation}” created: explore, then delete "
                     "it from the start page")
        return new_id

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
        if controller.round is not None:
            controller.panel.presentationRequested.connect(self.present)
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
        if self.presentation is not None:
            self.presentation.close()  # it drives this assessment's rating round
        if self.assessment is not None:
            self.settings.splitter_state = _b64(self.window.assessment_page.splitter.saveState())
            self.assessment.close()
            self.assessment.deleteLater()
            self.assessment = None

    def _show_assessment_view(self, view: str) -> None:
        """Question, dashboard or workshop of the open assessment, coming back to it from any other page."""
        if self.assessment is None:
            return
        self.window.pages.setCurrentWidget(self.window.assessment_page)
        self.window.setWindowTitle(f"{self.assessment.session.info.organisation} — Maturity")
        if view == "workshop":
            self.assessment.show_workshop()
        else:
            self.assessment.show_dashboard(view == "dashboard")

    def _with_current_or_selected(self, action) -> None:
        assessment_id = self._current_or_selected()
        if assessment_id is None:
            self._status("Select an assessment first")
            return
        action(assessment_id)

    # -- certification cycle -----------------------------------------------------------------------
    @property
    def compare_page(self):
        if self._compare_page is None:
            from .cycle.compare_page import ComparePage

            self._compare_page = ComparePage(self.cycle)
            self._compare_page.questionActivated.connect(self.open_assessment)
            self.window.add_page(self._compare_page)
        return self._compare_page

    @property
    def portfolio_page(self):
        if self._portfolio_page is None:
            from .cycle.portfolio_page import PortfolioPage

            self._portfolio_page = PortfolioPage(self.cycle)
            self._portfolio_page.openRequested.connect(self.open_assessment)
            self._portfolio_page.compareRequested.connect(self.show_compare)
            self.window.add_page(self._portfolio_page)
        return self._portfolio_page

    def reassess(self, assessment_id: int) -> int | None:
        from .cycle.reassess_dialog import ReassessDialog

        if self.assessment is not None:
            self.assessment.view.flush()
        info = self.store.info(assessment_id)
        dialog = ReassessDialog(self.cycle, assessment_id, self.library.packs.get(info.pack_id), self.window)
        try:
            if dialog.exec() != QDialog.Accepted:
                return None
            result = dialog.result_info
        finally:
            dialog.deleteLater()
        self.refresh_recent(select=result.new_id)
        self.open_assessment(result.new_id)
        carried = f"{result.carried_over} answer(s) carried over"
        confirm = f", {result.to_confirm} to confirm" if result.to_confirm else ""
        self._status(f"Next cycle of “{info.organisation}” started: {carried}{confirm}")
        return result.new_id

    def show_compare(self, assessment_id: int) -> None:
        if self.assessment is not None:
            self.assessment.view.flush()  # what was just typed belongs in the comparison
        page = self.compare_page
        try:
            page.show_subject(assessment_id)
        except MaturityError as exc:
            QMessageBox.warning(self.window, "Cannot compare", str(exc))
            return
        self.window.pages.setCurrentWidget(page)
        self.window.setWindowTitle(f"Since last assessment — {self.store.info(assessment_id).organisation} — Maturity")
        page.question_table.setFocus()

    def show_portfolio(self) -> None:
        if self.assessment is not None:
            self.assessment.view.flush()
        page = self.portfolio_page
        page.refresh()
        self.window.pages.setCurrentWidget(page)
        self.window.setWindowTitle("Vendor portfolio — Maturity")
        page.table.setFocus()

    # -- presentation ------------------------------------------------------------------------------
    def present(self) -> None:
        """Presentation mode for the open assessment: one question at a time, full screen, for the projector.

        F11 toggles it: pressed again (wherever the keyboard is), presentation mode ends."""
        if self.presentation is not None:
            self.presentation.close()
            return
        if self.assessment is None:
            return
        from .workshop.presentation import PresentationWindow

        self.assessment.view.flush()
        controller = self.assessment
        window = PresentationWindow(controller.workshop, controller.session.id, round_=controller.presentation_round())
        window.setAttribute(Qt.WA_DeleteOnClose)
        window.closed.connect(self._presentation_closed)
        self.presentation = window
        window.present(self.presentation_screen())

    def presentation_screen(self):
        """The screen chosen in View → Presentation screen; automatically, a screen other than the one the main
        window is on (the projector, when the laptop's own screen shows the app), else the same one."""
        screens = QGuiApplication.screens()
        chosen = next((s for s in screens if screen_key(s) == self.settings.presentation_screen), None)
        if chosen is not None:
            return chosen
        here = self.window.screen()
        return next((s for s in screens if s is not here), here)

    def _fill_screen_menu(self) -> None:
        menu = self.window.presentation_screen_menu
        menu.clear()
        for old in menu.findChildren(QActionGroup):
            old.deleteLater()  # one group per filling, not one more each time the menu opens
        group = QActionGroup(menu)
        names = [screen_key(s) for s in QGuiApplication.screens()]
        chosen = self.settings.presentation_screen if self.settings.presentation_screen in names else ""
        entries = [("", "&Automatic (a second screen when there is one)")]
        primary = QGuiApplication.primaryScreen()
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            note = " · this window" if screen is self.window.screen() else ""
            note += " · primary" if screen is primary else ""
            entries.append((screen_key(screen), f"&{number}  {screen.name() or 'Screen'} — {size.width()}×{size.height()}"
                                           f"{note}"))
        for name, text in entries:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(name == chosen)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, n=name: self._choose_screen(n))

    def _choose_screen(self, name: str) -> None:
        self.settings.presentation_screen = name
        self.persist()
        if self.presentation is not None:
            self.presentation.present(self.presentation_screen())  # move it there now

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.window.activateWindow()
        if self.assessment is not None and self.window.assessment_page.current_view() == "workshop":
            self.assessment.panel.setFocus()

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
        # Keys that act on the question on screen only work while the assessment page is on screen.
        here = open_ and self.window.pages.currentWidget() is self.window.assessment_page
        # "All changes saved" speaks about the assessment being edited: elsewhere (start, compare, portfolio)
        # nothing is edited, so it would only be noise.
        self.window.saved_label.setVisible(here)
        for key in ("export", "show_question", "show_dashboard", "presentation"):
            a[key].setEnabled(open_)
        for key in ("find", "next", "previous", "filter_all", "filter_unanswered", "filter_gaps"):
            a[key].setEnabled(here)
        workshop = open_ and self.assessment.round is not None
        a["show_workshop"].setEnabled(workshop)
        a["show_workshop"].setVisible(workshop)
        stack = self.assessment.session.undo_stack if here else None
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
        open_export_dialog(self.window, session.assessment, session.score,
                           extras=self._report_extras(session.info))

    def _report_extras(self, info) -> dict:
        """What the report needs from the database beyond the scored assessment (the report never opens it)."""
        from ..report.trend_section import SinceLast

        extras = {}
        if info.mode == "workshop":
            extras["workshop"] = self.assessment.workshop.summary(info.id)
        try:
            parts = self.cycle.since_previous(info.id, self.today or dt.date.today())  # as the report scores
        except MaturityError as exc:
            self._status(f"The report leaves out “since last assessment”: {exc}")
            parts = None
        if parts:
            extras["since_last"] = SinceLast(*parts)
        decisions = self.cycle.board_decisions(info.id)
        if decisions:
            extras["board_decisions"] = decisions
        return extras

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
        if self.presentation is not None:
            self.presentation.close()
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
