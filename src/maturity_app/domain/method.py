"""The scoring rules in words, written from the constants that apply them.

The report's methodology page prints these sentences and README "How it scores" states them; a test checks both
against the constants, so the three can never drift apart.
"""

from __future__ import annotations

from .formatting import percent, points
from .i18n import _
from .scoring import (
    HIGH, INDEX_STEP, MIN_ANSWERED_SHARE, PAPER_MATURITY_GAP, PAPER_ONLY_MIN_COMPLIANCE, PAPER_ONLY_POINTS,
    PROOF_NEEDED_FROM, UNPROVEN_LEVEL,
)


def scoring_rules() -> list[tuple[str, str]]:
    """(name, rule) pairs, in plain text, in the current language."""
    numbers = {
        "proof_from": PROOF_NEEDED_FROM, "unproven": UNPROVEN_LEVEL, "gap": PAPER_MATURITY_GAP, "high": HIGH,
        "step": points(INDEX_STEP), "min_paper": f"{PAPER_ONLY_MIN_COMPLIANCE:.0f}",
        "paper_points": f"{PAPER_ONLY_POINTS:.0f}", "share": percent(MIN_ANSWERED_SHARE),
    }
    rules = [
        (_("Two axes"), _("Every question is rated twice on a 0–4 scale: compliance (what the paperwork supports) "
                          "and capability (what has been shown to work).")),
        (_("Proof rule"), _("A capability level of {proof_from} or more describes a demonstration inside the "
                            "question's freshness window. Without a proof date inside that window it counts as level "
                            "{unproven}, the highest level that needs no proof, and the reason is shown wherever "
                            "the answer appears. A proof date in the future is refused as an input error.")),
        (_("Paper maturity"), _("A question's gap is its compliance level minus its effective capability level; a "
                                "gap of {gap} or more is paper maturity.")),
        (_("Quadrants"), _("A level of {high} or more is strong. Strong on both axes is resilient; strong on paper "
                           "only is a paper tiger; strong in practice only is an undocumented strength; strong on "
                           "neither is exposed (weak on both sides), a finding in its own right.")),
        (_("Indices"), _("Domain and overall indices (0–100) are weighted means of the levels (weights 1–3); "
                         "questions marked N/A (on either side) are left out of both axes and listed. Indices are "
                         "rounded once, to the nearest {step} point (only every level at the top reads 100 and only "
                         "every level at the bottom reads 0), and every gap or change is computed from the rounded "
                         "figures, so they add up as shown.")),
        (_("Paper only"), _("A domain or a control is paper only when its compliance index is at least {min_paper} "
                            "and exceeds its capability index by {paper_points} points or more (one full level on "
                            "average).")),
        (_("Enough answers"), _("A domain or the whole assessment gets a verdict only when at least {share} of its "
                                "applicable weight is answered; otherwise it reads \"not enough answers\". Until "
                                "every applicable question is answered, every page says \"draft — N of M "
                                "answered\".")),
        (_("Owners"), _("Unowned means a capability rated on the scale (level 0 included) with no named capability "
                        "owner. The capability owner decides when the capability fails; the action owner delivers a "
                        "remediation action.")),
        (_("Escalations"), _("Escalations to the board are limited by a budget set for each assessment, so the "
                             "board sees only the decisions it alone can take.")),
    ]
    return [(name, rule.format(**numbers)) for name, rule in rules]


RULE_KEYS = ("Two axes", "Proof rule", "Paper maturity", "Quadrants", "Indices", "Paper only", "Enough answers",
             "Owners", "Escalations")  # the English names, in order: how other modules ask for one rule


def rules_text() -> list[str]:
    return [f"{name}. {rule}" for name, rule in scoring_rules()]


def scoring_rules_by_name() -> dict[str, str]:
    """Rules (in the current language) keyed by their English name, e.g. ["Paper only"]."""
    return {key: rule for key, (_name, rule) in zip(RULE_KEYS, scoring_rules(), strict=True)}
