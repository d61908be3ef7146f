"""Rolling backups of the assessment database (SQLite online backup API) and restoring one with consent."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .database import StorageError, integrity_problems, known_schema_names, move_aside
from .locations import backups_dir, ensure_private_dir
from .private_files import write_private_atomic

DEFAULT_KEEP = 10
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


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(db_path.stem)}-({_STAMP_PATTERN})\.db$")


def list_backups(db_path: Path | str, folder: Path | None = None) -> list[Backup]:
    """Backups of *db_path*, newest first."""
    db_path = Path(db_path)
    folder = folder or backups_dir()
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    found = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match and entry.is_file():
            stamp = dt.datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=dt.timezone.utc)
            found.append(Backup(entry, stamp))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backup_on_session_start(
    db_path: Path | str, keep: int = DEFAULT_KEEP, folder: Path | None = None
) -> Path | None:
    """Copy the database into the backups folder and keep only the newest *keep* distinct copies.

    Uses SQLite's online backup, so it is consistent even while the app holds the database open. Returns the
    backup that now holds the current state (an identical previous backup is reused rather than rotating an
    older, different one out), or None when there is no database yet.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    db_path = Path(db_path)
    if not db_path.is_file():
        return None
    folder = ensure_private_dir(folder or backups_dir())
    unchanged = _unchanged_since_last_backup(db_path, folder)
    if unchanged is not None:
        return unchanged
    now = dt.datetime.now(dt.timezone.utc)
    final = folder / f"{db_path.stem}-{now.strftime(_STAMP_FORMAT)}.db"
    partial = final.with_name(final.name + ".partial")
    # Created 0600 before SQLite writes a byte, so the copy is never readable by others, even briefly.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        source = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        target = sqlite3.connect(str(partial))
        try:
            source.execute("PRAGMA busy_timeout = 5000")
            fingerprint = _fingerprint(db_path)  # taken before the copy: a write during it means "changed"
            source.backup(target)
            # A rollback-journal copy: opening it later (integrity check, restore) leaves no -wal/-shm beside it.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
            source.close()
        problems = integrity_problems(partial)
        if problems:
            raise StorageError(f"the backup of {db_path} failed its integrity check: {problems[0]}")
        previous = list_backups(db_path, folder)
        if previous and _digest(previous[0].path) == _digest(partial):
            partial.unlink()
            _remember(db_path, folder, previous[0].path, fingerprint)
            return previous[0].path
        os.replace(partial, final)
        _remember(db_path, folder, final, fingerprint)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"could not back up {db_path}: {exc}") from None
    finally:
        for leftover in (partial, *_side_files(partial)):
            leftover.unlink(missing_ok=True)
    for old in list_backups(db_path, folder)[keep:]:
        old.path.unlink()
    return final


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


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


def _marker(db_path: Path, folder: Path) -> Path:
    return folder / f"{db_path.stem}.last-backup.json"


def _remember(db_path: Path, folder: Path, backup: Path, fingerprint: dict) -> None:
    stat = backup.stat()
    record = {"backup": backup.name, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "source": fingerprint}
    write_private_atomic(_marker(db_path, folder), json.dumps(record).encode())


def _unchanged_since_last_backup(db_path: Path, folder: Path) -> Path | None:
    """The newest backup when the database has not changed since it was taken (and it is still as written)."""
    try:
        record = json.loads(_marker(db_path, folder).read_bytes())
        backup = folder / record["backup"]
        stat = backup.stat()
    except (OSError, ValueError, KeyError, TypeError):
        return None
    newest = list_backups(db_path, folder)
    if not newest or newest[0].path != backup or [stat.st_size, stat.st_mtime_ns] != [record["size"],
                                                                                      record["mtime_ns"]]:
        return None
    return backup if record.get("source") == _fingerprint(db_path) else None


def is_good_backup(path: Path) -> bool:
    """Readable, passes integrity_check, holds assessments, and was written by a schema this app knows."""
    if integrity_problems(path):
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "assessments" not in tables or "_sqlite_migrations" not in tables:
                return False
            applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False
    return applied <= set(known_schema_names())


def newest_good_backup(db_path: Path | str, folder: Path | None = None) -> Backup | None:
    for backup in list_backups(db_path, folder):
        if is_good_backup(backup.path):
            return backup
    return None


def restore_backup(backup: Backup | Path, db_path: Path | str) -> Path | None:
    """Put *backup* in place of *db_path*. The file it replaces is moved aside, never deleted.

    Returns where the replaced file now lives (None if there was none). Call only after the user agreed.
    """
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    db_path = Path(db_path)
    if not is_good_backup(source):
        raise StorageError(f"the backup {source.name} is not a healthy assessment database; nothing was changed")
    staging = db_path.with_name(db_path.name + ".restoring")
    try:
        ensure_private_dir(db_path.parent)
        fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        # A full disk or a read-only folder: the database has not been touched yet, so say so.
        staging.unlink(missing_ok=True)
        raise StorageError(
            f"the backup {source.name} could not be copied next to {db_path} ({exc.strerror or exc}); "
            "nothing was changed"
        ) from None
    try:
        moved = move_aside(db_path) if db_path.exists() else None
        os.replace(staging, db_path)
    except OSError as exc:
        raise StorageError(
            f"{db_path} could not be replaced by the backup ({exc.strerror or exc}); the backup's copy is "
            f"{staging} and no file was deleted"
        ) from None
    return moved
