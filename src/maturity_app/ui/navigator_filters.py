"""The navigator's filters (all, gaps, one per marker): the Go menu lists them at launch, before any assessment."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .language import translate
from .marker_names import MARKER_SHORT, ORDER


def _filters() -> dict[str, str]:
    """Every way to narrow the navigator: all, gaps, then one per marker, read from the marker definitions (a
    marker added in markers.ORDER gets its filter with no change here)."""
    filters = {"all": QT_TRANSLATE_NOOP("Navigator", "All questions"), "unanswered": MARKER_SHORT["unanswered"],
               "gaps": QT_TRANSLATE_NOOP("Navigator", "Gaps (paper maturity, exposed, stale proof, unowned)")}
    filters.update({marker: MARKER_SHORT[marker] for marker in ORDER if marker not in filters})
    return filters


FILTERS = _filters()  # English source text: filter_label() is what is shown


def filter_label(mode: str) -> str:
    text = FILTERS[mode]
    return translate("Markers", text) if mode in MARKER_SHORT else translate("Navigator", text)
