"""Export/import of one assessment: byte-stable round trip, hostile files rejected naming the field, no partial writes."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os

import pytest

from maturity_app.cli import main as cli_main
from maturity_app.domain.assessment import Answer
from maturity_app.domain.escalation import FUNDED_FIX, BoardDecision
from maturity_app.storage.cycle_store import CycleStore
from maturity_app.storage.database import open_database
from maturity_app.storage.portable import (
    FILE_SUFFIX,
    AssessmentExists,
    ImportRejected,
    dumps,
    export_assessment,
    export_data,
    import_assessment,
    import_bytes,
    suggested_file_name,
)
from maturity_app.storage.store import AssessmentStore
from maturity_app.storage.workshop_store import WorkshopStore


def row_counts(db) -> dict[str, int]:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()]
    return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def without_export_time(raw: bytes) -> bytes:
    data = json.loads(raw)
    data.pop("exported_at")
    return json.dumps(data, sort_keys=True).encode()


@pytest.fixture
def workshop(store, mini_pack):
    """A workshop assessment with answers, history, participants (one removed) and ratings."""
    aid = store.create(mini_pack, "Nordwind AG ☃", scope="HQ", assessor="CISO", mode="workshop")
    store.save_answer(aid, Answer("rec-restore", 3, 1, owner="Ana", evidence_note="=HYPERLINK(\"x\")"))
    store.save_answer(aid, Answer("rec-restore", 3, 2, owner="Ana", evidence_note="line 1\nline 2 «ü»"))
    store.save_answer(aid, Answer("rec-deps", "na", 0, escalate=True, decision="Fund the test"))
    ws = WorkshopStore(store)
    legal = ws.add_participant(aid, "Legal", "Lena")
    it = ws.add_participant(aid, "IT")
    gone = ws.add_participant(aid, "Finance", "Fred")
    ws.rate(aid, legal.id, "rec-restore", compliance=3, capability=1)
    ws.rate(aid, it.id, "rec-restore", compliance=2, capability="na")
    ws.rate(aid, it.id, "rec-restore", capability=0)
    ws.rate(aid, gone.id, "rec-deps", compliance=1)
    ws.remove_participant(gone.id)
    ws.set_revealed(aid, "rec-restore", "capability", True)
    CycleStore(store).record_board_decision(aid, BoardDecision("rec-deps", FUNDED_FIX, dt.date(2026, 5, 4), "Q3"))
    return aid


@pytest.fixture
def exported(tmp_path, store, workshop):
    path = tmp_path / f"nordwind{FILE_SUFFIX}"
    export_assessment(store.db, workshop, path)
    return path


@pytest.fixture
def other_db(tmp_path):
    db = open_database(tmp_path / "other.db")
    yield db
    db.close()


def test_export_contains_every_assessment_table(exported):
    data = json.loads(exported.read_bytes())
    assert data["format"] == "maturity-app.assessment" and data["version"] == 2
    tables = data["tables"]
    assert len(tables["answers"]) == 2 and len(tables["answer_history"]) == 3
    assert len(tables["participants"]) == 3
    assert [p["id"] for p in tables["participants"]] == [1, 2, 3]  # file-local ids
    assert len(tables["participant_ratings"]) == 3 and len(tables["rating_history"]) == 4
    assert {r["participant_id"] for r in tables["participant_ratings"]} <= {1, 2, 3}
    assert [(r["question_id"], r["axis"]) for r in tables["workshop_reveals"]] == [("rec-restore", "capability")]
    assert [(r["question_id"], r["outcome"]) for r in tables["board_decisions"]] == [("rec-deps", "funded_fix")]
    assert "assessment_id" not in tables["answers"][0] and "id" not in data["assessment"]
    assert data["pack"]["id"] == "mini"


def test_round_trip_is_byte_identical_apart_from_exported_at(tmp_path, exported, other_db):
    new_id = import_assessment(other_db, exported)
    again = tmp_path / "again.maturity.json"
    export_assessment(other_db, new_id, again)
    first, second = exported.read_bytes(), again.read_bytes()
    assert without_export_time(first) == without_export_time(second)
    differing = [(a, b) for a, b in zip(first.splitlines(), second.splitlines()) if a != b]
    assert all(b'"exported_at"' in a for a, _ in differing)


def test_round_trip_survives_different_local_ids(tmp_path, mini_pack, store, workshop, other_db):
    # The target already holds other participants, so every id changes on import.
    target = AssessmentStore(other_db)
    filler = target.create(mini_pack, "Filler", mode="workshop")
    for role in ("HR", "Risk", "Security", "Executive"):
        WorkshopStore(target).add_participant(filler, role)
    first = dumps(export_data(store.db, workshop))
    new_id = import_bytes(other_db, first, "memory")
    assert new_id != workshop
    assert without_export_time(dumps(export_data(other_db, new_id))) == without_export_time(first)
    imported = WorkshopStore(target)
    assert [(p.number, p.role, p.removed_at is not None) for p in imported.participants(new_id, include_removed=True)] == [
        (1, "Legal", False), (2, "IT", False), (3, "Finance", True)
    ]
    assert target.load(new_id).answers["rec-restore"].evidence_note == "line 1\nline 2 «ü»"
    assert len(target.history(new_id)) == 3


def test_exported_file_is_private_and_written_atomically(tmp_path, store, workshop, exported):
    assert exported.stat().st_mode & 0o777 == 0o600
    assert sorted(os.listdir(exported.parent)) == sorted(p.name for p in exported.parent.iterdir())
    assert not [p for p in exported.parent.iterdir() if p.name.endswith(".tmp")]
    # Overwriting keeps the old file until the new one is complete (os.replace), and stays 0600.
    os.chmod(exported, 0o644)
    export_assessment(store.db, workshop, exported)
    assert exported.stat().st_mode & 0o777 == 0o600


def test_existing_assessment_is_never_overwritten(store, workshop, exported):
    before = row_counts(store.db)
    with pytest.raises(AssessmentExists) as caught:
        import_assessment(store.db, exported)
    assert "--as-copy" in str(caught.value) and exported.name in str(caught.value)
    assert row_counts(store.db) == before
    new_id = import_assessment(store.db, exported, as_copy=True)
    info = store.info(new_id)
    assert info.uid != store.info(workshop).uid
    assert info.organisation == "Nordwind AG ☃ (imported copy)"
    assert store.load(new_id).answers.keys() == store.load(workshop).answers.keys()
    assert row_counts(store.db)["participants"] == 2 * before["participants"]


def test_as_copy_into_a_database_without_it_keeps_the_name(exported, other_db):
    new_id = import_assessment(other_db, exported, as_copy=True)
    assert AssessmentStore(other_db).info(new_id).organisation == "Nordwind AG ☃"


# -- hostile and broken files ----------------------------------------------------------------------
def _mutate(data: dict, change) -> bytes:
    data = copy.deepcopy(data)
    change(data)
    return json.dumps(data).encode()


def _set(path, value):
    def change(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


HOSTILE = {
    "wrong type for a level": (_set(("tables", "answers", 0, "compliance"), "high"), "tables.answers[0].compliance"),
    "level off the scale": (_set(("tables", "answers", 0, "capability"), 9), "tables.answers[0].capability"),
    "10 MB string": (_set(("tables", "answers", 0, "evidence_note"), "A" * 10_000_000), "tables.answers[0].evidence_note"),
    "note over the domain limit": (
        _set(("tables", "answers", 0, "evidence_note"), "n" * 20_001), "evidence note is 20,001 characters long"
    ),
    "proof date in the future": (
        _set(("tables", "answers", 0, "proven_on"), "2999-12-31"), "proof date 2999-12-31 is in the future"
    ),
    "organisation over the limit": (_set(("assessment", "organisation"), "o" * 201), "assessment.organisation"),
    "unknown version": (_set(("version",), 3), "version: 3"),
    "not our format": (_set(("format",), "something-else"), "format"),
    "duplicate question ids": (
        lambda d: d["tables"]["answers"].append(dict(d["tables"]["answers"][1])), "tables.answers[2]: duplicate id 'rec-restore'"
    ),
    "duplicate participant ids": (_set(("tables", "participants", 1, "id"), 1), "tables.participants[1]: duplicate id 1"),
    "dangling participant": (
        _set(("tables", "participant_ratings", 0, "participant_id"), 99), "tables.participant_ratings[0].participant_id"
    ),
    "question not in the pack": (
        _set(("tables", "answers", 0, "question_id"), "no-such-question"), "tables.answers[0].question_id"
    ),
    "unknown table": (_set(("tables", "evil"), [{"x": 1}]), "tables.evil"),
    "unknown column": (_set(("tables", "answers", 0, "drop_table"), "x"), "tables.answers[0].drop_table"),
    "owner column smuggled in": (_set(("tables", "answers", 0, "assessment_id"), 1), "tables.answers[0].assessment_id"),
    "nested value": (_set(("tables", "answers", 0, "owner"), {"a": [1]}), "tables.answers[0].owner"),
    "pack that does not validate": (_set(("pack", "scales"), {}), "pack.scales"),
    "pack and metadata disagree": (_set(("assessment", "pack_id"), "other"), "assessment.pack_id"),
    "bad uid": (_set(("assessment", "uid"), "../../etc/passwd"), "assessment.uid"),
    "history for another question": (
        _set(("tables", "answer_history", 0, "question_id"), "rec-deps"), "tables.answer_history[0].question_id"
    ),
    "escalations over budget": (_set(("assessment", "escalation_budget"), 0), "escalation budget is 0"),
    "duplicate seat number (a database constraint)": (
        _set(("tables", "participants", 1, "number"), 1), "tables.participants[1]"
    ),
    "board decision outside the three outcomes": (
        _set(("tables", "board_decisions", 0, "outcome"), "forgotten"), "tables.board_decisions[0]"
    ),
    "huge integer": (_set(("tables", "participants", 0, "number"), 2**70), "tables.participants[0].number"),
    "float where a whole number belongs": (_set(("tables", "participants", 0, "number"), 1.5), "tables.participants[0]"),
    "missing answers list is fine but missing pack is not": (lambda d: d.pop("pack"), "pack"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_file_is_rejected_naming_the_field_and_writes_nothing(name, tmp_path, store, workshop, other_db):
    change, expected = HOSTILE[name]
    data = export_data(store.db, workshop)
    path = tmp_path / "hostile.maturity.json"
    path.write_bytes(_mutate(data, change))
    before = row_counts(other_db)
    with pytest.raises(ImportRejected) as caught:
        import_assessment(other_db, path)
    assert expected in str(caught.value)
    assert str(caught.value).startswith("hostile.maturity.json")
    assert row_counts(other_db) == before


@pytest.mark.parametrize(
    "raw, expected",
    [
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "not a Maturity assessment export"),
        (b'{"format": "maturity-app.assessment", "format": "x"}', "appears twice"),
        (b'{"a": NaN}', "NaN"),
        (b"[" * 100_000 + b"]" * 100_000, "not a valid export file"),
    ],
)
def test_malformed_bytes_are_rejected(raw, expected, other_db):
    before = row_counts(other_db)
    with pytest.raises(ImportRejected, match=expected):
        import_bytes(other_db, raw, "bad.maturity.json")
    assert row_counts(other_db) == before


def test_truncated_file_is_rejected(exported, other_db):
    raw = exported.read_bytes()
    before = row_counts(other_db)
    for cut in (len(raw) // 3, len(raw) // 2, len(raw) - 3):
        with pytest.raises(ImportRejected, match="truncated"):
            import_bytes(other_db, raw[:cut], exported.name)
    assert row_counts(other_db) == before


def test_missing_file_is_a_clear_error(tmp_path, other_db):
    with pytest.raises(ImportRejected, match="cannot be read"):
        import_assessment(other_db, tmp_path / "nope.maturity.json")


# -- tables added by later migrations travel without code changes ------------------------------------
FUTURE_SCHEMA = [
    """CREATE TABLE future_notes (id INTEGER PRIMARY KEY,
           assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
           inspired_by INTEGER REFERENCES assessments(id), body TEXT NOT NULL)""",
    """CREATE TABLE future_votes (note_id INTEGER NOT NULL REFERENCES future_notes(id) ON DELETE CASCADE,
           voter TEXT NOT NULL, PRIMARY KEY (note_id, voter))""",
]


def test_schema_driven_export_includes_future_tables(tmp_path, mini_pack, store, other_db):
    for db in (store.db, other_db):
        for sql in FUTURE_SCHEMA:
            db.execute(sql)
    decoy = store.create(mini_pack, "Decoy")
    aid = store.create(mini_pack, "Future Ltd")
    for owner, body in ((decoy, "not mine"), (aid, "first"), (aid, "second")):
        store.db.execute(
            "INSERT INTO future_notes (assessment_id, inspired_by, body) VALUES (?, ?, ?)", [owner, decoy, body]
        )
    store.db.execute("INSERT INTO future_votes VALUES (3, 'ann'), (3, 'bob'), (1, 'decoy')")
    data = export_data(store.db, aid)
    assert data["tables"]["future_notes"] == [{"id": 1, "body": "first"}, {"id": 2, "body": "second"}]
    assert data["tables"]["future_votes"] == [{"note_id": 2, "voter": "ann"}, {"note_id": 2, "voter": "bob"}]
    new_id = import_bytes(other_db, dumps(data), "future")
    assert without_export_time(dumps(export_data(other_db, new_id))) == without_export_time(dumps(data))
    assert other_db.execute("SELECT inspired_by FROM future_notes").fetchall() == [(None,), (None,)]


# -- command line ----------------------------------------------------------------------------------
def test_cli_export_import_as_copy(tmp_path, db_path, store, workshop, capsys):
    out = tmp_path / "cli.maturity.json"
    assert cli_main(["--db", str(db_path), "export", str(workshop), "--out", str(out)]) == 0
    assert out.exists()
    capsys.readouterr()
    assert cli_main(["--db", str(db_path), "import", str(out)]) == 2
    assert "--as-copy" in capsys.readouterr().err
    assert cli_main(["--db", str(db_path), "import", str(out), "--as-copy", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["organisation"].endswith("(imported copy)")
    assert len(store.list()) == 2


def test_suggested_file_name_is_safe():
    import datetime as dt

    name = suggested_file_name("../Acme / Bank: «Nord»", dt.date(2025, 3, 1))
    assert name.endswith("-2025-03-01.maturity") and "/" not in name and ".." not in name


# -- in German: the same file and field, the problem in the interface language ------------------------------------
GERMAN = {
    "level off the scale": (_set(("tables", "answers", 0, "capability"), 9),
                            "tables.answers[0].capability: muss eine Stufe 0-4, -1 für nicht anwendbar oder null sein"),
    "text where a date belongs": (_set(("tables", "answers", 0, "proven_on"), "gestern"),
                                  "tables.answers[0].proven_on: 'gestern' ist kein Datum JJJJ-MM-TT"),
    "question not in the pack": (_set(("tables", "answers", 0, "question_id"), "no-such-question"),
                                 "tables.answers[0].question_id: 'no-such-question' ist keine Frage des "
                                 "Fragenkatalogs in dieser Datei"),
    "unknown column": (_set(("tables", "answers", 0, "drop_table"), "x"),
                       "tables.answers[0].drop_table: unbekanntes Feld für diese Version von Maturity"),
    "duplicate participant ids": (_set(("tables", "participants", 1, "id"), 1),
                                  "tables.participants[1]: doppelte Kennung 1"),
    "organisation not text (pydantic)": (_set(("assessment", "organisation"), 7), "assessment.organisation: muss Text sein"),
    "mode off the list (pydantic)": (_set(("assessment", "mode"), "solo"),
                                     "assessment.mode: muss 'self' oder 'workshop' sein"),
    "pack missing (pydantic)": (lambda d: d.pop("pack"), "pack: Pflichtfeld fehlt"),
    "escalations over budget": (_set(("assessment", "escalation_budget"), 0),
                                "tables.answers: 1 Antwort ist eskaliert, das Eskalationsbudget beträgt aber 0"),
    "timestamp without a zone": (_set(("tables", "answers", 0, "updated_at"), "2026-05-04T10:00:00"),
                                 "tables.answers[0].updated_at: '2026-05-04T10:00:00' hat keine Zeitzone"),
}


@pytest.mark.parametrize("name", list(GERMAN))
def test_import_problems_are_worded_in_german_naming_file_and_field(name, tmp_path, store, workshop, other_db):
    from maturity_app.domain import i18n

    change, expected = GERMAN[name]
    path = tmp_path / "fremd.maturity"
    path.write_bytes(_mutate(export_data(store.db, workshop), change))
    before = row_counts(other_db)
    with i18n.using_language("de"), pytest.raises(ImportRejected) as caught:
        import_assessment(other_db, path)
    assert str(caught.value).startswith("fremd.maturity: ") and expected in str(caught.value), str(caught.value)
    with pytest.raises(ImportRejected) as english:
        import_assessment(other_db, path)
    assert expected not in str(english.value)  # English stays English
    assert row_counts(other_db) == before


def test_an_unknown_pydantic_problem_keeps_pydantics_words_in_any_language():
    from maturity_app.domain import i18n
    from maturity_app.domain.validation_text import problem_text

    error = {"type": "json_invalid", "msg": "Invalid JSON: EOF", "ctx": {"error": "EOF"}}
    with i18n.using_language("de"):
        assert problem_text(error) == "Invalid JSON: EOF"
        assert problem_text({"type": "string_too_long", "msg": "x", "ctx": {}}) == "x"  # context unlike pydantic's
        assert problem_text({"type": "value_error", "msg": "Value error, schon übersetzt"}) == "schon übersetzt"
    assert problem_text({"type": "missing", "msg": "Field required"}) == "Field required"
