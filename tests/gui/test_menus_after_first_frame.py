"""The first frame shows the menu bar's titles only; the menus' contents (actions, shortcuts, checks) are built just
after it, or at once when a menu is opened, a key pressed or the actions read before that. Nothing a user does in
between is lost, and the controller connects every action exactly once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from gui_helpers import when_modal
from maturity_app.ui import main_window
from maturity_app.ui.first_frame import after_first_frame

TITLES = ["&File", "&Edit", "&Go", "&View", "&Help"]


@pytest.fixture
def build(make_app):
    """The real window and controller as launch() builds them, not yet shown."""
    return lambda: make_app(shown=False)


@pytest.fixture
def never_after_the_frame(monkeypatch):
    """The window's own request to build its menus after the first frame is dropped: what a user can reach in
    the moment before that work runs is reached here at leisure."""
    monkeypatch.setattr(main_window, "after_first_frame", lambda widget, *callbacks: None)


def _show(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start_page.table.setFocus()


def _menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_first_frame_has_the_titles_and_the_menus_are_filled_just_after_it(build, qtbot, monkeypatch):
    at_first_paint = []
    painted = main_window.frame_painted

    def frame_painted(widget):
        if not at_first_paint:
            at_first_paint.append((widget.menus_built, [a.text() for a in widget.menuBar().actions()]))
        painted(widget)

    monkeypatch.setattr(main_window, "frame_painted", frame_painted)
    window, controller = build()
    assert not window.menus_built and QWidget.actions(window) == []  # no action, no shortcut yet
    assert [a.text() for a in window.menuBar().actions()] == TITLES
    assert all(a.menu().isEmpty() for a in window.menuBar().actions())
    window.show()
    qtbot.waitUntil(lambda: window.menus_built)  # nobody asked for them: the first frame's follow-up built them
    assert at_first_paint == [(False, TITLES)]
    file_menu, edit_menu, go_menu, view_menu, help_menu = (a.menu() for a in window.menuBar().actions())
    assert _menu_texts(file_menu)[:2] == ["&New assessment…", "&Start page"] and _menu_texts(file_menu)[-1] == "&Quit"
    assert _menu_texts(help_menu) == ["&Keyboard shortcuts", "&About Maturity"]
    assert "Presentation &screen" in _menu_texts(view_menu)
    keys = {s.toString() for a in QWidget.actions(window) for s in a.shortcuts()}
    assert {"Ctrl+N", "Ctrl+Shift+H", "Ctrl+E", "Ctrl+Right", "Ctrl+Z", "F1", "F11", "Ctrl+Shift+F"} <= keys
    # The controller's states are set on them as they are built: nothing open, so nothing to export or undo.
    actions = window.actions
    assert actions["new"].isEnabled() and not actions["export"].isEnabled() and not actions["undo"].isEnabled()
    assert actions["text_100"].isChecked() and actions["filter_all"].isChecked()
    assert actions["text_100"].actionGroup() is not None  # one choice of each


def test_a_shortcut_pressed_right_after_the_first_frame_works_once(build, qtbot):
    window, controller = build()
    pressed = []

    def press():  # queued behind the window's own first-frame work: the first moment the menus exist
        qtbot.keyClick(window.start_page.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
        pressed.append(controller.settings.font_scale)

    after_first_frame(window, press)
    _show(window, qtbot)
    qtbot.waitUntil(lambda: bool(pressed))
    assert pressed == [1.15]  # one step larger: connected once, not once per way the menus could be built
    assert window.actions["text_115"].isChecked() and not window.actions["text_100"].isChecked()
    # F1's help is made from the menus as built.
    shown = []
    when_modal(lambda box: (shown.append(box.text()), box.accept()))
    qtbot.keyClick(window.start_page.table, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(shown))
    assert "Ctrl+Shift+H" in shown[0] and "Start page" in shown[0]


def test_a_menu_opened_before_its_contents_were_built_opens_full(build, never_after_the_frame, qtbot):
    window, controller = build()
    _show(window, qtbot)
    assert not window.menus_built
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Alt+F, as a keyboard user opens File
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    menu = QApplication.activePopupWidget()
    assert menu.title() == "&File" and window.menus_built
    assert "&New assessment…" in _menu_texts(menu) and menu.actions()[0].isEnabled()
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    # A click on a title opens its menu with its states set by the controller (View: the current text size).
    bar = window.menuBar()
    view = next(a for a in bar.actions() if a.text() == "&View")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(view).center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is view.menu())
    size_menu = next(a.menu() for a in view.menu().actions() if a.menu() and a.text() == "&Text size")
    assert [a.text() for a in size_menu.actions() if a.isChecked()] == ["100 %"]
    qtbot.keyClick(view.menu(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_a_key_pressed_before_the_menus_were_built_does_what_it_says(build, never_after_the_frame, qtbot):
    window, controller = build()
    _show(window, qtbot)
    assert not window.menus_built
    qtbot.keyClick(window.start_page.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.menus_built and controller.settings.font_scale == 1.15
    assert window.actions["text_115"].isChecked()
    # From here on the shortcut itself answers, connected once.
    qtbot.keyClick(window.start_page.table, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert controller.settings.font_scale == 1.3


def test_actions_read_before_the_first_frame_are_built_then_and_connected_once(build, qtbot):
    window, controller = build()
    window.actions["text_larger"].trigger()  # as a test (or any code) may, before the window is on screen
    assert controller.settings.font_scale == 1.15
    later = []
    after_first_frame(window, lambda: later.append(True))
    _show(window, qtbot)
    qtbot.waitUntil(lambda: bool(later))  # the first frame's own building found them built
    window.actions["text_larger"].trigger()
    assert controller.settings.font_scale == 1.3
    assert window.actions["text_130"].isChecked()


def test_the_menus_built_after_the_first_frame_speak_german(build, german, qtbot):
    window, controller = build()
    assert [a.text() for a in window.menuBar().actions()][:2] == ["&Datei", "&Bearbeiten"]
    _show(window, qtbot)
    qtbot.waitUntil(lambda: window.menus_built)
    file_menu = window.menuBar().actions()[0].menu()
    assert _menu_texts(file_menu)[0] == "&Neue Bewertung …"
    assert window.actions["undo"].text() == "&Rückgängig"


def test_an_assessment_reopened_at_launch_gets_its_keys_and_states_right_after_the_first_frame(build, assessment_id,
                                                                                               qtbot):
    first, controller = build()
    controller.open_assessment(assessment_id)
    first.close()  # remembers the open assessment, as quitting does
    window, controller = build()
    controller.restore()  # opened again before the window is shown, as launch() does
    assert not window.menus_built
    moved = []

    def next_question():
        before = controller.assessment.current
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        moved.append((before, controller.assessment.current))

    after_first_frame(window, next_question)
    _show(window, qtbot)
    qtbot.waitUntil(lambda: bool(moved))
    [(before, after)] = moved
    assert after != before
    actions = window.actions
    assert actions["export"].isEnabled() and actions["next"].isEnabled() and actions["filter_all"].isChecked()
    assert not actions["undo"].isEnabled()  # nothing changed yet in this sitting
