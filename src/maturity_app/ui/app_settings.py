"""User preferences as a validated pydantic model, kept as one JSON file in the data folder.

Why JSON and not QSettings: one human-readable file next to the database that users can back up with their
data, validated on load (a hand-edited or damaged file falls back to defaults instead of crashing), atomic writes,
and testable without Qt. Window geometry is stored in it as base64 of Qt's own byte blob.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..storage.locations import data_dir, ensure_private_dir

SETTINGS_FILE = "settings.json"


class AppSettings(BaseModel):
    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    language: Literal["system", "en", "de"] = "system"  # the interface; "system" follows the system's language
    theme: Literal["system", "light", "dark"] = "system"
    font_scale: float = Field(default=1.0, ge=0.8, le=2.0)
    default_escalation_budget: int = Field(default=3, ge=0, le=50)
    window_geometry: str = ""  # base64 of QMainWindow.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    splitter_state: str = ""
    last_assessment_id: int | None = None
    last_question_id: str | None = None
    presentation_screen: str = ""  # name of the screen presentation mode uses; "" picks one (a second screen)


def settings_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / SETTINGS_FILE


def load_settings(path: Path | None = None) -> AppSettings:
    """Read settings; a missing, unreadable or invalid file gives defaults (preferences are never worth a crash)."""
    path = path or settings_path()
    from ..storage.private_files import ReadFailed, read_regular_file

    try:
        return AppSettings.model_validate(json.loads(read_regular_file(path, 1024 * 1024, "settings file")))
    except (OSError, ValueError, ValidationError, ReadFailed):
        return AppSettings()


def save_settings(settings: AppSettings, path: Path | None = None) -> bool:
    """Write atomically through the app's one safe writer; False when it could not (a full disk): preferences
    are never worth an error at quit, and nothing else depends on them."""
    from ..storage.private_files import WriteFailed, write_private_atomic

    path = path or settings_path()
    try:
        ensure_private_dir(path.parent)
        write_private_atomic(path, settings.model_dump_json(indent=2).encode("utf-8"))
    except (OSError, WriteFailed):
        return False
    return True
