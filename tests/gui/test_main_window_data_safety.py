"""Data safety from the main window's File menu and at launch: export/import an assessment file, export CSV,
install a questionnaire pack, the session-start backup and restoring a damaged database. Every dialog is
answered by the test; results are checked on disk and on screen."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gui_helpers import FIXTURES, when_modal
from maturity_app.domain.assessment import Answer
from maturity_app.storage.backups import backup_on_session_start, list_backups
from maturity_app.storage.database import open_database
from maturity_app.storage.locations import user_packs_dir
from maturity_app.storage.portable import export_assessment
from maturity_app.storage.store import AssessmentStore
from maturity_app.ui.main_window import MainWindow

Yes = QMessageBox.StandardButton.Yes


class Answers:
    """The user: file dialogs return queued paths; questions are answered Yes; every message is recorded."""

    def __init__(self, monkeypatch):
        self.files: list[str] = []
        self.shown: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._file)
        monkeypatch.setattr(QMessageBox, "question", self._message("question", Yes))
        for kind in ("warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._message(kind, QMessageBox.StandardButton.Ok))

    def _file(self, *args, **kwargs):
        return (self.files.pop(0) if self.files else "", "")

    def _message(self, kind, answer):
        def show(parent, title, text, *args):
            self.shown.append((kind, text))
            return answer

        return show


@pytest.fixture
def user(monkeypatch):
    return Answers(monkeypatch)


@pytest.fixture
def filled(store, assessment_id):
    store.save_answer(assessment_id, Answer("rec-restore", 3, 1, owner="Dana"))
    return assessment_id


def _file_menu_has(window, key):
    file_menu = window.menuBar().actions()[0].menu()
    return window.actions[key] in file_menu.actions()


def test_file_export_assessment_writes_the_portable_file(opened, user, filled, tmp_path):
    window, controller = opened
    assert _file_menu_has(window, "export_file")
    user.files.append(str(tmp_path / "acme"))
    window.actions["export_file"].trigger()
    written = tmp_path / "acme.maturity"
    assert written.is_file()
    assert "Acme Bank" in written.read_text(encoding="utf-8") and "Dana" in written.read_text(encoding="utf-8")
    assert str(written) in window.statusBar().currentMessage()
    assert user.shown == []


def test_file_export_csv_from_the_start_page_selection(make_app, user, filled, tmp_path):
    window, controller = make_app()
    window.start_page.select_id(filled)
    assert _file_menu_has(window, "export_csv")
    user.files.append(str(tmp_path / "answers"))
    window.actions["export_csv"].trigger()
    text = (tmp_path / "answers.csv").read_text(encoding="utf-8-sig")
    assert "rec-restore" in text and "Dana" in text


def test_file_import_adds_the_assessment_and_selects_it(make_app, user, mini_pack, tmp_path):
    other = AssessmentStore(open_database(tmp_path / "colleague.db"))
    aid = other.create(mini_pack, "Globex Vendor Review")
    other.save_answer(aid, Answer("rec-restore", compliance=3, capability=1, owner="Ana"))
    export_assessment(other.db, aid, tmp_path / "globex.maturity.json")
    other.db.close()
    window, controller = make_app()
    assert _file_menu_has(window, "import_file")
    user.files.append(str(tmp_path / "globex.maturity.json"))
    window.actions["import_file"].trigger()
    [info] = controller.workspace.assessments.list()
    assert info.organisation == "Globex Vendor Review"
    assert controller.workspace.assessments.load(info.id).answers["rec-restore"].owner == "Ana"
    assert window.start_page.selected_id() == info.id
    assert "Globex Vendor Review" in window.statusBar().currentMessage()


def test_file_install_pack_makes_it_available_for_new_assessments(make_app, user, tmp_path, qtbot):
    window, controller = make_app()
    source = tmp_path / "team.yaml"
    source.write_text((FIXTURES / "mini.yaml").read_text().replace("id: mini", "id: team-pack", 1))
    assert _file_menu_has(window, "install_pack")
    user.files.append(str(source))
    window.actions["install_pack"].trigger()
    assert (user_packs_dir() / "team-pack.yaml").read_text() == source.read_text()
    assert user.shown and user.shown[-1][0] == "information"
    qtbot.waitUntil(lambda: controller._library_future.done(), timeout=10_000)
    offered = {}

    def look(dialog):
        offered["packs"] = [dialog.pack.itemData(i) for i in range(dialog.pack.count())]
        dialog.reject()

    when_modal(look)
    window.actions["new"].trigger()
    assert "team-pack" in offered["packs"]


# -- launch ----------------------------------------------------------------------------------------
@pytest.fixture
def launched(monkeypatch, qapp):
    """Run launch() with the event loop replaced by a look at the window it shows; clean up after."""
    seen = {}

    def fake_exec(*_args):
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        table = window.start_page.table
        seen["rows"] = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)

    def run(path):
        from maturity_app.ui.launch import launch

        seen["code"] = launch(path)
        for child in qapp.findChildren(QObject):
            if type(child).__name__ == "FileOpenFilter":
                qapp.removeEventFilter(child)
                child.deleteLater()
        return seen

    return run


def test_launch_takes_the_session_start_backup(launched, db_path, store, filled, user, qapp):
    store.db.close()
    assert list_backups(db_path) == []
    seen = launched(db_path)
    assert seen["code"] == 0 and seen["rows"] == ["Acme Bank"]
    assert qapp.session_backup.wait(10)  # taken off the UI thread, after the window was shown
    [backup] = list_backups(db_path)
    copy = AssessmentStore(open_database(backup.path))
    assert copy.load(filled).answers["rec-restore"].owner == "Dana"
    copy.db.close()
    assert user.shown == []


def test_launch_backup_runs_off_the_ui_thread_and_a_failure_is_shown(launched, db_path, store, filled, user, qapp,
                                                                       qtbot, monkeypatch):
    import threading

    from maturity_app.storage import backups
    from maturity_app.storage.database import StorageError

    ran_on = []

    def failing_backup(path, keep=10):
        ran_on.append(threading.current_thread())
        raise StorageError("the disk is full")

    monkeypatch.setattr("maturity_app.ui.data_safety.backup_on_session_start", failing_backup)
    store.db.close()
    seen = launched(db_path)
    assert seen["code"] == 0 and seen["rows"] == ["Acme Bank"]  # the window opened without waiting for it
    qtbot.waitUntil(lambda: bool(user.shown), timeout=10_000)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert user.shown == [("warning", "The automatic backup could not be written.\n\nthe disk is full")]
    assert backups.list_backups(db_path) == []


def test_launch_on_a_damaged_database_restores_the_backup_when_agreed(launched, db_path, store, filled, user):
    backup_on_session_start(db_path)
    store.db.close()
    with open(db_path, "r+b") as f:
        f.truncate(4096)
    seen = launched(db_path)
    assert seen["code"] == 0 and seen["rows"] == ["Acme Bank"]  # the window opened on the restored data
    kinds = [k for k, _ in user.shown]
    assert kinds == ["question", "information"]
    assert "Restore the newest good backup" in user.shown[0][1]
    [kept] = list(db_path.parent.glob("test.db.damaged-*"))
    assert str(kept) in user.shown[1][1]
