"""Every interactive control has an accessible name and a tooltip, and the keyboard order is the logical one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget,
)

from gui_helpers import every_dialog
from maturity_app.ui.level_picker import LevelSide

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, LevelSide)


def _controls(root: QWidget):
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if not widget.focusPolicy() & Qt.TabFocus:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):  # the editor inside a combo or spin box
            continue
        yield widget


def _unnamed(root: QWidget):
    missing = []
    for widget in _controls(root):
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip() or not widget.toolTip().strip():
            missing.append(f"{type(widget).__name__} {name!r} tooltip={widget.toolTip()!r}")
    return missing


def test_start_page_controls_are_named(make_app, assessment_id):
    window, controller = make_app()
    assert _unnamed(window.start_page) == []


def test_assessment_page_controls_are_named(opened):
    window, controller = opened
    page = window.assessment_page
    assert len(list(_controls(page))) >= 15
    assert _unnamed(page) == []
    controller.assessment.show_dashboard(True)
    assert _unnamed(page.dashboard) == []


def test_every_dialog_names_every_control(store, mini_pack, assessment_id, tmp_path, qtbot):
    seen = []
    for dialog in every_dialog(store, mini_pack, assessment_id, tmp_path):
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog.windowTitle())
        assert len(list(_controls(dialog))) >= 2, dialog.windowTitle()
        assert _unnamed(dialog) == [], dialog.windowTitle()
        dialog.close()
    assert seen == ["New assessment", "Settings", "Export board report", "Escalation budget used up", "Re-assess"]


def test_export_dialog_names_controls_that_appear_later(store, mini_pack, assessment_id, tmp_path, qtbot):
    from maturity_app.domain.scoring import score_assessment
    from maturity_app.ui.export_dialog import ExportDialog

    assessment = store.load(assessment_id)
    dialog = ExportDialog(assessment, score_assessment(assessment), folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password_check.setChecked(True)
    for button in (dialog.open_button, dialog.folder_button):
        button.setVisible(True)
    assert _unnamed(dialog) == []
    assert dialog.section_checks and all(c.accessibleName() for c in dialog.section_checks.values())


def test_pages_of_a_workshop_and_the_cycle_name_every_control(make_app, store, mini_pack, qtbot):
    from maturity_app.storage.cycle_store import CycleStore

    aid = store.create(mini_pack, "Acme Bank", mode="workshop")
    later = CycleStore(store).reassess(aid, mini_pack, prefill=True).new_id
    window, controller = make_app()
    controller.open_assessment(later)
    controller.assessment.show_workshop()
    assert _unnamed(window.assessment_page) == []
    controller.show_compare(later)
    assert _unnamed(controller.compare_page) == []
    controller.cycle_pages.show_portfolio()
    assert _unnamed(controller.cycle_pages.portfolio_page) == []


def test_tab_order_goes_from_compliance_to_capability_to_the_fields(opened, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.compliance.setFocus()
    seen = []
    for _ in range(11):
        seen.append(window.focusWidget())
        qtbot.keyClick(window.focusWidget(), Qt.Key_Tab)
    files = view.evidence_panel  # the proof's evidence files (no file yet: only the list and "Attach files…")
    assert seen == [view.compliance, view.capability, view.proof_panel.toggle, view.proven_on, view.proof_never,
                    view.owner, view.evidence_note, files.files, files.attach, view.remedy_panel.toggle, view.action]
    # A folded panel: Tab goes from its title straight to the next panel.
    view.proof_panel.toggle.setFocus()
    qtbot.keyClick(view.proof_panel.toggle, Qt.Key_Space)
    assert not view.proof_panel.is_open() and not view.proven_on.isVisible()
    qtbot.keyClick(view.proof_panel.toggle, Qt.Key_Tab)
    assert window.focusWidget() is view.remedy_panel.toggle
