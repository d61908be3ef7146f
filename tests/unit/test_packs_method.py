"""The method the bundled packs follow (questionnaires/README.md, "Review of the bundled packs"), checked."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from maturity_app.domain.pack_loader import load_pack
from maturity_app.domain.schema import AXES

PACKS_DIR = Path(__file__).resolve().parents[2] / "questionnaires"
PACKS = {p.stem: load_pack(p) for p in sorted(PACKS_DIR.glob("*.yaml"))}
BUNDLED = ("core", "vendor-trust", "leadership")

# Quantity words two assessors read differently. "the most sensitive", "our most", "at most" are not quantities.
VAGUE = re.compile(
    r"\b(?<!the )(?<!our )(?<!at )(most|mostly|many|few|several|some|majority|minority|rarely|occasionally|often|"
    r"usually|regularly|routinely|largely|partially|partly|almost|nearly|frequently|sometimes|occasional|mainly|"
    r"timely|regular)\b", re.IGNORECASE)


def _anchors(pack_id: str):
    for q in PACKS[pack_id].questions():
        for axis in AXES:
            for level, text in getattr(q.anchors, axis).items():
                yield q, axis, level, text


@pytest.mark.parametrize("pack_id", BUNDLED)
def test_anchors_use_numbers_not_vague_words(pack_id):
    vague = [f"{q.id} {axis} {level}: {m.group(0)!r}" for q, axis, level, text in _anchors(pack_id)
             for m in VAGUE.finditer(text)]
    assert not vague, vague


@pytest.mark.parametrize("pack_id", BUNDLED)
def test_every_question_names_the_role_that_owns_it(pack_id):
    missing = [q.id for q in PACKS[pack_id].questions() if not q.owner_role]
    assert not missing
    # The role reads after "usually the" in the owner field's placeholder: a role, not a person or a sentence.
    assert all(len(q.owner_role.split()) <= 6 and not q.owner_role.endswith(".") for q in PACKS[pack_id].questions())


# Questions whose capability anchors wait on an event the organisation may never have had.
EVENT_DEPENDENT = {
    "core": {"cul-local-contexts", "inc-detect-to-declare", "ai-output-relied-on", "ai-features-attacked",
             "sbd-change-impact"},
    "vendor-trust": {"vnd-pilot-honest", "vnd-subprocessors-known"},
    "leadership": {"tim-yes-later", "tim-ready-for-the-window", "ctx-local-decision-rights", "ctx-shift-triggers",
                   "esc-options-not-vetoes"},
}


@pytest.mark.parametrize("pack_id", BUNDLED)
def test_event_dependent_questions_say_when_not_applicable_is_honest(pack_id):
    with_guidance = {q.id for q in PACKS[pack_id].questions() if q.na_guidance}
    assert EVENT_DEPENDENT[pack_id] <= with_guidance, EVENT_DEPENDENT[pack_id] - with_guidance


ESCALATION_QUESTIONS = ("gov-escalation-criteria", "esc-capital-tracked", "esc-nonnegotiable-criteria")


@pytest.mark.parametrize("qid", ESCALATION_QUESTIONS)
def test_escalating_nothing_is_not_level_zero(qid):
    """The escalation budget makes restraint a skill: zero escalations can be the right answer."""
    pack = next(p for p in PACKS.values() if any(q.id == qid for q in p.questions()))
    capability = pack.question(qid).anchors.capability
    assert not re.search(r"nothing at all|never happen|or none\b|or nothing", capability[0], re.IGNORECASE)
    assert re.search(r"\bcounts when\b", capability[2]), "level 2 must say when making no escalation counts"


def test_leadership_pack_says_who_should_rate_and_rests_its_top_levels_on_records():
    leadership = PACKS["leadership"]
    assert "Who should rate" in leadership.description
    assert "executives" in leadership.description and "evidence" in leadership.description
    record = re.compile(r"\b(minutes|records?|recorded|papers?|shows?|shown|log|logged|written|measured|dates|"
                        r"budgets?|objectives|reports?|text)\b", re.IGNORECASE)
    unsupported = [f"{q.id} {level}" for q in leadership.questions() for level in (3, 4)
                   if not record.search(q.anchors.capability[level])]
    assert not unsupported, f"capability levels 3-4 must name a record, not an impression: {unsupported}"
    assert all(record.search(level.anchor) for level in leadership.scales.capability.levels[2:])


def test_leadership_pack_asks_about_value_in_absence_and_the_non_negotiable_categories():
    leadership = PACKS["leadership"]
    absence = leadership.question("nar-value-in-absence")
    assert "did not happen" in absence.title
    criteria = leadership.question("esc-nonnegotiable-criteria")
    for harm in ("mission", "people", "licence", "control over critical technology", "financial", "resilience",
                 "credibility"):
        assert harm in criteria.compliance, harm


# Compliance measures the designed, documented, approved, evidenced-as-designed and audited control; a compliance
# anchor that requires proof of operation (a restore done, a test passed) would make low capability impossible.
OPERATION = re.compile(r"\b(restored|restore test reports?|exercise reports?|were fixed|met (its|the) (RTO|target)|"
                       r"(was|were) carried out|(was|were) tested|took part|(was|were) (blocked|detected))\b",
                       re.IGNORECASE)


@pytest.mark.parametrize("pack_id", BUNDLED)
def test_compliance_anchors_do_not_require_demonstrated_operation(pack_id):
    found = [f"{q.id} {level}: {text}" for q, axis, level, text in _anchors(pack_id)
             if axis == "compliance" and OPERATION.search(text)]
    assert not found, found


def test_the_demo_pairs_the_review_found_impossible_are_now_coherent():
    """Paper at 4 with practice at 1 (the demo's rec-restore-proven and own-committee-decides) must be a possible
    state: audited design and records, with a partial attempt in practice."""
    core = PACKS["core"]
    restore = core.question("rec-restore-proven").anchors
    assert not OPERATION.search(restore.compliance[3] + restore.compliance[4])  # backups evidenced, not restores
    assert "audit" in restore.compliance[4].lower() and "whole service" in restore.capability[1]
    committee = core.question("own-committee-decides").anchors
    assert "decision log" in committee.compliance[3] and "owner" in committee.compliance[3]
    assert "owner" not in committee.capability[1]  # practice measures follow-through, not the minute format


REPO_ROOT = PACKS_DIR.parent


def _readme_ladder(text: str, side: str) -> list[str]:
    match = re.search(rf"- \*\*{side}\*\* \(0–4\), [^:]+: (.+?) \(", text, re.S)
    assert match, f"README.md 'How it scores' should name the {side} levels"
    return [label.strip() for label in " ".join(match.group(1).split()).split("→")]


@pytest.mark.parametrize("side", ["Compliance", "Capability"])
def test_readme_scale_names_the_core_packs_levels_in_order(side):
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    scale = getattr(PACKS["core"].scales, side.lower())
    assert _readme_ladder(readme, side) == [level.label for level in scale.levels]


def test_pack_readme_scale_table_matches_the_core_pack():
    readme = (PACKS_DIR / "README.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- scale-table: core -->\n(.*?)<!-- /scale-table -->", readme, re.S)
    assert table, "questionnaires/README.md should hold the core scale table"
    rows = [line for line in table.group(1).splitlines() if re.match(r"\| \d \|", line)]
    scales = PACKS["core"].scales
    assert len(rows) == 5
    for row, compliance, capability in zip(rows, scales.compliance.levels, scales.capability.levels):
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert cells[0] == str(compliance.level)
        assert cells[1].startswith(f"**{compliance.label}**:"), cells[1]
        assert cells[2].startswith(f"**{capability.label}**:"), cells[2]


def test_pack_readme_counts_the_questions_of_each_bundled_pack():
    readme = (PACKS_DIR / "README.md").read_text(encoding="utf-8")
    for pack_id in BUNDLED:
        row = next(line for line in readme.splitlines() if line.startswith(f"| `{pack_id}`"))
        assert f"{len(PACKS[pack_id].questions())} questions" in row, row


@pytest.mark.parametrize("pack_id", BUNDLED)
def test_anchors_fit_a_projector(pack_id):
    """Workshops show all ten anchors at 200 % type on one screen; a 150-character anchor is about two lines."""
    long = [f"{q.id} {axis} {level}: {len(text)}" for q, axis, level, text in _anchors(pack_id) if len(text) > 150]
    assert not long, long
