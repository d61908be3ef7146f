"""Write the report as a Word document or a board deck, atomically and owner-only (storage.private_files)."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from ..domain.assessment import AssessmentInfo
from ..domain.scoring import AssessmentScore
from .atomic import ReportWriteError
from ..domain.i18n import N_, _
from .document import DOCUMENT_LANGUAGE
from .options import ReportOptions

LANGUAGE = DOCUMENT_LANGUAGE  # English; the report's own language is document_language() (typed text keeps its
# script: Word and PowerPoint shape it)


PROPERTY_LIMIT = 255  # characters in a core property (title, subject, author, ...) of a Word or PowerPoint file


def property_text(value: str) -> str:
    """*value* as a document property: the Office formats refuse more than 255 characters, so a long one is
    cut at a word with an ellipsis (the full text is in the document itself)."""
    value = " ".join((value or "").split())
    if len(value) <= PROPERTY_LIMIT:
        return value
    cut = value[: PROPERTY_LIMIT - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ·,;:—") + "…"


def document_title(score: AssessmentScore, info: AssessmentInfo, options: ReportOptions) -> str:
    kind = _("Board brief") if options.brief else _("Board deck") if options.format == "pptx" else _("Board report")
    return _("{kind}: {organisation} — {pack}").format(kind=kind, organisation=info.organisation or _(
        "Unnamed organisation"), pack=score.pack.title)


def write_office(score: AssessmentScore, info: AssessmentInfo, out: Path, options: ReportOptions,
                 report_date: dt.date) -> None:
    from ..storage.private_files import WriteFailed, write_private_atomic
    from .builder import in_report_language, report_context

    score, options = in_report_language(score, options)
    options.on_progress(0.05, N_("Preparing the report"))
    ctx = report_context(score, info, options, report_date)
    if options.format == "docx":
        from .word import word_document

        data = word_document(ctx, document_title(score, info, options))
    else:
        from .deck import board_deck

        data = board_deck(ctx, document_title(score, info, options))
    options.check_cancelled()
    options.on_progress(0.95, N_("Writing the file"))
    try:
        write_private_atomic(out, data)
    except WriteFailed as exc:
        raise ReportWriteError(str(exc)) from None


def saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
