"""An exported assessment double-clicked on the desktop is offered for import (argument or macOS open event)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QMessageBox

from maturity_app.domain.assessment import Answer
from maturity_app.storage.portable import export_assessment
from maturity_app.ui.launch import _open_files_from_the_desktop


def _exported_file(tmp_path, mini_pack):
    from maturity_app.storage.database import open_database
    from maturity_app.storage.store import AssessmentStore

    other = AssessmentStore(open_database(tmp_path / "colleague.db"))
    aid = other.create(mini_pack, "Globex Vendor Review")
    other.save_answer(aid, Answer("rec-restore", compliance=3, capability=1, owner="Ana"))
    path = tmp_path / "globex.maturity.json"
    export_assessment(other.db, aid, path)
    other.db.close()
    return path


def test_opened_file_is_imported_after_the_user_agrees(make_app, monkeypatch, tmp_path, mini_pack):
    window, controller = make_app()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    controller.import_opened_file(_exported_file(tmp_path, mini_pack))
    assert asked and "globex.maturity.json" in asked[0]
    imported = [i for i in controller.workspace.assessments.list() if i.organisation == "Globex Vendor Review"]
    assert len(imported) == 1
    assert controller.workspace.assessments.load(imported[0].id).answers["rec-restore"].owner == "Ana"


def test_declining_imports_nothing(make_app, monkeypatch, tmp_path, mini_pack):
    window, controller = make_app()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    controller.import_opened_file(_exported_file(tmp_path, mini_pack))
    assert controller.workspace.assessments.list() == []


def test_macos_file_open_event_offers_import(make_app, qapp, monkeypatch, tmp_path, mini_pack):
    window, controller = make_app()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    event_filter = _open_files_from_the_desktop(qapp, controller)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(_exported_file(tmp_path, mini_pack))))
        assert [i.organisation for i in controller.workspace.assessments.list()] == ["Globex Vendor Review"]
    finally:
        qapp.removeEventFilter(event_filter)
