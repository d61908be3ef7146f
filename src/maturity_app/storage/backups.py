"""Rolling backups of the assessment database (SQLite online backup API) and restoring one with consent."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from ..domain.i18n import N_, _
from dataclasses import dataclass
from pathlib import Path

from .database import StorageError, integrity_problems, known_schema_names, move_aside
from .locations import backups_dir, data_dir, ensure_private_dir
from .private_files import write_private_atomic

DEFAULT_KEEP = 10
# How long a backup waits for a database another program holds locked (SQLite's online backup, left to itself,
# retries for ever: the worker running it, one of the app's two, would never come back, nor would the app's exit).
LOCKED_WAIT_SECONDS = 30.0
_BUSY, _LOCKED = 5, 6  # SQLite's result codes for a lock another connection holds
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_STAMP_PATTERN = r"\d{8}T\d{12}Z"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime  # UTC

    @property
    def label(self) -> str:
        """When it was taken, in local time, for messages."""
        return self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


_UID = r"[0-9a-f]{32}"


def _pattern(db_path: Path, uid: str) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(db_path.stem)}-{re.escape(uid)}-({_STAMP_PATTERN})(?:-[a-z0-9]+)*\.db$")


def read_identity(path: Path | str) -> str | None:
    """The identity stored inside a database (migration m004), read-only; None when it cannot be read.

    Read first as an immutable file, which creates no -wal/-shm beside it (a damaged file must be left exactly
    as found); only when WAL side files already exist (the database is open, its identity maybe only in the
    WAL) is it read through SQLite's shared memory.
    """
    path = Path(path)
    uid = _query_identity(f"{path.absolute().as_uri()}?mode=ro&immutable=1")
    sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    if uid is None and all(side.exists() for side in sides):
        uid = _query_identity(f"{path.absolute().as_uri()}?mode=ro")
    return uid


def _query_identity(uri: str) -> str | None:
    try:
        conn = sqlite3.connect(uri, uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        row = conn.execute("SELECT uid FROM database_identity WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    uid = row[0] if row else None
    return uid if isinstance(uid, str) and re.fullmatch(_UID, uid) else None


# Which identity each database path last had: a damaged file can no longer say which database it was.
_INDEX_NAME = "backup-identities.json"


def _index_path() -> Path:
    return data_dir() / _INDEX_NAME


def _read_index() -> dict[str, str]:
    from .private_files import ReadFailed, read_regular_file

    try:
        data = json.loads(read_regular_file(_index_path(), 1 << 20, "backup index"))
    except (ReadFailed, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}


def _remember_identity(db_path: Path, uid: str) -> None:
    from .private_files import write_private_atomic

    key = os.path.realpath(db_path)
    index = _read_index()
    if index.get(key) == uid:
        return
    index[key] = uid
    ensure_private_dir(data_dir())
    write_private_atomic(_index_path(), json.dumps(index, indent=1, sort_keys=True).encode(), app_file=True)


def database_identity(db_path: Path | str) -> str | None:
    """This database's identity: from inside the file, or (for a damaged file) as last recorded for its path."""
    return read_identity(db_path) or _read_index().get(os.path.realpath(db_path))


def list_backups(db_path: Path | str, folder: Path | None = None) -> list[Backup]:
    """Backups of *db_path* (this very database, by identity), newest first; none when its identity is unknown."""
    db_path = Path(db_path)
    folder = folder or backups_dir()
    uid = database_identity(db_path)
    if uid is None or not folder.is_dir():
        return []
    pattern = _pattern(db_path, uid)
    found = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match and entry.is_file():
            stamp = dt.datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=dt.timezone.utc)
            found.append(Backup(entry, stamp))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _digest(path: Path) -> str:
    # Read in chunks: a whole archive read at once (tens of MB) stays in the worker thread's heap after the launch
    # backup, and the app's idle memory with it.
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _remove_side_files(path: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


def _remove_stale_partials(folder: Path) -> None:
    """Half-written copies (and their SQLite side files) of backups whose process died."""
    from .private_files import _alive

    for entry in folder.iterdir():
        match = re.search(r"\.(\d+)\.partial(-wal|-shm|-journal)?$", entry.name)
        if match and not _alive(int(match.group(1))):
            with contextlib.suppress(OSError):
                entry.unlink()


def backup_on_session_start(
    db_path: Path | str, keep: int = DEFAULT_KEEP, folder: Path | None = None, reason: str = ""
) -> Path | None:
    """Copy the database into the backups folder and keep only the newest *keep* distinct copies.

    Uses SQLite's online backup, so it is consistent even while the app holds the database open. Returns the
    backup that now holds the current state (an identical previous backup is reused rather than rotating an
    older, different one out), or None when there is no database yet. The copy's name carries the identity
    stored inside the database; a database from before identities (about to be migrated) is named "legacy"
    and kept, but never offered for restoring automatically.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    db_path = Path(db_path)
    if not db_path.is_file():
        return None
    folder = ensure_private_dir(folder or backups_dir())
    _remove_stale_partials(folder)
    uid = read_identity(db_path)
    unchanged = _unchanged_since_last_backup(db_path, folder, uid) if uid else None
    if unchanged is not None:
        return unchanged
    now = dt.datetime.now(dt.timezone.utc)
    final = folder / f"{db_path.stem}-{uid or 'legacy'}-{now.strftime(_STAMP_FORMAT)}{'-' + reason if reason else ''}.db"
    partial = final.with_name(f"{final.name}.{os.getpid()}.partial")
    # Created 0600 before SQLite writes a byte, so the copy is never readable by others, even briefly.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        source = sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(str(partial))
        try:
            source.execute("PRAGMA busy_timeout = 5000")
            fingerprint = _fingerprint(db_path)  # taken before the copy: a write during it means "changed"
            _copy_waiting_for_locks(source, target, db_path)
            # A backup is one self-contained file: no -wal/-shm beside it, now or when it is checked.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
            source.close()
        problems = integrity_problems(partial)
        if problems:
            raise StorageError(_("the backup of {path} failed its integrity check: {problem}").format(
                path=db_path, problem=problems[0]))
        previous = list_backups(db_path, folder) if uid else []
        if previous and _digest(previous[0].path) == _digest(partial):
            _remember(db_path, folder, uid, previous[0].path, fingerprint)
            return previous[0].path
        os.replace(partial, final)
        if uid:
            _remember(db_path, folder, uid, final, fingerprint)
    except sqlite3.DatabaseError as exc:
        raise StorageError(_("could not back up {path}: {error}").format(path=db_path, error=exc)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        _remove_side_files(partial)
    if uid:
        _remember_identity(db_path, uid)
        for old in list_backups(db_path, folder)[keep:]:
            old.path.unlink()
    return final


def _copy_waiting_for_locks(source: sqlite3.Connection, target: sqlite3.Connection, db_path: Path) -> None:
    """SQLite's online backup of *source* into *target*, given up with a StorageError when another program has
    held the database locked for LOCKED_WAIT_SECONDS (sqlite3's backup retries a locked step without end)."""
    started = time.monotonic()

    def give_up_when_locked_too_long(status: int, _remaining: int, _total: int) -> None:
        if status in (_BUSY, _LOCKED) and time.monotonic() - started > LOCKED_WAIT_SECONDS:
            raise StorageError(_("could not back up {path}: another program has kept it locked for {seconds} "
                                 "seconds; close that program, the next start takes the backup").format(
                path=db_path, seconds=round(LOCKED_WAIT_SECONDS)))

    source.backup(target, progress=give_up_when_locked_too_long)


def _fingerprint(db_path: Path) -> dict:
    """What changes whenever the database's content does, read without opening it: size, modification time and
    SQLite's own change markers (the header's change counter; the write-ahead log's size and salts)."""
    fingerprint = {}
    for name, path in (("db", db_path), ("wal", db_path.with_name(db_path.name + "-wal"))):
        try:
            stat = path.stat()
            with open(path, "rb") as f:
                head = f.read(100 if name == "db" else 32)
        except FileNotFoundError:
            continue
        if name == "wal" and stat.st_size == 0:
            continue  # an empty log (the app has the file open) holds nothing: its time says nothing either
        fingerprint[name] = [stat.st_size, stat.st_mtime_ns, stat.st_ino, head.hex()]
    return fingerprint


def _marker(folder: Path, uid: str) -> Path:
    # Beside the backup index, not among the backups: that folder holds nothing but copies of databases.
    return data_dir() / f"last-backup-{uid}.json"


def _remember(db_path: Path, folder: Path, uid: str, backup: Path, fingerprint: dict) -> None:
    """Note which backup holds the database's current state and what the database file looked like then."""
    stat = backup.stat()
    record = {"backup": backup.name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns,
              "database": os.path.realpath(db_path), "source": fingerprint}
    record["folder"] = os.path.realpath(folder)
    ensure_private_dir(data_dir())
    write_private_atomic(_marker(folder, uid), json.dumps(record).encode(), app_file=True)


def _unchanged_since_last_backup(db_path: Path, folder: Path, uid: str) -> Path | None:
    """The newest backup when the database has not changed since it was taken (and it is still as written)."""
    try:
        record = json.loads(_marker(folder, uid).read_bytes())
        if record["database"] != os.path.realpath(db_path) or record["folder"] != os.path.realpath(folder):
            return None
        backup = folder / record["backup"]
        stat = backup.stat()
    except (OSError, ValueError, KeyError, TypeError):
        return None
    newest = list_backups(db_path, folder)
    if not newest or newest[0].path != backup or [stat.st_size, stat.st_mtime_ns] != [record["size"],
                                                                                      record["mtime_ns"]]:
        return None
    return backup if record.get("source") == _fingerprint(db_path) else None


def is_good_backup(path: Path, uid: str | None = None) -> bool:
    """Readable, passes integrity_check, holds assessments, was written by a schema this app knows, and (with
    *uid*) is a copy of that very database."""
    if integrity_problems(path):
        return False
    try:
        conn = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "assessments" not in tables or "_sqlite_migrations" not in tables:
                return False
            applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    if uid is not None and read_identity(path) != uid:
        return False
    return applied <= set(known_schema_names())


def newest_good_backup(db_path: Path | str, folder: Path | None = None) -> Backup | None:
    uid = database_identity(db_path)
    for backup in list_backups(db_path, folder):
        if is_good_backup(backup.path, uid):
            return backup
    return None


def restore_backup(backup: Backup | Path, db_path: Path | str) -> Path | None:
    """Put *backup* in place of *db_path*. The file it replaces is moved aside, never deleted.

    Returns where the replaced file now lives (None if there was none). Call only after the user agreed.
    """
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    db_path = Path(db_path)
    if not is_good_backup(source):
        raise StorageError(_("the backup {name} is not a healthy assessment database; nothing was changed").format(
            name=source.name))
    staging = db_path.with_name(db_path.name + ".restoring")
    try:
        ensure_private_dir(db_path.parent)
        # O_NOFOLLOW: a link planted at the staging name is refused, not written through.
        fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        # A full disk or a read-only folder: the database has not been touched yet, so say so.
        staging.unlink(missing_ok=True)
        raise StorageError(_("the backup {name} could not be copied next to {path} ({error}); nothing was changed")
                           .format(name=source.name, path=db_path, error=exc.strerror or exc)) from None
    try:
        moved = move_aside(db_path) if db_path.exists() else None
        os.replace(staging, db_path)
    except OSError as exc:
        raise StorageError(_("{path} could not be replaced by the backup ({error}); the backup's copy is {copy} and "
                             "no file was deleted").format(path=db_path, error=exc.strerror or exc, copy=staging)
                           ) from None
    return moved


BEFORE = (N_("import"), N_("delete"))  # what a backup is taken before, as messages name it


def backup_before_change(db_path: Path | str, what: str) -> Path | None:
    """A backup taken before a change the user may want to undo by hand (an import, a deletion)."""
    try:
        return backup_on_session_start(db_path, reason=re.sub(r"[^a-z0-9]+", "", what.lower()) or "change")
    except OSError as exc:
        raise StorageError(_("no backup of {path} could be taken before {what} ({error}); nothing was changed").format(
            path=db_path, what=_(what), error=exc.strerror or exc)) from None
