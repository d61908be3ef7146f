"""Nothing is cut in German: on a 1366x768 laptop at 130 % type, every page and dialog keeps its texts whole
(German runs about a third longer than English) and no page forces the window wider than the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from german_edition import cut_texts, dialogs, pages
from maturity_app.ui.theme import apply_theme

LAPTOP = (1366, 768 - 40)  # what a 1366x768 screen leaves a window under its title bar and panel


@pytest.fixture
def large_type(german):
    """Text at 130 %, set in Settings with the language (the window applies both when it is built)."""
    from maturity_app.ui.app_settings import load_settings, save_settings

    settings = load_settings()
    settings.font_scale = 1.3
    assert save_settings(settings)
    yield
    apply_theme(QApplication.instance(), "light", 1.0)


def test_the_check_sees_a_cut_button(qtbot, german):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    button = QPushButton("Bericht für die Geschäftsleitung exportieren")
    QVBoxLayout(box).addWidget(button)
    box.show()
    button.setFixedWidth(80)
    assert any("Bericht" in problem for problem in cut_texts(box))
    button.setMinimumWidth(0)
    button.setMaximumWidth(10_000)
    box.adjustSize()
    assert cut_texts(box) == []


def test_every_page_fits_a_laptop_in_german_at_130_percent(make_app, german, large_type, store, mini_pack, qtbot):
    window, controller = make_app()
    base = QApplication.instance().property("maturity_base_font").pointSizeF()
    assert QApplication.font().pointSizeF() == pytest.approx(max(base, 10.0) * 1.3)  # really at 130 %
    window.resize(*LAPTOP)
    problems, created, seen = [], [], []
    for page, root in pages(window, controller, store, mini_pack, qtbot, created):
        if root is window:
            window.resize(*LAPTOP)
            qtbot.wait(20)  # layouts settle
            if window.minimumSizeHint().width() > LAPTOP[0]:
                problems.append(f"{page}: the window cannot be narrower than {window.minimumSizeHint().width()} px")
        else:  # the projector window: the offscreen test screen (800 px) is smaller than any projector
            root.setWindowState(Qt.WindowState.WindowNoState)
            root.resize(1366, 768)
            qtbot.waitUntil(lambda: root.width() == 1366)
        seen.append(page)
        problems += [f"{page}: {problem}" for problem in cut_texts(root)]
    assert len(seen) == 8
    assert not problems, "Cut in German at 130 %:\n" + "\n".join(problems)


def test_every_dialog_fits_in_german_at_130_percent(make_app, german, large_type, store, mini_pack, tmp_path, qtbot):
    window, _controller = make_app()
    base = QApplication.instance().property("maturity_base_font").pointSizeF()
    assert QApplication.font().pointSizeF() == pytest.approx(max(base, 10.0) * 1.3)
    problems, created = [], []
    for dialog in dialogs(window, store, mini_pack, tmp_path, created):
        qtbot.addWidget(dialog)
        dialog.show()  # at the size it opens with, as exec() shows it
        qtbot.wait(10)
        name = type(dialog).__name__
        if dialog.width() > LAPTOP[0] or dialog.height() > LAPTOP[1]:
            problems.append(f"{name}: opens at {dialog.width()}x{dialog.height()}, larger than the laptop's screen")
        problems += [f"{name}: {problem}" for problem in cut_texts(dialog)]
        dialog.close()
    assert not problems, "Cut in German at 130 %:\n" + "\n".join(problems)
