"""The one way the app writes and reads files it does not own through SQLite.

Writes are all-or-nothing and owner-only (0600): exports describe an organisation's weak points. Every target
passes one guard first: never the open database or one of its companion files (compared by file identity, so
symlinks and hard links are caught), never the backups folder, never a device, pipe or folder, never a
read-only file. Reads of user-chosen files are bounded and regular-file only, so /dev/zero or a FIFO cannot
exhaust memory or hang a command that holds the database lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import threading
from ..domain.i18n import N_, _
from collections.abc import Iterator
from pathlib import Path

from ..domain.errors import MaturityError


class WriteFailed(MaturityError):
    pass


# -- what no writer may touch ----------------------------------------------------------------------
# Companion names SQLite and this app create next to a database file.
COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock", ".restoring")

_open_databases: dict[str, int] = {}  # absolute database path -> how many opens hold it
_guard = threading.Lock()


def protect_database(path: Path | str) -> None:
    """Register an opened database: from now on no writer may replace it or its companion files."""
    key = os.path.abspath(path)
    with _guard:
        _open_databases[key] = _open_databases.get(key, 0) + 1


def unprotect_database(path: Path | str) -> None:
    key = os.path.abspath(path)
    with _guard:
        left = _open_databases.get(key, 0) - 1
        if left > 0:
            _open_databases[key] = left
        else:
            _open_databases.pop(key, None)


def _identity(path: Path | str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _protected() -> tuple[set[tuple[int, int]], set[tuple[int, int, str]], set[tuple[int, int]]]:
    """(file identities, (folder identity, name) pairs, protected folder identities), computed now.

    Identities are taken fresh at every check, never remembered: an inode freed by a deleted file is reused.
    """
    from .locations import backups_dir, data_dir

    with _guard:
        databases = list(_open_databases)
    files: set[tuple[int, int]] = set()
    names: set[tuple[int, int, str]] = set()
    folders: set[tuple[int, int]] = set()
    for database in databases:
        db = Path(database)
        for real in {db, Path(os.path.realpath(db))}:
            folder = _identity(real.parent)
            for suffix in COMPANION_SUFFIXES:
                companion = real.with_name(real.name + suffix)
                ident = _identity(companion)
                if ident:
                    files.add(ident)
                if folder:
                    names.add((*folder, companion.name))
    index = data_dir() / "backup-identities.json"  # which backups belong to a database that no longer reads
    ident, folder = _identity(index), _identity(index.parent)
    if ident:
        files.add(ident)
    if folder:
        names.add((*folder, index.name))
    for own in (backups_dir(), data_dir() / "locks"):  # the app's own folders: backups, identity locks
        ident = _identity(own)
        if not ident:
            continue
        folders.add(ident)
        with contextlib.suppress(OSError):
            for entry in os.scandir(own):
                ident = _identity(entry.path)
                if ident:
                    files.add(ident)
    return files, names, folders


def check_write_target(path: Path | str, error: type[MaturityError] = WriteFailed, what: str = "",
                       *, app_file: bool = False) -> Path:
    """Refuse a target no writer may replace; returns the path. *what* names the file in messages ("the report").

    *app_file*: one of the app's own bookkeeping files (the backup index), which only the app itself writes."""
    path = Path(path)
    prefix = _cannot_write(what, path)
    files, names, folders = _protected() if not app_file else (set(), set(), set())
    try:
        st = os.stat(path)  # follows symlinks: a link to the database is the database
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise error(f"{prefix}: {exc.strerror or exc}") from None
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise error(f"{prefix}: {_('it is a folder; choose a file name')}")
        if not stat.S_ISREG(st.st_mode):
            raise error(f"{prefix}: {_('it is not a regular file (a device, pipe or socket); choose a file name')}")
        if (st.st_dev, st.st_ino) in files:
            raise error(f"{prefix}: "
                        + _("it is the assessment database or one of its own files; choose another name"))
        if not (st.st_mode & 0o222) or not os.access(path, os.W_OK):
            raise error(f"{prefix}: {_('the existing file is read-only')}")
    for candidate in {path, Path(os.path.realpath(path))}:
        folder_ident = _identity(candidate.parent)
        if folder_ident is None:
            continue
        if (*folder_ident, candidate.name) in names:
            raise error(f"{prefix}: "
                        + _("that name belongs to the assessment database's own files; choose another name"))
        if folder_ident in folders:
            raise error(f"{prefix}: " + _("that is the backups folder (or another folder only the app writes); "
                                          "choose another folder"))
    folder = path.parent
    if not folder.is_dir():
        raise error(f"{prefix}: " + _("the folder {folder} does not exist").format(folder=folder))
    if not os.access(folder, os.W_OK):
        raise error(f"{prefix}: " + _("the folder {folder} is not writable").format(folder=folder))
    return path


# -- temporary files beside the target --------------------------------------------------------------
_TEMP_SUFFIX = ".part"


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


# .<target name>.<pid>-<mkstemp's 8 random characters>.part: compiled at its first use (re keeps it), not as this
# module loads on the way to the launch's first frame.
_TEMP_PATTERN = r"^\..+\.(\d+)-[a-z0-9_]{8}\.part$"


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":
        # On Windows os.kill(pid, 0) would terminate the process, not probe it: leftovers are kept there.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_stale_temporaries(target: Path) -> None:
    """Delete temporary files killed writers left in *target*'s folder (their process is gone), whatever
    file they were writing; a running writer's files are left alone."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(target.parent):
            match = re.match(_TEMP_PATTERN, entry.name)
            if match and not _alive(int(match.group(1))) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


@contextlib.contextmanager
def temporary_sibling(target: Path, error: type[MaturityError] = WriteFailed, what: str = "") -> Iterator[Path]:
    """An owner-only temporary file beside *target* (same file system, so os.replace is atomic), always removed.

    Its name carries this process's id, so a later writer can tell a leftover of a killed process from a
    file another running writer is still filling.
    """
    target = Path(target)
    remove_stale_temporaries(target)
    import tempfile

    try:
        handle, name = tempfile.mkstemp(prefix=f"{_temp_prefix(target)}{os.getpid()}-", suffix=_TEMP_SUFFIX,
                                        dir=target.parent)  # mkstemp: 0600
    except OSError as exc:
        raise error(f"{_cannot_write(what, target)}: {_reason(exc)}") from None
    os.close(handle)
    path = Path(name)
    try:
        yield path
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def publish(temporary: Path, target: Path, error: type[MaturityError] = WriteFailed, what: str = "",
            *, app_file: bool = False) -> Path:
    """Move a finished temporary file into place, owner-only; the previous file stays intact until this succeeds."""
    check_write_target(target, error, what, app_file=app_file)  # again: the target may have changed while the file was being made
    prefix = _cannot_write(what, target)
    try:
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except PermissionError as exc:
        if target.exists():  # Windows refuses to replace a file a viewer (Acrobat, Excel) holds open
            raise error(f"{prefix}: {_reason(exc)}. " + _(
                "The file is probably open in another program (a PDF viewer or spreadsheet?): close it there and "
                "try again, or choose another file name.")) from None
        raise error(f"{prefix}: {_reason(exc)}") from None
    except OSError as exc:
        raise error(f"{prefix}: {_reason(exc)}") from None
    _fsync_folder(target.parent)
    return target


WHATS = (N_("the report"),)  # the nouns callers name a file by (what=...), translated in messages


def _cannot_write(what: str, path) -> str:
    """ "cannot write the report to PATH" / "cannot write PATH"; *what* is an English noun the callers pass."""
    if what:
        return _("cannot write {what} to {path}").format(what=_(what), path=path)
    return _("cannot write {path}").format(path=path)


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("the disk is full")
    return exc.strerror or str(exc)


def write_private_atomic(path: Path | str, data: bytes, *, app_file: bool = False) -> Path:
    """Write *data* to *path* all-or-nothing: a temp file in the same folder (0600), fsync, then os.replace.

    A crash or a full disk leaves either the old file or the new one, never half of one.
    """
    path = check_write_target(Path(path), app_file=app_file)
    with temporary_sibling(path) as temp:
        try:
            with open(temp, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise WriteFailed(f"{_cannot_write('', path)}: {_reason(exc)}") from None
        return publish(temp, path, app_file=app_file)


def open_private_append(path: Path | str):
    """Open a file of the app's own (a log) for appending, created owner-only."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    if hasattr(os, "fchmod"):  # POSIX; a file created above is already owner-only
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)
    return os.fdopen(fd, "a", encoding="utf-8")


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders this way and does not need it.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- bounded reads -----------------------------------------------------------------------------------
# Lives in domain (the pack loader needs it too); re-exported here, the app's one place for file access.
from ..domain.bounded_read import ReadFailed, read_regular_file  # noqa: E402,F401
