"""Helpers GUI tests import by name (a module called conftest would clash with tests/e2e/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


# How long a dialog may take to open on a loaded machine: a condition polled until then, never a count of polls
# (200 polls of 10 ms ran out under load before a start-up error's dialog was up), and well inside the per-test
# timeout (pyproject), which would stop the whole run instead of failing this one test by name.
MODAL_WAIT_SECONDS = 20
_waiting: list[dict] = []  # the running test's pollers, stopped at its end: none may answer a later test's dialog


def when_modal(handler, seconds: float = MODAL_WAIT_SECONDS):
    """Run *handler(dialog)* as soon as a modal dialog is open (a modal left open would hang the test). A dialog
    that does not open within *seconds* fails the test when it ends (tests/gui/conftest.py), naming the handler."""
    import time

    poller = {"handler": handler, "deadline": time.monotonic() + seconds, "done": False, "missed": False}
    _waiting.append(poller)

    def poll():
        if poller["done"]:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if time.monotonic() < poller["deadline"]:
                QTimer.singleShot(10, poll)
            else:
                poller["done"] = poller["missed"] = True
            return
        poller["done"] = True
        handler(dialog)

    QTimer.singleShot(0, poll)


def stop_waiting_for_dialogs() -> list[str]:
    """Stop the pollers still waiting; the handlers whose dialog never opened in time."""
    missed = [getattr(p["handler"], "__qualname__", repr(p["handler"])) for p in _waiting if p["missed"]]
    for poller in _waiting:
        poller["done"] = True
    _waiting.clear()
    return missed


def export_report_text(window, qtbot, target) -> str:
    """Export the board report through File → Export (the real dialog and worker) and return the PDF's text."""
    import subprocess

    from PySide6.QtCore import Qt

    def export(dialog):
        dialog.target_edit.setText(str(target))
        qtbot.mouseClick(dialog.export_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: dialog.written is not None, timeout=30_000)
        dialog.accept()

    when_modal(export)
    window.actions["export"].trigger()
    return subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout


def every_dialog(store, mini_pack, aid, tmp_path):
    """One of each dialog the app opens (its own, not Qt's file and message boxes), built on *aid*."""
    from maturity_app.domain.scoring import score_assessment
    from maturity_app.app.workspace import Workspace
    from maturity_app.ui.app_settings import AppSettings
    from maturity_app.ui.cycle.reassess_dialog import ReassessDialog
    from maturity_app.ui.escalation_dialog import DropEscalationDialog
    from maturity_app.ui.export_dialog import ExportDialog
    from maturity_app.ui.new_assessment_dialog import NewAssessmentDialog
    from maturity_app.ui.settings_dialog import SettingsDialog

    assessment = store.load(aid)
    yield NewAssessmentDialog([mini_pack], 3)
    yield SettingsDialog(AppSettings(), tmp_path, tmp_path / "a.db")
    yield ExportDialog(assessment, score_assessment(assessment), folder=tmp_path)
    yield DropEscalationDialog(2, "Named risk owners", [("a", "Restores proven", "Fund a second site"),
                                                       ("b", "Near misses", "")])
    yield ReassessDialog(Workspace(store.db), aid, mini_pack)


def exported_file(tmp_path, mini_pack, name: str = "globex.maturity.json") -> Path:
    """An assessment exported from a colleague's database: "Globex Vendor Review", one answer owned by Ana."""
    from maturity_app.domain.assessment import Answer
    from maturity_app.storage.database import open_database
    from maturity_app.storage.portable import export_assessment
    from maturity_app.storage.store import AssessmentStore

    other = AssessmentStore(open_database(tmp_path / "colleague.db"))
    aid = other.create(mini_pack, "Globex Vendor Review")
    other.save_answer(aid, Answer("rec-restore", compliance=3, capability=1, owner="Ana"))
    path = tmp_path / name
    export_assessment(other.db, aid, path)
    other.db.close()
    return path


def open_round(store, assessment_id: int, parent=None):
    """The rating round of one open assessment, as the main window builds it (model, session, round)."""
    from maturity_app.app.workspace import Workspace
    from maturity_app.ui.session import AssessmentSession
    from maturity_app.ui.workshop.round import RatingRound

    session = AssessmentSession.open(Workspace(store.db), assessment_id, parent)
    round_ = RatingRound(session, parent=session)
    round_._keep_session = session  # the round is what tests hold on to; its session must live as long
    return round_


def background_pool_problem(left_work_seconds: float, free_pool_seconds: float) -> str | None:
    """None when the app's background pool is free: the work started on it ends within *left_work_seconds* and
    the pool then runs a trivial function within *free_pool_seconds*; else what is wrong, with the workers'
    stacks."""
    import sys
    import threading
    import time
    import traceback

    from maturity_app.ui import background

    pool = background._executor
    if pool is None or getattr(pool, "_shutdown", False):
        return None  # never made, or a pool of a test's own that it shut (the app's is put back after it)
    deadline = time.monotonic() + left_work_seconds
    for task in [t for t in list(background._alive) if t.running]:
        task._ended.wait(max(0.0, deadline - time.monotonic()))
    stuck = [t for t in list(background._alive) if t.running]
    if not stuck:
        try:
            pool.submit(lambda: True).result(timeout=free_pool_seconds)
            return None
        except Exception:  # noqa: BLE001 - reported below with the workers' stacks
            pass
    frames = sys._current_frames()
    stacks = "\n".join(f"{thread.name}:\n" + "".join(traceback.format_stack(frames[thread.ident])[-8:])
                       for thread in threading.enumerate()
                       if thread.name.startswith("maturity-bg") and thread.ident in frames)
    what = f"with work still running {left_work_seconds:g} s after it ended" if stuck else "unable to run new work"
    return f"{what}:\n{stacks}"


def core_demo(store) -> int:
    """The core pack's demo assessment (as of 1 June 2026) made in *store*; returns its id."""
    import datetime as dt

    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import bundled_packs_dir
    from maturity_app.storage.demo_assessment import create_demo_assessment

    return create_demo_assessment(store, load_pack(bundled_packs_dir() / "core.yaml"), dt.date(2026, 6, 1))


def open_core_demo(make_app, store):
    """A laptop-sized window (1366 x 768) with core_demo open; returns (window, controller)."""
    window, controller = make_app()
    window.resize(1366, 768)
    controller.open_assessment(core_demo(store))
    return window, controller
