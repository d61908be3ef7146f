"""Each referenced ISO/IEC 27001 control or NIST CSF outcome, the questions that test it, and its verdict.

A control is "paper only" by the same rule as a domain (scoring.paper_only): its compliance index exceeds its
capability index by a full level, with enough of its questions' weight answered.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .references import iso27001_controls, nist_csf_subcategories
from .scoring import AssessmentScore, QuestionScore, axis_index, enough_answers, paper_only


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


def _sort_key(control_id: str):
    # "A.5.30" after "A.5.4"; clauses ("6.1.3") before Annex A; CSF ids alphabetically.
    parts = control_id.replace("-", ".").split(".")
    return [(0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts]


def control_rows(score: AssessmentScore, framework: str) -> list[ControlRow]:
    titles = iso27001_controls() if framework == "iso27001" else nist_csf_subcategories()
    linked: dict[str, list[QuestionScore]] = defaultdict(list)
    for q in score.questions:
        for control_id in getattr(q.question.references, framework):
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
