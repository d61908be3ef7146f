"""Evidence files and verification: domain rules, storage (content-addressed, limits, bounded reads), use cases,
fingerprint and the portable format."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from maturity_app.app import assessments as assessment_ops
from maturity_app.app import evidence as evidence_ops
from maturity_app.app.changes import Changes
from maturity_app.app.open_assessment import OpenAssessment
from maturity_app.app.workspace import Workspace
from maturity_app.domain import evidence as rules
from maturity_app.domain.assessment import Answer
from maturity_app.domain.errors import ValidationFailed
from maturity_app.domain.evidence import EvidenceFile, Verification
from maturity_app.domain.fingerprint import assessment_fingerprint, score_fingerprint
from maturity_app.domain.scoring import score_assessment
from maturity_app.storage import portable
from maturity_app.storage.evidence_store import read_evidence_file

TODAY = dt.date(2026, 6, 1)
PDF = b"%PDF-1.4\n/CreationDate (D:20260312101010)\nrestore drill minutes"
DIGEST = hashlib.sha256(PDF).hexdigest()


@pytest.fixture
def ws(db_path):
    workspace = Workspace.open(db_path, today=TODAY)
    yield workspace
    workspace.close()


@pytest.fixture
def aid(ws, mini_pack):
    new_id = assessment_ops.create_assessment(ws, mini_pack, "Acme", assessor="Dana Lead").value
    ws.assessments.save_answer(new_id, Answer("rec-restore", 4, 4, proven_on=dt.date(2026, 3, 1), owner="Olga"))
    return new_id


@pytest.fixture
def drill(tmp_path) -> Path:
    path = tmp_path / "drill.pdf"
    path.write_bytes(PDF)
    return path


def _blobs(ws) -> int:
    return ws.db.execute("SELECT count(*) FROM evidence_blobs").fetchone()[0]


# -- domain ------------------------------------------------------------------------------------------
def test_same_person_ignores_case_and_spacing_only():
    assert rules.same_person("  Olga   OWNER", "olga owner")
    assert not rules.same_person("Olga Owner", "Olga Owen")


def test_the_owner_or_the_assessor_cannot_verify_and_a_name_is_required():
    with pytest.raises(ValidationFailed, match="cannot verify it"):
        rules.check_verifier("DANA  lead", ["Olga", "Dana Lead"])
    with pytest.raises(ValidationFailed, match="name the person"):
        rules.check_verifier("   ", ["Olga"])
    assert rules.check_verifier("  Vera   Verifier ", ["Olga", ""]) == "Vera Verifier"


def _file(digest="a" * 64, day=None):
    return EvidenceFile(1, "q", "f.pdf", digest, 10, day, "")


def test_a_verification_holds_only_for_the_claim_and_files_it_confirmed():
    v = Verification("q", "Vera", TODAY, 4, dt.date(2026, 3, 1), ("a" * 64,))
    files = (_file(),)
    assert rules.verification_holds(v, 4, dt.date(2026, 3, 1), files)
    assert not rules.verification_holds(v, 3, dt.date(2026, 3, 1), files)  # the level changed
    assert not rules.verification_holds(v, 4, dt.date(2026, 4, 1), files)  # the proof date changed
    assert not rules.verification_holds(v, 4, dt.date(2026, 3, 1), (_file("b" * 64),))  # the file went
    assert not rules.verification_holds(None, 4, None, files)


def test_embedded_dates_of_pdfs_and_photos_and_the_proposal_never_in_the_future():
    assert rules.embedded_date("x.pdf", PDF) == dt.date(2026, 3, 12)
    assert rules.embedded_date("p.jpg", b"\xff\xd8 Exif 2025:07:04 10:11:12") == dt.date(2025, 7, 4)
    assert rules.embedded_date("x.pdf", b"%PDF /CreationDate (D:20251399)") is None  # month 13
    assert rules.embedded_date("notes.txt", PDF[8:]) is None
    files = (_file(day=dt.date(2026, 3, 12)), _file(day=dt.date(2027, 1, 1)))
    assert rules.proposed_proof_date(files, None, TODAY) == dt.date(2026, 3, 12)
    assert rules.proposed_proof_date(files, dt.date(2026, 3, 12), TODAY) is None
    assert rules.proposed_proof_date(files, dt.date(2026, 5, 1), TODAY) is None  # a later proof stands
    assert rules.proposed_proof_date(files, dt.date(2026, 1, 1), TODAY) == dt.date(2026, 3, 12)


def test_share_sentence_counts_claims_that_count():
    assert rules.VerificationShare(1, 4).sentence().startswith(
        "1 of 4 capability claims that count (25%) were verified by a second person")
    assert rules.VerificationShare(0, 2).sentence().startswith("None of the 2 capability claims")
    assert rules.VerificationShare(0, 0).sentence().startswith("No capability claim counts yet")


# -- reading files -------------------------------------------------------------------------------------
def test_only_regular_files_are_read_and_a_link_to_one_is_fine(tmp_path, drill):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    link_to_device = tmp_path / "zero.pdf"
    link_to_device.symlink_to("/dev/zero")
    for path in (fifo, link_to_device, tmp_path, Path("/dev/null")):
        with pytest.raises(ValidationFailed, match="only regular files"):
            read_evidence_file(path)
    link = tmp_path / "link.pdf"
    link.symlink_to(drill)
    assert read_evidence_file(link) == ("link.pdf", PDF, dt.date(2026, 3, 12))


def test_file_limits_are_clear(tmp_path, monkeypatch):
    monkeypatch.setattr("maturity_app.domain.evidence.MAX_FILE_BYTES", 10)
    monkeypatch.setattr("maturity_app.storage.evidence_store.MAX_FILE_BYTES", 10)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 11)
    with pytest.raises(ValidationFailed, match=r"big.txt is 0.0 MB; an evidence file can be at most"):
        read_evidence_file(big)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ValidationFailed, match="empty"):
        read_evidence_file(empty)


# -- use cases and storage -----------------------------------------------------------------------------
def test_attach_dedups_content_and_deleting_the_last_user_frees_it(ws, aid, drill, tmp_path, mini_pack):
    done = evidence_ops.attach_files(ws, aid, "rec-restore", [drill])
    assert done.changes == Changes(aid, evidence=frozenset({"rec-restore"}))
    copy = tmp_path / "same-content.pdf"
    copy.write_bytes(PDF)
    evidence_ops.attach_files(ws, aid, "rec-deps", [copy])
    other = assessment_ops.create_assessment(ws, mini_pack, "Other").value
    evidence_ops.attach_files(ws, other, "rec-restore", [drill])
    assert _blobs(ws) == 1  # three rows, one stored copy
    with pytest.raises(ValidationFailed, match="already attached"):
        evidence_ops.attach_files(ws, aid, "rec-restore", [copy])
    assessment_ops.delete_assessment(ws, other)
    evidence_ops.detach_files(ws, aid, [f.id for files in ws.evidence.files(aid).values() for f in files])
    assert _blobs(ws) == 0


def test_attaching_several_files_is_all_or_nothing(ws, aid, drill, tmp_path):
    with pytest.raises(ValidationFailed, match="only regular files"):
        evidence_ops.attach_files(ws, aid, "rec-restore", [drill, tmp_path])
    with pytest.raises(ValidationFailed, match="not part of assessment"):
        evidence_ops.attach_files(ws, aid, "nope", [drill])
    assert ws.evidence.files(aid) == {} and _blobs(ws) == 0


def test_the_assessment_limit_counts_each_content_once(ws, aid, drill, tmp_path, monkeypatch):
    monkeypatch.setattr("maturity_app.domain.evidence.MAX_ASSESSMENT_BYTES", len(PDF) + 5)
    evidence_ops.attach_files(ws, aid, "rec-restore", [drill])
    evidence_ops.attach_files(ws, aid, "rec-deps", [drill])  # same content: no extra room needed
    other = tmp_path / "other.txt"
    other.write_bytes(b"0123456789")
    with pytest.raises(ValidationFailed, match="per assessment"):
        evidence_ops.attach_files(ws, aid, "rec-deps", [other])


def test_use_date_sets_the_proof_date_in_the_same_step(ws, aid, drill):
    done = evidence_ops.attach_files(ws, aid, "rec-restore", [drill], use_date=True)
    assert ws.assessments.answer(aid, "rec-restore").proven_on == dt.date(2026, 3, 12)
    assert done.changes.answers == frozenset({"rec-restore"})


def test_detach_then_restore_brings_back_the_same_file(ws, aid, drill):
    added = evidence_ops.attach_files(ws, aid, "rec-restore", [drill]).value
    removed = evidence_ops.detach_files(ws, aid, [added[0].id]).value
    assert removed[0][1] == PDF and ws.evidence.files(aid) == {}
    with pytest.raises(ValidationFailed, match="not the file that was detached"):
        evidence_ops.restore_files(ws, aid, [(removed[0][0], b"other")])
    restored = evidence_ops.restore_files(ws, aid, removed).value
    assert (restored[0].name, restored[0].sha256, restored[0].dated) == ("drill.pdf", DIGEST, dt.date(2026, 3, 12))


def test_export_and_open_copies_are_private_and_programs_are_not_opened(ws, aid, drill, tmp_path):
    (added,) = evidence_ops.attach_files(ws, aid, "rec-restore", [drill]).value
    out = evidence_ops.export_file(ws, aid, added.id, tmp_path)  # a folder: the file keeps its name
    assert out == tmp_path / "drill.pdf" and stat.S_IMODE(out.stat().st_mode) == 0o600
    copy = evidence_ops.open_copy(ws, aid, added.id)
    assert copy.read_bytes() == PDF and stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    shutil.rmtree(copy.parent)
    script = tmp_path / "run.sh"
    script.write_text("#!/bin/sh\necho owned\n")
    (program,) = evidence_ops.attach_files(ws, aid, "rec-deps", [script]).value
    with pytest.raises(ValidationFailed, match="not a document type"):
        evidence_ops.open_copy(ws, aid, program.id)


def test_altered_content_in_the_database_is_refused(ws, aid, drill):
    (added,) = evidence_ops.attach_files(ws, aid, "rec-restore", [drill]).value
    ws.db.execute("UPDATE evidence_blobs SET content = ?", [b"forged"])
    with pytest.raises(Exception, match="does not match its SHA-256"):
        evidence_ops.open_copy(ws, aid, added.id)


def test_verify_needs_a_claim_a_file_and_a_second_person(ws, aid, drill):
    with pytest.raises(ValidationFailed, match="no evidence file"):
        evidence_ops.verify(ws, aid, "rec-restore", "Vera")
    evidence_ops.attach_files(ws, aid, "rec-restore", [drill])
    for name in ("olga", " dana   LEAD "):
        with pytest.raises(ValidationFailed, match="cannot verify it"):
            evidence_ops.verify(ws, aid, "rec-restore", name)
    with pytest.raises(ValidationFailed, match="no capability claim"):
        evidence_ops.verify(ws, aid, "rec-deps", "Vera")
    v = evidence_ops.verify(ws, aid, "rec-restore", "Vera").value
    assert (v.verifier, v.verified_on, v.capability, v.files) == ("Vera", TODAY, 4, (DIGEST,))
    score = score_assessment(ws.assessments.load(aid), TODAY)
    assert score.question("rec-restore").verified
    share = score.verification_share()
    assert (share.verified, share.claims) == (1, 1)
    before = (score.compliance_index, score.capability_index)
    ws.assessments.save_answer(aid, ws.assessments.answer(aid, "rec-restore").with_changes(capability=3))
    score = score_assessment(ws.assessments.load(aid), TODAY)
    assert not score.question("rec-restore").verified  # the claim changed since it was verified
    evidence_ops.set_verification(ws, aid, "rec-restore", None)
    assert ws.evidence.verifications(aid) == {}
    assert before[0] == score.compliance_index  # verification never moves a score


def test_open_assessment_follows_evidence_changes(ws, aid, drill):
    model = OpenAssessment(ws, aid)
    seen = []
    model.subscribe(lambda changes, origin: seen.append(changes.evidence))
    model.attach_files("rec-restore", [drill])
    assert [f.name for f in model.evidence_of("rec-restore")] == ["drill.pdf"]
    model.verify("rec-restore", "Vera")
    assert model.question_score("rec-restore").verified and seen == [frozenset({"rec-restore"})] * 2


def test_duplicate_cites_the_same_files(ws, aid, drill):
    evidence_ops.attach_files(ws, aid, "rec-restore", [drill])
    copy = assessment_ops.duplicate_assessment(ws, aid).value
    assert [f.sha256 for f in ws.evidence.files(copy)["rec-restore"]] == [DIGEST] and _blobs(ws) == 1


# -- the record with its proof ---------------------------------------------------------------------------
def test_fingerprint_covers_evidence_hashes_and_is_unchanged_without_files(ws, aid, drill):
    plain = assessment_fingerprint(ws.assessments.load(aid))
    (added,) = evidence_ops.attach_files(ws, aid, "rec-restore", [drill]).value
    loaded = ws.assessments.load(aid)
    assert assessment_fingerprint(loaded) != plain
    assert score_fingerprint(score_assessment(loaded, TODAY)) == assessment_fingerprint(loaded)
    evidence_ops.detach_files(ws, aid, [added.id])
    assert assessment_fingerprint(ws.assessments.load(aid)) == plain


def _exported(ws, aid, drill) -> dict:
    evidence_ops.attach_files(ws, aid, "rec-restore", [drill])
    evidence_ops.verify(ws, aid, "rec-restore", "Vera")
    return portable.export_data(ws.db, aid)


def test_portable_round_trip_carries_files_byte_identical(ws, aid, drill):
    data = _exported(ws, aid, drill)
    assert data["version"] == 2 and data["evidence_files"] == {DIGEST: base64.b64encode(PDF).decode()}
    new_id = portable.import_bytes(ws.db, portable.dumps(data), "a.json", as_copy=True)
    again = portable.export_data(ws.db, new_id)
    for key in ("exported_at", "assessment"):
        again.pop(key), data.pop(key)
    assert again == data
    assert ws.assessments.load(new_id).verifications["rec-restore"].verifier == "Vera"


def test_a_version_1_file_still_imports(ws, aid, mini_pack):
    data = portable.export_data(ws.db, aid)
    data["version"] = 1
    del data["evidence_files"]
    for table in ("evidence", "verifications"):
        data["tables"].pop(table)
    new_id = portable.import_bytes(ws.db, portable.dumps(data), "old.json", as_copy=True)
    assert ws.assessments.load(new_id).answers["rec-restore"].owner == "Olga"


def _tampered(data: dict, change) -> bytes:
    data = json.loads(json.dumps(data))
    change(data)
    return portable.dumps(data)


@pytest.mark.parametrize("change, message", [
    (lambda d: d["evidence_files"].update({DIGEST: "not base64!"}), "not valid base64"),
    (lambda d: d["evidence_files"].update({DIGEST: base64.b64encode(b"forged").decode()}), "does not match its SHA-256"),
    (lambda d: d["evidence_files"].clear(), "not in evidence_files"),
    (lambda d: d["evidence_files"].update({"b" * 64: base64.b64encode(b"x").decode()}), "does not match"),
    (lambda d: d["tables"]["evidence"][0].update(size=3), "differs from the file's size"),
    (lambda d: d["tables"]["evidence"][0].update(name="../etc/passwd"), "not a file name"),
    (lambda d: d["tables"]["evidence"][0].update(dated="12/03/2026"), "not a YYYY-MM-DD date"),
    (lambda d: d["tables"]["evidence"][0].update(sha256="ABC"), "64 lower-case hexadecimal"),
    (lambda d: d["tables"]["verifications"][0].update(files="[1]"), "JSON list of SHA-256"),
    (lambda d: d["tables"]["verifications"][0].update(verifier="  "), "name the person"),
    (lambda d: d.update(version=1), "version 1 files carry no evidence files"),
])
def test_forged_evidence_in_a_portable_file_is_rejected_and_nothing_written(ws, aid, drill, change, message):
    data = _exported(ws, aid, drill)
    count = len(ws.assessments.list())
    with pytest.raises(portable.ImportRejected, match=message):
        portable.import_bytes(ws.db, _tampered(data, change), "f.json", as_copy=True)
    assert len(ws.assessments.list()) == count


def test_an_unused_file_in_a_portable_file_is_rejected(ws, aid, drill, tmp_path):
    data = _exported(ws, aid, drill)
    extra = b"unused"
    data["evidence_files"][hashlib.sha256(extra).hexdigest()] = base64.b64encode(extra).decode()
    with pytest.raises(portable.ImportRejected, match="no evidence row cites this file"):
        portable.import_bytes(ws.db, portable.dumps(data), "f.json", as_copy=True)


def test_an_older_database_migrates_and_takes_evidence(tmp_path, drill):
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "db" / "schema-1-m001.db"
    path = tmp_path / "old.db"
    shutil.copy(fixture, path)
    workspace = Workspace.open(path, today=TODAY)
    try:
        question = next(iter(workspace.assessments.load(1).answers))
        evidence_ops.attach_files(workspace, 1, question, [drill])
        assert [f.name for f in workspace.assessments.load(1).evidence[question]] == ["drill.pdf"]
    finally:
        workspace.close()
