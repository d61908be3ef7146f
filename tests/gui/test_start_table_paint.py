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


def test_a_start_page_with_rows_holds_only_what_it_shows_and_makes_the_rest_when_needed(
        make_app, store, mini_pack, qtbot, monkeypatch):
    from PySide6.QtCore import Qt as QtNames
    from PySide6.QtWidgets import QWidget

    from maturity_app.ui.app_controller import AppController

    # The packs' load ends on the UI thread whenever the worker finishes it, before or after the list is shown:
    # what the page holds is checked once both are done.
    library_loaded, loaded = AppController._library_loaded, []
    monkeypatch.setattr(AppController, "_library_loaded",
                        lambda self, future: (library_loaded(self, future), loaded.append(future)))
    store.create(mini_pack, "Org 0")
    window, _controller = make_app()
    page = window.start_page
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 1 and bool(loaded))
    on_page = page.findChildren(QWidget, options=QtNames.FindChildOption.FindDirectChildrenOnly)
    assert on_page and all(widget.isVisible() for widget in on_page)  # nothing styled before the frame unseen

    page.notice.setText("Questionnaire packs could not be loaded")
    page.notice.show()
    qtbot.waitUntil(page.notice.isVisible)
    assert page.notice.geometry().top() >= page.actions_row.geometry().bottom()  # under the buttons, as always
    assert page.notice is page.notice

    page.table.model().set_rows([])
    page.update_state()  # nothing to list: the getting-started panel at the top, the free height below it
    qtbot.waitUntil(lambda: page.empty.isVisible() and page.empty.geometry().top() < page.height() // 3)
    assert page.empty.geometry().bottom() < page.notice.geometry().top() - page.height() // 3
