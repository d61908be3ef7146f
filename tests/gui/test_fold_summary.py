"""A folded panel's one-line summary: the start of what it holds, elided as eliding the whole text elides it,
though only a start of the text is laid out (a summary holds whole notes; eliding laid all of them out)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from maturity_app.ui.fold_panel import FoldPanel

NOTE = ("Restore of the payments database timed at 3 h 40 min against an RTO of 4 h; the runbook was followed by "
        "the on-call engineer without help, and the result was signed off by the service owner. ")
TEXTS = (
    "Last proven: never · Capability owner: — · Evidence: —",
    "Last proven: 12 Mar 2026 · Capability owner: Joris van Dijk · Evidence: " + NOTE * 12,
    "Letzter Nachweis: nie · Verantwortlich: Jürgen Weiß · Nachweis: " + "Überprüfung bestätigt, ohne Lücken. " * 40,
    "Evidence: " + "iiiiiiii.llll " * 200,  # narrow letters: more of them fit on the line
    "Evidence: " + "WWWWMMMM " * 200,
    "الدليل: " + "تمت استعادة قاعدة البيانات خلال أربع ساعات. " * 30,
    "证据：" + "恢复演练已于三月完成并记录。" * 60,
)


@pytest.mark.parametrize("width", [220, 430, 760])
def test_a_folded_summary_is_elided_as_the_whole_text_would_be(qtbot, width):
    panel = FoldPanel("PROOF AND OWNERSHIP", QVBoxLayout())
    panel.layout().itemAt(1).widget().layout().addWidget(QLabel("a field"))  # something to fold away
    qtbot.addWidget(panel)
    panel.resize(width, 120)
    panel.show()
    panel.set_open(False)
    qtbot.waitExposed(panel)
    room = max(panel.summary.contentsRect().width() - 2, 40)
    metrics = panel.summary.fontMetrics()
    for text in TEXTS:
        panel.set_summary(text)
        assert panel.summary.text() == metrics.elidedText(text, Qt.ElideRight, room), text[:20]
        assert panel.summary.toolTip() == text  # the whole of it, for the pointer and screen readers
