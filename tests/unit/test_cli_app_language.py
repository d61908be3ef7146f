"""The command line speaks the desktop app's language: Settings -> Language when chosen, the system's when it is
"System" or nothing is set; `report --lang` still picks the report's own language."""

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
