"""The vendor scorecards page by page, as the forum reads them: one page per vendor whatever its name, on the
paper asked for, nothing drawn outside the page's margins, page numbers and bookmarks that match the pages."""

from __future__ import annotations

import datetime as dt
import random

import pdfplumber
import pytest
from pypdf import PdfReader

from maturity_app.report.portfolio_pdf import build_portfolio_pdf

TODAY = dt.date(2026, 6, 1)
MARGIN = 20 * 72 / 25.4
VENDORS = ["CloudCo Hosting GmbH", "PayFast Ltd", "https://vendor.example.com/" + "x" * 170,
           "Sicherheitsdienstleistungsgesellschaft Nordrhein-Westfalen " * 3, "مزود الخدمات السحابية",
           "MailRelay Inc.", "Überwachungs\u00addienst GmbH"]


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory):
    from maturity_app.app.answers import save_answers
    from maturity_app.app.assessments import create_sample, rename_assessment
    from maturity_app.app.workspace import Workspace
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import asset

    pack = load_pack(asset("questionnaires") / "vendor-trust.yaml")
    ws = Workspace.open(tmp_path_factory.mktemp("vendors") / "vendors.db", today=TODAY, lock=False)
    rng = random.Random(3)
    for name in VENDORS:
        vid = create_sample(ws, pack).value
        rename_assessment(ws, vid, name[:200])
        answers = []
        for q in pack.questions():
            compliance = rng.choice([1, 2, 3, 4, 4])
            capability = rng.choice([None, 0, 1, 2, 3])
            answers.append(ws.assessments.answer(vid, q.id).with_changes(
                compliance=compliance, capability=capability,
                proven_on=TODAY - dt.timedelta(days=rng.randint(5, 800)) if capability else None))
        save_answers(ws, vid, answers)
    return ws.cycle.portfolio()


def _bookmarks(path) -> dict[str, int]:
    reader = PdfReader(str(path))
    return {item.title: reader.get_destination_page_number(item) + 1 for item in reader.outline
            if not isinstance(item, list)}


@pytest.mark.parametrize("language, page_size, size", [("de", "letter", (612, 792)), ("en", "a4", (595, 842))])
def test_every_vendor_has_one_page_and_nothing_leaves_the_page(portfolio, tmp_path, language, page_size, size):
    from maturity_app.domain import i18n

    out = build_portfolio_pdf(portfolio, tmp_path / "scorecards.pdf", language=language, page_size=page_size,
                              report_date=TODAY)
    with pdfplumber.open(out) as pdf:
        pages = pdf.pages
        assert {(round(p.width), round(p.height)) for p in pages} == {size}
        texts = [page.extract_text() for page in pages]
        outside = {n: "".join(c["text"] for c in page.chars if c["x1"] > page.width - MARGIN + 1
                              or c["x0"] < MARGIN - 1)
                   for n, page in enumerate(pages, 1)}
    assert {n: text for n, text in outside.items() if text} == {}  # a long name breaks inside its cell
    total = len(texts)
    with i18n.using_language(language):
        for number, text in enumerate(texts, 1):
            assert i18n._("Page {page} of {total}").format(page=number, total=total) in text
    marks = _bookmarks(out)
    vendor_pages = sorted(page for title, page in marks.items() if title in {r.vendor for r in portfolio.rows})
    assert len(vendor_pages) == len(VENDORS)
    # One page each, one after the other, the last page the last vendor's: no vendor spills onto a second page.
    assert vendor_pages == list(range(total - len(VENDORS) + 1, total + 1))
    for title, page in marks.items():
        words = title.split()
        assert words[0][:10] in " ".join(texts[page - 1].split()) or not words[0].isascii()



def test_a_soft_hyphen_in_a_name_is_not_drawn_in_the_middle_of_a_chart_label(portfolio, tmp_path):
    """Pasted names carry soft hyphens (places a word may break): a chart label drew one as a visible hyphen."""
    out = build_portfolio_pdf(portfolio, tmp_path / "scorecards.pdf", language="en", report_date=TODAY)
    with pdfplumber.open(out) as pdf:
        comparison = pdf.pages[1].extract_text()
    assert "Überwachungsdienst GmbH" in comparison and "Überwachungs-dienst" not in comparison


def test_a_trust_category_in_its_tile_breaks_between_words_only(portfolio, tmp_path):
    """German hyphenation broke the tile's "nur Angaben" as "nur An-gaben"; a word too wide for the tile is set
    smaller instead."""
    from maturity_app.domain import i18n

    out = build_portfolio_pdf(portfolio, tmp_path / "scorecards.pdf", language="de", report_date=TODAY)
    with i18n.using_language("de"):
        words = {word for r in portfolio.rows for word in i18n._(r.trust).split()}
    with pdfplumber.open(out) as pdf:
        printed = [{w["text"] for w in page.extract_words(extra_attrs=["size"]) if w["size"] > 10.5}  # tiles' type
                   for page in pdf.pages[len(pdf.pages) - len(VENDORS):]]
    heads = {f"{word[:i]}-" for word in words for i in range(2, len(word) - 1)}  # "An-" of "An-gaben"
    assert any(len(word) > 6 for word in words)
    for page in printed:
        assert not page & heads
