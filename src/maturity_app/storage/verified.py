"""Which database files are exactly as this app last left them, so opening them need not read every page again.

``PRAGMA quick_check`` reads the whole file: with a large archive that is most of a launch. It is there for a file
that changed behind the app's back (truncated by a full disk or a bad copy, replaced, damaged). A file the app
closed cleanly, whose identity, size and change times are still the ones recorded at that close, and with no
write-ahead log beside it, is the file the app left: it is opened without the full read. Anything else (another
program wrote it, a crash left a log, a copy from elsewhere, no record) is checked in full as before.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from pathlib import Path

_INDEX_NAME = "verified-databases.json"
_KEEP = 20  # databases remembered; the oldest record goes first


def _index_path() -> Path:
    from .locations import data_dir

    return data_dir() / _INDEX_NAME


def fingerprint(path: Path) -> list[int] | None:
    """What any write, replacement or copy changes; None while a write-ahead log holds anything (not closed
    cleanly). An empty log is no log: a read-only command's connection leaves one behind (it may not delete it),
    and it holds no page the file lacks."""
    try:
        with contextlib.suppress(FileNotFoundError):
            log = os.lstat(f"{path}-wal")
            if log.st_size or not stat.S_ISREG(log.st_mode):
                return None
        st = os.stat(path)
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _read() -> dict[str, list]:
    from .private_files import ReadFailed, read_regular_file

    try:
        data = json.loads(read_regular_file(_index_path(), 1 << 20, "verified databases"))
    except (ReadFailed, ValueError, OSError):
        return {}
    return data if isinstance(data, dict) else {}


def left_as_verified(path: Path) -> bool:
    """True when *path* is, by its fingerprint, the very file this app closed after a clean session."""
    current = fingerprint(path)
    return current is not None and _read().get(os.path.realpath(path)) == current


def record_clean_close(path: Path) -> None:
    """Remember *path* as closed by this app (call after the connection is closed). Never raises: without a
    record the next open simply checks the file in full."""
    current = fingerprint(path)
    key = os.path.realpath(path)
    try:
        index = _read()
        if current is None:
            if index.pop(key, None) is None:
                return
        elif index.get(key) == current:
            return
        else:
            index.pop(key, None)
            index[key] = current
        from .locations import ensure_private_dir
        from .private_files import write_private_atomic

        kept = dict(list(index.items())[-_KEEP:])
        ensure_private_dir(_index_path().parent)
        write_private_atomic(_index_path(), json.dumps(kept, indent=1).encode(), app_file=True)
    except Exception:  # noqa: BLE001 - a missing record only costs the next open a full check
        pass

