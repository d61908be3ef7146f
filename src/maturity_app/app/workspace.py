"""The Workspace: one open database with its single-writer lock and the stores every use case works through."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..storage.database import close_database, open_database
from ..storage.transaction import write_transaction

if TYPE_CHECKING:  # annotations only
    from ..storage.connection import Database
    from ..storage.store import AssessmentStore
    from ..storage.cycle_store import CycleStore
    from ..storage.evidence_store import EvidenceStore
    from ..storage.plan_store import PlanStore
    from ..storage.workshop_store import WorkshopStore


class Workspace:
    """Owns the connection, the lock taken with it and the stores; both the CLI and the desktop app build one.

    *today* fixes the date scores are computed on (tests and reproducible reports); None means the real today.
    """

    def __init__(self, db: Database, *, today: dt.date | None = None, path: Path | None = None):
        self.db = db
        self.path = path
        self.fixed_today = today

    # The stores (and the domain modules behind them) are made on first use: `list` needs none, the start page
    # only this first one.
    @cached_property
    def assessments(self) -> AssessmentStore:
        from ..storage.store import AssessmentStore

        return AssessmentStore(self.db)

    @cached_property
    def workshop(self) -> WorkshopStore:
        from ..storage.workshop_store import WorkshopStore

        return WorkshopStore(self.assessments)

    @cached_property
    def cycle(self) -> CycleStore:
        from ..storage.cycle_store import CycleStore

        return CycleStore(self.assessments)

    @cached_property
    def evidence(self) -> EvidenceStore:
        from ..storage.evidence_store import EvidenceStore

        return EvidenceStore(self.db)

    @cached_property
    def plan(self) -> PlanStore:
        from ..storage.plan_store import PlanStore

        return PlanStore(self.db)

    @classmethod
    def open(cls, path: Path | str, *, lock: bool = True, today: dt.date | None = None,
             lock_wait: float = 0.0, create: bool = True) -> Workspace:
        """Open (creating and migrating as needed) the database at *path*; with *lock* no other process writes it
        (waiting up to *lock_wait* seconds for one that is finishing); without *create* a missing file is
        DatabaseMissing."""
        return cls(open_database(Path(path), lock=lock, lock_wait=lock_wait, create=create), today=today,
                   path=Path(path))

    @property
    def today(self) -> dt.date:
        return self.fixed_today or dt.date.today()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Everything inside is written together or not at all (nested use cases become savepoints)."""
        with write_transaction(self.db):  # a full disk is a StorageError saying so, never a raw sqlite3 error
            yield self.db

    def release_memory(self) -> None:
        """Hand back the pages SQLite keeps cached for this connection (about 1.5 MB once the start page or an
        assessment has been read); what is needed next is read again from the file, which the system caches.
        For an app gone idle: a closed workspace has none to give."""
        try:
            self.db.execute("PRAGMA shrink_memory")
        except sqlite3.ProgrammingError:  # closed
            pass

    def is_open(self) -> bool:
        """Whether the database is still open (work finished in the background may come back after closing)."""
        try:
            self.db.conn.total_changes
        except sqlite3.ProgrammingError:  # closed
            return False
        return True

    def close(self) -> None:
        """Close the connection and release the lock."""
        close_database(self.db)
