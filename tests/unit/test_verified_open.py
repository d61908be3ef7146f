"""Opening skips the full-file check only for the very file this app closed cleanly; anything else is read in full,
so a damaged or foreign file is still refused before anything is written (#15)."""

from __future__ import annotations

import sqlite3

import pytest

from maturity_app.storage.database import DamagedDatabase, ForeignDatabase, close_database, open_database
from maturity_app.storage.store import AssessmentStore


@pytest.fixture
def statements(monkeypatch):
    """Every SQL statement run by connections opened from here on."""
    seen: list[str] = []
    real_connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    return seen


def _session(path, mini_pack=None):
    db = open_database(path, lock=True)
    if mini_pack is not None:
        AssessmentStore(db).create(mini_pack, "Acme")
    close_database(db)


def _checked_in_full(seen) -> bool:
    return any("quick_check" in sql for sql in seen)


def test_the_file_this_app_closed_cleanly_opens_without_a_full_read(db_path, mini_pack, isolated_data_dir,
                                                                  statements):
    _session(db_path, mini_pack)
    statements.clear()
    db = open_database(db_path, lock=True)
    assert not _checked_in_full(statements)
    assert AssessmentStore(db).list()[0].organisation == "Acme"
    close_database(db)


def test_a_file_written_by_another_program_is_checked_in_full(db_path, mini_pack, isolated_data_dir, statements):
    _session(db_path, mini_pack)
    other = sqlite3.connect(db_path)
    other.execute("UPDATE assessments SET organisation = 'Changed elsewhere'")
    other.commit()
    other.close()
    statements.clear()
    db = open_database(db_path, lock=True)
    assert _checked_in_full(statements)
    close_database(db)


def test_a_log_left_beside_the_file_means_a_full_check(db_path, mini_pack, isolated_data_dir, statements):
    _session(db_path, mini_pack)
    reader = sqlite3.connect(db_path)  # keeps the write-ahead log in place, as a crash would
    reader.execute("SELECT count(*) FROM assessments").fetchone()
    db = open_database(db_path, lock=True)
    close_database(db)  # not the last connection: the log stays, so nothing is recorded
    reader.close()
    _session(db_path)  # this close is clean again
    writer = sqlite3.connect(db_path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("UPDATE assessments SET scope = 'x'")
    writer.commit()
    statements.clear()
    db = open_database(db_path, lock=True)  # the other program's log is still beside the file
    assert _checked_in_full(statements)
    close_database(db)
    writer.close()


def test_damage_in_place_after_a_clean_close_is_still_refused(db_path, mini_pack, isolated_data_dir):
    _session(db_path, mini_pack)
    size = db_path.stat().st_size
    with open(db_path, "r+b") as f:  # same size, pages after the first overwritten
        f.seek(4096)
        f.write(b"\xde\xad\xbe\xef" * ((size - 4096) // 4))
    assert db_path.stat().st_size == size
    with pytest.raises(DamagedDatabase):
        open_database(db_path, lock=True)


def test_a_file_replaced_by_another_applications_database_is_refused(db_path, mini_pack, isolated_data_dir,
                                                                     tmp_path):
    _session(db_path, mini_pack)
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    foreign.replace(db_path)
    with pytest.raises(ForeignDatabase):
        open_database(db_path, lock=True)


def test_the_empty_log_a_read_only_command_leaves_does_not_cost_the_next_open_a_full_read(
        db_path, mini_pack, isolated_data_dir, statements):
    from maturity_app.storage.database import open_database_for_reading

    _session(db_path, mini_pack)
    reader = open_database_for_reading(db_path)  # `list`, `score`, ... beside (or after) the desktop app
    assert AssessmentStore(reader).list()[0].organisation == "Acme"
    close_database(reader)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size == 0  # a reader may not delete the log it opened
    statements.clear()
    db = open_database(db_path, lock=True)
    assert not _checked_in_full(statements)
    close_database(db)
    statements.clear()
    close_database(open_database_for_reading(db_path))
    assert not _checked_in_full(statements)


@pytest.fixture
def connections(monkeypatch):
    """The target of every SQLite connection opened from here on."""
    opened: list[str] = []
    real_connect = sqlite3.connect

    def counted(target, *args, **kwargs):
        opened.append(str(target))
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", counted)
    return opened


def test_the_file_this_app_closed_cleanly_is_opened_once_and_any_other_is_looked_at_read_only_first(
        db_path, mini_pack, isolated_data_dir, connections):
    # The read-only look (is it another application's database?) comes before the lock file is made beside
    # it; for the very file this app left it would only read the same schema a second time.
    _session(db_path, mini_pack)
    connections.clear()
    close_database(open_database(db_path, lock=True))
    assert connections == [str(db_path)]
    other = sqlite3.connect(db_path)  # another program writes it: no longer the file this app left
    other.execute("UPDATE assessments SET scope = 'changed elsewhere'")
    other.commit()
    other.close()
    connections.clear()
    db = open_database(db_path, lock=True)
    assert len(connections) == 2 and "immutable=1" in connections[0] and connections[1] == str(db_path)
    close_database(db)
