"""What the caller may choose about a board report, and the exception a cancelled export raises."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..domain import i18n
from ..domain.errors import MaturityError, ValidationFailed
from ..domain.i18n import N_, _

DEFAULT_LABEL = N_("CONFIDENTIAL — Board use")  # printed in the report's language while left unchanged
PAGE_SIZES = ("a4", "letter")
FORMATS = {"pdf": "PDF report", "docx": "Word report (editable, accessible)", "pptx": "Board slides"}
PASSWORD_MINIMUM = 12  # characters; AES-256 is only as strong as the password guessing it takes
LABEL_LIMIT = 80

# Report sections in the order they appear; the cover is always present.
SECTION_TITLES: dict[str, str] = {
    "summary": N_("Executive summary"),
    "domains": N_("Domain view"),
    "escalations": N_("What we escalate"),
    "gaps": N_("Top gaps"),
    "actions": N_("Action plan"),
    "questions": N_("Appendix A — Every question"),
    "crosswalk": N_("Appendix B — ISO/IEC 27001 and NIST CSF crosswalk"),
    "methodology": N_("Appendix C — Methodology and scales"),
}  # English keys of record; section_title() gives the words in the current language
SECTIONS: tuple[str, ...] = tuple(SECTION_TITLES)


class ReportCancelled(MaturityError):
    """The person exporting the report cancelled it; nothing was written."""

    def __init__(self) -> None:
        super().__init__(N_("the report export was cancelled; no file was written"))

    def __str__(self) -> str:  # worded where it is shown, not in the report's language it was raised in
        return _(self.args[0])


def _never() -> bool:
    return False


def _ignore(fraction: float, message: str) -> None:
    return None


@dataclass
class ReportOptions:
    sections: tuple[str, ...] = SECTIONS
    brief: bool = False  # the two-page board brief instead of the full report
    page_size: str = "a4"
    format: str = "pdf"  # one of FORMATS: the same content as a PDF, an editable Word file or a board deck
    label: str = DEFAULT_LABEL
    # The report's language ("en", "de"); None: the language of the thread that builds it (i18n.language()).
    language: str | None = None
    password: str | None = field(default=None, repr=False)  # used for encryption only, never stored
    on_progress: Callable[[float, str], None] = _ignore
    is_cancelled: Callable[[], bool] = _never
    # A workshop's friction summary (domain.friction.WorkshopSummary), filled in by the caller so the report
    # never opens the database; None for a self-assessment.
    workshop: object | None = field(default=None, repr=False)
    # The comparison with the previous assessment of the same subject (report.trend_section.SinceLast), filled
    # in by the caller; None when this is the first assessment.
    since_last: object | None = field(default=None, repr=False)
    # The board's recorded decisions on this assessment's escalations (question id -> domain.escalation.
    # BoardDecision), filled in by the caller: a decided escalation is reported as resolved, not asked again.
    board_decisions: dict = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        unknown = [s for s in self.sections if s not in SECTION_TITLES]
        if unknown:
            raise ValidationFailed(_("unknown report sections {unknown}; choose from {choices}").format(
                unknown=unknown, choices=", ".join(SECTIONS)))
        # Keep the canonical order whatever order the caller listed them in.
        self.sections = tuple(s for s in SECTIONS if s in self.sections)
        self.page_size = (self.page_size or "").lower()
        if self.page_size not in PAGE_SIZES:
            raise ValidationFailed(_("page size {size} is not one of {choices}").format(
                size=repr(self.page_size), choices=", ".join(PAGE_SIZES)))
        self.label = " ".join((self.label or "").split())
        if len(self.label) > LABEL_LIMIT:
            raise ValidationFailed(_("the classification label is {length} characters long; the limit is {limit}")
                                   .format(length=len(self.label), limit=LABEL_LIMIT))
        if self.password is not None and self.password == "":
            self.password = None
        if self.language is not None:
            self.language = i18n.normalise(self.language)
        self.format = (self.format or "pdf").lower()
        if self.format not in FORMATS:
            raise ValidationFailed(_("report format {format} is not one of {choices}").format(
                format=repr(self.format), choices=", ".join(FORMATS)))
        if self.brief and self.format == "pptx":
            raise ValidationFailed(_("the board deck is one fixed set of slides; the brief is a PDF or Word variant"))
        if self.password is not None:
            if self.format != "pdf":
                raise ValidationFailed(_(
                    "only the PDF can be password-protected; a Word or PowerPoint file is protected by where you "
                    "keep it (export without a password, or choose PDF)"))
            check_password(self.password)

    def includes(self, section: str) -> bool:
        return section in self.sections

    def check_cancelled(self) -> None:
        if self.is_cancelled():
            raise ReportCancelled()


def section_title(key: str) -> str:
    return _(SECTION_TITLES[key])


def printed_label(label: str) -> str:
    """The classification label as printed: the untouched default in the report's language, anything typed as is."""
    return _(DEFAULT_LABEL) if label == DEFAULT_LABEL else label


def check_password(password: str) -> None:
    """Refuse a password too short to protect a report about the organisation's weak points."""
    if len(password) < PASSWORD_MINIMUM:
        raise ValidationFailed(_("the password is {length} characters long; use at least {minimum} (a short "
                                 "sentence is easy to remember and hard to guess)").format(
            length=len(password), minimum=PASSWORD_MINIMUM))


def parse_sections(text: str) -> tuple[str, ...]:
    """`summary,gaps` or `summary gaps` from a command line into a validated tuple."""
    names = tuple(part for part in text.replace(",", " ").split() if part)
    if not names:
        raise ValidationFailed(_("no report sections given; choose from {choices}").format(
            choices=", ".join(SECTIONS)))
    return ReportOptions(sections=names).sections
