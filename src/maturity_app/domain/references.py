"""The official ISO/IEC 27001:2022 and NIST CSF 2.0 identifier lists that questions may reference."""

from __future__ import annotations

import json
from functools import cache

from ..paths import package_data


@cache
def iso27001_controls() -> dict[str, str]:
    """Clause and Annex A ids (``6.1.3``, ``A.5.30``) mapped to their titles."""
    return json.loads(package_data("iso27001_2022.json").read_text(encoding="utf-8"))["ids"]


@cache
def nist_csf_subcategories() -> dict[str, str]:
    """CSF 2.0 subcategory ids (``RC.RP-03``) mapped to their outcome text."""
    return json.loads(package_data("nist_csf_2_0.json").read_text(encoding="utf-8"))["ids"]


def unknown_references(iso_ids: list[str], csf_ids: list[str]) -> list[str]:
    problems = []
    unknown_iso = [i for i in iso_ids if i not in iso27001_controls()]
    if unknown_iso:
        problems.append(f"unknown ISO/IEC 27001:2022 ids {unknown_iso}")
    unknown_csf = [i for i in csf_ids if i not in nist_csf_subcategories()]
    if unknown_csf:
        problems.append(f"unknown NIST CSF 2.0 ids {unknown_csf}")
    return problems
