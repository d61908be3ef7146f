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
    info = type(base.info)(**{**base.info.__dict__, "organisation": make(TEXT_LIMITS["organisation"]),
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
