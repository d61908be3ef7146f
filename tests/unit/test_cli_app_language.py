"""The command line speaks the desktop app's language: Settings -> Language when chosen, the system's when it is
"System" or nothing is set; `--ui-lang` chooses it for one run; `report --lang` still picks the report's own language."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from maturity_app.ui.app_settings import AppSettings, save_settings, settings_path

MISSING_EN = "does not exist: there is no assessment database there"
MISSING_DE = "existiert nicht: Dort liegt keine Bewertungsdatenbank"


def _run(data_dir, system: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(MATURITY_APP_DATA_DIR=str(data_dir), LANG=system)
    return subprocess.run([sys.executable, "-m", "maturity_app.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120)


def _choose(data_dir, language: str | None) -> None:
    if language is not None:
        assert save_settings(AppSettings(language=language), settings_path(data_dir))


@pytest.mark.parametrize("setting,system,expected", [
    ("de", "en_US.UTF-8", "de"),      # chosen in the app: German whatever the system speaks
    ("en", "de_DE.UTF-8", "en"),      # chosen in the app: English on a German system
    ("system", "de_DE.UTF-8", "de"),  # "System": the system's language
    ("system", "C.UTF-8", "en"),
    (None, "de_DE.UTF-8", "de"),      # never set (no settings file): the system's language
])
def test_messages_and_help_follow_the_apps_language_setting(tmp_path, setting, system, expected):
    data = tmp_path / "data"
    _choose(data, setting)
    missing = tmp_path / "typo.db"
    result = _run(data, system, "--db", str(missing), "score", "1")
    assert result.returncode == 2
    assert (MISSING_DE if expected == "de" else MISSING_EN) in result.stderr and str(missing) in result.stderr
    helped = _run(data, system, "delete", "--help").stdout
    if expected == "de":
        assert helped.startswith("Aufruf: ") and "Datenbankdatei (Standard:" in helped
    else:
        assert helped.startswith("usage: ") and "database file (default:" in helped


def test_a_damaged_settings_file_falls_back_to_the_system_as_the_app_does(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    settings_path(data).write_text('{"language": "klingon"}')
    assert _run(data, "de_DE.UTF-8", "delete", "--help").stdout.startswith("Aufruf: ")


def test_the_report_follows_the_setting_and_lang_still_overrides_it(tmp_path):
    from pypdf import PdfReader

    data = tmp_path / "data"
    _choose(data, "de")
    db = tmp_path / "a.db"
    made = _run(data, "en_US.UTF-8", "--db", str(db), "demo", "--out", str(tmp_path / "bericht.pdf"))
    assert made.returncode == 0, made.stderr
    assert "Beispielbewertung 1 angelegt" in made.stdout
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "bericht.pdf").pages[:4])
    assert "Management-Zusammenfassung" in text and "Executive summary" not in text
    english = _run(data, "de_DE.UTF-8", "--db", str(db), "report", "1", "--lang", "en", "--out",
                   str(tmp_path / "report.pdf"))
    assert english.returncode == 0, english.stderr
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "report.pdf").pages[:4])
    assert "Executive summary" in text and "Management-Zusammenfassung" not in text


@pytest.mark.parametrize("setting,asked", [("en", "de"), ("de", "en"), ("system", "DE")])
def test_ui_lang_chooses_this_runs_language_over_the_setting(tmp_path, setting, asked):
    data = tmp_path / "data"
    _choose(data, setting)
    missing = tmp_path / "typo.db"
    result = _run(data, "en_US.UTF-8", "--ui-lang", asked, "--db", str(missing), "score", "1")
    assert result.returncode == 2
    assert (MISSING_DE if asked.lower() == "de" else MISSING_EN) in result.stderr
    helped = _run(data, "en_US.UTF-8", f"--ui-lang={asked}", "delete", "--help").stdout
    assert helped.startswith("Aufruf: " if asked.lower() == "de" else "usage: ")
    top = _run(data, "en_US.UTF-8", "--db", str(missing), "--ui-lang", asked, "--help").stdout
    assert "--ui-lang LANG" in top
    assert ("Sprache der Meldungen" if asked.lower() == "de" else "language of this run's messages") in top


@pytest.mark.parametrize("setting", ["en", "de"])
def test_an_unsupported_ui_lang_is_refused_clearly_in_the_apps_language(tmp_path, setting):
    data = tmp_path / "data"
    _choose(data, setting)
    result = _run(data, "en_US.UTF-8", "--ui-lang", "fr", "list")
    assert result.returncode == 2 and result.stdout == ""
    expected = ("Argument --ui-lang: ungültige Auswahl: 'fr' (wählen Sie aus 'en', 'de')" if setting == "de"
                else "argument --ui-lang: invalid choice: 'fr' (choose from 'en', 'de')")
    assert expected in result.stderr
    assert not (tmp_path / "data" / "maturity.db").exists()


@pytest.mark.parametrize("setting", ["en", "de"])
def test_ui_lang_without_a_command_is_refused_not_ignored(tmp_path, setting):
    data = tmp_path / "data"
    _choose(data, setting)
    other = "de" if setting == "en" else "en"
    result = _run(data, "en_US.UTF-8", "--ui-lang", other)
    assert result.returncode == 2
    expected = ("--ui-lang sets the language of a command" if other == "en"
                else "--ui-lang legt die Sprache eines Befehls fest")
    assert expected in result.stderr


def test_a_command_given_ui_lang_writes_its_report_in_it_unless_lang_says_otherwise(tmp_path):
    from pypdf import PdfReader

    data = tmp_path / "data"
    _choose(data, "en")
    db = tmp_path / "a.db"
    made = _run(data, "en_US.UTF-8", "--ui-lang", "de", "--db", str(db), "demo", "--out", str(tmp_path / "b.pdf"))
    assert made.returncode == 0, made.stderr
    assert "Beispielbewertung 1 angelegt" in made.stdout
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "b.pdf").pages[:4])
    assert "Management-Zusammenfassung" in text and "Executive summary" not in text
    english = _run(data, "en_US.UTF-8", "--ui-lang", "de", "--db", str(db), "report", "1", "--lang", "en",
                   "--out", str(tmp_path / "r.pdf"))
    assert english.returncode == 0, english.stderr
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages[:4])
    assert "Executive summary" in text and "Management-Zusammenfassung" not in text
