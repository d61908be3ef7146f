"""Appendix C: how the numbers are made, and the two scales from the pack the assessment used."""

from __future__ import annotations

from ...domain.i18n import _, ngettext
from ..options import section_title

from reportlab.platypus import Paragraph, TableStyle

from ...domain.method import scoring_rules
from ...domain.formatting import capitalised
from ...domain.portfolio import trust_categories
from .. import styles as st
from ..context import ReportContext
from ..flowables import ReportTable, section_heading, sub_heading
from ..keeping import KeepUnlessHole
from ..text import safe


def methodology_paragraphs() -> list[str]:
    rules = [f"<b>{safe(name)}.</b> {safe(rule)}" for name, rule in scoring_rules()]
    return [
        *rules,
        f"<b>{safe(_('Fingerprint.'))}</b> " + safe(_(
            "The SHA-256 digest on the cover is computed over canonical JSON of the questionnaire snapshot and the "
            "recorded answers (timestamps of when answers were typed are left out). {command} prints the same "
            "digest from the record; if they differ, the report does not match the record.")).format(
            command="<i>maturity-app fingerprint ID</i>"),
    ]


def not_applicable_block(ctx: ReportContext) -> list:
    s, score = ctx.styles, ctx.score
    na = score.not_applicable
    if not na:
        return [Paragraph(safe(_("No question was marked not applicable: every figure covers the whole "
                                 "questionnaire.")), s.body)]
    rows = [[Paragraph(safe(h), s.cell_head) for h in (_("Question"), _("Domain"), _("Weight"))]]
    rows += [[Paragraph(safe(q.question.title), s.cell), Paragraph(safe(q.domain.title), s.cell),
              Paragraph(str(q.question.weight), s.cell)] for q in na]
    table = ReportTable(rows, colWidths=[ctx.width * f for f in (0.58, 0.32, 0.10)], repeatRows=1)
    table.setStyle(TableStyle(st.grid_table_style()))
    return [Paragraph(safe(ngettext(
        "{count} questions marked not applicable are left out of every figure: weight {excluded} of {total} "
        "excluded.",
        "{count} questions marked not applicable are left out of every figure: weight {excluded} of {total} "
        "excluded.", len(na)).format(count=len(na), excluded=score.excluded_weight, total=score.total_weight)),
        s.body), table]


def trust_block(ctx: ReportContext) -> list:
    s = ctx.styles
    return [Paragraph(f"<b>{safe(capitalised(_(name)))}</b>: {safe(text)}.", s.body)
            for name, text in trust_categories().items()]


def scale_table(ctx: ReportContext, scale) -> ReportTable:
    s = ctx.styles
    rows = [[Paragraph(safe(h), s.cell_head) for h in (_("Level"), _("Label"), _("What it looks like"))]]
    for level in scale.levels:
        rows.append([Paragraph(f"<b>{level.level}</b>", s.cell), Paragraph(f"<b>{safe(level.label)}</b>", s.cell),
                     Paragraph(safe(level.anchor), s.cell)])
    table = ReportTable(rows, colWidths=[ctx.width * f for f in (0.08, 0.22, 0.70)], repeatRows=1)
    table.setStyle(TableStyle(st.grid_table_style()))
    return table


def methodology(ctx: ReportContext) -> list:
    s, scales = ctx.styles, ctx.pack.scales
    story: list = [section_heading(ctx, section_title("methodology"), "appendix-methodology")]
    story += [Paragraph(text, s.body) for text in methodology_paragraphs()]
    story.append(sub_heading(ctx, _("Limitations"), "method-limitations"))
    story.append(Paragraph(safe(ctx.limitations), s.body))
    story.append(sub_heading(ctx, _("Left out as not applicable"), "method-na"))
    story += not_applicable_block(ctx)
    if ctx.pack.subject == "vendor":
        story.append(sub_heading(ctx, _("Vendor trust categories"), "method-trust"))
        story += trust_block(ctx)
    # The two scales are read side by side: kept on one page, so the capability scale never ends the report alone.
    story.append(KeepUnlessHole([
        sub_heading(ctx, _("Compliance scale: {title}").format(title=scales.compliance.title), "scale-compliance"),
        scale_table(ctx, scales.compliance),
        sub_heading(ctx, _("Capability scale: {title}").format(title=scales.capability.title), "scale-capability"),
        scale_table(ctx, scales.capability),
    ]))
    return story
