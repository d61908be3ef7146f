"""Where the app keeps its data on this machine (overridable for development and tests)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "maturity-app"
DATA_DIR_ENV = "MATURITY_APP_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    folder = _linux_user_data_dir()
    if folder is None:
        import platformdirs  # only where its answer is not worked out below

        folder = platformdirs.user_data_dir(APP_NAME, appauthor=False)
    return Path(folder)


def _linux_user_data_dir() -> str | None:
    """platformdirs' user data folder on a Linux desktop, worked out as every release the app accepts (>= 4.2)
    works it out ($XDG_DATA_HOME, else ~/.local/share, then the app's name), without importing it: its eight
    modules cost every launch about 12 M instructions (~2 ms) before the first frame. None wherever releases
    could answer otherwise or the rule is another (a relative XDG_DATA_HOME, a missing or relative HOME, Android,
    any other system): platformdirs answers there. tests/unit/test_data_folder.py holds the two answers equal."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel") or (
            os.environ.get("ANDROID_DATA") == "/data" and os.environ.get("ANDROID_ROOT") == "/system"):
        return None
    base = os.environ.get("XDG_DATA_HOME", "")
    if not base.startswith("/"):  # not absolute: ignored, unless releases read it differently
        if base.strip():
            return None  # relative: older releases used it, newer ones ignore it
        if not os.environ.get("HOME", "").startswith("/"):
            return None  # releases differ in falling back to the password database
        base = os.path.expanduser("~/.local/share")
    return os.path.join(base, APP_NAME)


def default_database_path() -> Path:
    return data_dir() / "assessments.db"


def sample_database_path() -> Path:
    """Where `maturity-app demo` puts its fictional organisation, away from the user's own assessments."""
    return data_dir() / "sample-assessments.db"


def user_packs_dir() -> Path:
    return data_dir() / "packs"


def backups_dir() -> Path:
    return data_dir() / "backups"


def ensure_private_dir(folder: Path) -> Path:
    """Create *folder* readable by the user only: the data describes an organisation's weakest points."""
    missing = []
    for ancestor in (folder, *folder.parents):  # every folder created here is private, not only the last
        if ancestor.exists():
            break
        missing.append(ancestor)
    for created in reversed(missing):
        created.mkdir(exist_ok=True, mode=0o700)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def log_dir() -> Path:
    """Where unexpected errors are logged: the platform's log folder (beside the data in development and tests)."""
    if os.environ.get(DATA_DIR_ENV):
        return data_dir() / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
