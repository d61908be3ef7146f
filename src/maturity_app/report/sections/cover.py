"""The cover: who and what was assessed, when, by whom, against which pack, and the record's fingerprint."""

from __future__ import annotations

from reportlab.platypus import FrameBreak, Paragraph, Spacer

from ...domain.fingerprint import grouped
from ...domain.formatting import long_day
from ...domain.i18n import _
from ..context import ReportContext, nice_date
from ..options import printed_label
from ..flowables import ShrinkToFit, label_value_table
from ..text import safe, safe_or, shorten


def cover(ctx: ReportContext) -> list:
    return [*cover_band(ctx), FrameBreak(), Spacer(1, 6), label_value_table(ctx, cover_rows(ctx))]


def cover_band(ctx: ReportContext, kicker: str | None = None) -> list:
    """What goes into the dark band at the top of the cover page."""
    s, info = ctx.styles, ctx.info
    kicker = _("Board report · Capability assessment") if kicker is None else kicker
    story: list = [
        Paragraph(safe(kicker.upper()), s.cover_kicker),
        Paragraph(safe(_("Compliance on paper,\ncapability in practice")).replace("\n", "<br/>"), s.cover_title),
        Spacer(1, 10),
        Paragraph(safe_or(info.organisation, _("Unnamed organisation")), s.cover_subject),
    ]
    if info.scope.strip():
        story.append(Paragraph(safe(shorten(info.scope, 420)), s.cover_scope))
    if ctx.score.draft_label:
        story += [Spacer(1, 6), Paragraph(safe(ctx.score.draft_label.upper()), s.cover_kicker)]
    # A very long name must shrink inside the band, not push the rest of the cover onto another page.
    return [ShrinkToFit(story, ctx.width)]


def cover_rows(ctx: ReportContext) -> list[tuple[str, object]]:
    info, pack = ctx.info, ctx.pack
    assessed = nice_date(info.created_at)
    last = nice_date(info.updated_at)
    when = assessed if not last or last == assessed else _("{day} (last updated {last})").format(day=assessed,
                                                                                                    last=last)
    digest = ctx.fingerprint
    check = safe(_("SHA-256 of the answers and questionnaire behind this report. To check a copy against the "
                   "record, run {command} and compare.")).format(
        command=f"<i>maturity-app fingerprint {info.id}</i>")
    return [
        (_("SUBJECT"), safe_or(info.organisation, _("Unnamed organisation"))),
        (_("SCOPE"), safe_or(info.scope, _("Not stated"))),
        (_("ASSESSMENT DATE"), safe(when)),
        (ctx.role.upper(), safe_or(info.assessor, _("Not recorded"))),
        (_("QUESTIONNAIRE"), safe(_("{title} · version {version}").format(title=pack.title, version=pack.version))),
        (_("COVERAGE"), safe(ctx.narrative.coverage)),
        (_("REPORT DATE"), safe(long_day(ctx.report_date))),
        (_("CLASSIFICATION"), safe_or(printed_label(ctx.options.label), _("None"))),
        (_("RECORD FINGERPRINT"),
         f'<font face="DejaVuSans-Bold">{grouped(digest)}</font><br/><font color="#5F6B7A" size="7.2">{check}</font>'),
    ]
