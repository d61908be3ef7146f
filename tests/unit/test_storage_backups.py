"""Rolling backups on session start and restoring the newest good one, with the damaged file kept."""

from __future__ import annotations

import pytest

from maturity_app.storage.backups import (
    backup_on_session_start,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from maturity_app.storage.database import StorageError, open_database
from maturity_app.storage.locations import backups_dir
from maturity_app.storage.store import AssessmentStore


@pytest.fixture
def live(db_path, mini_pack):
    db = open_database(db_path, lock=True)
    store = AssessmentStore(db)
    store.create(mini_pack, "First")
    yield store, mini_pack
    db.close()


def test_backup_is_taken_while_open_private_and_restorable(db_path, live):
    store, _ = live
    backup = backup_on_session_start(db_path)
    assert backup.parent == backups_dir()
    assert backup.stat().st_mode & 0o777 == 0o600
    assert backups_dir().stat().st_mode & 0o777 == 0o700
    copy = AssessmentStore(open_database(backup, migrate=False))
    assert [i.organisation for i in copy.list()] == ["First"]


def test_keeps_only_the_last_n_distinct_backups(db_path, live):
    store, pack = live
    taken = []
    for n in range(5):
        store.create(pack, f"Org {n}")
        taken.append(backup_on_session_start(db_path, keep=3))
    names = [b.path for b in list_backups(db_path)]
    assert names == list(reversed(taken[-3:]))  # newest first, the two oldest pruned
    # Opening again without a change reuses the newest copy instead of rotating an older state out.
    assert backup_on_session_start(db_path, keep=3) == taken[-1]
    assert len(list_backups(db_path)) == 3


def test_default_keep_is_ten(db_path, live):
    store, pack = live
    for n in range(12):
        store.create(pack, f"Org {n}")
        backup_on_session_start(db_path)
    assert len(list_backups(db_path)) == 10


def test_no_database_no_backup(tmp_path):
    assert backup_on_session_start(tmp_path / "missing.db") is None
    with pytest.raises(ValueError):
        backup_on_session_start(tmp_path / "missing.db", keep=0)


def test_restore_newest_good_backup_moves_the_damaged_file_aside(db_path, live):
    store, pack = live
    backup_on_session_start(db_path)
    store.create(pack, "Second")
    backup_on_session_start(db_path)
    store.db.close()
    # The newest backup is itself damaged: the newest *good* one is the earlier copy.
    newest = list_backups(db_path)[0].path
    newest.write_bytes(b"\0" * 100)
    damaged_bytes = b"SQLite format 3\0" + b"\xff" * 5000
    db_path.write_bytes(damaged_bytes)

    good = newest_good_backup(db_path)
    assert good is not None and good.path != newest
    moved = restore_backup(good, db_path)
    assert moved.read_bytes() == damaged_bytes  # kept, never deleted
    restored = AssessmentStore(open_database(db_path))
    assert [i.organisation for i in restored.list()] == ["First"]
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_restoring_an_unhealthy_file_changes_nothing(db_path, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"nope")
    db_path.write_bytes(b"original")
    with pytest.raises(StorageError):
        restore_backup(bad, db_path)
    assert db_path.read_bytes() == b"original"


def test_restore_that_cannot_copy_is_a_storage_error_and_changes_nothing(live, db_path, monkeypatch):
    store, _ = live
    backup_on_session_start(db_path)
    store.db.close()
    db_path.write_bytes(b"damaged")
    good = newest_good_backup(db_path)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("maturity_app.storage.backups.shutil.copyfileobj", disk_full)
    with pytest.raises(StorageError, match="No space left on device.*nothing was changed"):
        restore_backup(good, db_path)
    assert db_path.read_bytes() == b"damaged"
    leftovers = [p.name for p in db_path.parent.iterdir() if ".restoring" in p.name or ".damaged-" in p.name]
    assert leftovers == []


def test_backups_of_other_databases_are_not_mixed(tmp_path, mini_pack):
    for name in ("assessments.db", "assessments-old.db"):
        db = open_database(tmp_path / name)
        AssessmentStore(db).create(mini_pack, name)
        db.close()
        backup_on_session_start(tmp_path / name)
    assert len(list_backups(tmp_path / "assessments.db")) == 1
    assert len(list_backups(tmp_path / "assessments-old.db")) == 1


def test_an_unchanged_database_is_not_copied_again(db_path, live, monkeypatch):
    store, pack = live
    first = backup_on_session_start(db_path)
    store.db.close()
    open_database(db_path, lock=True).close()  # a session that only looked: opened, migrated, closed
    taken_again = backup_on_session_start(db_path)  # the checkpoint at close changed the file: checked by content
    assert taken_again == first

    def no_copy(*_args):
        raise AssertionError("the database was copied although it had not changed")

    monkeypatch.setattr("maturity_app.storage.backups._digest", no_copy)
    monkeypatch.setattr("maturity_app.storage.backups.integrity_problems", no_copy)
    open_database(db_path, lock=True).close()
    assert backup_on_session_start(db_path) == first


def test_copies_are_compared_by_content_read_in_chunks_not_whole(db_path, live, monkeypatch):
    # A whole archive read at once (tens of MB) would stay in the worker's heap after every launch backup.
    from pathlib import Path

    store, pack = live
    first = backup_on_session_start(db_path)
    store.db.close()
    open_database(db_path, lock=True).close()  # changed on disk (the checkpoint), not in content

    small_read = Path.read_bytes

    def whole_file(self):
        if ".db" in self.name:  # a database or a copy of one (the records beside them are small JSON)
            raise AssertionError(f"{self.name} was read whole")
        return small_read(self)

    monkeypatch.setattr(Path, "read_bytes", whole_file)
    assert backup_on_session_start(db_path) == first  # the copy matched the last backup by its SHA-256


def test_a_change_since_the_last_backup_is_backed_up(db_path, live):
    store, pack = live
    first = backup_on_session_start(db_path)
    store.create(pack, "Second")
    second = backup_on_session_start(db_path)
    assert second != first
    copy = AssessmentStore(open_database(second, migrate=False))
    assert sorted(i.organisation for i in copy.list()) == ["First", "Second"]
    copy.db.close()


def test_a_replaced_last_backup_is_not_trusted(db_path, live):
    first = backup_on_session_start(db_path)
    first.write_bytes(b"not the copy that was taken")
    second = backup_on_session_start(db_path)
    assert second != first and len(list_backups(db_path)) == 2


def test_backups_leave_no_side_files(db_path, live):
    store, pack = live
    for n in range(3):
        store.create(pack, f"Org {n}")
        backup = backup_on_session_start(db_path)
        assert newest_good_backup(db_path).path == backup  # opens the copy, as a restore would
    names = sorted(p.name for p in backups_dir().iterdir())
    assert names == sorted(b.path.name for b in list_backups(db_path))


@pytest.mark.parametrize("language,words", [("en", "another program has kept it locked for 1 seconds"),
                                            ("de", "gesperrt")])
def test_a_database_another_program_keeps_locked_is_given_up_not_waited_on_for_ever(
        db_path, mini_pack, monkeypatch, language, words):
    """SQLite's online backup retries a locked step without end: the worker taking the launch backup (one of the
    app's two) never came back, and neither did the app's exit, which waits for its workers."""
    import sqlite3
    import threading

    from maturity_app.domain import i18n
    from maturity_app.storage import backups

    db = open_database(db_path)
    AssessmentStore(db).create(mini_pack, "First")
    db.close()
    holder = sqlite3.connect(db_path, isolation_level=None)  # e.g. a database browser in the middle of a write
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(backups, "LOCKED_WAIT_SECONDS", 1.0)
    outcome = {}

    def take():
        with i18n.using_language(language):
            try:
                outcome["backup"] = backup_on_session_start(db_path)
            except StorageError as exc:
                outcome["error"] = str(exc)

    worker = threading.Thread(target=take, daemon=True)
    worker.start()
    worker.join(60)  # about the wait plus SQLite's own busy timeout (5 s)
    try:
        assert not worker.is_alive(), "the backup still waits on the lock"
        assert "backup" not in outcome and str(db_path) in outcome["error"] and words in outcome["error"]
        assert not list(backups_dir().iterdir())  # no partial copy left behind
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert backup_on_session_start(db_path).exists()  # the lock gone, the next backup is taken
