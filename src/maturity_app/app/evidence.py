"""Use cases on an answer's proof: attach, detach, export and open evidence files; verification by a second person."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from ..domain.i18n import _
from collections.abc import Sequence
from pathlib import Path

from ..domain.errors import ValidationFailed
from ..domain.evidence import EvidenceFile, Verification, check_verifier, proposed_proof_date, sha256_of
from ..storage.evidence_store import read_evidence_file
from ..storage.private_files import write_private_atomic
from ..storage.store import utc_now
from .answers import change_answer
from .changes import Changes, Done
from .workspace import Workspace


def _touched(assessment_id: int, question_id: str, answer: bool = False) -> Changes:
    ids = frozenset({question_id})
    return Changes(assessment_id, evidence=ids, answers=ids if answer else frozenset())


def _check_question(ws: Workspace, assessment_id: int, question_id: str) -> None:
    ws.assessments.info(assessment_id)  # NotFound names a missing assessment
    if question_id not in ws.assessments._question_ids(assessment_id):
        raise ValidationFailed(_("question {question} is not part of assessment {id}").format(
            question=repr(question_id), id=assessment_id))


def attach_files(ws: Workspace, assessment_id: int, question_id: str, paths: Sequence[Path | str], *,
                 use_date: bool = False) -> Done[list[EvidenceFile]]:
    """Attach every file in *paths* to one answer, all or none; with *use_date* the newest evidence date
    becomes the proof date in the same transaction. Files are read (bounded, regular files only) first."""
    if not paths:
        raise ValidationFailed(_("name at least one file to attach"))
    _check_question(ws, assessment_id, question_id)
    read = [read_evidence_file(p) for p in paths]
    now = utc_now()
    with ws.transaction():
        added = [ws.evidence.add(assessment_id, question_id, name, content, dated, now)
                 for name, content, dated in read]
        dated_answer = False
        if use_date:
            answer = ws.assessments.answer(assessment_id, question_id)
            files = ws.evidence.files(assessment_id).get(question_id, ())
            proposed = proposed_proof_date(files, answer.proven_on, ws.today)
            if proposed:
                change_answer(ws, assessment_id, question_id, proven_on=proposed)
                dated_answer = True
    return Done(added, _touched(assessment_id, question_id, dated_answer))


def restore_files(ws: Workspace, assessment_id: int, items: Sequence[tuple[EvidenceFile, bytes]]
                  ) -> Done[list[EvidenceFile]]:
    """Put detached files back as they were (undo of a detach, redo of an attach), all in one transaction;
    each content is checked against its SHA-256 first."""
    for evidence, content in items:
        _check_question(ws, assessment_id, evidence.question_id)
        if sha256_of(content) != evidence.sha256:
            raise ValidationFailed(_("{name}: the content to restore is not the file that was detached").format(
                name=evidence.name))
    with ws.transaction():
        restored = [ws.evidence.add(assessment_id, e.question_id, e.name, content, e.dated, e.added_at)
                    for e, content in items]
    return Done(restored, _many(assessment_id, restored))


def detach_files(ws: Workspace, assessment_id: int, evidence_ids: Sequence[int]
                 ) -> Done[list[tuple[EvidenceFile, bytes]]]:
    """Remove files from their answers, all or none; returns them with their content, so the step can be
    undone exactly."""
    removed = []
    with ws.transaction():
        for evidence_id in evidence_ids:
            evidence = ws.evidence.file(assessment_id, evidence_id)
            removed.append((evidence, ws.evidence.content(evidence.sha256)))
            ws.evidence.remove(assessment_id, evidence_id)
    return Done(removed, _many(assessment_id, [e for e, _ in removed]))


def _many(assessment_id: int, files: Sequence[EvidenceFile]) -> Changes:
    return Changes(assessment_id, evidence=frozenset(f.question_id for f in files))


def export_file(ws: Workspace, assessment_id: int, evidence_id: int, target: Path | str) -> Path:
    """Write one evidence file to *target* (a file, or a folder to put it in under its own name), 0600."""
    evidence = ws.evidence.file(assessment_id, evidence_id)
    content = ws.evidence.content(evidence.sha256)
    target = Path(target).expanduser()
    if target.is_dir():
        target = target / evidence.name
    return write_private_atomic(target, content)


def open_copy(ws: Workspace, assessment_id: int, evidence_id: int) -> Path:
    """A private (0600, in a 0700 folder) temporary copy for the system viewer; only document types qualify,
    so nothing attached can be run by opening it."""
    evidence = ws.evidence.file(assessment_id, evidence_id)
    if not evidence.viewable:
        raise ValidationFailed(_("{name} is not a document type the app opens (PDF, image, office or text); export "
                                 "it and check it before opening").format(name=evidence.name))
    content = ws.evidence.content(evidence.sha256)
    folder = Path(tempfile.mkdtemp(prefix="maturity-evidence-"))  # mkdtemp: 0700
    _OPENED_COPIES.append(folder)
    return write_private_atomic(folder / evidence.name, content)


# Copies handed to a viewer stay while the app runs (the viewer may read late) and go when it exits.
_OPENED_COPIES: list[Path] = []


@atexit.register
def _remove_opened_copies() -> None:
    for folder in _OPENED_COPIES:
        shutil.rmtree(folder, ignore_errors=True)


def verify(ws: Workspace, assessment_id: int, question_id: str, verifier: str) -> Done[Verification]:
    """A second named person confirms the capability claim as it stands, after seeing its evidence files."""
    _check_question(ws, assessment_id, question_id)
    with ws.transaction():
        info = ws.assessments.info(assessment_id)
        answer = ws.assessments.answer(assessment_id, question_id)
        if not isinstance(answer.capability, int) or answer.capability < 1:
            raise ValidationFailed(_("question {question} has no capability claim to verify (its capability level "
                                     "is {level})").format(question=question_id, level=_("not answered")
                                                           if answer.capability is None else answer.capability))
        files = ws.evidence.files(assessment_id).get(question_id, ())
        if not files:
            raise ValidationFailed(_("question {question} has no evidence file; attach the proof the verifier saw "
                                     "first").format(question=question_id))
        name = check_verifier(verifier, [answer.owner, info.assessor])
        verification = Verification(question_id, name, ws.today, answer.capability, answer.proven_on,
                                    tuple(sorted({f.sha256 for f in files})))
        ws.evidence.set_verification(assessment_id, verification, question_id)
    return Done(verification, _touched(assessment_id, question_id))


def set_verification(ws: Workspace, assessment_id: int, question_id: str,
                     verification: Verification | None) -> Done[Verification | None]:
    """Put a verification back as it was, or remove it (None): the undo of verify."""
    _check_question(ws, assessment_id, question_id)
    with ws.transaction():
        ws.evidence.set_verification(assessment_id, verification, question_id)
    return Done(verification, _touched(assessment_id, question_id))
