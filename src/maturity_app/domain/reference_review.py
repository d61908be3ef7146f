"""Checks a pack's references against NIST's CSF 2.0 -> ISO/IEC 27001:2022 mapping and measures Annex A coverage.

A question "cites" every combination of its CSF outcomes and its ISO ids. A cited pair is supported when NIST's
mapping lists it (exact) or links the same ISO control family to the same CSF category (family); every other pair
must be explained in the question's ``reference_notes``. An ISO id a question cites counts as *tested* by that
question when NIST backs it against one of the question's CSF outcomes or the notes explain the citation; only
tested controls get a verdict in the report and count as probed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .i18n import _
from .references import Support, annex_a_controls, csf_iso_mapping
from .schema import Question


@dataclass(frozen=True)
class CitedPair:
    question_id: str
    csf: str
    iso: str
    support: Support | None


def cited_pairs(questions: Iterable[Question]) -> list[CitedPair]:
    mapping = csf_iso_mapping()
    return [CitedPair(q.id, csf, iso, mapping.support(csf, iso))
            for q in questions for csf in q.references.nist_csf for iso in q.references.iso27001]


def supported_share(pairs: list[CitedPair]) -> float | None:
    """Share of cited pairs NIST's mapping supports, exactly or by control family; None when nothing is cited."""
    if not pairs:
        return None
    return sum(1 for p in pairs if p.support) / len(pairs)


def unexplained(questions: Iterable[Question]) -> list[str]:
    """One line per question that cites an unsupported pair, or cites no framework at all, without saying why."""
    problems = []
    for q in questions:
        if q.reference_notes:
            continue
        refs = q.references
        if not (refs.iso27001 or refs.nist_csf or refs.nis2 or refs.dora):
            problems.append(f"{q.id}: " + _("cites no framework and has no reference_notes saying why"))
            continue
        if refs.iso27001 and not refs.nist_csf:
            problems.append(f"{q.id}: " + _("cites ISO/IEC 27001 ids but no CSF 2.0 outcome to check them "
                                            "against, and has no reference_notes saying why"))
            continue
        bad = [f"({p.csf}, {p.iso})" for p in cited_pairs([q]) if p.support is None]
        if bad:
            problems.append(f"{q.id}: " + _("{pairs} not in NIST's CSF 2.0 -> ISO/IEC 27001:2022 mapping; say why "
                                            "in reference_notes or cite what the question tests").format(
                pairs=", ".join(bad)))
    return problems


def probed_iso_ids(question: Question) -> list[str]:
    """The ISO ids this question genuinely tests (see module docstring), in the order cited."""
    refs = question.references
    if question.reference_notes:
        return list(refs.iso27001)
    mapping = csf_iso_mapping()
    return [iso for iso in refs.iso27001 if any(mapping.support(csf, iso) for csf in refs.nist_csf)]


@dataclass(frozen=True)
class AnnexACoverage:
    probed: tuple[str, ...]
    not_probed: tuple[str, ...]

    @property
    def total(self) -> int:
        return len(self.probed) + len(self.not_probed)


def annex_a_coverage(questions: Iterable[Question]) -> AnnexACoverage:
    tested = {iso for q in questions for iso in probed_iso_ids(q)}
    controls = list(annex_a_controls())
    return AnnexACoverage(probed=tuple(c for c in controls if c in tested),
                          not_probed=tuple(c for c in controls if c not in tested))
