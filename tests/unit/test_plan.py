"""Targets, risk acceptances and the tracked plan: domain rules, use cases, re-assessment carry-over, portability."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from maturity_app.app import assessments as assessment_ops
from maturity_app.app import plan as plan_ops
from maturity_app.app.open_assessment import OpenAssessment
from maturity_app.app.workspace import Workspace
from maturity_app.domain import plan as rules
from maturity_app.domain.assessment import Answer
from maturity_app.domain.errors import ValidationFailed
from maturity_app.domain.scoring import score_assessment
from maturity_app.storage import portable

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def ws(db_path):
    workspace = Workspace.open(db_path, today=TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def aid(ws, mini_pack):
    new_id = assessment_ops.create_assessment(ws, mini_pack, "Acme").value
    save = ws.assessments.save_answer
    # rec-restore: gap 3 (weight from the pack), with an overdue action; rec-deps: gap, no action
    save(new_id, Answer("rec-restore", 4, 1, action="Full restore test", action_owner="Bob",
                        action_due=dt.date(2026, 5, 1)))
    save(new_id, Answer("rec-deps", 3, 1))
    save(new_id, Answer("dec-owner", 2, 2, proven_on=dt.date(2026, 5, 1), action="Name owners", action_owner="Ann",
                        action_due=dt.date(2026, 10, 1)))
    return new_id


def _score(ws, aid):
    return score_assessment(ws.assessments.load(aid), TODAY)


def test_horizons_follow_the_due_date():
    assert rules.horizon(TODAY - dt.timedelta(days=3), TODAY) == "90 days"  # overdue is most urgent
    assert rules.horizon(TODAY + dt.timedelta(days=90), TODAY) == "90 days"
    assert rules.horizon(TODAY + dt.timedelta(days=91), TODAY) == "6 months"
    assert rules.horizon(dt.date(2026, 12, 1), TODAY) == "6 months"
    assert rules.horizon(dt.date(2026, 12, 2), TODAY) == "12 months"
    assert rules.horizon(None, TODAY) == "12 months"


def test_every_gap_is_in_the_plan_and_overdue_comes_first(ws, aid):
    items = plan_ops.plan(ws, aid)
    by_id = {i.q.question.id: i for i in items}
    assert by_id["rec-deps"].status == rules.NO_ACTION and not by_id["rec-deps"].has_action
    restore = by_id["rec-restore"]
    assert restore.overdue and restore.horizon == "90 days" and restore.status == "open"
    assert restore.priority == restore.q.question.weight * 3
    assert by_id["dec-owner"].horizon == "6 months"  # no gap, but a recorded action stays in the plan
    assert items[0].q.question.id == "rec-restore"


def test_status_priority_override_and_history(ws, aid):
    with pytest.raises(ValidationFailed, match="no remediation action yet"):
        plan_ops.set_action_state(ws, aid, "rec-deps", status="done")
    with pytest.raises(ValidationFailed, match="status is one of"):
        plan_ops.set_action_state(ws, aid, "rec-restore", status="finished")
    plan_ops.set_action_state(ws, aid, "rec-restore", status="in progress")
    plan_ops.set_action_state(ws, aid, "rec-restore", priority=99)
    item = next(i for i in plan_ops.plan(ws, aid) if i.q.question.id == "rec-restore")
    assert (item.status, item.priority) == ("in progress", 99) and item.derived_priority != 99
    plan_ops.set_action_state(ws, aid, "rec-restore", status="done", priority=None)
    item = next(i for i in plan_ops.plan(ws, aid) if i.q.question.id == "rec-restore")
    assert (item.status, item.priority, item.overdue) == ("done", item.derived_priority, False)
    assert [h["status"] for h in ws.plan.action_history(aid, "rec-restore")] == ["in progress", "in progress", "done"]


def test_an_accepted_gap_leaves_the_plan_until_it_expires(ws, aid, db_path):
    with pytest.raises(ValidationFailed, match="approved"):
        plan_ops.accept_risk(ws, aid, "rec-deps", " ", "reason", dt.date(2026, 12, 1))
    with pytest.raises(ValidationFailed, match="why"):
        plan_ops.accept_risk(ws, aid, "rec-deps", "Jane", "", dt.date(2026, 12, 1))
    with pytest.raises(ValidationFailed, match="expire after"):
        plan_ops.accept_risk(ws, aid, "rec-deps", "Jane", "Budget", TODAY)
    with pytest.raises(ValidationFailed, match="36 months at most"):
        plan_ops.accept_risk(ws, aid, "rec-deps", "Jane", "Budget", dt.date(2030, 1, 1))
    accepted = plan_ops.accept_risk(ws, aid, "rec-deps", "Jane  CFO", "Budget in 2027", dt.date(2026, 12, 1)).value
    assert accepted.approver == "Jane CFO"
    assert "rec-deps" not in {i.q.question.id for i in plan_ops.plan(ws, aid)}
    later = plan_ops.plan(ws, aid, today=dt.date(2026, 12, 2))
    reopened = next(i for i in later if i.q.question.id == "rec-deps")
    assert reopened.reopened == accepted and reopened.status == rules.NO_ACTION
    assert accepted.status(dt.date(2026, 12, 2)).startswith("expired on 1 Dec 2026")


def test_targets_give_distances_and_name_the_domains_furthest_below(ws, aid):
    with pytest.raises(ValidationFailed, match="not a domain or question"):
        plan_ops.set_target(ws, aid, "nope", 3)
    with pytest.raises(ValidationFailed, match="0-4"):
        plan_ops.set_target(ws, aid, "recovery", 5)
    plan_ops.set_target(ws, aid, "recovery", 3)
    plan_ops.set_target(ws, aid, "decisions", 1)
    score = _score(ws, aid)
    compared = {d.domain.domain.id: d for d in rules.domains_against_targets(score, list(score.targets))}
    rec = compared["recovery"]
    assert rec.distance == round(75 - rec.current, 1) and rec.distance > 0
    assert compared["decisions"].distance < 0
    sentence = rules.target_sentence(score, list(score.targets))
    assert sentence.startswith("Furthest below the board's target: Tested recovery (")
    assert "Owned decisions" not in sentence  # above its target
    plan_ops.set_target(ws, aid, "recovery", None)
    assert [t.item_id for t in ws.plan.targets(aid)] == ["decisions"]


def test_a_question_target_puts_a_shortfall_in_the_plan(ws, aid):
    plan_ops.set_target(ws, aid, "dec-owner", 4)  # dec-owner has no paper gap (2 against 2)
    item = next(i for i in plan_ops.plan(ws, aid) if i.q.question.id == "dec-owner")
    assert item.derived_priority == item.q.question.weight * 2


def test_one_questions_plan_item_is_its_entry_in_the_whole_plan(ws, aid):
    """The answer page shows the plan line of the question on screen from plan_item (no list of every gap built on
    each next question); it must be the entry build_plan lists, for targets, acceptances and actions alike."""
    plan_ops.set_target(ws, aid, "dec-owner", 4)  # its own target
    plan_ops.set_target(ws, aid, "recovery", 4)  # a domain's
    plan_ops.set_target(ws, aid, "rec-restore", 2)  # its own beats its domain's
    plan_ops.accept_risk(ws, aid, "rec-deps", "Jane", "Budget in 2027", dt.date(2026, 12, 1))
    plan_ops.set_action_state(ws, aid, "rec-restore", status="in progress", priority=7)
    score = _score(ws, aid)
    for day in (TODAY, dt.date(2026, 12, 2)):  # before and after the acceptance expires
        listed = {i.q.question.id: i for i in rules.build_plan(score, day, score.acceptances, score.actions,
                                                               list(score.targets))}
        assert {"rec-restore", "dec-owner"} <= set(listed)
        for q in score.questions:
            assert rules.plan_item(score, q, day) == listed.get(q.question.id), q.question.id
    assert "rec-deps" not in listed or listed["rec-deps"].reopened is not None


def test_re_assessment_carries_targets_acceptances_and_action_history(ws, aid, mini_pack):
    plan_ops.set_target(ws, aid, "recovery", 3)
    plan_ops.accept_risk(ws, aid, "rec-deps", "Jane", "Budget", dt.date(2026, 12, 1))
    plan_ops.set_action_state(ws, aid, "rec-restore", status="in progress")
    new_id = assessment_ops.reassess(ws, aid, mini_pack, prefill=True).value.new_id
    assert ws.plan.targets(new_id) == ws.plan.targets(aid)
    assert ws.plan.acceptances(new_id)["rec-deps"].approver == "Jane"
    assert ws.plan.action_states(new_id)["rec-restore"].status == "in progress"
    assert [h["status"] for h in ws.plan.action_history(new_id)] == ["in progress"]


def test_open_assessment_follows_plan_changes(ws, aid):
    model = OpenAssessment(ws, aid)
    model._apply(plan_ops.set_target(ws, aid, "recovery", 2), "edit")
    assert [t.item_id for t in model.score.targets] == ["recovery"]


def test_plan_tables_travel_in_a_portable_file_and_forged_rows_are_refused(ws, aid):
    plan_ops.set_target(ws, aid, "recovery", 3)
    plan_ops.accept_risk(ws, aid, "rec-deps", "Jane", "Budget", dt.date(2026, 12, 1))
    plan_ops.set_action_state(ws, aid, "rec-restore", status="in progress", priority=12)
    data = portable.export_data(ws.db, aid)
    new_id = portable.import_bytes(ws.db, portable.dumps(data), "p.json", as_copy=True)
    assert ws.plan.action_states(new_id)["rec-restore"].priority == 12
    assert ws.plan.targets(new_id) == ws.plan.targets(aid)
    forgeries = [
        ("targets", {"level": 7}, "0-4"),
        ("targets", {"item_id": "zzz"}, "not a domain"),
        ("acceptances", {"expires_on": "2099-01-01"}, "36 months"),
        ("acceptances", {"approver": ""}, "approved"),
        ("action_states", {"status": "closed"}, "status is one of"),
        ("action_history", {"priority": 5000}, "priority"),
    ]
    for table, change, message in forgeries:
        forged = json.loads(json.dumps(data))
        forged["tables"][table][0].update(change)
        with pytest.raises(portable.ImportRejected, match=message):
            portable.import_bytes(ws.db, portable.dumps(forged), "p.json", as_copy=True)


def test_compare_shows_the_distance_to_target_before_and_now(ws, aid, mini_pack):
    plan_ops.set_target(ws, aid, "recovery", 3)
    new_id = assessment_ops.reassess(ws, aid, mini_pack, prefill=True).value.new_id
    ws.assessments.save_answer(new_id, Answer("rec-restore", 4, 3, proven_on=TODAY))
    ws.assessments.save_answer(new_id, Answer("rec-deps", 3, 3, proven_on=TODAY))
    (row,) = plan_ops.comparison_targets(ws.db, ws.cycle.comparison(aid, new_id))
    assert row.old_distance == 50.0 and row.new_distance == 0.0
    assert row.text() == "Tested recovery: 50 below → on target (target level 3)"
