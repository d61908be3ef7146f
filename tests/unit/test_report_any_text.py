"""Any text the app accepts renders in the full report, the brief and a workshop report: words longer than a
line, hundreds of line breaks, every field at its length limit (the shapes that used to stop the build)."""

from __future__ import annotations


import datetime as dt

import pytest
from pypdf import PdfReader

from maturity_app.domain.assessment import TEXT_LIMITS, Assessment
from maturity_app.domain.scoring import score_assessment
from maturity_app.report.builder import ReportOptions, build_report
from maturity_app.report.samples import sample_assessment

TODAY = dt.date(2026, 6, 1)

SHAPES = {
    "one unbroken word": lambda n: "W" * n,
    "only line breaks": lambda n: "x" + "\n" * (n - 1),
    "short lines": lambda n: ("ab\n" * n)[:n],
    "blank-line paragraphs": lambda n: ("p\n\n\n" * n)[:n],
    "long words on many lines": lambda n: (("L" * 300 + "\n") * n)[:n],
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_field_at_its_limit_renders(shape, mini_pack, tmp_path):
    make = SHAPES[shape]
    base = sample_assessment(mini_pack, TODAY)
    answers = dict(base.answers)
    for qid in ("rec-restore", "dec-owner"):  # two escalated answers with every field at its limit
        answers[qid] = answers[qid].with_changes(
            owner=make(TEXT_LIMITS["owner"]), evidence_note=make(TEXT_LIMITS["evidence_note"]),
            action=make(TEXT_LIMITS["action"]), action_owner=make(TEXT_LIMITS["action_owner"]),
            decision=make(TEXT_LIMITS["decision"]), escalate=True)
    info = base.info._replace(**{"organisation": make(TEXT_LIMITS["organisation"]),
                              "scope": make(TEXT_LIMITS["scope"]), "assessor": make(TEXT_LIMITS["assessor"])})
    score = score_assessment(Assessment(info, mini_pack, answers), TODAY)
    for brief in (False, True):
        out = tmp_path / f"{'brief' if brief else 'full'}.pdf"
        build_report(score, info, out, ReportOptions(brief=brief), report_date=TODAY)
        pages = PdfReader(str(out)).pages
        assert len(pages) == 2 if brief else len(pages) >= 5


def test_the_reported_crashes_render(mini_pack, tmp_path):
    base = sample_assessment(mini_pack, TODAY)
    answers = dict(base.answers)
    answers["rec-restore"] = answers["rec-restore"].with_changes(
        action="A" * 1000, decision="line\n" * 80, escalate=True)
    answers["dec-owner"] = answers["dec-owner"].with_changes(action="word\n" * 65)
    score = score_assessment(Assessment(base.info, mini_pack, answers), TODAY)
    out = tmp_path / "board.pdf"
    build_report(score, base.info, out, ReportOptions(), report_date=TODAY)
    assert len(PdfReader(str(out)).pages) >= 5


URL = "https://intranet.example.com/" + "security/policies/" * 8 + "x" * 27  # 200 characters, no space


def _outside_margins(path) -> dict:
    """Characters drawn left or right of the body's 20 mm margins, per page."""
    import pdfplumber

    margin = 20 * 72 / 25.4
    found: dict = {}
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            for char in page.chars:
                if char["x1"] > page.width - margin + 1 or char["x0"] < margin - 1:
                    found[number] = found.get(number, "") + char["text"]
    return found


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_long_url_breaks_inside_its_cells_in_every_language(language, mini_pack, tmp_path):
    """With German hyphenation reportlab cut the URL once (at a "/") and kept the rest whole on the next line:
    it ran out of its table cell and off the page on every page that showed it."""
    base = sample_assessment(mini_pack, TODAY)
    answers = {qid: a.with_changes(evidence_note=f"Seen at {URL} in the review.", action=f"Publish {URL}.",
                                   owner=URL, action_owner=URL)
               for qid, a in base.answers.items()}
    info = base.info._replace(**{"organisation": URL})
    out = tmp_path / "report.pdf"
    build_report(score_assessment(Assessment(info, mini_pack, answers), TODAY), info, out,
                 ReportOptions(language=language, page_size="letter"), report_date=TODAY)
    assert _outside_margins(out) == {}


def test_a_long_word_is_broken_to_the_width_of_its_cell_after_hyphenation():
    from reportlab.platypus import Paragraph

    from maturity_app.domain import i18n
    from maturity_app.report.styles import styles
    from maturity_app.report.text import safe

    with i18n.using_language("de"):
        s = styles()
        assert s.cell.hyphenationLang  # the German report hyphenates
        for text in (URL, f"Siehe {URL} sofort", f"<b>{URL}</b>", "Datenschutz" + "x" * 150 + " und mehr"):
            paragraph = Paragraph(safe(text) + " <b>fett</b>", s.cell)
            paragraph.wrap(120, 10_000)
            lines = paragraph.blPara.lines
            assert min(line.extraSpace for line in lines) > -0.5, text  # no line wider than the cell
            assert len(lines) > 3
