"""`report --lang`: the board report in German or English whatever the command line speaks, and by default in the
system's language (LANGUAGE/LC_ALL/LC_MESSAGES/LANG, as gettext reads them)."""

from __future__ import annotations

import subprocess

import pytest


def _text(path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())


@pytest.fixture
def system_language(monkeypatch):
    def use(value: str | None) -> None:
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.delenv(name, raising=False)
        if value:
            monkeypatch.setenv("LANG", value)
    return use


def test_report_lang_overrides_the_system_language_both_ways(cli, tmp_path, system_language):
    system_language("C.UTF-8")
    created = cli("demo", "--pack", "mini")
    assert "created demo assessment 1" in created.stdout
    german, english = tmp_path / "bericht.pdf", tmp_path / "report.pdf"
    cli("report", "1", "--lang", "de", "--out", str(german))
    text = _text(german)
    assert "Management-Zusammenfassung" in text and "Bereichsübersicht" in text and "Seite 1 von" in text
    assert "Executive summary" not in text and "Page 1 of" not in text

    system_language("de_DE.UTF-8")
    cli("report", "1", "--lang", "en", "--out", str(english))
    text = _text(english)
    assert "Executive summary" in text and "Management-Zusammenfassung" not in text


def test_without_lang_the_report_and_messages_follow_the_system(cli, tmp_path, system_language):
    system_language("de_DE.UTF-8")
    created = cli("demo", "--pack", "mini")
    assert "Beispielbewertung 1 angelegt" in created.stdout
    out = tmp_path / "bericht.pdf"
    cli("report", "1", "--out", str(out))
    assert "Management-Zusammenfassung" in _text(out)
    score = cli("score", "1").stdout
    assert "Konformitätsindex" in score and "compliance index" not in score
    refused = cli("report", "1", "--lang", "fr", "--out", str(out), check=False)
    assert refused.returncode == 2 and "--lang" in refused.stderr
    assert "Fehler:" in refused.stderr and "ungültige Auswahl: 'fr'" in refused.stderr  # argparse's words too
    helped = cli("report", "--help").stdout
    assert "Sprache des Berichts" in helped and helped.startswith("Aufruf: ") and "Optionen:" in helped
