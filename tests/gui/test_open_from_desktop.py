"""An exported assessment double-clicked on the desktop is offered for import (argument or macOS open event)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QMessageBox

from gui_helpers import exported_file
from maturity_app.ui.launch import _open_files_from_the_desktop


def test_opened_file_is_imported_after_the_user_agrees(make_app, monkeypatch, tmp_path, mini_pack):
    window, controller = make_app()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    controller.import_opened_file(exported_file(tmp_path, mini_pack))
    assert asked and "globex.maturity.json" in asked[0]
    imported = [i for i in controller.workspace.assessments.list() if i.organisation == "Globex Vendor Review"]
    assert len(imported) == 1
    assert controller.workspace.assessments.load(imported[0].id).answers["rec-restore"].owner == "Ana"


def test_declining_imports_nothing(make_app, monkeypatch, tmp_path, mini_pack):
    window, controller = make_app()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    controller.import_opened_file(exported_file(tmp_path, mini_pack))
    assert controller.workspace.assessments.list() == []


def test_macos_file_open_event_offers_import(make_app, qapp, monkeypatch, tmp_path, mini_pack):
    window, controller = make_app()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    event_filter = _open_files_from_the_desktop(qapp, controller)
    try:
        # Finder hands over the single-extension name macOS can associate.
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(exported_file(tmp_path, mini_pack, "globex.maturity"))))
        assert [i.organisation for i in controller.workspace.assessments.list()] == ["Globex Vendor Review"]
    finally:
        qapp.removeEventFilter(event_filter)
