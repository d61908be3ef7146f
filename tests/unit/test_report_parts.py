"""Report building blocks without a full PDF: options, text escaping, charts, crosswalk."""

import datetime as dt

import pytest
from reportlab.graphics.shapes import Circle, String

from maturity_app.domain.assessment import Answer, Assessment
from maturity_app.domain.errors import ValidationFailed
from maturity_app.domain.formatting import points, signed
from maturity_app.domain.scoring import score_assessment
from maturity_app.report.charts import domain_bars, jitter, placed_questions, quadrant_scatter
from maturity_app.report.fonts import REPLACEMENT, drawable
from maturity_app.report.options import SECTIONS, ReportOptions, parse_sections
from maturity_app.report.samples import replicated_pack, sample_assessment
from maturity_app.domain.crosswalk import control_rows
from maturity_app.report.text import safe

TODAY = dt.date(2026, 6, 1)


def test_options_validate_and_keep_canonical_order():
    assert ReportOptions(sections=("gaps", "summary")).sections == ("summary", "gaps")
    assert parse_sections("methodology, domains") == ("domains", "methodology")
    assert ReportOptions(page_size="LETTER").page_size == "letter"
    assert ReportOptions(password="").password is None
    assert "a long secret" not in repr(ReportOptions(password="a long secret"))
    with pytest.raises(ValidationFailed, match="unknown report sections"):
        ReportOptions(sections=("summary", "cover-letter"))
    with pytest.raises(ValidationFailed, match="page size"):
        ReportOptions(page_size="a3")
    with pytest.raises(ValidationFailed, match="classification label"):
        ReportOptions(label="X" * 81)
    assert ReportOptions().sections == SECTIONS


def test_user_text_is_escaped_not_interpreted():
    assert safe("<para>a & b</para>") == "&lt;para&gt;a &amp; b&lt;/para&gt;"
    assert safe("line 1\nline 2") == "line 1<br/>line 2"
    assert safe(None) == ""


def test_characters_the_font_lacks_are_replaced_visibly():
    assert drawable("Zoë Ελένη Жанна") == "Zoë Ελένη Жанна"
    assert drawable("ok 😀") == f"ok {REPLACEMENT}"
    assert drawable("a\x00b") == "a b"
    assert drawable(REPLACEMENT) == REPLACEMENT  # the font can draw the replacement itself


def _score(pack):
    return score_assessment(sample_assessment(pack, TODAY), TODAY)


def test_jitter_is_deterministic_and_separates_shared_cells(mini_pack):
    score = _score(replicated_pack(mini_pack, 8, 25))
    placed = placed_questions(score)
    first, second = jitter(placed), jitter(list(reversed(placed)))
    assert first == second
    positions = {(q.compliance + first[q.question.id][0], q.capability + first[q.question.id][1]) for q in placed}
    assert len(positions) == len(placed)  # no two dots on top of each other
    assert all(abs(dx) <= 0.36 and abs(dy) <= 0.36 for dx, dy in first.values())


def test_scatter_draws_one_dot_per_placed_question_and_labels_quadrants(mini_pack):
    score = _score(replicated_pack(mini_pack, 4, 6))
    drawing = quadrant_scatter(score, 300)
    dots = [s for s in drawing.contents if isinstance(s, Circle)]
    assert len(dots) == len(placed_questions(score)) > 0
    texts = {s.text for s in drawing.contents if isinstance(s, String)}
    assert {"Resilient", "Paper tiger", "Undocumented strength", "Exposed"} <= texts


def test_domain_bars_name_every_domain_with_both_values(mini_pack):
    score = _score(mini_pack)
    texts = [s.text for s in domain_bars(score, 480).contents if isinstance(s, String)]
    for d in score.domains:
        assert d.domain.title in texts
        assert points(d.compliance_index) in texts and points(d.capability_index) in texts
        assert signed(d.gap_points) in texts  # the gap printed is printed paper minus printed practice


def test_crosswalk_averages_levels_and_flags_paper_only_controls(mini_pack):
    answers = {
        "rec-restore": Answer("rec-restore", compliance=4, capability=1),
        "rec-deps": Answer("rec-deps", compliance=3, capability=3, proven_on=TODAY),
        "dec-owner": Answer("dec-owner", compliance=3, capability=2),
    }
    info = sample_assessment(mini_pack, TODAY).info
    score = score_assessment(Assessment(info, mini_pack, answers), TODAY)
    iso = {r.control_id: r for r in control_rows(score, "iso27001")}
    # A.6.8 is cited by cul-near-miss with DE.AE-02, a pair NIST does not support and the pack does not explain.
    assert list(iso) == ["6.1.3", "A.5.1", "A.5.29", "A.5.30", "A.8.13"]
    assert iso["A.5.30"].compliance == 100 and iso["A.5.30"].capability == 25 and iso["A.5.30"].paper_only
    assert iso["A.5.30"].title == "ICT readiness for business continuity"
    # The domain rule, applied to controls: dec-owner claims 2 without proof (counted 1), 75 against 25.
    assert not iso["A.5.29"].paper_only and iso["6.1.3"].paper_only
    assert iso["A.5.1"].compliance is None and not iso["A.5.1"].paper_only
    csf = {r.control_id: r for r in control_rows(score, "nist_csf")}
    assert csf["RC.RP-03"].paper_only and [q.question.id for q in csf["RC.RP-03"].questions] == ["rec-restore"]
