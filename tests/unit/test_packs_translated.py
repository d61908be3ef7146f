"""The bundled packs' translations: every bundled pack is complete in German, and every translation keeps the
original's numbers (windows, thresholds, clause ids), is really translated and writes German with real umlauts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from maturity_app.domain import i18n
from maturity_app.domain.pack_loader import load_pack
from maturity_app.domain.schema import AXES, Pack

PACKS_DIR = Path(__file__).resolve().parents[2] / "src" / "maturity_app" / "questionnaires"
BUNDLED = sorted(PACKS_DIR.glob("*.yaml"))
TRANSLATED = [p for p in BUNDLED if load_pack(p).translations]

TEXTS = ("title", "compliance", "capability", "evidence", "consequence", "owner_role", "na_guidance", "reference_notes")


def _pairs(pack: Pack, language: str):
    """(path, original, translation) for every text of *pack* in *language*."""
    shown = pack.localized(language)
    yield "title", pack.title, shown.title
    yield "description", pack.description, shown.description
    for axis in AXES:
        for own, other in zip(getattr(pack.scales, axis).levels, getattr(shown.scales, axis).levels):
            yield f"scales.{axis}.{own.level}.label", own.label, other.label
            yield f"scales.{axis}.{own.level}.anchor", own.anchor, other.anchor
    for own, other in zip(pack.domains, shown.domains):
        yield f"domains.{own.id}.title", own.title, other.title
        yield f"domains.{own.id}.description", own.description, other.description
    for own, other in zip(pack.questions(), shown.questions()):
        for name in TEXTS:
            yield f"questions.{own.id}.{name}", getattr(own, name), getattr(other, name)
        for axis in AXES:
            for level, text in getattr(own.anchors, axis).items():
                yield f"questions.{own.id}.anchors.{axis}.{level}", text, getattr(other.anchors, axis)[level]


def _all_pairs(path: Path):
    pack = load_pack(path)
    for language in pack.translations:
        for where, original, translated in _pairs(pack, language):
            yield f"{path.name}: translations.{language}.{where}", original, translated


def test_the_core_pack_is_complete_in_german():
    core = load_pack(PACKS_DIR / "core.yaml")  # the loader refuses a translation that misses any text
    assert core.languages() == ["en", "de"]
    german = core.localized("de")
    assert german.question("rec-restore-proven").title == "Wiederherstellung kritischer Dienste gegen die RTO bewiesen"
    assert [d.title for d in german.domains][:2] == ["Wiederherstellung und Notfallfähigkeit",
                                                     "Verantwortete Entscheidungen und Risikoakzeptanz"]
    assert german.scales.capability.levels[3].label == "Unter Druck bewährt"


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
@pytest.mark.parametrize("language", i18n.SUPPORTED)
def test_every_bundled_pack_is_complete_in_every_interface_language(path, language):
    """A bundled pack without a translation shows a German window, list and report its English text; the loader
    refuses an incomplete translation, so carrying the language is carrying all of it."""
    pack = load_pack(path)
    assert language in pack.languages(), f"{path.name} has no '{language}' text"
    shown = pack.localized(language)
    assert shown.language == language
    assert all(translated for where, original, translated in _pairs(pack, language) if original)


# The digit of a regulation's name ("NIS2", "NIS-2-Richtlinie", the German act "NIS2UmsuCG") is no number of
# the text: a translation may name the national act where the original names the directive.
_REGULATION_NAMES = re.compile(r"NIS-?2")


def _numbers(text: str) -> Counter:
    return Counter(re.findall(r"\d+", _REGULATION_NAMES.sub("NIS", text)))


@pytest.mark.parametrize("path", TRANSLATED, ids=lambda p: p.name)
def test_translations_keep_every_number_of_the_original(path):
    """Windows ("in the last 12 months"), thresholds (50 percent, 30 days) and clause ids (A.5.30) survive."""
    changed = [where for where, original, translated in _all_pairs(path) if _numbers(original) != _numbers(translated)]
    assert not changed, changed[:10]


@pytest.mark.parametrize("path", TRANSLATED, ids=lambda p: p.name)
def test_translations_are_translated(path):
    same = [where for where, original, translated in _all_pairs(path)
            if original and original == translated and not where.endswith(("owner_role", "label"))]
    assert not same, same[:10]


# Typed without a German keyboard layout: the reader sees "Massnahme" and stops trusting the rest.
_ASCII_GERMAN = re.compile(r"\b(fuer|ueber|Massnahme\w*|koennen|muessen|waere|haette|Pruef\w*|Geschaeft\w*|"
                           r"Gefaehrd\w*|Loesch\w*|Aenderung\w*|Ueberpruef\w*|gross\w*|Schluessel\w*)\b")


@pytest.mark.parametrize("path", TRANSLATED, ids=lambda p: p.name)
def test_german_is_written_with_umlauts_and_sharp_s(path):
    substitutes = [f"{where}: {m.group(0)}" for where, _, translated in _all_pairs(path)
                   if ".de." in where for m in [_ASCII_GERMAN.search(translated)] if m]
    assert not substitutes, substitutes[:10]
