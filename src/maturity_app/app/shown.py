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
    """*pack* in the current language (itself when neither it nor its installed file has that language)."""
    code = language()
    shown = pack.localized(code)
    if shown.language.split("-")[0] != code.split("-")[0] and _read_installed_packs():
        shown = pack.localized(code)  # an older snapshot whose installed file has since gained the language
    return shown


def shown_pack_change(change, old: Pack, new: Pack):
    """A re-assessment's pack change (domain.reassess.PackChange) naming questions in the current language."""
    from ..domain.localize import localized_pack_change

    return localized_pack_change(change, old, new, language())


def _read_installed_packs() -> bool:
    """Read the installed pack files once, so their translations serve older snapshots (the desktop reads them
    at start anyway; a command line run only when it first shows a pack in another language)."""
    from ..domain.schema import installed_files_read

    if installed_files_read():
        return False
    installed_files_read(mark=True)
    from ..domain.errors import MaturityError
    from ..domain.pack_loader import load_library
    from ..paths import bundled_packs_dir
    from ..storage.locations import user_packs_dir

    try:
        load_library(bundled_packs_dir(), user_packs_dir())
    except (OSError, MaturityError):
        return False  # nothing to lend: the pack stays in its own language
    return True


def shown(assessment: Assessment) -> Assessment:
    """*assessment* with its pack in the current language; the same object when nothing changes."""
    pack = shown_pack(assessment.pack)
    return assessment if pack is assessment.pack else replace(assessment, pack=pack)
