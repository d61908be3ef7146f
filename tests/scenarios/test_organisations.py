"""Nine organisations, each written as answers with the verdict a careful reader would draw, no more and no less.

Every scenario checks three faces of the same model: `score --json` (figures and counts), the summary sentences
(what the executive summary says) and the board brief's text (what the board holds).
"""

from __future__ import annotations

from scenario_helpers import core_pack, expired_last_month, fresh, strong

from maturity_app.domain.assessment import NA as NA_LEVEL
from maturity_app.domain.assessment import Answer

PACK = core_pack()
QUESTIONS = PACK.questions()
TOTAL = len(QUESTIONS)


def domain_of(result, domain_id: str) -> dict:
    return next(d for d in result.score["domains"] if d["id"] == domain_id)


def in_domain(prefix: str):
    return [q for q in QUESTIONS if PACK.domain_of(q.id).id == prefix]


def title(question_id: str) -> str:
    return PACK.question(question_id).title


def test_hospital_that_never_restored_its_records_system(organisation):
    """St Brendan's: certified, proven almost everywhere, but the patient records system was never restored end to
    end. The verdict: recovery is paper only, the restore is the top gap and the board's decision."""
    answers = [strong(q) for q in QUESTIONS if not q.id.startswith("rec-")]
    answers += [
        Answer("rec-restore-proven", compliance=4, capability=1, owner="Head of Clinical Systems", escalate=True,
               action="Restore the electronic patient record end to end against its 4-hour RTO",
               action_owner="Infrastructure Manager",
               decision="Fund a full restore test of the electronic patient record before winter, or accept that "
                        "wards may run on paper for days after ransomware"),
        Answer("rec-dependencies-tested", compliance=3, capability=1, owner="Head of Clinical Systems"),
        Answer("rec-backup-survives-attacker", compliance=3, capability=1, owner="Infrastructure Manager"),
        Answer("rec-targets-owned", compliance=3, capability=1, owner="Chief Operating Officer"),
        Answer("rec-degraded-operations", compliance=3, capability=4, proven_on=fresh(PACK.question("rec-degraded-operations")), owner="Chief Nurse"),
    ]
    r = organisation("St Brendan's Hospital", answers)
    recovery = domain_of(r, "rec")
    assert recovery["verdict"] == "paper only" and recovery["paper_maturity"]
    assert [d["id"] for d in r.score["domains"] if d["paper_maturity"]] == ["rec"]
    assert r.score["top_gaps"][0]["question"] == "rec-restore-proven"
    assert r.score["draft"] is None and r.score["counts"]["exposed"] == 0
    # Overall the axes agree; the headline must not let that hide the one area that is paper only.
    assert r.score["summary"]["headline"].endswith(
        "Not everywhere: Recovery and continuity is compliant on paper but unproven in practice.")
    assert r.score["summary"]["findings"][0].startswith("Recovery and continuity is strong on paper")
    assert f"Its weakest point, “{title('rec-restore-proven')}”" in r.score["summary"]["findings"][0]
    areas = len(PACK.domains)
    assert (f"1 of {areas} areas with enough answers ({100 / areas:.0f}%) is compliant on paper but unproven in "
            "practice.") in r.sentences
    assert "Fund a full restore test of the electronic patient record" in r.brief
    assert "Coverage (complete)" in r.brief and "DRAFT" not in r.brief


def test_strong_everywhere_but_every_proof_expired_last_month(organisation):
    """Fjord Shipping proved everything once, and let every window lapse a month ago: nothing counts as proven."""
    answers = [Answer(q.id, compliance=4, capability=4, proven_on=expired_last_month(q), owner="Fleet CIO")
               for q in QUESTIONS]
    r = organisation("Fjord Shipping", answers)
    assert r.score["compliance_index"] == 100 and r.score["capability_index"] == 25
    assert r.score["counts"]["stale_proofs"] == TOTAL
    assert all(g["capability"] == 1 and "is outside it" in g["capped_reason"] for g in r.score["top_gaps"])
    assert r.score["summary"]["headline"].endswith("Much of what is documented has not been shown to work.")
    assert (f"{TOTAL} capability claims rest on proof that is missing, too old or dated in the future; each is "
            "counted at level 1") in r.sentences
    assert "claimed as" in r.brief and "no valid proof" in r.brief  # the reason travels into the brief


def test_undocumented_strength(organisation):
    """Quayside Labs does the work and writes little down: practice ahead of paper, no paper-only area."""
    answers = [Answer(q.id, compliance=1, capability=3, proven_on=fresh(q), owner="CTO") for q in QUESTIONS]
    r = organisation("Quayside Labs", answers)
    assert (r.score["compliance_index"], r.score["capability_index"], r.score["gap_points"]) == (25, 75, -50)
    assert r.score["summary"]["headline"].startswith("Proven practice (75 of 100) is ahead of the paperwork (25)")
    assert r.score["counts"]["paper_only_domains"] == 0 and r.score["counts"]["exposed"] == 0
    assert "0 are resilient, 0 are paper tigers" in r.sentences and f"{TOTAL} are undocumented strengths" in r.sentences
    assert "No answered question shows practice trailing its paperwork." in r.brief


def test_nothing_answered_says_nothing_reassuring(organisation):
    r = organisation("Blank Slate Ltd", [], full=True)
    assert r.score["draft"] == f"draft — 0 of {TOTAL} answered"
    assert r.score["compliance_index"] is None and r.score["summary"]["context"] == []
    assert r.score["summary"]["headline"] == "No question has been answered on both axes yet, so there is nothing to conclude."
    assert f"DRAFT — 0 OF {TOTAL} ANSWERED" in r.brief_pages[0] and f"DRAFT — 0 OF {TOTAL} ANSWERED" in r.brief_pages[1]
    for reassurance in ("has a named", "rests on", "broadly agree", "No answered question shows"):
        assert reassurance not in r.brief, reassurance
    assert "No question is answered yet, so no gap can be shown." in r.brief
    marker = f"DRAFT — 0 OF {TOTAL} ANSWERED"
    assert all(marker in page for page in r.report_pages)  # every page of the full report says it is a draft
    for reassurance in ("has a named", "rests on a proof date", "handled within management", "broadly agree"):
        assert reassurance not in r.report, reassurance
    assert "No capability is rated yet, so ownership cannot be judged." in r.report
    assert f"Not answered yet ({TOTAL})" in r.report and r.report.count("ON PAPER IN PRACTICE") == 0


def test_everything_not_applicable_concludes_nothing(organisation):
    r = organisation("Shell Holding", [Answer(q.id, compliance=NA_LEVEL, capability=NA_LEVEL) for q in QUESTIONS],
                     full=True)
    assert (r.score["answered"], r.score["applicable"], r.score["not_applicable"]) == (0, 0, TOTAL)
    assert r.score["draft"] is None and r.score["summary"]["context"] == []
    assert r.score["summary"]["headline"] == (
        "Every question is marked not applicable, so this assessment supports no conclusion.")
    assert f"All {TOTAL} questions are marked not applicable" in r.brief
    assert f"{TOTAL} of {TOTAL}" not in r.brief and "has a named" not in r.brief
    assert f"{TOTAL} of {TOTAL}" not in r.report and "has a named" not in r.report
    assert f"Not applicable ({TOTAL})" in r.report  # one compact list, not 54 empty blocks
    assert f"{TOTAL} questions marked not applicable are left out of every figure" in r.report


def test_weak_on_both_sides_in_one_domain(organisation):
    """Harbour Bank is solid except AI: nobody owns it, nothing is written, nothing proven. No gap, but exposed."""
    ai = in_domain("ai")
    answers = [strong(q) for q in QUESTIONS if q not in ai]
    answers += [Answer(q.id, compliance=1, capability=0) for q in ai]
    r = organisation("Harbour Bank", answers)
    assert sorted(e["question"] for e in r.score["exposed"]) == sorted(q.id for q in ai)
    assert r.score["counts"]["exposed"] == len(ai) and r.score["counts"]["unowned"] == len(ai)
    assert domain_of(r, "ai")["verdict"] == ""  # nothing on paper: not "compliant on paper", weak on both sides
    heaviest, second = (e["question"] for e in r.score["exposed"][:2])
    assert "heavy questions are weak on both sides." in r.score["summary"]["headline"]
    findings = r.score["summary"]["findings"]
    # The heaviest is named once, as the AI domain's weakest point; the next one gets its own finding.
    assert sum(f"“{title(heaviest)}”" in f for f in findings) == 1
    assert any(f.startswith(f"Weak on both sides: “{title(second)}”") for f in findings)
    assert f"{len(ai)} are exposed (weak on both sides)" in r.sentences
    assert f"Weak on both sides: “{title(second)}”" in r.brief and f"“{title(heaviest)}”" in r.brief
    assert f"{len(ai)} rated capabilities have no named capability owner" in r.brief


def test_partial_a_third_answered_is_a_draft_without_a_verdict(organisation):
    third = QUESTIONS[: TOTAL // 3]
    r = organisation("Midway Logistics", [strong(q) for q in third], full=True)
    answered = len(third)
    assert r.score["draft"] == f"draft — {answered} of {TOTAL} answered"
    assert r.score["enough_answers"] is False
    assert r.score["summary"]["headline"].startswith("Not enough answers for a verdict")
    assert r.score["summary"]["coverage"].startswith(f"Coverage (draft): {answered} of {TOTAL} applicable")
    assert all(d["verdict"] in ("", "not enough answers") for d in r.score["domains"])
    assert any(d["verdict"] == "not enough answers" for d in r.score["domains"])
    marker = f"DRAFT — {answered} OF {TOTAL} ANSWERED"
    assert len(r.brief_pages) == 2 and all(marker in page for page in r.brief_pages)
    assert len(r.report_pages) > 5 and all(marker in page for page in r.report_pages)
    assert f"Not answered yet ({TOTAL - answered})" in r.report  # one compact list of what is missing
    assert "broadly agree" not in r.brief


def test_not_applicable_cannot_hide_weakness(organisation):
    """Cobalt Retail marks its weakest recovery questions N/A: the score rises, but the board is told what left."""
    hidden = ["rec-restore-proven", "rec-backup-survives-attacker"]
    answers = [strong(q) for q in QUESTIONS if q.id not in hidden]
    answers += [Answer(q, compliance=NA_LEVEL, capability=NA_LEVEL) for q in hidden]
    r = organisation("Cobalt Retail", answers)
    weight = sum(PACK.question(q).weight for q in hidden)
    assert r.score["excluded_weight"] == weight and r.score["not_applicable_questions"] == hidden
    assert f"2 questions are marked not applicable, leaving out weight {weight} of" in r.score["summary"]["coverage"]
    assert f"2 questions were marked not applicable and left out of every figure (weight {weight} of" in r.sentences
    assert "2 questions marked not applicable" in r.brief  # the limitations paragraph names what was left out


def test_workshop_agreed_assessment_names_who_rated(organisation):
    """Alder Energy's executives agreed every level in a workshop; the brief says so, and says who was there."""
    answers = [Answer(q.id, owner="Grid Operations Director", proven_on=fresh(q)) for q in QUESTIONS]
    agreed = {q.id: {"compliance": 3, "capability": 2} for q in QUESTIONS}
    r = organisation("Alder Energy", answers, mode="workshop", participants=("CFO", "COO", "CISO"), agreed=agreed)
    assert r.score["draft"] is None and r.score["answered"] == TOTAL
    assert (r.score["compliance_index"], r.score["capability_index"]) == (75, 50)
    assert r.score["counts"]["exposed"] == 0 and r.score["counts"]["stale_proofs"] == 0
    assert "agreed in a facilitated workshop with 3 participants (CFO, CISO, COO)" in r.brief
    assert "Levels and proof dates are declared by the respondents" in r.brief
