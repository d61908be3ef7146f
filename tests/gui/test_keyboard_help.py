"""F1 shows keyboard help generated from the menu actions and the widgets' own key lists, never a copy."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from maturity_app.ui.keyboard_help import action_keys
from maturity_app.ui.level_picker import KEY_HELP as QUESTION_KEYS
from maturity_app.ui.workshop.round import KEY_HELP as ROUND_KEYS


def _press_f1(qtbot, window, monkeypatch) -> str:
    shown = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text)))
    qtbot.keyClick(window.focusWidget() or window, Qt.Key_F1)
    assert len(shown) == 1
    return html.unescape(shown[0])


def test_help_lists_every_key_the_menus_and_widgets_define(opened, qtbot, monkeypatch):
    window, _controller = opened
    text = _press_f1(qtbot, window, monkeypatch)
    with_keys = [a for a in window.actions.values() if a.shortcuts()]
    assert len(with_keys) >= 15
    for action in with_keys:
        assert f">{action_keys(action)}<" in text, action.text()
    for keys, meaning in QUESTION_KEYS + ROUND_KEYS:
        assert keys in text and meaning in text


def test_help_names_actions_as_built_not_as_they_read_now(opened, qtbot, monkeypatch):
    window, _controller = opened
    view = window.assessment_page.question_view
    view.compliance.setFocus()
    qtbot.keyClick(view.compliance, Qt.Key_3)
    assert window.actions["undo"].text() == "&Undo Compliance 3"  # the menu names the step
    text = _press_f1(qtbot, window, monkeypatch)
    undo_row = next(line for line in text.split("<tr>") if ">Ctrl+Z<" in line)
    assert ">Undo<" in undo_row and "Compliance" not in undo_row


def test_help_follows_a_changed_shortcut(opened, qtbot, monkeypatch):
    window, _controller = opened
    export = window.actions["export"]
    export.setShortcut(QKeySequence("Ctrl+Shift+E"))
    text = _press_f1(qtbot, window, monkeypatch)
    row = next(line for line in text.split("<tr>") if "Export board report" in line)
    assert QKeySequence("Ctrl+Shift+E").toString(QKeySequence.NativeText) in row
    assert ">Ctrl+E<" not in text
