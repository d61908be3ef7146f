"""The markers' names and meanings (English source text), apart from the icons: the Go menu lists them at launch."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

ORDER = ("unanswered", "confirm", "paper", "exposed", "stale", "unowned", "escalated")
# English source text; what is shown goes through marker_text() / marker_short() (the interface language).
MARKER_TEXT = {
    "unanswered": QT_TRANSLATE_NOOP("Markers", "unanswered"),
    "confirm": QT_TRANSLATE_NOOP("Markers", "to confirm (pre-filled from the last cycle)"),
    "paper": QT_TRANSLATE_NOOP("Markers", "paper maturity (practice trails paper by {gap} or more levels)"),
    "exposed": QT_TRANSLATE_NOOP("Markers", "exposed (weak on both sides)"),
    "stale": QT_TRANSLATE_NOOP("Markers", "stale or missing proof (counted as level {level})"),
    "unowned": QT_TRANSLATE_NOOP("Markers", "no named capability owner"),
    "escalated": QT_TRANSLATE_NOOP("Markers", "escalated to the board"),
}
MARKER_SHORT = {"unanswered": QT_TRANSLATE_NOOP("Markers", "Unanswered"),
                "confirm": QT_TRANSLATE_NOOP("Markers", "To confirm"),
                "paper": QT_TRANSLATE_NOOP("Markers", "Paper maturity"),
                "exposed": QT_TRANSLATE_NOOP("Markers", "Exposed"),
                "stale": QT_TRANSLATE_NOOP("Markers", "Stale proof"),
                "unowned": QT_TRANSLATE_NOOP("Markers", "Unowned"),
                "escalated": QT_TRANSLATE_NOOP("Markers", "Escalated")}
