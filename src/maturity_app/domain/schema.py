"""Pydantic models of a questionnaire pack: scales, domains and two-sided questions."""

from __future__ import annotations

from typing import Annotated, Literal

from .pydantic_plugins import without_plugin_discovery

without_plugin_discovery()  # before pydantic builds the first model below

from pydantic import (BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints, ValidationInfo, field_validator,
                      model_validator)

from .i18n import _
from .pack_titles import shows_own_language, translation_key
from .references import unknown_references

LEVELS = (0, 1, 2, 3, 4)
AXES = ("compliance", "capability")

# Hard limits keep a hostile or careless pack from producing an unusable screen or report.
_SHORT = 200
_LONG = 2000
_LABEL = 60
# "de", "de-AT": the language a pack is written in, and the key of each of its translations.
LANGUAGE_PATTERN = r"^[a-z]{2}(-[A-Z]{2})?$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class ScaleLevel(_Strict):
    level: int = Field(ge=0, le=4)
    label: str = Field(min_length=1, max_length=_LABEL)
    anchor: str = Field(min_length=1, max_length=_LONG)


class Scale(_Strict):
    title: str = Field(min_length=1, max_length=_SHORT)
    levels: list[ScaleLevel]

    @field_validator("levels")
    @classmethod
    def _levels_are_zero_to_four(cls, levels: list[ScaleLevel]) -> list[ScaleLevel]:
        found = [lvl.level for lvl in levels]
        if sorted(found) != list(LEVELS) or len(found) != len(set(found)):
            raise ValueError(_("a scale needs each level 0-4 exactly once, got {levels}").format(levels=found))
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
            raise ValueError(_("anchor levels {levels} are outside the 0-4 scale").format(levels=outside))
        empty = sorted(k for k, text in anchors.items() if not str(text).strip())
        if empty:
            raise ValueError(_("anchor texts for levels {levels} are empty").format(levels=empty))
        too_long = sorted(k for k, text in anchors.items() if len(text) > _LONG)
        if too_long:
            raise ValueError(_("anchor texts for levels {levels} exceed {limit} characters").format(
                levels=too_long, limit=_LONG))
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


# -- translations: the same texts in another language, keyed by id (never by position) ------------------------
# Each model holds only translatable text; ids, levels, weights, windows and references stay in the original.
# Whether a translation covers exactly what its original has is an authoring rule (translation_rules), checked
# when a pack file is read.
_Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=_SHORT)]
_Long = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=_LONG)]
_Level = Annotated[int, Field(ge=0, le=4)]
_Longer = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=_LONG * 2)]
_Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9._-]{1,63}$")]
LanguageCode = Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN)]


class LevelText(_Strict):
    label: str = Field(min_length=1, max_length=_LABEL)
    anchor: _Long


class ScaleText(_Strict):
    title: _Short
    levels: dict[_Level, LevelText]


class ScalesText(_Strict):
    compliance: ScaleText
    capability: ScaleText


class DomainText(_Strict):
    title: _Short
    description: _Long | None = None


class AnchorsText(_Strict):
    compliance: dict[_Level, _Long] = Field(default_factory=dict)
    capability: dict[_Level, _Long] = Field(default_factory=dict)


class QuestionText(_Strict):
    title: _Short
    compliance: _Long
    capability: _Long
    anchors: AnchorsText = Field(default_factory=AnchorsText)
    evidence: _Long | None = None
    consequence: _Long
    owner_role: _Short | None = None
    na_guidance: _Long | None = None
    reference_notes: _Long | None = None


class PackTranslation(_Strict):
    title: _Short
    description: _Longer | None = None  # the original's pack description may run to twice the usual length
    scales: ScalesText
    domains: dict[_Id, DomainText]
    questions: dict[_Id, QuestionText]


# Pack files read this session (pack_loader.load_library), by id and version: an assessment made before its pack's
# file gained a language is the same questionnaire and may be shown in it (Pack._borrowed).
_TRANSLATED_FILES: dict[tuple[str, str], Pack] = {}
_INSTALLED_READ: list[bool] = [False]  # the installed pack files were read once for this purpose (app.shown)


def remember_translations(pack: Pack) -> None:
    """Let older snapshots of *pack*'s id and version be shown in the languages its file carries."""
    if pack.translations:
        _TRANSLATED_FILES[(pack.id, pack.version)] = pack


def installed_files_read(mark: bool = False) -> bool:
    """Whether the installed pack files were read to lend their translations (*mark*: note that they were)."""
    if mark:
        _INSTALLED_READ[0] = True
    return _INSTALLED_READ[0]


def forget_translations() -> None:
    """Forget every remembered file (tests that read differently translated packs under one id)."""
    _TRANSLATED_FILES.clear()
    _INSTALLED_READ[0] = False


# Optional question texts: a translation carries one exactly when the original's is non-empty.
OPTIONAL_QUESTION_TEXTS = ("evidence", "owner_role", "na_guidance", "reference_notes")
REQUIRED_QUESTION_TEXTS = ("title", "compliance", "capability", "consequence")


def _localized_question(question: Question, text: QuestionText | None) -> Question:
    if text is None:
        return question
    update = {name: getattr(text, name) for name in REQUIRED_QUESTION_TEXTS}
    for name in OPTIONAL_QUESTION_TEXTS:
        if getattr(question, name) and getattr(text, name):
            update[name] = getattr(text, name)
    anchors = {axis: {level: getattr(text.anchors, axis).get(level, own)
                      for level, own in getattr(question.anchors, axis).items()} for axis in AXES}
    update["anchors"] = Anchors(**anchors)
    return question.model_copy(update=update)


def _localized_scale(scale: Scale, text: ScaleText) -> Scale:
    levels = []
    for level in scale.levels:
        own = text.levels.get(level.level)
        levels.append(level if own is None else level.model_copy(update={"label": own.label, "anchor": own.anchor}))
    return scale.model_copy(update={"title": text.title, "levels": levels})


def _localized_domain(domain: Domain, text: DomainText | None, questions: dict[str, QuestionText]) -> Domain:
    update: dict = {"questions": [_localized_question(q, questions.get(q.id)) for q in domain.questions]}
    if text is not None:
        update["title"] = text.title
        if domain.description and text.description:
            update["description"] = text.description
    return domain.model_copy(update=update)


class Pack(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]{1,63}$")
    version: str = Field(pattern=r"^\d+\.\d+(\.\d+)?$")
    title: str = Field(min_length=1, max_length=_SHORT)
    language: str = Field(pattern=LANGUAGE_PATTERN)
    description: str = Field(default="", max_length=_LONG * 2)
    subject: Literal["organisation", "vendor"] = "organisation"
    scales: Scales
    domains: list[Domain] = Field(min_length=1)
    translations: dict[LanguageCode, PackTranslation] = Field(
        default_factory=dict, description="The pack's texts in other languages, keyed by language, then by id")

    # The pack as read (a localized copy points back to it) and its localized copies, made once per language.
    _original: Pack | None = PrivateAttr(default=None)
    _localized: dict[str, Pack] = PrivateAttr(default_factory=dict)
    # Set on a copy that borrows an installed file's translations for an older snapshot: that snapshot, which is
    # what stays stored and fingerprinted.
    _stored: Pack | None = PrivateAttr(default=None)

    @field_validator("domains")
    @classmethod
    def _unique_ids(cls, domains: list[Domain], info: ValidationInfo) -> list[Domain]:
        seen_domains: set[str] = set()
        seen_questions: set[str] = set()
        for domain in domains:
            if domain.id in seen_domains:
                raise ValueError(_("duplicate domain id {id}").format(id=repr(domain.id)))
            seen_domains.add(domain.id)
            for question in domain.questions:
                if question.id in seen_questions:
                    raise ValueError(_("duplicate question id {id} (in domain {domain})").format(
                        id=repr(question.id), domain=repr(domain.id)))
                seen_questions.add(question.id)
        return domains

    @classmethod
    def from_snapshot(cls, snapshot: str) -> Pack:
        return cls.model_validate_json(snapshot, context={"trusted_snapshot": True})

    def snapshot(self) -> str:
        """The pack as read, translations included, whichever language this copy shows."""
        return self.stored().model_dump_json()

    # -- languages -----------------------------------------------------------------------------------------
    def original(self) -> Pack:
        """The pack whose texts this copy shows (itself unless this is a localized copy)."""
        return self._original or self

    def stored(self) -> Pack:
        """The pack as an assessment stores it, what its snapshot and fingerprint are made of, whichever language
        this copy shows (translations borrowed from an installed file for an older snapshot are not part of it)."""
        own = self.original()
        return own._stored or own

    def agrees_with(self, other: Pack) -> bool:
        """Same questionnaire: equal in everything but translations, and equal in the translations both carry.

        A snapshot taken before a pack gained its German text is the same questionnaire as one taken after; a
        pack whose shared translation differs is not (its German report would say something else).
        """
        mine, theirs = self.stored(), other.stored()
        if mine.model_dump(exclude={"translations"}) != theirs.model_dump(exclude={"translations"}):
            return False
        return all(mine.translations[code] == theirs.translations[code]
                   for code in mine.translations.keys() & theirs.translations.keys())

    def languages(self) -> list[str]:
        """Every language this pack can show: its own first, then its translations."""
        own = self.original()
        return [own.language, *sorted(code for code in own.translations if code != own.language)]

    def translation_for(self, language: str) -> str | None:
        """The translation key that serves *language* ('de' for 'de-AT' and the other way round), or None."""
        return translation_key(language, self.original().translations)

    def localized(self, language: str) -> Pack:
        """This pack with every text in *language*, or the original when the pack has no such translation.

        Only text changes: ids, order, levels, weights, windows and references are the original's, so a score
        never depends on the language it is shown in. ``snapshot()`` and the fingerprint of a localized copy
        are the original's.
        """
        own = self.original()
        if shows_own_language(language, own.language, own.translations):
            return own
        key = own.translation_for(language)
        if key is None:
            return own._borrowed(language)
        cached = own._localized.get(key)
        if cached is not None:
            return cached
        text = own.translations[key]
        update = {
            "title": text.title,
            "language": key,
            "scales": Scales(compliance=_localized_scale(own.scales.compliance, text.scales.compliance),
                             capability=_localized_scale(own.scales.capability, text.scales.capability)),
            "domains": [_localized_domain(d, text.domains.get(d.id), text.questions) for d in own.domains],
        }
        if own.description and text.description:
            update["description"] = text.description
        copy = own.model_copy(update=update)
        copy._original = own
        copy._localized = {}
        copy._stored = own._stored
        own._localized[key] = copy
        return copy

    def _borrowed(self, language: str) -> Pack:
        """An older snapshot of a questionnaire whose installed file has since gained *language*: shown with the
        file's text, stored and fingerprinted as the snapshot it is; itself when no such file agrees with it."""
        cache = f"+{language}"
        cached = self._localized.get(cache)
        if cached is not None:
            return cached
        donor = _TRANSLATED_FILES.get((self.id, self.version))
        if donor is None or donor is self or donor.translation_for(language) is None:
            return self  # not remembered: the file may still be read later in this session
        if not donor.agrees_with(self):
            return self  # another questionnaire under this id and version: its words would not be what was answered
        carrier = self.model_copy(update={"translations": donor.translations})
        carrier._original, carrier._localized, carrier._stored = None, {}, self
        shown = self._localized[cache] = carrier.localized(language)
        return shown

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
