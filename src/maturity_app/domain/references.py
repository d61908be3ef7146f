"""The official identifier lists that questions may reference, and NIST's CSF 2.0 -> ISO/IEC 27001:2022 mapping."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Literal

from ..paths import package_data

Support = Literal["exact", "family"]


@cache
def iso27001_controls() -> dict[str, str]:
    """Clause and Annex A ids (``6.1.3``, ``A.5.30``) mapped to their titles."""
    return json.loads(package_data("iso27001_2022.json").read_text(encoding="utf-8"))["ids"]


def annex_a_controls() -> dict[str, str]:
    """The 93 Annex A controls, in the standard's order."""
    return {k: v for k, v in iso27001_controls().items() if k.startswith("A.")}


@cache
def nist_csf_subcategories() -> dict[str, str]:
    """CSF 2.0 subcategory ids (``RC.RP-03``) mapped to their outcome text."""
    return json.loads(package_data("nist_csf_2_0.json").read_text(encoding="utf-8"))["ids"]


@cache
def _eu_articles() -> dict:
    return json.loads(package_data("eu_regulation_articles.json").read_text(encoding="utf-8"))


def nis2_articles() -> dict[str, str]:
    """Directive (EU) 2022/2555 (NIS2) provisions (``Art. 21(2)(c)``) mapped to what they require."""
    return _eu_articles()["nis2"]["ids"]


def dora_articles() -> dict[str, str]:
    """Regulation (EU) 2022/2554 (DORA) provisions (``Art. 28(3)``) mapped to what they require."""
    return _eu_articles()["dora"]["ids"]


def unknown_references(iso_ids: list[str], csf_ids: list[str],
                       nis2_ids: list[str] = (), dora_ids: list[str] = ()) -> list[str]:
    from .i18n import N_, _

    problems = []
    for ids, known, text in ((iso_ids, iso27001_controls(), N_("unknown ISO/IEC 27001:2022 ids {ids}")),
                             (csf_ids, nist_csf_subcategories(), N_("unknown NIST CSF 2.0 ids {ids}")),
                             (nis2_ids, nis2_articles() if nis2_ids else {}, N_("unknown NIS2 articles {ids}")),
                             (dora_ids, dora_articles() if dora_ids else {}, N_("unknown DORA articles {ids}"))):
        unknown = [i for i in ids if i not in known]
        if unknown:
            problems.append(_(text).format(ids=unknown))
    return problems


@dataclass(frozen=True)
class CsfIsoMapping:
    """NIST's informative references from CSF 2.0 outcomes to ISO/IEC 27001:2022 clauses and controls."""

    source: str
    export_generated: str
    subcategories: dict[str, frozenset[str]]
    categories: dict[str, frozenset[str]]

    def category_pool(self, category: str) -> frozenset[str]:
        """Every ISO id NIST links to the category itself or to any of its subcategories."""
        pool = set(self.categories.get(category, ()))
        for sub, ids in self.subcategories.items():
            if csf_category(sub) == category:
                pool |= ids
        return frozenset(pool)

    def support(self, csf_id: str, iso_id: str) -> Support | None:
        """How NIST's mapping backs citing *csf_id* and *iso_id* together.

        ``exact``: NIST lists this ISO id for this subcategory. ``family``: NIST links the same ISO control family
        (an Annex A control itself, or a clause's two-level parent such as 6.1 for 6.1.2) to this subcategory, its
        category or a sibling subcategory in the same category. ``None``: NIST's mapping does not back the pair.
        """
        if iso_id in self.subcategories.get(csf_id, ()):
            return "exact"
        family = iso_family(iso_id)
        nearby = self.category_pool(csf_category(csf_id)) | self.subcategories.get(csf_id, frozenset())
        if any(iso_family(other) == family for other in nearby):
            return "family"
        return None


def csf_category(csf_id: str) -> str:
    return csf_id.split("-", 1)[0]


def iso_family(iso_id: str) -> str:
    """An Annex A control is its own family; a clause belongs to its two-level parent (9.3.2 -> 9.3)."""
    if iso_id.startswith("A."):
        return iso_id
    return ".".join(iso_id.split(".")[:2])


@cache
def csf_iso_mapping() -> CsfIsoMapping:
    data = json.loads(package_data("nist_csf_2_0_to_iso27001_2022.json").read_text(encoding="utf-8"))
    return CsfIsoMapping(
        source=data["source"],
        export_generated=data["export_generated"],
        subcategories={k: frozenset(v) for k, v in data["subcategories"].items()},
        categories={k: frozenset(v) for k, v in data["categories"].items()},
    )
