"""Every interactive control has an accessible name and a tooltip, and the keyboard order is the logical one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget,
)

from maturity_app.ui.level_picker import LevelSide
from maturity_app.ui.new_assessment_dialog import NewAssessmentDialog
from maturity_app.ui.settings_dialog import SettingsDialog

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


def test_dialog_controls_are_named(qtbot, mini_pack, tmp_path):
    dialog = NewAssessmentDialog([mini_pack], 3)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _unnamed(dialog) == []
    from maturity_app.ui.app_settings import AppSettings

    settings = SettingsDialog(AppSettings(), tmp_path, tmp_path / "a.db")
    qtbot.addWidget(settings)
    settings.show()
    assert _unnamed(settings) == []


def test_tab_order_goes_from_compliance_to_capability_to_the_fields(opened, qtbot):
    window, controller = opened
    view = window.assessment_page.question_view
    view.compliance.setFocus()
    seen = []
    for _ in range(6):
        seen.append(window.focusWidget())
        qtbot.keyClick(window.focusWidget(), Qt.Key_Tab)
    assert seen == [view.compliance, view.capability, view.proven_on, view.proof_never, view.owner, view.evidence_note]
