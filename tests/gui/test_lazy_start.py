"""The first window is the start page: what only an open assessment or an export needs is built or imported later."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import Qt

from as_installed import probe
from gui_helpers import when_modal


def test_the_assessment_page_is_built_when_an_assessment_is_first_opened(make_app, assessment_id, qtbot):
    window, controller = make_app()
    assert window._assessment_page is None
    table = window.start_page.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window._assessment_page)
    page = window.assessment_page
    # The filter drives the Go menu's checked entry once the page exists, as it did when it was built at launch.
    page.filter.setCurrentIndex(page.filter.findData("gaps"))
    assert window.actions["filter_gaps"].isChecked()


def test_the_start_path_imports_neither_reportlab_nor_the_assessment_page():
    code = (
        "import sys\n"
        "from maturity_app.ui import launch, app_controller, main_window, start_controller, data_safety\n"
        "import maturity_app.app.workspace, maturity_app.app.start_rows\n"
        "heavy = ['reportlab', 'maturity_app.ui.assessment_page', 'maturity_app.ui.assessment_controller',\n"
        "         'maturity_app.storage.portable', 'yaml', 'maturity_app.domain.schema', 'sqlite_utils.cli']\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []


def test_launching_the_desktop_app_shows_the_window_before_pydantic_sqlite_utils_yaml_or_reportlab(tmp_path,
                                                                                                   mini_pack):
    # A real launch through the command the desktop entry runs, on a database with an assessment in it; the
    # modules loaded by the time the event loop starts are what the first frame had to wait for.
    from maturity_app.app.assessments import create_assessment
    from maturity_app.app.workspace import Workspace

    path = tmp_path / "a.db"
    ws = Workspace.open(path)
    create_assessment(ws, mini_pack, "Acme Bank")  # its headline stored with it, as the app does
    ws.close()
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def look(*_):\n"
        "    [window] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]\n"
        "    heavy = ['pydantic', 'sqlite_utils', 'yaml', 'reportlab', 'maturity_app.storage.portable',\n"
        "             'maturity_app.domain.schema', 'maturity_app.ui.assessment_page']\n"
        "    table = window.start_page.table\n"
        "    print(table.model().index(0, 0).data())\n"
        "    print(' '.join(m for m in heavy if m in sys.modules) or '-')\n"
        "    return 0\n"
        "QApplication.exec = look\n"
        "from maturity_app import cli\n"
        "sys.exit(cli.main(['--db', sys.argv[1]]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATURITY_APP_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    shown, loaded = done.stdout.split("\n")[:2]
    assert shown == "Acme Bank" and loaded == "-"


FIRST_FRAME_PROBE = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

seen = {}


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "modules" not in seen:
            # First: whether PySide has built Qt's namespace of enums (asking about any Qt value below would).
            seen["qt_namespace"] = "Qt" in vars(sys.modules["PySide6.QtCore"])
            [window] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            model = window.start_page.table.model()
            header = window.start_page.table.horizontalHeader()
            seen["sort_arrow"] = [header.isSortIndicatorShown(), header.sortIndicatorSection(),
                                  header.sortIndicatorOrder().value]
            seen["header_titles"] = [header.model().headerData(c, header.orientation()) for c in range(6)]
            seen["modules"] = sorted(sys.modules)
            seen["classes"] = sorted(name for module in ("QtCore", "QtGui", "QtWidgets")
                                     for name in vars(sys.modules["PySide6." + module]))
            seen["rows"] = model.rowCount()
            seen["all_read"] = model.has_all_rows()
            seen["first"] = model.index(0, 0).data()
            seen["backup_started"] = QApplication.instance().session_backup.future is not None
            seen["keys"] = keys(window)
            seen["menu_titles"] = [a.text() for a in window.menuBar().actions()]  # (after "classes": QAction)
            seen["menu_items"] = sum(len(a.menu().actions()) for a in window.menuBar().actions())
        return False


def keys(window):  # every key sequence the window answers, whatever menu (if any) shows it
    from PySide6.QtWidgets import QWidget  # (window.actions is the window's own table of them by name)

    return sorted(sequence.toString() for action in QWidget.actions(window) for sequence in action.shortcuts())


def run(*_args):
    app = QApplication.instance()
    app.installEventFilter(FirstPaint(app))
    deadline = time.monotonic() + 30
    while "modules" not in seen and time.monotonic() < deadline:
        app.processEvents()
    from maturity_app.ui.single_instance import channel_name

    [window] = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    model = window.start_page.table.model()
    socket = Path(channel_name(Path(sys.argv[1])))
    while time.monotonic() < deadline and not (model.has_all_rows() and socket.exists()):
        app.processEvents()  # what waits for the first frame runs once it is on screen
    assert app.session_backup.wait(30)
    seen.update(after_all_read=model.has_all_rows(), listening=socket.exists(),
                names=[model.index(r, 0).data() for r in range(model.rowCount())],
                assessment_page_built=window._assessment_page is not None, icon=not app.windowIcon().isNull(),
                keys_later=keys(window), menus_built=window.menus_built)
    print(json.dumps(seen))
    return 0


QApplication.exec = run
from maturity_app import cli
sys.exit(cli.main(["--db", sys.argv[1]]))
"""


def test_the_first_frame_shows_the_newest_rows_and_waits_for_nothing_it_does_not_show(tmp_path, mini_pack):
    # A real launch through the command the desktop entry runs, on an archive longer than a screen.
    from maturity_app.app.assessments import create_assessment
    from maturity_app.app.workspace import Workspace

    path = tmp_path / "archive.db"
    ws = Workspace.open(path)
    for n in range(60):
        create_assessment(ws, mini_pack, f"Org {n:02d}")
    ws.close()
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATURITY_APP_DATA_DIR": str(tmp_path / "data"),
           "XDG_RUNTIME_DIR": str(runtime)}
    done = subprocess.run([sys.executable, "-c", FIRST_FRAME_PROBE, str(path)], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    # The first frame: the real list (its count, its newest row first), read only as far as a screen shows.
    assert seen["rows"] == 60 and seen["first"] == "Org 59" and not seen["all_read"]
    # ...without what only comes later: the backup, the channel for second launches, the error log, the
    # settings dialog, the navigator and its markers, the assessment page.
    assert not seen["backup_started"]
    late = {"PySide6.QtNetwork", "maturity_app.storage.error_log", "logging.handlers", "maturity_app.ui.settings_dialog",
            "maturity_app.ui.navigator_model", "maturity_app.ui.markers", "maturity_app.ui.assessment_page",
            "importlib.resources", "_strptime", "maturity_app.ui.error_dialog", "maturity_app.storage.backups",
            "maturity_app.ui.cycle_controller", "maturity_app.ui.navigator_filters", "maturity_app.ui.marker_names"}
    assert late.isdisjoint(seen["modules"]), late.intersection(seen["modules"])
    # ...the thread pool (its work waits for the frame), the escalation rules (only an answer checks them), and the
    # Qt classes no part of the first frame uses: PySide builds a class, with all its enums, when it is first named.
    assert {"concurrent.futures", "maturity_app.domain.escalation"}.isdisjoint(seen["modules"])
    unused = {"QMessageBox", "QFileDialog", "QInputDialog", "QDialog", "QLineEdit", "QPlainTextEdit", "QTextCursor",
              "QStandardPaths", "QIcon", "QStandardItem", "QItemSelectionModel", "QActionGroup", "QMetaMethod",
              "QAction", "QKeySequence"}
    assert unused.isdisjoint(seen["classes"]), unused.intersection(seen["classes"])
    # Just after it: every row read (same order), the backup taken, second launches served; no assessment page.
    assert seen["after_all_read"] and seen["names"] == [f"Org {n:02d}" for n in range(59, -1, -1)]
    assert seen["listening"] and not seen["assessment_page_built"] and seen["icon"]
    # The first frame built no part of Qt's namespace of enums (PySide builds all ~90 classes at once), yet shows
    # the sort arrow on the last change, newest first, and the titles in the header.
    assert seen["qt_namespace"] is False
    assert seen["sort_arrow"] == [True, 3, 1]  # UPDATED, Qt.DescendingOrder
    assert seen["header_titles"] == ["Organisation / vendor", "Questionnaire", "Mode", "Last change", "Progress",
                                     "Headline gap"]
    # The menu bar's titles are in the first frame; what the menus hold (their actions and shortcuts) is built
    # just after it, without anyone opening a menu (tests/gui/test_menus_after_first_frame.py: on demand sooner).
    assert seen["menu_titles"] == ["&File", "&Edit", "&Go", "&View", "&Help"]
    assert seen["menu_items"] == 0 and seen["keys"] == []
    assert seen["menus_built"]
    essential = {"Ctrl+N", "Ctrl+Shift+H", "Ctrl+E", "Ctrl+Right", "Ctrl+Z", "F1", "F11", "Ctrl+Shift+F"}
    assert essential <= set(seen["keys_later"])
    assert list((tmp_path / "data" / "backups").glob("archive-*.db"))


def test_the_list_columns_fit_the_viewport_again_when_a_scroll_bar_takes_room(make_app, store, mini_pack, qtbot):
    from maturity_app.ui.assessment_list_model import SUBJECT

    store.create(mini_pack, "Acme Bank")
    window, controller = make_app()
    window.resize(900, 850)  # narrow: the other columns give way so that the name keeps a quarter
    table = window.start_page.table
    header = table.horizontalHeader()

    def name_keeps_its_share():
        viewport = table.viewport().width()
        return header.width() == viewport and header.sectionSize(SUBJECT) >= viewport // 4

    qtbot.waitUntil(name_keeps_its_share)
    assert not table.verticalScrollBar().isVisible()
    wide = table.viewport().width()
    for n in range(60):
        store.create(mini_pack, f"Org {n:02d}")
    controller.start.refresh()
    # The scroll bar takes room from the viewport, not from the table: the columns are fitted again to what is left.
    qtbot.waitUntil(lambda: table.verticalScrollBar().isVisible() and table.viewport().width() < wide)
    qtbot.waitUntil(name_keeps_its_share)


def test_a_start_page_with_assessments_builds_the_getting_started_panel_only_once_the_list_is_empty(
        make_app, store, mini_pack, qtbot):
    info = store.create(mini_pack, "Acme Bank")
    window, controller = make_app()
    start = window.start_page
    assert start._empty is None and start.table.isVisible()
    assert all(button.autoDefault() for button in start.buttons())  # Enter presses the focused button
    store.delete(info)
    controller.start.refresh()
    assert start.empty.isVisible() and not start.table.isVisible()
    assert start.empty.new_button.autoDefault() and start.empty.sample_button.autoDefault()
    assert window.focusWidget() is start.empty.new_button
    asked = []
    when_modal(lambda dialog: (asked.append(type(dialog).__name__), dialog.reject()))
    qtbot.keyClick(start.empty.new_button, Qt.Key_Return)
    assert asked == ["NewAssessmentDialog"]


MODULE_ORDER_PROBE = r"""
import sys
from as_installed import run_command

sys.exit(run_command(["--db", sys.argv[1]], lambda *a: print(" ".join(sys.modules)) or 0))
"""


def test_the_launch_imports_its_modules_without_qt_before_pyside(tmp_path, mini_pack):
    # Once PySide6 is imported, its import hook reads the source file of every module imported after it: the
    # launch imports the app's modules that do not use Qt before it, so only those that do are read again.
    import importlib
    from pathlib import Path

    from maturity_app.app.assessments import create_assessment
    from maturity_app.app.workspace import Workspace

    path = tmp_path / "a.db"
    ws = Workspace.open(path)
    create_assessment(ws, mini_pack, "Acme Bank")
    ws.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MATURITY_APP_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", probe(MODULE_ORDER_PROBE), str(path)], capture_output=True, text=True,
                          env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    names = done.stdout.split()
    after_qt = names[names.index("PySide6"):]
    app_modules = [name for name in after_qt if name.startswith("maturity_app.")]
    assert "maturity_app.ui.start_page" in app_modules  # the probe saw the start path
    read_again = [name for name in app_modules
                  if "PySide6" not in Path(importlib.import_module(name).__file__).read_text(encoding="utf-8")]
    assert read_again == []


def test_the_cycle_pages_controller_is_made_when_first_needed_and_the_start_buttons_reach_it(make_app, store,
                                                                                             mini_pack, qtbot):
    # Re-assess, compare and the portfolio have their controller made on first use, not for the first frame; the
    # start page's buttons and the menus' actions (connected just after that frame) still reach it.
    store.create(mini_pack, "Acme Bank")
    window, controller = make_app()
    assert controller._cycle_pages is None and window.menus_built
    qtbot.mouseClick(window.start_page.portfolio_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is controller.portfolio_page)
    made = controller.cycle_pages
    assert made is controller._cycle_pages and made.parent() is controller
    window.actions["home"].trigger()
    assert window.pages.currentWidget() is window.start_page
    window.actions["portfolio"].trigger()  # the same controller, not a second one
    assert controller.cycle_pages is made and window.pages.currentWidget() is controller.portfolio_page
