"""Evidence files and verification in the question view: real clicks, patched file and name dialogs."""

from __future__ import annotations

import datetime as dt
import os
import stat

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from maturity_app.domain.assessment import Answer

PDF = b"%PDF-1.4\n/CreationDate (D:20260312101010)\nrestore drill minutes"


def _ctrl_z(qtbot, window, shift=False):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus = window.assessment_page.question_view.evidence_panel.files  # the user works in the evidence list
    focus.setFocus()
    qtbot.keyClick(focus, Qt.Key_Z,
                   Qt.ControlModifier | (Qt.ShiftModifier if shift else Qt.NoModifier))


def _click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.LeftButton)


def _drop(widget, *paths):
    """What a drag from the file manager delivers: a drag entering the widget, then the drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(5, 5), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(5, 5), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def _opened_with_claim(make_app, store, assessment_id, owner="Olga Owner"):
    store.save_answer(assessment_id, Answer("rec-restore", 4, 4, owner=owner))
    window, controller = make_app()
    controller.open_assessment(assessment_id)
    controller.assessment.go_to("rec-restore")
    return window, controller, window.assessment_page.question_view.evidence_panel


def test_attach_through_the_file_dialog_lists_the_file_and_undo_detaches_it(make_app, store, assessment_id, qtbot,
                                                                             tmp_path, monkeypatch):
    window, controller, panel = _opened_with_claim(make_app, store, assessment_id)
    drill = tmp_path / "drill.pdf"
    drill.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(drill)], ""))
    _click(qtbot, panel.attach)
    assert panel.files.count() == 1
    assert panel.files.item(0).text().startswith("drill.pdf  ·  12 Mar 2026")
    assert [f.name for f in store.load(assessment_id).evidence["rec-restore"]] == ["drill.pdf"]
    # The file's own date proposes the proof date; one click takes it.
    assert panel.use_date.isVisible() and panel.use_date.text() == "Use 12 Mar 2026 as proof date"
    _click(qtbot, panel.use_date)
    assert store.answer(assessment_id, "rec-restore").proven_on == dt.date(2026, 3, 12)
    assert not panel.use_date.isVisible()
    _ctrl_z(qtbot, window)  # the proof date
    assert store.answer(assessment_id, "rec-restore").proven_on is None
    _ctrl_z(qtbot, window)  # the attach
    assert store.load(assessment_id).evidence == {}
    assert panel.files.count() == 0
    _ctrl_z(qtbot, window, shift=True)  # redo puts the same content back
    assert [f.sha256 for f in store.load(assessment_id).evidence["rec-restore"]] == [
        __import__("hashlib").sha256(PDF).hexdigest()]


def test_dropping_files_attaches_them_and_a_fifo_is_refused_with_a_message(make_app, store, assessment_id, qtbot,
                                                                          tmp_path):
    import os

    window, controller, panel = _opened_with_claim(make_app, store, assessment_id)
    note = tmp_path / "note.txt"
    note.write_text("tabletop exercise notes")
    assert _drop(panel, note).isAccepted()
    assert [f.name for f in store.load(assessment_id).evidence["rec-restore"]] == ["note.txt"]
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _drop(panel, fifo)
    assert panel.problem.isVisible() and "only regular files" in panel.problem.text()
    assert len(store.load(assessment_id).evidence["rec-restore"]) == 1


def test_detach_is_undoable_and_open_hands_a_private_copy_to_the_viewer(make_app, store, assessment_id, qtbot,
                                                                       tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    window, controller, panel = _opened_with_claim(make_app, store, assessment_id)
    drill = tmp_path / "drill.pdf"
    drill.write_bytes(PDF)
    controller.assessment.evidence.session.attach_files("rec-restore", [str(drill)])
    opened_urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url) or True)
    panel.files.setCurrentRow(0)
    _click(qtbot, panel.open)
    copy = opened_urls[0].toLocalFile()
    assert open(copy, "rb").read() == PDF and stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _click(qtbot, panel.export)
    assert target.read_bytes() == PDF and stat.S_IMODE(target.stat().st_mode) == 0o600
    _click(qtbot, panel.detach)
    assert store.load(assessment_id).evidence == {} and panel.files.count() == 0
    _ctrl_z(qtbot, window)
    assert [f.name for f in store.load(assessment_id).evidence["rec-restore"]] == ["drill.pdf"]
    assert panel.files.count() == 1


def test_verify_refuses_the_owner_and_records_a_second_person(make_app, store, assessment_id, qtbot, tmp_path,
                                                             monkeypatch):
    window, controller, panel = _opened_with_claim(make_app, store, assessment_id)
    assert not panel.verify.isEnabled()  # nothing to see yet: a claim is verified after seeing its files
    drill = tmp_path / "drill.pdf"
    drill.write_bytes(PDF)
    controller.assessment.evidence.session.attach_files("rec-restore", [str(drill)])
    assert panel.status.text() == "Self-declared: no second person has verified this claim"
    names = iter([(" olga   OWNER ", True), ("Vera Verifier", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(names))
    _click(qtbot, panel.verify)
    assert "cannot verify it" in panel.problem.text()
    assert store.load(assessment_id).verifications == {}
    _click(qtbot, panel.verify)
    assert panel.status.text() == "Verified by Vera Verifier on 1 Jun 2026 after seeing 1 file"
    assert store.load(assessment_id).verifications["rec-restore"].verifier == "Vera Verifier"
    assert controller.assessment.session.question_score("rec-restore").verified
    # Changing the claim makes it self-declared again (scores never change either way).
    qtbot.keyClick(window.assessment_page.question_view.capability, Qt.Key_3)
    assert panel.status.text().startswith("Self-declared: Vera Verifier verified this on 1 Jun 2026")
    _ctrl_z(qtbot, window)
    assert panel.status.text().startswith("Verified by Vera Verifier")




def test_tab_goes_from_the_note_to_the_files_and_from_the_due_date_to_the_plan(make_app, store, assessment_id, qtbot):
    window, controller, panel = _opened_with_claim(make_app, store, assessment_id)
    view = window.assessment_page.question_view
    seen = []
    view.evidence_note.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.focusWidget(), Qt.Key_Tab)
        seen.append(window.focusWidget())
    view.due_clear.setFocus()
    for _ in range(3):
        qtbot.keyClick(window.focusWidget(), Qt.Key_Tab)
        seen.append(window.focusWidget())
    # Disabled buttons (nothing selected, nothing to verify, no action to give a status) are skipped.
    assert seen == [panel.files, panel.attach, view.remedy_panel.toggle,
                    view.plan_panel.accept, view.plan_panel.target, view.escalate]
