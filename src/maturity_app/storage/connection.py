"""The app's handle on its SQLite connection: sqlite-utils' Database, with sqlite-utils imported on first real use.

Importing sqlite-utils costs a launch about as much as building the window (it pulls in click, dateutil and
pluggy), yet the first window only needs a few plain queries. So this handle answers ``execute``,
``execute_returning_dicts``, ``atomic`` and ``close`` itself, with sqlite-utils' own semantics for the
autocommit connections the app opens, and hands everything else (``table()``, ``table_names()``, ...) to a
``sqlite_utils.Database`` on the same connection, created the first time one is needed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any


class Database:
    instance_lock = None  # set by open_database: the single-writer lock that lives as long as the connection
    protected_path = None
    writer = False  # opened by open_database (not a reader): its clean close is recorded (storage.verified)

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._full = None
        # As sqlite_utils.Database(conn) does by default: the app's triggers were written with it on.
        conn.execute("PRAGMA recursive_triggers=on;")

    @property
    def full(self):
        """The sqlite_utils.Database on this connection (sqlite-utils imported now, once)."""
        if self._full is None:
            from sqlite_utils import Database as SqliteUtilsDatabase

            self._full = SqliteUtilsDatabase(self.conn, recursive_triggers=False)  # already set above
        return self._full

    def __getattr__(self, name: str):
        if name.startswith("__") or name in ("conn", "_full"):
            raise AttributeError(name)
        return getattr(self.full, name)

    def __getitem__(self, table_name: str):
        return self.full[table_name]

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if self._full is not None:
            return self._full.execute(sql, parameters)
        if parameters is not None:
            return self.conn.execute(sql, parameters)
        return self.conn.execute(sql)

    def execute_returning_dicts(self, sql: str, params: Sequence | dict[str, Any] | None = None) -> list[dict]:
        cursor = self.conn.execute(sql, params) if params is not None else self.conn.execute(sql)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows - use execute() for other statements")
        keys = [d[0] for d in cursor.description]
        if len(set(keys)) != len(keys):  # sqlite-utils renames repeated column names: let it
            return self.full.execute_returning_dicts(sql, params)
        return [dict(zip(keys, row)) for row in cursor]

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction (nested: a savepoint), exactly as sqlite_utils.Database.atomic."""
        if self.conn.in_transaction:
            savepoint = f"sqlite_utils_{os.urandom(16).hex()}"  # as secrets.token_hex(16), without its imports
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # an error may have ended the whole transaction already
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
