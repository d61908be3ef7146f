"""The record fingerprint: canonical, stable under re-saving, sensitive to every finding."""

import datetime as dt
import re

from maturity_app.domain.assessment import Answer
from maturity_app.domain.fingerprint import assessment_fingerprint, canonical_record, fingerprint, score_fingerprint
from maturity_app.domain.scoring import score_assessment
from maturity_app.report.samples import sample_assessment

TODAY = dt.date(2026, 6, 1)


def test_digest_is_sha256_hex_and_equal_from_record_and_from_score(mini_pack):
    assessment = sample_assessment(mini_pack, TODAY)
    digest = assessment_fingerprint(assessment)
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert score_fingerprint(score_assessment(assessment, TODAY)) == digest


def test_timestamps_order_and_blank_answers_do_not_change_it(mini_pack):
    answers = list(sample_assessment(mini_pack, TODAY).answers.values())
    base = fingerprint(mini_pack, answers)
    restamped = [a.with_changes(updated_at="2030-01-01T00:00:00") for a in reversed(answers)]
    assert fingerprint(mini_pack, restamped) == base
    without_one = [a for a in answers if a.question_id != "cul-near-miss"]
    assert fingerprint(mini_pack, [*without_one, Answer("cul-near-miss", updated_at="x")]) == fingerprint(
        mini_pack, without_one)


def test_every_recorded_field_changes_it(mini_pack):
    answers = {a.question_id: a for a in sample_assessment(mini_pack, TODAY).answers.values()}
    base = fingerprint(mini_pack, answers.values())
    changes = [
        {"compliance": 0}, {"capability": "na"}, {"proven_on": dt.date(2001, 1, 1)}, {"owner": "Someone else"},
        {"evidence_note": "edited"}, {"action": "another"}, {"action_owner": "Z"},
        {"action_due": dt.date(2031, 1, 1)}, {"escalate": not answers["rec-restore"].escalate},
        {"decision": "changed"},
    ]
    seen = {base}
    for change in changes:
        edited = {**answers, "rec-restore": answers["rec-restore"].with_changes(**change)}
        digest = fingerprint(mini_pack, edited.values())
        assert digest not in seen, change
        seen.add(digest)


def test_pack_snapshot_is_part_of_it(mini_pack):
    answers = list(sample_assessment(mini_pack, TODAY).answers.values())
    domain = mini_pack.domains[0]
    heavier = domain.questions[1].model_copy(update={"weight": 3})
    other = mini_pack.model_copy(update={"domains": [
        domain.model_copy(update={"questions": [domain.questions[0], heavier]}), *mini_pack.domains[1:]]})
    assert fingerprint(other, answers) != fingerprint(mini_pack, answers)


def test_canonical_json_leaves_out_updated_at_and_is_compact(mini_pack):
    record = canonical_record(mini_pack, [Answer("rec-restore", compliance=3, updated_at="2026-01-01")]).decode()
    assert "updated_at" not in record and '"question_id":"rec-restore"' in record
    assert ", " not in record.split('"answers":')[1][:200]


def test_a_record_made_before_new_pack_fields_keeps_its_printed_digest():
    # core 1.0.0 as snapshotted by the release before reference_notes, nis2 and dora existed; the digest is what
    # that release printed for it. Adding a pack field must not change the fingerprint of an existing record.
    from pathlib import Path

    from maturity_app.domain.schema import Pack

    snapshot = (Path(__file__).parents[1] / "fixtures" / "core-1.0.0-snapshot.json").read_text(encoding="utf-8")
    pack = Pack.from_snapshot(snapshot)
    assert fingerprint(pack, []) == "341787d763212d5478e2c67a097e297431c4330815656b3b033f152bfcefc1c1"
    noted = pack.model_copy(update={"domains": [pack.domains[0].model_copy(update={"questions": [
        pack.domains[0].questions[0].model_copy(update={"reference_notes": "why"}), *pack.domains[0].questions[1:]]}),
        *pack.domains[1:]]})
    assert fingerprint(noted, []) != fingerprint(pack, [])  # a note, once written, is part of the record


def _with_question(pack, **update):
    domain = pack.domains[0]
    question = domain.questions[0].model_copy(update=update)
    return pack.model_copy(update={"domains": [
        domain.model_copy(update={"questions": [question, *domain.questions[1:]]}), *pack.domains[1:]]})


def test_question_fields_added_later_keep_old_fingerprints_until_used(mini_pack):
    """owner_role and na_guidance came after the first release: empty, they must not move a printed digest."""
    import hashlib
    import json

    answers = list(sample_assessment(mini_pack, TODAY).answers.values())
    record = json.loads(canonical_record(mini_pack, answers))
    question = record["pack"]["domains"][0]["questions"][0]
    assert "owner_role" not in question and "na_guidance" not in question
    assert set(question) >= {"id", "anchors", "weight", "references"}  # the release-1 fields are all still there
    legacy = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    assert fingerprint(mini_pack, answers) == hashlib.sha256(legacy).hexdigest()
    for field in ("owner_role", "na_guidance"):
        filled = _with_question(mini_pack, **{field: "Head of IT operations"})
        assert fingerprint(filled, answers) != fingerprint(mini_pack, answers), field
