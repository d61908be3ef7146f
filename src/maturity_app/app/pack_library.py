"""The installed packs, shared with the assessments made from them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..storage.pack_snapshots import share_parsed

if TYPE_CHECKING:
    from ..domain.pack_loader import PackLibrary


def shared_with_assessments(library: PackLibrary) -> PackLibrary:
    """*library*, each of its packs now also serving the assessments whose snapshot is exactly that pack: opening
    one parses nothing and holds no second copy of the questionnaire (an assessment made with another version
    or wording keeps its own snapshot)."""
    for pack in library.packs.values():
        share_parsed(pack)
    return library
