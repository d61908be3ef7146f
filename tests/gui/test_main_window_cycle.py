"""The certification cycle reached from the main window: Re-assess (start page and Ctrl+Shift+R), the flags and
"Confirm as is" on the question, Compare (Ctrl+3) back to a question, Vendor portfolio (Ctrl+Shift+P), and the
report's since-last comparison. Real clicks and keys; what is stored is checked in the database."""

from __future__ import annotations

import datetime as dt
import sys
import types

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from gui_helpers import FIXTURES, export_report_text, when_modal
from maturity_app.domain.assessment import Answer
from maturity_app.domain.schema import Pack
from maturity_app.storage.cycle_store import CycleStore
from maturity_app.ui.cycle.compare_model import QUESTION, QuestionIdRole
from maturity_app.ui.cycle.portfolio_model import VENDOR, AssessmentIdRole


@pytest.fixture
def last_year(store, assessment_id):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1, owner="Ana",
                                            action="Timed restore", evidence_note="Restore log"))
    store.save_answer(assessment_id, Answer("rec-deps", compliance=3, capability=2))
    stamp = "2025-05-01T09:00:00+00:00"
    store.db.execute("UPDATE assessments SET created_at = ?, updated_at = ? WHERE id = ?",
                     [stamp, stamp, assessment_id])
    return assessment_id


def _accept_prefilled(qtbot, seen):
    def handler(dialog):
        seen["lines"] = dialog.change_lines
        qtbot.mouseClick(dialog.prefill, Qt.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)

    return handler


def test_reassess_from_the_start_page_opens_the_new_cycle_with_flags(make_app, store, last_year, qtbot):
    window, controller = make_app()
    start = window.start_page
    start.select_id(last_year)
    assert start.reassess_button.isEnabled()
    seen = {}
    when_modal(_accept_prefilled(qtbot, seen))
    qtbot.mouseClick(start.reassess_button, Qt.LeftButton)
    assert seen["lines"] == ["Same questions as last time (pack version 1.0.0)."]

    cycle = CycleStore(store)
    [new_id] = [i.id for i in store.list() if i.id != last_year]
    assert cycle.lineage(new_id).previous_id == last_year
    assert controller.assessment.session.id == new_id and window.pages.currentWidget() is window.assessment_page
    assert start.selected_id() == new_id  # the recent list was refreshed with the new one selected
    assert "1 to confirm" not in window.statusBar().currentMessage()
    assert "carried over" in window.statusBar().currentMessage()

    view = window.assessment_page.question_view
    controller.assessment.go_to("rec-restore")
    assert view.flags_row.isVisible() and view.confirm_button.isVisible()
    assert "To confirm" in view.flags.text() and "Carried over" in view.flags.text()
    assert view.owner.text() == "Ana" and view.compliance.value() == 4
    qtbot.mouseClick(view.confirm_button, Qt.LeftButton)
    assert "rec-restore" not in cycle.to_confirm(new_id)
    assert not view.confirm_button.isVisible() and "Carried over" in view.flags.text()
    assert store.answer(new_id, "rec-restore").compliance == 4  # confirmed as is, not changed

    # Changing a pre-filled answer confirms it too (the store's trigger); the flag goes from the screen.
    controller.assessment.go_to("rec-deps")
    assert view.confirm_button.isVisible()
    view.capability.setFocus()
    qtbot.keyClick(view.capability, Qt.Key_3)
    assert store.answer(new_id, "rec-deps").capability == 3
    assert "rec-deps" not in cycle.to_confirm(new_id) and not view.confirm_button.isVisible()

    controller.assessment.go_to("dec-owner")  # never answered: nothing carried, no flags
    assert not view.flags_row.isVisible()


def test_reassess_shortcut_cancelled_writes_nothing(opened, store, assessment_id, qtbot):
    window, controller = opened
    assert window.actions["reassess"].shortcut().toString() == "Ctrl+Shift+R"
    when_modal(lambda dialog: qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Cancel), Qt.LeftButton))
    qtbot.keyClick(window.focusWidget(), Qt.Key_R, Qt.ControlModifier | Qt.ShiftModifier)
    assert [i.id for i in store.list()] == [assessment_id]
    assert controller.assessment.session.id == assessment_id


def test_compare_with_previous_and_back_to_a_question(make_app, store, last_year, qtbot):
    window, controller = make_app()
    new_id = CycleStore(store).reassess(last_year, None).new_id
    store.save_answer(new_id, Answer("rec-restore", compliance=4, capability=3, owner="Ana",
                                     proven_on=dt.date(2026, 5, 1)))
    controller.start.refresh(select=new_id)
    controller.open_assessment(new_id)
    qtbot.keyClick(window.focusWidget(), Qt.Key_3, Qt.ControlModifier)
    page = controller.compare_page
    assert window.pages.currentWidget() is page
    assert window.pages.indexOf(page) >= 0
    assert page.subtitle.text() == "Acme Bank — Mini test pack: 2 assessments"
    assert page.old_combo.currentData() == last_year and page.new_combo.currentData() == new_id
    assert page.figures["practice"].value.text().startswith("+")
    assert not window.actions["next"].isEnabled() and not window.actions["undo"].isEnabled()

    table = page.question_table
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data(QuestionIdRole) == "rec-restore")
    index = table.model().index(row, QUESTION)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualRect(index).center())
    assert window.pages.currentWidget() is page  # one click selects
    qtbot.keyClick(table, Qt.Key_Return)  # Enter opens the question in the newer assessment
    assert window.pages.currentWidget() is window.assessment_page
    assert controller.assessment.session.id == new_id and controller.assessment.current == "rec-restore"
    assert window.actions["next"].isEnabled()


def test_compare_from_the_start_page_explains_a_single_assessment(make_app, assessment_id, qtbot):
    window, controller = make_app()
    window.start_page.select_id(assessment_id)
    qtbot.mouseClick(window.start_page.compare_button, Qt.LeftButton)
    page = controller.compare_page
    assert window.pages.currentWidget() is page
    assert page.notice.isVisible() and "one assessment so far" in page.notice.text()
    window.actions["home"].trigger()
    assert window.pages.currentWidget() is window.start_page


def _vendor_pack() -> Pack:
    data = yaml.safe_load((FIXTURES / "mini.yaml").read_text())
    data.update(id="vendor-mini", subject="vendor", title="Vendor trust (test)")
    return Pack.model_validate(data)


def test_vendor_portfolio_opens_and_compares_vendors(make_app, store, qtbot):
    pack = _vendor_pack()
    today = dt.date.today()
    ids = {}
    for name, capability in (("Beta Hosting", 4), ("Alpha Payroll", 1)):
        ids[name] = store.create(pack, name)
        for q in pack.questions():
            store.save_answer(ids[name], Answer(q.id, compliance=4, capability=capability, proven_on=today))
    window, controller = make_app()
    assert window.actions["portfolio"].shortcut().toString() == "Ctrl+Shift+P"
    qtbot.keyClick(window.focusWidget() or window, Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    page = controller.portfolio_page
    assert window.pages.currentWidget() is page and window.windowTitle() == "Vendor portfolio — Maturity"
    model = page.table.model()
    assert [model.index(r, VENDOR).data() for r in range(model.rowCount())] == ["Alpha Payroll", "Beta Hosting"]

    page.table.selectRow(1)
    qtbot.mouseClick(page.compare_button, Qt.LeftButton)
    assert window.pages.currentWidget() is controller.compare_page
    assert controller.compare_page.subtitle.text().startswith("Beta Hosting")

    window.actions["home"].trigger()
    qtbot.mouseClick(window.start_page.portfolio_button, Qt.LeftButton)  # also on the start page
    assert window.pages.currentWidget() is page
    page.table.selectRow(0)
    assert page.table.model().index(0, 0).data(AssessmentIdRole) == ids["Alpha Payroll"]
    qtbot.mouseClick(page.open_button, Qt.LeftButton)
    assert window.pages.currentWidget() is window.assessment_page
    assert controller.assessment.session.id == ids["Alpha Payroll"]


def test_report_export_gets_the_since_last_comparison(make_app, store, last_year, monkeypatch):
    window, controller = make_app()
    new_id = CycleStore(store).reassess(last_year, None).new_id
    controller.open_assessment(new_id)
    seen = []
    fake = types.ModuleType("maturity_app.ui.export_dialog")
    fake.open_export_dialog = lambda parent, assessment, score, extras=None: seen.append(extras)
    monkeypatch.setitem(sys.modules, "maturity_app.ui.export_dialog", fake)
    window.actions["export"].trigger()
    since = seen[0]["since_last"]
    assert (since.comparison.old.info.id, since.comparison.new.info.id) == (last_year, new_id)
    assert [p.assessment_id for p in since.trend.points] == [last_year, new_id]
    assert "workshop" not in seen[0]


def test_ctrl_1_comes_back_from_compare_to_the_open_assessment(opened, qtbot):
    window, controller = opened
    controller.assessment.go_to("dec-owner")
    qtbot.keyClick(window.focusWidget(), Qt.Key_3, Qt.ControlModifier)
    assert window.pages.currentWidget() is controller.compare_page
    qtbot.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert window.pages.currentWidget() is window.assessment_page
    assert controller.assessment.current == "dec-owner" and window.windowTitle() == "Named risk owners — Acme Bank — Maturity"


def test_exported_pdf_of_a_reassessment_has_the_since_last_section(make_app, store, last_year, tmp_path, qtbot):
    window, controller = make_app()
    new_id = CycleStore(store).reassess(last_year, None).new_id
    controller.open_assessment(new_id)
    target = tmp_path / "board.pdf"
    text = export_report_text(window, qtbot, target)
    assert "Since last assessment" in text


def _navigator_row(window, question_id):
    """The navigator's Status cell of a question, as the tree shows it (through the filter proxy)."""
    from maturity_app.ui.navigator_model import QuestionIdRole as NavQuestionIdRole

    model = window.assessment_page.tree.model()
    for d in range(model.rowCount()):
        domain = model.index(d, 0)
        for q in range(model.rowCount(domain)):
            if model.index(q, 0, domain).data(NavQuestionIdRole) == question_id:
                return model.index(q, 1, domain)
    raise AssertionError(question_id)


def test_navigator_marks_answers_to_confirm_and_follows_confirm_and_change(make_app, store, last_year, qtbot):
    from PySide6.QtWidgets import QLabel

    from maturity_app.ui.navigator_model import MarkersRole

    window, controller = make_app()
    window.start_page.select_id(last_year)
    when_modal(_accept_prefilled(qtbot, {}))
    qtbot.mouseClick(window.start_page.reassess_button, Qt.LeftButton)
    new_id = controller.assessment.session.id
    window.activateWindow()  # back from the modal re-assess dialog
    qtbot.waitUntil(window.isActiveWindow)
    assert sorted(CycleStore(store).to_confirm(new_id)) == ["rec-deps", "rec-restore"]
    legend = [label.text() for label in window.assessment_page.legend.findChildren(QLabel)]
    assert "To confirm" in legend
    for qid in ("rec-restore", "rec-deps"):
        cell = _navigator_row(window, qid)
        assert "confirm" in cell.data(MarkersRole)
        assert "to confirm" in cell.data(Qt.ToolTipRole) and "to confirm" in cell.data(Qt.AccessibleTextRole)
        assert cell.data(Qt.DecorationRole) is not None
    assert "confirm" not in _navigator_row(window, "dec-owner").data(MarkersRole)

    # Confirm as is: the marker goes from the navigator at once.
    tree = window.assessment_page.tree
    target = _navigator_row(window, "rec-restore").siblingAtColumn(0)
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=tree.visualRect(target).center())
    view = window.assessment_page.question_view
    assert controller.assessment.current == "rec-restore" and view.confirm_button.isVisible()
    qtbot.mouseClick(view.confirm_button, Qt.LeftButton)
    assert "rec-restore" not in CycleStore(store).to_confirm(new_id)
    assert "confirm" not in _navigator_row(window, "rec-restore").data(MarkersRole)
    assert "to confirm" not in _navigator_row(window, "rec-restore").data(Qt.ToolTipRole)
    assert "confirm" in _navigator_row(window, "rec-deps").data(MarkersRole)

    # Changing a pre-filled answer by keyboard confirms it: the marker goes too.
    assert window.focusWidget() is view.compliance  # the keyboard carries on from the question, not a hidden button
    qtbot.keyClick(window.focusWidget(), Qt.Key_Right, Qt.ControlModifier)
    assert controller.assessment.current == "rec-deps"
    view.capability.setFocus()
    qtbot.keyClick(view.capability, Qt.Key_3)
    assert store.answer(new_id, "rec-deps").capability == 3 and not CycleStore(store).to_confirm(new_id)
    assert "confirm" not in _navigator_row(window, "rec-deps").data(MarkersRole)


def test_saved_indicator_shows_only_while_an_assessment_is_on_screen(make_app, store, last_year, qtbot):
    window, controller = make_app()
    label = window.saved_label
    assert label.isHidden()  # the start page edits nothing
    window.start_page.select_id(last_year)
    qtbot.keyClick(window.start_page.table, Qt.Key_Return)
    assert window.pages.currentWidget() is window.assessment_page
    assert label.isVisible() and label.text() == "All changes saved"
    qtbot.keyClick(window.focusWidget(), Qt.Key_3, Qt.ControlModifier)  # compare: nothing is edited there
    assert window.pages.currentWidget() is controller.compare_page and label.isHidden()
    qtbot.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert window.pages.currentWidget() is window.assessment_page and label.isVisible()
    qtbot.keyClick(window.focusWidget(), Qt.Key_P, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.pages.currentWidget() is controller.portfolio_page and label.isHidden()
    qtbot.keyClick(window.focusWidget(), Qt.Key_2, Qt.ControlModifier)
    assert window.assessment_page.stack.currentWidget() is window.assessment_page.dashboard and label.isVisible()
    qtbot.keyClick(window.focusWidget(), Qt.Key_H, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.pages.currentWidget() is window.start_page and label.isHidden()
