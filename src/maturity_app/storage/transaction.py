"""One write transaction whose failure is a sentence: a full disk is "the disk is full", never a raw sqlite3 error.

SQLite rolls the transaction back, so nothing is half-saved; callers (desktop and command line) show the
StorageError at once and keep their own state as it was before the attempt.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .database import storage_error_from_sqlite

if TYPE_CHECKING:  # annotations only
    from .connection import Database


def database_file(db: Database) -> Path | None:
    try:
        row = db.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return Path(row[2]) if row and row[2] else None


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    try:
        with db.atomic():
            yield
    except sqlite3.IntegrityError:
        raise  # a broken rule is a bug in the app, for the exception hook and its log
    except sqlite3.Error as exc:
        raise storage_error_from_sqlite(exc, database_file(db)) from None
