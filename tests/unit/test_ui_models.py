"""The UI's Qt models and the session adapter, tested without any widget."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from maturity_app.domain.assessment import Answer
from maturity_app.domain.escalation import EscalationBudgetExceeded
from maturity_app.domain.scoring import score_assessment
from maturity_app.ui.assessment_list_model import (
    GAP, PROGRESS, SUBJECT, UPDATED, AssessmentListModel, RecentAssessment, SortRole,
)
from maturity_app.ui.navigator_model import (
    DomainIdRole, IsDomainRole, MarkersRole, NavigatorFilterProxy, NavigatorModel, QuestionIdRole,
)
from maturity_app.app.workspace import Workspace
from maturity_app.ui.session import AssessmentSession

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def assessment_id(store, mini_pack):
    return store.create(mini_pack, "Acme", escalation_budget=1)


def _visible(proxy):
    return [proxy.index(r, 0, proxy.index(d, 0)).data(QuestionIdRole)
            for d in range(proxy.rowCount()) for r in range(proxy.rowCount(proxy.index(d, 0)))]


def test_navigator_model_structure_progress_and_markers(qapp, store, assessment_id):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1))
    store.save_answer(assessment_id, Answer("rec-deps", compliance=2, capability=3, owner="Sam",
                                            proven_on=dt.date(2025, 1, 1)))
    model = NavigatorModel(score_assessment(store.load(assessment_id), TODAY))
    assert model.rowCount() == 3 and model.columnCount() == 2
    recovery = model.index(0, 0)
    assert recovery.data(IsDomainRole) and model.index(0, 1).data() == "2/2"
    assert model.rowCount(recovery) == 2
    restore = model.index(0, 0, recovery)
    assert restore.parent() == recovery and restore.data() == "Restores proven within RTO"
    assert restore.data(MarkersRole) == {"paper", "unowned"}
    # Claims 3, proven 17 months ago with 12 allowed: counted as 1, so weak on both sides (paper 2).
    assert model.index(1, 0, recovery).data(MarkersRole) == {"exposed", "stale"}
    assert model.index(0, 1, recovery).data(Qt.ToolTipRole).startswith("paper maturity")
    assert model.index(0, 0, model.index(2, 0)).data(MarkersRole) == {"unanswered"}
    assert model.index_of("dec-exceptions").data() == "Exceptions expire"


def test_navigator_set_score_signals_the_changed_rows(qapp, store, assessment_id, qtbot):
    assessment = store.load(assessment_id)
    model = NavigatorModel(score_assessment(assessment, TODAY))
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.data(QuestionIdRole), a.data(IsDomainRole))))
    assessment.answers["dec-owner"] = Answer("dec-owner", compliance=1, capability=1)
    model.set_score(score_assessment(assessment, TODAY), "dec-owner")
    assert changed == [("dec-owner", False), ("dec-owner", True)]  # the question, then its domain
    assert model.index(1, 1).data() == "1/2"


def test_filter_proxy_modes_and_text(qapp, store, assessment_id):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1, owner="Dana"))
    store.save_answer(assessment_id, Answer("dec-owner", compliance=2, capability=2, owner="Sam"))
    proxy = NavigatorFilterProxy()
    proxy.setSourceModel(NavigatorModel(score_assessment(store.load(assessment_id), TODAY)))
    assert len(_visible(proxy)) == 5
    proxy.set_mode("unanswered")
    assert _visible(proxy) == ["rec-deps", "dec-exceptions", "cul-near-miss"]
    proxy.set_mode("gaps")
    # dec-owner claims 2 with no proof date: counted as 1, exposed and stale, so it is a gap to look at.
    assert _visible(proxy) == ["rec-restore", "dec-owner"]
    proxy.set_mode("exposed")
    assert _visible(proxy) == ["dec-owner"]
    proxy.set_mode("all")
    proxy.set_text("EXCEPT")
    assert _visible(proxy) == ["dec-exceptions"] and proxy.rowCount() == 1
    proxy.set_text("rec-")
    assert _visible(proxy) == ["rec-restore", "rec-deps"]
    with pytest.raises(ValueError):
        proxy.set_mode("everything")


def _info(store, assessment_id):
    return store.info(assessment_id)


class _CountingProxy(NavigatorFilterProxy):
    checked: list[str] = []  # the domain of every row looked at

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 (Qt's name)
        domain = source_parent if source_parent.isValid() else self.sourceModel().index(source_row, 0)
        self.checked.append(domain.data(DomainIdRole))
        return super().filterAcceptsRow(source_row, source_parent)


def test_moving_the_pin_looks_again_at_two_rows_not_the_whole_tree(qapp, store, assessment_id):
    for qid in ("rec-restore", "rec-deps"):
        store.save_answer(assessment_id, Answer(qid, compliance=2, capability=2))
    proxy = _CountingProxy()
    proxy.setSourceModel(NavigatorModel(score_assessment(store.load(assessment_id), TODAY)))
    proxy.set_mode("unanswered")
    assert _visible(proxy) == ["dec-owner", "dec-exceptions", "cul-near-miss"]
    relaid = []
    proxy.layoutAboutToBeChanged.connect(lambda *_: relaid.append(True))
    proxy.modelAboutToBeReset.connect(lambda: relaid.append(True))
    proxy.checked.clear()
    proxy.set_pinned("rec-deps")  # answered: listed only because it is on screen, with its domain
    assert _visible(proxy) == ["rec-deps", "dec-owner", "dec-exceptions", "cul-near-miss"]
    proxy.set_pinned("dec-owner")  # the old pin drops out again, its domain with it
    assert _visible(proxy) == ["dec-owner", "dec-exceptions", "cul-near-miss"]
    proxy.set_pinned("rec-restore")
    assert _visible(proxy) == ["rec-restore", "dec-owner", "dec-exceptions", "cul-near-miss"]
    assert not relaid  # rows were added and removed, nothing was laid out again
    # Only the domains of the old and the new pin were looked at, never the rest of the tree.
    assert proxy.checked and set(proxy.checked) <= {"recovery", "decisions"}
    proxy.set_mode("all")
    proxy.checked.clear()
    proxy.set_pinned("dec-owner")  # no filter on: nothing to look at again
    assert proxy.checked == []


def test_assessment_list_model_texts_and_sorting(qapp, store, mini_pack):
    a = store.create(mini_pack, "Zeta Corp")
    b = store.create(mini_pack, "alpha vendor")
    store.save_answer(a, Answer("rec-restore", compliance=4, capability=2))
    rows = [
        RecentAssessment(store.info(a), "organisation", 100.0, 50.0, 50.0),
        RecentAssessment(store.info(b), "vendor", None, None, None),
    ]
    model = AssessmentListModel(rows)
    assert model.rowCount() == 2 and model.columnCount() == 6
    assert model.index(0, PROGRESS).data() == "1/5  (20%)"
    assert model.index(0, GAP).data() == "+50 pts  (paper 100 · practice 50)"
    assert model.index(1, GAP).data() == "—"
    assert model.index(1, SUBJECT).data(Qt.ToolTipRole).startswith("Vendor: alpha vendor")
    model.sort(SUBJECT, Qt.AscendingOrder)
    assert [model.index(r, SUBJECT).data() for r in range(2)] == ["alpha vendor", "Zeta Corp"]  # case-insensitive
    model.sort(GAP, Qt.DescendingOrder)
    assert model.index(0, SUBJECT).data() == "Zeta Corp"
    assert model.index(0, PROGRESS).data(SortRole) == pytest.approx(0.2)
    assert model.row_for(b) == 1 and model.row_for(999) == -1


def _newest_first(store, mini_pack, count):
    """*count* assessments, listed as the store lists them (newest first), as start-page rows."""
    for n in range(count):
        store.create(mini_pack, f"Org {n:02d}")
    return [RecentAssessment(info, "organisation", None, None, None) for info in store.list()]


def test_the_list_counts_every_row_but_reads_beyond_the_newest_only_when_asked(qapp, store, mini_pack):
    rows = _newest_first(store, mini_pack, 6)
    reads = []

    def load_all():
        reads.append(1)
        return rows

    model = AssessmentListModel()
    model.sort(UPDATED, Qt.DescendingOrder)  # as the start page lists it
    model.set_newest_rows(rows[:2], len(rows), load_all)
    assert model.rowCount() == 6 and not model.has_all_rows()
    assert [model.index(r, SUBJECT).data() for r in range(2)] == ["Org 05", "Org 04"] and reads == []
    model.sort(UPDATED, Qt.DescendingOrder)  # the order the newest rows came in: nothing more to read
    assert reads == []
    assert model.index(4, SUBJECT).data() == "Org 01"  # further down: every row is read, once
    assert reads == [1] and model.has_all_rows()
    assert [model.index(r, SUBJECT).data() for r in range(6)] == [f"Org {n:02d}" for n in range(5, -1, -1)]


def test_another_order_or_a_look_up_reads_every_row_first(qapp, store, mini_pack):
    rows = _newest_first(store, mini_pack, 5)
    model = AssessmentListModel()
    model.sort(UPDATED, Qt.DescendingOrder)
    model.set_newest_rows(rows[:2], len(rows), lambda: rows)
    model.sort(SUBJECT, Qt.AscendingOrder)
    assert model.has_all_rows()
    assert [model.index(r, SUBJECT).data() for r in range(5)] == [f"Org {n:02d}" for n in range(5)]
    model = AssessmentListModel()
    model.sort(UPDATED, Qt.DescendingOrder)
    model.set_newest_rows(rows[:2], len(rows), lambda: rows)
    assert model.row_for(rows[4].info.id) == 4 and model.has_all_rows()


def test_a_list_that_changed_before_the_rest_was_read_is_listed_again_as_it_is(qapp, qtbot, store, mini_pack):
    rows = _newest_first(store, mini_pack, 4)
    model = AssessmentListModel()
    model.sort(UPDATED, Qt.DescendingOrder)
    model.set_newest_rows(rows[:2], 4, lambda: rows[1:])  # the newest was deleted meanwhile
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.load_all()
    qtbot.waitUntil(lambda: bool(resets), timeout=2000)  # not while a view may be reading: on the next turn
    assert model.rowCount() == 3 and model.index(0, SUBJECT).data() == "Org 02"


def test_a_painted_cell_is_answered_in_one_call_for_all_its_roles(qapp, store, mini_pack):
    from PySide6.QtCore import QModelRoleData

    rows = _newest_first(store, mini_pack, 1)
    model = AssessmentListModel(rows)
    asked = [QModelRoleData(role) for role in (Qt.DisplayRole, Qt.DecorationRole, Qt.TextAlignmentRole)]
    model.multiData(model.index(0, PROGRESS), asked)
    assert [a.data() for a in asked] == [model.index(0, PROGRESS).data(), None,
                                         model.index(0, PROGRESS).data(Qt.TextAlignmentRole)]
    assert asked[2].data() == int(Qt.AlignRight | Qt.AlignVCenter)
    # A view hands the same roles again for the next cell: every role is answered, none keeps the last cell's value.
    model.multiData(model.index(0, SUBJECT), asked)
    assert asked[2].data() == int(Qt.AlignLeft | Qt.AlignVCenter)


def test_the_list_answers_every_role_alike_asked_one_at_a_time_or_all_at_once(qapp, store, mini_pack):
    from PySide6.QtCore import QModelRoleData

    from maturity_app.ui.assessment_list_model import AssessmentIdRole, SortRole

    model = AssessmentListModel(_newest_first(store, mini_pack, 2))
    roles = [*range(int(Qt.UserRole)), AssessmentIdRole, SortRole]
    for column in range(model.columnCount()):
        index = model.index(1, column)
        asked = [QModelRoleData(role) for role in roles]
        model.multiData(index, asked)
        assert [a.data() for a in asked] == [index.data(role) for role in roles]
        assert asked[0].data() and asked[-2].data() == index.data(AssessmentIdRole) is not None


_DELEGATE_ROLES = (Qt.FontRole, Qt.TextAlignmentRole, Qt.ForegroundRole, Qt.CheckStateRole, Qt.DecorationRole,
                   Qt.DisplayRole, Qt.BackgroundRole)  # what QStyledItemDelegate asks of each cell it paints


@pytest.mark.parametrize("order", [_DELEGATE_ROLES, tuple(reversed(_DELEGATE_ROLES))], ids=["painting", "other"])
def test_a_painted_cell_gets_the_answers_its_roles_get_one_at_a_time(qapp, store, mini_pack, order):
    from PySide6.QtCore import QModelRoleData

    rows = _newest_first(store, mini_pack, 4)
    model = AssessmentListModel()
    model.set_newest_rows(rows[:2], len(rows), lambda: rows)  # the last rows are read when first asked for
    for row in (0, 3):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            asked = [QModelRoleData(role) for role in order]
            model.multiData(index, asked)
            assert [a.data() for a in asked] == [index.data(role) for role in order]
            assert asked[order.index(Qt.DisplayRole)].data()
    assert model.has_all_rows()


def test_session_change_saves_and_undo_redo_go_through_the_store(qapp, store, assessment_id):
    session = AssessmentSession.open(Workspace(store.db, today=TODAY), assessment_id)
    saved = []
    session.saved.connect(saved.append)
    assert session.change("rec-restore", "Compliance 3", compliance=3) is True
    assert session.change("rec-restore", "Compliance 3", compliance=3) is False  # nothing changed, no step
    assert session.undo_stack.count() == 1 and len(saved) == 1
    session.change("rec-restore", "owner", merge_field="owner", owner="Da")
    session.change("rec-restore", "owner", merge_field="owner", owner="Dana")
    assert session.undo_stack.count() == 2  # typing in one field merges into one step
    session.undo_stack.undo()
    assert store.answer(assessment_id, "rec-restore").owner == ""
    session.undo_stack.undo()
    assert store.answer(assessment_id, "rec-restore").compliance is None
    session.undo_stack.redo()
    assert store.answer(assessment_id, "rec-restore").compliance == 3
    assert session.score.question("rec-restore").answer.compliance == 3


def test_session_asks_the_domain_about_the_escalation_budget(qapp, store, assessment_id):
    session = AssessmentSession.open(Workspace(store.db, today=TODAY), assessment_id)
    assert session.escalation_conflict("rec-restore") is None
    session.change("rec-restore", "Escalate", escalate=True)
    assert session.escalation_conflict("rec-restore") is None  # re-saving an escalated question is fine
    conflict = session.escalation_conflict("dec-owner")
    assert isinstance(conflict, EscalationBudgetExceeded) and conflict.escalated == ["rec-restore"]
    with pytest.raises(EscalationBudgetExceeded):
        session.change("dec-owner", "Escalate", escalate=True)
    assert session.undo_stack.count() == 1  # the refused change left no undo step
    session.swap_escalation("rec-restore", "dec-owner", "Decide")
    assert session.escalated_ids() == ["dec-owner"]
    session.undo_stack.undo()
    assert session.escalated_ids() == ["rec-restore"]
    assert session.neighbour("rec-deps", 1) == "dec-owner" and session.neighbour("cul-near-miss", 1) is None


def test_session_undoes_participant_changes_and_notifies_every_listener(qapp, store, mini_pack):
    workspace = Workspace(store.db, today=TODAY)
    aid = store.create(mini_pack, "Northwind", mode="workshop")
    session = AssessmentSession.open(workspace, aid)
    seen = []
    session.changed.connect(lambda changes, origin: seen.append((changes.participants, origin)))
    ana = session.add_participant("Legal", "Ana")
    session.rename_participant(ana, "Ana Silva")
    assert [p.label() for p in session.model.participants] == ["Ana Silva (Legal)"]
    session.undo_stack.undo()
    assert [p.label() for p in session.model.participants] == ["Ana (Legal)"]
    assert workspace.workshop.participant(ana.id).name == "Ana"  # each step saved
    session.undo_stack.undo()
    assert session.model.participants == [] and workspace.workshop.participants(aid) == []
    session.undo_stack.redo()
    session.undo_stack.redo()
    assert workspace.workshop.participant(ana.id).label() == "Ana Silva (Legal)"
    assert seen == [(True, "edit"), (True, "edit"), (True, "undo"), (True, "undo"), (True, "redo"), (True, "redo")]


def test_navigator_row_data_is_computed_once_per_change(qapp, store, assessment_id, monkeypatch):
    from maturity_app.domain.rescoring import rescore
    from maturity_app.ui import navigator_model

    computed = []
    original = navigator_model.question_markers
    monkeypatch.setattr(navigator_model, "question_markers", lambda q: computed.append(q.question.id) or original(q))
    assessment = store.load(assessment_id)
    score = score_assessment(assessment, TODAY)
    model = NavigatorModel(score)
    every = ["rec-restore", "rec-deps", "dec-owner", "dec-exceptions", "cul-near-miss"]
    assert computed == every  # each row once, when the model is made...
    owner = model.index_of("dec-owner")
    for _ in range(3):  # ...and never again for a repaint
        assert owner.data(MarkersRole) == {"unanswered"} and owner.siblingAtColumn(1).data(Qt.ToolTipRole)
    assert computed == every
    assessment.answers["dec-owner"] = Answer("dec-owner", compliance=4, capability=1)
    model.set_score(rescore(score, assessment, ["dec-owner"], TODAY), "dec-owner")
    assert model.index_of("dec-owner").data(MarkersRole) == {"paper", "unowned"}
    assert model.index_of("rec-restore").data(MarkersRole) == {"unanswered"}
    model.set_to_confirm({"rec-restore"})
    assert model.index_of("rec-restore").data(MarkersRole) == {"unanswered", "confirm"}
    assert computed == [*every, "dec-owner", "rec-restore"]  # a change: that row alone
