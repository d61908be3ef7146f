"""Evidence files kept inside the database (content-addressed by SHA-256) and second-person verifications."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.assessment import NA
from ..domain.errors import MaturityError, ValidationFailed
from ..domain.evidence import (
    MAX_FILE_BYTES, EvidenceFile, Verification, check_assessment_total, check_file_size, check_name,
    embedded_date, sha256_of,
)

if TYPE_CHECKING:  # annotations only
    from .connection import Database


class EvidenceNotFound(MaturityError):
    pass


# -- reading a file the user picked ----------------------------------------------------------------
def read_evidence_file(path: Path | str) -> tuple[str, bytes, dt.date | None]:
    """(name, content, the evidence's own date) of a regular file, read with a bound.

    Devices, FIFOs, sockets and folders (and links to them) are refused before any read: a FIFO would block
    and /dev/zero would never end. The check is repeated on the open descriptor, so a file swapped for
    something else between the two is refused too.
    """
    path = Path(path)
    try:
        before = os.stat(path)
    except OSError as exc:
        raise ValidationFailed(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(before.st_mode):
        raise ValidationFailed(f"{path}: only regular files can be attached (this is a folder, device or pipe)")
    name = check_name(path.name)
    check_file_size(name, before.st_size)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ValidationFailed(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            raise ValidationFailed(f"{path}: only regular files can be attached")
        chunks, total = [], 0
        while total <= MAX_FILE_BYTES:
            chunk = os.read(fd, min(1024 * 1024, MAX_FILE_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise ValidationFailed(f"{path}: cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    content = b"".join(chunks)
    check_file_size(name, len(content))  # grew while being read: refused, never truncated silently
    modified = dt.datetime.fromtimestamp(opened.st_mtime).date()
    return name, content, embedded_date(name, content) or modified


# -- rows ------------------------------------------------------------------------------------------
def _file_from_row(row: dict) -> EvidenceFile:
    return EvidenceFile(
        id=row["id"], question_id=row["question_id"], name=row["name"], sha256=row["sha256"], size=row["size"],
        dated=dt.date.fromisoformat(row["dated"]) if row["dated"] else None, added_at=row["added_at"],
    )


def parse_files_json(text: str) -> tuple[str, ...]:
    """The files a verifier saw, as stored; raises ValidationFailed for anything else (also used on import)."""
    from ..domain.evidence import SHA256_RE

    try:
        files = json.loads(text)
    except (TypeError, ValueError):
        raise ValidationFailed("files: must be a JSON list of SHA-256 digests") from None
    if not isinstance(files, list) or not all(isinstance(f, str) and SHA256_RE.match(f) for f in files):
        raise ValidationFailed("files: must be a JSON list of SHA-256 digests")
    return tuple(files)


def _verification_from_row(row: dict) -> Verification:
    capability = row["capability"]
    return Verification(
        question_id=row["question_id"], verifier=row["verifier"],
        verified_on=dt.date.fromisoformat(row["verified_on"]),
        capability=NA if capability == -1 else capability,
        proven_on=dt.date.fromisoformat(row["proven_on"]) if row["proven_on"] else None,
        files=parse_files_json(row["files"]),
    )


class EvidenceStore:
    """Named operations on evidence rows, blobs and verifications; callers (app/) hold the transaction."""

    def __init__(self, db: Database):
        self.db = db

    # -- evidence --------------------------------------------------------------------------------
    def files(self, assessment_id: int) -> dict[str, tuple[EvidenceFile, ...]]:
        by_question: dict[str, list[EvidenceFile]] = {}
        for row in self.db.execute_returning_dicts(
                "SELECT * FROM evidence WHERE assessment_id = ? ORDER BY question_id, id", [assessment_id]):
            by_question.setdefault(row["question_id"], []).append(_file_from_row(row))
        return {q: tuple(files) for q, files in by_question.items()}

    def file(self, assessment_id: int, evidence_id: int) -> EvidenceFile:
        rows = self.db.execute_returning_dicts(
            "SELECT * FROM evidence WHERE assessment_id = ? AND id = ?", [assessment_id, evidence_id])
        if not rows:
            raise EvidenceNotFound(f"assessment {assessment_id} has no evidence file number {evidence_id}")
        return _file_from_row(rows[0])

    def content(self, sha256: str) -> bytes:
        row = self.db.execute("SELECT content FROM evidence_blobs WHERE sha256 = ?", [sha256]).fetchone()
        if row is None:
            raise EvidenceNotFound(f"no evidence content with SHA-256 {sha256}")
        content = bytes(row[0])
        if sha256_of(content) != sha256:  # the database itself may have been edited: say so, never hand it out
            raise MaturityError(f"the stored evidence {sha256[:16]}… does not match its SHA-256; it was altered")
        return content

    def total_bytes(self, assessment_id: int) -> int:
        row = self.db.execute(
            "SELECT coalesce(sum(size), 0) FROM (SELECT DISTINCT sha256, size FROM evidence WHERE assessment_id = ?)",
            [assessment_id]).fetchone()
        return int(row[0])

    def add(self, assessment_id: int, question_id: str, name: str, content: bytes, dated: dt.date | None,
            added_at: str) -> EvidenceFile:
        name = check_name(name)
        check_file_size(name, len(content))
        digest = sha256_of(content)
        duplicate = self.db.execute(
            "SELECT name FROM evidence WHERE assessment_id = ? AND question_id = ? AND sha256 = ?",
            [assessment_id, question_id, digest]).fetchone()
        if duplicate:
            raise ValidationFailed(f"{name} is already attached to this answer (as {duplicate[0]})")
        shared = self.db.execute(
            "SELECT 1 FROM evidence WHERE assessment_id = ? AND sha256 = ?", [assessment_id, digest]).fetchone()
        if not shared:
            check_assessment_total(name, self.total_bytes(assessment_id), len(content))
        self.db.execute("INSERT OR IGNORE INTO evidence_blobs (sha256, size, content) VALUES (?, ?, ?)",
                        [digest, len(content), content])
        cursor = self.db.execute(
            "INSERT INTO evidence (assessment_id, question_id, name, sha256, size, dated, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [assessment_id, question_id, name, digest, len(content), dated.isoformat() if dated else None, added_at])
        return self.file(assessment_id, cursor.lastrowid)

    def remove(self, assessment_id: int, evidence_id: int) -> EvidenceFile:
        removed = self.file(assessment_id, evidence_id)
        self.db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
        return removed

    def copy_all(self, from_id: int, to_id: int) -> None:
        """A duplicated assessment cites the same files (the content is shared, not copied)."""
        self.db.execute(
            "INSERT INTO evidence (assessment_id, question_id, name, sha256, size, dated, added_at) "
            "SELECT ?, question_id, name, sha256, size, dated, added_at FROM evidence WHERE assessment_id = ? "
            "ORDER BY id", [to_id, from_id])

    # -- verifications ---------------------------------------------------------------------------
    def verifications(self, assessment_id: int) -> dict[str, Verification]:
        return {
            row["question_id"]: _verification_from_row(row)
            for row in self.db.execute_returning_dicts(
                "SELECT * FROM verifications WHERE assessment_id = ?", [assessment_id])
        }

    def set_verification(self, assessment_id: int, verification: Verification | None, question_id: str) -> None:
        self.db.execute("DELETE FROM verifications WHERE assessment_id = ? AND question_id = ?",
                        [assessment_id, question_id])
        if verification is None:
            return
        v = verification
        self.db.execute(
            "INSERT INTO verifications (assessment_id, question_id, verifier, verified_on, capability, proven_on, "
            "files) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [assessment_id, question_id, v.verifier, v.verified_on.isoformat(),
             -1 if v.capability == NA else v.capability, v.proven_on.isoformat() if v.proven_on else None,
             json.dumps(sorted(v.files))])
