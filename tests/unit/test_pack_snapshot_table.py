"""Pack snapshots live once per content in their own table (m011): an older database keeps every assessment, its
exact snapshot and its headline; saving an answer no longer rewrites a snapshot; unused snapshots go."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3

from sqlite_utils import Database

from maturity_app.app import assessments as assessment_ops
from maturity_app.app.start_rows import start_rows
from maturity_app.app.workspace import Workspace
from maturity_app.domain.assessment import Answer
from maturity_app.storage.database import known_schema_names, open_database
from maturity_app.storage.migrations import migrations
from maturity_app.storage.pack_snapshots import snapshot_of

M011 = "m011_move_pack_snapshots_to_their_own_table"
TODAY = dt.date(2026, 6, 1)


def _other_version(pack):
    return pack.model_copy(update={"version": "9.9", "title": pack.title + " (revised)"})


def _old_database(path, packs) -> dict[int, str]:
    """A database as the version before m011 wrote it: snapshots inside the assessment rows, headlines stored.
    Returns each assessment's snapshot text."""
    conn = sqlite3.connect(path, isolation_level=None)
    old = Database(conn)
    migrations.apply(old, stop_before=M011)
    snapshots = {}
    for number, pack in enumerate(packs, start=1):
        snapshot = pack.snapshot()
        old.execute(
            """INSERT INTO assessments (uid, organisation, pack_id, pack_version, pack_title, pack_snapshot,
               question_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00+00:00',
               '2024-01-0{0}T00:00:00+00:00')""".replace("{0}", str(number)),
            [f"00000000-0000-0000-0000-00000000000{number}", f"Org {number}", pack.id, pack.version, pack.title,
             snapshot, len(pack.questions())],
        )
        old.execute("""INSERT INTO answers (assessment_id, question_id, compliance, capability, owner, updated_at)
                       VALUES (?, 'rec-restore', 4, ?, 'Ana', '2024-01-01T00:00:00+00:00')""", [number, number % 5])
        snapshots[number] = snapshot
    conn.close()
    return snapshots


def test_an_older_database_keeps_every_assessment_its_snapshot_and_its_headline(tmp_path, mini_pack):
    path = tmp_path / "old.db"
    revised = _other_version(mini_pack)
    snapshots = _old_database(path, [mini_pack, mini_pack, revised, mini_pack])
    # Headlines as the old version stored them (its start page made them before the upgrade).
    ws = Workspace(open_database(path, migrate=False), today=TODAY, path=path)
    ws.db.execute("PRAGMA foreign_keys = ON")
    from maturity_app.storage.headlines import headlines

    before_figures = headlines(ws.db, lambda ids: [ws.assessments.with_files_and_plan(a)
                                                   for a in _old_load_many(ws, ids)], TODAY)
    stored_before = dict(ws.db.execute("SELECT assessment_id, figures FROM assessment_headlines").fetchall())
    ws.close()

    ws = Workspace.open(path, today=TODAY)
    try:
        applied = [r[0] for r in ws.db.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        assert applied == known_schema_names()
        columns = [r[1] for r in ws.db.execute("PRAGMA table_info(assessments)")]
        assert "pack_snapshot" not in columns and "pack_snapshot_id" in columns
        # One row per distinct snapshot, each under its SHA-256, byte for byte what the assessment had.
        rows = ws.db.execute("SELECT sha256, snapshot FROM pack_snapshots").fetchall()
        assert len(rows) == 2
        assert all(hashlib.sha256(text.encode()).hexdigest() == digest for digest, text in rows)
        for assessment_id, snapshot in snapshots.items():
            assert snapshot_of(ws.db, assessment_id) == snapshot
            loaded = ws.assessments.load(assessment_id)
            assert loaded.info.organisation == f"Org {assessment_id}"
            assert loaded.answers["rec-restore"].capability == assessment_id % 5
        assert ws.assessments.load(3).pack.version == revised.version
        # The stored headlines came through untouched and are still what a fresh score says.
        assert dict(ws.db.execute("SELECT assessment_id, figures FROM assessment_headlines").fetchall()) \
            == stored_before
        rows_now = {r.info.id: r.figures for r in start_rows(ws, TODAY)}
        assert rows_now == {i: before_figures[i] for i in snapshots}
        assert ws.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert ws.db.execute("PRAGMA freelist_count").fetchone()[0] == 0  # the copies' space was handed back
    finally:
        ws.close()


def _old_load_many(ws, ids):
    """Loading as the pre-m011 code did (snapshot read from the assessment row)."""
    from dataclasses import replace

    from maturity_app.domain.schema import Pack

    loaded = []
    for assessment_id in ids:
        from maturity_app.storage.store import _info_from_row

        info = _info_from_row(ws.db.execute_returning_dicts("SELECT * FROM assessments WHERE id = ?",
                                                            [assessment_id])[0])
        [snapshot] = ws.db.execute("SELECT pack_snapshot FROM assessments WHERE id = ?", [assessment_id]).fetchone()
        answers = {r["question_id"]: r for r in ws.db.execute_returning_dicts(
            "SELECT * FROM answers WHERE assessment_id = ?", [assessment_id])}
        from maturity_app.domain.assessment import Assessment
        from maturity_app.storage.answer_rows import answer_from_row

        assessment = Assessment(info=info, pack=Pack.from_snapshot(snapshot),
                                answers={q: answer_from_row(r) for q, r in answers.items()})
        loaded.append(replace(assessment))
    return loaded


def test_assessments_of_one_pack_share_one_snapshot_and_the_last_one_out_removes_it(db_path, mini_pack):
    ws = Workspace.open(db_path, today=TODAY)
    try:
        first = assessment_ops.create_assessment(ws, mini_pack, "Acme").value
        copy = assessment_ops.duplicate_assessment(ws, first).value
        revised = assessment_ops.create_assessment(ws, _other_version(mini_pack), "Beta").value
        assert ws.db.execute("SELECT count(*) FROM pack_snapshots").fetchone()[0] == 2
        assert snapshot_of(ws.db, first) == snapshot_of(ws.db, copy) == mini_pack.snapshot()
        assessment_ops.delete_assessment(ws, revised)
        assert ws.db.execute("SELECT count(*) FROM pack_snapshots").fetchone()[0] == 1
        assessment_ops.delete_assessment(ws, first)
        assert ws.assessments.load(copy).pack.snapshot() == mini_pack.snapshot()  # still used by the copy
        assessment_ops.delete_assessment(ws, copy)
        assert ws.db.execute("SELECT count(*) FROM pack_snapshots").fetchone()[0] == 0
    finally:
        ws.close()


def test_saving_an_answer_leaves_the_snapshot_row_alone(db_path, mini_pack):
    ws = Workspace.open(db_path, today=TODAY)
    try:
        aid = assessment_ops.create_assessment(ws, mini_pack, "Acme").value
        changes = []
        ws.db.conn.set_trace_callback(changes.append)
        ws.assessments.save_answer(aid, Answer("rec-restore", compliance=3, capability=1))
        ws.db.conn.set_trace_callback(None)
        writes = [sql for sql in changes if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
        assert writes and not any("pack_snapshot" in sql for sql in writes)
        assert ws.assessments.info(aid).updated_at == ws.assessments.answer(aid, "rec-restore").updated_at
        assert json.loads(snapshot_of(ws.db, aid))["id"] == mini_pack.id
    finally:
        ws.close()
