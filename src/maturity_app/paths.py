"""One place that finds bundled assets, from a source tree, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _asset_roots() -> list[Path]:
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(_PACKAGE_DIR / "_assets")  # where a wheel build places them
    roots.append(_PACKAGE_DIR.parent.parent)  # repository root (editable install / source)
    return roots


def asset_dir(name: str) -> Path:
    """Return the first existing top-level asset folder called *name* (``questionnaires``, ``resources``)."""
    for root in _asset_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found in {[str(r) for r in _asset_roots()]}")


def bundled_packs_dir() -> Path:
    try:
        return asset_dir("questionnaires")
    except FileNotFoundError:
        # A broken install still starts: the pack library then reports that no bundled pack was found.
        return _asset_roots()[-1] / "questionnaires"


def resources_dir() -> Path:
    return asset_dir("resources")


def package_data(name: str) -> Path:
    """A data file shipped inside the Python package (reference id lists)."""
    return _PACKAGE_DIR / "data" / name
