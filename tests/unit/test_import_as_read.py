"""Every imported field is parsed exactly as it is later read (timestamps, lineage JSON, whole numbers), snapshots
are bounded, a forged copy of an installed pack is refused, and only regular files of bounded size are read."""

from __future__ import annotations

import copy
import json
import os

import pytest

from maturity_app.cli import main as cli_main
from maturity_app.domain.errors import PackError
from maturity_app.domain.pack_loader import load_pack
from maturity_app.storage.database import open_database
from maturity_app.storage.portable import ImportRejected, export_data, import_assessment, import_bytes
from maturity_app.storage.store import AssessmentStore
from maturity_app.storage.workshop_store import WorkshopStore


def row_counts(db) -> dict[str, int]:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()]
    return {t: db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture
def data(store, mini_pack):
    aid = store.create(mini_pack, "Nordwind", mode="workshop")
    from maturity_app.domain.assessment import Answer

    store.save_answer(aid, Answer("rec-restore", 3, 1, owner="Ana"))
    WorkshopStore(store).add_participant(aid, "Legal", "Lena")
    return export_data(store.db, aid)


@pytest.fixture
def other_db(tmp_path):
    db = open_database(tmp_path / "other.db")
    yield db
    db.close()


LINEAGE = {"prefilled": 0, "created_at": "2026-01-01T00:00:00+00:00"}


def _many_questions(d):
    domain = d["pack"]["domains"][0]
    template = domain["questions"][0]
    domain["questions"] = [dict(copy.deepcopy(template), id=f"q-{n}") for n in range(1_001)]
    # question_count is left as it was: the snapshot itself is what is bounded (the count is capped too)
    d["tables"]["answers"] = []
    d["tables"]["answer_history"] = []


CASES = {
    "updated_at that is not a time": (
        lambda d: d["assessment"].update(updated_at="yesterday"), "assessment.updated_at"),
    "created_at with an impossible month": (
        lambda d: d["assessment"].update(created_at="2026-13-45T00:00:00+00:00"), "assessment.created_at"),
    "updated_at in the basic ISO form (read back by slicing)": (
        lambda d: d["assessment"].update(updated_at="20260101T000000+00:00"), "assessment.updated_at"),
    "created_at without a time zone": (
        lambda d: d["assessment"].update(created_at="2026-01-01T00:00:00"), "no time zone"),
    "history time that is not a time": (
        lambda d: d["tables"]["answer_history"][0].update(changed_at="soon"), "answer_history[0].changed_at"),
    "lineage that is not JSON": (
        lambda d: d["tables"].update(assessment_lineage=[dict(LINEAGE, pack_change="{not json")]),
        "assessment_lineage[0].pack_change"),
    "lineage JSON of the wrong shape": (
        lambda d: d["tables"].update(assessment_lineage=[dict(LINEAGE, pack_change='{"vanished": [1]}')]),
        "assessment_lineage[0].pack_change"),
    "participant number as text": (
        lambda d: d["tables"]["participants"][0].update(number="3"), "participants[0].number"),
    "text in a whole-number column": (
        lambda d: d["tables"]["answers"][0].update(escalate="1"), "answers[0].escalate"),
    "a 1,001-question snapshot": (_many_questions, "questions; the limit is 1,000"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_values_later_commands_could_not_read_are_refused(name, data, other_db):
    change, expected = CASES[name]
    hostile = copy.deepcopy(data)
    change(hostile)
    before = row_counts(other_db)
    with pytest.raises(ImportRejected) as caught:
        import_bytes(other_db, json.dumps(hostile).encode(), "x.maturity.json", installed={})
    assert expected in str(caught.value)
    assert row_counts(other_db) == before


def test_the_untouched_file_imports_and_reads_back(data, other_db):
    new_id = import_bytes(other_db, json.dumps(data).encode(), "x.maturity.json", installed={})
    store = AssessmentStore(other_db)
    assert store.load(new_id).info.organisation == "Nordwind"


def test_a_forged_copy_of_an_installed_pack_is_refused(data, other_db, mini_pack):
    forged = copy.deepcopy(data)
    forged["pack"]["domains"][0]["questions"][0]["title"] = "Something easier"
    with pytest.raises(ImportRejected, match="claims to be mini 1.0.0, but it differs"):
        import_bytes(other_db, json.dumps(forged).encode(), "x.maturity.json", installed={"mini": mini_pack})
    assert AssessmentStore(other_db).list() == []
    # The genuine pack imports; and a database that already holds a snapshot under that name keeps to it.
    import_bytes(other_db, json.dumps(data).encode(), "x.maturity.json", installed={"mini": mini_pack})
    with pytest.raises(ImportRejected, match="other assessments here were made with"):
        import_bytes(other_db, json.dumps(forged).encode(), "y.maturity.json", installed={}, as_copy=True)


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/urandom", "fifo", "folder"])
def test_imports_and_packs_read_only_bounded_regular_files(special, tmp_path, other_db):
    if special == "fifo":
        special = tmp_path / "pipe.maturity.json"
        os.mkfifo(special)
    elif special == "folder":
        special = tmp_path
    with pytest.raises(ImportRejected, match="cannot be read"):
        import_assessment(other_db, special)  # returns at once: no hang, no memory exhausted
    with pytest.raises(PackError, match="cannot be read"):
        load_pack(special)


def test_password_file_must_be_a_bounded_regular_file(tmp_path, db_path, store, mini_pack, capsys):
    store.create(mini_pack, "Acme")
    fifo = tmp_path / "pw"
    os.mkfifo(fifo)
    for source in ("/dev/zero", str(fifo)):
        code = cli_main(["--db", str(db_path), "report", "1", "--out", str(tmp_path / "r.pdf"),
                         "--password-file", source])
        assert code == 2
        assert "not a regular file" in capsys.readouterr().err


def test_translations_added_to_a_pack_version_do_not_make_it_another_questionnaire(data, other_db, tmp_path):
    from pathlib import Path

    from maturity_app.domain.pack_loader import parse_pack

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    translated = parse_pack((fixtures / "mini.yaml").read_text() + (fixtures / "mini_translations_de.yaml").read_text(),
                            "mini.yaml")
    # An export made before the installed pack gained its German text imports, into a database that then holds
    # that older snapshot; a newer export carrying the German text joins it.
    import_bytes(other_db, json.dumps(data).encode(), "old.maturity.json", installed={"mini": translated})
    newer = copy.deepcopy(data)
    newer["pack"] = json.loads(translated.snapshot())
    import_bytes(other_db, json.dumps(newer).encode(), "new.maturity.json", installed={}, as_copy=True)
    assert len(AssessmentStore(other_db).list()) == 2
    # A German text that differs from the one installed is a different questionnaire.
    forged = copy.deepcopy(newer)
    forged["pack"]["translations"]["de"]["questions"]["rec-restore"]["title"] = "Etwas Leichteres"
    third = open_database(tmp_path / "third.db")
    try:
        with pytest.raises(ImportRejected, match="claims to be mini 1.0.0, but it differs"):
            import_bytes(third, json.dumps(forged).encode(), "f.maturity.json", installed={"mini": translated})
        with pytest.raises(ImportRejected, match="other assessments here were made with"):
            import_bytes(other_db, json.dumps(forged).encode(), "g.maturity.json", installed={}, as_copy=True)
    finally:
        third.close()
