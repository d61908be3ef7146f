"""Dashboard clicks jump to questions; settings, window state and the last assessment survive a restart."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import types

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from gui_helpers import when_modal
from maturity_app.domain.assessment import Answer
from maturity_app.ui.app_settings import load_settings, settings_path


def _answer_some(store, assessment_id):
    store.save_answer(assessment_id, Answer("rec-restore", compliance=4, capability=1, owner="Dana"))
    store.save_answer(assessment_id, Answer("rec-deps", compliance=3, capability=4))
    store.save_answer(assessment_id, Answer("dec-owner", compliance=2, capability=2, owner="Sam", escalate=True,
                                            decision="Name an owner", proven_on=dt.date(2026, 5, 1)))


def test_dashboard_counters_and_clicks_jump_to_questions(make_app, store, assessment_id, qtbot):
    _answer_some(store, assessment_id)
    window, controller = make_app()
    controller.open_assessment(assessment_id)
    page = window.assessment_page
    qtbot.mouseClick(page.dashboard_button, Qt.LeftButton)
    dash = page.dashboard
    assert page.stack.currentWidget() is dash
    counters = {k: b.text().splitlines()[0] for k, b in dash.counters.items()}
    # dec-owner (2 on paper, 2 proven) is weak on both sides: exposed, although it has no gap.
    assert counters == {"gaps": "2", "paper": "2", "exposed": "1", "stale": "1", "unowned": "1", "escalated": "1 / 2",
                        "below": "0", "noaction": "2", "verified": "0 / 3"}
    qtbot.mouseClick(dash.counters["exposed"], Qt.LeftButton)
    assert [dash.items.item(i).text() for i in range(dash.items.count())] == [
        "Named risk owners  —  paper 2 · practice 2"]
    qtbot.mouseClick(dash.counters["stale"], Qt.LeftButton)
    assert dash.items.count() == 1 and dash.items.item(0).text().startswith("Dependencies included")
    assert "no proof date" in dash.items.item(0).text()
    rect = dash.items.visualItemRect(dash.items.item(0))
    qtbot.mouseClick(dash.items.viewport(), Qt.LeftButton, pos=rect.center())
    assert page.stack.currentWidget() is page.question_view
    assert page.question_view.title.text() == "Dependencies included"

    qtbot.keyClick(window.focusWidget(), Qt.Key_2, Qt.ControlModifier)  # Ctrl+2: dashboard
    assert page.stack.currentWidget() is dash
    centre = dash.scatter.point_centre("rec-restore")
    qtbot.mouseClick(dash.scatter, Qt.LeftButton, pos=centre.toPoint())
    assert page.question_view.title.text() == "Restores proven within RTO"

    qtbot.mouseClick(page.dashboard_button, Qt.LeftButton)
    row_y = dash.bars.row_middle(1)  # second domain: Owned decisions
    qtbot.mouseClick(dash.bars, Qt.LeftButton, pos=QPoint(dash.bars.width() // 2, row_y))
    assert page.question_view.title.text() == "Named risk owners"


def test_dashboard_follows_answers_live(make_app, store, assessment_id, qtbot):
    window, controller = make_app()
    controller.open_assessment(assessment_id)
    page = window.assessment_page
    controller.assessment.show_dashboard(True)
    assert page.dashboard.counters["paper"].text().startswith("0")
    controller.assessment.show_dashboard(False)
    qtbot.keyClick(page.question_view.compliance, Qt.Key_4)
    qtbot.keyClick(page.question_view.capability, Qt.Key_0)
    controller.assessment.show_dashboard(True)
    assert page.dashboard.counters["paper"].text().startswith("1")
    assert page.dashboard.headline.text() == "Paper 100 · practice 0 · gap +100 pts"
    assert page.dashboard.subline.text().startswith(
        "Draft — 1 of 5 answered. Coverage (draft): 1 of 5 applicable questions answered")


def test_settings_are_saved_as_json_and_applied(make_app, qtbot, isolated_data_dir, qapp, monkeypatch):
    window, controller = make_app()

    opened_urls = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url.toLocalFile()))

    def change(dialog):
        qtbot.mouseClick(dialog.open_folder, Qt.LeftButton)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.font_scale.setValue(1.3)
        dialog.budget.setValue(5)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)

    when_modal(change)
    window.actions["settings"].trigger()
    assert opened_urls == [str(isolated_data_dir)]
    saved = json.loads(settings_path().read_text())
    assert (saved["theme"], saved["font_scale"], saved["default_escalation_budget"]) == ("dark", 1.3, 5)
    assert qapp.palette().color(qapp.palette().ColorRole.Window).lightness() < 80
    seen = {}

    def check_budget(dialog):
        seen["budget"] = dialog.budget.value()
        dialog.reject()

    when_modal(check_budget)
    window.actions["new"].trigger()
    assert seen["budget"] == 5
    from maturity_app.ui.theme import apply_theme

    apply_theme(qapp, "light")  # leave the shared QApplication as other tests expect it


def test_damaged_settings_file_falls_back_to_defaults(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('{"theme": "purple", "font_scale": 9}')
    assert load_settings().theme == "system"
    settings_path().write_text("not json")
    assert load_settings().font_scale == 1.0


def test_window_state_and_last_question_are_restored_on_start(make_app, store, assessment_id, qtbot):
    window, controller = make_app()
    controller.open_assessment(assessment_id)
    controller.assessment.go_to("dec-owner")
    window.resize(window.width(), 612)  # the offscreen screen is 800 px tall; a larger size would be clamped
    window.move(37, 41)
    window.close()  # never asks "save?": everything is already saved
    assert load_settings().last_assessment_id == assessment_id
    again, controller2 = make_app(restore=True)
    assert again.pages.currentWidget() is again.assessment_page
    assert controller2.assessment.current == "dec-owner"
    assert again.height() == 612 and again.y() == window.y()  # x is clamped: the window is wider than that screen


def test_start_page_choice_is_remembered(make_app, store, assessment_id):
    window, controller = make_app()
    controller.open_assessment(assessment_id)
    window.actions["home"].trigger()
    assert window.pages.currentWidget() is window.start_page
    window.close()
    again, _ = make_app(restore=True)
    assert again.pages.currentWidget() is again.start_page


def test_export_menu_calls_the_export_dialog_lazily(opened, monkeypatch):
    window, controller = opened
    calls = []
    fake = types.ModuleType("maturity_app.ui.export_dialog")
    fake.open_export_dialog = lambda parent, assessment, score, extras=None: calls.append(
        (parent, assessment.info.id, score.total, extras))
    monkeypatch.setitem(sys.modules, "maturity_app.ui.export_dialog", fake)
    assert window.actions["export"].shortcut().toString() == "Ctrl+E"
    window.actions["export"].trigger()
    # A first self-assessment: no workshop summary, no "since last assessment" for the report.
    assert calls == [(window, controller.assessment.session.id, 5, {})]


def test_about_lists_versions_and_the_licences_with_every_third_party_text(opened, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    window, controller = opened
    seen = {}

    def read_and_open_the_licences():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_open_the_licences)
            return
        seen["text"] = box.text()
        button = next(b for b in box.buttons() if b.text().startswith("Third-party licences"))
        qtbot.mouseClick(button, Qt.LeftButton)

    QTimer.singleShot(0, read_and_open_the_licences)
    window.actions["about"].trigger()
    text = seen["text"]
    assert all(name in text for name in ("Maturity", "Qt", "PySide6", "Python"))
    assert "Proprietary software © the Maturity authors" in text and "GNU LGPL v3" in text
    notices = window._notices_dialog
    assert notices.isVisible()
    shown = notices.findChild(QPlainTextEdit, "thirdPartyNotices").toPlainText()
    for name in ("PySide6", "reportlab", "pydantic", "sqlite-utils", "PyYAML", "platformdirs", "pypdf", "cryptography",
                 "OpenSSL", "DejaVu", "GNU LESSER GENERAL PUBLIC LICENSE", "PSF-2.0"):
        assert name in shown, name
    notices.close()


def test_app_start_does_not_import_reportlab(packs_dir, db_path):
    script = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from maturity_app.ui.launch import build_app; w, c = build_app(sys.argv[1], app); w.show();"
        "app.processEvents(); print(sorted({m.split('.')[0] for m in sys.modules if m.startswith('reportlab')}))"
    )
    result = subprocess.run([sys.executable, "-c", script, str(db_path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_launch_without_a_display_explains_instead_of_crashing(monkeypatch, capsys):
    from maturity_app.ui import launch

    monkeypatch.setattr(launch.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert launch.launch(None) == 1
    assert "No display" in capsys.readouterr().err


def test_export_and_import_assessment_file_from_the_file_menu(opened, store, assessment_id, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog

    window, controller = opened
    qtbot.keyClick(window.assessment_page.question_view.compliance, Qt.Key_3)
    target = tmp_path / "acme.maturity.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)  # "import it again as a copy?"
    window.actions["export_file"].trigger()
    assert target.exists()
    window.actions["import_file"].trigger()
    infos = store.list()
    assert len(infos) == 2
    copy_id = next(i.id for i in infos if i.id != assessment_id)
    assert store.answer(copy_id, "rec-restore").compliance == 3


def test_launch_refuses_a_database_another_window_is_using(db_path, qapp, monkeypatch):
    from maturity_app.storage.database import close_database, open_database
    from maturity_app.ui import launch

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(title))
    close_database(open_database(db_path))
    # The lock is per process by design, so another process holds it, as a second running app would.
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from maturity_app.storage.database import open_database;"
         "db = open_database(sys.argv[1], lock=True); print('locked', flush=True); time.sleep(60)", str(db_path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert launch.launch(db_path) == 2  # explained, never opened twice, no event loop started
    finally:
        holder.kill()
        holder.wait()
    assert shown == ["Maturity is already open"]
