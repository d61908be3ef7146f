"""Open the assessment database safely: durable settings, migrations, and clear refusals."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import urllib.parse
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


class DatabaseLocked(StorageError):
    """Another app instance (or command) is writing to this database."""


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


def _check_readable(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute("PRAGMA schema_version").fetchone()  # fails fast on a file that is not SQLite
    # quick_check reads every page: a truncated file often has an intact first page and would otherwise
    # only fail later, in the middle of someone's session. Assessment databases are small, so this is cheap.
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)").fetchall()]
    if problems != ["ok"]:
        raise sqlite3.DatabaseError("; ".join(problems))


def open_database(path: Path | str, *, migrate: bool = True, lock: bool = False) -> Database:
    """Open (creating if needed) the database at *path* and bring its schema up to date.

    With ``lock=True`` the caller becomes the only process allowed to write it (see instance_lock); the lock
    lives until ``close_database(db)`` or the end of the process. Raises DamagedDatabase, NewerDatabase or
    DatabaseLocked; none of them changes the file.
    """
    path = Path(path)
    instance_lock = None
    if lock:
        from .instance_lock import DatabaseLock

        instance_lock = DatabaseLock(path).acquire()
    try:
        db = _open(path, migrate)
    except BaseException:
        if instance_lock:
            instance_lock.release()
        raise
    db.instance_lock = instance_lock  # kept alive with the connection, released by close_database
    return db


def _open(path: Path, migrate: bool) -> Database:
    creating = not path.exists()
    if creating:
        ensure_private_dir(path.parent)
        # Created 0600 before SQLite opens it, so the file is never readable by others, not even briefly;
        # SQLite gives its -wal and -shm files the same permissions.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass  # another process created it a moment ago; SQLite arbitrates from here
    elif path.is_file() and path.stat().st_size == 0:
        # SQLite would happily treat an empty file as a new database, silently replacing what a truncated
        # file used to hold with an empty list of assessments.
        raise DamagedDatabase(
            f"{path} is empty (0 bytes): the assessment database was truncated or never written. "
            "It was left untouched."
        )
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    with _closed_on_refusal(conn, path):
        conn.execute("PRAGMA busy_timeout = 5000")
        if not creating:
            _check_readable(conn, path)
        db = Database(conn)
        # Refuse a newer file before _configure: switching journal mode would already write to it.
        _check_not_newer(db, path)
        _configure(conn)
        if migrate:
            migrations.apply(db)
    return db


@contextlib.contextmanager
def _closed_on_refusal(conn: sqlite3.Connection, path: Path):
    """Close the connection when the file is refused; SQLite's own errors become one clear DamagedDatabase."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DamagedDatabase(
            f"{path} is not a readable assessment database ({exc}). It may be damaged or a different kind of "
            "file. It was left untouched."
        ) from None
    except StorageError:
        conn.close()
        raise


class NeedsWriter(StorageError):
    """Reading alone cannot serve this database yet (it does not exist, or its schema must be upgraded first)."""


def open_database_for_reading(path: Path | str) -> Database:
    """A reader beside the single writer: no lock, no migration, no journal-mode change, and no write possible.

    WAL lets readers see every committed save while the desktop app keeps the database open for writing, so
    read-only commands (list, score, report, export...) never need to wait for it. Raises NeedsWriter when the
    file does not exist yet or its schema is older than this version (opening it as a writer fixes both), and
    DamagedDatabase / NewerDatabase like open_database.
    """
    path = Path(path)
    if not path.is_file():
        raise NeedsWriter(f"{path} does not exist yet")
    if path.stat().st_size == 0:
        raise DamagedDatabase(f"{path} is empty (0 bytes): the assessment database was truncated or never written.")
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(f"{path} cannot be opened for reading ({exc}).") from None
    with _closed_on_refusal(conn, path):
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA query_only = ON")
        _check_readable(conn, path)
        db = Database(conn)
        _check_not_newer(db, path)
        if migrations.pending(db):
            raise NeedsWriter(f"{path} needs a schema upgrade before it can be read")
    db.instance_lock = None
    return db


def close_database(db: Database) -> None:
    """Close the connection and give up the single-writer lock taken by ``open_database(lock=True)``."""
    db.close()
    instance_lock = getattr(db, "instance_lock", None)
    if instance_lock is not None:
        instance_lock.release()


def integrity_problems(path: Path | str) -> list[str]:
    """Full ``PRAGMA integrity_check`` of a database file, read-only; an empty list means healthy."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return [f"{path.name} is missing or empty"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else rows


def move_aside(path: Path | str, reason: str = "damaged") -> Path:
    """Rename a database (and its WAL side files) out of the way, never deleting it; returns the new path."""
    path = Path(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{n}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def open_memory_database() -> Database:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn)
    migrations.apply(db)
    return db
