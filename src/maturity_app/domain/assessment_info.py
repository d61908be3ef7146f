"""An assessment as a list shows it: who, what, with which questionnaire, when, and how far it got.

A named tuple rather than a dataclass like the rest of the assessment model (domain.assessment, which uses it under
the same name): the start page lists assessments before its first frame, and making a dataclass compiles its
methods when the module is imported (about as much as listing a thousand assessments). Its fields are annotated
with the types themselves, not postponed strings: typing compiles each such string into a ForwardRef as the class
is made, fifteen compilations before the first frame for nothing.
"""

from typing import NamedTuple


class AssessmentInfo(NamedTuple):
    id: int
    uid: str
    organisation: str
    scope: str
    assessor: str
    mode: str
    pack_id: str
    pack_version: str
    pack_title: str
    escalation_budget: int
    created_at: str
    updated_at: str
    answered: int = 0  # applicable questions answered on both axes (domain.scoring counts the same way)
    total: int = 0
    not_applicable: int = 0  # marked N/A on either axis

    @property
    def applicable(self) -> int:
        return self.total - self.not_applicable
