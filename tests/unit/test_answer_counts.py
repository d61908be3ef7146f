"""Answered and N/A counts kept per assessment by trigger (m012): always equal to counting the answers (#21)."""

from __future__ import annotations

import datetime as dt
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from maturity_app.app import answers as answer_ops
from maturity_app.app import assessments as assessment_ops
from maturity_app.app.workspace import Workspace
from maturity_app.domain.assessment import NA
from maturity_app.storage.database import open_database
from maturity_app.storage.migrations import migrations
from maturity_app.storage.store import AssessmentStore

TODAY = dt.date(2026, 6, 1)
RECOUNT = """
    SELECT a.id,
           (SELECT count(*) FROM answers w WHERE w.assessment_id = a.id AND w.compliance IS NOT NULL
            AND w.capability IS NOT NULL AND w.compliance != -1 AND w.capability != -1),
           (SELECT count(*) FROM answers w WHERE w.assessment_id = a.id AND (w.compliance = -1 OR w.capability = -1))
    FROM assessments a ORDER BY a.id
"""


def _kept(db) -> list[tuple]:
    return [tuple(r) for r in db.execute(
        "SELECT a.id, c.answered, c.not_applicable FROM assessments a LEFT JOIN answer_counts c "
        "ON c.assessment_id = a.id ORDER BY a.id").fetchall()]


def _counted(db) -> list[tuple]:
    return [tuple(r) for r in db.execute(RECOUNT).fetchall()]


def test_an_older_database_gets_its_counts_when_it_migrates(tmp_path, mini_pack):
    path = tmp_path / "m011.db"
    conn = sqlite3.connect(path, isolation_level=None)
    old = Database(conn)
    migrations.apply(old, stop_before="m012_count_answers_per_assessment")
    store = AssessmentStore(old)
    first, second = store.create(mini_pack, "Acme"), store.create(mini_pack, "Beta")
    for question, compliance, capability in (("rec-restore", 4, 1), ("rec-deps", -1, -1), ("dec-owner", 2, None),
                                             ("dec-exceptions", 3, -1)):
        old.execute("INSERT INTO answers (assessment_id, question_id, compliance, capability, updated_at) "
                    "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00+00:00')", [first, question, compliance, capability])
    conn.close()

    db = open_database(path)
    try:
        assert _kept(db) == _counted(db) == [(first, 1, 2), (second, 0, 0)]
        assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'answers_levels'").fetchone()
        infos = {i.id: i for i in AssessmentStore(db).list()}
        assert (infos[first].answered, infos[first].applicable) == (1, 3)
    finally:
        db.close()


def test_every_kind_of_write_keeps_the_counts(db_path, mini_pack, tmp_path):
    ws = Workspace.open(db_path, today=TODAY)
    try:
        aid = assessment_ops.create_assessment(ws, mini_pack, "Acme").value
        answer_ops.change_answer(ws, aid, "rec-restore", compliance=4, capability=3, proven_on=TODAY)
        answer_ops.change_answer(ws, aid, "rec-deps", compliance="na", capability="na")
        answer_ops.change_answer(ws, aid, "dec-owner", compliance=2)
        assert _kept(ws.db) == _counted(ws.db) == [(aid, 1, 1)]
        answer_ops.change_answer(ws, aid, "dec-owner", capability=NA)  # one side N/A: not applicable
        answer_ops.change_answer(ws, aid, "rec-deps", compliance=1, capability=1)  # N/A undone: answered
        answer_ops.change_answer(ws, aid, "rec-restore", owner="Ana")  # no level changed
        assert _kept(ws.db) == _counted(ws.db) == [(aid, 2, 1)]
        copy = assessment_ops.duplicate_assessment(ws, aid).value
        path = assessment_ops.export_file(ws, aid, tmp_path / "a.maturity.json")
        imported = assessment_ops.import_file(ws, path, as_copy=True).value
        next_cycle = assessment_ops.reassess(ws, aid, mini_pack, prefill=True).value.new_id
        assert len(_kept(ws.db)) == 4 and _kept(ws.db) == _counted(ws.db)
        assert dict((i, (a, n)) for i, a, n in _kept(ws.db))[copy] == (2, 1)
        assessment_ops.delete_assessment(ws, imported)
        assessment_ops.delete_assessment(ws, aid)
        assert _kept(ws.db) == _counted(ws.db) and {r[0] for r in _kept(ws.db)} == {copy, next_cycle}
        assert ws.db.execute("SELECT count(*) FROM answer_counts").fetchone()[0] == 2  # none left behind
        fresh = assessment_ops.create_assessment(ws, mini_pack, "Gamma").value  # may reuse a deleted id
        assert _kept(ws.db) == _counted(ws.db) and dict((i, (a, n)) for i, a, n in _kept(ws.db))[fresh] == (0, 0)
    finally:
        ws.close()


LEVEL = st.sampled_from([None, -1, 0, 1, 2, 3, 4])
QUESTIONS = ["rec-restore", "rec-deps", "dec-owner", "dec-exceptions", "cul-near-miss"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(["write", "delete", "move"]), st.sampled_from(QUESTIONS), LEVEL,
                                LEVEL, st.integers(0, 1)), max_size=25))
def test_the_triggers_count_any_sequence_of_raw_writes(tmp_path_factory, mini_pack, steps):
    """Any program's SQL (not only the app's own statements) leaves the counts right."""
    db = open_database(tmp_path_factory.mktemp("raw") / "raw.db")
    try:
        store = AssessmentStore(db)
        ids = [store.create(mini_pack, "Acme"), store.create(mini_pack, "Beta")]
        for action, question, compliance, capability, which in steps:
            assessment_id = ids[which]
            if action == "write":
                db.execute("INSERT INTO answers (assessment_id, question_id, compliance, capability, updated_at) "
                           "VALUES (?, ?, ?, ?, 'now') ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
                           "compliance = excluded.compliance, capability = excluded.capability",
                           [assessment_id, question, compliance, capability])
            elif action == "delete":
                db.execute("DELETE FROM answers WHERE assessment_id = ? AND question_id = ?",
                           [assessment_id, question])
            else:  # an answer moved to the other assessment (where that question is not answered yet)
                db.execute("UPDATE OR IGNORE answers SET assessment_id = ? WHERE assessment_id = ? "
                           "AND question_id = ?", [ids[1 - which], assessment_id, question])
            assert _kept(db) == _counted(db)
    finally:
        db.close()
