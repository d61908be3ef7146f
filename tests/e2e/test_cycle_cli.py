"""The certification cycle from the command line: reassess, compare, trend, portfolio, as a script drives them."""

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
import yaml

RECENT = dt.date.today().isoformat()  # a proof date inside every window (future dates are refused)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def cli(cli):
    """The shared CLI fixture plus a vendor pack (subject "vendor", an exit-plan domain) for the portfolio."""
    vendor = yaml.safe_load((FIXTURES / "mini.yaml").read_text())
    vendor.update(id="vendor-mini", subject="vendor", title="Vendor trust (test)")
    vendor["domains"][0]["id"] = "exit-plan"
    (cli.packs / "vendor-mini.yaml").write_text(yaml.safe_dump(vendor, allow_unicode=True))
    return cli


def test_reassess_compare_trend_round_trip(cli):
    old = cli("new", "--pack", "mini", "--org", "Acme").stdout.strip()
    cli("answer", old, "rec-restore", "--compliance", "4", "--capability", "1", "--owner", "Ana",
        "--action", "Timed restore test", "--escalate", "--decision", "Fund it")
    cli("answer", old, "dec-owner", "--compliance", "3", "--capability", "2")

    new = cli("reassess", old, "--prefill").stdout.strip()
    assert new.isdigit() and new != old
    listed = {a["id"]: a for a in json.loads(cli("list", "--json").stdout)}
    assert listed[int(new)]["organisation"] == "Acme" and listed[int(new)]["answered"] == 2  # pre-filled

    # The escalation carried over: still open until the board's decision is recorded.
    carried = json.loads(cli("compare", old, new, "--json").stdout)["escalations"]
    assert carried == {"carried": ["rec-restore"], "resolved": [], "new": [], "dropped": []}
    # Saving the answer confirms it; the old action is dropped: closed.
    cli("answer", new, "rec-restore", "--capability", "3", "--proven-on", RECENT, "--action", "")
    refused = cli("board-decision", new, "rec-restore", "--outcome", "gap-closed", check=False)
    assert refused.returncode == 2 and "still 1 level(s) wide" in refused.stderr
    assert "resolved" in cli("board-decision", new, "rec-restore", "--outcome", "funded-fix", "--note",
                             "Budget 2026").stdout
    data = json.loads(cli("compare", old, new, "--json").stdout)
    # rec-restore weighs 3, dec-owner 2: practice (1*3 + 2*2)/20 = 35 -> (3*3 + 2*2)/20 = 65
    assert data["delta"]["capability_index"] == 30.0
    assert data["actions"]["closed"] == ["rec-restore"]
    assert data["escalations"]["resolved"] == ["rec-restore"] and data["escalations"]["carried"] == []
    assert [q["question"] for q in data["question_changes"]] == ["rec-restore"]
    assert data["question_changes"][0]["capability_reasons"] == ["claim changed"]
    from maturity_app.storage.cycle_store import CycleStore
    from maturity_app.storage.database import open_database
    from maturity_app.storage.store import AssessmentStore

    db = open_database(cli.db)
    try:
        assert CycleStore(AssessmentStore(db)).to_confirm(int(new)) == ["dec-owner"]  # the CLI save confirmed
    finally:
        db.close()
    # Accepting the other pre-filled answer as it stands, as the desktop's "Confirm as is" does.
    cli("confirm", new, "dec-owner")
    db = open_database(cli.db)
    try:
        assert CycleStore(AssessmentStore(db)).to_confirm(int(new)) == []
    finally:
        db.close()
    refused = cli("confirm", new, "dec-owner", check=False)
    assert refused.returncode == 2 and "no pre-filled answer to confirm" in refused.stderr
    text = cli("compare", old, new).stdout
    assert "catching up" in text and "Tested recovery" in text and "actions closed 1" in text
    assert "resolved by the board 1" in text and "fix funded by the board" in text
    assert "▲ rec-restore" in text and "practice 1 → 3 (claim changed)" in text

    trend = json.loads(cli("trend", new, "--json").stdout)
    assert [p["id"] for p in trend["points"]] == [int(old), int(new)]
    assert "paper maturity" in cli("trend", old).stdout


def test_reassess_against_a_newer_pack_version_lists_changes(cli):
    old = cli("new", "--pack", "mini", "--org", "Acme").stdout.strip()
    cli("answer", old, "rec-deps", "--compliance", "3", "--capability", "1", "--owner", "Cleo")
    data = yaml.safe_load((cli.packs / "mini.yaml").read_text())
    data["version"] = "1.1"
    data["domains"][0]["questions"].pop(1)  # rec-deps leaves the pack
    (cli.packs / "mini.yaml").write_text(yaml.safe_dump(data, allow_unicode=True))
    result = cli("reassess", old)
    assert result.stdout.strip().isdigit()
    assert "1.0.0 to 1.1" in result.stderr and "removed from the pack: rec-deps" in result.stderr
    assert "owner Cleo" in result.stderr
    info = {a["id"]: a for a in json.loads(cli("list", "--json").stdout)}[int(result.stdout)]
    assert info["pack_version"] == "1.1" and info["total"] == 4


def test_compare_other_subject_is_a_clear_error(cli):
    a = cli("new", "--pack", "mini", "--org", "Acme").stdout.strip()
    b = cli("new", "--pack", "mini", "--org", "Globex").stdout.strip()
    result = cli("compare", a, b, check=False)
    assert result.returncode == 2 and "not of the same subject" in result.stderr
    missing = cli("reassess", "999", check=False)
    assert missing.returncode == 2 and "no assessment with id 999" in missing.stderr


def test_portfolio_lists_vendor_assessments(cli):
    v = cli("new", "--pack", "vendor-mini", "--org", "Solid Cloud").stdout.strip()
    for q in ("rec-restore", "rec-deps"):
        cli("answer", v, q, "--compliance", "4", "--capability", "3", "--proven-on", RECENT)
    cli("new", "--pack", "mini", "--org", "Acme")
    rows = json.loads(cli("portfolio", "--json").stdout)["vendors"]
    assert [r["vendor"] for r in rows] == ["Solid Cloud"]
    assert rows[0]["exit_tested"] is True and rows[0]["claims_index"] == 100.0
    assert "Solid Cloud" in cli("portfolio").stdout


def test_portfolio_scorecards_on_letter_paper(cli, tmp_path):
    from pypdf import PdfReader

    cli("new", "--pack", "vendor-mini", "--org", "Solid Cloud")
    out = tmp_path / "scorecards.pdf"
    cli("portfolio", "--out", str(out), "--page-size", "letter")
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # it was always A4


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_report_gets_since_last_section_only_when_a_previous_assessment_exists(cli, tmp_path):
    old = cli("new", "--pack", "mini", "--org", "Acme <Group>").stdout.strip()
    cli("answer", old, "rec-restore", "--compliance", "4", "--capability", "1", "--action", "Run a <b>timed</b> restore")
    cli("answer", old, "dec-owner", "--compliance", "3", "--capability", "1", "--action", "Name the owner",
        "--escalate", "--decision", "Decide")
    first = tmp_path / "first.pdf"
    cli("report", old, "--out", str(first))
    assert "Since last assessment" not in _pdf_text(first)

    new = cli("reassess", old).stdout.strip()
    cli("answer", new, "rec-restore", "--compliance", "4", "--capability", "3", "--proven-on", RECENT)
    cli("answer", new, "dec-owner", "--compliance", "3", "--capability", "3", "--proven-on", RECENT,
        "--action", "")
    second = tmp_path / "second.pdf"
    cli("report", new, "--out", str(second))
    text = " ".join(_pdf_text(second).split())
    assert "Since last assessment" in text
    assert "capability is catching up" in text
    assert "Paper and practice over time" in text
    assert "Actions still open from last time" in text and "Run a <b>timed</b> restore" in text  # escaped
    assert "ACTIONS CLOSED" in text and "(1 STILL" in text  # the tile label wraps
    assert "Tested recovery" in text
    # dec-owner's escalation carried over (no board decision): listed as still before the board, not resolved.
    assert "Escalations carried over: still before the board" in text and "Escalations resolved" not in text
    assert "CARRIED OVER (0" in text  # the tile label wraps
    assert "Per question" in text and "practice 1 → 3 (claim changed)" in text
    assert "Open until the board's decision is recorded" in text

    # The gap on dec-owner closed (3 on paper, 3 in practice): the board closes the escalation on that ground.
    cli("board-decision", new, "dec-owner", "--outcome", "gap-closed", "--on", "2026-05-04", "--note", "<seen>")
    third = tmp_path / "third.pdf"
    cli("report", new, "--out", str(third))
    text = " ".join(_pdf_text(third).split())
    assert "Resolved. closed: the gap closed on 4 May 2026: <seen>" in text  # the report's one date format
    assert "Escalations resolved by the board" in text and "CARRIED OVER (1" in text  # 0 open, (1 resolved
