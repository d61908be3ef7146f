"""Schema history. Append-only: a released migration is never edited, a change is a new function."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("maturity_app")


@migrations()
def m001_create_assessments_answers_history(db: Database) -> None:
    # Levels are stored as integers 0-4; -1 means "not applicable"; NULL means "not answered yet".
    db.execute(
        """
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            organisation TEXT NOT NULL,
            scope TEXT NOT NULL DEFAULT '',
            assessor TEXT NOT NULL DEFAULT '',
            mode TEXT NOT NULL DEFAULT 'self' CHECK (mode IN ('self', 'workshop')),
            escalation_budget INTEGER NOT NULL DEFAULT 3 CHECK (escalation_budget >= 0),
            pack_id TEXT NOT NULL,
            pack_version TEXT NOT NULL,
            pack_title TEXT NOT NULL,
            pack_snapshot TEXT NOT NULL,
            question_count INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE answers (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            compliance INTEGER CHECK (compliance BETWEEN -1 AND 4),
            capability INTEGER CHECK (capability BETWEEN -1 AND 4),
            proven_on TEXT,
            owner TEXT NOT NULL DEFAULT '',
            evidence_note TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL DEFAULT '',
            action_owner TEXT NOT NULL DEFAULT '',
            action_due TEXT,
            escalate INTEGER NOT NULL DEFAULT 0,
            decision TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, question_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE answer_history (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            answer TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX answer_history_by_question ON answer_history (assessment_id, question_id, id)")
