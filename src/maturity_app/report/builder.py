"""Build the board PDF from a scored assessment: story, one layout pass, optional encryption, atomic write."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
from pathlib import Path

from ..domain import i18n
from ..domain.assessment import AssessmentInfo
from ..domain.i18n import N_, _
from ..domain.fingerprint import score_fingerprint
from ..domain.narrative import narrate
from ..domain.scoring import AssessmentScore
from .atomic import ReportWriteError, check_target, publish, temporary_sibling
from .options import printed_label
from .options import DEFAULT_LABEL, SECTIONS, ReportCancelled, ReportOptions  # noqa: F401 (public API)

__all__ = ["build_report", "report_context", "report_story", "ReportOptions", "ReportCancelled", "SECTIONS", "DEFAULT_LABEL"]



def _story(ctx) -> list:
    from reportlab.platypus import NextPageTemplate, PageBreak

    from .sections.actions import action_plan
    from .sections.appendix import every_question
    from .sections.brief import board_brief
    from .sections.contents import contents
    from .sections.cover import cover
    from .sections.crosswalk import crosswalk
    from .sections.domains import domain_view
    from .sections.escalations import escalations
    from .sections.gaps import top_gaps
    from .sections.methodology import methodology
    from .sections.summary import executive_summary
    from .workshop_section import with_workshop, workshop_section
    from .trend_section import since_last_section, with_since_last

    if ctx.options.brief:
        return board_brief(ctx)
    builders = {
        "summary": executive_summary,
        "domains": domain_view,
        "escalations": escalations,
        "gaps": top_gaps,
        "actions": action_plan,
        "questions": every_question,
        "crosswalk": crosswalk,
        "methodology": methodology,
        "workshop": workshop_section,
        "since_last": lambda c: since_last_section(c, c.options.since_last),
    }
    story: list = [NextPageTemplate("body"), *cover(ctx), PageBreak()]
    if len(ctx.options.sections) > 2:
        story += [*contents(ctx), PageBreak()]
    names = with_since_last(with_workshop(ctx.options.sections, ctx.options.workshop), ctx.options.since_last)
    for index, name in enumerate(names):
        ctx.options.check_cancelled()
        if index:
            story.append(PageBreak())
        story += builders[name](ctx)
    return story


def document_subject(score: AssessmentScore) -> str:
    return _("Compliance on paper vs capability in practice ({pack} {version})").format(
        pack=score.pack.title, version=score.pack.version)


def _metadata(score: AssessmentScore, info: AssessmentInfo, options: ReportOptions) -> dict:
    from .. import __version__

    kind = _("Board brief") if options.brief else _("Board report")
    return {
        "title": _("{kind}: {organisation} — {pack}").format(kind=kind, organisation=info.organisation,
                                                              pack=score.pack.title),
        "author": info.assessor or "Maturity",
        "subject": document_subject(score),
        "creator": f"Maturity {__version__}",
        "keywords": [_("capability assessment"), "ISO/IEC 27001:2022", "NIST CSF 2.0", printed_label(options.label)],
    }


def in_report_language(score: AssessmentScore, options: ReportOptions) -> tuple[AssessmentScore, ReportOptions]:
    """The pack's texts in the language this report is written in, whichever language its inputs were gathered in
    (the desktop gathers them before the export dialog asks for a language); every figure as it was."""
    from dataclasses import replace

    from ..domain.i18n import language
    from ..domain.localize import localized_comparison, localized_score, localized_workshop

    code = language()
    shown = localized_score(score, code)
    changes = {}
    if options.workshop is not None:
        changes["workshop"] = localized_workshop(options.workshop, score.pack, code)
    if options.since_last is not None:
        changes["since_last"] = replace(options.since_last,
                                        comparison=localized_comparison(options.since_last.comparison, code))
    return shown, (replace(options, **changes) if changes else options)


def _layout(score, info, path: Path, options: ReportOptions, report_date: dt.date) -> None:
    from .memo import remembering

    with _collection_paused(), remembering():
        _lay_out(score, info, path, options, report_date)


@contextlib.contextmanager
def _collection_paused():
    """Python's automatic cyclic garbage collection paused while pages are laid out, where it was on.

    A layout makes millions of small objects that live until the document is written, so each automatic
    collection walked all of them again: a quarter of the 1,000-question report's build time, for a few MB of
    cycles. What was not freed is collected as usual once collection resumes, after the build's memory of
    paragraphs is dropped (so that the first collection finds little left to walk). Where automatic collection
    is already off (the desktop app collects on its UI thread, ui/gc_guard.py), it stays off."""
    import gc

    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _lay_out(score, info, path: Path, options: ReportOptions, report_date: dt.date) -> None:
    from .context import ReportContext
    from .document import BoardDocument, PageInfo, headings_in
    from .sections.contents import DeferredContents
    from .styles import styles

    score, options = in_report_language(score, options)
    options.on_progress(0.02, N_("Preparing the report"))
    digest = score_fingerprint(score)
    subject = f"{info.organisation} · {score.pack.title} {score.pack.version}"
    placed = [0]
    estimate = [1]

    def on_flowable() -> None:
        placed[0] += 1
        if placed[0] % 8 == 0:
            options.check_cancelled()
            done = min(placed[0] / estimate[0], 0.98)
            options.on_progress(0.05 + 0.85 * done, N_("Laying out pages"))

    doc = BoardDocument(str(path), options, PageInfo(subject=subject, label=printed_label(options.label), fingerprint=digest,
                                                      draft=score.draft_label or ""),
                        on_flowable=on_flowable, **_metadata(score, info, options))
    ctx = ReportContext(score=score, info=info, options=options, narrative=narrate(score), fingerprint=digest,
                        report_date=report_date, width=doc.content_width, height=doc.content_height,
                        styles=styles())
    story = _story(ctx)
    headings = headings_in(story)
    for flowable in story:
        if isinstance(flowable, DeferredContents):
            flowable.attach(doc, headings)
    estimate[0] = max(len(story), 1)
    options.check_cancelled()
    doc.lay_out(story)  # one pass: page totals and contents page numbers are filled in at the end


def report_context(score: AssessmentScore, info: AssessmentInfo, options: ReportOptions, report_date: dt.date):
    """The context the sections render from, for the page size the options name (the Word and slide renderers
    read the same story the PDF lays out, so they measure it for the same page)."""
    from .context import ReportContext
    from .document import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_SIZES
    from .styles import styles

    width, height = PAGE_SIZES[options.page_size]
    return ReportContext(score=score, info=info, options=options, narrative=narrate(score),
                         fingerprint=score_fingerprint(score), report_date=report_date,
                         width=width - 2 * MARGIN_X, height=height - MARGIN_TOP - MARGIN_BOTTOM, styles=styles())


def report_story(ctx) -> list:
    """The story of flowables every format is made from (public: the Word renderer reads it)."""
    return _story(ctx)


def build_report(score: AssessmentScore, info: AssessmentInfo, out: Path, options: ReportOptions,
                 report_date: dt.date | None = None) -> None:
    """Write the board report to *out* in options.format (pdf, docx, pptx), atomically; a failure or
    cancellation leaves any previous file as it was.

    Raises ReportCancelled when options.is_cancelled() turns true, ReportWriteError (a MaturityError) when the
    target cannot be written.
    """
    from .fonts import register_fonts

    out = Path(out).expanduser()
    check_target(out)
    register_fonts()
    report_date = report_date or dt.date.today()
    # Every word, number and date of the report in its own language; on a worker thread this never touches
    # the language the window speaks meanwhile (a ContextVar override). Word and PowerPoint follow it too.
    # Progress and errors are for the person exporting: they stay in the caller's language.
    caller = i18n.language()
    options = dataclasses.replace(options, on_progress=_spoken_in(caller, options.on_progress))
    try:
        with i18n.using_language(options.language or caller):
            if options.format != "pdf":
                from .office import write_office

                write_office(score, info, out, options, report_date)
            else:
                _write(score, info, out, options, report_date)
    except OSError as exc:  # a full disk or a folder that vanished mid-build: say so, never a traceback
        raise ReportWriteError(_("the report could not be written to {path}: {error}").format(
            path=out, error=exc.strerror or exc)) from None
    options.on_progress(1.0, N_("Report written"))


def _spoken_in(language: str, on_progress):
    """on_progress, given English messages (N_) and handing them on translated into *language*."""
    def report(fraction: float, message: str) -> None:
        with i18n.using_language(language):
            on_progress(fraction, _(message))
    return report


def _write(score: AssessmentScore, info: AssessmentInfo, out: Path, options: ReportOptions,
           report_date: dt.date) -> None:
    with temporary_sibling(out) as laid_out:
        _layout(score, info, laid_out, options, report_date)
        options.check_cancelled()
        if options.password:
            options.on_progress(0.93, N_("Encrypting with AES-256"))
            from .encryption import encrypt_pdf

            with temporary_sibling(out) as encrypted:
                encrypt_pdf(laid_out, encrypted, options.password)
                options.check_cancelled()
                publish(encrypted, out)
        else:
            publish(laid_out, out)
