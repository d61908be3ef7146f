"""Workshop storage: participants (soft delete), ratings autosaved with history, agreement into answers."""

from __future__ import annotations

import pytest

from maturity_app.domain.assessment import NA
from maturity_app.domain.errors import ValidationFailed
from maturity_app.domain.workshop import ParticipantRating
from maturity_app.storage.database import open_database
from maturity_app.storage.store import AssessmentStore, NotFound
from maturity_app.storage.workshop_store import WorkshopStore


@pytest.fixture
def workshop(store, mini_pack):
    return WorkshopStore(store), store.create(mini_pack, "Northwind", mode="workshop")


def test_participants_get_stable_numbers_and_canonical_roles(workshop):
    ws, aid = workshop
    legal = ws.add_participant(aid, "  legal ", "  Ana   Silva ")
    it = ws.add_participant(aid, "IT")
    custom = ws.add_participant(aid, "Head of Rotterdam hub")
    assert (legal.number, legal.role, legal.name) == (1, "Legal", "Ana Silva")
    assert (it.number, custom.role) == (2, "Head of Rotterdam hub")
    ws.remove_participant(it.id)
    newcomer = ws.add_participant(aid, "Finance")
    assert newcomer.number == 4  # seat numbers are never reused
    assert [p.number for p in ws.participants(aid)] == [1, 3, 4]
    assert [p.number for p in ws.participants(aid, include_removed=True)] == [1, 2, 3, 4]


def test_rename_and_role_change(workshop):
    ws, aid = workshop
    p = ws.add_participant(aid, "IT")
    assert ws.rename_participant(p.id, "Joris").label() == "Joris (IT)"
    assert ws.change_role(p.id, "operations").role == "Operations"
    assert ws.participant(p.id).label(show_names=False) == "Operations"


def test_participants_need_a_workshop_and_a_role(store, mini_pack, workshop):
    ws, aid = workshop
    solo = store.create(mini_pack, "Solo")
    with pytest.raises(ValidationFailed, match="self-assessment"):
        ws.add_participant(solo, "IT")
    with pytest.raises(ValidationFailed, match="needs a role"):
        ws.add_participant(aid, "   ")
    with pytest.raises(ValidationFailed, match="limit"):
        ws.add_participant(aid, "x" * 61)
    assert ws.participants(aid) == []


def test_find_participant_by_number_name_or_unique_role(workshop):
    ws, aid = workshop
    ana = ws.add_participant(aid, "Legal", "Ana")
    ws.add_participant(aid, "IT", "Joris")
    ws.add_participant(aid, "IT", "Priya")
    assert ws.find_participant(aid, "1") == ana
    assert ws.find_participant(aid, "ana") == ana
    assert ws.find_participant(aid, "LEGAL") == ana
    with pytest.raises(ValidationFailed, match="matches participants 2, 3"):
        ws.find_participant(aid, "it")
    with pytest.raises(NotFound):
        ws.find_participant(aid, "9")
    with pytest.raises(NotFound):
        ws.find_participant(aid, "Procurement")


def test_each_rating_is_stored_with_history(workshop):
    ws, aid = workshop
    p = ws.add_participant(aid, "IT")
    ws.rate(aid, p.id, "rec-restore", capability=3)
    ws.rate(aid, p.id, "rec-restore", compliance="na")
    ws.rate(aid, p.id, "rec-restore", capability=2)
    stored = ws.rating(p.id, "rec-restore")
    assert (stored.capability, stored.compliance) == (2, NA)
    history = ws.rating_history(aid, "rec-restore")
    assert [h["rating"] for h in history] == [
        {"capability": 3, "compliance": None},
        {"capability": 3, "compliance": "na"},
        {"capability": 2, "compliance": "na"},
    ]


def test_bad_ratings_change_nothing(workshop, store, mini_pack):
    ws, aid = workshop
    p = ws.add_participant(aid, "IT")
    ws.rate(aid, p.id, "rec-restore", capability=1)
    with pytest.raises(ValidationFailed):
        ws.rate(aid, p.id, "rec-restore", capability=5)
    with pytest.raises(ValidationFailed):
        ws.rate(aid, p.id, "rec-restore", capability="high")
    with pytest.raises(ValidationFailed, match="not part of"):
        ws.rate(aid, p.id, "no-such-question", capability=1)
    other = store.create(mini_pack, "Other", mode="workshop")
    with pytest.raises(ValidationFailed, match="not part of assessment"):
        ws.save_rating(other, ParticipantRating(p.id, "rec-restore", capability=2))
    assert ws.rating(p.id, "rec-restore").capability == 1
    assert len(ws.rating_history(aid)) == 1


def test_removed_participant_keeps_history_but_leaves_scores(workshop):
    ws, aid = workshop
    legal = ws.add_participant(aid, "Legal")
    it = ws.add_participant(aid, "IT")
    ws.rate(aid, legal.id, "rec-restore", capability=0)
    ws.rate(aid, it.id, "rec-restore", capability=4)
    assert ws.summary(aid).questions[0].is_friction
    ws.remove_participant(it.id)
    with pytest.raises(ValidationFailed, match="removed"):
        ws.rate(aid, it.id, "rec-restore", capability=3)
    with pytest.raises(ValidationFailed, match="removed"):
        ws.rename_participant(it.id, "x")
    summary = ws.summary(aid)
    assert summary.questions[0].capability.levels == [0]
    assert not summary.questions[0].is_friction
    assert [p.number for p in summary.removed] == [2]
    assert {r.participant_id for r in ws.ratings(aid)} == {legal.id, it.id}
    assert {h["participant_id"] for h in ws.rating_history(aid)} == {legal.id, it.id}


def test_agree_writes_the_answer_used_by_scoring(workshop, store):
    from maturity_app.app.workshop import agree
    from maturity_app.app.workspace import Workspace

    ws, aid = workshop
    workspace = Workspace(store.db)
    p = ws.add_participant(aid, "IT")
    ws.rate(aid, p.id, "rec-restore", capability=1, compliance=3)
    assert ws.revealed(aid) == frozenset()
    agree(workspace, aid, "rec-restore", capability=2)
    assert ws.revealed(aid) == {("rec-restore", "capability")}  # agreeing is done in the open
    agree(workspace, aid, "rec-restore", compliance="3")
    answer = store.answer(aid, "rec-restore")
    assert (answer.capability, answer.compliance) == (2, 3)
    assert len(store.history(aid, "rec-restore")) == 2
    assert store.info(aid).answered == 1
    with pytest.raises(ValidationFailed):
        agree(workspace, aid, "rec-restore")


def test_agree_needs_someone_in_the_room_to_have_rated_that_side(workshop, store):
    from maturity_app.app.workshop import agree
    from maturity_app.app.workspace import Workspace

    ws, aid = workshop
    workspace = Workspace(store.db)
    legal, it = ws.add_participant(aid, "Legal"), ws.add_participant(aid, "IT")
    with pytest.raises(ValidationFailed, match="nobody in the room has rated rec-restore in practice"):
        agree(workspace, aid, "rec-restore", capability=2)
    ws.rate(aid, it.id, "rec-restore", capability=2)
    with pytest.raises(ValidationFailed, match="on paper"):
        agree(workspace, aid, "rec-restore", capability=2, compliance=3)
    ws.remove_participant(it.id)  # a removed participant's rating no longer counts
    with pytest.raises(ValidationFailed, match="nobody"):
        agree(workspace, aid, "rec-restore", capability=2)
    assert store.answer(aid, "rec-restore").capability is None  # nothing half-written
    ws.rate(aid, legal.id, "rec-restore", capability=NA)
    assert agree(workspace, aid, "rec-restore", capability=NA).value.capability == NA


def test_live_summary_leaves_out_what_was_not_revealed(workshop):
    ws, aid = workshop
    a, b = ws.add_participant(aid, "Legal"), ws.add_participant(aid, "IT")
    ws.rate(aid, a.id, "rec-restore", capability=0, compliance=4)
    ws.rate(aid, b.id, "rec-restore", capability=4, compliance=1)
    hidden = ws.summary(aid, only_revealed=True)
    assert not hidden.rated_questions and not hidden.friction_map.cells and not hidden.conversations()
    ws.set_revealed(aid, "rec-restore", "compliance", True)
    live = ws.summary(aid, only_revealed=True)
    restore = live.questions[0]
    assert restore.compliance.levels == [4, 1] and restore.capability.rated == 0  # compliance only
    assert ws.summary(aid).questions[0].capability.levels == [0, 4]  # the report counts everything
    ws.set_revealed(aid, "rec-restore", "compliance", False)
    assert not ws.summary(aid, only_revealed=True).rated_questions


def test_roles_are_words(workshop):
    ws, aid = workshop
    for stray in ("3r", "3 r", "r", "Tier 2", "-IT"):
        with pytest.raises(ValidationFailed):
            ws.add_participant(aid, stray)
    assert ws.add_participant(aid, "Head of IT").role == "Head of IT"


def test_participants_survive_reopening_and_go_with_the_assessment(db_path, mini_pack):
    db = open_database(db_path)
    store = AssessmentStore(db)
    ws = WorkshopStore(store)
    aid = store.create(mini_pack, "Northwind", mode="workshop")
    p = ws.add_participant(aid, "Legal", "Ana")
    ws.rate(aid, p.id, "rec-restore", capability=2)
    db.close()
    db = open_database(db_path)
    ws = WorkshopStore(AssessmentStore(db))
    assert ws.participants(aid)[0].name == "Ana"
    assert ws.rating(p.id, "rec-restore").capability == 2
    ws.assessments.delete(aid)
    assert db.execute("SELECT count(*) FROM participants").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM rating_history").fetchone()[0] == 0
    db.close()


def test_level_check_constraint_backs_up_validation(workshop):
    ws, aid = workshop
    p = ws.add_participant(aid, "IT")
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        ws.db.execute(
            "INSERT INTO participant_ratings VALUES (?, ?, 'rec-restore', NULL, 7, 'now')", [aid, p.id]
        )
