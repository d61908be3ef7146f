"""How the report writes numbers: whole points, "—" when missing, a typographic minus sign."""

from __future__ import annotations

MISSING = "—"


def number(value: float | None, unit: str = "") -> str:
    """A whole number such as an index or a share (``unit`` e.g. "%"), "—" when there is none."""
    return MISSING if value is None else f"{value:.0f}{unit}".replace("-", "−")


def signed_change(value: float | None) -> str:
    """A change between two values: "+3" or "−3", plain "0" when it rounds to nothing, "—" when unknown."""
    if value is None:
        return MISSING
    if round(value) == 0:
        return "0"
    return f"{'+' if value > 0 else '−'}{abs(value):.0f}"


def signed_gap(value: float) -> str:
    """A paper-minus-practice gap with its sign always shown, "+0" included."""
    return f"{value:+.0f}".replace("-", "−")
