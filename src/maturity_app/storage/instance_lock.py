"""One writer per database: an OS-level lock on a side file, released by the OS even if the app is killed."""

from __future__ import annotations

import os
import sys
import threading
import time
from ..domain.i18n import _
from pathlib import Path

from .database import DatabaseLocked

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(db_path: Path | str) -> Path:
    # Beside the real file: a symlinked path takes the same lock as the path it points to.
    db_path = Path(os.path.realpath(db_path))
    return db_path.with_name(db_path.name + ".lock")


def identity_lock_path(db_path: Path | str) -> Path | None:
    """A lock named after the file's identity (device, inode): every hard link to one database shares it."""
    from .locations import data_dir

    try:
        st = os.stat(db_path)
    except OSError:
        return None
    return data_dir() / "locks" / f"{st.st_dev}-{st.st_ino}.lock"


# Locks held by this process, shared by every opener of the same file: two windows of one process are not
# racing writers (SQLite serialises them), and flock would otherwise make a process conflict with itself.
_held: dict[Path, list] = {}  # lock file path -> [fd, refcount]
_held_guard = threading.Lock()


def _open_lock_file(lock_path: Path, db_path: Path) -> int:
    try:
        from .locations import ensure_private_dir

        ensure_private_dir(lock_path.parent)
        return os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        from .database import storage_error_from_os

        raise storage_error_from_os(exc, db_path, "its lock file could not be created") from None


def _take(lock_path: Path, db_path: Path) -> None:
    """Take (or share, within this process) the OS lock on *lock_path*; DatabaseLocked when another has it."""
    with _held_guard:
        held = _held.get(lock_path)
        if held is not None:
            held[1] += 1
            return
        fd = _open_lock_file(lock_path, db_path)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            text = (_("{path} is already open in another Maturity window or command (process {process}). Close it "
                      "there first; two programs writing to the same assessments could lose answers.") if holder else
                    _("{path} is already open in another Maturity window or command. Close it there first; two "
                      "programs writing to the same assessments could lose answers."))
            raise DatabaseLocked(text.format(path=db_path, process=holder))
        _write_holder(fd)
        _held[lock_path] = [fd, 1]


def _write_holder(fd: int) -> None:
    """Leave this process's id in the lock file, for the message a second opener gets; the lock itself is the OS
    lock, never the file's content.

    Written over the last holder's id, and cut only when that was longer: truncating a file another process wrote
    makes the file system settle its blocks first (0.4 to 4.6 ms for each of the two lock files on ext4, measured),
    and every launch met that on its way to the first window."""
    pid = str(os.getpid()).encode()
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, pid)
    if os.fstat(fd).st_size > len(pid):
        os.ftruncate(fd, len(pid))


def _drop(lock_path: Path) -> None:
    with _held_guard:
        held = _held.get(lock_path)
        if held is None:
            return
        held[1] -= 1
        if held[1] == 0:
            del _held[lock_path]
            fd = held[0]
            try:
                _unlock(fd)
            finally:
                os.close(fd)


class DatabaseLock:
    """Exclusive claim on a database file for this process; `acquire()` raises DatabaseLocked when taken.

    Two OS locks: one beside the real file (symlinks resolved) and, once the file exists, one keyed on its
    identity, so neither a symlink nor a hard link under another name lets a second writer in.
    """

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self.lock_path = lock_path_for(self.db_path)
        self._taken: list[Path] = []

    @property
    def acquired(self) -> bool:
        return bool(self._taken)

    def acquire(self, wait: float = 0.0) -> DatabaseLock:
        """Take the lock; with *wait* seconds, keep trying that long (another command may be finishing)."""
        if self._taken:
            return self
        deadline = time.monotonic() + wait
        while True:
            try:
                _take(self.lock_path, self.db_path)
                break
            except DatabaseLocked:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.1)
        self._taken.append(self.lock_path)
        try:
            self.bind_identity()
        except BaseException:
            self.release()
            raise
        return self

    def bind_identity(self) -> None:
        """Also take the identity lock; call again once a database that did not exist has been created."""
        if not self._taken:
            return
        identity = identity_lock_path(self.db_path)
        if identity is None or identity in self._taken:
            return
        _take(identity, self.db_path)
        self._taken.append(identity)

    def release(self) -> None:
        taken, self._taken = self._taken, []
        for lock_path in reversed(taken):
            _drop(lock_path)

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""
