"""The question page's paragraphs (ParagraphLabel): sized as a word-wrapped QLabel sizes the same text, shown as
plain text to screen readers, and laid out once per text and width rather than for every question a layout asks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from maturity_app.ui import paragraph_label
from maturity_app.ui.paragraph_label import BOLD, ITALIC, ParagraphLabel

from gui_helpers import open_core_demo

TEXTS = (
    "Absent\u00a0 No due diligence procedure exists, and no supplier document is collected.",
    "Do we collect certificates, audit reports or questionnaires from critical suppliers before contract?",
    "short",
    "Lieferantensicherheitsnachweise überprüft, nicht nur gesammelt (Überprüfungsverfahren)",
)


@pytest.mark.parametrize("text", TEXTS)
def test_a_paragraph_is_as_high_and_as_narrow_as_a_wrapped_qlabel_with_its_text(qtbot, text):
    paragraph, label = ParagraphLabel(text), QLabel(text)
    label.setWordWrap(True)
    for widget in (paragraph, label):
        qtbot.addWidget(widget)
    assert paragraph.text() == text and paragraph.hasHeightForWidth()
    for width in (120, 240, 400, 900):
        assert abs(paragraph.heightForWidth(width) - label.heightForWidth(width)) <= 2, width
    longest_word = max(QFontMetrics(paragraph.font()).horizontalAdvance(w) for w in text.replace("\u00a0", " ").split())
    assert abs(paragraph.minimumSizeHint().width() - longest_word) <= 2
    assert paragraph.minimumSizeHint().height() == pytest.approx(QFontMetrics(paragraph.font()).height(), abs=2)


def test_runs_read_as_plain_text_and_a_line_break_starts_a_line(qtbot):
    paragraph = ParagraphLabel()
    qtbot.addWidget(paragraph)
    paragraph.set_runs([("ISO/IEC 27001:2022 — ", ""), ("A.5.30", BOLD), (" ICT readiness", ""), ("\n", ""),
                        ("Why these references: timed restores", ITALIC)])
    assert paragraph.text() == "ISO/IEC 27001:2022 — A.5.30 ICT readiness\nWhy these references: timed restores"
    one_line = QFontMetrics(paragraph.font()).height()
    assert paragraph.heightForWidth(2000) >= 2 * one_line - 2  # wide enough for both on one line: still two
    assert paragraph.heightForWidth(2000) < 3 * one_line


def test_a_next_question_lays_each_paragraph_out_once_per_width(make_app, store, qtbot, monkeypatch):
    window, controller = open_core_demo(make_app, store)
    qtbot.wait(1)
    laid: list[tuple[int, str, int]] = []
    shaped: list[str] = []
    real_layout = ParagraphLabel._layout

    def layout(self, width):
        if width not in self._laid:
            laid.append((id(self), self.text(), width))
        return real_layout(self, width)

    class Counting(paragraph_label.QTextLayout):
        def __init__(self, text, font):
            shaped.append(text)
            super().__init__(text, font)

    monkeypatch.setattr(ParagraphLabel, "_layout", layout)
    monkeypatch.setattr(paragraph_label, "QTextLayout", Counting)
    for _ in range(5):
        laid.clear()
        shaped.clear()
        qtbot.keyClick(window.focusWidget() or window, Qt.Key_Right, Qt.ControlModifier)
        qtbot.wait(1)
        # Twelve cards, two prompts, the position, hints, consequence and references: each laid out once at each
        # width asked of it (the width it has, the width the question is fitted at beside a scroll bar, a new
        # width when the scroll bar comes or goes), and nothing else shapes their text: no layout for a size
        # hint, a minimum size or a paint of its own, as a QLabel's five or six per question were.
        assert laid, "no paragraph was laid out"
        assert len(laid) == len(set(laid))
        assert len(shaped) == len(laid)


def test_a_next_question_lays_each_paragraph_out_at_one_width(make_app, store, qtbot, monkeypatch):
    # Each paragraph is laid out at the width it is shown at and at no other: not 2 px wider for the size hint
    # of a framed box around it (Qt's totalSizeHint adds the frame to the width it asks the layout), not at its
    # unwrapped width for a card's size hint, not at a second width when the page's scroll bar comes or goes.
    window, controller = open_core_demo(make_app, store)
    qtbot.wait(1)
    view = controller.assessment.view
    bar = view.scroll.verticalScrollBar()
    laid: list[tuple[int, int]] = []
    real_layout = ParagraphLabel._layout

    def layout(self, width):
        if width not in self._laid:
            laid.append((id(self), width))
        return real_layout(self, width)

    monkeypatch.setattr(ParagraphLabel, "_layout", layout)
    toggled = unfolded = 0
    for _ in range(20):
        laid.clear()
        shown, folds = bar.isVisible(), [fold.is_open() for fold in view.folds]
        qtbot.keyClick(window.focusWidget() or window, Qt.Key_Right, Qt.ControlModifier)
        qtbot.wait(1)
        toggled += bar.isVisible() != shown
        unfolded += any(fold.is_open() and not was for fold, was in zip(view.folds, folds))
        labels = [label for label, _ in laid]
        assert len(labels) >= 12  # the cards at least: new text each question
        assert len(labels) == len(set(labels)), f"laid out at more than one width: {laid}"
        shown_widths = {id(p): p.contentsRect().width() for p in view.findChildren(ParagraphLabel) if p.isVisible()}
        assert all(width == shown_widths[label] for label, width in laid if label in shown_widths)
    assert toggled and unfolded  # the presses went through both cases
