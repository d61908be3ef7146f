"""Work that waits for a window's first frame runs once that frame is drawn, in order, once; the main window says
when it is painted itself, so no Python filter sees the events it gets on the way there."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from maturity_app.ui import first_frame
from maturity_app.ui.first_frame import after_first_frame


def test_work_waits_for_a_widgets_first_frame_and_runs_once_in_order(qapp, qtbot):
    label = QLabel("Soon painted")
    qtbot.addWidget(label)
    ran = []
    after_first_frame(label, lambda: ran.append("first"), lambda: ran.append("second"))
    after_first_frame(label, lambda: ran.append("third"))
    qapp.processEvents()
    assert ran == []  # not shown, not painted
    label.show()
    qtbot.waitUntil(lambda: ran == ["first", "second", "third"])
    label.repaint()
    qapp.processEvents()
    assert ran == ["first", "second", "third"]  # once, not at every frame
    after_first_frame(label, lambda: ran.append("next frame"))
    label.update()
    qtbot.waitUntil(lambda: ran[-1] == "next frame")


def test_the_main_window_tells_its_first_frame_itself_without_an_event_filter(qapp, qtbot, monkeypatch):
    from maturity_app.ui.main_window import MainWindow

    filtered = []
    original = first_frame._FirstFrame.eventFilter
    monkeypatch.setattr(first_frame._FirstFrame, "eventFilter",
                        lambda self, watched, event: filtered.append(event.type()) or original(self, watched, event))
    window = MainWindow()
    qtbot.addWidget(window)
    ran = []
    after_first_frame(window, lambda: ran.append(window.isVisible()))
    window.actions["undo"].setEnabled(False)  # an event to the window, as the controller's set-up sends many
    window.show()
    qtbot.waitUntil(lambda: ran == [True])
    assert filtered == []  # shown and painted without a single event handed to Python
    # Any other widget is still watched through the filter.
    label = QLabel("Watched")
    qtbot.addWidget(label)
    after_first_frame(label, lambda: ran.append("label"))
    label.show()
    qtbot.waitUntil(lambda: ran[-1] == "label")
    assert filtered


def test_text_sizes_and_themes_are_one_choice_each_once_the_window_is_on_screen(make_app, qtbot):
    window, _controller = make_app()
    sizes = [a for key, a in window.actions.items() if key.startswith("text_") and key[5:].isdigit()]
    themes = [a for key, a in window.actions.items() if key.startswith("theme_")]
    qtbot.waitUntil(lambda: all(a.actionGroup() is not None for a in sizes + themes))
    for choices in (sizes, themes):
        [group] = {id(a.actionGroup()) for a in choices}
        assert choices[0].actionGroup().isExclusive() and len(choices[0].actionGroup().actions()) == len(choices)
        assert sum(a.isChecked() for a in choices) == 1
    window.actions["theme_dark"].trigger()
    window.actions["theme_dark"].trigger()  # a choice chosen again stays chosen
    assert [a.isChecked() for a in themes] == [False, False, True]
