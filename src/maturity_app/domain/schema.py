"""Pydantic models of a questionnaire pack: scales, domains and two-sided questions."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from .references import unknown_references

LEVELS = (0, 1, 2, 3, 4)
AXES = ("compliance", "capability")

# Hard limits keep a hostile or careless pack from producing an unusable screen or report.
_SHORT = 200
_LONG = 2000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class ScaleLevel(_Strict):
    level: int = Field(ge=0, le=4)
    label: str = Field(min_length=1, max_length=60)
    anchor: str = Field(min_length=1, max_length=_LONG)


class Scale(_Strict):
    title: str = Field(min_length=1, max_length=_SHORT)
    levels: list[ScaleLevel]

    @field_validator("levels")
    @classmethod
    def _levels_are_zero_to_four(cls, levels: list[ScaleLevel]) -> list[ScaleLevel]:
        found = [lvl.level for lvl in levels]
        if sorted(found) != list(LEVELS) or len(found) != len(set(found)):
            raise ValueError(f"a scale needs each level 0-4 exactly once, got {found}")
        return sorted(levels, key=lambda lvl: lvl.level)

    def level(self, value: int) -> ScaleLevel:
        return self.levels[value]


class Scales(_Strict):
    compliance: Scale
    capability: Scale


class Anchors(_Strict):
    """Per-question anchor texts: what each level looks like for this question, on each axis."""

    compliance: dict[int, str] = Field(default_factory=dict)
    capability: dict[int, str] = Field(default_factory=dict)

    @field_validator("compliance", "capability")
    @classmethod
    def _keys_on_scale(cls, anchors: dict[int, str]) -> dict[int, str]:
        outside = sorted(k for k in anchors if k not in LEVELS)
        if outside:
            raise ValueError(f"anchor levels {outside} are outside the 0-4 scale")
        empty = sorted(k for k, text in anchors.items() if not str(text).strip())
        if empty:
            raise ValueError(f"anchor texts for levels {empty} are empty")
        too_long = sorted(k for k, text in anchors.items() if len(text) > _LONG)
        if too_long:
            raise ValueError(f"anchor texts for levels {too_long} exceed {_LONG} characters")
        return dict(sorted(anchors.items()))


class References(_Strict):
    iso27001: list[str] = Field(default_factory=list)
    nist_csf: list[str] = Field(default_factory=list)
    nis2: list[str] = Field(default_factory=list, description="NIS2 provisions, written 'Art. 21(2)(c)'")
    dora: list[str] = Field(default_factory=list, description="DORA provisions, written 'Art. 28(8)'")

    @field_validator("iso27001", "nist_csf", "nis2", "dora", mode="before")
    @classmethod
    def _numbers_become_ids(cls, ids: object) -> object:
        # YAML reads an unquoted clause such as 9.3 as a number; accept it as the id the author meant.
        if isinstance(ids, list):
            return [str(i) if isinstance(i, (int, float)) and not isinstance(i, bool) else i for i in ids]
        return ids

    @model_validator(mode="after")
    def _known_ids(self, info: ValidationInfo) -> References:
        # A pack snapshot stored with an assessment was valid when taken; it must stay loadable even if a
        # later release corrects the reference lists.
        if info.context and info.context.get("trusted_snapshot"):
            return self
        problems = unknown_references(self.iso27001, self.nist_csf, self.nis2, self.dora)
        if problems:
            raise ValueError("; ".join(problems))
        return self


class Question(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{1,63}$")
    title: str = Field(min_length=1, max_length=_SHORT)
    compliance: str = Field(min_length=1, max_length=_LONG, description="What compliance asks: paper and evidence")
    capability: str = Field(min_length=1, max_length=_LONG, description="What capability asks: proven in practice")
    anchors: Anchors = Field(default_factory=Anchors)
    evidence: str = Field(default="", max_length=_LONG, description="What counts as proof")
    freshness_months: int = Field(default=12, ge=1, le=60)
    weight: int = Field(default=2, ge=1, le=3)
    consequence: str = Field(min_length=1, max_length=_LONG, description="What the board should hear if this fails")
    references: References = Field(default_factory=References)
    reference_notes: str = Field(
        default="", max_length=_LONG,
        description="Why a cited pair is not in NIST's CSF 2.0 -> ISO/IEC 27001:2022 mapping, or why nothing is cited")
    owner_role: str = Field(
        default="", max_length=_SHORT,
        description="The role that normally owns this, offered as the owner field's placeholder")
    na_guidance: str = Field(
        default="", max_length=_LONG,
        description="When 'not applicable' is the honest answer, for anchors that depend on an event happening")

    def anchor(self, axis: str, level: int, scales: Scales) -> str:
        own = getattr(self.anchors, axis).get(level)
        return own if own else getattr(scales, axis).level(level).anchor


class Domain(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{1,63}$")
    title: str = Field(min_length=1, max_length=_SHORT)
    description: str = Field(default="", max_length=_LONG)
    questions: list[Question] = Field(min_length=1)


class Pack(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{1,63}$")
    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    title: str = Field(min_length=1, max_length=_SHORT)
    language: str = Field(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")
    description: str = Field(default="", max_length=_LONG * 2)
    subject: Literal["organisation", "vendor"] = "organisation"
    scales: Scales
    domains: list[Domain] = Field(min_length=1)

    @field_validator("domains")
    @classmethod
    def _unique_ids(cls, domains: list[Domain], info: ValidationInfo) -> list[Domain]:
        seen_domains: set[str] = set()
        seen_questions: set[str] = set()
        for domain in domains:
            if domain.id in seen_domains:
                raise ValueError(f"duplicate domain id {domain.id!r}")
            seen_domains.add(domain.id)
            for question in domain.questions:
                if question.id in seen_questions:
                    raise ValueError(f"duplicate question id {question.id!r} (in domain {domain.id!r})")
                seen_questions.add(question.id)
        return domains

    @classmethod
    def from_snapshot(cls, snapshot: str) -> Pack:
        return cls.model_validate_json(snapshot, context={"trusted_snapshot": True})

    def snapshot(self) -> str:
        return self.model_dump_json()

    def questions(self) -> list[Question]:
        return [q for d in self.domains for q in d.questions]

    def question(self, question_id: str) -> Question:
        for q in self.questions():
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def domain_of(self, question_id: str) -> Domain:
        for d in self.domains:
            if any(q.id == question_id for q in d.questions):
                return d
        raise KeyError(question_id)
