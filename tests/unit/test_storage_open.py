"""Opening damaged, newer and fresh databases: clear refusals, files left untouched, private permissions."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from maturity_app.domain.assessment import Answer
from maturity_app.storage.database import (
    DamagedDatabase,
    NewerDatabase,
    integrity_problems,
    move_aside,
    open_database,
)
from maturity_app.storage.store import AssessmentStore


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled_db(db_path, mini_pack):
    db = open_database(db_path)
    store = AssessmentStore(db)
    aid = store.create(mini_pack, "Acme")
    for i in range(60):  # enough pages that truncation cuts real data
        store.save_answer(aid, Answer("rec-restore", i % 5, 2, evidence_note="x" * 400 + str(i)))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return db_path


def test_new_database_and_its_folder_are_private(tmp_path):
    db_path = tmp_path / "fresh" / "assessments.db"
    db = open_database(db_path)
    db.execute("CREATE TABLE scratch (x)")  # a write, so the WAL file exists
    for side in (db_path, db_path.with_name("assessments.db-wal"), db_path.with_name("assessments.db-shm")):
        assert side.stat().st_mode & 0o777 == 0o600, side
    assert db_path.parent.stat().st_mode & 0o777 == 0o700
    db.close()


@pytest.mark.parametrize("cut", ["half", "first_page", "one_byte_short_of_a_page"])
def test_truncated_database_is_refused_untouched(filled_db, cut):
    size = filled_db.stat().st_size
    keep = {"half": size // 2, "first_page": 4096, "one_byte_short_of_a_page": size - 4097}[cut]
    with open(filled_db, "r+b") as f:
        f.truncate(keep)
    before = _digest(filled_db)
    with pytest.raises(DamagedDatabase) as caught:
        open_database(filled_db)
    assert str(filled_db) in str(caught.value) and "untouched" in str(caught.value)
    assert _digest(filled_db) == before


def test_empty_file_is_damaged_not_silently_a_new_database(db_path):
    db_path.write_bytes(b"")
    with pytest.raises(DamagedDatabase, match="empty"):
        open_database(db_path)
    assert db_path.stat().st_size == 0


def test_garbage_header_is_refused(filled_db):
    with open(filled_db, "r+b") as f:
        f.write(b"GARBAGE GARBAGE!")
    before = _digest(filled_db)
    with pytest.raises(DamagedDatabase, match="not a readable assessment database"):
        open_database(filled_db)
    assert _digest(filled_db) == before


def test_wrong_kind_of_file_is_refused(db_path):
    db_path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    before = _digest(db_path)
    with pytest.raises(DamagedDatabase):
        open_database(db_path)
    assert _digest(db_path) == before


def test_database_from_newer_app_is_refused_and_left_byte_identical(tmp_path, filled_db):
    conn = sqlite3.connect(filled_db)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES "
        "('maturity_app', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")  # as another tool might leave it: not WAL
    conn.close()
    copy = tmp_path / "newer.db"
    shutil.copy(filled_db, copy)
    before = _digest(copy)
    with pytest.raises(NewerDatabase) as caught:
        open_database(copy)
    assert "newer version" in str(caught.value) and "m999_from_the_future" in str(caught.value)
    assert _digest(copy) == before
    assert not (tmp_path / "newer.db-wal").exists()


def test_move_aside_keeps_the_file_and_its_wal(db_path, mini_pack):
    db = open_database(db_path)
    AssessmentStore(db).create(mini_pack, "Acme")
    moved = move_aside(db_path)
    db.close()
    assert not db_path.exists()
    assert moved.exists() and moved.name.startswith("test.db.damaged-")
    assert integrity_problems(moved) == []
    db_path.write_bytes(b"junk")
    another = move_aside(db_path)
    assert another != moved and another.read_bytes() == b"junk"
