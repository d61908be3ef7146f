"""The scoring rules in words, written from the constants that apply them.

The report's methodology page prints these sentences and README "How it scores" states them; a test checks both
against the constants, so the three can never drift apart.
"""

from __future__ import annotations

from .scoring import (
    HIGH, INDEX_STEP, MIN_ANSWERED_SHARE, PAPER_MATURITY_GAP, PAPER_ONLY_MIN_COMPLIANCE, PAPER_ONLY_POINTS,
    PROOF_NEEDED_FROM, UNPROVEN_LEVEL,
)


def scoring_rules() -> list[tuple[str, str]]:
    """(name, rule) pairs, in plain text."""
    return [
        ("Two axes", "Every question is rated twice on a 0–4 scale: compliance (what the paperwork supports) and "
                     "capability (what has been shown to work)."),
        ("Proof rule", f"A capability level of {PROOF_NEEDED_FROM} or more describes a demonstration inside the "
                       "question's freshness window. Without a proof date inside that window it counts as level "
                       f"{UNPROVEN_LEVEL}, the highest level that needs no proof, and the reason is shown wherever "
                       "the answer appears. A proof date in the future is refused as an input error."),
        ("Paper maturity", f"A question's gap is its compliance level minus its effective capability level; a gap "
                           f"of {PAPER_MATURITY_GAP} or more is paper maturity."),
        ("Quadrants", f"A level of {HIGH} or more is strong. Strong on both axes is resilient; strong on paper "
                      "only is a paper tiger; strong in practice only is an undocumented strength; strong on "
                      "neither is exposed (weak on both sides), a finding in its own right."),
        ("Indices", "Domain and overall indices (0–100) are weighted means of the levels (weights 1–3); questions "
                    "marked N/A (on either side) are left out of both axes and listed. Indices are rounded once, "
                    f"to the nearest {INDEX_STEP} point (only every level at the top reads 100 and only every "
                    "level at the bottom reads 0), and every gap or change is computed from the rounded figures, "
                    "so they add up as shown."),
        ("Paper only", f"A domain or a control is paper only when its compliance index is at least "
                       f"{PAPER_ONLY_MIN_COMPLIANCE:.0f} and exceeds its capability index by {PAPER_ONLY_POINTS:.0f} "
                       "points or more (one full level on average)."),
        ("Enough answers", f"A domain or the whole assessment gets a verdict only when at least "
                           f"{MIN_ANSWERED_SHARE:.0%} of its applicable weight is answered; otherwise it reads "
                           "\"not enough answers\". Until every applicable question is answered, every page says "
                           "\"draft — N of M answered\"."),
        ("Owners", "Unowned means a capability rated on the scale (level 0 included) with no named capability "
                   "owner. The capability owner decides when the capability fails; the action owner delivers a "
                   "remediation action."),
        ("Escalations", "Escalations to the board are limited by a budget set for each assessment, so the board "
                        "sees only the decisions it alone can take."),
    ]


def rules_text() -> list[str]:
    return [f"{name}. {rule}" for name, rule in scoring_rules()]


def scoring_rules_by_name() -> dict[str, str]:
    return dict(scoring_rules())
