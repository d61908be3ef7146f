"""An autosave (issue #21): a few statements in one transaction, and a stored headline that never drifts from a full
rescoring, whatever the sequence of edits and the language of the window that made them."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from maturity_app.app.assessments import create_sample
from maturity_app.app.open_assessment import OpenAssessment
from maturity_app.app.workspace import Workspace
from maturity_app.domain import i18n
from maturity_app.domain.assessment import NA
from maturity_app.domain.headline import headline, valid_through
from maturity_app.domain.localize import localized_score
from maturity_app.domain.pack_loader import load_library
from maturity_app.domain.scoring import score_assessment
from maturity_app.paths import bundled_packs_dir

TODAY = dt.date(2026, 6, 1)
# BEGIN, the flags a save confirms, SAVEPOINT, the assessment's change time (returning what the checks need), the
# answer, its history entry, RELEASE, the headline, COMMIT.
STATEMENTS_PER_AUTOSAVE = 9


@pytest.fixture(scope="module")
def core():
    return load_library(bundled_packs_dir(), None).get("core")


@pytest.fixture
def sample(db_path, core):
    made = Workspace.open(db_path, today=TODAY)
    assessment_id = create_sample(made, core).value
    made.close()
    ws = Workspace.open(db_path, today=TODAY)  # a session of its own, as the desktop app's
    yield ws, assessment_id
    ws.close()


def _statements(ws, action) -> list[str]:
    """The statements *action* runs on the workspace's connection. The trace callback reports a trigger's run as
    its statement again, right after it: repeats in a row are the schema's triggers, not statements issued."""
    seen: list[str] = []
    ws.db.conn.set_trace_callback(seen.append)
    try:
        action()
    finally:
        ws.db.conn.set_trace_callback(None)
    return [sql for i, sql in enumerate(seen) if i == 0 or sql != seen[i - 1]]


def test_an_autosave_is_one_transaction_of_a_few_statements(sample):
    ws, assessment_id = sample
    model = OpenAssessment(ws, assessment_id)
    first, second = [q for q in model.question_ids if not model.answer(q).escalate][:2]
    sql = _statements(ws, lambda: model.write_answers([model.answer(first).with_changes(compliance=2)]))
    assert len(sql) <= STATEMENTS_PER_AUTOSAVE, "\n".join(sql)  # the first too: the pack was read at opening
    assert not any("pack_snapshots" in s for s in sql)
    history = ws.db.execute("SELECT count(*) FROM answer_history").fetchone()[0]
    sql = _statements(ws, lambda: model.write_answers([model.answer(second).with_changes(capability=1,
                                                                                          owner="Ana Ruiz")]))
    assert len(sql) <= STATEMENTS_PER_AUTOSAVE, "\n".join(sql)
    assert sql[0] == "BEGIN" and sql[-1] == "COMMIT"
    assert sum(s in ("BEGIN", "COMMIT") for s in sql) == 2  # one transaction: the headline is inside it
    assert any(s.startswith("INSERT OR REPLACE INTO assessment_headlines") for s in sql)
    assert not any(s.startswith("SELECT") and "FROM answers WHERE" in s for s in sql[sql.index("COMMIT"):])
    # Append-only history, and the model holds exactly what was stored.
    assert ws.db.execute("SELECT count(*) FROM answer_history").fetchone()[0] == history + 1
    assert model.assessment.answers == ws.assessments.load(assessment_id).answers


def _edits(model, proof_inside, proof_outside):
    """A day's work on the core pack: levels, N/A on one side and both, a proof date inside and outside the
    window (and none for a claim that needs one), an owner removed, an escalation, several answers at once."""
    ids = [q for q in model.question_ids if not model.answer(q).escalate]
    a, b, c, d, e, f = ids[:6]
    yield [model.answer(a).with_changes(compliance=4, capability=3, proven_on=proof_inside, owner="Ana")]
    yield [model.answer(b).with_changes(compliance=NA)]
    yield [model.answer(c).with_changes(compliance=NA, capability=NA)]
    yield [model.answer(a).with_changes(proven_on=proof_outside)]  # the proof ages out: counted lower
    yield [model.answer(d).with_changes(compliance=3, capability=4, proven_on=None)]  # no proof at all
    yield [model.answer(e).with_changes(owner="", capability=2, proven_on=proof_inside)]
    yield [model.answer(b).with_changes(compliance=1, capability=0),
           model.answer(f).with_changes(compliance=0, capability=None)]  # one side only
    yield [model.answer(f).with_changes(action="Restore test", action_owner="Ben", action_due=TODAY)]


def _assert_stored_equals_full_rescoring(ws, model, assessment_id):
    loaded = ws.assessments.load(assessment_id)
    full = score_assessment(loaded, TODAY)
    row = ws.db.execute("SELECT figures, valid_through FROM assessment_headlines WHERE assessment_id = ?",
                        [assessment_id]).fetchone()
    assert row is not None, "the headline was not stored in the save's transaction"
    assert json.loads(row[0]) == json.loads(json.dumps(headline(full)))
    through = valid_through(full, TODAY)
    assert row[1] == (through.isoformat() if through else None)
    assert model.score.compliance_index == full.compliance_index
    assert (model.score.answered, model.score.applicable, model.score.capability_index) == (
        full.answered, full.applicable, full.capability_index)
    # The open assessment's own (incremental) score, worded in the window's language, has the same figures.
    kept = localized_score(model.score, model.score.pack.stored().language)
    assert json.loads(json.dumps(headline(kept))) == json.loads(row[0])


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_stored_headline_equals_a_full_rescoring_after_every_edit(sample, language, tmp_path):
    ws, assessment_id = sample
    i18n.set_language(language)  # the window's language: the stored figures are the same in every language
    try:
        model = OpenAssessment(ws, assessment_id)
        for answers in _edits(model, TODAY - dt.timedelta(days=30), TODAY - dt.timedelta(days=900)):
            before = {a.question_id: model.answer(a.question_id) for a in answers}
            model.write_answers(answers)
            _assert_stored_equals_full_rescoring(ws, model, assessment_id)
            model.write_answers(list(before.values()), origin="undo")
            _assert_stored_equals_full_rescoring(ws, model, assessment_id)
            model.write_answers(answers, origin="redo")
            _assert_stored_equals_full_rescoring(ws, model, assessment_id)
        # Evidence clears the stored headline (the list makes it again); the next autosave, scored incrementally
        # on top of the model's full rescoring, stores it again, to be made anew the next day.
        proof = tmp_path / "restore-test.txt"
        proof.write_text("restored in 3 h 10 min")
        attached = model.question_ids[0]
        model.attach_files(attached, [proof])
        assert model.score == localized_score(score_assessment(ws.assessments.load(assessment_id), TODAY),
                                              model.score.pack.language)
        model.write_answers([model.answer(attached).with_changes(capability=4, proven_on=TODAY)])
        _assert_stored_equals_full_rescoring(ws, model, assessment_id)
        assert ws.db.execute("SELECT valid_through FROM assessment_headlines WHERE assessment_id = ?",
                             [assessment_id]).fetchone()[0] == TODAY.isoformat()
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
