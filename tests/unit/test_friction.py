"""Friction computations: spread, standard deviation, the default agreed level and the role map."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from maturity_app.domain.assessment import NA, Answer
from maturity_app.domain.friction import FRICTION_SPREAD, axis_spread, build_workshop_summary
from maturity_app.domain.workshop import Participant, ParticipantRating


def people(*roles: str, removed: tuple[int, ...] = ()) -> list[Participant]:
    return [
        Participant(id=100 + n, assessment_id=1, number=n, role=role, removed_at="2025-01-01" if n in removed else None)
        for n, role in enumerate(roles, start=1)
    ]


def rate(question: str, capability_by_number: dict[int, object], compliance_by_number: dict | None = None):
    compliance_by_number = compliance_by_number or {}
    numbers = set(capability_by_number) | set(compliance_by_number)
    return [
        ParticipantRating(100 + n, question, capability=capability_by_number.get(n), compliance=compliance_by_number.get(n))
        for n in sorted(numbers)
    ]


def test_spread_and_population_stdev():
    spread = axis_spread("capability", {1: 1, 2: 3, 3: 3, 4: 1})
    assert spread.spread == 2
    assert spread.stdev == 1.0
    assert spread.is_friction


def test_one_level_apart_is_not_friction():
    spread = axis_spread("capability", {1: 2, 2: 3, 3: 3})
    assert spread.spread == 1
    assert not spread.is_friction
    assert FRICTION_SPREAD == 2


def test_one_participant_has_no_spread_and_proposes_their_level():
    spread = axis_spread("capability", {7: 3})
    assert (spread.spread, spread.stdev, spread.is_friction, spread.default_agreed) == (0, 0.0, False, 3)


def test_nobody_rated_gives_no_numbers_and_no_proposal():
    spread = axis_spread("capability", {1: None, 2: None})
    assert (spread.spread, spread.stdev, spread.default_agreed, spread.rated) == (None, None, None, 0)


def test_skipped_participants_do_not_count():
    spread = axis_spread("capability", {1: 0, 2: None, 3: 1})
    assert spread.levels == [0, 1]
    assert spread.rated == 2
    assert not spread.is_friction


def test_na_is_left_out_of_the_spread_but_can_win_the_proposal():
    mostly_levels = axis_spread("capability", {1: NA, 2: 4, 3: 0})
    assert mostly_levels.spread == 4
    assert mostly_levels.na_count == 1
    assert mostly_levels.default_agreed == 2
    mostly_na = axis_spread("capability", {1: NA, 2: NA, 3: 3})
    assert mostly_na.spread == 0
    assert mostly_na.default_agreed == NA
    all_na = axis_spread("capability", {1: NA})
    assert (all_na.spread, all_na.default_agreed) == (None, NA)


def test_median_tie_rounds_down_to_the_conservative_level():
    assert axis_spread("capability", {1: 2, 2: 3}).default_agreed == 2
    assert axis_spread("capability", {1: 1, 2: 3}).default_agreed == 2  # a true median between them
    assert axis_spread("capability", {1: 0, 2: 1, 3: 3, 4: 4}).default_agreed == 2
    assert axis_spread("capability", {1: 1, 2: 1, 3: 4}).default_agreed == 1


@given(st.dictionaries(st.integers(1, 20), st.integers(0, 4), min_size=1))
def test_spread_properties(ratings):
    spread = axis_spread("capability", ratings)
    levels = list(ratings.values())
    assert spread.spread == max(levels) - min(levels)
    assert 0 <= spread.stdev <= spread.spread / 2 + 0.01
    assert min(levels) <= spread.default_agreed <= max(levels)
    assert spread.is_friction == (spread.spread >= 2)


def test_summary_ranks_friction_and_phrases_conversations(mini_pack):
    room = people("Legal", "IT", "Finance", "IT")
    ratings = (
        rate("rec-restore", {1: 1, 2: 4, 3: 2, 4: 4})  # spread 3
        + rate("rec-deps", {1: 2, 2: 2, 3: 2, 4: 3})  # spread 1: no friction
        + rate("dec-owner", {1: 0, 2: 2, 3: 1, 4: 2}, {1: 4, 2: 4, 3: 4, 4: 4})  # spread 2
    )
    summary = build_workshop_summary(mini_pack, "Org", room, ratings, {})
    assert [q.question_id for q in summary.top_friction()] == ["rec-restore", "dec-owner"]
    talk = summary.conversations()[0]
    assert (talk.low_level, talk.low_roles, talk.high_level, talk.high_roles) == (1, ["Legal"], 4, ["IT"])
    assert "Legal sees level 1 in practice, IT sees level 4" in talk.prompt
    assert [role for role, _ in summary.roles] == ["Legal", "IT", "Finance"]
    assert len(dict(summary.roles)["IT"]) == 2


def test_tied_spreads_rank_by_stdev_then_weight(mini_pack):
    room = people("Legal", "IT", "Finance")
    ratings = (
        rate("dec-exceptions", {1: 0, 2: 2, 3: 2})  # spread 2, stdev .94, weight 1
        + rate("cul-near-miss", {1: 0, 2: 2, 3: 2})  # spread 2, stdev .94, weight 2
        + rate("dec-owner", {1: 0, 2: 2, 3: 1})  # spread 2, stdev .82, weight 2
    )
    summary = build_workshop_summary(mini_pack, "Org", room, ratings, {})
    assert [q.question_id for q in summary.top_friction()] == ["cul-near-miss", "dec-exceptions", "dec-owner"]
    assert [q.question_id for q in summary.top_friction(limit=1)] == ["cul-near-miss"]


def test_compliance_friction_counts_when_capability_is_calm(mini_pack):
    room = people("Legal", "IT")
    summary = build_workshop_summary(mini_pack, "Org", room, rate("rec-deps", {1: 2, 2: 2}, {1: 0, 2: 3}), {})
    (question,) = summary.friction_questions
    assert question.widest_axis.axis == "compliance"
    assert "on paper" in summary.conversations()[0].prompt


def test_removed_participants_are_listed_but_not_counted(mini_pack):
    room = people("Legal", "IT", "Finance", removed=(2,))
    summary = build_workshop_summary(mini_pack, "Org", room, rate("rec-restore", {1: 1, 2: 4, 3: 1}), {})
    assert [p.number for p in summary.participants] == [1, 3]
    assert [p.number for p in summary.removed] == [2]
    question = summary.questions[0]
    assert question.capability.levels == [1, 1]
    assert not question.is_friction
    assert "IT" not in summary.friction_map.roles


def test_skipped_count_is_participants_without_capability_rating(mini_pack):
    room = people("Legal", "IT", "Finance")
    summary = build_workshop_summary(mini_pack, "Org", room, rate("rec-restore", {1: 3, 2: None}), {})
    assert summary.questions[0].skipped == 2


def test_friction_map_measures_roles_against_agreed_level_or_median(mini_pack):
    room = people("Legal", "IT", "IT")
    ratings = rate("rec-restore", {1: 1, 2: 4, 3: 3}) + rate("dec-owner", {1: 0, 2: 4, 3: 2})
    answers = {"rec-restore": Answer("rec-restore", capability=2)}  # the room agreed on 2
    fmap = build_workshop_summary(mini_pack, "Org", room, ratings, answers).friction_map
    assert fmap.roles == ["Legal", "IT"]
    assert [d for d, _ in fmap.domains] == ["recovery", "decisions", "culture"]
    legal = fmap.cell("recovery", "Legal")
    assert (legal.mean_deviation, legal.mean_distance, legal.count) == (-1.0, 1.0, 1)
    it = fmap.cell("recovery", "IT")
    assert (it.mean_deviation, it.mean_distance, it.count) == (1.5, 1.5, 2)
    # dec-owner not agreed yet: measured against the median 2
    assert fmap.cell("decisions", "IT").mean_deviation == 1.0
    assert fmap.cell("decisions", "Legal").mean_deviation == -2.0
    assert fmap.cell("culture", "IT") is None
    assert fmap.widest == 2.0


def test_agreed_outcomes_are_rated_questions_with_a_level(mini_pack):
    room = people("Legal", "IT")
    ratings = rate("rec-restore", {1: 1, 2: 3}) + rate("rec-deps", {1: 2, 2: 2})
    answers = {"rec-restore": Answer("rec-restore", capability=2), "dec-owner": Answer("dec-owner", capability=4)}
    summary = build_workshop_summary(mini_pack, "Org", room, ratings, answers)
    assert [q.question_id for q in summary.agreed_outcomes] == ["rec-restore"]


def test_empty_workshop(mini_pack):
    summary = build_workshop_summary(mini_pack, "Org", [], [], {})
    assert summary.participants == [] and summary.top_friction() == [] and summary.friction_map.cells == {}


def test_report_places_the_workshop_before_the_appendices(mini_pack):
    from maturity_app.report.workshop_section import with_workshop

    room = build_workshop_summary(mini_pack, "Org", people("Legal"), [], {})
    empty = build_workshop_summary(mini_pack, "Org", [], [], {})
    sections = ("summary", "gaps", "questions", "methodology")
    assert with_workshop(sections, room) == ["summary", "gaps", "workshop", "questions", "methodology"]
    assert with_workshop(("summary",), room) == ["summary", "workshop"]
    assert with_workshop(sections, empty) == list(sections)
    assert with_workshop(sections, None) == list(sections)
