"""One parse per distinct pack snapshot: assessments of one pack version share the same snapshot (about 140 KB
for the core pack, 290 KB with its German text)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING
from collections import OrderedDict

if TYPE_CHECKING:
    from ..domain.schema import Pack

_KEEP = 32  # distinct snapshots kept parsed; a library has a handful of packs and versions
_cache: OrderedDict[bytes, Pack] = OrderedDict()
_lock = threading.Lock()  # a PDF export's worker thread may load while the UI thread lists


def pack_from_snapshot(snapshot: str) -> Pack:
    """The parsed pack of *snapshot*, cached by the snapshot's SHA-256 (a snapshot is never edited in place).

    Packs are treated as immutable by every reader, so sharing one instance between assessments is safe.
    """
    from hashlib import sha256  # OpenSSL's (a snapshot is 140-290 KB): imported once a snapshot is parsed

    key = sha256(snapshot.encode()).digest()
    with _lock:
        pack = _cache.get(key)
        if pack is not None:
            _cache.move_to_end(key)
            return pack
    from ..domain.schema import Pack  # pydantic: imported when a snapshot is first parsed, not at launch

    pack = Pack.from_snapshot(snapshot)  # a damaged snapshot raises ValueError: the caller names its assessment
    with _lock:
        _cache[key] = pack
        while len(_cache) > _KEEP:
            _cache.popitem(last=False)
    return pack


def share_parsed(pack: Pack) -> None:
    """Let every assessment whose stored snapshot is exactly *pack*'s use *pack* itself: an installed pack the
    library already parsed is then neither parsed again when such an assessment opens nor held twice.

    Keyed by the snapshot's own text, so an assessment made with any other version or wording of the pack still
    gets its own snapshot, exactly as stored.
    """
    from hashlib import sha256

    key = sha256(pack.stored().snapshot().encode()).digest()
    with _lock:
        _cache[key] = pack.stored()  # an earlier parse of the same text is let go with the last assessment using it
        _cache.move_to_end(key)
        while len(_cache) > _KEEP:
            _cache.popitem(last=False)


def snapshot_sha256(snapshot: str) -> str:
    from hashlib import sha256

    return sha256(snapshot.encode("utf-8")).hexdigest()


def store_snapshot(db, snapshot: str) -> int:
    """The id of *snapshot*'s row in pack_snapshots (migration m011), added if this content is new.

    Run inside the caller's transaction: the assessment row that references it is written in the same one.
    """
    digest = snapshot_sha256(snapshot)
    row = db.execute("SELECT id FROM pack_snapshots WHERE sha256 = ?", [digest]).fetchone()
    if row is not None:
        return row[0]
    return db.execute("INSERT INTO pack_snapshots (sha256, snapshot) VALUES (?, ?)", [digest, snapshot]).lastrowid


def snapshot_of(db, assessment_id: int) -> str | None:
    """The pack snapshot an assessment was made with; None when there is no such assessment."""
    row = db.execute("SELECT s.snapshot FROM assessments a JOIN pack_snapshots s ON s.id = a.pack_snapshot_id "
                     "WHERE a.id = ?", [assessment_id]).fetchone()
    return row[0] if row else None
