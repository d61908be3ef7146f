"""The first window is the start page: what only an open assessment or an export needs is built or imported later."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt


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
