"""One parse per distinct pack snapshot: assessments of one pack version share the same snapshot (about 140 KB
for the core pack, 290 KB with its German text)."""

from __future__ import annotations

import hashlib
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
    key = hashlib.sha256(snapshot.encode()).digest()
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
