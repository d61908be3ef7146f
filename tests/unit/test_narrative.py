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
    info = info._replace(escalation_budget=budget)
    return score_assessment(Assessment(info, pack, {a.question_id: a for a in answers}), TODAY)


def _paper_strong_practice_weak(pack):
    recent = TODAY - dt.timedelta(days=30)
    return _score(pack, [
        Answer("rec-restore", compliance=4, capability=1, owner="Ana", escalate=True, decision="Fund a restore test"),
        Answer("rec-deps", compliance=4, capability=2, owner="Ana"),
        Answer("dec-owner", compliance=3, capability=3, proven_on=recent, owner="Bo"),
        Answer("dec-exceptions", compliance=3, capability=4, proven_on=recent, owner="Bo"),
        Answer("cul-near-miss", compliance=NA, capability=NA),
    ])


def test_paper_strong_practice_weak_reads_as_consequences(mini_pack):
    score = _paper_strong_practice_weak(mini_pack)
    n = narrate(score)
    assert n.headline == (
        "On paper the organisation scores 90.5 of 100; proven capability scores 47. "
        "Much of what is documented has not been shown to work."
    )
    assert n.findings == (
        "Tested recovery is strong on paper (compliance 100) but proven only to 25. Its weakest point, "
        "“Restores proven within RTO”, is “Audited” on paper and “Ad hoc” in practice. "
        "If ransomware hits on Friday, we cannot promise operations on Monday.",
    )
    assert "Of the 4 questions rated on both axes, 2 are resilient, 2 are paper tigers" in n.context[0]
    assert n.context[1] == "1 of 2 areas with enough answers (50%) is compliant on paper but unproven in practice."
    assert "The board is asked to take 1 decision (escalation budget 3)." in n.context
    # rec-deps claims level 2 with no proof date: level 2 needs proof as much as 3 and 4 do.
    assert "1 capability claim rests on proof that is missing, too old or dated in the future; each is counted " \
           "at level 1 (“Ad hoc”)." in n.context
    assert n.coverage == ("Coverage (complete): 4 of 4 applicable questions answered (100% of their weight); 1 "
                          "question is marked not applicable, leaving out weight 2 of 10.")
    assert "1 question was marked not applicable and left out of every figure (weight 2 of 10)" in n.context[-1]


def test_stale_claims_and_unowned_capabilities_are_named(mini_pack):
    score = _score(mini_pack, [
        Answer("rec-restore", compliance=4, capability=4, proven_on=TODAY - dt.timedelta(days=800)),
        Answer("rec-deps", compliance=2, capability=0),
    ])
    n = narrate(score)
    assert ("claimed as “Proven under pressure” in practice without a proof date inside its window (counted as "
            "“Ad hoc”)") in " ".join(n.findings)
    assert "1 capability claim rests on proof that is missing, too old or dated in the future" in " ".join(n.context)
    # Level 0 counts: a capability rated "Never tried" still needs someone to own it.
    assert "2 rated capabilities have no named capability owner" in " ".join(n.context)
    assert n.coverage == "Coverage (draft): 2 of 5 applicable questions answered (50% of their weight)."
    assert n.headline.startswith("Draft (2 of 5 answered): ")
    assert "No decision is escalated to the board in this assessment." in n.context
    # rec-deps is weak on both sides with weight 2: named in the summary although it has no gap.
    assert any(f.startswith("Weak on both sides: “Dependencies included”") for f in n.findings)


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
    domain_findings = [f for f in n.findings if not f.startswith("Weak on both sides")]
    assert len(domain_findings) == 3
    gaps = []
    for text in domain_findings:
        domain = next(d for d in score.domains if text.startswith(d.domain.title + " is"))
        gaps.append(domain.gap_points)
    assert gaps == sorted(gaps, reverse=True)


@pytest.mark.parametrize("index,word", [(100, "strong"), (75, "strong"), (74.9, "largely documented"),
                                        (50, "largely documented"), (49, "only partly documented"),
                                        (None, "only partly documented")])
def test_paper_strength_follows_the_number(index, word):
    from maturity_app.domain.narrative import _paper_strength

    assert _paper_strength(index) == word


def test_empty_and_all_na_assessments_say_nothing_reassuring(mini_pack):
    empty = narrate(_score(mini_pack, []))
    assert empty.headline.startswith("No question has been answered") and empty.context == () and not empty.findings
    all_na = narrate(_score(mini_pack, [Answer(q.id, compliance=NA, capability=NA) for q in mini_pack.questions()]))
    assert all_na.headline == "Every question is marked not applicable, so this assessment supports no conclusion."
    assert all_na.coverage == "All 5 questions are marked not applicable: there is nothing to assess."
    assert all_na.context == () and not all_na.findings


def test_a_third_answered_gives_no_verdict(mini_pack):
    score = _score(mini_pack, [Answer("rec-deps", compliance=4, capability=4, proven_on=TODAY, owner="A")])
    n = narrate(score)
    assert n.headline.startswith("Not enough answers for a verdict") and not n.findings
    assert "Provisional figures only: paper 100 of 100, proven practice 100." in n.headline


def test_the_same_narrative_in_german_with_german_numbers_and_plural_forms(mini_pack):
    from maturity_app.domain import i18n

    score = _paper_strong_practice_weak(mini_pack)
    with i18n.using_language("de"):
        n = narrate(score)
    assert n.headline == (
        "Auf dem Papier erreicht die Organisation 90,5 von 100; die nachgewiesene Wirksamkeit erreicht 47. "
        "Vieles, was dokumentiert ist, hat seine Wirksamkeit nicht nachgewiesen."
    )
    # The pack's own words (title, labels, consequence) stay as the pack gives them; the sentence around is German.
    assert n.findings[0].startswith("Tested recovery ist auf dem Papier stark (Konformität 100), nachgewiesen aber "
                                    "nur bis 25. Der schwächste Punkt, „Restores proven within RTO“, ist auf dem "
                                    "Papier „Audited“ und in der Praxis „Ad hoc“.")
    assert n.context[0].startswith("Auf beiden Achsen bewertet: 4 Fragen. Davon: 2 sind belastbar, 2 sind "
                                   "Papiertiger")
    assert "1 Wirksamkeitsangabe stützt sich auf einen Nachweis" in " ".join(n.context)
    assert "Die Geschäftsleitung wird um 1 Entscheidung gebeten (Eskalationsbudget 3)." in n.context
    assert n.coverage.startswith("Abdeckung (vollständig): 4 von 4 anwendbaren Fragen beantwortet (")
    assert "1 Frage ist als nicht anwendbar markiert" in n.coverage
    assert narrate(score).headline.startswith("On paper the organisation scores 90.5")  # English outside the block
