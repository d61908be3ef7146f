"""Backups belong to one database by an identity stored inside it (m004), not by file name; a backup is taken
before a migration, before a CLI import or delete; no half-written copy or SQLite side file is left behind."""

from __future__ import annotations

import os
import sqlite3

from maturity_app.cli import main as cli_main
from maturity_app.storage.backups import (
    backup_on_session_start,
    database_identity,
    list_backups,
    newest_good_backup,
    read_identity,
)
from maturity_app.storage.database import close_database, open_database
from maturity_app.storage.locations import backups_dir
from maturity_app.storage.store import AssessmentStore


def _make(path, pack, organisation):
    db = open_database(path)
    AssessmentStore(db).create(pack, organisation)
    close_database(db)
    return path


def test_another_database_with_the_same_file_name_is_never_offered(tmp_path, mini_pack):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    mine = _make(tmp_path / "a" / "assessments.db", mini_pack, "Mine")
    theirs = _make(tmp_path / "b" / "assessments.db", mini_pack, "Theirs")
    assert read_identity(mine) != read_identity(theirs)
    backup_on_session_start(mine)
    backup_on_session_start(theirs)  # newer, same file name
    assert len(list_backups(mine)) == 1 and len(list_backups(theirs)) == 1
    mine.write_bytes(b"SQLite format 3\0" + b"\xff" * 4000)  # damaged: its identity is remembered by path
    offered = newest_good_backup(mine)
    restored = AssessmentStore(open_database(offered.path, migrate=False))
    assert [i.organisation for i in restored.list()] == ["Mine"]


def test_a_backup_renamed_to_look_like_ours_is_not_good(tmp_path, mini_pack):
    mine = _make(tmp_path / "assessments.db", mini_pack, "Mine")
    backup_on_session_start(mine)
    other = _make(tmp_path / "other.db", mini_pack, "Other")
    import re

    genuine = list_backups(mine)[0].path
    forged = backups_dir() / re.sub(r"\d{8}T\d{12}Z", "29991231T235959000000Z", genuine.name)
    assert forged != genuine
    forged.write_bytes(other.read_bytes())
    os.chmod(forged, 0o600)
    assert list_backups(mine)[0].path == forged  # its name claims to be the newest backup of this database
    assert newest_good_backup(mine).path == genuine


def test_unknown_identity_offers_nothing(tmp_path, mini_pack):
    mine = _make(tmp_path / "assessments.db", mini_pack, "Mine")
    backup_on_session_start(mine)
    stranger = tmp_path / "elsewhere" / "assessments.db"
    stranger.parent.mkdir()
    stranger.write_bytes(b"garbage")
    assert database_identity(stranger) is None
    assert list_backups(stranger) == [] and newest_good_backup(stranger) is None


def test_backups_leave_no_partial_or_side_files(tmp_path, mini_pack):
    mine = _make(tmp_path / "assessments.db", mini_pack, "Mine")
    dead = backups_dir()
    dead.mkdir(parents=True, exist_ok=True)
    for name in ("x.db.999999.partial", "x.db.999999.partial-wal", "x.db.999999.partial-shm"):
        (dead / name).write_bytes(b"left by a killed process")
    backup_on_session_start(mine)
    names = sorted(p.name for p in backups_dir().iterdir())
    assert len(names) == 1 and names[0].endswith(".db"), names


def test_a_backup_is_taken_before_a_migration(tmp_path, mini_pack):
    path = _make(tmp_path / "old.db", mini_pack, "Before m004")
    conn = sqlite3.connect(path)  # make it a database from before identities (schema m003)
    conn.execute("DROP TABLE database_identity")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_add_database_identity'")
    conn.commit()
    conn.close()
    db = open_database(path, lock=True)
    close_database(db)
    copies = [p for p in backups_dir().iterdir() if "before-m004" in p.name]
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    names = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    conn.close()
    assert "m004_add_database_identity" not in names  # the copy is the database as it was
    assert read_identity(path) is not None


def test_cli_delete_takes_a_backup_first(tmp_path, mini_pack, capsys):
    path = _make(tmp_path / "cli.db", mini_pack, "To delete")
    assert cli_main(["--db", str(path), "delete", "1"]) == 0
    assert "deleted assessment 1" in capsys.readouterr().out
    assert AssessmentStore(open_database(path)).list() == []
    backup = list_backups(path)[0].path
    kept = AssessmentStore(open_database(backup, migrate=False))
    assert [i.organisation for i in kept.list()] == ["To delete"]
    assert cli_main(["--db", str(path), "delete", "1"]) == 2  # gone: one line, no traceback
