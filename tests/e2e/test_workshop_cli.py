"""The workshop commands end to end, as a script would run them: participants, ratings, agreement, scores."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest


def test_workshop_round_from_the_command_line(cli):
    aid = cli("new", "--pack", "mini", "--org", "Northwind", "--mode", "workshop").stdout.strip()
    assert cli("participant", "add", aid, "--role", "Legal", "--name", "Ana").stdout.strip() == "1"
    assert cli("participant", "add", aid, "--role", "it").stdout.strip() == "2"
    assert cli("participant", "add", aid, "--role", "Finance").stdout.strip() == "3"

    cli("rate", aid, "rec-restore", "--participant", "1", "--capability", "1", "--compliance", "3")
    cli("rate", aid, "rec-restore", "--participant", "IT", "--capability", "4")
    cli("rate", aid, "rec-restore", "--participant", "ana", "--capability", "0")  # changed her mind
    cli("rate", aid, "rec-restore", "--participant", "3", "--capability", "na")

    cli("participant", "remove", aid, "3")
    listed = json.loads(cli("participant", "list", aid, "--json").stdout)
    assert [(p["number"], p["role"], p["name"]) for p in listed] == [(1, "Legal", "Ana"), (2, "IT", "")]
    everyone = json.loads(cli("participant", "list", aid, "--all", "--json").stdout)
    assert [p["removed"] for p in everyone] == [False, False, True]
    assert "(removed)" in cli("participant", "list", aid, "--all").stdout

    cli("agree", aid, "rec-restore", "--capability", "2", "--compliance", "3")
    score = json.loads(cli("score", aid, "--json").stdout)
    assert score["answered"] == 1
    recovery = next(d for d in score["domains"] if d["id"] == "recovery")
    # Level 2 agreed without a proof date counts as level 1 (the proof rule): 25, not 50.
    assert recovery["capability_index"] == 25.0 and recovery["compliance_index"] == 75.0


def test_workshop_mistakes_are_explained_not_crashes(cli):
    solo = cli("new", "--pack", "mini", "--org", "Solo").stdout.strip()
    result = cli("participant", "add", solo, "--role", "IT", check=False)
    assert result.returncode == 2 and "self-assessment" in result.stderr

    aid = cli("new", "--pack", "mini", "--org", "Room", "--mode", "workshop").stdout.strip()
    cli("participant", "add", aid, "--role", "IT")
    cli("participant", "add", aid, "--role", "IT")
    result = cli("rate", aid, "rec-restore", "--participant", "IT", "--capability", "2", check=False)
    assert result.returncode == 2 and "use the number" in result.stderr
    result = cli("rate", aid, "rec-restore", "--participant", "1", "--capability", "7", check=False)
    assert result.returncode == 2 and "outside the 0-4 scale" in result.stderr
    result = cli("rate", aid, "nope", "--participant", "1", "--capability", "2", check=False)
    assert result.returncode == 2 and "not part of" in result.stderr
    result = cli("participant", "remove", aid, "9", check=False)
    assert result.returncode == 2 and "no participant number 9" in result.stderr
    result = cli("agree", aid, "rec-restore", "--capability", "x", check=False)
    assert result.returncode == 2 and "not 0-4" in result.stderr
    # The app's rule: nobody rated it, so there is nothing to agree on.
    result = cli("agree", aid, "dec-owner", "--capability", "2", check=False)
    assert result.returncode == 2 and "nobody in the room has rated dec-owner" in result.stderr
    result = cli("participant", "add", aid, "--role", "3r", check=False)
    assert result.returncode == 2 and "digit" in result.stderr


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_workshop_report_has_the_workshop_section(cli, tmp_path):
    aid = cli("new", "--pack", "mini", "--org", "Northwind", "--mode", "workshop").stdout.strip()
    cli("participant", "add", aid, "--role", "Legal", "--name", "<b>Ana & Co</b>")
    cli("participant", "add", aid, "--role", "Procurement")
    cli("rate", aid, "rec-restore", "--participant", "1", "--capability", "0", "--compliance", "3")
    cli("rate", aid, "rec-restore", "--participant", "2", "--capability", "4")
    cli("agree", aid, "rec-restore", "--capability", "2", "--compliance", "3")
    out = tmp_path / "workshop.pdf"
    cli("report", aid, "--out", str(out))
    text = _pdf_text(out)
    for heading in ("Workshop: where the mandates disagree", "Who was in the room", "Friction map",
                    "Conversations to have", "Agreed outcomes"):
        assert heading in text
    assert "<b>Ana & Co</b>" in text  # typed markup is printed, not interpreted
    assert "Legal sees level 0 in practice, Procurement sees level 4" in " ".join(text.split())
    assert text.index("Workshop: where the mandates disagree") < text.rindex("Every question")

    solo = cli("new", "--pack", "mini", "--org", "Solo").stdout.strip()
    solo_pdf = tmp_path / "solo.pdf"
    cli("report", solo, "--out", str(solo_pdf))
    assert "mandates disagree" not in _pdf_text(solo_pdf)
