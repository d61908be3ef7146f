"""Open the assessment database safely: durable settings, migrations, and clear refusals."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import stat
import urllib.parse
from ..domain.i18n import N_, _
from pathlib import Path

from ..domain.errors import MaturityError
from . import migrations as schema
from .connection import Database
from .locations import ensure_private_dir
from .verified import left_as_verified, record_clean_close


class StorageError(MaturityError):
    """The database cannot be used as it is; the message says why and what to do."""


class DamagedDatabase(StorageError):
    pass


class NewerDatabase(StorageError):
    pass


class DatabaseLocked(StorageError):
    """Another app instance (or command) is writing to this database."""


class DiskFull(StorageError):
    """The disk holding the database has no room left: nothing is wrong with the file itself."""


class ForeignDatabase(StorageError):
    """An SQLite file that belongs to another application; it is never changed."""


class DatabaseUnavailable(StorageError):
    """The file cannot be used here (a folder, read-only, no permission); it is not damaged."""


_UNTOUCHED = N_("It was left untouched.")  # worded through _() where the sentence is made
# SQLite primary result codes (the low byte of sqlite_errorcode).
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_NOTADB = 11, 13, 26
_SQLITE_IOERR_SHORT_READ = 522
_LOW_SPACE = 256 * 1024  # below this, a failing write is the disk, not the file


def _disk_is_full(path: Path) -> bool:
    import shutil  # only when something failed: shutil imports the compression modules with it

    for folder in (path.parent, path.parent.parent):
        try:
            return shutil.disk_usage(folder).free < _LOW_SPACE
        except OSError:
            continue
    return False


def disk_full_error(path: Path) -> DiskFull:
    return DiskFull(_(
        "The disk holding {path} is full, so Maturity cannot open or save it. Free some space and try again. "
        "The database itself is fine and was left untouched.").format(path=path))


def storage_error_from_os(exc: OSError, path: Path, doing: str = "") -> StorageError:
    """One sentence for an operating-system error around the database (never a traceback, never 'damaged')."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full_error(path)
    what = f"{doing}: " if doing else ""
    return DatabaseUnavailable(_("{path} cannot be used ({why}).").format(path=path, why=f"{what}{exc.strerror or exc}")
                               + " " + _(_UNTOUCHED))


def storage_error_from_sqlite(exc: sqlite3.Error, path: Path | None = None) -> StorageError:
    """A write that failed during a session: SQLite rolled it back; say why in one sentence."""
    code = getattr(exc, "sqlite_errorcode", None)
    where = path or Path("the assessment database")
    if (isinstance(code, int) and code & 0xFF == _SQLITE_FULL) or "disk is full" in str(exc).lower() or (
        path is not None and _disk_is_full(path)
    ):
        return DiskFull(_("The disk holding {path} is full: the last change was not saved. Free some space and do it "
                          "again; everything saved before is intact.").format(path=where))
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return _classify(exc, where)
    return StorageError(_("{path} refused the change ({error}); nothing was saved").format(path=where, error=exc))


def _classify(exc: sqlite3.Error, path: Path) -> StorageError:
    """A damaged file only when SQLite says so; a full disk, permissions or I/O trouble are said as such."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(exc)
    if primary == _SQLITE_FULL or "disk is full" in text.lower():
        return disk_full_error(path)
    if primary == _SQLITE_NOTADB or primary == _SQLITE_CORRUPT or code == _SQLITE_IOERR_SHORT_READ:
        if primary != _SQLITE_NOTADB and _disk_is_full(path):
            return disk_full_error(path)
        return DamagedDatabase(_("{path} is not a readable assessment database ({error}). It may be damaged or a "
                                 "different kind of file.").format(path=path, error=text) + " " + _(_UNTOUCHED))
    if _disk_is_full(path):
        return disk_full_error(path)
    if primary is None:  # raised by this module's own checks (quick_check found problems)
        return DamagedDatabase(_("{path} is damaged ({error}).").format(path=path, error=text) + " " + _(_UNTOUCHED))
    return DatabaseUnavailable(_("{path} cannot be opened ({error}).").format(path=path, error=text) + " "
                               + _(_UNTOUCHED))


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a save that returned survives even a power cut, not only a crash of the app.
    conn.execute("PRAGMA synchronous = FULL")


def _migrate(db: Database, applied: list[str] | None = None) -> None:
    """Apply pending migrations, then fill in what a migration added as derived data for existing rows
    (*applied*: the database's applied_schema_names, when read already)."""
    if applied is None:
        applied = applied_schema_names(db)
    if set(schema.names()) <= set(applied):
        return  # up to date: sqlite-utils' Migrations is not even built
    had_headlines = "m010_store_assessment_headline" in applied
    had_snapshot_table = "m011_move_pack_snapshots_to_their_own_table" in applied
    schema.migrations.apply(getattr(db, "full", db))  # sqlite-utils' Migrations: imported and built only now
    if applied and not had_snapshot_table:
        # Hand back the space the per-assessment snapshot copies took (often most of the file): every later
        # backup copies, and every open checks, only what is still used. Best effort: a reader beside us
        # (a command listing assessments) blocks it, and the database is complete and correct without it.
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("VACUUM")
    if not had_headlines:
        from .cycle_store import CycleStore
        from .headlines import backfill
        from .store import AssessmentStore

        store = AssessmentStore(db)
        backfill(db, lambda ids: [store.with_files_and_plan(a) for a in CycleStore(store).load_many(ids)])


def known_schema_names() -> list[str]:
    return schema.names()


def applied_schema_names(db: Database) -> list[str]:
    """The migrations recorded in *db*, in the order they were applied (what sqlite-utils' Migrations reads)."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'").fetchone():
        return []
    return [r[0] for r in db.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [schema.MIGRATION_SET])]


def _check_not_newer(applied: list[str], path: Path) -> None:
    unknown = sorted(set(applied) - set(known_schema_names()))
    if unknown:
        raise NewerDatabase(_("{path} was written by a newer version of Maturity (schema {schema}); update the app "
                              "to open it. The file was left untouched.").format(path=path, schema=unknown[-1]))


def _check_readable(conn: sqlite3.Connection, path: Path) -> None:
    # Looked at before the first read: reading a WAL database creates its -wal file beside it.
    as_left = left_as_verified(path)
    conn.execute("PRAGMA schema_version").fetchone()  # fails fast on a file that is not SQLite
    if as_left:
        return  # the very file this app closed cleanly (storage.verified): a full read would find nothing new
    # quick_check reads every page: a truncated file often has an intact first page and would otherwise
    # only fail later, in the middle of someone's session.
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)").fetchall()]
    if problems != ["ok"]:
        raise DamagedDatabase(_("{path} is damaged ({error}).").format(path=path, error="; ".join(problems)) + " "
                              + _(_UNTOUCHED))


def open_database(path: Path | str, *, migrate: bool = True, lock: bool = False, lock_wait: float = 0.0,
                  create: bool = True) -> Database:
    """Open (creating if needed) the database at *path* and bring its schema up to date.

    With ``lock=True`` the caller becomes the only process allowed to write it (see instance_lock); the lock
    lives until ``close_database(db)`` or the end of the process. With ``create=False`` a missing file is
    DatabaseMissing and nothing is made (no file, folder or lock file). Raises DamagedDatabase, NewerDatabase or
    DatabaseLocked; none of them changes the file.
    """
    path = Path(path)
    if not create:
        _require_existing(path)
    _check_kind(path)
    if not left_as_verified(path):
        # Before the lock: not even a lock file beside another application's database. The very file this app
        # closed cleanly (storage.verified) is its own: that second connection would only read its schema
        # again (about a millisecond at every launch). The open itself checks again either way (_open).
        _refuse_foreign(path)
    instance_lock = None
    if lock:
        from .instance_lock import DatabaseLock

        instance_lock = DatabaseLock(path).acquire(wait=lock_wait)
    try:
        db = _open(path, migrate, backup_first=lock, create=create)
        if instance_lock:
            try:
                instance_lock.bind_identity()  # the file may only exist now
            except BaseException:
                db.close()
                raise
    except BaseException:
        if instance_lock:
            instance_lock.release()
        raise
    db.instance_lock = instance_lock  # kept alive with the connection, released by close_database
    db.writer = True
    from .private_files import protect_database

    protect_database(path)
    db.protected_path = path
    return db


def _check_kind(path: Path, writing: bool = True) -> None:
    """Refuse what is not a database file before anything is created, locked or opened."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise storage_error_from_os(exc, path) from None
    if stat.S_ISDIR(st.st_mode):
        raise DatabaseUnavailable(_("{path} is a folder, not a database file; give the path of a .db file.").format(
            path=path))
    if not stat.S_ISREG(st.st_mode):
        raise DatabaseUnavailable(_("{path} is not a regular file (a device, pipe or socket).").format(path=path)
                                  + " " + _(_UNTOUCHED))
    if not os.access(path, os.R_OK):
        raise DatabaseUnavailable(_("{path} cannot be read (no permission).").format(path=path) + " "
                                  + _(_UNTOUCHED))
    if writing and (not (st.st_mode & 0o200) or not os.access(path, os.W_OK)):
        raise DatabaseUnavailable(_(
            "{path} is read-only, and Maturity saves every answer as it is given. Make the file writable (or copy "
            "it somewhere writable) and open it again.").format(path=path) + " " + _(_UNTOUCHED))


def _refuse_foreign(path: Path) -> None:
    try:
        if path.stat().st_size == 0 or path.with_name(path.name + "-wal").exists():
            # With a WAL beside it the main file alone may be mid-checkpoint: the full open decides instead.
            return
        # immutable: no -wal/-shm is created beside someone else's file; the full open checks again with WAL.
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    except (OSError, sqlite3.Error):
        return  # missing or unreadable: the full open says why
    try:
        foreign = _foreign_tables(conn)
    except sqlite3.Error:
        return
    finally:
        conn.close()
    if foreign:
        raise _foreign_error(path, foreign)


def _foreign_error(path: Path, foreign: list[str]) -> ForeignDatabase:
    return ForeignDatabase(
        f"{path} is an SQLite database of another application (tables: {', '.join(foreign[:5])}"
        f"{', …' if len(foreign) > 5 else ''}), not a Maturity assessment database. Maturity did not "
        "change it; choose another file."
    )


def _tighten(path: Path) -> None:
    # A database copied in from elsewhere may be 0644: it describes the organisation's weak points.
    for suffix in ("", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        try:
            if side.stat().st_mode & 0o077:
                os.chmod(side, 0o600)
        except OSError:
            pass


def _foreign_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables of another application: a non-empty schema with no migration of this app applied."""
    names = [
        r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        if not r[0].startswith("sqlite_")
    ]
    if not names:
        return []
    if "_sqlite_migrations" in names:
        mine = conn.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", (schema.MIGRATION_SET,)
        ).fetchone()[0]
        if mine:
            return []
    return sorted(n for n in names if n != "_sqlite_migrations")  # only an empty history: a new database


def pending_migrations(db: Database, applied: list[str] | None = None) -> list[str]:
    """The migrations this version knows that *db* lacks (*applied*: its applied_schema_names, when read)."""
    done = set(applied_schema_names(db) if applied is None else applied)
    return [name for name in known_schema_names() if name not in done]


def _open(path: Path, migrate: bool, backup_first: bool = False, create: bool = True) -> Database:
    creating = not path.exists()
    if creating and not create:
        _require_existing(path)  # removed since open_database looked: still never made here
    if creating:
        # Created 0600 before SQLite opens it, so the file is never readable by others, not even briefly;
        # SQLite gives its -wal and -shm files the same permissions.
        try:
            ensure_private_dir(path.parent)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            pass  # another process created it a moment ago; SQLite arbitrates from here
        except OSError as exc:
            raise storage_error_from_os(exc, path, "it could not be created") from None
    elif path.is_file() and path.stat().st_size == 0:
        # SQLite would happily treat an empty file as a new database, silently replacing what a truncated
        # file used to hold with an empty list of assessments.
        raise DamagedDatabase(
            f"{path} is empty (0 bytes): the assessment database was truncated or never written. "
            "It was left untouched."
        )
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise _classify(exc, path) from None
    with _closed_on_refusal(conn, path):
        conn.execute("PRAGMA busy_timeout = 5000")
        if not creating:
            _check_readable(conn, path)
            foreign = _foreign_tables(conn)
            if foreign:
                raise _foreign_error(path, foreign)
        db = Database(conn)
        applied = applied_schema_names(db)  # read once (under the lock): every check below and _migrate go by it
        # Refuse a newer file before _configure: switching journal mode would already write to it.
        _check_not_newer(applied, path)
        if not creating:
            _tighten(path)  # only once it is known to be ours
        pending = pending_migrations(db, applied) if migrate and not creating else []
        if pending and backup_first and db.table_names():
            _backup_before_migration(path, pending)
        _configure(conn)
        if migrate:
            _migrate(db, applied)
    return db


@contextlib.contextmanager
def _closed_on_refusal(conn: sqlite3.Connection, path: Path):
    """Close the connection when the file is refused; SQLite's own errors become one clear sentence: damaged
    only when SQLite says so, a full disk as a full disk (_classify)."""
    try:
        yield
    except sqlite3.Error as exc:
        conn.close()
        raise _classify(exc, path) from None
    except BaseException:
        conn.close()
        raise


class NeedsWriter(StorageError):
    """Reading alone cannot serve this database yet (its schema must be upgraded first)."""


class DatabaseMissing(StorageError):
    """There is no file at the path a reader was given: reading never creates one (a mistyped --db stays a
    mistake the user is told about, not a new empty database beside the real one)."""


def _require_existing(path: Path) -> None:
    if not path.exists():
        raise DatabaseMissing(_("{path} does not exist: there is no assessment database there, and nothing was "
                                "created. Check the path.").format(path=path))


def open_database_for_reading(path: Path | str) -> Database:
    """A reader beside the single writer: no lock, no migration, no journal-mode change, and no write possible.

    WAL lets readers see every committed save while the desktop app keeps the database open for writing, so
    read-only commands (list, score, report, export...) never need to wait for it. Raises NeedsWriter when the
    schema is older than this version (opening it as a writer upgrades it), DatabaseMissing when there is no file
    at *path* (nothing is created), and DamagedDatabase / NewerDatabase like open_database.
    """
    path = Path(path)
    _require_existing(path)
    _check_kind(path, writing=False)
    if path.stat().st_size == 0:
        raise DamagedDatabase(_("{path} is empty (0 bytes): the assessment database was truncated or never "
                                "written.").format(path=path))
    uri = "file:" + urllib.parse.quote(str(path.resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(_("{path} cannot be opened for reading ({error}).").format(path=path, error=exc)) from None
    with _closed_on_refusal(conn, path):
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA query_only = ON")
        _check_readable(conn, path)
        foreign = _foreign_tables(conn)
        if foreign:
            raise _foreign_error(path, foreign)
        db = Database(conn)
        applied = applied_schema_names(db)
        _check_not_newer(applied, path)
        if pending_migrations(db, applied):
            raise NeedsWriter(f"{path} needs a schema upgrade before it can be read")
    db.instance_lock = None
    from .private_files import protect_database

    protect_database(path)  # a reader's command may write a report or export: never onto this database
    db.protected_path = path
    return db


def _backup_before_migration(path: Path, pending: list[str]) -> None:
    """A copy of the database as it was, before a schema change that an older app could not undo."""
    from .backups import backup_on_session_start

    try:
        backup_on_session_start(path, reason="before-" + pending[0].split("_")[0])
    except OSError as exc:
        raise storage_error_from_os(exc, path, "the backup before updating its format could not be written")


def close_database(db: Database) -> None:
    """Close the connection and give up the single-writer lock taken by ``open_database(lock=True)``."""
    db.close()
    path = getattr(db, "protected_path", None)
    if path is not None and getattr(db, "writer", False):
        record_clean_close(path)  # the next open of this very file can skip the full read
    protected = getattr(db, "protected_path", None)
    if protected is not None:
        from .private_files import unprotect_database

        db.protected_path = None
        unprotect_database(protected)
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
    _migrate(db)
    return db
