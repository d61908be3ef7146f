"""Every past schema opens with current code: databases stopped at each migration, and released fixture files."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from maturity_app.domain.assessment import NA, Answer
from maturity_app.storage.database import integrity_problems, known_schema_names, open_database
from maturity_app.storage.migrations import migrations
from maturity_app.storage.portable import dumps, export_data, import_bytes
from maturity_app.storage.store import AssessmentStore

FIXTURE_DBS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "db").glob("schema-*.db"))
NAMES = known_schema_names()


def _insert_v1_assessment(db: Database, pack) -> None:
    """Rows using only m001 columns: what an early user's database holds (its snapshot where that schema keeps
    it: in the row until m011, in pack_snapshots from then on)."""
    if "pack_snapshot" in db["assessments"].columns_dict:
        snapshot_column, snapshot = "pack_snapshot", pack.snapshot()
    else:
        db.execute("INSERT INTO pack_snapshots (sha256, snapshot) VALUES (?, ?)",
                   [hashlib.sha256(pack.snapshot().encode()).hexdigest(), pack.snapshot()])
        snapshot_column, snapshot = "pack_snapshot_id", 1
    db.execute(
        f"""INSERT INTO assessments (uid, organisation, pack_id, pack_version, pack_title, {snapshot_column},
           question_count, created_at, updated_at) VALUES ('11111111-2222-3333-4444-555555555555', 'Old Co',
           ?, ?, ?, ?, ?, '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00')""",
        [pack.id, pack.version, pack.title, snapshot, len(pack.questions())],
    )
    db.execute(
        """INSERT INTO answers (assessment_id, question_id, compliance, capability, owner, updated_at)
           VALUES (1, 'rec-restore', 4, -1, 'Ana', '2024-01-01T00:00:00+00:00')"""
    )


@pytest.mark.parametrize("stop_before", NAMES, ids=lambda n: f"before-{n.split('_')[0]}")
def test_database_at_every_past_schema_opens_and_upgrades(tmp_path, mini_pack, stop_before):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    old = Database(conn)
    migrations.apply(old, stop_before=stop_before)
    has_assessments = old["assessments"].exists()
    if has_assessments:
        _insert_v1_assessment(old, mini_pack)
    conn.close()

    db = open_database(path)
    assert [m.name for m in migrations.applied(db)] == NAMES
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    store = AssessmentStore(db)
    if has_assessments:
        kept = store.load(1)
        assert kept.info.organisation == "Old Co"
        assert kept.answers["rec-restore"].compliance == 4 and kept.answers["rec-restore"].capability == NA
        store.save_answer(1, kept.answers["rec-restore"].with_changes(capability=2))
        assert store.answer(1, "rec-restore").capability == 2
    else:
        store.create(mini_pack, "Fresh")
    db.close()


def test_there_is_a_fixture_for_the_first_released_schema():
    assert any(p.name.startswith("schema-1-m001") for p in FIXTURE_DBS)


@pytest.mark.parametrize("fixture", FIXTURE_DBS, ids=lambda p: p.stem)
def test_released_fixture_database_opens_with_current_code(tmp_path, fixture):
    expected = json.loads(fixture.with_suffix(".json").read_text())
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    db = open_database(path)
    assert [m.name for m in migrations.applied(db)] == NAMES
    assert integrity_problems(path) == []
    store = AssessmentStore(db)
    assessment = store.load(1)
    assert assessment.info.organisation == expected["organisation"]
    for question_id, values in expected["answers"].items():
        answer = assessment.answers[question_id]
        assert answer.compliance == (NA if values["compliance"] == -1 else values["compliance"])
        assert answer.capability == (NA if values["capability"] == -1 else values["capability"])
        assert answer.owner == values["owner"]
    assert len(store.history(1)) == expected["history"]
    # Old data still goes through every current path: saving, exporting, importing elsewhere.
    store.save_answer(1, Answer("dec-owner", 1, 1, owner="New owner"))
    other = open_database(tmp_path / "other.db")
    new_id = import_bytes(other, dumps(export_data(db, 1)), fixture.name, as_copy=True)
    assert AssessmentStore(other).load(new_id).answers.keys() == store.load(1).answers.keys()
