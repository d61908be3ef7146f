import datetime as dt
import sqlite3

import pytest

from maturity_app.domain.assessment import NA, Answer
from maturity_app.domain.errors import ValidationFailed
from maturity_app.domain.escalation import EscalationBudgetExceeded
from maturity_app.storage.database import DamagedDatabase, NewerDatabase, open_database
from maturity_app.storage.store import NotFound


def test_database_uses_wal_and_foreign_keys(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_create_snapshots_pack_and_lists_progress(store, mini_pack):
    new_id = store.create(mini_pack, "  Acme Corp ", scope="EU operations", assessor="Dana", mode="workshop")
    info = store.info(new_id)
    assert (info.organisation, info.scope, info.mode, info.escalation_budget) == ("Acme Corp", "EU operations", "workshop", 3)
    assert (info.pack_id, info.pack_version, info.total, info.answered) == ("mini", "1.0.0", 5, 0)
    assessment = store.load(new_id)
    assert assessment.pack == mini_pack
    assert [i.id for i in store.list()] == [new_id]


def test_answers_round_trip_with_every_field(store, mini_pack):
    aid = store.create(mini_pack, "Acme")
    answer = Answer(
        "rec-restore", compliance=4, capability=NA, proven_on=dt.date(2026, 3, 1), owner="Ana Ruiz",
        evidence_note="Restore log <b>&</b> 💾", action="Test restore", action_owner="Joe",
        action_due=dt.date(2027, 1, 31), escalate=True, decision="Fund a second site",
    )
    stored = store.save_answer(aid, answer)
    assert stored.updated_at
    loaded = store.load(aid).answers["rec-restore"]
    assert loaded == stored
    info = store.info(aid)
    assert (info.answered, info.not_applicable) == (0, 1)  # N/A on one side is N/A: counted apart, as scoring does
    assert store.owners(aid) == ["Ana Ruiz", "Joe"]


def test_every_save_appends_history(store, mini_pack):
    aid = store.create(mini_pack, "Acme")
    store.save_answer(aid, Answer("rec-restore", compliance=1))
    store.save_answer(aid, Answer("rec-restore", compliance=3, capability=2))
    history = store.history(aid, "rec-restore")
    assert [h["answer"]["compliance"] for h in history] == [1, 3]
    assert history[1]["answer"]["capability"] == 2


def test_save_is_durable_for_a_second_connection(db_path, store, mini_pack):
    aid = store.create(mini_pack, "Acme")
    store.save_answer(aid, Answer("dec-owner", compliance=2, capability=1, owner="Kim"))
    other = sqlite3.connect(db_path)
    row = other.execute("SELECT compliance, capability, owner FROM answers").fetchone()
    assert row == (2, 1, "Kim")
    other.close()


def test_rejects_unknown_question_and_long_text_without_writing(store, mini_pack):
    aid = store.create(mini_pack, "Acme")
    with pytest.raises(ValidationFailed, match="not part of assessment"):
        store.save_answer(aid, Answer("nope", compliance=1))
    with pytest.raises(ValidationFailed, match="evidence note is 20,001 characters long"):
        store.save_answer(aid, Answer("rec-restore", evidence_note="x" * 20_001))
    assert store.db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0
    assert store.db.execute("SELECT count(*) FROM answer_history").fetchone()[0] == 0


def test_escalation_budget_enforced_in_storage(store, mini_pack):
    aid = store.create(mini_pack, "Acme", escalation_budget=2)
    store.save_answer(aid, Answer("rec-restore", escalate=True))
    store.save_answer(aid, Answer("rec-deps", escalate=True))
    store.save_answer(aid, Answer("rec-deps", escalate=True, decision="re-save is fine"))
    with pytest.raises(EscalationBudgetExceeded) as info:
        store.save_answer(aid, Answer("dec-owner", escalate=True))
    assert info.value.escalated == ["rec-deps", "rec-restore"]
    assert store.answer(aid, "dec-owner").escalate is False


def test_rename_duplicate_delete(store, mini_pack):
    aid = store.create(mini_pack, "Acme")
    store.save_answer(aid, Answer("rec-restore", compliance=3, capability=3))
    store.rename(aid, "Acme Holding")
    copy = store.duplicate(aid)
    assert store.info(copy).organisation == "Acme Holding (copy)"
    assert store.load(copy).answers["rec-restore"].compliance == 3
    assert store.info(copy).uid != store.info(aid).uid
    store.delete(aid)
    with pytest.raises(NotFound):
        store.info(aid)
    with pytest.raises(NotFound, match=f"no assessment with id {aid}"):
        store.duplicate(aid)
    assert store.db.execute("SELECT count(*) FROM answers WHERE assessment_id = ?", [aid]).fetchone()[0] == 0
    assert store.load(copy).answers["rec-restore"].capability == 3


def test_create_validates_input(store, mini_pack):
    with pytest.raises(ValidationFailed, match="name is required"):
        store.create(mini_pack, "   ")
    with pytest.raises(ValidationFailed, match="mode must be"):
        store.create(mini_pack, "Acme", mode="party")
    assert store.list() == []


def test_garbage_file_is_refused_as_damaged_and_left_alone(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DamagedDatabase, match="not a readable assessment database"):
        open_database(bad)
    assert bad.read_bytes() == b"this is not sqlite at all" * 100


def test_newer_schema_is_refused_and_untouched(db_path, store):
    store.db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('maturity_app', 'm999_future', 'x')"
    )
    store.db.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabase, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_new_assessment_reusing_a_deleted_id_checks_its_own_questions(store, mini_pack):
    other = mini_pack.model_copy(update={"domains": mini_pack.domains[:1]})
    dropped = next(q.id for d in mini_pack.domains[1:] for q in d.questions)
    first = store.create(mini_pack, "Acme")
    store.save_answer(first, Answer(dropped, compliance=1, capability=1))
    store.delete(first)
    second = store.create(other, "Beta")
    assert second == first  # SQLite hands the deleted last row's id on
    with pytest.raises(ValidationFailed, match="not part of assessment"):
        store.save_answer(second, Answer(dropped, compliance=1, capability=1))
    kept = other.domains[0].questions[0].id
    assert store.save_answer(second, Answer(kept, compliance=2, capability=2)).compliance == 2


def test_duplicate_of_a_name_at_the_limit_stays_within_it(store, mini_pack):
    aid = store.create(mini_pack, "A" * 200)
    copy = store.info(store.duplicate(aid)).organisation
    assert len(copy) == 200 and copy.endswith("… (copy)")
    with pytest.raises(ValidationFailed, match="organisation is 201 characters"):
        store.duplicate(aid, "B" * 201)
