"""The application layer both faces call: each use case in one transaction, returning what it changed."""

from __future__ import annotations

import datetime as dt

import pytest

from maturity_app.app import answers as answer_ops
from maturity_app.app import assessments as assessment_ops
from maturity_app.app import workshop as workshop_ops
from maturity_app.app.changes import Changes
from maturity_app.app.report_inputs import report_inputs
from maturity_app.app.start_rows import start_rows
from maturity_app.app.workspace import Workspace
from maturity_app.domain.assessment import Answer
from maturity_app.domain.errors import MaturityError, ValidationFailed
from maturity_app.domain.escalation import EscalationBudgetExceeded

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def ws(db_path):
    workspace = Workspace.open(db_path, today=TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def aid(ws, mini_pack):
    return assessment_ops.create_assessment(ws, mini_pack, "Acme", escalation_budget=1).value


def _other_process_opens(db_path) -> str:
    import subprocess
    import sys

    script = ("import sys\nfrom maturity_app.app.workspace import Workspace\n"
              "try:\n    Workspace.open(sys.argv[1]).close()\nexcept Exception as exc:\n    print(type(exc).__name__)\n"
              "else:\n    print('opened')")
    return subprocess.run([sys.executable, "-c", script, str(db_path)], capture_output=True, text=True,
                          timeout=60).stdout.strip()


def test_workspace_owns_the_lock_until_closed(db_path):
    first = Workspace.open(db_path)
    assert _other_process_opens(db_path) == "DatabaseLocked"
    first.close()
    assert _other_process_opens(db_path) == "opened"


def test_releasing_memory_shrinks_the_page_cache_and_leaves_the_workspace_working(db_path):
    ws = Workspace.open(db_path)
    statements = []
    ws.db.conn.set_trace_callback(statements.append)
    ws.release_memory()
    assert statements == ["PRAGMA shrink_memory"]
    assert ws.assessments.list() == []  # reads on as before
    ws.close()
    ws.release_memory()  # a closed workspace has nothing to give back, and says nothing


def test_change_answer_returns_the_stored_answer_and_what_changed(ws, aid):
    done = answer_ops.change_answer(ws, aid, "rec-restore", compliance="3", capability="na", owner="Ana")
    assert (done.value.compliance, done.value.capability, done.value.owner) == (3, "na", "Ana")
    assert done.value.updated_at  # as stored
    assert done.changes == Changes(aid, answers=frozenset({"rec-restore"}))
    assert ws.assessments.answer(aid, "rec-restore") == done.value


def test_change_answer_reports_the_confirmation_the_save_implies(ws, aid, mini_pack):
    answer_ops.change_answer(ws, aid, "rec-restore", compliance=3, capability=2)
    new_id = assessment_ops.reassess(ws, aid, mini_pack, prefill=True).value.new_id
    assert ws.cycle.flags(new_id)["rec-restore"].to_confirm
    done = answer_ops.change_answer(ws, new_id, "rec-restore", capability=3)
    assert done.changes.flags == {"rec-restore"}
    assert not ws.cycle.flags(new_id)["rec-restore"].to_confirm
    # ...and confirming can be taken back (undo), which asks for the confirmation again
    assert answer_ops.set_to_confirm(ws, new_id, "rec-restore", True).changes.flags == {"rec-restore"}
    assert ws.cycle.flags(new_id)["rec-restore"].to_confirm
    answer_ops.confirm_answer(ws, new_id, "rec-restore")
    assert not ws.cycle.flags(new_id)["rec-restore"].to_confirm
    with pytest.raises(ValidationFailed, match="no pre-filled answer to confirm"):
        answer_ops.confirm_answer(ws, new_id, "rec-restore")  # already confirmed


def test_swap_escalation_moves_it_in_one_step(ws, aid):
    answer_ops.change_answer(ws, aid, "rec-restore", escalate=True, decision="Fund the test")
    with pytest.raises(EscalationBudgetExceeded):
        answer_ops.change_answer(ws, aid, "rec-deps", escalate=True)
    done = answer_ops.swap_escalation(ws, aid, "rec-restore", "rec-deps", "Approve the budget")
    assert done.changes.answers == {"rec-restore", "rec-deps"}
    assert not ws.assessments.answer(aid, "rec-restore").escalate
    moved = ws.assessments.answer(aid, "rec-deps")
    assert moved.escalate and moved.decision == "Approve the budget"


def test_swap_escalation_with_a_fault_changes_nothing(ws, aid, monkeypatch):
    answer_ops.change_answer(ws, aid, "rec-restore", escalate=True, decision="Fund the test")
    before = ws.assessments.load(aid).answers
    history = len(ws.assessments.history(aid))
    real_save = ws.assessments.save_answer

    def failing_second_write(assessment_id, answer):
        if answer.question_id == "rec-deps":
            raise MaturityError("disk I/O error (injected)")
        return real_save(assessment_id, answer)

    monkeypatch.setattr(ws.assessments, "save_answer", failing_second_write)
    with pytest.raises(MaturityError, match="injected"):
        answer_ops.swap_escalation(ws, aid, "rec-restore", "rec-deps", "Approve")
    assert ws.assessments.load(aid).answers == before  # the drop was rolled back with the failed add
    assert len(ws.assessments.history(aid)) == history


def test_swap_escalation_refuses_a_question_that_is_not_escalated(ws, aid):
    with pytest.raises(ValidationFailed, match="not escalated"):
        answer_ops.swap_escalation(ws, aid, "rec-restore", "rec-deps")


def test_workshop_use_cases_and_undo_partners(ws, mini_pack):
    wid = assessment_ops.create_assessment(ws, mini_pack, "Northwind", mode="workshop").value
    done = workshop_ops.add_participant(ws, wid, "legal", "Ana")
    ana = done.value
    assert done.changes.participants and ana.role == "Legal"
    rated = workshop_ops.rate(ws, wid, ana.id, "rec-restore", capability="2")
    assert rated.value.capability == 2 and rated.changes.ratings == {"rec-restore"}
    workshop_ops.save_rating(ws, wid, rated.value.__class__(ana.id, "rec-restore"))  # undo: back to unrated
    assert ws.workshop.rating(ana.id, "rec-restore").capability is None
    with pytest.raises(ValidationFailed, match="nobody in the room has rated"):
        workshop_ops.agree(ws, wid, "rec-restore", capability=3)  # the rating was undone: nothing to agree on
    workshop_ops.rate(ws, wid, ana.id, "rec-restore", capability=3)
    agreed = workshop_ops.agree(ws, wid, "rec-restore", capability=3)
    assert agreed.value.capability == 3 and agreed.changes.answers == {"rec-restore"}
    assert agreed.changes.reveals == {"rec-restore"} and ws.workshop.revealed(wid) == {("rec-restore", "capability")}
    assert workshop_ops.remove_participant(ws, wid, ana.id).value.removed_at
    assert workshop_ops.restore_participant(ws, wid, ana.id).value.active
    assert workshop_ops.rename_participant(ws, wid, ana.id, "Ana S").value.name == "Ana S"
    other = assessment_ops.create_assessment(ws, mini_pack, "Other", mode="workshop").value
    with pytest.raises(ValidationFailed):
        workshop_ops.remove_participant(ws, other, ana.id)  # a participant of another assessment
    with pytest.raises(ValidationFailed):
        workshop_ops.agree(ws, wid, "rec-restore")


def test_start_rows_score_each_assessment(ws, aid, mini_pack):
    answer_ops.change_answer(ws, aid, "rec-restore", compliance=4, capability=1)
    vendor = assessment_ops.create_assessment(ws, mini_pack, "Globex").value
    rows = {r.info.id: r for r in start_rows(ws)}
    assert set(rows) == {aid, vendor}
    assert rows[aid].compliance_index == 100 and rows[aid].capability_index == 25
    assert rows[vendor].gap_points is None
    assert rows[aid].subject_kind == "organisation"


def test_report_inputs_leave_out_what_cannot_be_made_and_say_so(ws, aid, mini_pack, monkeypatch):
    answer_ops.change_answer(ws, aid, "rec-restore", compliance=4, capability=1)
    inputs = report_inputs(ws, aid)
    assert inputs.as_of == TODAY and inputs.score.answered == 1
    assert inputs.extras() == {} and inputs.left_out == []  # first of its subject, not a workshop

    next_id = assessment_ops.reassess(ws, aid, mini_pack).value.new_id
    assert "since_last" in report_inputs(ws, next_id).extras()

    def broken(*_args, **_kwargs):
        raise ValidationFailed("the previous assessment cannot be read")

    monkeypatch.setattr(ws.cycle, "since_previous", broken)
    inputs = report_inputs(ws, next_id)
    assert "since_last" not in inputs.extras()
    assert inputs.left_out == ["the report leaves out “since last assessment”: the previous assessment cannot be read"]


def test_report_inputs_carry_the_workshop_summary(ws, mini_pack):
    wid = assessment_ops.create_assessment(ws, mini_pack, "Northwind", mode="workshop").value
    ana = workshop_ops.add_participant(ws, wid, "Legal").value
    workshop_ops.rate(ws, wid, ana.id, "rec-restore", capability=2)
    summary = report_inputs(ws, wid).extras()["workshop"]
    assert [p.role for p in summary.participants] == ["Legal"]


def test_delete_and_import_report_a_changed_list(ws, aid, tmp_path):
    path = assessment_ops.export_file(ws, aid, tmp_path / "a.maturity.json")
    copy = assessment_ops.import_file(ws, path, as_copy=True)
    assert copy.changes.assessment_list and copy.value != aid
    assert assessment_ops.delete_assessment(ws, copy.value).changes == Changes(copy.value, assessment_list=True)
    assert [i.id for i in ws.assessments.list()] == [aid]


def test_save_answers_is_all_or_nothing(ws, aid):
    good = Answer("rec-restore", compliance=2, capability=2)
    bad = Answer("no-such-question", compliance=1)
    with pytest.raises(ValidationFailed):
        answer_ops.save_answers(ws, aid, [good, bad])
    assert ws.assessments.answer(aid, "rec-restore") == Answer("rec-restore")
