"""Write files atomically and readable by the user only: exports describe an organisation's weak points."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..domain.errors import MaturityError


class WriteFailed(MaturityError):
    pass


def write_private_atomic(path: Path | str, data: bytes) -> Path:
    """Write *data* to *path* all-or-nothing: a temp file in the same folder (0600), fsync, then os.replace.

    A crash or a full disk leaves either the old file or the new one, never half of one.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise WriteFailed(f"cannot write {path}: the folder {folder} does not exist")
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)  # mkstemp: 0600
    except OSError as exc:
        raise WriteFailed(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp_name, 0o600)
        os.replace(temp_name, path)
    except OSError as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise WriteFailed(f"cannot write {path}: {exc.strerror or exc}") from None
    _fsync_folder(folder)
    return path


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
