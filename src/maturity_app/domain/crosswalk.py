"""Each ISO/IEC 27001 control, NIST CSF outcome and NIS2/DORA article a question tests, the questions behind it,
and its verdict.

A control is "paper only" by the same rule as a domain (scoring.paper_only): its compliance index exceeds its
capability index by a full level, with enough of its questions' weight answered. An ISO id gets a row (and so a
verdict) only from questions that genuinely test it (reference_review.probed_iso_ids): NIST's CSF 2.0 mapping backs
the citation, or the pack explains it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .reference_review import probed_iso_ids
from .references import dora_articles, iso27001_controls, nis2_articles, nist_csf_subcategories
from .i18n import N_
from .schema import Question
from .scoring import AssessmentScore, QuestionScore, axis_index, enough_answers, paper_only

FRAMEWORKS = (  # (references field, heading, bookmark key), in the order the report shows them
    ("iso27001", "ISO/IEC 27001:2022", "crosswalk-iso"),
    ("nist_csf", "NIST Cybersecurity Framework 2.0", "crosswalk-nist"),
    ("nis2", N_("NIS2 — Directive (EU) 2022/2555"), "crosswalk-nis2"),
    ("dora", N_("DORA — Regulation (EU) 2022/2554"), "crosswalk-dora"),
)


@dataclass(frozen=True)
class ControlRow:
    control_id: str
    title: str
    questions: tuple[QuestionScore, ...]
    compliance: float | None  # compliance index (0-100) over the questions behind the control
    capability: float | None  # capability index (0-100), effective capability

    @property
    def enough_answers(self) -> bool:
        return enough_answers(self.questions)

    @property
    def paper_only(self) -> bool:
        return paper_only(self.compliance, self.capability, self.enough_answers)


CSF_FUNCTIONS = ("GV", "ID", "PR", "DE", "RS", "RC")  # NIST CSF 2.0's own order: Govern first, Recover last


def _sort_key(control_id: str):
    # "A.5.30" after "A.5.4"; clauses ("6.1.3") before Annex A; CSF ids in function order (GV, ID, PR, DE, RS,
    # RC), then category and number; "Art. 21(2)(c)" by numbers.
    parts = re.findall(r"\d+|[A-Za-z]+", control_id)
    if parts and parts[0] in CSF_FUNCTIONS:
        return [(0, CSF_FUNCTIONS.index(parts[0]), "")] + [(0, int(p), "") if p.isdigit() else (1, 0, p)
                                                           for p in parts[1:]]
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts]


def _titles(framework: str) -> dict[str, str]:
    return {"iso27001": iso27001_controls, "nist_csf": nist_csf_subcategories,
            "nis2": nis2_articles, "dora": dora_articles}[framework]()


def _tested(question: Question, framework: str) -> list[str]:
    if framework == "iso27001":
        return probed_iso_ids(question)
    return list(getattr(question.references, framework))


def untested_citations(score: AssessmentScore) -> list[str]:
    """ISO ids a question cites that NIST's mapping does not back and the question does not explain: no verdict."""
    found = {iso for q in score.questions for iso in q.question.references.iso27001
             if iso not in probed_iso_ids(q.question)}
    return sorted(found, key=_sort_key)


def control_rows(score: AssessmentScore, framework: str) -> list[ControlRow]:
    titles = _titles(framework)
    linked: dict[str, list[QuestionScore]] = defaultdict(list)
    for q in score.questions:
        for control_id in _tested(q.question, framework):
            linked[control_id].append(q)
    rows = []
    for control_id in sorted(linked, key=_sort_key):
        questions = tuple(linked[control_id])
        rows.append(ControlRow(
            control_id=control_id,
            title=titles.get(control_id, ""),
            questions=questions,
            compliance=axis_index(questions, "compliance"),
            capability=axis_index(questions, "capability"),
        ))
    return rows
