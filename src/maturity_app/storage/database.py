"""Open the assessment database safely: durable settings, migrations, and clear refusals."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ..domain.errors import MaturityError
from .locations import ensure_private_dir
from .migrations import migrations


class StorageError(MaturityError):
    """The database cannot be used as it is; the message says why and what to do."""


class DamagedDatabase(StorageError):
    pass


class NewerDatabase(StorageError):
    pass


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a save that returned survives even a power cut, not only a crash of the app.
    conn.execute("PRAGMA synchronous = FULL")


def known_schema_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def _check_not_newer(db: Database, path: Path) -> None:
    applied = {m.name for m in migrations.applied(db)}
    unknown = sorted(applied - set(known_schema_names()))
    if unknown:
        raise NewerDatabase(
            f"{path} was written by a newer version of Maturity (schema {unknown[-1]}); "
            "update the app to open it. The file was left untouched."
        )


def open_database(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at *path* and bring its schema up to date."""
    path = Path(path)
    creating = not path.exists()
    if creating:
        ensure_private_dir(path.parent)
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        if creating:
            os.chmod(path, 0o600)
        conn.execute("PRAGMA schema_version").fetchone()  # fails fast on a file that is not SQLite
        _configure(conn)
        db = Database(conn)
        _check_not_newer(db, path)
        if migrate:
            migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DamagedDatabase(
            f"{path} is not a readable assessment database ({exc}). It may be damaged or a different kind of file."
        ) from None
    except StorageError:
        conn.close()
        raise
    return db


def open_memory_database() -> Database:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn)
    migrations.apply(db)
    return db
