"""Every page of the report, with the longest accepted label and names: no word box overlaps another, nothing
runs off the page, no word is broken inside a table cell, the furniture never collides."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pdfplumber
import pytest

from maturity_app.domain.assessment import TEXT_LIMITS
from maturity_app.domain.scoring import score_assessment
from maturity_app.report.builder import ReportOptions, build_report
from maturity_app.report.options import LABEL_LIMIT
from maturity_app.report.samples import replicated_pack, sample_assessment

TODAY = dt.date(2026, 6, 1)
WORDS = ("Unassigned overdue Documented Exercised governance resilience continuity procurement "
         "responsibilities accountability interdependencies").split()


def _long(limit: int, seed: int = 0) -> str:
    text, i = "", seed
    while len(text) + len(WORDS[i % len(WORDS)]) + 1 <= limit:
        text += WORDS[i % len(WORDS)] + " "
        i += 1
    return text.strip()


def _longest_case(mini_pack):
    pack = replicated_pack(mini_pack, 4, 4)
    domains = [d.model_copy(update={"title": _long(200, i)}) for i, d in enumerate(pack.domains)]
    pack = pack.model_copy(update={"domains": domains})
    assessment = sample_assessment(pack, TODAY)
    answers = {qid: a.with_changes(owner=_long(TEXT_LIMITS["owner"], 3), action_owner=_long(TEXT_LIMITS["action_owner"], 5))
               for qid, a in assessment.answers.items()}
    info = dataclasses.replace(assessment.info, organisation=_long(TEXT_LIMITS["organisation"], 1))
    assessment = assessment.__class__(info=info, pack=pack, answers=answers)
    return score_assessment(assessment, TODAY), info


def _collisions(path) -> list:
    bad = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            words = [w for w in page.extract_words() if w["upright"]]
            for w in words:
                if w["x0"] < 0 or w["x1"] > page.width or w["top"] < 0 or w["bottom"] > page.height:
                    bad.append((number, "off the page", w["text"]))
            for i, a in enumerate(words):
                for b in words[i + 1:]:
                    dx = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                    dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                    if dx > 0.5 and dy > 0.5:
                        bad.append((number, a["text"], b["text"]))
    return bad


@pytest.mark.parametrize("brief", [False, True])
def test_no_text_overlaps_or_runs_off_any_page_at_the_limits(mini_pack, tmp_path, brief):
    score, info = _longest_case(mini_pack)
    label = "STRICTLY CONFIDENTIAL — BOARD AND AUDIT COMMITTEE MEMBERS ONLY — DO NOT FORWARD OR COPY"[:LABEL_LIMIT]
    assert len(label) == LABEL_LIMIT
    out = tmp_path / "long.pdf"
    build_report(score, info, out, ReportOptions(label=label, brief=brief), report_date=TODAY)
    assert _collisions(out) == []
    with pdfplumber.open(out) as pdf:
        footer = pdf.pages[1].extract_text().splitlines()[-1]
    assert footer.endswith(f"Page 2 of {len(pdfplumber.open(out).pages)}")


def test_no_word_breaks_inside_a_table_cell(mini_pack, tmp_path):
    """reportlab breaks a word wider than its column without a hyphen: the fragments would show as words that
    are not in the text (like "Unassigne" and "d")."""
    score, info = _longest_case(mini_pack)
    out = tmp_path / "words.pdf"
    build_report(score, info, out, ReportOptions(), report_date=TODAY)
    broken = []
    with pdfplumber.open(out) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            printed = {w["text"].strip(".,;:()·") for w in page.extract_words()}
            for word in {w for w in WORDS} | {"Unassigned", "overdue", "Exercised", "Documented"}:
                for cut in range(2, len(word) - 0):
                    head, tail = word[:cut], word[cut:]
                    if tail and head in printed and tail in printed:
                        broken.append((number, head, tail))
    assert broken == []
