"""One German word for a vendor everywhere a German reader meets one: the window (Qt catalogue), the command line
and the scorecards (core catalogue) and the vendor pack itself say "Lieferant". The scorecards said "Dienstleister"
while the window that exported them, and the pack printed in them, said "Lieferant"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from maturity_app.domain.catalogue import read_entries
from maturity_app.domain.pack_loader import load_pack

ROOT = Path(__file__).resolve().parents[2]
VENDOR = re.compile(r"\bvendors?\b", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{vendor[^}]*\}")


def _named(source: str) -> bool:
    """Whether *source* names a vendor in words (not only as a placeholder)."""
    return bool(VENDOR.search(PLACEHOLDER.sub("", source)))


def _core_pairs():
    for entry in read_entries(ROOT / "src" / "maturity_app" / "locale" / "de.po"):
        for index, text in entry.strings.items():
            yield (entry.plural if index and entry.plural else entry.msgid), text


def _qt_pairs():
    for message in ET.parse(ROOT / "resources" / "translations" / "maturity_de.ts").getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            yield message.findtext("source") or "", form


def test_the_vendor_pack_says_lieferant():
    german = load_pack(ROOT / "questionnaires" / "vendor-trust.yaml").localized("de")
    assert "Lieferant" in german.title and "Dienstleister" not in german.title


def test_every_german_text_naming_a_vendor_says_lieferant():
    other = [(source, german) for source, german in [*_core_pairs(), *_qt_pairs()]
             if _named(source) and german and "lieferant" not in german.casefold()]
    assert not other, other[:10]


def test_no_german_text_of_the_interface_says_dienstleister():
    """DORA's ICT third-party providers (IKT-Drittdienstleister) live in the EU regulation pack, not here."""
    found = [german for _, german in [*_core_pairs(), *_qt_pairs()] if "dienstleister" in german.casefold()]
    assert not found, found[:10]
