"""GUI fixtures: a real main window on a temporary database, with the mini pack installed as a user pack."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def packs_dir(isolated_data_dir):
    folder = isolated_data_dir / "packs"
    folder.mkdir(parents=True)
    shutil.copy(FIXTURES / "mini.yaml", folder / "mini.yaml")
    return folder


@pytest.fixture
def make_app(qtbot, qapp, packs_dir, db_path):
    """Build the real window and controller (as launch() does), show it and make it the active window."""
    built = []

    def make(restore: bool = False):
        from maturity_app.ui.launch import build_app

        window, controller = build_app(db_path, qapp, today=TODAY)
        qtbot.addWidget(window)
        window.resize(1300, 850)
        if restore:
            controller.restore()
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        built.append(controller)
        return window, controller

    yield make
    for controller in built:
        controller.store.db.close()


@pytest.fixture
def assessment_id(store, mini_pack, packs_dir):
    return store.create(mini_pack, "Acme Bank", scope="Group", assessor="Dana", escalation_budget=2)


@pytest.fixture
def opened(make_app, assessment_id):
    window, controller = make_app()
    controller.open_assessment(assessment_id)
    return window, controller


def when_modal(handler, attempts: int = 200):
    """Run *handler(dialog)* as soon as a modal dialog is open (a modal left open would hang the test)."""

    def poll(left=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is None and left:
            QTimer.singleShot(10, lambda: poll(left - 1))
            return
        handler(dialog)

    QTimer.singleShot(0, poll)


def export_report_text(window, qtbot, target) -> str:
    """Export the board report through File → Export (the real dialog and worker) and return the PDF's text."""
    import subprocess

    from PySide6.QtCore import Qt

    def export(dialog):
        dialog.target_edit.setText(str(target))
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
        dialog.accept()

    when_modal(export)
    window.actions["export"].trigger()
    return subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
