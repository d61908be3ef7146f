"""The executive summary's words: deterministic, built from consequences, domain titles and counts."""

import datetime as dt

import pytest

from maturity_app.domain.assessment import NA, Answer, Assessment
from maturity_app.domain.narrative import headline, narrate
from maturity_app.domain.scoring import score_assessment
from maturity_app.report.samples import sample_assessment

TODAY = dt.date(2026, 6, 1)


def _score(pack, answers: list[Answer], budget: int = 3):
    info = sample_assessment(pack, TODAY).info
    info = type(info)(**{**info.__dict__, "escalation_budget": budget})
    return score_assessment(Assessment(info, pack, {a.question_id: a for a in answers}), TODAY)


def test_paper_strong_practice_weak_reads_as_consequences(mini_pack):
    recent = TODAY - dt.timedelta(days=30)
    score = _score(mini_pack, [
        Answer("rec-restore", compliance=4, capability=1, owner="Ana", escalate=True, decision="Fund a restore test"),
        Answer("rec-deps", compliance=4, capability=2, owner="Ana"),
        Answer("dec-owner", compliance=3, capability=3, proven_on=recent, owner="Bo"),
        Answer("dec-exceptions", compliance=3, capability=4, proven_on=recent, owner="Bo"),
        Answer("cul-near-miss", compliance=NA, capability=NA),
    ])
    n = narrate(score)
    assert n.headline == (
        "On paper the organisation scores 91 of 100; proven capability scores 53. "
        "Much of what is documented has not been shown to work."
    )
    assert n.findings == (
        "Tested recovery is strong on paper (compliance 100) but proven only to 35. Its weakest point, "
        "“Restores proven within RTO”, is “Audited” on paper and “Ad hoc” in practice. "
        "If ransomware hits on Friday, we cannot promise operations on Monday.",
    )
    assert "Of the 4 questions rated on both axes, 2 are resilient, 2 are paper tigers" in n.context[0]
    assert n.context[1] == "1 of 2 areas (50%) is compliant on paper but unproven in practice."
    assert "The board is asked to take 1 decision (escalation budget 3)." in n.context
    assert not any("stale" in s or "proof that is missing" in s for s in n.context)


def test_stale_claims_and_unowned_capabilities_are_named(mini_pack):
    score = _score(mini_pack, [
        Answer("rec-restore", compliance=4, capability=4, proven_on=TODAY - dt.timedelta(days=800)),
        Answer("rec-deps", compliance=2, capability=0),
    ])
    n = narrate(score)
    assert "claimed as “Proven under pressure” in practice without recent proof" in " ".join(n.findings)
    assert "1 capability claim rests on proof that is missing or older than the question allows" in " ".join(
        n.context)
    assert "1 capability has no named owner" in " ".join(n.context)
    assert "3 of 5 questions are not answered yet" in " ".join(n.context)
    assert "No decision is escalated to the board in this assessment." in n.context


def test_headline_covers_every_relation_between_the_axes(mini_pack):
    def with_levels(c, p):
        return _score(mini_pack, [Answer(q.id, compliance=c, capability=p, proven_on=TODAY, owner="A")
                                  for q in mini_pack.questions()])

    assert headline(_score(mini_pack, [])).startswith("No question has been answered")
    assert headline(with_levels(3, 3)).startswith("Paper (75 of 100) and proven practice (75) broadly agree")
    trailing = _score(mini_pack, [
        Answer(q.id, compliance=3, capability=2 if q.id in ("rec-restore", "dec-owner") else 3, proven_on=TODAY)
        for q in mini_pack.questions()])  # 75 against 62.5
    assert headline(trailing).endswith("Practice trails the paperwork in places.")
    assert headline(with_levels(3, 1)).endswith("Much of what is documented has not been shown to work.")
    assert headline(with_levels(1, 3)).startswith("Proven practice (75 of 100) is ahead of the paperwork (25)")


def test_same_scores_give_the_same_words_whatever_the_answer_order(mini_pack):
    answers = list(sample_assessment(mini_pack, TODAY).answers.values())
    first = narrate(_score(mini_pack, answers))
    second = narrate(_score(mini_pack, list(reversed(answers))))
    assert first == second and first.findings


def test_findings_are_limited_and_ordered_by_gap(mini_pack):
    from maturity_app.report.samples import replicated_pack

    pack = replicated_pack(mini_pack, 9, 4)
    score = score_assessment(sample_assessment(pack, TODAY), TODAY)
    n = narrate(score)
    assert len(n.findings) == 3
    gaps = []
    for text in n.findings:
        domain = next(d for d in score.domains if text.startswith(d.domain.title + " is"))
        gaps.append(domain.gap_points)
    assert gaps == sorted(gaps, reverse=True)


@pytest.mark.parametrize("index,word", [(100, "strong"), (75, "strong"), (74.9, "largely documented"),
                                        (50, "largely documented"), (49, "only partly documented"),
                                        (None, "only partly documented")])
def test_paper_strength_follows_the_number(index, word):
    from maturity_app.domain.narrative import _paper_strength

    assert _paper_strength(index) == word
