"""A save that fails (here a real SQLITE_FULL: the database may not grow) is visible at once, nothing claims
"Saved", the picker shows what is stored, and the undo stack stays consistent with the store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


def _fill_the_disk(store):
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")


def _free_the_disk(store):
    store.db.execute("PRAGMA max_page_count = 1073741823")


def test_a_level_that_cannot_be_saved_is_not_shown_as_saved(opened, store, assessment_id, qtbot, monkeypatch):
    window, controller = opened
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append((title, text)))
    view = window.assessment_page.question_view
    view.compliance.setFocus()
    qtbot.keyClick(view.compliance, Qt.Key_2)
    assert window.saved_label.text().startswith("Saved")
    qid = controller.assessment.current
    db = controller.workspace.assessments  # the app's own connection: max_page_count is per connection
    _fill_the_disk(db)
    for n in range(30):  # enough writes to need a new page
        qtbot.keyClick(view.compliance, Qt.Key_3 if n % 2 else Qt.Key_4)
        if warnings:
            break
    assert warnings, "the full database never refused a write"
    title, text = warnings[0]
    assert title == "Not saved" and "disk" in text and "full" in text
    assert window.saved_label.text() == "Not saved"
    assert "Not saved" in window.statusBar().currentMessage()
    stored = store.answer(assessment_id, qid).compliance
    assert view.compliance.value() == stored  # the picker shows what is really stored
    steps = controller.assessment.session.undo_stack.count()
    # Undo while the disk is still full: not saved, so the stack steps back to where the store is.
    controller.assessment.session.undo_stack.undo()
    qtbot.wait(20)
    assert store.answer(assessment_id, qid).compliance == stored
    assert controller.assessment.session.answer(qid).compliance == stored
    assert controller.assessment.session.undo_stack.count() == steps
    assert controller.assessment.session.undo_stack.index() == steps
    _free_the_disk(db)
    controller.assessment.session.undo_stack.undo()
    qtbot.wait(20)
    assert store.answer(assessment_id, qid).compliance != stored  # now undone, for real
