"""Right-to-left text in the PDF: the Unicode bidirectional algorithm (UAX #9, python-bidi's implementation),
with the visual-to-logical index map a layout needs to reorder whole words or runs rather than characters.

reportlab's own right-to-left support needs its fribidi binding (rlbidi), which is not published for every
platform, and reorders words only in paragraphs of a single font; the report reorders each laid-out line itself
(scripts.py) and each line of page furniture and chart labels (fonts.pieces).
"""

from __future__ import annotations

import unicodedata

_RTL_CLASSES = frozenset({"R", "AL"})


def _resolved(text: str, base_direction: str | None) -> dict:
    """python-bidi's per-character storage for *text*, levels resolved (rules P-I) but not yet reordered."""
    from bidi import algorithm as uba

    storage = uba.get_empty_storage()
    direction = (base_direction or "").upper()
    level = 1 if direction == "RTL" else 0 if direction == "LTR" else uba.get_base_level(text)
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    uba.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["logical"] = index
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    return storage


def log2vis(text: str, base_direction: str | None = "LTR", visual_to_logical: list | None = None) -> str:
    """*text* (one line, logical order) in visual order; *visual_to_logical* receives, for each visual position,
    the logical index it came from. Mirrored brackets are mirrored inside right-to-left runs."""
    from bidi import algorithm as uba

    if not text:
        if visual_to_logical is not None:
            visual_to_logical[:] = []
        return text
    storage = _resolved(text, base_direction)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    chars = storage["chars"]
    if visual_to_logical is not None:
        visual_to_logical[:] = [c["logical"] for c in chars]
    return "".join(c["ch"] for c in chars)


def levels(text: str, base_direction: str = "LTR") -> list[int]:
    """The embedding level of each character of *text* (even: left to right, odd: right to left)."""
    if not text:
        return []
    storage = _resolved(text, base_direction)
    out = [0] * len(text)
    for char in storage["chars"]:
        out[char["logical"]] = char["level"]
    return out


def base_direction(text: str) -> str:
    """"RTL" when the first strong letter of *text* is Hebrew or Arabic (rule P2), else "LTR"."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return "RTL"
        if kind == "L":
            return "LTR"
    return "LTR"


_left_to_right_chars: set[str] = set()  # characters known not to be right-to-left letters, learnt as met


def has_right_to_left(text: str) -> bool:
    if _left_to_right_chars.issuperset(text):
        return False
    for char in set(text).difference(_left_to_right_chars):
        if unicodedata.bidirectional(char) in _RTL_CLASSES:
            return True
        _left_to_right_chars.add(char)
    return False
