"""Appendix A: every question with both levels, proof date, owner and evidence note, grouped by domain."""

from __future__ import annotations

from ...domain.i18n import _
from ..options import section_title

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Paragraph, TableStyle

from ...domain.evidence import verification_status
from ...domain.fingerprint import grouped, is_blank
from ...domain.scoring import QuestionScore
from .. import styles as st
from ..charts import QUADRANT_LABELS
from ..context import ReportContext, nice_date
from ..flowables import ReportTable, section_heading, sub_heading
from ..keeping import KeepUnlessHole
from ...domain.formatting import sentence
from ..text import safe, safe_or


def question_block(ctx: ReportContext, q: QuestionScore) -> list:
    s = ctx.styles
    a = q.answer
    practice = safe(ctx.level_label("capability", q.capability))
    if q.stale:
        claimed = _("Claimed {level}.").format(level=ctx.level_label("capability", a.capability))
        practice += f'<br/><font color="{st.ALERT}">{safe(claimed)} {safe(sentence(q.capped_reason))}</font>'
    quadrant = _(QUADRANT_LABELS[q.quadrant]) if q.quadrant else "—"
    grid = ReportTable(
        [[Paragraph(safe(h), s.cell_head) for h in (_("ON PAPER"), _("IN PRACTICE (EFFECTIVE)"), _("PROVEN ON"),
                                                     _("CAPABILITY OWNER"), _("QUADRANT"))],
         [Paragraph(safe(ctx.level_label("compliance", q.compliance)), s.cell),
          Paragraph(practice, s.cell),
          Paragraph(safe(nice_date(a.proven_on)) or "—", s.cell),
          Paragraph(safe_or(a.owner, _("No owner")), s.cell),
          Paragraph(safe(quadrant), s.cell)]],
        colWidths=[ctx.width * f for f in (0.2, 0.3, 0.14, 0.2, 0.16)],
    )
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    head = Paragraph(
        f"<b>{safe(q.question.title)}</b>&nbsp;&nbsp;<font color='{st.MUTED}' size='7.5'>{safe(q.question.id)}"
        f" · {safe(_('weight {weight}').format(weight=q.question.weight))}</font>", s.h3)
    asks = Paragraph(
        f"<font color='{st.COMPLIANCE}'>■</font> {safe(q.question.compliance)}<br/>"
        f"<font color='{st.CAPABILITY}'>■</font> {safe(q.question.capability)}", s.cell_muted)
    note = Paragraph(f"<b>{safe(_('Evidence note.'))}</b> {safe_or(a.evidence_note, _('None recorded.'))}", s.cell)
    proof = evidence_flowables(ctx, q)
    rule = ReportTable([[""]], colWidths=[ctx.width], rowHeights=[4])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(st.RULE))]))
    # The header and levels stay together; a long evidence note may then run over the page break.
    return [KeepUnlessHole([head, asks, grid]), note, *proof, rule]


def evidence_flowables(ctx: ReportContext, q: QuestionScore) -> list:
    """Each evidence file (name, its own date, SHA-256, whether the verifier saw it) and the verification."""
    s = ctx.styles
    if not q.evidence and q.verification is None:
        return []
    seen = set(q.verification.files) if q.verification is not None and q.verified else set()
    lines = [
        f"{safe(f.name)} · {safe(nice_date(f.dated)) or safe(_('undated'))} · SHA-256 {grouped(f.sha256)}"
        + (" · " + safe(_("verified by {name}").format(name=q.verification.verifier)) if f.sha256 in seen else "")
        for f in q.evidence
    ]
    files = "<br/>".join(lines) if lines else safe(_("None attached."))
    status = verification_status(q.verification, q.verified, q.counting_claim)
    return [Paragraph(f"<b>{safe(_('Evidence files.'))}</b> {files}", s.cell_muted),
            Paragraph(f"<b>{safe(_('Verification.'))}</b> {safe(status)}", s.cell_muted)]


def _untouched(q: QuestionScore) -> bool:
    """Nothing recorded but, at most, "not applicable": listed once in a compact list instead of an empty block."""
    levels_only = is_blank(q.answer.with_changes(compliance=None, capability=None))
    no_levels = q.answer.compliance is None and q.answer.capability is None
    return levels_only and (q.not_applicable or no_levels)


def compact_list(ctx: ReportContext, title: str, key: str, questions: list[QuestionScore]) -> list:
    s = ctx.styles
    by_domain: dict[str, list[str]] = {}
    for q in questions:
        by_domain.setdefault(q.domain.title, []).append(q.question.title)
    lines = "<br/>".join(f"<b>{safe(domain)}</b>: {safe('; '.join(titles))}" for domain, titles in by_domain.items())
    return [sub_heading(ctx, _("{title} ({count})").format(title=title, count=len(questions)), key),
            Paragraph(lines, s.cell)]


def every_question(ctx: ReportContext) -> list:
    s = ctx.styles
    untouched = [q for q in ctx.score.questions if _untouched(q)]
    story: list = [section_heading(ctx, section_title("questions"), "appendix-questions"),
                   Paragraph(safe(_("Both levels for every question with an answer, with the scale labels, the date "
                                    "capability was last proven, the capability owner, the evidence note as "
                                    "recorded, and each evidence file with its own date, its SHA-256 and who verified "
                                    "it.")
                                  + (" " + _("Questions with nothing recorded, or only marked not applicable, are "
                                             "listed once, at the end.") if untouched else "")),
                             s.body)]
    for index, d in enumerate(ctx.score.domains):
        shown = [q for q in d.questions if not _untouched(q)]
        if not shown:
            continue
        story.append(CondPageBreak(120))
        story.append(sub_heading(ctx, d.domain.title, f"appendix-domain-{index}"))
        for q in shown:
            story += question_block(ctx, q)
            ctx.options.check_cancelled()
    unanswered = [q for q in untouched if not q.not_applicable]
    not_applicable = [q for q in untouched if q.not_applicable]
    if unanswered:
        story += compact_list(ctx, _("Not answered yet"), "appendix-unanswered", unanswered)
    if not_applicable:
        story += compact_list(ctx, _("Not applicable"), "appendix-na", not_applicable)
    return story
