"""The board report in German, built on a worker thread while the rest of the process speaks English: German
headings, German numbers and dates, German page furniture and document language, and no English heading left."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from pypdf import PdfReader

from maturity_app.domain import i18n
from maturity_app.domain.pack_loader import load_library
from maturity_app.paths import bundled_packs_dir
from maturity_app.report.builder import build_report
from maturity_app.report.options import SECTION_TITLES, ReportOptions
from maturity_app.report.samples import sample_score

TODAY = dt.date(2026, 11, 30)
GERMAN_HEADINGS = ("Inhalt", "Management-Zusammenfassung", "Bereichsübersicht", "Was wir eskalieren", "Größte Lücken",
                   "Maßnahmenplan", "Anhang A — Alle Fragen", "Anhang C — Methodik und Skalen", "Grenzen der Aussage")
ENGLISH_ONLY = (*SECTION_TITLES.values(), "Contents", "Limitations", "Page 1 of", "Fingerprint ", "On paper",
                "In practice", "Decisions asked of the board", "CONFIDENTIAL", "BOARD REPORT", "Top gaps",
                "Exposed: weak", "The plan", "Accepted risks", "Unowned capabilities", "RECORD FINGERPRINT")


def _text(path) -> str:
    result = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def core_score():
    library = load_library(bundled_packs_dir(), None)
    return sample_score(library.get("core"), TODAY)


def test_german_report_built_on_a_worker_thread_while_the_process_speaks_english(core_score, tmp_path):
    score, info = core_score
    i18n.set_language("en")
    out = tmp_path / "bericht.pdf"
    seen_on_main = []

    def build():
        build_report(score, info, out, ReportOptions(language="de"), report_date=TODAY)
        return i18n.language()

    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(build)
        seen_on_main.append(i18n._("not answered"))
        assert future.result() == "en"  # the override ended with the build; the thread is English again
    assert seen_on_main == ["not answered"] and i18n.language() == "en"

    text = _text(out)
    flat = " ".join(text.split())
    for heading in GERMAN_HEADINGS:
        assert heading in flat, heading
    for english in ENGLISH_ONLY:
        assert english not in flat, english
    pages = len(PdfReader(out).pages)
    assert f"Seite 1 von {pages}" in flat and f"Seite {pages} von {pages}" in flat
    assert "VERTRAULICH — nur für die Geschäftsleitung" in flat
    assert "30.11.2026" in flat and "30. November 2026" in flat  # cover: short and long German dates
    # The indices as the German reader writes them: a decimal comma, never a decimal point.
    compliance, capability = score.compliance_index, score.capability_index
    for value in (compliance, capability):
        written = f"{value:g}".replace(".", ",")
        assert written in flat, written
    halves = {d.capability_index for d in score.domains if d.capability_index and d.capability_index % 1}
    assert halves  # the sample has half-point domain indices: each is printed with a comma, none with a point
    for value in halves:
        english = re.escape(f"{value:g}")
        assert f"{value:g}".replace(".", ",") in flat and not re.search(rf"(?<![\w.]){english}(?![\d.])", flat)
    assert "(100 % ihres Gewichts)" in flat  # DIN 5008's space before % (unbreakable in the PDF)
    reader = PdfReader(out)
    assert reader.trailer["/Root"].get("/Lang") == "de-DE"
    assert reader.metadata.title.startswith("Bericht an die Geschäftsleitung: ")


def test_english_report_is_unchanged_and_a_german_brief_fits_two_pages(core_score, tmp_path):
    score, info = core_score
    english, brief = tmp_path / "report.pdf", tmp_path / "kurz.pdf"
    build_report(score, info, english, ReportOptions(language="en", sections=("summary", "methodology")),
                 report_date=TODAY)
    text = " ".join(_text(english).split())
    assert "Executive summary" in text and "Appendix C — Methodology and scales" in text
    assert "Management-Zusammenfassung" not in text and "Page 1 of" in text
    assert PdfReader(english).trailer["/Root"].get("/Lang") == "en-GB"

    build_report(score, info, brief, ReportOptions(language="de", brief=True), report_date=TODAY)
    assert len(PdfReader(brief).pages) == 2
    text = " ".join(_text(brief).split())
    assert "Auf einen Blick" in text and "Management-Briefing" in text.replace("MANAGEMENT-BRIEFING", "Management-Briefing")
    assert "Die 5 größten Lücken" in text and "Top 5 gaps" not in text


def test_word_and_deck_follow_the_report_language(core_score, tmp_path):
    pytest.importorskip("docx")
    pytest.importorskip("pptx")
    from docx import Document
    from pptx import Presentation

    score, info = core_score
    word, deck = tmp_path / "bericht.docx", tmp_path / "folien.pptx"
    build_report(score, info, word, ReportOptions(language="de", format="docx"), report_date=TODAY)
    build_report(score, info, deck, ReportOptions(language="de", format="pptx"), report_date=TODAY)
    document = Document(str(word))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Management-Zusammenfassung" in headings and "Executive summary" not in headings
    assert document.core_properties.language == "de-DE"
    slides = Presentation(str(deck))
    titles = [s.shapes.title.text for s in slides.slides if s.shapes.title is not None]
    assert "Die Kernaussage" in titles and "The headline" not in titles
    assert slides.core_properties.language == "de-DE"


def test_the_report_language_never_leaks_into_the_thread_that_built_it(core_score, tmp_path):
    score, info = core_score
    i18n.set_language("en")
    done = threading.Event()

    def build():
        build_report(score, info, tmp_path / "x.pdf", ReportOptions(language="de", sections=("summary",)),
                     report_date=TODAY)
        done.set()

    worker = threading.Thread(target=build)
    worker.start()
    worker.join(60)
    assert done.is_set() and i18n._("Executive summary") == "Executive summary"


def test_german_report_text_hyphenates_compounds_at_syllables_and_english_is_left_as_it_was():
    from reportlab.platypus import Paragraph

    from maturity_app.report.styles import styles

    with i18n.using_language("de"):
        cell = styles().cell
        assert cell.hyphenationLang == "de_DE"
        title = Paragraph("Datensicherungen mit Administratorrechten", cell)
        title.wrap(60, 500)
        lines = [" ".join(word for word in line[1]) if isinstance(line, tuple) else "" for line in title.blPara.lines]
        assert any(line.endswith("-") for line in lines), lines  # a syllable break, marked with a hyphen
        assert all(len(line.rstrip("-")) > 2 for line in lines)  # never a stray letter or two on a line
    with i18n.using_language("en"):
        assert styles().cell.hyphenationLang == ""
