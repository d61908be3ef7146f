"""The window's composition root: menus and actions, the open assessment, presentation and export; the start page,
the cycle pages and the window state each have their own controller."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6 import QtWidgets  # dialogs looked up when shown: PySide builds a class's enums on first use
from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ..app.workspace import Workspace
from ..domain.errors import MaturityError
from .appearance import Appearance
from .app_settings import AppSettings
from .background import run_in_background
from .first_frame import after_first_frame
from .idle_memory import release_also, release_now_or_when_idle, release_when_idle
from .language import translate
from .lazy_qt import Qt
from .main_window import MainWindow
from .start_controller import StartPageController
from .window_state import WindowStateController
from .screens import screen_of

if TYPE_CHECKING:  # annotations only: pydantic and yaml stay off the start path
    from concurrent.futures import Future

    from ..domain.pack_loader import PackLibrary
    from ..domain.schema import Pack
    from .assessment_controller import AssessmentController
    from .cycle_controller import CyclePagesController


def screen_key(screen) -> str:
    """How a screen is remembered: its name where the system gives one, and where it sits (names can be empty)."""
    g = screen.geometry()
    return f"{screen.name()}@{g.x()},{g.y()} {g.width()}x{g.height()}"


class AppController(QObject):
    def __init__(self, window: MainWindow, workspace: Workspace, load_library: Callable[[], PackLibrary],
                 settings: AppSettings, settings_file: Path | None = None):
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        release_also(workspace.release_memory)  # its connection's page cache, once idle
        # Packs are only needed for a new assessment (open ones carry their pack snapshot), so they load in the
        # background while the user looks at the start page; asking for them early simply waits for that load.
        # The load starts once the window's first frame is painted: parsing YAML would delay that paint.
        self._load_library = load_library
        self._library_future: Future | None = None  # the running load, once started
        self._library_started = False
        self.settings = settings
        self.settings_file = settings_file
        self.assessment: AssessmentController | None = None
        self.presentation = None  # the open PresentationWindow, if any
        self._cycle_pages: CyclePagesController | None = None  # made on first use (cycle_pages)
        self.start = StartPageController(self)
        self.window_state = WindowStateController(self)

        self.appearance = Appearance(window, self)  # View -> Text size / Theme, and the system's live scheme
        window.closing.connect(self.on_close)
        window.when_assessment_page_built(self._assessment_page_built)
        window.pages.currentChanged.connect(self._update_actions)
        self._update_actions()
        # The menus' actions are connected where they are built: just after the first frame, or when first needed.
        window.when_menus_built(self._connect_actions)
        # Start-up's imports are done: what they left is let go before the packs' own imports begin (once the
        # menus are built: the window asked for that first).
        after_first_frame(window, release_now_or_when_idle, self._start_loading_library)
        self.start.refresh_newest()

    @property
    def cycle_pages(self) -> CyclePagesController:
        """Re-assess, compare and the vendor portfolio: made the first time one of them is asked for, not for the
        first frame (nothing on the start page needs them until a button or key asks)."""
        if self._cycle_pages is None:
            from .cycle_controller import CyclePagesController

            self._cycle_pages = CyclePagesController(self)
        return self._cycle_pages

    def _connect_actions(self) -> None:
        from .navigator_filters import FILTERS  # the Go menu's filters: with the menus, just after the first frame

        window = self.window
        a = window.actions
        a["new"].triggered.connect(self.start.new_assessment)
        a["home"].triggered.connect(self.show_start)
        a["export"].triggered.connect(self.export_report)
        a["install_pack"].triggered.connect(self.install_pack)
        a["export_file"].triggered.connect(lambda: self._data_safety("export_assessment_dialog"))
        a["export_csv"].triggered.connect(lambda: self._data_safety("export_csv_dialog"))
        a["import_file"].triggered.connect(lambda: self.start.import_assessment())  # not the "checked" flag
        a["settings"].triggered.connect(self.window_state.open_settings)
        a["quit"].triggered.connect(window.close)
        a["undo"].triggered.connect(lambda: self.assessment and self.assessment.undo())
        a["redo"].triggered.connect(lambda: self.assessment and self.assessment.redo())
        a["find"].triggered.connect(lambda: self.assessment and self.assessment.focus_find())
        a["next"].triggered.connect(lambda: self.assessment and self.assessment.step(1))
        a["focus_sides"].triggered.connect(lambda: self.assessment and self.assessment.focus_sides())
        a["previous"].triggered.connect(lambda: self.assessment and self.assessment.step(-1))
        a["show_question"].triggered.connect(lambda: self._show_assessment_view("question"))
        a["show_dashboard"].triggered.connect(lambda: self._show_assessment_view("dashboard"))
        a["show_workshop"].triggered.connect(lambda: self._show_assessment_view("workshop"))
        a["reassess"].triggered.connect(lambda: self._with_current_or_selected(self.cycle_pages.reassess))
        a["compare"].triggered.connect(lambda: self._with_current_or_selected(self.cycle_pages.show_compare))
        a["portfolio"].triggered.connect(lambda: self.cycle_pages.show_portfolio())
        a["presentation"].triggered.connect(self.present)
        window.presentation_screen_menu.aboutToShow.connect(self._fill_screen_menu)
        for mode in FILTERS:
            a[f"filter_{mode}"].triggered.connect(lambda _c=False, m=mode: self._set_filter(m))
        a["full_screen"].toggled.connect(lambda on: window.showFullScreen() if on else window.showNormal())
        a["keys"].triggered.connect(self.show_keys)
        a["about"].triggered.connect(lambda: _show_about(window))
        self._update_actions()

    def _assessment_page_built(self, page) -> None:
        page.filter.currentIndexChanged.connect(self._update_actions)
        page.stack.currentChanged.connect(self._update_title)

    # -- what other controllers and tests reach through the composition root -------------------------
    @property
    def compare_page(self):
        return self.cycle_pages.compare_page

    @property
    def portfolio_page(self):
        return self.cycle_pages.portfolio_page

    def show_compare(self, assessment_id: int) -> None:
        self.cycle_pages.show_compare(assessment_id)

    def restore(self) -> None:
        self.window_state.restore()

    def import_opened_file(self, path: Path) -> None:
        self.start.import_opened_file(path)

    def status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 6000)

    def flush_typing(self) -> None:
        """Text being typed in the open assessment is saved before another page reads the database."""
        if self.assessment is not None:
            self.assessment.view.flush()

    # -- packs -------------------------------------------------------------------------------------
    def _start_loading_library(self) -> None:
        if not self._library_started:
            self._library_started = True
            self._library_future = run_in_background(self._load_and_share_library, self._library_loaded)

    def _load_and_share_library(self) -> PackLibrary:
        from ..app.pack_library import shared_with_assessments  # on the worker, as the loading is

        return shared_with_assessments(self._load_library())

    @property
    def library(self) -> PackLibrary:
        self._start_loading_library()  # asked for before the first frame: load now
        if not self._library_future.done():
            QApplication.setOverrideCursor(Qt.WaitCursor)
            try:
                return self._library_future.result()
            finally:
                QApplication.restoreOverrideCursor()
        return self._library_future.result()

    def packs(self) -> list[Pack]:
        return sorted(self.library.packs.values(), key=lambda p: (p.id != "core", p.title))

    def _library_loaded(self, future) -> None:
        release_when_idle()  # the pack library's imports (yaml, pydantic) and parsing are done
        page = self.window.start_page  # its notice is made only when there is something to say
        try:
            library = future.result()
        except Exception as exc:  # noqa: BLE001 - shown, and raised again when the packs are needed
            notice = page.notice
            notice.setText(self.tr("Questionnaire packs could not be loaded: {error}").format(error=exc))
            notice.show()
            return
        if library.errors:
            from ..domain.pack_loader import error_summary

            notice = page.notice
            notice.setText(error_summary(library.errors))  # a few named, the rest counted: the page keeps its size
            notice.setToolTip("\n".join(str(e) for e in library.errors[:100]))
            notice.show()
        self._lend_titles(library)

    def _lend_titles(self, library: PackLibrary) -> None:
        """The list names an assessment made before its pack gained the interface's language as opening it does
        (app.lent_titles): the few snapshots concerned are checked off the UI thread, after the first frame."""
        from ..app.lent_titles import agreeing, lend, wanting

        if not self.workspace.is_open():
            return  # the window closed while the packs were read
        packs = list(library.packs.values())
        wanted = wanting(self.workspace, packs)
        if wanted:
            run_in_background(agreeing, self._titles_lent, wanted, packs)
        else:
            lend([])  # nothing to lend from the packs as read now

    def _titles_lent(self, future) -> None:
        from ..app.lent_titles import lend

        release_when_idle()  # the older snapshots parsed to check them
        if (lend(future.result()) and self.workspace.is_open()
                and self.window.pages.currentWidget() is self.window.start_page):
            self.start.refresh(select=self.window.start_page.selected_id())

    def install_pack(self) -> None:
        from .pack_install import install_pack_dialog

        if install_pack_dialog(self.window, self.library):
            self._library_started = True
            self._library_future = run_in_background(self._load_and_share_library, self._library_loaded)

    # -- pages -------------------------------------------------------------------------------------
    def show_start(self) -> None:
        self._close_assessment()
        self.settings.last_assessment_id = None
        self.start.refresh()
        self.window.pages.setCurrentWidget(self.window.start_page)
        self.window.setWindowTitle("Maturity")
        self.window.start_page.table.setFocus()
        self._update_actions()
        release_when_idle()  # the assessment, its page's undo history and caches were let go

    def show_keys(self) -> None:
        from .keyboard_help import keyboard_help_html  # pulls in the workshop round's key list: on first use

        QtWidgets.QMessageBox.information(self.window, self.tr("Keyboard shortcuts"),
                                          keyboard_help_html(self.window.menuBar()))

    # -- the open assessment -----------------------------------------------------------------------
    def open_assessment(self, assessment_id: int, question_id: str | None = None) -> bool:
        self._close_assessment()
        try:
            from .assessment_controller import AssessmentController

            controller = AssessmentController(self.window.assessment_page, self.workspace, assessment_id, parent=self)
        except MaturityError as exc:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Cannot open"), str(exc))
            return False
        self.assessment = controller
        controller.session.saved.connect(self._saved)
        controller.session.failed.connect(self._not_saved)
        controller.status.connect(self.status)
        controller.questionShown.connect(self._question_shown)
        controller.session.undo_stack.indexChanged.connect(self._update_actions)
        if controller.round is not None:
            controller.panel.presentationRequested.connect(self.present)
        self.window.pages.setCurrentWidget(self.window.assessment_page)
        self.settings.last_assessment_id = assessment_id
        self.window_state.restore_splitter()
        controller.go_to(controller.first_question(question_id), focus=True)
        self.window.show_saved(self.tr("All changes saved"))
        self._update_actions()
        release_when_idle()  # the assessment page's first imports and the pack snapshot's parse are done
        return True

    def _close_assessment(self) -> None:
        if self.presentation is not None:
            self.presentation.close()  # it drives this assessment's rating round
        if self.assessment is not None:
            self.window_state.keep_splitter()
            self.assessment.close()
            self.assessment.deleteLater()
            self.assessment = None

    def _show_assessment_view(self, view: str) -> None:
        """Question, dashboard or workshop of the open assessment, coming back to it from any other page."""
        if self.assessment is None:
            return
        self.window.pages.setCurrentWidget(self.window.assessment_page)
        if view == "workshop":
            self.assessment.show_workshop()
        else:
            self.assessment.show_dashboard(view == "dashboard")
        self._update_title()

    def _current_or_selected(self) -> int | None:
        if self.assessment is not None:
            self.assessment.view.flush()
            return self.assessment.session.id
        return self.window.start_page.selected_id()

    def _with_current_or_selected(self, action) -> None:
        assessment_id = self._current_or_selected()
        if assessment_id is None:
            self.status(self.tr("Select an assessment first"))
            return
        action(assessment_id)

    def _set_filter(self, mode: str) -> None:
        if self.assessment:
            self.assessment.set_filter(mode)
        self._update_actions()

    def _not_saved(self, message: str) -> None:
        self.window.show_saved(self.tr("Not saved"))
        self.window.statusBar().showMessage(message)  # stays until the next message: nothing was saved

    def _saved(self, time_text: str) -> None:
        self.window.show_saved(self.tr("Saved {time}").format(time=time_text))

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
        window = PresentationWindow(self.assessment.presentation_round())
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
        here = screen_of(self.window)
        return next((s for s in screens if s is not here), here)

    def _fill_screen_menu(self) -> None:
        from PySide6.QtGui import QActionGroup

        menu = self.window.presentation_screen_menu
        menu.clear()
        for old in menu.findChildren(QActionGroup):
            old.deleteLater()  # one group per filling, not one more each time the menu opens
        group = QActionGroup(menu)
        names = [screen_key(s) for s in QGuiApplication.screens()]
        chosen = self.settings.presentation_screen if self.settings.presentation_screen in names else ""
        entries = [("", self.tr("&Automatic (a second screen when there is one)"))]
        primary = QGuiApplication.primaryScreen()
        here = screen_of(self.window)
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry()
            note = self.tr(" · this window") if screen is here else ""
            note += self.tr(" · primary") if screen is primary else ""
            entries.append((screen_key(screen), f"&{number}  {screen.name() or self.tr('Screen')} — "
                                                f"{size.width()}×{size.height()}{note}"))
        for name, text in entries:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(name == chosen)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, n=name: self._choose_screen(n))

    def _choose_screen(self, name: str) -> None:
        self.settings.presentation_screen = name
        self.window_state.persist()
        if self.presentation is not None:
            self.presentation.present(self.presentation_screen())  # move it there now

    def _presentation_closed(self) -> None:
        self.presentation = None
        self.window.activateWindow()
        if self.assessment is not None and self.window.assessment_page.current_view() == "workshop":
            self.assessment.panel.setFocus()

    def _question_shown(self, question_id: str) -> None:
        self.settings.last_question_id = question_id
        self._update_title()

    def _update_title(self, *_args) -> None:
        if self.assessment is not None and self.window.pages.currentWidget() is self.window.assessment_page:
            self.window.setWindowTitle(self.assessment.title())

    # -- files -------------------------------------------------------------------------------------
    def _data_safety(self, name: str) -> None:
        from . import data_safety

        assessment_id = self._current_or_selected()
        if assessment_id is None:
            self.status(self.tr("Select an assessment first"))
            return
        path = getattr(data_safety, name)(self.window, self.workspace, assessment_id)
        if path:
            self.status(self.tr("Saved {path}").format(path=path))

    def export_report(self) -> None:
        if self.assessment is None:
            return
        self.assessment.view.flush()
        try:
            # Imported here: the export dialog pulls in reportlab, which the app must not pay for at start-up.
            from .export_dialog import open_export_dialog
        except ImportError as exc:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Export unavailable"),
                                self.tr("The report export is not available: {error}").format(error=exc))
            return
        session = self.assessment.session
        from ..app.report_inputs import report_inputs  # the report's inputs: on the first export

        inputs = report_inputs(self.workspace, session.id, assessment=session.assessment)
        for sentence in inputs.left_out:
            self.status(sentence[0].upper() + sentence[1:])
        open_export_dialog(self.window, inputs.assessment, inputs.score, extras=inputs.extras())

    # -- actions and closing -----------------------------------------------------------------------
    def _update_actions(self, *_args) -> None:
        open_ = self.assessment is not None
        # Keys that act on the question on screen only work while the assessment page is on screen.
        here = open_ and self.window.pages.currentWidget() is self.window.assessment_page
        # "All changes saved" speaks about the assessment being edited: elsewhere (start, compare, portfolio)
        # nothing is edited, so it would only be noise.
        self.window.saved_label.setVisible(here)
        if not self.window.menus_built:
            return  # set as they are built (_connect_actions)
        from .navigator_filters import FILTERS

        a = self.window.actions
        for key in ("export", "show_question", "show_dashboard", "presentation"):
            a[key].setEnabled(open_)
        for key in ("find", "next", "previous", "focus_sides", *(f"filter_{mode}" for mode in FILTERS)):
            a[key].setEnabled(here)
        workshop = open_ and self.assessment.round is not None
        a["show_workshop"].setEnabled(workshop)
        a["show_workshop"].setVisible(workshop)
        stack = self.assessment.session.undo_stack if here else None
        a["undo"].setEnabled(bool(stack and stack.canUndo()))
        a["redo"].setEnabled(bool(stack and stack.canRedo()))
        a["undo"].setText(self.tr("&Undo {step}").format(step=stack.undoText()) if stack and stack.canUndo()
                          else translate("MainWindow", "&Undo"))
        a["redo"].setText(self.tr("&Redo {step}").format(step=stack.redoText()) if stack and stack.canRedo()
                          else translate("MainWindow", "&Redo"))
        mode = self.window.assessment_page.filter.currentData() if open_ else "all"
        for key in FILTERS:
            a[f"filter_{key}"].setChecked(key == mode)

    def on_close(self) -> None:
        if self.presentation is not None:
            self.presentation.close()
        if self.assessment is not None:
            self.assessment.view.flush()
        self.window_state.on_close()


def _show_about(window) -> None:
    from .about_dialog import show_about  # reads the installed versions: not on the way to the first window

    show_about(window)
