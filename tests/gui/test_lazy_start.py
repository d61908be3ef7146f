"""The first window is the start page: what only an open assessment or an export needs is built or imported later."""

from __future__ import annotations

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
