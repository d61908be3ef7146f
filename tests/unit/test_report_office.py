"""The Word report and the board deck carry the PDF's sections, sentences and numbers; files are private and
atomic; the three formats state their title and language."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from maturity_app.domain.errors import MaturityError
from maturity_app.domain.narrative import narrate
from maturity_app.report.builder import ReportOptions, build_report
from maturity_app.report.samples import sample_score

TODAY = dt.date(2026, 6, 1)


def _flat(text: str) -> str:
    """Whitespace and hyphens out: line breaks fall differently on a page than in Word."""
    return re.sub(r"[\s\-‐­]+", "", text)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _docx_lines(document) -> list[str]:
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines += [cell.text for cell in row.cells]
    return [line for text in lines for line in text.split("\n") if line.strip()]


@pytest.fixture
def built(mini_pack, tmp_path):
    score, info = sample_score(mini_pack, TODAY)
    paths = {}
    for fmt in ("pdf", "docx", "pptx"):
        paths[fmt] = tmp_path / f"board.{fmt}"
        build_report(score, info, paths[fmt], ReportOptions(format=fmt), report_date=TODAY)
    return score, info, paths


def test_word_report_has_the_pdfs_every_line_and_number(built):
    score, _info, paths = built
    pdf = _flat(_pdf_text(paths["pdf"]))
    document = Document(str(paths["docx"]))
    lines = _docx_lines(document)
    assert len(lines) > 200
    missing = [line for line in lines if _flat(line) not in pdf]
    assert missing == []
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Contents", "Executive summary", "Domain view", "What we escalate", "Top gaps", "Action plan",
                        "Appendix A — Every question", "Appendix B — ISO/IEC 27001 and NIST CSF crosswalk",
                        "Appendix C — Methodology and scales"]
    assert {"Where each question sits", "The plan"} <= {p.text for p in document.paragraphs
                                                                   if p.style.name == "Heading 2"}
    # The domain table, row by row, as numbers.
    domain_table = next(t for t in document.tables if t.rows[0].cells[0].text == "Domain")
    assert [[c.text for c in r.cells][:4] for r in domain_table.rows[1:]] == [
        [d.domain.title, f"{d.answered}/{d.applicable}", f"{d.compliance_index:g}", f"{d.capability_index:g}"]
        for d in score.domains]
    assert len(document.inline_shapes) >= 3  # domain bars twice and the quadrant scatter, as images
    assert narrate(score).headline in [p.text for p in document.paragraphs]
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets[: len(narrate(score).context)] == list(narrate(score).context)  # a real list, not "•" typed


def test_word_header_rows_repeat_and_charts_have_alternative_text(built):
    document = Document(str(built[2]["docx"]))
    gaps = next(t for t in document.tables if t.rows[0].cells[1].text == "Question")
    assert gaps.rows[0]._tr.trPr.xml.count("tblHeader") == 1
    for shape in document.inline_shapes:
        assert shape._inline.docPr.get("descr", "").startswith("Chart: ")


def test_deck_slides_take_their_words_and_numbers_from_the_report(built):
    score, _info, paths = built
    pdf = _flat(_pdf_text(paths["pdf"]))
    deck = Presentation(str(paths["pptx"]))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert titles == ["Compliance on paper, capability in practice", "The headline", "Paper vs practice by domain",
                      "Decisions asked of the board", "Top gaps", "The plan", "Since last cycle",
                      "What these figures rest on"]
    cells, texts = [], []
    for slide in list(deck.slides)[1:6]:
        for shape in slide.shapes:
            if shape.has_table:
                cells += [c.text for row in shape.table.rows for c in row.cells]
            elif shape.has_text_frame and shape != slide.shapes.title:
                texts.append(shape.text_frame.text)
    assert narrate(score).headline in texts[1]
    assert all(_flat(part) in pdf for cell in cells for part in cell.split(" · ") if part), \
        [c for c in cells if any(_flat(p) not in pdf for p in c.split(" · ") if p)]
    decisions = [q.answer.decision for q in score.escalations]
    assert decisions and all(d in cells for d in decisions)
    asked = next(shape.table for shape in deck.slides[3].shapes if shape.has_table)
    assert [row.cells[4].text for row in asked.rows] == ["Status"] + ["Open"] * len(decisions)  # none decided yet
    top = score.top_gaps()[0]
    assert str(top.weighted_shortfall) in cells and f"{score.compliance_index:g}" in cells


def test_files_are_private_and_state_title_and_language(built, tmp_path):
    _score, info, paths = built
    for fmt, path in paths.items():
        assert path.stat().st_mode & 0o777 == 0o600, fmt
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    document = Document(str(paths["docx"]))
    assert document.core_properties.title == f"Board report: {info.organisation} — Mini test pack"
    assert document.core_properties.language == "en-GB"
    assert 'w:val="en-GB"' in document.styles.element.xml
    deck = Presentation(str(paths["pptx"]))
    assert deck.core_properties.title == f"Board deck: {info.organisation} — Mini test pack"
    assert deck.core_properties.language == "en-GB"
    from pypdf import PdfReader

    root = PdfReader(str(paths["pdf"])).trailer["/Root"]
    assert root["/Lang"] == "en-GB" and root["/PageMode"] == "/UseOutlines"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]


def test_a_failed_office_write_keeps_the_previous_file(mini_pack, tmp_path, monkeypatch):
    score, info = sample_score(mini_pack, TODAY)
    target = tmp_path / "board.docx"
    target.write_bytes(b"previous")

    def refuse(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("maturity_app.storage.private_files.os.replace", refuse)
    with pytest.raises(MaturityError, match="the disk is full"):
        build_report(score, info, target, ReportOptions(format="docx"), report_date=TODAY)
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.docx"]


def test_passwords_are_long_enough_and_only_for_pdf():
    with pytest.raises(MaturityError, match="the password is 5 characters long; use at least 12"):
        ReportOptions(password="short")
    with pytest.raises(MaturityError, match="only the PDF can be password-protected"):
        ReportOptions(format="docx", password="long enough passphrase")
    with pytest.raises(MaturityError, match="board deck is one fixed set of slides"):
        ReportOptions(format="pptx", brief=True)
    assert ReportOptions(password="twelve chars").password == "twelve chars"


def test_encrypted_pdf_has_a_random_owner_password_and_a_matching_header(mini_pack, tmp_path):
    from pypdf import PdfReader
    from pypdf import PasswordType

    score, info = sample_score(mini_pack, TODAY)
    out = tmp_path / "locked.pdf"
    build_report(score, info, out, ReportOptions(password="correct horse battery"), report_date=TODAY)
    assert out.read_bytes()[:8] == b"%PDF-2.0"
    reader = PdfReader(str(out))
    assert reader.trailer["/Encrypt"]["/R"] == 6 and reader.trailer["/Encrypt"]["/V"] == 5
    # The user's password opens the file as a user, not as the owner who may lift its permissions.
    assert reader.decrypt("correct horse battery") == PasswordType.USER_PASSWORD


def test_deck_shows_which_escalations_the_board_has_decided(mini_pack, tmp_path):
    from maturity_app.domain.escalation import FUNDED_FIX, BoardDecision

    score, info = sample_score(mini_pack, TODAY)
    decided = score.escalations[0].question.id
    decision = BoardDecision(decided, FUNDED_FIX, dt.date(2026, 5, 20), "budget for Q3")
    out = tmp_path / "deck.pptx"
    build_report(score, info, out, ReportOptions(format="pptx", board_decisions={decided: decision}),
                 report_date=TODAY)
    asked = next(shape.table for shape in Presentation(str(out)).slides[3].shapes if shape.has_table)
    statuses = [row.cells[4].text for row in asked.rows][1:]
    assert statuses.count("Open") == len(score.escalations) - 1
    assert f"{decision.label} on 20 May 2026: budget for Q3" in statuses


def test_word_sets_other_scripts_at_the_size_and_weight_of_latin(mini_pack, tmp_path):
    """Word sizes Arabic, Hebrew, Indic and Thai text by the complex-script properties: they follow the Latin."""
    from docx.oxml.ns import qn

    from maturity_app.domain.assessment import Assessment
    from maturity_app.domain.scoring import score_assessment
    from maturity_app.report.samples import sample_assessment

    base = sample_assessment(mini_pack, TODAY)
    answers = {qid: a.with_changes(owner="דנה כהן राजेश") for qid, a in base.answers.items()}
    assessment = Assessment(info=base.info._replace(organisation="محمد العلي"), pack=mini_pack,
                            answers=answers)
    out = tmp_path / "scripts.docx"
    build_report(score_assessment(assessment, TODAY), assessment.info, out, ReportOptions(format="docx"),
                 report_date=TODAY)
    document = Document(str(out))
    runs = [r for p in document.paragraphs for r in p.runs] + [
        r for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    scripted = [r for r in runs if "דנה" in r.text or "محمد" in r.text]
    assert scripted
    for run in scripted:
        rpr = run._r.rPr
        for latin, complex_ in (("w:sz", "w:szCs"), ("w:b", "w:bCs")):
            if rpr is not None and rpr.find(qn(latin)) is not None:
                assert rpr.find(qn(complex_)).get(qn("w:val")) == rpr.find(qn(latin)).get(qn("w:val"))
        assert rpr is not None and rpr.find(qn("w:rtl")) is not None
    assert any(r._r.rPr.find(qn("w:szCs")) is not None for r in scripted)
    assert any(r._r.rPr.find(qn("w:bCs")) is not None for r in scripted)  # the cover's subject is bold
