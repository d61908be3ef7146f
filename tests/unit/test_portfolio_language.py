"""Vendor scorecards speak the pack in their own language: the questionnaire's name, the domains of the chart, the
claims to ask proof for and what counts as proof, whichever language the portfolio was scored in (the window's,
or the command line's). German scorecards printed these in English while the pack has German."""

from __future__ import annotations

import datetime as dt
import re

import pdfplumber
import pytest

from maturity_app.domain import i18n
from maturity_app.report.portfolio_pdf import build_portfolio_pdf

TODAY = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    """A portfolio of one vendor with strong claims and weak proof, scored while the interface speaks English;
    and its pack."""
    from maturity_app.app.answers import save_answers
    from maturity_app.app.assessments import create_sample
    from maturity_app.app.workspace import Workspace
    from maturity_app.domain.pack_loader import load_pack
    from maturity_app.paths import asset

    pack = load_pack(asset("questionnaires") / "vendor-trust.yaml")
    ws = Workspace.open(tmp_path_factory.mktemp("vendor") / "vendor.db", today=TODAY, lock=False)
    vid = create_sample(ws, pack).value
    save_answers(ws, vid, [ws.assessments.answer(vid, q.id).with_changes(compliance=4, capability=1)
                           for q in pack.questions()])
    with i18n.using_language("en"):
        return ws.cycle.portfolio(), pack


def _joined(text: str) -> str:
    """*text* as one line: words hyphenated at a line's end joined again."""
    return " ".join(re.sub(r"(?<=\w)-\n(?=\w)", "", text).split())


def _read(path, language: str) -> tuple[str, str, str]:
    """The vendor page's text, and the texts of the first and the last column of its claims table (read column by
    column: a page's text runs a row's cells into one line)."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[-1]
        words = page.extract_words()
        with i18n.using_language(language):
            claim, evidence = i18n._("Claim"), i18n._("What counts as proof").split()[0]
        head = next(w for w in words if w["text"] == claim)
        row = sorted((w for w in words if abs(w["top"] - head["top"]) < 2), key=lambda w: w["x0"])
        second = row[row.index(head) + 1]
        last = next(w for w in row if w["text"] == evidence)
        claims = page.crop((head["x0"] - 1, head["bottom"] + 1, second["x0"] - 1, page.height)).extract_text()
        proof = page.crop((last["x0"] - 1, head["bottom"] + 1, page.width, page.height)).extract_text()
        return _joined(page.extract_text()), _joined(claims), _joined(proof)


@pytest.mark.parametrize("language, other", [("de", "en"), ("en", "de")])
def test_the_vendor_page_names_the_pack_in_the_scorecards_language(scored, tmp_path, language, other):
    portfolio, pack = scored
    page, claims, proof = _read(build_portfolio_pdf(portfolio, tmp_path / "cards.pdf", language=language,
                                                    report_date=TODAY), language)
    shown, not_shown = pack.localized(language), pack.localized(other)
    assert f"{shown.title} {pack.version}" in page
    words = set(page.split())  # a chart label wraps beside its bars: its words, not its line
    for domain in shown.domains:
        assert set(domain.title.split()) <= words, domain.title
    for domain in not_shown.domains:
        assert not set(domain.title.split()) <= words, domain.title
    # The heaviest claim to ask proof for, and what counts as proof for it.
    first = portfolio.scorecards[0].unproven_claims[0].question.id
    assert claims.startswith(shown.question(first).title)
    assert proof.startswith(" ".join(shown.question(first).evidence.split()[:4]))
    assert not_shown.question(first).title not in claims


def test_the_portfolio_itself_keeps_the_pack_as_it_was_scored(scored, tmp_path):
    """Localizing is for the page: the portfolio handed in (the window's, still shown) is not changed."""
    portfolio, pack = scored
    before = [q.question.title for q in portfolio.scorecards[0].item.score.questions]
    build_portfolio_pdf(portfolio, tmp_path / "cards.pdf", language="de", report_date=TODAY)
    assert [q.question.title for q in portfolio.scorecards[0].item.score.questions] == before
    assert before[0] == pack.questions()[0].title  # English, as scored
