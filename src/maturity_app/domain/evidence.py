"""Evidence files and second-person verification: the rules, independent of how files are stored.

A capability claim is *verified* when a second named person confirmed it after seeing the evidence, and the
claim is still the one they confirmed: the same capability level, the same proof date, and every file they saw
still attached. Any later change turns it back into a self-declared claim; scores never change either way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from .errors import ValidationFailed
from .formatting import day, percent
from .i18n import _, ngettext
from .text_input import name_text

MAX_FILE_BYTES = 20 * 1024 * 1024  # one file: a scanned report or a screenshot series fits, a video does not
MAX_ASSESSMENT_BYTES = 100 * 1024 * 1024  # all distinct files of one assessment: keeps the database portable
NAME_LIMIT = 255
VERIFIER_LIMIT = 200
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")

# Opened with the system viewer only when the name says it is a document: never anything a desktop would run.
VIEWABLE_SUFFIXES = frozenset({
    ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".txt", ".md", ".csv", ".log",
    ".json", ".xml", ".rtf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".eml",
    ".msg",
})


def mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return mib(size)


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def check_file_size(name: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise ValidationFailed(
            _("{name} is {size}; an evidence file can be at most {limit} (attach an extract, or note where the full "
              "file is kept)").format(name=name, size=mib(size), limit=mib(MAX_FILE_BYTES)))
    if size == 0:
        raise ValidationFailed(_("{name} is empty; there is nothing to keep as evidence").format(name=name))


def check_assessment_total(name: str, already: int, adding: int) -> None:
    if already + adding > MAX_ASSESSMENT_BYTES:
        raise ValidationFailed(
            _("adding {name} ({size}) would bring this assessment's evidence to {total}; the limit is {limit} per "
              "assessment. Detach files no longer needed first").format(
                name=name, size=mib(adding), total=mib(already + adding), limit=mib(MAX_ASSESSMENT_BYTES)))


def check_name(name: str) -> str:
    """A file's display name: one path component, printable, within the length limit."""
    cleaned = name.strip()
    if not cleaned or cleaned in (".", "..") or "/" in cleaned or "\\" in cleaned:
        raise ValidationFailed(_("{name} is not a file name").format(name=repr(name[:60])))
    if any(ord(c) < 32 or ord(c) == 127 for c in cleaned):
        raise ValidationFailed(_("{name}: a file name cannot hold control characters").format(name=repr(cleaned[:60])))
    if len(cleaned) > NAME_LIMIT:
        raise ValidationFailed(_("the file name is {length} characters long; the limit is {limit}").format(
            length=len(cleaned), limit=NAME_LIMIT))
    return cleaned


def same_person(a: str, b: str) -> bool:
    """Names compared as people read them: case and spacing do not make someone else."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def check_verifier(verifier: str, claimants: list[str]) -> str:
    name = name_text(verifier)
    if not name:
        raise ValidationFailed(_("name the person who verified the claim"))
    if len(name) > VERIFIER_LIMIT:
        raise ValidationFailed(_("the verifier's name is {length} characters long; the limit is {limit}").format(
            length=len(name), limit=VERIFIER_LIMIT))
    for claimant in claimants:
        if claimant.strip() and same_person(name, claimant):
            raise ValidationFailed(_("{name} made or owns this claim and cannot verify it; a second person has to "
                                     "confirm it").format(name=name))
    return name


@dataclass(frozen=True)
class EvidenceFile:
    id: int
    question_id: str
    name: str
    sha256: str
    size: int
    dated: dt.date | None  # the evidence's own date (embedded, or the file's modification date)
    added_at: str

    @property
    def viewable(self) -> bool:
        return any(self.name.lower().endswith(s) for s in VIEWABLE_SUFFIXES)


@dataclass(frozen=True)
class Verification:
    question_id: str
    verifier: str
    verified_on: dt.date
    capability: int | str | None  # the claim as verified
    proven_on: dt.date | None
    files: tuple[str, ...]  # SHA-256 of every file the verifier saw


def verification_holds(verification: Verification | None, capability, proven_on: dt.date | None,
                       evidence: tuple[EvidenceFile, ...]) -> bool:
    """True when the claim on record is still the one the second person confirmed, with every file they saw."""
    if verification is None or not verification.files:
        return False
    attached = {e.sha256 for e in evidence}
    return (verification.capability == capability and verification.proven_on == proven_on
            and set(verification.files) <= attached)


def proposed_proof_date(evidence: tuple[EvidenceFile, ...], proven_on: dt.date | None,
                        today: dt.date) -> dt.date | None:
    """The newest evidence date when it is newer than the recorded proof date, or none is recorded (never a date
    in the future): older evidence does not make a later proof date wrong."""
    dates = [e.dated for e in evidence if e.dated and e.dated <= today]
    newest = max(dates, default=None)
    return newest if newest and (proven_on is None or newest > proven_on) else None


# -- the evidence's own date, where it is cheap to read -----------------------------------------------
_PDF_DATE = re.compile(rb"/CreationDate\s*\(D:(\d{4})(\d{2})(\d{2})")
_EXIF_DATE = re.compile(rb"(\d{4}):(\d{2}):(\d{2}) \d{2}:\d{2}:\d{2}")


def embedded_date(name: str, content: bytes) -> dt.date | None:
    """The creation date a PDF states, or the date an image's EXIF block records; None when there is none."""
    lowered = name.lower()
    match = None
    if lowered.endswith(".pdf") or content.startswith(b"%PDF"):
        match = _PDF_DATE.search(content)
    elif lowered.endswith((".jpg", ".jpeg", ".tif", ".tiff")):
        match = _EXIF_DATE.search(content[:65536])
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


@dataclass(frozen=True)
class VerificationShare:
    verified: int
    claims: int

    @property
    def percent(self) -> float | None:
        return round(100.0 * self.verified / self.claims, 1) if self.claims else None

    def sentence(self) -> str:
        if not self.claims:
            return _("No capability claim counts yet, so none could be verified.")
        if self.verified == 0:
            return _("None of the {count} capability claims that count was verified by a second person; all are "
                     "self-declared.").format(count=self.claims)
        return _("{verified} of {count} capability claims that count ({share}) were verified by a second person "
                 "after seeing the evidence; {rest} are self-declared.").format(
            verified=self.verified, count=self.claims, share=percent(self.verified / self.claims),
            rest=self.claims - self.verified)


def counts_as_claim(capability, effective) -> bool:
    """A capability claim that counts: a stated level of 1 or more that the score uses (not N/A, not blank)."""
    return isinstance(capability, int) and capability >= 1 and isinstance(effective, int)


def verification_status(verification: Verification | None, holds: bool, is_claim: bool) -> str:
    """One line on an answer's verification, the same on screen and in the report."""
    if verification is not None and holds:
        count = len(verification.files)
        return ngettext("Verified by {name} on {day} after seeing {count} file",
                        "Verified by {name} on {day} after seeing {count} files", count).format(
            name=verification.verifier, day=day(verification.verified_on), count=count)
    if verification is not None:
        return _("Self-declared: {name} verified this on {day}, but the claim or its files changed since").format(
            name=verification.verifier, day=day(verification.verified_on))
    if not is_claim:
        return _("No capability claim to verify")
    return _("Self-declared: no second person has verified this claim")
