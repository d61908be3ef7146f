"""Which of a pack's languages serves a reader's language, and its title in it: one rule for a whole pack
(schema.Pack.localized) and for the titles a list of assessments reads without parsing any pack (storage keeps
each snapshot's titles by language, migration m013).

A snapshot taken before its pack's file gained a language is shown in that language when opened, if the installed
file agrees with it in everything else (schema.Pack._borrowed). The list learns the same titles once the installed
packs are read, after the first frame (app.lent_titles): lent here by snapshot, with the SHA-256 of the snapshot
they were checked against, so a snapshot id that later names other content lends nothing.

No pydantic here: the start page lists assessments before any pack is parsed.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Collection


def shows_own_language(language: str, own: str, translated: Collection[str]) -> bool:
    """Whether a reader of *language* sees the pack's own text: the same language, or the same base language
    without a translation of its own ('de-AT' reads a pack written in 'de')."""
    return language == own or (language.split("-")[0] == own.split("-")[0] and language not in translated)


def translation_key(language: str, translated: Collection[str]) -> str | None:
    """The translation that serves *language* ('de' for 'de-AT' and the other way round), or None."""
    if language in translated:
        return language
    base = language.split("-")[0]
    return next((code for code in sorted(translated) if code == base or code.split("-")[0] == base), None)


@functools.lru_cache(maxsize=256)  # a list of a thousand assessments holds a handful of distinct snapshots
def title_in(language: str, own: str | None, own_title: str | None, translations: str | None) -> str | None:
    """The title a reader of *language* sees, from a snapshot's stored titles (*translations*: JSON, language ->
    title); the pack's own title when no translation serves that language; None when nothing was stored."""
    titles = {code: text for code, text in _stored(translations).items() if isinstance(text, str) and text.strip()}
    if own is not None and shows_own_language(language, own, titles):
        return own_title
    key = translation_key(language, titles)
    return titles[key] if key is not None else own_title


_LENT: dict[int, tuple[str, dict[str, str]]] = {}  # snapshot id -> (its SHA-256, titles by language)


def lend_titles(snapshot_id: int, sha256: str, titles: dict[str, str]) -> None:
    """Let the list show the snapshot *snapshot_id* (whose content is *sha256*) in *titles*' languages: titles an
    installed pack file lends it because the file agrees with it in everything but translations."""
    _LENT[snapshot_id] = (sha256, dict(titles))


def lent_titles() -> dict[int, tuple[str, dict[str, str]]]:
    """Every lent title, by snapshot id (a copy); empty until the installed packs were read."""
    return dict(_LENT)


def forget_lent_titles() -> None:
    _LENT.clear()


def with_lent(translations: str | None, lent: dict[str, str] | None) -> str | None:
    """A snapshot's stored titles by language (JSON), with the titles lent to it where it carries none of its own."""
    if not lent:
        return translations
    return json.dumps({**lent, **_stored(translations)}, sort_keys=True, ensure_ascii=False)


def _stored(translations: str | None) -> dict:
    """Stored titles by language as read from their JSON; nothing when damaged (never an error: see m013)."""
    try:
        titles = json.loads(translations) if translations else {}
    except ValueError:
        return {}
    return titles if isinstance(titles, dict) else {}
