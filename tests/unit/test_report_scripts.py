"""Text in any script goes into all three formats: nothing crashes, Word and PowerPoint keep it as typed, the
PDF draws what its fonts cover and names every field it cannot draw."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import unicodedata

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from maturity_app.domain.assessment import Assessment
from maturity_app.domain.scoring import score_assessment
from maturity_app.report.builder import ReportOptions, build_report
from maturity_app.report.glyphs import missing, right_to_left, undrawn_fields
from maturity_app.report.samples import sample_assessment

TODAY = dt.date(2026, 6, 1)
# One stretch of letters from each of many scripts people type names and decisions in.
SCRIPTS = {
    "Latin": (0x41, 0x7A), "Latin-1": (0xC0, 0xFF), "Greek": (0x391, 0x3C9), "Cyrillic": (0x410, 0x44F),
    "Armenian": (0x531, 0x556), "Hebrew": (0x5D0, 0x5EA), "Arabic": (0x627, 0x64A), "Syriac": (0x710, 0x72F),
    "Thaana": (0x780, 0x7A5), "Devanagari": (0x905, 0x939), "Bengali": (0x985, 0x9B9), "Tamil": (0xB85, 0xBB9),
    "Thai": (0xE01, 0xE2E), "Lao": (0xE81, 0xEAE), "Tibetan": (0xF40, 0xF6A), "Georgian": (0x10D0, 0x10FA),
    "Hangul": (0xAC00, 0xAC40), "Ethiopic": (0x1200, 0x1248), "Cherokee": (0x13A0, 0x13F4),
    "Hiragana": (0x3041, 0x3096), "Katakana": (0x30A1, 0x30FA), "Han": (0x4E00, 0x4E80),
    "Emoji": (0x1F600, 0x1F64F), "Symbols": (0x2190, 0x21FF), "Combining": (0x300, 0x36F),
}


def _word(script: str):
    low, high = SCRIPTS[script]
    return st.text(st.characters(min_codepoint=low, max_codepoint=high, categories=("L", "M", "N", "S", "P")),
                   min_size=1, max_size=6)


any_script_text = st.lists(st.sampled_from(sorted(SCRIPTS)).flatmap(_word), min_size=1, max_size=5).map(" ".join)


def _ltr_plain(text: str) -> bool:
    return all(unicodedata.bidirectional(c) not in ("R", "AL") and not unicodedata.combining(c)
               and unicodedata.category(c)[0] in "LNPSZ" for c in text)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(org=any_script_text, owner=any_script_text, decision=any_script_text)
def test_every_script_in_all_three_formats(mini_pack, tmp_path, org, owner, decision):
    assessment = sample_assessment(mini_pack, TODAY)
    answers = {qid: a.with_changes(owner=owner, decision=decision) for qid, a in assessment.answers.items()}
    info = dataclasses.replace(assessment.info, organisation=org)
    score = score_assessment(Assessment(info=info, pack=mini_pack, answers=answers), TODAY)
    paths = {}
    for fmt in ("pdf", "docx", "pptx"):
        paths[fmt] = tmp_path / f"r.{fmt}"
        build_report(score, info, paths[fmt], ReportOptions(format=fmt), report_date=TODAY)

    words = " ".join(p.text for p in Document(str(paths["docx"])).paragraphs)
    assert org in words  # kept as typed, every character
    cells = " ".join(c.text for t in Document(str(paths["docx"])).tables for r in t.rows for c in r.cells)
    assert owner in cells and decision in cells
    deck = Presentation(str(paths["pptx"]))
    assert org in deck.slides[0].placeholders[1].text_frame.text
    assert any(decision in c.text for s in deck.slides for sh in s.shapes if sh.has_table
               for r in sh.table.rows for c in r.cells) == bool(score.escalations)

    warnings = undrawn_fields(score, info, ReportOptions())
    assert any("the organisation" in w for w in warnings) == bool(missing(org) or right_to_left(org))
    assert any("the capability owner" in w for w in warnings) == bool(missing(owner) or right_to_left(owner))
    cover = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(paths["pdf"]), "-"], capture_output=True,
                           text=True, check=True).stdout
    if not missing(org) and _ltr_plain(org):  # drawn whole: no stand-in box where the font has the glyphs
        assert " ".join(org.split()) in " ".join(cover.split())


def test_cli_warns_and_names_the_field_the_pdf_cannot_draw(mini_pack):
    assessment = sample_assessment(mini_pack, TODAY)
    info = dataclasses.replace(assessment.info, organisation="北京 Logistics 🚚")
    score = score_assessment(Assessment(info=info, pack=mini_pack, answers=assessment.answers), TODAY)
    warnings = undrawn_fields(score, info, ReportOptions(label="Board only ✓"))
    assert warnings == ["the PDF cannot draw 🚚 in the organisation: it prints � there (the Word report and "
                        "the board deck keep the text as typed)"]


def test_right_to_left_text_is_named_as_printed_left_to_right(mini_pack):
    assessment = sample_assessment(mini_pack, TODAY)
    info = dataclasses.replace(assessment.info, assessor="דנה ויטפילד")
    score = score_assessment(Assessment(info=info, pack=mini_pack, answers=assessment.answers), TODAY)
    assert undrawn_fields(score, info, ReportOptions()) == [
        "the PDF prints the right-to-left text in the assessor unjoined and left to right (the Word report and the "
        "board deck set it right to left)"]


def test_chinese_japanese_korean_are_drawn_in_the_pdf_with_the_bundled_fallback(mini_pack, tmp_path):
    assessment = sample_assessment(mini_pack, TODAY)
    org = "北京物流集团 (Beijing) 株式会社 한국"
    info = dataclasses.replace(assessment.info, organisation=org)
    score = score_assessment(Assessment(info=info, pack=mini_pack, answers=assessment.answers), TODAY)
    out = tmp_path / "cjk.pdf"
    build_report(score, info, out, ReportOptions(label="机密 — 董事会"), report_date=TODAY)
    assert undrawn_fields(score, info, ReportOptions(label="机密 — 董事会")) == []
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert org in text and "机密 — 董事会" in text and "\ufffd" not in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DroidSansFallback" in fonts and " yes yes " in fonts  # embedded, subset
