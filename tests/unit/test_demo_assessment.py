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
