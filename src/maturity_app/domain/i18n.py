"""The language every Qt-free text is produced in: one setting for the interface, one override per task.

The interface language is process-wide (the window and the command line share it). Work that needs another
language (a board report in German while the window speaks English, built on a worker thread) wraps itself in
``using_language(code)``: the override lives in a ContextVar, so it stays with that thread and never leaks into
what the window shows meanwhile.

The catalogue (gettext-style ``_()`` over English source strings) is filled in by the translation work of #18;
until a language has a catalogue, ``_()`` returns the English source text unchanged.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

SOURCE_LANGUAGE = "en"
SUPPORTED = ("en", "de")

_interface_language = SOURCE_LANGUAGE
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("maturity_language", default=None)


def normalise(code: str | None) -> str:
    """'de_DE.UTF-8', 'de-AT', 'DE' -> 'de'; anything unsupported (or None) -> the source language."""
    if not code:
        return SOURCE_LANGUAGE
    base = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return base if base in SUPPORTED else SOURCE_LANGUAGE


def set_language(code: str | None) -> str:
    """Set the interface language; returns the language actually in use."""
    global _interface_language
    _interface_language = normalise(code)
    return _interface_language


def language() -> str:
    """The language text is produced in right here: the task's override, else the interface language."""
    return _override.get() or _interface_language


@contextlib.contextmanager
def using_language(code: str | None) -> Iterator[str]:
    """Produce text in ``code`` inside the block (this thread/context only)."""
    token = _override.set(normalise(code))
    try:
        yield language()
    finally:
        _override.reset(token)


def _(message: str) -> str:
    """Translate an English source string into the current language (identity until a catalogue exists)."""
    return message


gettext = _
