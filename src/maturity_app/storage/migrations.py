"""Schema history. Append-only: a released migration is never edited, a change is a new function.

The functions are applied by sqlite-utils' Migrations (``migrations``, built on first use): opening a database
that is already up to date only compares names (``MIGRATION_SET``, ``names()``), so sqlite-utils stays off the
desktop's start path. Register a new migration with ``@migrations()`` as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "maturity_app"
_registered: list[tuple[Callable, str, bool]] = []  # (function, name, transactional), in the order they apply


def names() -> list[str]:
    """Every migration this version knows, in the order they apply."""
    return [name for _, name, _ in _registered]


class _Migrations:
    """``@migrations()`` registers a migration, exactly as with sqlite-utils' Migrations; everything else
    (``apply``, ``applied``, ``pending``...) is sqlite-utils' own, on a Migrations built at first use."""

    name = MIGRATION_SET

    def __init__(self):
        self._built = None

    def __call__(self, *, name: str | None = None, transactional: bool = True) -> Callable[[Callable], Callable]:
        def register(function: Callable) -> Callable:
            if self._built is not None:
                raise RuntimeError("migrations are registered when this module is imported, before any is applied")
            _registered.append((function, name or function.__name__, transactional))
            return function

        return register

    def __getattr__(self, attr: str):
        if attr.startswith("__"):
            raise AttributeError(attr)
        if self._built is None:
            from sqlite_utils.migrations import Migrations

            built = Migrations(MIGRATION_SET)
            for function, name, transactional in _registered:
                built(name=name, transactional=transactional)(function)
            self._built = built
        return getattr(self._built, attr)


migrations = _Migrations()


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


@migrations()
def m002_add_participants_and_ratings(db: Database) -> None:
    # Participants are soft-deleted (removed_at) so their ratings stay in history; numbers are seats in the
    # room, never reused within an assessment, so "participant 3" means the same person all session.
    db.execute(
        """
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 1),
            role TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            removed_at TEXT,
            UNIQUE (assessment_id, number)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE participant_ratings (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            compliance INTEGER CHECK (compliance BETWEEN -1 AND 4),
            capability INTEGER CHECK (capability BETWEEN -1 AND 4),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (participant_id, question_id)
        )
        """
    )
    db.execute("CREATE INDEX participant_ratings_by_question ON participant_ratings (assessment_id, question_id)")
    db.execute(
        """
        CREATE TABLE rating_history (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            rating TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX rating_history_by_question ON rating_history (assessment_id, question_id, id)")


@migrations()
def m003_add_assessment_lineage(db: Database) -> None:
    # Certification cycle: which assessment a re-assessment continues, what changed in the pack between them,
    # and per answer whether it was carried over and whether pre-filled levels still wait for confirmation.
    # Kept in their own tables so the answers table (and the positional copy in AssessmentStore.duplicate)
    # is untouched.
    db.execute(
        """
        CREATE TABLE assessment_lineage (
            assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
            previous_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
            prefilled INTEGER NOT NULL DEFAULT 0 CHECK (prefilled IN (0, 1)),
            pack_change TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX assessment_lineage_by_previous ON assessment_lineage (previous_id)")
    db.execute(
        """
        CREATE TABLE answer_flags (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            carried_over INTEGER NOT NULL DEFAULT 0 CHECK (carried_over IN (0, 1)),
            to_confirm INTEGER NOT NULL DEFAULT 0 CHECK (to_confirm IN (0, 1)),
            PRIMARY KEY (assessment_id, question_id)
        )
        """
    )
    # Saving an answer is the user confirming it, whichever path saved it (desktop, workshop, CLI): a trigger
    # keeps that rule in one place instead of in every caller of AssessmentStore.save_answer.
    for event in ("INSERT", "UPDATE"):
        db.execute(
            f"""
            CREATE TRIGGER answer_saved_clears_to_confirm_{event.lower()} AFTER {event} ON answers
            BEGIN
                UPDATE answer_flags SET to_confirm = 0
                WHERE assessment_id = NEW.assessment_id AND question_id = NEW.question_id AND to_confirm = 1;
            END
            """
        )


@migrations()
def m004_add_database_identity(db: Database) -> None:
    # Backups are tied to the database they copy by this id, not by file name: another database that happens
    # to have the same file name must never be offered (or restored) as this one's backup.
    db.execute(
        """
        CREATE TABLE database_identity (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            uid TEXT NOT NULL
        )
        """
    )
    db.execute("INSERT INTO database_identity (id, uid) VALUES (1, lower(hex(randomblob(16))))")


@migrations()
def m005_add_workshop_reveals_and_board_decisions(db: Database) -> None:
    # Which question and axis the facilitator has revealed to the room: until then no screen may show or imply
    # a participant's level there (friction map, conversations, counts). Kept so a revealed question stays
    # revealed after a restart, and a hidden one stays hidden.
    db.execute(
        """
        CREATE TABLE workshop_reveals (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            axis TEXT NOT NULL CHECK (axis IN ('capability', 'compliance')),
            revealed_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, question_id, axis)
        )
        """
    )
    # The board's decision on an escalation: what resolves it (accepted risk, funded fix, closed because the gap
    # closed). An escalation without one stays open, cycle after cycle.
    db.execute(
        """
        CREATE TABLE board_decisions (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('accepted_risk', 'funded_fix', 'gap_closed')),
            note TEXT NOT NULL DEFAULT '',
            decided_on TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, question_id)
        )
        """
    )


@migrations()
def m009_add_evidence_files_and_verifications(db: Database) -> None:
    # Evidence content lives once per SHA-256 (two questions citing one report share it); rows link it to an
    # answer. A blob no row uses any more is removed by the trigger, also when an assessment is deleted (the
    # cascade fires it), so the database never keeps files nobody can see.
    db.execute(
        """
        CREATE TABLE evidence_blobs (
            sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
            size INTEGER NOT NULL CHECK (size > 0),
            content BLOB NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            name TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES evidence_blobs(sha256),
            size INTEGER NOT NULL CHECK (size > 0),
            dated TEXT,
            added_at TEXT NOT NULL,
            UNIQUE (assessment_id, question_id, sha256)
        )
        """
    )
    db.execute("CREATE INDEX evidence_by_question ON evidence (assessment_id, question_id)")
    db.execute("CREATE INDEX evidence_by_sha256 ON evidence (sha256)")
    db.execute(
        """
        CREATE TRIGGER evidence_blob_released AFTER DELETE ON evidence
        WHEN NOT EXISTS (SELECT 1 FROM evidence WHERE sha256 = OLD.sha256)
        BEGIN
            DELETE FROM evidence_blobs WHERE sha256 = OLD.sha256;
        END
        """
    )
    # One verification per answer: who confirmed which claim (level and proof date), when, after seeing which
    # files (JSON list of SHA-256). The domain decides whether it still holds for the answer as it stands.
    db.execute(
        """
        CREATE TABLE verifications (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            verifier TEXT NOT NULL,
            verified_on TEXT NOT NULL,
            capability INTEGER CHECK (capability BETWEEN -1 AND 4),
            proven_on TEXT,
            files TEXT NOT NULL DEFAULT '[]',
            PRIMARY KEY (assessment_id, question_id)
        )
        """
    )
    # Targets the board set (a capability level per domain, optionally per question), risks accepted instead of
    # fixed (approver, reason, expiry), and each action's status and priority override with their history. The
    # action's text, owner and due date stay on the answer, where they always were.
    db.execute(
        """
        CREATE TABLE targets (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('domain', 'question')),
            item_id TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),
            PRIMARY KEY (assessment_id, kind, item_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE acceptances (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            approver TEXT NOT NULL,
            reason TEXT NOT NULL,
            accepted_on TEXT NOT NULL,
            expires_on TEXT NOT NULL,
            PRIMARY KEY (assessment_id, question_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE action_states (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'in progress', 'done', 'dropped')),
            priority INTEGER CHECK (priority BETWEEN 0 AND 1000),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, question_id)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE action_history (
            id INTEGER PRIMARY KEY,
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('open', 'in progress', 'done', 'dropped')),
            priority INTEGER CHECK (priority BETWEEN 0 AND 1000)
        )
        """
    )
    db.execute("CREATE INDEX action_history_by_question ON action_history (assessment_id, question_id, id)")


@migrations()
def m010_store_assessment_headline(db: Database) -> None:
    # The headline figures (domain.headline) stored per assessment, so a list never re-scores every pack. A table of
    # their own: a row of assessments carries its ~100 KB pack snapshot, and SQLite rewrites a whole row on update.
    # A missing row means "compute again": the triggers below delete it in the same transaction as any change that
    # can move a score (an answer written, copied, imported or deleted; a snapshot or budget changed), whoever
    # writes it. valid_from/valid_through bound the days the figures hold (a proof ages past its freshness).
    # Existing assessments are filled in by storage.headlines.backfill right after the migrations run.
    db.execute(
        """
        CREATE TABLE assessment_headlines (
            assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
            figures TEXT NOT NULL,
            definition TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            valid_through TEXT
        )
        """
    )
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        db.execute(
            f"""
            CREATE TRIGGER answer_{event.lower()}_clears_headline AFTER {event} ON answers
            BEGIN
                DELETE FROM assessment_headlines WHERE assessment_id = {row}.assessment_id;
            END
            """
        )
    # Evidence, verifications and the plan (m009) feed the score too.
    for table in ("evidence", "verifications", "targets", "acceptances", "action_states"):
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            db.execute(
                f"""
                CREATE TRIGGER {table}_{event.lower()}_clears_headline AFTER {event} ON {table}
                BEGIN
                    DELETE FROM assessment_headlines WHERE assessment_id = {row}.assessment_id;
                END
                """
            )
    db.execute(
        """
        CREATE TRIGGER scoring_inputs_clear_headline AFTER UPDATE OF pack_snapshot, escalation_budget ON assessments
        BEGIN
            DELETE FROM assessment_headlines WHERE assessment_id = NEW.id;
        END
        """
    )


@migrations()
def m011_move_pack_snapshots_to_their_own_table(db: Database) -> None:
    # Each assessment carried its ~100 KB pack snapshot in its own row, and SQLite rewrites a whole row on update:
    # every autosave (which touches assessments.updated_at) rewrote the snapshot, and listing assessments read past
    # it to the columns behind it. Snapshots now live once per content (SHA-256), referenced by id; assessments of
    # one pack version share one row. A snapshot no assessment uses any more is removed by trigger.
    import hashlib

    db.execute(
        """
        CREATE TABLE pack_snapshots (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
            snapshot TEXT NOT NULL
        )
        """
    )
    db.execute("ALTER TABLE assessments ADD COLUMN pack_snapshot_id INTEGER REFERENCES pack_snapshots(id)")
    digests: list[tuple[int, str]] = []
    known: set[str] = set()
    for assessment_id, snapshot in db.execute("SELECT id, pack_snapshot FROM assessments ORDER BY id").fetchall():
        digest = hashlib.sha256(snapshot.encode("utf-8")).hexdigest()
        if digest not in known:
            known.add(digest)
            db.execute("INSERT INTO pack_snapshots (sha256, snapshot) VALUES (?, ?)", [digest, snapshot])
        digests.append((assessment_id, digest))
    for assessment_id, digest in digests:
        db.execute("UPDATE assessments SET pack_snapshot_id = (SELECT id FROM pack_snapshots WHERE sha256 = ?) "
                   "WHERE id = ?", [digest, assessment_id])
    # The m010 trigger names the old column: it goes before the column, and comes back watching the reference.
    db.execute("DROP TRIGGER scoring_inputs_clear_headline")
    db.execute("ALTER TABLE assessments DROP COLUMN pack_snapshot")
    db.execute(
        """
        CREATE TRIGGER scoring_inputs_clear_headline AFTER UPDATE OF pack_snapshot_id, escalation_budget ON assessments
        BEGIN
            DELETE FROM assessment_headlines WHERE assessment_id = NEW.id;
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER pack_snapshot_changed_clears_headlines AFTER UPDATE OF snapshot ON pack_snapshots
        BEGIN
            DELETE FROM assessment_headlines
            WHERE assessment_id IN (SELECT id FROM assessments WHERE pack_snapshot_id = NEW.id);
        END
        """
    )
    db.execute("CREATE INDEX assessments_by_pack_snapshot ON assessments (pack_snapshot_id)")
    # The list of assessments counts each one's answered and not-applicable questions: from this index alone,
    # without reading the answers' text (notes and actions make those rows wide).
    db.execute("CREATE INDEX answers_levels ON answers (assessment_id, compliance, capability)")
    for event, condition in (("DELETE", ""), ("UPDATE OF pack_snapshot_id", "OLD.pack_snapshot_id IS NOT "
                                                                            "NEW.pack_snapshot_id AND ")):
        db.execute(
            f"""
            CREATE TRIGGER pack_snapshot_released_{event.split()[0].lower()} AFTER {event} ON assessments
            WHEN {condition}NOT EXISTS (SELECT 1 FROM assessments WHERE pack_snapshot_id = OLD.pack_snapshot_id)
            BEGIN
                DELETE FROM pack_snapshots WHERE id = OLD.pack_snapshot_id;
            END
            """
        )


# Whether an answers row {row} counts as answered (both sides rated, neither N/A) and as not applicable (N/A on
# either side): the two counts every list of assessments shows. IS keeps both 0 or 1 where a side is NULL.
_COUNTED_ANSWERED = ("({row}.compliance IS NOT NULL AND {row}.capability IS NOT NULL "
                     "AND {row}.compliance IS NOT -1 AND {row}.capability IS NOT -1)")
_COUNTED_NOT_APPLICABLE = "({row}.compliance IS -1 OR {row}.capability IS -1)"


@migrations()
def m012_count_answers_per_assessment(db: Database) -> None:
    # Every list of assessments (the start page, `list`) shows how many questions each has answered and marked
    # N/A; counting them from the answers at every listing was most of the time a list of a thousand assessments
    # took (#21). The counts are kept here by triggers, in the statement that writes, copies, imports or deletes
    # an answer, whoever writes it; an assessment's counts start from its answers when its row is inserted.
    # Derived data: no foreign key to assessments, so a portable file never carries it (its row goes with the
    # assessment's, by trigger).
    answered, not_applicable = _COUNTED_ANSWERED.format(row="w"), _COUNTED_NOT_APPLICABLE.format(row="w")
    recount = (f"(SELECT count(*) FROM answers w WHERE w.assessment_id = {{id}} AND {answered}), "
               f"(SELECT count(*) FROM answers w WHERE w.assessment_id = {{id}} AND {not_applicable})")
    db.execute(
        """
        CREATE TABLE answer_counts (
            assessment_id INTEGER PRIMARY KEY,
            answered INTEGER NOT NULL,
            not_applicable INTEGER NOT NULL
        )
        """
    )
    db.execute(f"INSERT INTO answer_counts SELECT a.id, {recount.format(id='a.id')} FROM assessments a")
    db.execute(
        f"""
        CREATE TRIGGER assessment_counted AFTER INSERT ON assessments
        BEGIN
            INSERT OR REPLACE INTO answer_counts VALUES (NEW.id, {recount.format(id='NEW.id')});
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER assessment_counts_released AFTER DELETE ON assessments
        BEGIN
            DELETE FROM answer_counts WHERE assessment_id = OLD.id;
        END
        """
    )

    def change(row: str, sign: str) -> str:
        return (f"UPDATE answer_counts SET answered = answered {sign} {_COUNTED_ANSWERED.format(row=row)}, "
                f"not_applicable = not_applicable {sign} {_COUNTED_NOT_APPLICABLE.format(row=row)} "
                f"WHERE assessment_id = {row}.assessment_id;")

    db.execute(f"CREATE TRIGGER answer_counted_insert AFTER INSERT ON answers BEGIN {change('NEW', '+')} END")
    db.execute(f"CREATE TRIGGER answer_counted_delete AFTER DELETE ON answers BEGIN {change('OLD', '-')} END")
    moved = " OR ".join(f"{expr.format(row='OLD')} IS NOT {expr.format(row='NEW')}"
                        for expr in (_COUNTED_ANSWERED, _COUNTED_NOT_APPLICABLE, "{row}.assessment_id"))
    # An autosave that changes a note, an owner or a level within the scale changes no count: nothing runs.
    db.execute(
        f"""
        CREATE TRIGGER answer_counted_update AFTER UPDATE OF assessment_id, compliance, capability ON answers
        WHEN {moved}
        BEGIN
            {change('OLD', '-')}
            {change('NEW', '+')}
        END
        """
    )
    # The index served the counting only; every save that changed a level rewrote it.
    db.execute("DROP INDEX answers_levels")


# The titles a pack snapshot {row} carries, as a row of pack_snapshot_titles: its own language and title, and its
# translations' titles by language, read by SQLite from the snapshot's JSON (a snapshot that is not valid JSON
# gets no row: its assessments show their own pack_title).
_SNAPSHOT_TITLES = """
    INSERT OR REPLACE INTO pack_snapshot_titles (snapshot_id, language, title, translations)
    SELECT {row}.id, json_extract({row}.snapshot, '$.language'), json_extract({row}.snapshot, '$.title'),
           (SELECT json_group_object(key, json_extract(value, '$.title'))
            FROM json_each({row}.snapshot, '$.translations'))
    {source} WHERE json_valid({row}.snapshot)"""


@migrations()
def m013_store_pack_titles_in_every_language(db: Database) -> None:
    # An assessment's pack_title is the title in the language the app spoke when it was made, so the start page
    # showed an English title in the German window (and the other way round). The title in each language the
    # pack carries is kept here, one small row per snapshot, so a list shows the interface language's title
    # without reading the ~300 KB snapshots (a column of pack_snapshots would sit behind the snapshot's overflow
    # pages, walked for every row listed). Kept by trigger from the snapshot, whoever writes it. Derived data: no
    # foreign key, so a portable file never carries it.
    db.execute(
        """
        CREATE TABLE pack_snapshot_titles (
            snapshot_id INTEGER PRIMARY KEY,
            language TEXT,
            title TEXT,
            translations TEXT
        )
        """
    )
    db.execute(_SNAPSHOT_TITLES.format(row="s", source="FROM pack_snapshots s"))
    for event in ("INSERT", "UPDATE OF snapshot"):
        db.execute(
            f"""
            CREATE TRIGGER pack_snapshot_titled_{event.split()[0].lower()} AFTER {event} ON pack_snapshots
            BEGIN
                DELETE FROM pack_snapshot_titles WHERE snapshot_id = NEW.id;
                {_SNAPSHOT_TITLES.format(row="NEW", source="")};
            END
            """
        )
    db.execute(
        """
        CREATE TRIGGER pack_snapshot_titles_released AFTER DELETE ON pack_snapshots
        BEGIN
            DELETE FROM pack_snapshot_titles WHERE snapshot_id = OLD.id;
        END
        """
    )
