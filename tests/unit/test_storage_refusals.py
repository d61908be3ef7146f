"""Opening a database the app must not use is one clear sentence and leaves the file alone: a full disk (never
"damaged"), another application's SQLite file, a folder, a read-only file. A 0644 database is tightened."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3

import pytest

from maturity_app.cli import main as cli_main
from maturity_app.storage import database
from maturity_app.storage.database import (
    DamagedDatabase,
    DatabaseUnavailable,
    DiskFull,
    ForeignDatabase,
    close_database,
    open_database,
)
from maturity_app.storage.store import AssessmentStore


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def healthy(db_path, mini_pack):
    db = open_database(db_path)
    AssessmentStore(db).create(mini_pack, "Acme")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database(db)
    return db_path


def _sqlite_full():
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = 13
    return exc


def test_disk_full_at_start_up_is_disk_full_and_the_file_is_left_alone(healthy, monkeypatch):
    before = _digest(healthy)

    def full(conn):
        raise _sqlite_full()

    monkeypatch.setattr(database, "_configure", full)
    with pytest.raises(DiskFull, match="disk holding .* is full") as caught:
        open_database(healthy, lock=True)
    assert not isinstance(caught.value, DamagedDatabase)
    assert _digest(healthy) == before
    assert not [p for p in healthy.parent.iterdir() if ".damaged-" in p.name]


def test_an_io_error_on_a_full_disk_is_not_called_damage(healthy, monkeypatch):
    def io_error(conn, path):
        exc = sqlite3.OperationalError("disk I/O error")
        exc.sqlite_errorcode = 10
        raise exc

    monkeypatch.setattr(database, "_check_readable", io_error)
    monkeypatch.setattr(database, "_disk_is_full", lambda path: True)
    with pytest.raises(DiskFull):
        open_database(healthy)


def test_no_room_for_the_lock_file_is_disk_full_not_a_crash(healthy, monkeypatch):
    from maturity_app.storage import instance_lock

    real_open = os.open

    def no_space(path, flags, mode=0o777):
        if str(path).endswith(".lock"):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(instance_lock.os, "open", no_space)
    with pytest.raises(DiskFull):
        open_database(healthy, lock=True)


def test_another_applications_sqlite_file_is_refused_untouched(tmp_path, capsys):
    foreign = tmp_path / "browser-history.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE visits (url TEXT)")
    conn.execute("INSERT INTO visits VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = _digest(foreign)
    with pytest.raises(ForeignDatabase, match="another application .*visits"):
        open_database(foreign, lock=True)
    assert cli_main(["--db", str(foreign), "list"]) == 2
    assert "another application" in capsys.readouterr().err
    assert _digest(foreign) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["browser-history.sqlite"]
    assert sqlite3.connect(foreign).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_folder_and_read_only_database_are_one_line_errors(healthy, tmp_path, capsys):
    assert cli_main(["--db", str(tmp_path), "list"]) == 2
    assert "is a folder" in capsys.readouterr().err
    healthy.chmod(0o400)
    before = _digest(healthy)
    with pytest.raises(DatabaseUnavailable, match="read-only"):
        open_database(healthy)
    assert cli_main(["--db", str(healthy), "list"]) == 0  # reading a read-only database is fine
    capsys.readouterr()
    assert cli_main(["--db", str(healthy), "answer", "1", "rec-restore", "--compliance", "2"]) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and err.count("\n") == 1
    assert _digest(healthy) == before


def test_huge_ids_are_one_line_errors(healthy, capsys):
    with pytest.raises(SystemExit) as caught:
        cli_main(["--db", str(healthy), "score", str(2**64)])
    assert caught.value.code == 2
    assert "not an assessment id" in capsys.readouterr().err


def test_a_database_copied_in_as_0644_is_tightened(healthy):
    healthy.chmod(0o644)
    db = open_database(healthy)
    close_database(db)
    assert healthy.stat().st_mode & 0o777 == 0o600


def test_genuinely_damaged_file_is_still_damaged(db_path):
    db_path.write_bytes(b"SQLite format 3\0" + b"\x00" * 84 + b"garbage" * 100)
    with pytest.raises(DamagedDatabase):
        open_database(db_path)


def test_an_unexpected_cli_error_is_one_line_and_logged(healthy, monkeypatch, capsys):
    from maturity_app import cli, cli_commands
    from maturity_app.storage.error_log import log_path

    def bug(args):
        raise KeyError("a bug, not the user's fault")

    monkeypatch.setattr(cli_commands, "cmd_list", bug)
    assert cli.main(["--db", str(healthy), "list"]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected error (KeyError" in err and str(log_path()) in err
    assert "Traceback" in log_path().read_text()


def test_a_write_on_a_full_disk_is_disk_full_and_nothing_is_half_saved(store, mini_pack):
    from maturity_app.domain.assessment import Answer

    aid = store.create(mini_pack, "Acme")
    store.save_answer(aid, Answer("rec-restore", 2, 1))
    history = store.db.execute("SELECT count(*) FROM answer_history").fetchone()[0]
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
    with pytest.raises(DiskFull, match="full: the last change was not saved"):
        store.save_answer(aid, Answer("rec-restore", 4, 4, evidence_note="n" * 20_000))
    assert store.answer(aid, "rec-restore").compliance == 2
    assert store.db.execute("SELECT count(*) FROM answer_history").fetchone()[0] == history
