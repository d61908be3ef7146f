import datetime as dt

import pytest

from maturity_app.domain.assessment import NA, Answer, Assessment, AssessmentInfo
from maturity_app.domain.errors import ValidationFailed
from maturity_app.domain.scoring import (
    PROOF_NEEDED_FROM,
    UNPROVEN_LEVEL,
    Quadrant,
    add_months,
    effective_capability,
    quadrant,
    round_index,
    score_assessment,
)

TODAY = dt.date(2026, 11, 25)


def _assessment(pack, answers, budget=3):
    info = AssessmentInfo(
        id=1, uid="u", organisation="Org", scope="", assessor="", mode="self", pack_id=pack.id,
        pack_version=pack.version, pack_title=pack.title, escalation_budget=budget, created_at="", updated_at="",
    )
    return Assessment(info=info, pack=pack, answers={a.question_id: a for a in answers})


@pytest.fixture
def restore_q(mini_pack):
    return mini_pack.question("rec-restore")  # freshness 12 months, weight 3


@pytest.mark.parametrize("level", [0, 1])
def test_levels_below_the_first_demonstration_need_no_proof(restore_q, level):
    assert level < PROOF_NEEDED_FROM
    assert effective_capability(Answer("rec-restore", capability=level), restore_q, TODAY) == (level, None)


@pytest.mark.parametrize("level", [2, 3, 4])
def test_every_level_needing_proof_counts_as_the_highest_unproven_level_without_a_date(restore_q, mini_pack, level):
    """Level 2 ("exercised ... inside the window") needs proof too, and the cap must not land on a level needing it."""
    got, reason = effective_capability(Answer("rec-restore", capability=level), restore_q, TODAY,
                                       mini_pack.scales.capability)
    assert got == UNPROVEN_LEVEL == PROOF_NEEDED_FROM - 1
    assert "no proof date" in reason and f"counted as {UNPROVEN_LEVEL} (" in reason


def test_high_claim_with_old_proof_is_capped_with_reason(restore_q):
    old = dt.date(2025, 11, 24)  # one day older than 12 months
    level, reason = effective_capability(Answer("rec-restore", capability=3, proven_on=old), restore_q, TODAY)
    assert level == UNPROVEN_LEVEL
    assert "on 24 Nov 2025," in reason and "12-month" in reason  # dated as the rest of the report


def test_a_proof_date_in_the_future_never_counts_as_fresh(restore_q):
    level, reason = effective_capability(Answer("rec-restore", capability=4, proven_on=dt.date(2999, 12, 31)),
                                         restore_q, TODAY)
    assert level == UNPROVEN_LEVEL and "in the future" in reason


def test_a_future_proof_date_is_an_input_error_with_a_clear_message():
    with pytest.raises(ValidationFailed, match="proof date 2999-12-31 is in the future"):
        Answer("rec-restore", capability=4, proven_on=dt.date(2999, 12, 31)).validated()
    assert Answer("rec-restore", proven_on=dt.date.today()).validated()  # today is fine


def test_one_rounding_step_to_half_points_halves_away_from_zero():
    assert [round_index(v) for v in (84.6, 40.4, 81.25, 2.5, 2.24, 0.0, -2.75)] == [84.5, 40.5, 81.5, 2.5, 2.0,
                                                                                     0.0, -3.0]


def test_high_claim_with_fresh_proof_counts_in_full(restore_q):
    edge = dt.date(2025, 11, 25)  # exactly 12 months: still fresh
    assert effective_capability(Answer("rec-restore", capability=4, proven_on=edge), restore_q, TODAY) == (4, None)


def test_na_and_unanswered_pass_through(restore_q):
    assert effective_capability(Answer("rec-restore", capability=NA), restore_q, TODAY) == (NA, None)
    assert effective_capability(Answer("rec-restore"), restore_q, TODAY) == (None, None)


def test_add_months_clamps_to_month_end():
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert add_months(dt.date(2023, 1, 31), 1) == dt.date(2023, 2, 28)
    assert add_months(dt.date(2025, 11, 30), 14) == dt.date(2027, 1, 30)


@pytest.mark.parametrize(
    "compliance,capability,expected",
    [
        (4, 4, Quadrant.RESILIENT),
        (3, 3, Quadrant.RESILIENT),
        (4, 2, Quadrant.PAPER_TIGER),
        (1, 3, Quadrant.UNDOCUMENTED_STRENGTH),
        (2, 2, Quadrant.EXPOSED),
    ],
)
def test_quadrants(compliance, capability, expected):
    assert quadrant(compliance, capability) is expected


def test_gap_uses_effective_capability_and_flags_paper_maturity(mini_pack):
    answers = [Answer("rec-restore", compliance=4, capability=4, owner="Ana")]  # no proof date -> counted as 1
    score = score_assessment(_assessment(mini_pack, answers), TODAY)
    q = score.question("rec-restore")
    assert (q.capability, q.gap, q.quadrant) == (1, 3, Quadrant.PAPER_TIGER)
    assert q.paper_maturity and q.stale and not q.unowned
    assert q.weighted_shortfall == 9
    assert [s.question.id for s in score.paper_maturity] == ["rec-restore"]


def test_indices_are_weighted_and_ignore_na_and_unanswered(mini_pack):
    answers = [
        Answer("rec-restore", compliance=4, capability=2, owner="A", proven_on=TODAY),  # weight 3
        Answer("rec-deps", compliance=2, capability=0),  # weight 2
        Answer("dec-owner", compliance=NA, capability=NA),
        Answer("dec-exceptions", compliance=3),  # capability unanswered
    ]
    score = score_assessment(_assessment(mini_pack, answers), TODAY)
    recovery = score.domains[0]
    assert recovery.compliance_index == pytest.approx(100 * (4 * 3 + 2 * 2) / (4 * 5), abs=0.05)  # 80.0
    assert recovery.capability_index == pytest.approx(100 * (2 * 3 + 0) / 20, abs=0.05)  # 30.0
    assert recovery.gap_points == 50.0 and recovery.paper_maturity
    decisions = score.domains[1]
    assert decisions.compliance_index == 75.0  # only dec-exceptions' 3, weight 1
    assert decisions.capability_index is None and decisions.gap_points is None
    culture = score.domains[2]
    assert culture.compliance_index is None and culture.answered == 0
    # overall: compliance (12 + 4 + 3) / (4 * 6); capability (6 + 0) / (4 * 5)
    assert score.compliance_index == 79.0  # 79.17 rounded once, to the half point
    assert score.capability_index == 30.0
    # N/A is counted apart: 2 of the 4 applicable questions are answered; weight 2 of 10 is excluded.
    assert (score.answered, score.applicable, score.total, score.excluded_weight) == (2, 4, 5, 2)
    assert score.draft_label == "draft — 2 of 4 answered"
    assert [q.question.id for q in score.not_applicable] == ["dec-owner"]
    assert score.paper_domain_share == 100.0  # one domain with enough answers, and it is paper only
    assert decisions.verdict == "not enough answers" and culture.verdict == "not enough answers"


def test_empty_assessment_scores_to_none_not_zero(mini_pack):
    score = score_assessment(_assessment(mini_pack, []), TODAY)
    assert score.compliance_index is None and score.capability_index is None
    assert score.paper_domain_share is None and score.gap_points is None
    assert score.top_gaps() == [] and score.answered == 0


def test_unowned_means_any_rated_capability_without_owner_level_zero_included(mini_pack):
    answers = [
        Answer("rec-restore", compliance=2, capability=1),
        Answer("rec-deps", compliance=2, capability=0),
        Answer("dec-owner", compliance=2, capability=2, owner="  "),
        Answer("dec-exceptions", compliance=2, capability=NA),
    ]
    score = score_assessment(_assessment(mini_pack, answers), TODAY)
    assert sorted(q.question.id for q in score.unowned) == ["dec-owner", "rec-deps", "rec-restore"]


def test_weak_on_both_sides_is_exposed_and_ranked_by_weight_and_depth(mini_pack):
    answers = [
        Answer("rec-restore", compliance=0, capability=0),  # weight 3, 6 levels below strong -> 18
        Answer("rec-deps", compliance=2, capability=2, proven_on=TODAY),  # weight 2, 2 levels -> 4
        Answer("dec-owner", compliance=3, capability=1),  # paper tiger, not exposed
    ]
    score = score_assessment(_assessment(mini_pack, answers), TODAY)
    assert [(q.question.id, q.exposure) for q in score.exposed] == [("rec-restore", 18), ("rec-deps", 4)]
    assert score.question("rec-restore").gap == 0 and not score.top_gaps()[0].question.id == "rec-restore"


def test_a_domain_verdict_needs_half_its_weight_answered(mini_pack):
    # Recovery weighs 5: rec-deps alone (weight 2) is 40 %, too little; rec-restore alone (weight 3) is 60 %.
    few = score_assessment(_assessment(mini_pack, [Answer("rec-deps", compliance=4, capability=0)]), TODAY)
    assert not few.domains[0].enough_answers and few.domains[0].verdict == "not enough answers"
    assert not few.domains[0].paper_maturity and few.paper_domain_share is None
    enough = score_assessment(_assessment(mini_pack, [Answer("rec-restore", compliance=4, capability=0)]), TODAY)
    assert enough.domains[0].enough_answers and enough.domains[0].verdict == "paper only"


def test_displayed_figures_add_up(mini_pack):
    answers = [Answer("rec-restore", compliance=3, capability=1), Answer("rec-deps", compliance=4, capability=0),
               Answer("dec-owner", compliance=3, capability=1)]
    score = score_assessment(_assessment(mini_pack, answers), TODAY)
    for d in [*score.domains, score]:
        if d.gap_points is not None:
            assert d.gap_points == d.compliance_index - d.capability_index
            assert (2 * d.compliance_index).is_integer() and (2 * d.capability_index).is_integer()


def test_top_gaps_ordered_by_weighted_shortfall(mini_pack):
    fresh = TODAY - dt.timedelta(days=10)
    answers = [
        Answer("rec-deps", compliance=4, capability=1, proven_on=fresh),  # weight 2, gap 3 -> 6
        Answer("rec-restore", compliance=3, capability=1),  # weight 3, gap 2 -> 6, smaller gap
        Answer("dec-exceptions", compliance=4, capability=0),  # weight 1, gap 4 -> 4
        Answer("cul-near-miss", compliance=1, capability=3, proven_on=fresh),  # negative gap: not a gap
    ]
    score = score_assessment(_assessment(mini_pack, answers), TODAY)
    assert [q.question.id for q in score.top_gaps()] == ["rec-deps", "rec-restore", "dec-exceptions"]
    assert [q.question.id for q in score.top_gaps(1)] == ["rec-deps"]
    assert score.question("cul-near-miss").quadrant is Quadrant.UNDOCUMENTED_STRENGTH


def test_paired_indices_compare_paper_and_practice_on_the_same_questions(mini_pack):
    answers = {q.id: Answer(q.id, compliance=4) for q in mini_pack.questions()}
    answers["rec-restore"] = Answer("rec-restore", compliance=4, capability=1)
    score = score_assessment(_assessment(mini_pack, answers.values()), dt.date(2026, 1, 1))
    assert score.compliance_index == 100.0 and score.capability_index == 25.0  # different question sets
    assert score.paired_indices() == (100.0, 25.0, 75.0)
    assert len(score.one_sided) == len(mini_pack.questions()) - 1 and score.answered == 1
    answers["rec-deps"] = Answer("rec-deps", compliance=2, capability=2)  # a second pair pulls both together
    paired = score_assessment(_assessment(mini_pack, answers.values()), dt.date(2026, 1, 1)).paired_indices()
    # weights 3 and 2: paper (4*3 + 2*2)/20; practice (1*3 + 1*2)/20, an unproven 2 counting as 1
    assert paired == (80.0, 25.0, 55.0)
