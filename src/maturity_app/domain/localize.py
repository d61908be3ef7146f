"""Results made in one language, shown in another: the pack's texts swapped by id, every figure kept.

A board report (or a set of vendor scorecards) is written in its own language, which need not be the one its
inputs were gathered in (the desktop gathers them while the window speaks English; the export dialog then asks
for German). Scores, comparisons, portfolios and workshop summaries hold the pack's texts they were made with, so
the report builders pass them through here, inside the report's language: questions, domains and scale labels
come out in that language, the numbers, levels and ids exactly as they were. Nothing is scored again.
"""

from __future__ import annotations

from dataclasses import fields, replace

from .schema import Pack


def _texts(pack: Pack) -> tuple[dict, dict]:
    return {q.id: q for q in pack.questions()}, {d.id: d for d in pack.domains}


def localized_score(score, language: str):
    """*score* (domain.scoring.AssessmentScore) with its pack, questions and domains in *language*."""
    pack = score.pack.localized(language)
    if pack is score.pack:
        return score
    questions, domains = _texts(pack)
    has_cap = any(f.name == "cap" for f in fields(score.domains[0].questions[0])) if score.domains and \
        score.domains[0].questions else False

    def question(q):
        changes = {"question": questions.get(q.question.id, q.question), "domain": domains.get(q.domain.id, q.domain)}
        # A proof cap names its levels by the scale's labels when read (issue #18 core): the shown scale's.
        if has_cap and q.cap is not None and getattr(q.cap, "scale", None) is not None:
            changes["cap"] = replace(q.cap, scale=pack.scales.capability)
        return replace(q, **changes)

    shown = [replace(d, domain=domains.get(d.domain.id, d.domain), questions=[question(q) for q in d.questions])
             for d in score.domains]
    return replace(score, pack=pack, domains=shown)


def localized_portfolio(portfolio, language: str):
    """*portfolio* (domain.portfolio.Portfolio) with each vendor's questions, domains and scale labels in
    *language*; its rows hold figures and ids only, and stay as they are."""
    cards = [replace(card, item=replace(card.item, score=localized_score(card.item.score, language)))
             for card in portfolio.scorecards]
    return replace(portfolio, scorecards=cards)


def _question_change(change, questions: dict, domains: dict):
    question, domain = questions.get(change.question_id), domains.get(change.domain_id)
    return replace(change, title=question.title if question else change.title,
                   domain_title=domain.title if domain else change.domain_title)


def localized_comparison(comparison, language: str):
    """*comparison* (domain.compare.Comparison) with titles in *language*: a question the new pack still has
    takes the new pack's text, one that left the pack the old pack's."""
    old_questions, old_domains = _texts(comparison.old.score.pack.localized(language))
    new_questions, new_domains = _texts(comparison.new.score.pack.localized(language))
    questions, domains = {**old_questions, **new_questions}, {**old_domains, **new_domains}
    return replace(
        comparison,
        old=replace(comparison.old, score=localized_score(comparison.old.score, language)),
        new=replace(comparison.new, score=localized_score(comparison.new.score, language)),
        domains=[replace(d, title=domains[d.domain_id].title if d.domain_id in domains else d.title)
                 for d in comparison.domains],
        questions=[_question_change(q, questions, domains) for q in comparison.questions],
    )


def localized_workshop(summary, pack: Pack, language: str):
    """*summary* (domain.friction.WorkshopSummary) of an assessment of *pack*, with titles in *language*."""
    questions, domains = _texts(pack.localized(language))
    friction_map = summary.friction_map
    return replace(
        summary,
        questions=[_question_change(q, questions, domains) for q in summary.questions],
        friction_map=replace(friction_map, domains=[(d, domains[d].title if d in domains else title)
                                                    for d, title in friction_map.domains]),
    )


def localized_pack_change(change, old: Pack, new: Pack, language: str):
    """*change* (domain.reassess.PackChange between *old* and *new*) naming its questions and domains in
    *language*: what left the pack in the old pack's words, the rest in the new pack's."""
    old_questions, old_domains = _texts(old.localized(language))
    new_questions, new_domains = _texts(new.localized(language))

    def named(ref, questions: dict, domains: dict, pack: Pack):
        if ref.id not in questions:
            return ref
        return replace(ref, title=questions[ref.id].title, domain=domains[pack.domain_of(ref.id).id].title)

    return replace(
        change,
        vanished=tuple(named(r, old_questions, old_domains, old) for r in change.vanished),
        appeared=tuple(named(r, new_questions, new_domains, new) for r in change.appeared),
        reworded=tuple(named(r, new_questions, new_domains, new) for r in change.reworded),
        revised=tuple(named(r, new_questions, new_domains, new) for r in change.revised),
    )
