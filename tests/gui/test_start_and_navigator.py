"""Start page actions (open, rename, duplicate, delete) and the navigator (markers, filters, find by typing)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from gui_helpers import when_modal
from maturity_app.domain.assessment import Answer
from maturity_app.ui.assessment_list_model import SUBJECT
from maturity_app.ui.navigator_model import MarkersRole, QuestionIdRole


def _rows(table):
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_start_page_shows_progress_and_headline_gap(make_app, store, assessment_id):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=2,
                                            proven_on=dt.date(2026, 5, 1)))
    window, controller = make_app()
    [row] = _rows(window.start_page.table)
    assert row[0] == "Acme Bank" and row[1] == "Mini test pack 1.0.0" and row[2] == "Self"
    assert row[4] == "1/5  (20%)"
    assert row[5] == "+50 pts  (paper 100 · practice 50)"


def test_rename_duplicate_and_delete_from_the_start_page(make_app, store, assessment_id, qtbot, monkeypatch):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=3, capability=1))
    window, controller = make_app()
    start = window.start_page
    start.select_id(assessment_id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Acme Bank NV", True))
    qtbot.mouseClick(start.rename_button, Qt.LeftButton)
    assert store.info(assessment_id).organisation == "Acme Bank NV"
    assert _rows(start.table)[0][0] == "Acme Bank NV"

    qtbot.mouseClick(start.duplicate_button, Qt.LeftButton)
    infos = store.list()
    assert sorted(i.organisation for i in infos) == ["Acme Bank NV", "Acme Bank NV (copy)"]
    copy_id = next(i.id for i in infos if i.organisation.endswith("(copy)"))
    assert store.answer(copy_id, "rec-restore").compliance == 3
    assert start.selected_id() == copy_id

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Cancel)
    qtbot.mouseClick(start.delete_button, Qt.LeftButton)
    assert len(store.list()) == 2 and "cannot be undone" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    qtbot.mouseClick(start.delete_button, Qt.LeftButton)
    assert [i.organisation for i in store.list()] == ["Acme Bank NV"]
    assert len(_rows(start.table)) == 1


def test_start_page_buttons_need_a_selection(make_app, store):
    window, controller = make_app()
    assert window.start_page.empty.isVisible()
    assert not window.start_page.delete_button.isEnabled()


def test_navigator_markers_progress_and_filters(make_app, store, assessment_id, qtbot):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1, owner="Dana"))
    store.save_answer(assessment_id, Answer("rec-deps", compliance=3, capability=4))  # 4 unproven: counts 1
    store.save_answer(assessment_id, Answer("dec-owner", compliance=2, capability=2, owner="Sam"))
    window, controller = make_app()
    controller.open_assessment(assessment_id)
    page = window.assessment_page
    tree = page.tree
    model = tree.model()
    recovery = model.index(0, 0)
    assert recovery.data() == "Tested recovery" and model.index(0, 1).data() == "2/2"
    markers = {model.index(r, 0, recovery).data(QuestionIdRole): model.index(r, 0, recovery).data(MarkersRole)
               for r in range(model.rowCount(recovery))}
    assert markers == {"rec-restore": {"paper"}, "rec-deps": {"paper", "stale", "unowned"}}

    page.filter.setFocus()
    qtbot.keyClick(page.filter, Qt.Key_Down)  # "Unanswered"
    assert page.filter.currentData() == "unanswered"
    assert model.rowCount() == 2  # recovery is fully answered and disappears
    visible = [model.index(r, 0, model.index(d, 0)).data() for d in range(model.rowCount())
               for r in range(model.rowCount(model.index(d, 0)))]
    assert visible == ["Exceptions expire", "Near misses reported"]
    qtbot.keyClick(page.filter, Qt.Key_Down)  # "Gaps only"
    visible = [model.index(r, 0, model.index(d, 0)).data() for d in range(model.rowCount())
               for r in range(model.rowCount(model.index(d, 0)))]
    # dec-owner (2 and 2, the 2 unproven so counted as 1) is weak on both sides: a gap to look at too. The question
    # on screen stays listed (in italics) while it is on screen: the highlight never goes stale.
    assert controller.assessment.current == "dec-exceptions"
    assert visible == ["Restores proven within RTO", "Dependencies included", "Named risk owners", "Exceptions expire"]
    assert tree.currentIndex().data() == "Exceptions expire" and tree.currentIndex().data(Qt.FontRole).italic()
    assert window.actions["filter_gaps"].isChecked()  # the Go menu mirrors the filter
    page.filter.setCurrentIndex(page.filter.findData("exposed"))  # "Exposed", one filter per marker
    visible = [model.index(r, 0, model.index(d, 0)).data() for d in range(model.rowCount())
               for r in range(model.rowCount(model.index(d, 0)))]
    assert visible == ["Named risk owners", "Exceptions expire"]  # and the question on screen, kept
    page.filter.setCurrentIndex(page.filter.findData("gaps"))
    # next question follows the filter
    controller.assessment.go_to("rec-restore")
    window.activateWindow()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key_Right, Qt.ControlModifier)
    assert controller.assessment.current == "rec-deps"


def test_ctrl_f_finds_a_question_by_typing_and_enter_opens_it(opened, qtbot):
    window, controller = opened
    page = window.assessment_page
    qtbot.keyClick(window.focusWidget(), Qt.Key_F, Qt.ControlModifier)
    assert window.focusWidget() is page.find
    qtbot.keyClicks(page.find, "near")
    model = page.tree.model()
    # The match, and the question on screen (kept, highlighted, so the highlight is never another question).
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Tested recovery", "Culture"]
    assert page.tree.currentIndex().data() == "Restores proven within RTO"
    qtbot.keyClick(page.find, Qt.Key_Return)  # opens the first match, not the kept question
    assert page.question_view.title.text() == "Near misses reported"
    assert window.focusWidget() is page.question_view.compliance


def test_clicking_a_question_in_the_navigator_opens_it(opened, qtbot):
    window, controller = opened
    tree = window.assessment_page.tree
    model = tree.model()
    target = model.index(1, 0, model.index(1, 0))  # Owned decisions / Exceptions expire
    qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=tree.visualRect(target).center())
    assert window.assessment_page.question_view.title.text() == "Exceptions expire"
    assert "question 4 of 5" in window.assessment_page.question_view.position.text()


def test_a_broken_user_pack_is_reported_on_the_start_page(make_app, packs_dir, qtbot):
    (packs_dir / "broken.yaml").write_text("id: broken\nversion: 1.0\ntitle: [unclosed\n")
    window, controller = make_app()
    notice = window.start_page.notice
    qtbot.waitUntil(notice.isVisible, timeout=10000)  # packs load in the background after the window shows
    assert "broken.yaml" in notice.text()
    assert "mini" in controller.library.packs  # the good pack still loaded


def test_installed_pack_is_offered_for_new_assessments(make_app, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog

    from gui_helpers import FIXTURES, when_modal

    source = tmp_path / "team.yaml"
    source.write_text((FIXTURES / "mini.yaml").read_text().replace("id: mini", "id: team-pack", 1)
                      .replace("title: Mini test pack", "title: Team pack", 1))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    window, controller = make_app()
    window.actions["install_pack"].trigger()
    offered = []

    def look(dialog):
        offered.extend(dialog.pack.itemData(i) for i in range(dialog.pack.count()))
        dialog.reject()

    when_modal(look)
    window.actions["new"].trigger()
    assert "team-pack" in offered and "mini" in offered


def test_first_launch_explains_the_app_and_opens_a_sample_made_by_the_demo_code(make_app, store, qtbot):
    from maturity_app.domain.demo import DEMO_ORGANISATION, demo_answers
    from maturity_app.ui.start_page import WHAT_IT_DOES

    window, controller = make_app()
    start = window.start_page
    empty = start.empty
    assert empty.isVisible() and not start.table.isVisible() and not start.open_button.isVisible()
    texts = [label.text() for label in empty.findChildren(QLabel)]
    assert WHAT_IT_DOES in texts and "compliant on paper but not capable in practice" in WHAT_IT_DOES
    assert empty.new_button.isVisible() and empty.new_button.text() == "New assessment…"
    assert empty.sample_button.isVisible() and empty.sample_button.text() == "Open a sample assessment"

    seen = []
    when_modal(lambda dialog: (seen.append(type(dialog).__name__), dialog.reject()))
    qtbot.mouseClick(empty.new_button, Qt.LeftButton)  # the same dialog as Ctrl+N; cancelled, nothing written
    assert seen == ["NewAssessmentDialog"] and store.list() == []

    qtbot.mouseClick(empty.sample_button, Qt.LeftButton)
    [info] = store.list()
    assert info.organisation == DEMO_ORGANISATION and info.pack_id == "core"
    assessment = store.load(info.id)
    expected = {a.question_id: (a.compliance, a.capability) for a in demo_answers(assessment.pack, dt.date(2026, 6, 1))}
    assert {q: (a.compliance, a.capability) for q, a in assessment.answers.items()} == expected
    assert any(a.escalate for a in assessment.answers.values())
    assert window.pages.currentWidget() is window.assessment_page
    assert controller.assessment.session.id == info.id
    assert window.assessment_page.subject.text() == DEMO_ORGANISATION

    window.actions["home"].trigger()  # with an assessment, the table is back and the panel gone
    assert start.table.isVisible() and not empty.isVisible() and start.open_button.isEnabled()


def test_going_back_to_the_start_page_leaves_no_qt_selection_warning(opened, qtbot, qtlog):
    window, controller = opened
    proxy = controller.assessment.proxy
    gone = []
    proxy.destroyed.connect(lambda *_: gone.append(True))
    qtbot.keyClick(window.focusWidget(), Qt.Key_H, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.pages.currentWidget() is window.start_page
    qtbot.waitUntil(lambda: gone == [True])  # the closed assessment's navigator model has really been freed...
    window.start_page.table.setFocus()
    qtbot.keyClick(window.start_page.table, Qt.Key_Return)  # ...and the next assessment opens on the same tree
    assert window.pages.currentWidget() is window.assessment_page
    assert window.assessment_page.tree.model() is controller.assessment.proxy
    assert window.assessment_page.tree.selectionModel().model() is controller.assessment.proxy
    qtbot.wait(20)
    messages = [record.message for record in qtlog.records]
    assert not [m for m in messages if "QItemSelectionModel" in m], messages


def test_header_clicks_sort_the_start_page_and_the_selection_stays_on_its_assessment(make_app, store, mini_pack,
                                                                                       qtbot):
    for name in ("beta Ltd", "Alpha Bank", "Gamma plc"):
        store.create(mini_pack, name)
    window, controller = make_app()
    table = window.start_page.table
    model = table.model()

    def names():
        return [model.index(r, SUBJECT).data() for r in range(model.rowCount())]

    assert names() == ["Gamma plc", "Alpha Bank", "beta Ltd"]  # newest first, as the page opens
    header = table.horizontalHeader()
    click_at = QPoint(header.sectionViewportPosition(SUBJECT) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=click_at)
    ascending = names()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=click_at)
    descending = names()
    assert {tuple(ascending), tuple(descending)} == {("Alpha Bank", "beta Ltd", "Gamma plc"),
                                                     ("Gamma plc", "beta Ltd", "Alpha Bank")}  # case-insensitive
    table.selectRow(names().index("beta Ltd"))
    selected = window.start_page.selected_id()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=click_at)
    assert window.start_page.selected_id() == selected  # the same assessment, wherever its row went
    controller.start.refresh()  # each visit opens newest first again
    assert names() == ["Gamma plc", "Alpha Bank", "beta Ltd"]
