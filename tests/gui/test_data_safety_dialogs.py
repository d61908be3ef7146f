"""Export/import dialogs and opening damaged, newer or locked databases, with every dialog answered by the test."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from maturity_app.domain.assessment import Answer
from maturity_app.storage.backups import backup_on_session_start
from maturity_app.storage.database import close_database, open_database
from maturity_app.app.workspace import Workspace
from maturity_app.storage.store import AssessmentStore
from maturity_app.storage.portable import export_assessment
from maturity_app.ui import data_safety

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class Dialogs:
    """Stands in for the user: queued answers for file dialogs and questions, a record of every message."""

    def __init__(self, monkeypatch):
        self.files: list[str] = []
        self.answers: list = []
        self.shown: list[tuple[str, str, str]] = []
        self.file_dialogs: list[tuple[str, str]] = []
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._file)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._file)
        monkeypatch.setattr(QMessageBox, "question", self._question)
        for kind in ("warning", "critical", "information"):
            monkeypatch.setattr(QMessageBox, kind, self._message(kind))

    def _file(self, parent, caption, directory="", filter=""):
        self.file_dialogs.append((caption, directory))
        return (self.files.pop(0) if self.files else "", filter)

    def _question(self, parent, title, text, *args):
        self.shown.append(("question", title, text))
        return self.answers.pop(0)

    def _message(self, kind):
        def show(parent, title, text, *args):
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    def kinds(self) -> list[str]:
        return [k for k, _, _ in self.shown]


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def filled(store, mini_pack):
    aid = store.create(mini_pack, "Acme Bank")
    store.save_answer(aid, Answer("rec-restore", 3, 1, owner="Dana"))
    return aid


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- export / import -------------------------------------------------------------------------------
def test_export_proposes_a_name_and_adds_the_extension(tmp_path, parent, store, filled, dialogs):
    dialogs.files.append(str(tmp_path / "for-the-auditor"))
    written = data_safety.export_assessment_dialog(parent, Workspace(store.db), filled)
    assert written == tmp_path / "for-the-auditor.maturity"
    assert json.loads(written.read_text())["assessment"]["organisation"] == "Acme Bank"
    caption, proposed = dialogs.file_dialogs[0]
    assert caption == "Export assessment" and proposed.endswith(".maturity") and "Acme-Bank" in proposed
    assert dialogs.shown == []


def test_export_cancelled_writes_nothing(tmp_path, parent, store, filled, dialogs):
    assert data_safety.export_assessment_dialog(parent, Workspace(store.db), filled) is None
    assert list(tmp_path.glob("*.json")) == []


def test_export_failure_is_shown(tmp_path, parent, store, filled, dialogs):
    dialogs.files.append(str(tmp_path / "missing-folder" / "x.maturity.json"))
    assert data_safety.export_assessment_dialog(parent, Workspace(store.db), filled) is None
    [(kind, title, text)] = dialogs.shown
    assert kind == "warning" and "missing-folder" in text


def test_import_adds_the_assessment(tmp_path, parent, store, filled, dialogs):
    path = tmp_path / "a.maturity.json"
    export_assessment(store.db, filled, path)
    target = AssessmentStore(open_database(tmp_path / "target.db"))
    dialogs.files.append(str(path))
    new_id = data_safety.import_assessment_dialog(parent, Workspace(target.db))
    assert target.load(new_id).answers["rec-restore"].owner == "Dana"
    assert dialogs.shown == []


def test_import_of_an_existing_assessment_asks_and_declining_writes_nothing(tmp_path, parent, store, filled, dialogs):
    path = tmp_path / "a.maturity.json"
    export_assessment(store.db, filled, path)
    dialogs.files += [str(path), str(path)]
    dialogs.answers += [No, Yes]
    assert data_safety.import_assessment_dialog(parent, Workspace(store.db)) is None
    assert len(store.list()) == 1
    kind, title, text = dialogs.shown[0]
    assert kind == "question" and "already in the database" in text
    copy_id = data_safety.import_assessment_dialog(parent, Workspace(store.db))
    assert store.info(copy_id).organisation == "Acme Bank (imported copy)"
    assert len(store.list()) == 2


def test_import_of_a_hostile_file_names_the_field_and_writes_nothing(tmp_path, parent, store, filled, dialogs):
    path = tmp_path / "a.maturity.json"
    export_assessment(store.db, filled, path)
    data = json.loads(path.read_text())
    data["tables"]["answers"][0]["evidence_note"] = "x" * 10_000_000
    path.write_text(json.dumps(data))
    target = AssessmentStore(open_database(tmp_path / "target.db"))
    dialogs.files.append(str(path))
    assert data_safety.import_assessment_dialog(parent, Workspace(target.db)) is None
    [(kind, title, text)] = dialogs.shown
    assert kind == "warning" and "Nothing was imported" in text
    assert "tables.answers[0].evidence_note" in text and "a.maturity.json" in text
    assert target.list() == []


def test_csv_export_dialog_writes_excel_friendly_csv(tmp_path, parent, store, filled, dialogs):
    dialogs.files.append(str(tmp_path / "answers"))
    written = data_safety.export_csv_dialog(parent, Workspace(store.db), filled)
    assert written == tmp_path / "answers.csv"
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")


# -- opening the database --------------------------------------------------------------------------
@pytest.fixture
def backed_up(db_path, store, filled):
    """A database with a session-start backup, then a later change that the backup does not have."""
    backup_on_session_start(db_path)
    store.create(store.load(filled).pack, "After the backup")
    store.db.close()
    return db_path


def test_healthy_database_opens_with_the_lock_held(parent, db_path, dialogs):
    db = data_safety.open_database_interactively(parent, db_path)
    assert db is not None and db.instance_lock.acquired
    close_database(db)
    assert dialogs.shown == []


def test_damaged_database_declined_restore_leaves_everything_as_it_was(parent, backed_up, dialogs):
    backed_up.write_bytes(b"this is not SQLite" * 200)
    before = _digest(backed_up)
    dialogs.answers.append(No)
    assert data_safety.open_database_interactively(parent, backed_up) is None
    [(kind, title, text)] = dialogs.shown
    assert kind == "question" and "Restore the newest good backup" in text and str(backed_up) in text
    assert _digest(backed_up) == before
    assert [p.name for p in backed_up.parent.glob("test.db.damaged-*")] == []


def test_damaged_database_restored_from_the_newest_good_backup(parent, backed_up, dialogs):
    with open(backed_up, "r+b") as f:
        f.truncate(4096)
    damaged = backed_up.read_bytes()
    dialogs.answers.append(Yes)
    db = data_safety.open_database_interactively(parent, backed_up)
    assert db is not None
    assert [i.organisation for i in AssessmentStore(db).list()] == ["Acme Bank"]
    assert AssessmentStore(db).load(1).answers["rec-restore"].owner == "Dana"
    [kept] = list(backed_up.parent.glob("test.db.damaged-*"))
    assert kept.read_bytes() == damaged  # moved aside, byte for byte
    assert dialogs.kinds() == ["question", "information"]
    assert str(kept) in dialogs.shown[1][2]
    close_database(db)


def test_damaged_database_without_backup_can_start_empty(parent, db_path, dialogs):
    db_path.write_bytes(b"\0" * 8192)
    dialogs.answers.append(Yes)
    db = data_safety.open_database_interactively(parent, db_path)
    assert AssessmentStore(db).list() == []
    assert "No good backup" in dialogs.shown[0][2]
    [kept] = list(db_path.parent.glob("test.db.damaged-*"))
    assert kept.read_bytes() == b"\0" * 8192
    close_database(db)


def test_newer_database_is_refused_and_untouched(parent, db_path, dialogs):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('maturity_app', 'm900_x', 'x')")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    assert data_safety.open_database_interactively(parent, db_path) is None
    [(kind, title, text)] = dialogs.shown
    assert kind == "critical" and "newer version" in text
    assert _digest(db_path) == before


def test_database_open_in_another_instance_is_refused(parent, db_path, dialogs):
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from maturity_app.storage.database import open_database; "
         "db = open_database(sys.argv[1], lock=True); print('ok', flush=True); sys.stdin.readline()", str(db_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        assert data_safety.open_database_interactively(parent, db_path) is None
        [(kind, title, text)] = dialogs.shown
        assert kind == "warning" and title == "Maturity is already open" and str(holder.pid) in text
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    db = data_safety.open_database_interactively(parent, db_path)
    assert db is not None
    close_database(db)
