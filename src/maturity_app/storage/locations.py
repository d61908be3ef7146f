"""Where the app keeps its data on this machine (overridable for development and tests)."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "maturity-app"
DATA_DIR_ENV = "MATURITY_APP_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs  # only where there is no override: a command given --db may never ask

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


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
