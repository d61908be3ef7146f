"""Titles the installed pack files lend to older snapshots, for the list of assessments.

An assessment made before its pack's file gained a language opens in that language (the file agrees with its
snapshot in everything but translations: schema.Pack.agrees_with); its row in the list should name it the same
way. Whether they agree needs the snapshot parsed, so this runs once the installed packs are read, after the
window's first frame: the few snapshots concerned are found by a small query (``wanting``), checked off the UI
thread (``agreeing``) and their titles lent (``lend``); the list is then read again. A snapshot that disagrees
(another text under the same id and version) keeps its own title, as it keeps its own text when opened.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.pack_titles import forget_lent_titles, lend_titles, translation_key

if TYPE_CHECKING:
    from ..domain.schema import Pack
    from .workspace import Workspace


@dataclass(frozen=True)
class Wanting:
    """A stored snapshot that lacks languages its installed pack file carries."""

    snapshot_id: int
    sha256: str
    snapshot: str
    donor: tuple[str, str]  # the installed pack's id and version
    languages: tuple[str, ...]


def wanting(ws: Workspace, packs: Iterable[Pack]) -> list[Wanting]:
    """The snapshots in use whose installed pack file (same id and version) carries languages they lack."""
    donors = {(p.id, p.version): p for p in packs if p.translations}
    if not donors:
        return []
    found = []
    rows = ws.db.execute(
        "SELECT DISTINCT a.pack_snapshot_id, a.pack_id, a.pack_version, t.language, t.translations "
        "FROM assessments a LEFT JOIN pack_snapshot_titles t ON t.snapshot_id = a.pack_snapshot_id").fetchall()
    for snapshot_id, pack_id, version, own, titles in rows:
        donor = donors.get((pack_id, version))
        if donor is None or snapshot_id is None:
            continue
        try:
            carried = set(json.loads(titles)) if titles else set()
        except (ValueError, TypeError):
            carried = set()
        if own:
            carried.add(own)
        missing = tuple(code for code in sorted(donor.translations) if translation_key(code, carried) is None)
        if not missing:
            continue
        row = ws.db.execute("SELECT sha256, snapshot FROM pack_snapshots WHERE id = ?", [snapshot_id]).fetchone()
        if row is not None:
            found.append(Wanting(snapshot_id, row[0], row[1], (pack_id, version), missing))
    return found


def agreeing(wanted: list[Wanting], packs: Iterable[Pack]) -> list[tuple[int, str, dict[str, str]]]:
    """(snapshot id, SHA-256, titles by language) for each wanting snapshot its installed file agrees with.
    Parses the snapshots: run it off the UI thread."""
    from ..domain.schema import Pack as PackModel

    donors = {(p.id, p.version): p for p in packs}
    lent = []
    for item in wanted:
        donor = donors.get(item.donor)
        if donor is None:
            continue
        try:
            stored = PackModel.from_snapshot(item.snapshot)
        except ValueError:
            continue  # a damaged snapshot is named where it is opened; here it simply lends nothing
        if donor.agrees_with(stored):
            lent.append((item.snapshot_id, item.sha256,
                         {code: donor.translations[code].title for code in item.languages}))
    return lent


def lend(lent: list[tuple[int, str, dict[str, str]]]) -> bool:
    """Let the list show these titles, and only these (the installed packs as read now lend them); whether there
    were any."""
    forget_lent_titles()
    for snapshot_id, sha256, titles in lent:
        lend_titles(snapshot_id, sha256, titles)
    return bool(lent)
