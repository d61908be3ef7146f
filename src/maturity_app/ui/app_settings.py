"""User preferences as a validated model, kept as one JSON file in the data folder.

Why JSON and not QSettings: one human-readable file next to the database that users can back up with their
data, validated on load (a hand-edited or damaged file falls back to defaults instead of crashing), atomic writes,
and testable without Qt. Window geometry is stored in it as base64 of Qt's own byte blob.

Plain Python rather than pydantic: these settings are read before the first window is painted, and importing
pydantic would cost the launch more than reading them (issue #21). Each field is checked as it is set.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from ..storage.locations import data_dir, ensure_private_dir

SETTINGS_FILE = "settings.json"
THEME_CHOICES = ("system", "light", "dark")
LANGUAGE_CHOICES = ("system", "en", "de")


def _text(value) -> str:
    if not isinstance(value, str):
        raise ValueError("must be text")
    return value


def _optional_text(value) -> str | None:
    return None if value is None else _text(value)


def _whole(value) -> int:
    if isinstance(value, bool):
        raise ValueError("must be a whole number")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        value = value.strip()
        if value.lstrip("+-").isdigit():
            return int(value)
    if not isinstance(value, int):
        raise ValueError("must be a whole number")
    return value


def _optional_whole(value) -> int | None:
    return None if value is None else _whole(value)


def _number(value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError("must be a number")
    number = float(value)  # a non-numeric string raises ValueError
    if not math.isfinite(number):
        raise ValueError("must be a finite number")
    return number


def _between(convert, low, high):
    def check(value):
        value = convert(value)
        if not low <= value <= high:
            raise ValueError(f"must be between {low} and {high}")
        return value

    return check


def _language(value) -> str:
    if value not in LANGUAGE_CHOICES:
        raise ValueError(f"must be one of {', '.join(LANGUAGE_CHOICES)}")
    return value


def _theme(value) -> str:
    if value not in THEME_CHOICES:
        raise ValueError(f"must be one of {', '.join(THEME_CHOICES)}")
    return value


_CHECKS = {
    "language": _language,
    "theme": _theme,
    "font_scale": _between(_number, 0.8, 2.0),
    "default_escalation_budget": _between(_whole, 0, 50),
    "window_geometry": _text,
    "window_state": _text,
    "splitter_state": _text,
    "last_assessment_id": _optional_whole,
    "last_question_id": _optional_text,
    "presentation_screen": _text,
}


# Every setting with its default, in the order the file lists them.
DEFAULTS = {
    "language": "system",  # one of LANGUAGE_CHOICES; "system" follows the system's language
    "theme": "system",  # one of THEME_CHOICES
    "font_scale": 1.0,  # 0.8 to 2.0
    "default_escalation_budget": 3,  # 0 to 50
    "window_geometry": "",  # base64 of QMainWindow.saveGeometry()
    "window_state": "",  # base64 of QMainWindow.saveState()
    "splitter_state": "",
    "last_assessment_id": None,
    "last_question_id": None,
    "presentation_screen": "",  # name of the screen presentation mode uses; "" picks one (a second screen)
}


class AppSettings:
    """The settings, each checked as it is set (``setting x: why (not value)`` as a ValueError).

    A plain class rather than a dataclass: they are read before the first frame, and making a dataclass compiles
    its methods (and imports the dataclasses module) at every launch."""

    __slots__ = tuple(DEFAULTS)

    language: str
    theme: str
    font_scale: float
    default_escalation_budget: int
    window_geometry: str
    window_state: str
    splitter_state: str
    last_assessment_id: int | None
    last_question_id: str | None
    presentation_screen: str

    def __init__(self, **values) -> None:
        unknown = set(values) - set(DEFAULTS)
        if unknown:
            raise TypeError(f"AppSettings has no setting {sorted(unknown)[0]!r}")
        for name, default in DEFAULTS.items():
            setattr(self, name, values.get(name, default))

    def __setattr__(self, name: str, value) -> None:
        check = _CHECKS.get(name)
        if check is not None:
            try:
                value = check(value)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"setting {name}: {exc} (not {value!r})") from None
        super().__setattr__(name, value)

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in DEFAULTS}

    def __eq__(self, other) -> bool:
        return self.as_dict() == other.as_dict() if isinstance(other, AppSettings) else NotImplemented

    __hash__ = None  # mutable: like the dataclass it was

    def __repr__(self) -> str:
        return "AppSettings(" + ", ".join(f"{name}={value!r}" for name, value in self.as_dict().items()) + ")"

    @classmethod
    def from_json_data(cls, data) -> AppSettings:
        """Settings from parsed JSON; unknown keys are ignored, one invalid value raises ValueError."""
        if not isinstance(data, dict):
            raise ValueError("the settings file must hold a JSON object")
        return cls(**{name: data[name] for name in _CHECKS if name in data})

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False)


def settings_path(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / SETTINGS_FILE


def load_settings(path: Path | None = None) -> AppSettings:
    """Read settings; a missing, unreadable or invalid file gives defaults (preferences are never worth a crash)."""
    path = path or settings_path()
    from ..storage.private_files import ReadFailed, read_regular_file

    try:
        return AppSettings.from_json_data(json.loads(read_regular_file(path, 1024 * 1024, "settings file")))
    except (OSError, ValueError, ReadFailed):
        return AppSettings()


def save_settings(settings: AppSettings, path: Path | None = None) -> bool:
    """Write atomically through the app's one safe writer; False when it could not (a full disk): preferences
    are never worth an error at quit, and nothing else depends on them."""
    from ..storage.private_files import WriteFailed, write_private_atomic

    path = path or settings_path()
    try:
        ensure_private_dir(path.parent)
        write_private_atomic(path, settings.to_json().encode("utf-8"))
    except (OSError, WriteFailed):
        return False
    return True
