"""Walking skeleton: the window opens, a new assessment is created from the dialog, answers are autosaved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from gui_helpers import when_modal


def test_start_page_lists_recent_assessments_and_opens_one_with_enter(make_app, store, assessment_id):
    window, controller = make_app()
    table = window.start_page.table
    assert window.pages.currentWidget() is window.start_page
    assert table.model().rowCount() == 1
    assert table.model().index(0, 0).data() == "Acme Bank"
    assert table.model().index(0, 4).data().startswith("0/5")
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key_Return)
    assert window.pages.currentWidget() is window.assessment_page
    assert window.assessment_page.subject.text() == "Acme Bank"
    assert controller.assessment.current == "rec-restore"  # the first unanswered question


def test_new_assessment_dialog_creates_and_opens_an_assessment(make_app, store, qtbot):
    window, controller = make_app()

    def fill(dialog):
        assert dialog.pack.currentData() == "core"  # the core pack comes first
        dialog.pack.setCurrentIndex(dialog.pack.findData("mini"))
        qtbot.keyClicks(dialog.subject, "Globex Ltd")
        qtbot.keyClicks(dialog.assessor, "Sam CISO")
        dialog.budget.setValue(4)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(window.start_page.new_button, Qt.LeftButton)
    [info] = store.list()
    assert (info.organisation, info.assessor, info.escalation_budget, info.pack_id) == ("Globex Ltd", "Sam CISO", 4, "mini")
    assert window.pages.currentWidget() is window.assessment_page
    assert window.windowTitle() == "Restores proven within RTO — Globex Ltd — Maturity"  # the question, then whose


def test_new_assessment_dialog_refuses_an_empty_name_and_keeps_the_dialog_open(make_app, store, qtbot):
    window, controller = make_app()
    seen = {}

    def submit_empty(dialog):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
        seen["visible"] = dialog.isVisible()
        seen["error"] = dialog.error.text()
        dialog.reject()

    when_modal(submit_empty)
    qtbot.mouseClick(window.start_page.new_button, Qt.LeftButton)
    assert seen == {"visible": True, "error": "Enter the organisation name."}
    assert store.list() == []


def test_level_keys_and_tab_set_both_sides_and_save_at_once(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.compliance.setFocus()
    qtbot.keyClick(view.compliance, Qt.Key_3)
    qtbot.keyClick(window.focusWidget(), Qt.Key_Tab)
    assert window.focusWidget() is view.capability
    qtbot.keyClick(view.capability, Qt.Key_1)
    stored = store.answer(assessment_id, "rec-restore")
    assert (stored.compliance, stored.capability) == (3, 1)
    assert view.compliance.cards[3].property("selected") is True
    assert view.capability.cards[1].property("selected") is True
    assert window.saved_label.text().startswith("Saved ")


def test_clicking_a_level_card_saves_it(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    qtbot.mouseClick(view.capability.cards[2], Qt.LeftButton)
    assert store.answer(assessment_id, "rec-restore").capability == 2
    qtbot.mouseClick(view.compliance.cards["na"], Qt.LeftButton)
    assert store.answer(assessment_id, "rec-restore").compliance == "na"


def test_typed_owner_is_saved_on_leaving_the_field(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.owner.setFocus()
    qtbot.keyClicks(view.owner, "Marta Kowalska")
    qtbot.keyClick(view.owner, Qt.Key_Tab)
    assert store.answer(assessment_id, "rec-restore").owner == "Marta Kowalska"


def test_typed_note_is_autosaved_after_a_pause(opened, store, assessment_id, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.evidence_note.setFocus()
    qtbot.keyClicks(view.evidence_note, "Restore report 2026-03")
    qtbot.waitUntil(lambda: store.answer(assessment_id, "rec-restore").evidence_note == "Restore report 2026-03",
                    timeout=3000)
    assert window.saved_label.text().startswith("Saved ")


def test_vendor_pack_asks_for_a_vendor_name(make_app, store, qtbot):
    window, controller = make_app()

    def fill(dialog):
        dialog.pack.setCurrentIndex(dialog.pack.findData("vendor-trust"))
        assert dialog.subject_label.text() == "Vendor"
        assert dialog.subject.accessibleName() == "Vendor"
        qtbot.keyClicks(dialog.subject, "CloudLedger BV")
        dialog.mode.setCurrentIndex(dialog.mode.findData("workshop"))
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)

    when_modal(fill)
    window.actions["new"].trigger()
    [info] = store.list()
    assert (info.organisation, info.pack_id, info.mode) == ("CloudLedger BV", "vendor-trust", "workshop")
    window.actions["home"].trigger()
    model = window.start_page.table.model()
    assert model.index(0, 2).data() == "Workshop"
    assert model.index(0, 0).data(Qt.ToolTipRole).startswith("Vendor: CloudLedger BV")
