"""One writer per database: an OS-level lock on a side file, released by the OS even if the app is killed."""

from __future__ import annotations

import os
import sys
import threading
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
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


# Locks held by this process, shared by every opener of the same file: two windows of one process are not
# racing writers (SQLite serialises them), and flock would otherwise make a process conflict with itself.
_held: dict[Path, list] = {}  # resolved lock path -> [fd, refcount]
_held_guard = threading.Lock()


class DatabaseLock:
    """Exclusive claim on a database file for this process; `acquire()` raises DatabaseLocked when taken."""

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self.lock_path = lock_path_for(self.db_path)
        self._key = self.lock_path.resolve()
        self._acquired = False

    @property
    def acquired(self) -> bool:
        return self._acquired

    def acquire(self) -> DatabaseLock:
        if self._acquired:
            return self
        with _held_guard:
            held = _held.get(self._key)
            if held is not None:
                held[1] += 1
                self._acquired = True
                return self
            self.lock_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _try_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise DatabaseLocked(
                    f"{self.db_path} is already open in another Maturity window or command"
                    f"{f' (process {holder})' if holder else ''}. Close it there first; "
                    "two programs writing to the same assessments could lose answers."
                )
            # The pid is only for the message above; the lock itself is the OS lock, never the file content.
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, str(os.getpid()).encode())
            _held[self._key] = [fd, 1]
            self._acquired = True
            return self

    def release(self) -> None:
        if not self._acquired:
            return
        self._acquired = False
        with _held_guard:
            held = _held.get(self._key)
            if held is None:
                return
            held[1] -= 1
            if held[1] == 0:
                del _held[self._key]
                fd = held[0]
                try:
                    _unlock(fd)
                finally:
                    os.close(fd)

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
