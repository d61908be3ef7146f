"""Stored headline figures (m010) always equal a fresh full score, after every kind of change and on every day."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from maturity_app.app import answers as answer_ops
from maturity_app.app import assessments as assessment_ops
from maturity_app.app.open_assessment import OpenAssessment
from maturity_app.app.start_rows import headline_figures, start_rows
from maturity_app.app.workspace import Workspace
from maturity_app.domain.assessment import NA, Answer, Assessment, AssessmentInfo
from maturity_app.domain.errors import ValidationFailed
from maturity_app.domain.headline import headline, valid_through
from maturity_app.domain.rescoring import rescore
from maturity_app.domain.scoring import score_assessment
from maturity_app.storage import headlines as stored_headlines
from maturity_app.storage.database import open_database
from maturity_app.storage.migrations import migrations

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def ws(db_path):
    workspace = Workspace.open(db_path, today=TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def aid(ws, mini_pack):
    return assessment_ops.create_assessment(ws, mini_pack, "Acme", escalation_budget=2).value


def _stored(ws, assessment_id) -> dict | None:
    row = ws.db.execute("SELECT figures FROM assessment_headlines WHERE assessment_id = ?", [assessment_id]
                        ).fetchone()
    return json.loads(row[0]) if row is not None else None


def _fresh(ws, assessment_id, day=TODAY) -> dict:
    return json.loads(json.dumps(headline(score_assessment(ws.assessments.load(assessment_id), day))))


def _assert_current(ws, assessment_id):
    assert _stored(ws, assessment_id) == _fresh(ws, assessment_id)


def test_a_new_assessment_has_its_headline_stored(ws, aid):
    _assert_current(ws, aid)
    assert _stored(ws, aid)["answered"] == 0


def test_answer_change_updates_the_headline_in_the_same_transaction(ws, aid):
    answer_ops.change_answer(ws, aid, "rec-restore", compliance=4, capability=1, owner="Ana")
    _assert_current(ws, aid)
    assert _stored(ws, aid)["compliance_index"] == 100.0
    answer_ops.change_answer(ws, aid, "dec-owner", compliance=2, capability=NA)
    _assert_current(ws, aid)


def test_a_failed_change_leaves_the_headline_as_it_was(ws, aid):
    answer_ops.change_answer(ws, aid, "rec-restore", compliance=3, capability=3, proven_on=dt.date(2026, 1, 1))
    before = _stored(ws, aid)
    with pytest.raises(ValidationFailed):
        answer_ops.save_answers(ws, aid, [Answer("rec-deps", compliance=4, capability=0),
                                          Answer("no-such-question", compliance=1)])
    assert _stored(ws, aid) == before
    _assert_current(ws, aid)


def test_open_assessment_edits_undo_and_escalation_swap_keep_it_current(ws, aid):
    model = OpenAssessment(ws, aid)
    previous = model.answer("rec-restore")
    model.write_answers([previous.with_changes(compliance=4, capability=2, owner="Ana", escalate=True)])
    _assert_current(ws, aid)
    assert model.score == score_assessment(ws.assessments.load(aid), TODAY)
    model.write_answers([previous], origin="undo")
    _assert_current(ws, aid)
    assert model.score == score_assessment(ws.assessments.load(aid), TODAY)
    model.write_answers([model.answer("rec-deps").with_changes(escalate=True, compliance=1, capability=1)])
    model.swap_escalation("rec-deps", "dec-owner")
    _assert_current(ws, aid)
    assert model.score == score_assessment(ws.assessments.load(aid), TODAY)


def test_import_duplicate_and_reassess_store_current_headlines(ws, aid, mini_pack, tmp_path):
    answer_ops.change_answer(ws, aid, "rec-restore", compliance=4, capability=3, proven_on=dt.date(2026, 3, 1))
    answer_ops.change_answer(ws, aid, "rec-deps", compliance=2, capability=1)
    path = assessment_ops.export_file(ws, aid, tmp_path / "a.maturity.json")
    imported = assessment_ops.import_file(ws, path, as_copy=True).value
    copy = assessment_ops.duplicate_assessment(ws, aid).value
    next_cycle = assessment_ops.reassess(ws, aid, mini_pack, prefill=True).value.new_id
    for assessment_id in (imported, copy, next_cycle):
        assert _stored(ws, assessment_id) is not None
        _assert_current(ws, assessment_id)
    assert _stored(ws, imported) == _stored(ws, aid)


def test_any_other_write_clears_the_headline_and_the_list_recomputes_it(ws, aid):
    ws.assessments.save_answer(aid, Answer("rec-restore", compliance=3, capability=0))  # below the use cases
    assert _stored(ws, aid) is None
    rows = start_rows(ws)
    assert (rows[0].compliance_index, rows[0].capability_index) == (75.0, 0.0)
    _assert_current(ws, aid)  # written back
    ws.db.execute("UPDATE assessments SET escalation_budget = 5 WHERE id = ?", [aid])
    assert _stored(ws, aid) is None


def test_the_list_reads_stored_figures_without_parsing_any_pack(ws, aid, monkeypatch):
    answer_ops.change_answer(ws, aid, "rec-restore", compliance=4, capability=2)
    expected = _fresh(ws, aid)

    def no_parsing(_snapshot):
        raise AssertionError("a pack snapshot was parsed")

    monkeypatch.setattr("maturity_app.domain.schema.Pack.from_snapshot", no_parsing)
    monkeypatch.setattr("maturity_app.domain.scoring.score_assessment", no_parsing)
    [row] = start_rows(ws)
    assert row.figures == expected and row.compliance_index == 100.0
    assert (row.capability_index, row.gap_points) == (expected["capability_index"], expected["gap_points"])


def test_a_proof_that_ages_past_its_freshness_is_recomputed_on_that_day(ws, aid):
    proven = dt.date(2025, 7, 1)  # 12-month freshness: counts until 2026-07-01, capped from 2026-07-02
    answer_ops.change_answer(ws, aid, "rec-restore", compliance=4, capability=4, proven_on=proven)
    assert ws.db.execute("SELECT valid_through FROM assessment_headlines").fetchone()[0] == "2026-07-01"
    assert headline_figures(ws, dt.date(2026, 7, 1))[aid]["capability_index"] == 100.0
    later = headline_figures(ws, dt.date(2026, 7, 2))[aid]
    assert later["capability_index"] < 100.0  # the aged proof no longer counts at its stated level
    assert later == _fresh(ws, aid, dt.date(2026, 7, 2))
    assert headline_figures(ws, TODAY)[aid] == _fresh(ws, aid)  # an earlier day is not served the later figures


def test_a_changed_definition_recomputes_stored_headlines(ws, aid, monkeypatch):
    ws.db.execute("UPDATE assessment_headlines SET figures = '{\"compliance_index\": 99}'")  # as if made elsewhere
    assert headline_figures(ws)[aid]["compliance_index"] == 99  # same definition: trusted
    monkeypatch.setattr(stored_headlines, "definition", lambda: "another definition")
    assert headline_figures(ws)[aid] == _fresh(ws, aid)


def test_without_source_files_the_definition_is_the_app_version(monkeypatch):
    from maturity_app import __version__
    from maturity_app.domain import headline as headline_module

    assert headline_module.definition() != f"version {__version__}"  # source files: their fingerprint

    def frozen(_path):
        raise FileNotFoundError("inside a bundle")

    monkeypatch.setattr(headline_module.Path, "read_bytes", frozen)
    assert headline_module.definition.__wrapped__() == f"version {__version__}"


def test_a_read_only_database_still_lists_correct_figures(ws, aid, db_path):
    ws.assessments.save_answer(aid, Answer("rec-restore", compliance=2, capability=2))
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    figures = stored_headlines.headlines(Database(conn), ws.cycle.load_many, TODAY)
    conn.close()
    assert figures[aid] == _fresh(ws, aid)


def test_an_unreadable_snapshot_lists_without_numbers(ws, aid, mini_pack):
    other = assessment_ops.create_assessment(ws, mini_pack, "Beta").value
    from maturity_app.storage.pack_snapshots import store_snapshot

    ws.db.execute("UPDATE assessments SET pack_snapshot_id = ? WHERE id = ?", [store_snapshot(ws.db, "{broken"), aid])
    rows = {r.info.id: r for r in start_rows(ws)}
    assert rows[aid].gap_points is None and rows[aid].figures is None
    assert rows[other].figures == _fresh(ws, other)


def test_existing_assessments_are_backfilled_by_the_migration(tmp_path, mini_pack):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    old = Database(conn)
    migrations.apply(old, stop_before="m010_store_assessment_headline")
    old.execute(
        """INSERT INTO assessments (uid, organisation, pack_id, pack_version, pack_title, pack_snapshot,
           question_count, created_at, updated_at) VALUES ('u-1', 'Old Co', ?, ?, ?, ?, ?,
           '2024-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00')""",
        [mini_pack.id, mini_pack.version, mini_pack.title, mini_pack.snapshot(), len(mini_pack.questions())],
    )
    old.execute("""INSERT INTO answers (assessment_id, question_id, compliance, capability, updated_at)
                   VALUES (1, 'rec-restore', 4, 1, '2024-01-01T00:00:00+00:00')""")
    conn.close()

    db = open_database(path)
    db.close()
    ws = Workspace.open(path, today=dt.date.today())
    try:
        assert _stored(ws, 1) == _fresh(ws, 1, dt.date.today())
        assert _stored(ws, 1)["gap_points"] == 75.0
    finally:
        ws.close()


# -- the domain: incremental rescoring and the days a headline holds -----------------------------------------
LEVELS = st.one_of(st.none(), st.just(NA), st.integers(0, 4))
DAYS = st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31))


def _answers(question_ids):
    return st.fixed_dictionaries({
        q: st.builds(Answer, st.just(q), compliance=LEVELS, capability=LEVELS,
                     proven_on=st.one_of(st.none(), DAYS), owner=st.sampled_from(["", "Ana"]),
                     action_due=st.one_of(st.none(), DAYS), escalate=st.booleans())
        for q in question_ids
    })


def _assessment(pack, answers) -> Assessment:
    info = AssessmentInfo(id=1, uid="u", organisation="Acme", scope="", assessor="", mode="self", pack_id=pack.id,
                          pack_version=pack.version, pack_title=pack.title, escalation_budget=3,
                          created_at="", updated_at="", answered=0, total=len(pack.questions()))
    return Assessment(info=info, pack=pack, answers=dict(answers))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), day=DAYS)
def test_incremental_rescoring_equals_full_rescoring(mini_pack, data, day):
    ids = [q.id for q in mini_pack.questions()]
    assessment = _assessment(mini_pack, data.draw(_answers(ids)))
    score = score_assessment(assessment, day)
    for _ in range(data.draw(st.integers(1, 6))):
        changed = data.draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3, unique=True))
        edits = data.draw(_answers(changed))
        assessment = _assessment(mini_pack, {**assessment.answers, **edits})
        score = rescore(score, assessment, changed, day)
        assert score == score_assessment(assessment, day)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), day=DAYS, later=st.integers(0, 800))
def test_a_headline_holds_on_every_day_of_its_validity(mini_pack, data, day, later):
    assessment = _assessment(mini_pack, data.draw(_answers([q.id for q in mini_pack.questions()])))
    score = score_assessment(assessment, day)
    through = valid_through(score, day)
    other = day + dt.timedelta(days=later)
    if through is None or other <= through:
        assert headline(score_assessment(assessment, other)) == headline(score)
    if through is not None:
        assert through >= day


def test_plan_changes_clear_the_headline_and_the_list_recomputes_it(ws, aid):
    model = OpenAssessment(ws, aid)
    model.write_answers([model.answer("rec-restore").with_changes(compliance=4, capability=1, owner="Ana")])
    _assert_current(ws, aid)
    model.accept_risk("rec-restore", "Board chair", "Budget next year", TODAY + dt.timedelta(days=90))
    assert _stored(ws, aid) is None  # cleared in the same transaction, by trigger
    assert headline_figures(ws)[aid] == _fresh(ws, aid)
    assert model.score == score_assessment(ws.assessments.load(aid), TODAY)
    through = ws.db.execute("SELECT valid_through FROM assessment_headlines").fetchone()[0]
    assert through == TODAY.isoformat()  # dated plan data: made again the next day


def test_the_start_page_reads_its_four_figures_without_parsing_the_rest(ws, aid):
    ws.assessments.save_answer(aid, Answer("rec-restore", compliance=4, capability=1, owner="Ana"))
    headline_figures(ws)  # stored again
    [row] = [r for r in start_rows(ws) if r.info.id == aid]
    fresh = _fresh(ws, aid)
    assert (row.compliance_index, row.capability_index, row.gap_points) == (
        fresh["compliance_index"], fresh["capability_index"], fresh["gap_points"])
    assert row.subject_kind == fresh["subject"]
    assert isinstance(row.figures, stored_headlines.StoredFigures) and row.figures._parsed is None
    assert row.figures == fresh and dict(row.figures) == fresh  # every other figure on demand, the same
