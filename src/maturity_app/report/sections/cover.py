"""The cover: who and what was assessed, when, by whom, against which pack, and the record's fingerprint."""

from __future__ import annotations

from reportlab.platypus import FrameBreak, Paragraph, Spacer

from ...domain.fingerprint import grouped
from ..context import ReportContext, nice_date
from ..flowables import ShrinkToFit, label_value_table
from ..text import safe, safe_or, shorten


def cover(ctx: ReportContext) -> list:
    return [*cover_band(ctx), FrameBreak(), Spacer(1, 6), label_value_table(ctx, cover_rows(ctx))]


def cover_band(ctx: ReportContext, kicker: str = "Board report · Capability assessment") -> list:
    """What goes into the dark band at the top of the cover page."""
    s, info = ctx.styles, ctx.info
    story: list = [
        Paragraph(safe(kicker.upper()), s.cover_kicker),
        Paragraph("Compliance on paper,<br/>capability in practice", s.cover_title),
        Spacer(1, 10),
        Paragraph(safe_or(info.organisation, "Unnamed organisation"), s.cover_subject),
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
    when = assessed if not last or last == assessed else f"{assessed} (last updated {last})"
    digest = ctx.fingerprint
    return [
        ("SUBJECT", safe_or(info.organisation, "Unnamed organisation")),
        ("SCOPE", safe_or(info.scope, "Not stated")),
        ("ASSESSMENT DATE", safe(when)),
        (ctx.role.upper(), safe_or(info.assessor, "Not recorded")),
        ("QUESTIONNAIRE", f"{safe(pack.title)} · version {safe(pack.version)}"),
        ("COVERAGE", safe(ctx.narrative.coverage)),
        ("REPORT DATE", safe(nice_date(ctx.report_date))),
        ("CLASSIFICATION", safe_or(ctx.options.label, "None")),
        ("RECORD FINGERPRINT",
         f'<font face="DejaVuSans-Bold">{grouped(digest)}</font><br/><font color="#5F6B7A" size="7.2">SHA-256 of '
         f"the answers and questionnaire behind this report. To check a copy against the record, run "
         f"<i>maturity-app fingerprint {info.id}</i> and compare.</font>"),
    ]
