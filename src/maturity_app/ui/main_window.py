"""The main window: menus and shortcuts, the start and assessment pages, the saved indicator. Layout only.

The first frame shows the menu bar's titles; what the menus hold (48 actions with their shortcuts, tips and checks)
is built just after that frame, or at once when anything needs it sooner: a menu opened, a key pressed, the
``actions`` table read. QAction and QKeySequence (whose StandardKey alone has some 70 members) are classes PySide
builds, with all their enums, when first named: the first frame does without them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget

from .first_frame import after_first_frame, frame_painted
from .page_keys import enter_presses_buttons
from .appearance import TEXT_SIZES, THEMES
from .start_page import StartPage
from .language import translate
from .screens import screen_of

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeyEvent
    from PySide6.QtWidgets import QMenu


FILTER_KEYS = {"all": "Ctrl+Shift+A", "unanswered": "Ctrl+Shift+U", "gaps": "Ctrl+Shift+G"}


class MainWindow(QMainWindow):
    closing = Signal()
    announces_frames = True  # paintEvent tells first_frame, which then needs no filter on the window's events

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Maturity")  # the product name, the same in every language
        self.setObjectName("mainWindow")
        self._fit_to_screen(1360, 880)
        # Each widget is made where it stays: with a style sheet, moving a widget into another re-styles it and
        # everything in it (and a shown page is polished already: unpolished and polished again, widget by widget).
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.start_page = StartPage(self.pages)
        self._assessment_page = None
        self._assessment_page_listeners: list = []
        self.pages.addWidget(self.start_page)
        self.saved_label = QLabel(objectName="savedIndicator")
        self.saved_label.setAccessibleName(self.tr("Save status"))
        self.saved_label.setToolTip(self.tr("Every change is saved the moment you make it"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self._actions: dict[str, QAction] | None = None  # once the menus' contents are built
        self._menus_built_listeners: list[Callable[[], None]] = []
        self._menu_titles()
        after_first_frame(self, self.build_menus)  # first of the work that waits for the frame
        enter_presses_buttons(self.start_page, self.start_page.buttons())  # the assessment page: when built

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The first-run size, shrunk to the screen so a 1366x768 laptop sees the status bar (saved geometry,
        restored later, wins); room is left for the window manager's title bar."""
        screen = screen_of(self)
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height() - 40)
        self.resize(width, height)

    def _action(self, key: str, text: str, shortcut=None, tip: str = "", checkable: bool = False) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(self)  # not QAction(text, parent): PySide would build QIcon and its enums to pick that
        action.setText(text)
        # What the keyboard help calls it: the menu text as built (Undo's text later names the step to undo).
        action.setProperty("helpText", text.replace("&", "").rstrip("…"))
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            sequences: list[QKeySequence] = []
            for s in shortcuts:
                # A standard key may already be one of the listed keys (Redo is Ctrl+Shift+Z on Linux): one
                # action holding the same key twice makes Qt call it ambiguous and the key does nothing.
                # (A QKeySequence is taken as it is: copying one has PySide weigh constructors that take Qt's key
                # enums, and build the whole Qt namespace for it: see lazy_qt.)
                for sequence in (QKeySequence.keyBindings(s) if isinstance(s, QKeySequence.StandardKey)
                                 else [s] if isinstance(s, QKeySequence) else [QKeySequence(s)]):
                    if not sequence.isEmpty() and sequence not in sequences:
                        sequences.append(sequence)
            action.setShortcuts(sequences)
        action.setStatusTip(tip or text.rstrip("…"))
        action.setToolTip(tip or text.rstrip("…"))
        action.setCheckable(checkable)
        self._actions[key] = action
        self.addAction(action)  # shortcuts work even while the menu bar is hidden (full screen)
        return action

    def _menu_titles(self) -> None:
        """The menu bar as the first frame shows it: the titles, each menu empty until its contents are built."""
        bar = self.menuBar()
        self._menus: dict[str, QMenu] = {
            "file": bar.addMenu(self.tr("&File")), "edit": bar.addMenu(self.tr("&Edit")),
            "go": bar.addMenu(self.tr("&Go")), "view": bar.addMenu(self.tr("&View")),
            "help": bar.addMenu(self.tr("&Help"))}
        for menu in self._menus.values():
            menu.aboutToShow.connect(self.build_menus)  # opened (a click, Alt+F, F10) before they were built

    @property
    def menus_built(self) -> bool:
        return self._actions is not None

    @property
    def actions(self) -> dict[str, QAction]:
        """The menus' actions by name, built now if they are not yet.

        (It hides QWidget.actions(), the window's list of them: ``QWidget.actions(window)`` still reads that.)"""
        if self._actions is None:
            self.build_menus()
        return self._actions

    @property
    def presentation_screen_menu(self) -> QMenu:
        """View -> Presentation screen, filled by the controller each time it opens."""
        if self._actions is None:
            self.build_menus()
        return self._presentation_screen_menu

    def when_menus_built(self, listener: Callable[[], None]) -> None:
        """Call *listener()* once the menus' actions exist (now, if they already do): where they are connected."""
        if self._actions is not None:
            listener()
        else:
            self._menus_built_listeners.append(listener)

    def build_menus(self) -> None:
        """The menus' contents, once: just after the first frame, or sooner when something needs them."""
        if self._actions is not None:
            return
        self._actions = {}
        self._fill_menus()
        self._group_choices()
        listeners, self._menus_built_listeners = self._menus_built_listeners, []
        for listener in listeners:
            listener()

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        from .navigator_filters import FILTERS, filter_label  # (and the markers' names): not for the first frame

        file = self._menus["file"]
        file.addAction(self._action("new", self.tr("&New assessment…"), QKeySequence.New, self.tr("Start a new assessment")))
        file.addAction(self._action("home", self.tr("&Start page"), "Ctrl+Shift+H", self.tr("Back to the list of assessments")))
        file.addAction(self._action("reassess", self.tr("&Re-assess…"), "Ctrl+Shift+R",
                                    self.tr("Start the next cycle of this assessment; owners and actions carry over")))
        file.addAction(self._action("install_pack", self.tr("&Install questionnaire pack…"),
                                    tip=self.tr("Add a questionnaire pack (YAML) for new assessments")))
        file.addSeparator()
        file.addAction(self._action("export", self.tr("&Export board report…"), "Ctrl+E", self.tr("Write the PDF report for the board")))
        file.addAction(self._action("export_file", self.tr("Export assessment &file…"),
                                    tip=self.tr("Save the assessment as a portable file to move or archive it")))
        file.addAction(self._action("export_csv", self.tr("Export answers as &CSV…"), tip=self.tr("Answers as a spreadsheet")))
        file.addAction(self._action("import_file", self.tr("I&mport assessment file…"),
                                    tip=self.tr("Add an assessment from a portable file")))
        file.addSeparator()
        file.addAction(self._action("settings", self.tr("Se&ttings…"), [QKeySequence.Preferences, "Ctrl+,"],
                                    self.tr("Language, theme, font size, default budget, data location")))
        file.addSeparator()
        file.addAction(self._action("quit", self.tr("&Quit"), QKeySequence.Quit, self.tr("Close Maturity (everything is saved)")))

        edit = self._menus["edit"]
        edit.addAction(self._action("undo", self.tr("&Undo"), QKeySequence.Undo, self.tr("Undo the last change to the assessment")))
        edit.addAction(self._action("redo", self.tr("&Redo"), [QKeySequence("Ctrl+Shift+Z"), QKeySequence.Redo],
                                    self.tr("Redo the change you undid")))
        edit.addSeparator()
        edit.addAction(self._action("find", self.tr("&Find question…"), QKeySequence.Find, self.tr("Jump to a question by typing")))

        go = self._menus["go"]
        go.addAction(self._action("next", self.tr("&Next question"), "Ctrl+Right", self.tr("Next question")))
        go.addAction(self._action("previous", self.tr("&Previous question"), "Ctrl+Left", self.tr("Previous question")))
        go.addAction(self._action("focus_sides", self.tr("&Rate this question"), "Ctrl+R",
                                  self.tr("Put the keyboard back on the rating sides (0–4, N) from any field")))
        go.addSeparator()
        go.addAction(self._action("show_question", self.tr("&Question"), "Ctrl+1", self.tr("Answer questions")))
        go.addAction(self._action("show_dashboard", self.tr("&Dashboard"), "Ctrl+2", self.tr("Paper against practice")))
        go.addAction(self._action("compare", self.tr("&Compare with previous"), "Ctrl+3",
                                  self.tr("What changed since the previous assessment of this subject")))
        go.addAction(self._action("show_workshop", self.tr("&Workshop"), "Ctrl+4",
                                  self.tr("The workshop rating round (workshop assessments)")))
        go.addAction(self._action("portfolio", self.tr("Vendor p&ortfolio"), "Ctrl+Shift+P",
                                  self.tr("Key vendors side by side: trusted on proof, or on claims?")))
        go.addSeparator()
        show = go.addMenu(self.tr("&Show in the navigator"))
        for mode in FILTERS:  # one entry per filter, so a new marker's filter is here too
            text = filter_label(mode)
            show.addAction(self._action(f"filter_{mode}", text, FILTER_KEYS.get(mode), self.tr("Show: {filter}").format(filter=text),
                                        checkable=True))

        view = self._menus["view"]
        # F11 belongs to presentation mode (what a facilitator reaches for); macOS keeps F11 for Show Desktop, so
        # Ctrl+Shift+Return (Cmd+Shift+Return there, as in presentation apps) starts it on every system too.
        view.addAction(self._action("presentation", self.tr("&Presentation mode"), ["F11", "Ctrl+Shift+Return"],
                                    self.tr("One question at a time, full screen, large type for a projector")))
        # Full screen: Ctrl+Shift+F, and on macOS also the system's own Ctrl+Cmd+F ("Meta" is Ctrl there).
        view.addAction(self._action("full_screen", self.tr("&Full screen"),
                                    ["Ctrl+Shift+F", "Meta+Ctrl+F"] if sys.platform == "darwin" else "Ctrl+Shift+F",
                                    checkable=True))
        # Filled by the controller each time it opens: screens come and go (a projector plugged in late).
        self._presentation_screen_menu = view.addMenu(self.tr("Presentation &screen"))
        self._presentation_screen_menu.setToolTipsVisible(True)
        view.addSeparator()
        text_size = view.addMenu(self.tr("&Text size"))
        text_size.addAction(self._action("text_larger", self.tr("&Larger text"), [QKeySequence.ZoomIn, "Ctrl+="]))
        text_size.addAction(self._action("text_smaller", self.tr("&Smaller text"), [QKeySequence.ZoomOut]))
        text_size.addAction(self._action("text_reset", self.tr("&Normal text size"), "Ctrl+0", self.tr("Text at {percent} %").format(percent=100)))
        text_size.addSeparator()
        for scale in TEXT_SIZES:
            percent = round(scale * 100)
            text_size.addAction(self._action(f"text_{percent}", f"{percent} %", checkable=True,
                                             tip=self.tr("Text at {percent} %").format(percent=percent)))
        theme = view.addMenu(self.tr("T&heme"))
        for key, text in THEMES.items():
            text = translate("Appearance", text)
            theme.addAction(self._action(f"theme_{key}", text, checkable=True,
                                         tip=self.tr("Theme: {theme}").format(theme=text)))

        help_menu = self._menus["help"]
        help_menu.addAction(self._action("keys", self.tr("&Keyboard shortcuts"), "F1", self.tr("The keys that make one sitting fast")))
        help_menu.addAction(self._action("about", self.tr("&About Maturity"), tip=self.tr("Versions of the app, Qt and Python")))

    def _group_choices(self) -> None:
        """One choice of each (shown as such, with round marks)."""
        from PySide6.QtGui import QActionGroup

        for keys in ([f"text_{round(scale * 100)}" for scale in TEXT_SIZES], [f"theme_{key}" for key in THEMES]):
            group = QActionGroup(self)
            for key in keys:
                group.addAction(self._actions[key])

    @property
    def assessment_page(self):
        """Built the first time it is needed: a launch that stays on the start page never pays for it."""
        if self._assessment_page is None:
            from .assessment_page import AssessmentPage

            self._assessment_page = AssessmentPage()
            enter_presses_buttons(self._assessment_page)
            self.pages.addWidget(self._assessment_page)
            for listener in self._assessment_page_listeners:
                listener(self._assessment_page)
        return self._assessment_page

    def when_assessment_page_built(self, listener) -> None:
        """Call *listener(page)* once the assessment page exists (now, if it already does)."""
        if self._assessment_page is not None:
            listener(self._assessment_page)
        else:
            self._assessment_page_listeners.append(listener)

    def add_page(self, page) -> None:
        """Pages built by the controller (they need the store) join the stack here."""
        enter_presses_buttons(page)
        self.pages.addWidget(page)

    def show_saved(self, text: str) -> None:
        self.saved_label.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if self._actions is None:
            # A key the page did not take, pressed before the menus were built (between the first frame and the
            # work queued behind it): no shortcut existed to catch it, so it is matched here, as Qt would have.
            self.build_menus()
            action = self._shortcut_for(event)
            if action is not None:
                event.accept()
                action.trigger()
                return
        super().keyPressEvent(event)

    def _shortcut_for(self, event: QKeyEvent) -> QAction | None:
        from PySide6.QtGui import QKeySequence

        pressed = QKeySequence(event.keyCombination())
        return next((action for action in self._actions.values()
                     if action.isEnabled() and pressed in action.shortcuts()), None)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        frame_painted(self)

    def closeEvent(self, event) -> None:
        # Nothing to ask: every change is already saved; the controller stores window state here.
        self.closing.emit()
        super().closeEvent(event)
