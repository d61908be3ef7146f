"""View -> Text size and Theme, the system's colour scheme followed live, and spin boxes that show their arrows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSpinBox

from maturity_app.ui.app_settings import load_settings, settings_path
from maturity_app.ui.settings_dialog import SettingsDialog
from maturity_app.ui.theme import DARK, LIGHT


def _window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name().upper()


def _menu_texts(window, title: str) -> list[str]:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    menu = next(a.menu() for a in view.actions() if a.menu() and a.text() == title)
    return [a.text() for a in menu.actions() if a.text()]


def test_view_menu_offers_text_size_and_theme(make_app):
    window, _controller = make_app()
    assert "&Larger text" in _menu_texts(window, "&Text size") and "200 %" in _menu_texts(window, "&Text size")
    assert _menu_texts(window, "T&heme") == ["Follow the system", "Light", "Dark"]


def test_ctrl_plus_and_minus_change_the_text_size_at_once_and_remember_it(make_app, qtbot, isolated_data_dir):
    window, controller = make_app()
    before = QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # Ctrl+= (Ctrl++ unshifted)
    assert controller.settings.font_scale == 1.15
    assert QApplication.font().pointSizeF() > before
    assert window.actions["text_115"].isChecked() and not window.actions["text_100"].isChecked()
    assert load_settings(settings_path()).font_scale == 1.15
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert controller.settings.font_scale == 0.9
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert controller.settings.font_scale == 1.0 and QApplication.font().pointSizeF() == before


def test_theme_menu_switches_and_remembers(make_app):
    window, controller = make_app()
    window.actions["theme_dark"].trigger()
    assert _window_colour() == DARK.window.upper()
    assert load_settings(settings_path()).theme == "dark"
    window.actions["theme_light"].trigger()
    assert _window_colour() == LIGHT.window.upper()
    assert window.actions["theme_light"].isChecked() and not window.actions["theme_dark"].isChecked()


def test_the_system_switching_to_dark_is_followed_live_unless_a_theme_was_chosen(make_app):
    window, controller = make_app()
    hints = QApplication.styleHints()
    window.actions["theme_system"].trigger()
    try:
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert _window_colour() == DARK.window.upper()
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert _window_colour() == LIGHT.window.upper()
        window.actions["theme_light"].trigger()
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert _window_colour() == LIGHT.window.upper()  # the user's choice wins
    finally:
        window.actions["theme_light"].trigger()


def _arrow_pixels(spin, sub_control) -> int:
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, sub_control, spin)
    image = spin.grab().toImage()
    background = QColor(LIGHT.alt_base)
    count = 0
    # The middle of the button only: its borders are drawn with or without an arrow.
    centre = rect.center()
    for x in range(centre.x() - 3, centre.x() + 4):
        for y in range(centre.y() - 1, centre.y() + 2):
            colour = image.pixelColor(x, y)
            if colour.lightness() < background.lightness() - 80:
                count += 1
    return count


def test_spin_boxes_draw_their_up_and_down_arrows(make_app, qtbot, isolated_data_dir):
    window, controller = make_app()
    window.actions["theme_light"].trigger()
    dialog = SettingsDialog(controller.settings, isolated_data_dir, isolated_data_dir / "x.db", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.budget.setValue(10)
    for spin in (dialog.budget, dialog.font_scale):
        assert _arrow_pixels(spin, QStyle.SubControl.SC_SpinBoxUp) >= 6, spin.accessibleName()
        assert _arrow_pixels(spin, QStyle.SubControl.SC_SpinBoxDown) >= 6, spin.accessibleName()
    up = dialog.budget
    option = QStyleOptionSpinBox()
    up.initStyleOption(option)
    rect = up.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, up)
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton, pos=rect.center())
    assert up.value() == 11  # the arrow is where the button is
    dialog.close()


def test_no_two_menu_actions_share_a_key_and_presentation_has_one_macos_leaves_free(make_app):
    window, _controller = make_app()
    owners: dict[str, str] = {}
    for key, action in window.actions.items():
        for sequence in action.shortcuts():
            text = sequence.toString()
            assert text not in owners, f"{text} is both {owners[text]} and {key}"
            owners[text] = key
    presentation = [s.toString() for s in window.actions["presentation"].shortcuts()]
    assert "F11" in presentation and "Ctrl+Shift+Return" in presentation
