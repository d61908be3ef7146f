"""The sample assessment is realistic, deterministic and created whole or not at all."""

import datetime as dt

import pytest

from maturity_app.domain.scoring import score_assessment
from maturity_app.storage.demo_assessment import create_demo_assessment

TODAY = dt.date(2026, 6, 1)


def test_sample_has_every_answer_escalations_within_budget_and_a_real_gap(store, mini_pack):
    aid = create_demo_assessment(store, mini_pack, TODAY)
    assessment = store.load(aid)
    assert set(assessment.answers) == {q.id for q in mini_pack.questions()}
    score = score_assessment(assessment, TODAY)
    assert len(score.escalations) <= assessment.info.escalation_budget
    assert score.compliance_index > score.capability_index


def test_a_failure_midway_leaves_no_half_made_sample(store, mini_pack, monkeypatch):
    calls = []
    original = store.save_answer

    def failing_save(assessment_id, answer):
        calls.append(answer.question_id)
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return original(assessment_id, answer)

    monkeypatch.setattr(store, "save_answer", failing_save)
    with pytest.raises(RuntimeError):
        create_demo_assessment(store, mini_pack, TODAY)
    assert store.list() == []
    assert store.db.execute("SELECT count(*) FROM answers").fetchone()[0] == 0


def _core():
    from pathlib import Path

    from maturity_app.domain.pack_loader import load_pack

    return load_pack(Path(__file__).resolve().parents[2] / "questionnaires" / "core.yaml")


def test_the_core_sample_is_written_question_by_question_with_three_different_decisions(store):
    from maturity_app.domain import demo_northwind

    pack = _core()
    assert set(demo_northwind.ANSWERS) == {q.id for q in pack.questions()}  # every question has its own answer
    aid = create_demo_assessment(store, pack, TODAY)
    score = score_assessment(store.load(aid), TODAY)
    decisions = [q.answer.decision for q in score.escalations]
    assert len(decisions) == 3 == len(set(decisions)) and all(len(d) > 80 for d in decisions)
    assert [q.question.id for q in score.escalations] == list(demo_northwind.ESCALATIONS)
    actions = [q.answer.action for q in score.questions if q.answer.action]
    assert len(actions) == len(set(actions))  # no action copied onto another question
    for q in score.questions:
        if q.paper_maturity or q.exposure >= 8:  # what the summary names gets a remediation with an owner
            assert q.answer.action and q.answer.action_owner and q.answer.action_due, q.question.id
        if q.applicable:
            assert q.answer.evidence_note, q.question.id
    # The patterns a real review finds, each present: paper tigers, an undocumented strength, weak on both sides,
    # a stale claim, an unowned capability, N/A with a reason.
    assert score.paper_domains and score.exposed and score.stale and score.unowned and score.not_applicable
    assert any(q.quadrant and q.quadrant.value == "undocumented strength" for q in score.questions)
    assert all(q.answer.evidence_note for q in score.not_applicable)


def test_a_generated_sample_derives_every_action_and_decision_from_its_own_question(mini_pack):
    from maturity_app.domain.demo import demo_assessment_answers

    answers = demo_assessment_answers(mini_pack, TODAY, budget=2)
    for a in answers:
        title = mini_pack.question(a.question_id).title
        if a.action:
            assert title in a.action
        if a.escalate:
            assert title in a.decision
    assert sum(a.escalate for a in answers) <= 2
