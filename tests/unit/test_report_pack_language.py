"""The board report shows the pack in the language it is made in: ``using_language("de")`` around the gathering of
its inputs (on the export's worker thread too) gives German questions and domain names, the same figures and the
same fingerprint; the window's own language is untouched."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from maturity_app.app.report_inputs import report_inputs
from maturity_app.app.workspace import Workspace
from maturity_app.domain import i18n
from maturity_app.domain.assessment import Answer
from maturity_app.domain.fingerprint import score_fingerprint
from maturity_app.domain.pack_loader import parse_pack
from maturity_app.report.builder import ReportOptions, build_report

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def workspace(store):
    pack = parse_pack((FIXTURES / "mini.yaml").read_text() + (FIXTURES / "mini_translations_de.yaml").read_text(),
                      "mini.yaml")
    aid = store.create(pack, "Acme Bank", mode="workshop")
    store.save_answer(aid, Answer("rec-restore", compliance=4, capability=1, owner="Dana", action="Rehearse"))
    store.save_answer(aid, Answer("dec-owner", compliance=3, capability=0, owner="Sam"))
    yield Workspace(store.db, today=TODAY), aid


def _report_text(inputs, out: Path) -> str:
    options = ReportOptions()
    for name, value in inputs.extras().items():
        setattr(options, name, value)
    build_report(inputs.score, inputs.assessment.info, out, options, report_date=TODAY)
    return " ".join("\n".join(p.extract_text() or "" for p in PdfReader(str(out)).pages).split())


def test_a_german_report_built_on_a_worker_thread_while_the_interface_stays_english(workspace, tmp_path):
    ws, aid = workspace
    made = {}

    def worker():
        with i18n.using_language("de"):
            made["inputs"] = report_inputs(ws, aid)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    german = made["inputs"]
    assert i18n.language() == "en"
    english = report_inputs(ws, aid)
    assert german.score.pack.question("rec-restore").title == "Wiederherstellung innerhalb der RTO bewiesen"
    assert english.score.pack.question("rec-restore").title == "Restores proven within RTO"
    assert german.workshop.friction_map.domains[0] == ("recovery", "Getestete Wiederherstellung")
    assert german.workshop.questions[0].title == "Wiederherstellung innerhalb der RTO bewiesen"
    assert score_fingerprint(german.score) == score_fingerprint(english.score)
    assert (german.score.compliance_index, german.score.capability_index, german.score.gap_points) == (
        english.score.compliance_index, english.score.capability_index, english.score.gap_points)

    with i18n.using_language("de"):  # the report is written in the language of the thread that builds it
        text = _report_text(german, tmp_path / "de.pdf")
    assert "Wiederherstellung innerhalb der RTO bewiesen" in text
    assert "Getestete Wiederherstellung" in text
    assert "Restores proven within RTO" not in text
    text = _report_text(english, tmp_path / "en.pdf")
    assert "Restores proven within RTO" in text and "Wiederherstellung innerhalb" not in text


def test_the_interface_language_reaches_the_report_and_switching_back_restores_english(workspace):
    ws, aid = workspace
    try:
        i18n.set_language("de")
        assert report_inputs(ws, aid).score.domains[1].domain.title == "Getroffene Entscheidungen"
    finally:
        i18n.set_language("en")
    assert report_inputs(ws, aid).score.domains[1].domain.title == "Owned decisions"


def test_the_core_pack_report_in_german_and_back_in_english(store, tmp_path):
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import bundled_packs_dir

    aid = store.create(load_pack(bundled_packs_dir() / "core.yaml"), "Acme Bank")
    store.save_answer(aid, Answer("rec-restore-proven", compliance=4, capability=0, owner="Dana"))
    ws = Workspace(store.db, today=TODAY)
    with i18n.using_language("de"):
        german = _report_text(report_inputs(ws, aid), tmp_path / "de.pdf")
    english = _report_text(report_inputs(ws, aid), tmp_path / "en.pdf")
    assert "Wiederherstellung kritischer Dienste gegen die RTO bewiesen" in german
    assert "Critical restores proven against their RTO" not in german
    assert "Critical restores proven against their RTO" in english
    assert "Wiederherstellung kritischer Dienste" not in english


def test_the_comparison_with_the_previous_cycle_is_made_in_the_current_language(workspace):
    ws, aid = workspace
    pack = ws.assessments.load(aid).pack
    new_id = ws.cycle.reassess(aid, pack, prefill=True).new_id
    ws.assessments.save_answer(new_id, Answer("rec-restore", compliance=4, capability=3, owner="Dana"))
    with i18n.using_language("de"):
        german = ws.cycle.comparison(aid, new_id)
    english = ws.cycle.comparison(aid, new_id)
    titles = {q.question_id: (q.title, q.domain_title) for q in german.questions}
    assert titles["rec-restore"] == ("Wiederherstellung innerhalb der RTO bewiesen", "Getestete Wiederherstellung")
    assert {q.question_id: q.title for q in english.questions}["rec-restore"] == "Restores proven within RTO"
    assert [(q.question_id, q.old_capability, q.new_capability) for q in german.questions] == [
        (q.question_id, q.old_capability, q.new_capability) for q in english.questions]


def test_inputs_gathered_in_english_become_a_german_report_with_the_same_figures(workspace, tmp_path):
    """The desktop gathers the inputs in the window's language; the export dialog then asks for German."""
    from maturity_app.domain.localize import localized_comparison, localized_score, localized_workshop

    ws, aid = workspace
    pack = ws.assessments.load(aid).pack
    new_id = ws.cycle.reassess(aid, pack, prefill=True).new_id
    ws.assessments.save_answer(new_id, Answer("rec-restore", compliance=4, capability=3, owner="Dana"))
    english = report_inputs(ws, new_id)
    assert english.since_last is not None and english.workshop is not None

    german_score = localized_score(english.score, "de")
    assert german_score.question("rec-restore").question.title == "Wiederherstellung innerhalb der RTO bewiesen"
    assert german_score.domains[0].domain.title == "Getestete Wiederherstellung"
    assert score_fingerprint(german_score) == score_fingerprint(english.score)
    assert [(q.question.id, q.capability, q.gap) for q in german_score.questions] == [
        (q.question.id, q.capability, q.gap) for q in english.score.questions]
    comparison = localized_comparison(english.since_last.comparison, "de")
    assert {q.question_id: q.title for q in comparison.questions}["rec-restore"] == \
        "Wiederherstellung innerhalb der RTO bewiesen"
    assert comparison.new.score.pack.title == "Mini-Testpaket"
    workshop = localized_workshop(english.workshop, english.score.pack, "de")
    assert workshop.friction_map.domains[0] == ("recovery", "Getestete Wiederherstellung")
    assert localized_score(english.score, "en") is english.score

    with i18n.using_language("de"):  # as the export worker builds a report in the language the dialog chose
        text = _report_text(english, tmp_path / "de.pdf")
    assert "Wiederherstellung innerhalb der RTO bewiesen" in text and "Restores proven within RTO" not in text
    assert "Getestete Wiederherstellung" in text


def test_word_and_deck_show_the_pack_in_the_language_they_are_written_in(workspace, tmp_path):
    from docx import Document
    from pptx import Presentation

    ws, aid = workspace
    inputs = report_inputs(ws, aid)  # gathered in English, as the desktop does before the dialog opens
    texts = {}
    for fmt in ("docx", "pptx"):
        options = ReportOptions(format=fmt)
        with i18n.using_language("de"):
            build_report(inputs.score, inputs.assessment.info, tmp_path / f"de.{fmt}", options, report_date=TODAY)
        if fmt == "docx":
            document = Document(str(tmp_path / "de.docx"))
            texts[fmt] = " ".join([p.text for p in document.paragraphs] + [
                c.text for t in document.tables for r in t.rows for c in r.cells])
        else:
            deck = Presentation(str(tmp_path / "de.pptx"))
            texts[fmt] = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes
                                  if shape.has_text_frame)
            texts[fmt] += " ".join(c.text for slide in deck.slides for shape in slide.shapes if shape.has_table
                                   for r in shape.table.rows for c in r.cells)
    assert "Wiederherstellung innerhalb der RTO bewiesen" in texts["docx"]
    assert "Restores proven within RTO" not in texts["docx"]
    assert "Getestete Wiederherstellung" in texts["pptx"] or "Wiederherstellung innerhalb" in texts["pptx"]
    assert "Restores proven within RTO" not in texts["pptx"] and "Tested recovery" not in texts["pptx"]
