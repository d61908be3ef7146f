"""The language every Qt-free text is produced in: one setting for the interface, one override per task.

The interface language is process-wide (the window and the command line share it). Work that needs another
language (a board report in German while the window speaks English, built on a worker thread) wraps itself in
``using_language(code)``: the override lives in a ContextVar, so it stays with that thread and never leaks into
what the window shows meanwhile.

The catalogue is gettext-style: ``_()`` takes the English source sentence (with named ``{placeholders}`` filled in
by ``.format`` after translation, never before) and returns it in the current language from
``maturity_app/locale/<language>.po``; ``ngettext`` picks the plural form for a count and ``pgettext`` separates
one English word that needs two translations. A sentence without a translation stays English rather than failing
(tests/unit/test_core_catalogue.py makes sure every German entry exists).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import os
from collections.abc import Callable, Iterator

SOURCE_LANGUAGE = "en"
SUPPORTED = ("en", "de")

_interface_language = SOURCE_LANGUAGE
_decide_later: Callable[[], str | None] | None = None  # set_language_on_first_use
_override: contextvars.ContextVar[str | None] = contextvars.ContextVar("maturity_language", default=None)


def normalise(code: str | None) -> str:
    """'de_DE.UTF-8', 'de-AT', 'DE' -> 'de'; anything unsupported (or None) -> the source language."""
    if not code:
        return SOURCE_LANGUAGE
    base = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return base if base in SUPPORTED else SOURCE_LANGUAGE


def set_language(code: str | None) -> str:
    """Set the interface language; returns the language actually in use."""
    global _interface_language, _decide_later
    _decide_later = None
    _interface_language = normalise(code)
    return _interface_language


def set_language_on_first_use(decide: Callable[[], str | None]) -> None:
    """Let *decide* say the interface language when text first asks for it: finding it may read a file (the
    app's settings) that a command printing no sentence (`list --json`) never needs."""
    global _decide_later
    _decide_later = decide


def language() -> str:
    """The language text is produced in right here: the task's override, else the interface language."""
    return _override.get() or _interface()


def _interface() -> str:
    global _interface_language, _decide_later
    decide = _decide_later
    if decide is not None:  # two threads asking at once both decide the same: harmless
        _interface_language = normalise(decide())
        _decide_later = None
    return _interface_language


@contextlib.contextmanager
def using_language(code: str | None) -> Iterator[str]:
    """Produce text in ``code`` inside the block (this thread/context only)."""
    token = _override.set(normalise(code))
    try:
        yield language()
    finally:
        _override.reset(token)


def first_supported(names) -> str:
    """The first of the user's languages, in their order of preference, that the app speaks; else English.
    ("fr-FR, de-DE" gives German: a French user who also reads German gets German, not the source language.)"""
    for name in names:
        code = normalise(name)
        if code != SOURCE_LANGUAGE or name.lower().startswith(SOURCE_LANGUAGE):
            return code
    return SOURCE_LANGUAGE


def system_language() -> str:
    """The language the environment asks for, read as the desktop app's Qt reads it on Linux: the LANGUAGE list
    of preferences when set, else the first of LC_ALL, LC_MESSAGES, LANG (so the window and the command line
    agree)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        codes = [code for code in os.environ.get(name, "").split(":")
                 if code and code not in ("C", "POSIX") and not code.startswith(("C.", "POSIX."))]
        if codes:
            return first_supported(codes)
    return SOURCE_LANGUAGE


@functools.cache
def _catalogue(code: str):
    from ..paths import asset
    from .catalogue import load

    path = asset("locale", f"{code}.po", must_exist=False)
    return load(path) if path.exists() else None


def _lookup(context: str | None, message: str) -> tuple[str, ...] | None:
    code = language()
    if code == SOURCE_LANGUAGE:
        return None
    catalogue = _catalogue(code)
    return catalogue.get(context, message) if catalogue is not None else None


def _(message: str) -> str:
    """Translate an English source string into the current language (unchanged where no translation exists)."""
    forms = _lookup(None, message)
    return forms[0] if forms else message


gettext = _


def N_(message: str) -> str:
    """Mark a string for the catalogue without translating it now (module constants); translate it with _() later."""
    return message


def pgettext(context: str, message: str) -> str:
    """Translate *message* as meant in *context* (one English word, two German ones)."""
    forms = _lookup(context, message)
    return forms[0] if forms else message


def _plural_index(count: int) -> int:
    return 0 if count == 1 else 1  # English and German: one, other


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of *singular*/*plural* that fits *count*; the caller formats {count} (or its own placeholders)."""
    forms = _lookup(None, singular)
    if forms:
        return forms[min(_plural_index(count), len(forms) - 1)]
    return singular if count == 1 else plural


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    forms = _lookup(context, singular)
    if forms:
        return forms[min(_plural_index(count), len(forms) - 1)]
    return singular if count == 1 else plural
