"""What a view shows: an assessment's pack in the language text is produced in right now.

Every face (window, projector, CLI, board report) builds what it shows through here, at the moment it builds it:
a report made inside ``i18n.using_language("de")`` on a worker thread gets German questions while the window
keeps its own language. Stores and use cases keep the pack as its snapshot has it, so what is saved, compared
across versions (re-assessment) and fingerprinted never depends on the language; scores use ids, never text.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain.i18n import language

if TYPE_CHECKING:  # pydantic stays off the start path (report_inputs is imported there)
    from ..domain.assessment import Assessment
    from ..domain.schema import Pack


def shown_pack(pack: Pack) -> Pack:
    """*pack* in the current language (itself when it has no translation into it)."""
    return pack.localized(language())


def shown(assessment: Assessment) -> Assessment:
    """*assessment* with its pack in the current language; the same object when nothing changes."""
    pack = shown_pack(assessment.pack)
    return assessment if pack is assessment.pack else replace(assessment, pack=pack)
