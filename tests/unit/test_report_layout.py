"""Every page of the report, with the longest accepted label and names: no word box overlaps another, nothing
runs off the page, no word is broken inside a table cell, the furniture never collides."""

from __future__ import annotations

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


# The same lengths in scripts that are shaped and set right to left: their words move and change width on the
# way to the page.
SCRIPT_WORDS = ("محمد العلي للاستعادة דנה כהן לשחזור राजेश कुमार पुनर्प्राप्ति สมชาย ใจดี การกู้คืน Unassigned "
                "overdue").split()


def _long(limit: int, seed: int = 0, words=WORDS) -> str:
    text, i = "", seed
    while len(text) + len(words[i % len(words)]) + 1 <= limit:
        text += words[i % len(words)] + " "
        i += 1
    return text.strip()


def _longest_case(mini_pack, words=WORDS):
    pack = replicated_pack(mini_pack, 4, 4)
    domains = [d.model_copy(update={"title": _long(200, i, words)}) for i, d in enumerate(pack.domains)]
    pack = pack.model_copy(update={"domains": domains})
    assessment = sample_assessment(pack, TODAY)
    answers = {qid: a.with_changes(owner=_long(TEXT_LIMITS["owner"], 3, words),
                                   action_owner=_long(TEXT_LIMITS["action_owner"], 5, words))
               for qid, a in assessment.answers.items()}
    info = assessment.info._replace(organisation=_long(TEXT_LIMITS["organisation"], 1, words))
    assessment = assessment.__class__(info=info, pack=pack, answers=answers)
    return score_assessment(assessment, TODAY), info


def _em_boxes(page) -> list[dict]:
    """Words boxed by their type size around the baseline: Arabic and Indic faces declare ascents and descents
    far beyond their letters, so their font boxes would overlap the lines above and below though no ink does."""
    words = []
    for w in page.extract_words(return_chars=True, extra_attrs=["size"]):
        if not w["upright"]:
            continue
        baseline = page.height - w["chars"][0]["matrix"][5]
        words.append({**w, "top": baseline - 0.78 * w["size"], "bottom": baseline + 0.22 * w["size"]})
    return words


def _collisions(path, em_box: bool = False) -> list:
    bad = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            words = _em_boxes(page) if em_box else [w for w in page.extract_words() if w["upright"]]
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


@pytest.mark.parametrize("brief, words", [(False, WORDS), (True, WORDS), (False, SCRIPT_WORDS)],
                         ids=["report", "brief", "report-in-other-scripts"])
def test_no_text_overlaps_or_runs_off_any_page_at_the_limits(mini_pack, tmp_path, brief, words):
    score, info = _longest_case(mini_pack, words)
    label = "STRICTLY CONFIDENTIAL — BOARD AND AUDIT COMMITTEE MEMBERS ONLY — DO NOT FORWARD OR COPY"[:LABEL_LIMIT]
    assert len(label) == LABEL_LIMIT
    out = tmp_path / "long.pdf"
    build_report(score, info, out, ReportOptions(label=label, brief=brief), report_date=TODAY)
    assert _collisions(out, em_box=words is SCRIPT_WORDS) == []
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


def test_no_heading_is_left_alone_at_the_foot_of_a_page(tmp_path):
    """Every heading in the outline has text of its own section below it on its page (a domain heading used
    to end a page while its first question, kept together, moved on)."""
    from pypdf import PdfReader

    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import asset
    from maturity_app.report.samples import sample_score

    score, info = sample_score(load_pack(asset("questionnaires") / "core.yaml"), TODAY)
    out = tmp_path / "core.pdf"
    build_report(score, info, out, ReportOptions(), report_date=TODAY)
    reader = PdfReader(str(out))

    def flat(items):
        for item in items:
            yield from (flat(item) if isinstance(item, list) else [item])

    headings = [(item.title, reader.get_destination_page_number(item)) for item in flat(reader.outline)]
    assert len(headings) > 20
    orphans = []
    with pdfplumber.open(out) as pdf:
        for title, number in headings:
            page = pdf.pages[number]
            body = [line["text"] for line in page.extract_text_lines()
                    if 24 * 2.835 < line["top"] < page.height - 20 * 2.835]  # between the header and footer rules
            at = next((i for i, line in enumerate(body) if title.startswith(line[:25])), None)
            if at is None or not any(line not in title for line in body[at + 1:]):
                orphans.append((number + 1, title))
    assert orphans == []
