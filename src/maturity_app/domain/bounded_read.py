"""Read a user-chosen file safely: regular files only, never more than a limit.

/dev/zero, /dev/urandom or a FIFO given as an import, a pack or a password file would otherwise exhaust memory
or hang a command that holds the database lock. Opened non-blocking (a FIFO with no writer cannot hang), size
checked on what is read, not only on what stat claims.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import MaturityError


class ReadFailed(MaturityError):
    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason  # without the file name, for callers that name the file their own way


def _failed(what: str, path: Path, reason: str) -> ReadFailed:
    return ReadFailed(f"cannot read the {what} {path}: {reason}", reason)


def read_regular_file(path: Path | str, limit: int, what: str = "file") -> bytes:
    """The bytes of a regular file of at most *limit* bytes; devices, pipes, folders and larger files are refused."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _failed(what, path, exc.strerror or str(exc)) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise _failed(what, path, "it is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise _failed(what, path, "it is not a regular file (a device, pipe or socket)")
        if st.st_size > limit:
            raise _failed(what, path, f"it is too large ({st.st_size:,} bytes; at most {limit:,})")
        chunks = []
        size = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise _failed(what, path, f"it is too large (more than {limit:,} bytes)")
    except OSError as exc:
        raise _failed(what, path, exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    return b"".join(chunks)
