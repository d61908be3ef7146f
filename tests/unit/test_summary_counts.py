"""Every count the executive summary states equals the number of rows in the table that lists those questions."""

import datetime as dt
import re
from pathlib import Path

import pytest

from maturity_app.domain.crosswalk import control_rows
from maturity_app.domain.narrative import narrate, quadrant_counts
from maturity_app.domain.pack_loader import load_pack
from maturity_app.domain.scoring import score_assessment
from maturity_app.report.context import ReportContext
from maturity_app.report.document import Heading
from maturity_app.report.flowables import ReportTable
from maturity_app.report.options import ReportOptions
from maturity_app.report.samples import sample_assessment
from maturity_app.report.sections.actions import action_plan
from maturity_app.report.sections.domains import domain_table
from maturity_app.report.sections.escalations import escalations
from maturity_app.report.sections.gaps import top_gaps
from maturity_app.report.sections.summary import kpis
from maturity_app.report.styles import styles

TODAY = dt.date(2026, 6, 1)


def _context(assessment) -> ReportContext:
    from maturity_app.report.fonts import register_fonts

    register_fonts()
    score = score_assessment(assessment, TODAY)
    return ReportContext(score=score, info=assessment.info, options=ReportOptions(), narrative=narrate(score),
                         fingerprint="0" * 64, report_date=TODAY, width=480, height=700, styles=styles())


def _rows_under(story: list) -> dict[str, int]:
    """Rows (header excluded) of the first table after each sub-heading, by heading key; 0 when it has none."""
    rows, key = {}, None
    for flowable in story:
        if isinstance(flowable, Heading):
            key = flowable.outline_key
            rows.setdefault(key, 0)
        elif isinstance(flowable, ReportTable) and key is not None and not rows[key]:
            rows[key] = len(flowable._cellvalues) - 1
    return rows


def _partial(pack):
    assessment = sample_assessment(pack, TODAY)
    keep = {q.id for q in pack.questions()[::3]}
    assessment.answers = {k: v for k, v in assessment.answers.items() if k in keep}
    return assessment


CORE = load_pack(Path(__file__).resolve().parents[2] / "questionnaires" / "core.yaml")


@pytest.mark.parametrize("make", [lambda: sample_assessment(CORE, TODAY), lambda: _partial(CORE)],
                         ids=["sample", "a-third-answered"])
def test_summary_counts_equal_table_rows(make):
    ctx = _context(make())
    tiles = {label.split("<br/>")[0]: value for value, label, _ in kpis(ctx)}
    areas = next((value, label) for value, label, _ in kpis(ctx)
                 if "compliant on paper" in label.replace("<br/>", " ").lower())
    actions = _rows_under(action_plan(ctx))
    gaps = _rows_under(top_gaps(ctx))
    assert int(tiles["Capabilities with"]) == actions["actions-unowned"] == len(ctx.score.unowned)
    assert int(tiles["Claims on stale"]) == actions["actions-stale"] == len(ctx.score.stale)
    assert int(tiles["Exposed: weak"]) == gaps["gaps-exposed"]
    cards = sum(1 for f in escalations(ctx) if isinstance(f, ReportTable))
    assert tiles["Decisions escalated"] == f"{cards}/{ctx.score.escalation_budget}"

    table = domain_table(ctx)._cellvalues[1:]
    findings = [row[-1].getPlainText() for row in table]
    scored = [f for f in findings if f not in ("Not enough answers", "Nothing applicable")]
    if scored:
        assert areas == (str(findings.count("Paper only")),
                         f"of {len(scored)} areas compliant<br/>on paper, unproven<br/>in practice")

    context = " ".join(ctx.narrative.context)
    for pattern, expected in (
        (r"(\d+) rated capabilit(?:y has|ies have) no named capability owner", actions["actions-unowned"]),
        (r"(\d+) capability claims? rests? on proof", actions["actions-stale"]),
        (r"and (\d+) (?:is|are) exposed", gaps["gaps-exposed"]),
        (r"(\d+) of \d+ areas? with enough answers", findings.count("Paper only")),
    ):
        found = re.search(pattern, context)
        assert (int(found.group(1)) if found else 0) == expected, pattern
    assert sum(quadrant_counts(ctx.score).values()) == sum(1 for q in ctx.score.questions if q.quadrant)


def test_paper_only_controls_counted_as_flagged():
    ctx = _context(sample_assessment(CORE, TODAY))
    from maturity_app.report.sections.crosswalk import crosswalk

    story = crosswalk(ctx)
    lines = [f.getPlainText() for f in story
             if hasattr(f, "getPlainText") and re.match(r"\d+ (referenced|tested);", f.getPlainText())]
    assert len(lines) == 2  # ISO and CSF; the core pack cites no NIS2 or DORA article
    for (framework, noun), line in zip((("iso27001", "tested"), ("nist_csf", "referenced")), lines):
        rows = control_rows(ctx.score, framework)
        assert line == f"{len(rows)} {noun}; {sum(1 for r in rows if r.paper_only)} paper only."
