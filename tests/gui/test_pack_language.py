"""The questionnaire follows the interface language: questions, both sides, anchors, scale labels and domain
names in German under ``set_language("de")``, English again after switching back; the answers stay the same."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui_helpers import FIXTURES
from maturity_app.domain import i18n
from maturity_app.domain.assessment import Answer
from maturity_app.domain.pack_loader import parse_pack


@pytest.fixture
def interface_language(isolated_data_dir):
    """Choose the interface language as the app does: in Settings (a window built now is built in it), and for
    the Qt-free core at once (a window already open switches its pack texts when it is refreshed)."""
    from maturity_app.ui.app_settings import load_settings, save_settings

    def choose(code: str) -> None:
        isolated_data_dir.mkdir(parents=True, exist_ok=True)
        settings = load_settings()
        settings.language = code
        assert save_settings(settings)
        i18n.set_language(code)

    yield choose
    i18n.set_language("en")


@pytest.fixture
def translated_id(store, packs_dir):
    text = (FIXTURES / "mini.yaml").read_text() + (FIXTURES / "mini_translations_de.yaml").read_text()
    (packs_dir / "mini.yaml").write_text(text)
    pack = parse_pack(text, "mini.yaml")
    aid = store.create(pack, "Acme Bank", scope="Group", assessor="Dana", escalation_budget=2)
    store.save_answer(aid, Answer("rec-restore", compliance=4, capability=1, owner="Dana"))
    return aid


def _shown(window):
    view = window.assessment_page.question_view
    model = window.assessment_page.tree.model()
    return {
        "title": view.title.text(),
        "prompt": view.capability.prompt.text(),
        "label": view.capability.cards[2].label_text,
        "anchor": view.capability.cards[3].anchor_text,
        "consequence": view.consequence.text(),
        "domain": model.index(0, 0).data(),
        "levels": (view.compliance.value(), view.capability.value()),
    }


def test_answer_page_and_navigator_follow_the_language(make_app, translated_id, interface_language, qtbot):
    interface_language("de")
    window, controller = make_app()
    controller.open_assessment(translated_id)
    controller.assessment.go_to("rec-restore")
    german = _shown(window)
    assert german == {
        "title": "Wiederherstellung innerhalb der RTO bewiesen",
        "prompt": "Wann hat eine vollständige Wiederherstellung eines kritischen Dienstes zuletzt ihre RTO "
                  "eingehalten?",
        "label": "Planspiel",
        "anchor": "Eine vollständige Wiederherstellung hielt in den letzten 12 Monaten ihre RTO ein, Zeiten "
                  "dokumentiert.",
        "consequence": "„Trifft uns am Freitag Ransomware, können wir den Betrieb am Montag nicht zusagen.“",
        "domain": "Getestete Wiederherstellung",
        "levels": (4, 1),
    }
    qtbot.keyClick(window.assessment_page.question_view.compliance, Qt.Key_3)  # answering works the same
    assert controller.workspace.assessments.answer(translated_id, "rec-restore").compliance == 3

    interface_language("en")  # a language change reopens what is shown (the window restarts in the app)
    controller.open_assessment(translated_id)
    controller.assessment.go_to("rec-restore")
    english = _shown(window)
    assert english["title"] == "Restores proven within RTO"
    assert english["label"] == "Tabletop" and english["domain"] == "Tested recovery"
    assert english["anchor"] == "A full restore met its RTO in the last 12 months, timings recorded."
    assert english["levels"] == (3, 1)


def test_the_core_pack_answer_page_speaks_german_and_english_again(make_app, store, interface_language, qtbot):
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import bundled_packs_dir

    aid = store.create(load_pack(bundled_packs_dir() / "core.yaml"), "Acme Bank")
    interface_language("de")
    window, controller = make_app()
    controller.open_assessment(aid)
    controller.assessment.go_to("rec-restore-proven")
    view = window.assessment_page.question_view
    assert view.title.text() == "Wiederherstellung kritischer Dienste gegen die RTO bewiesen"
    assert view.compliance.cards[0].label_text == "Fehlt"
    assert view.capability.cards[3].anchor_text.startswith("Jeder kritische Dienst hat in den letzten 12 Monaten")
    assert window.assessment_page.tree.model().index(0, 0).data() == "Wiederherstellung und Notfallfähigkeit"
    assert window.assessment_page.details.text().startswith("Fähigkeitsüberprüfung nach der Zertifizierung 2.0.0")
    qtbot.keyClick(view.capability, Qt.Key_2)
    assert controller.workspace.assessments.answer(aid, "rec-restore-proven").capability == 2

    interface_language("en")
    controller.open_assessment(aid)
    controller.assessment.go_to("rec-restore-proven")
    assert view.title.text() == "Critical restores proven against their RTO"
    assert view.compliance.cards[0].label_text == "Absent"
    assert view.capability.value() == 2


def test_dashboard_and_projector_show_the_core_pack_in_german(make_app, store, interface_language, qtbot):
    from gui_helpers import open_round
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import bundled_packs_dir
    from maturity_app.ui.workshop.presentation import PresentationWindow

    aid = store.create(load_pack(bundled_packs_dir() / "core.yaml"), "Acme Bank", mode="workshop")
    store.save_answer(aid, Answer("rec-restore-proven", compliance=4, capability=1, owner="Dana"))
    interface_language("de")
    window, controller = make_app()
    controller.open_assessment(aid)
    controller.assessment.show_dashboard(True)
    dashboard = window.assessment_page.dashboard
    assert [b.title for b in dashboard.bars._bars][:3] == [
        "Wiederherstellung und Notfallfähigkeit", "Verantwortete Entscheidungen und Risikoakzeptanz",
        "Kultur und Verhalten, wenn niemand hinsieht"]
    assert [p.title for p in dashboard.scatter._points] == [
        "Wiederherstellung kritischer Dienste gegen die RTO bewiesen"]

    projector = PresentationWindow(open_round(store, aid))
    qtbot.addWidget(projector)
    projector.round.go_to(0)
    assert projector.title.text() == "Wiederherstellung kritischer Dienste gegen die RTO bewiesen"


def test_compare_page_names_questions_in_german(qtbot, store, translated_id, interface_language):
    from maturity_app.storage.cycle_store import CycleStore
    from maturity_app.ui.cycle.compare_model import QUESTION, QuestionIdRole
    from maturity_app.ui.cycle.compare_page import ComparePage

    cycle = CycleStore(store)
    store.db.execute("UPDATE assessments SET created_at = '2025-05-01T09:00:00+00:00', "
                     "updated_at = '2025-05-01T09:00:00+00:00' WHERE id = ?", [translated_id])
    new_id = cycle.reassess(translated_id, store.load(translated_id).pack, prefill=True).new_id
    interface_language("de")
    page = ComparePage(cycle)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_subject(new_id)
    model = page.question_table.model()
    titles = {model.index(r, 0).data(QuestionIdRole): model.index(r, QUESTION).data() for r in range(model.rowCount())}
    assert "Wiederherstellung innerhalb der RTO bewiesen" in titles["rec-restore"]
    assert "Beinahe-Vorfälle gemeldet" in titles["cul-near-miss"]


@pytest.mark.parametrize("language,title", [("de", "Mini-Testpaket"), ("en", "Mini test pack")])
def test_the_start_page_names_each_pack_in_the_interface_language_whatever_it_was_made_in(
        make_app, store, packs_dir, translated_id, interface_language, qtbot, monkeypatch, language, title):
    from PySide6.QtWidgets import QMessageBox

    from maturity_app.ui.assessment_list_model import PACK, SUBJECT

    translated = store.load(translated_id).pack
    made_in_german = store.create(translated.localized("de"), "Beta AG")
    plain = parse_pack((FIXTURES / "mini.yaml").read_text().replace("id: mini", "id: plain-pack", 1)
                       .replace("title: Mini test pack", "title: Plain pack", 1), "plain.yaml")
    store.create(plain, "Gamma GmbH")
    interface_language(language)
    window, controller = make_app()
    model = window.start_page.table.model()
    shown = {model.index(r, SUBJECT).data(): model.index(r, PACK).data() for r in range(model.rowCount())}
    assert shown == {"Acme Bank": f"{title} 1.0.0", "Beta AG": f"{title} 1.0.0",
                     "Gamma GmbH": "Plain pack 1.0.0"}  # a pack without the language: its own title
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Cancel)
    window.start_page.select_id(made_in_german)
    qtbot.mouseClick(window.start_page.delete_button, Qt.LeftButton)
    assert f"Beta AG“ ({title})" in asked[0] or f"Beta AG” ({title})" in asked[0]
