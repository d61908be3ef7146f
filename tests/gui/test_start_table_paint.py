"""What painting the start page's table asks of its model: one call per painted cell, for the roles its delegate
asks in the order the model's fast answer expects (assessment_list_model.multiData), and the texts it shows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from maturity_app.ui import assessment_list_model
from maturity_app.ui.assessment_list_model import SUBJECT, AssessmentListModel

PAINTING_ORDER = [Qt.FontRole, Qt.TextAlignmentRole, Qt.ForegroundRole, Qt.CheckStateRole, Qt.DecorationRole,
                  Qt.DisplayRole, Qt.BackgroundRole]


def test_each_painted_cell_is_one_call_with_the_roles_where_the_fast_answer_reads_them(
        make_app, store, mini_pack, qtbot, monkeypatch):
    for n in range(3):
        store.create(mini_pack, f"Org {n}")
    assert [int(role) for role in PAINTING_ORDER][assessment_list_model._PAINTED_DISPLAY_AT] == Qt.DisplayRole
    assert [int(role) for role in PAINTING_ORDER][assessment_list_model._PAINTED_ALIGNMENT_AT] == Qt.TextAlignmentRole
    assert len(PAINTING_ORDER) == assessment_list_model._PAINTED_ROLES

    asked, one_at_a_time, answered = [], [], {}
    multi_data, data = AssessmentListModel.multiData, AssessmentListModel.data

    def recording_multi_data(self, index, roles):
        asked.append([roles[i].role() for i in range(len(roles))])
        multi_data(self, index, roles)
        answered[(index.row(), index.column())] = roles[assessment_list_model._PAINTED_DISPLAY_AT].data()

    def recording_data(self, index, role=Qt.DisplayRole):
        one_at_a_time.append(role)
        return data(self, index, role)

    # Before the model is made: PySide looks a Python method up once per object.
    monkeypatch.setattr(AssessmentListModel, "multiData", recording_multi_data)
    monkeypatch.setattr(AssessmentListModel, "data", recording_data)
    window, _controller = make_app()
    table = window.start_page.table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert isinstance(model, AssessmentListModel)
    asked.clear(), one_at_a_time.clear(), answered.clear()
    table.viewport().repaint()

    cells = model.rowCount() * model.columnCount()
    assert len(asked) == cells  # every cell of the three rows, once
    assert all(roles == [int(role) for role in PAINTING_ORDER] for roles in asked)
    assert one_at_a_time == []
    # Each cell got its own text (not the cell before's).
    assert {answered[(r, c)] for r in range(3) for c in (SUBJECT,)} == {"Org 0", "Org 1", "Org 2"}
    assert all(answered[(r, c)] == model.index(r, c).data() for r in range(3) for c in range(model.columnCount()))
