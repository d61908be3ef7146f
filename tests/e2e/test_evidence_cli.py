"""Evidence files and verification from the command line, through to the PDF, the CSV and a portable file."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import stat
import subprocess

from maturity_app.domain.fingerprint import grouped

DAY = dt.date.today() - dt.timedelta(days=30)  # a fresh proof whenever the test runs
PDF = f"%PDF-1.4\n/CreationDate (D:{DAY:%Y%m%d}101010)\nrestore drill minutes".encode()
NICE = f"{DAY.day} {DAY:%b %Y}"
DIGEST = hashlib.sha256(PDF).hexdigest()


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _claim(cli, tmp_path):
    aid = cli("new", "--pack", "mini", "--org", "Acme", "--assessor", "Dana Lead").stdout.strip()
    cli("answer", aid, "rec-restore", "--compliance", "4", "--capability", "4", "--owner", "Olga Owner")
    drill = tmp_path / "drill.pdf"
    drill.write_bytes(PDF)
    return aid, drill


def test_add_list_verify_report_csv_export_remove(cli, tmp_path):
    aid, drill = _claim(cli, tmp_path)
    before = cli("fingerprint", aid).stdout.strip()
    added = cli("evidence", "add", aid, "rec-restore", str(drill))
    number, name, day, digest = added.stdout.strip().split("\t")
    assert (name, day, digest) == ("drill.pdf", DAY.isoformat(), DIGEST)
    assert f"the evidence is dated {DAY.isoformat()}" in added.stderr and "--use-date" in added.stderr
    assert cli("fingerprint", aid).stdout.strip() != before  # the record now includes its proof

    again = cli("evidence", "add", aid, "rec-restore", str(drill), check=False)
    assert again.returncode == 2 and "already attached" in again.stderr
    device = cli("evidence", "add", aid, "rec-restore", "/dev/zero", check=False)
    assert device.returncode == 2 and "only regular files" in device.stderr

    refused = cli("verify", aid, "rec-restore", "--by", "  OLGA owner", check=False)
    assert refused.returncode == 2 and "cannot verify it" in refused.stderr
    refused = cli("verify", aid, "rec-restore", "--by", "dana lead", check=False)
    assert refused.returncode == 2 and "cannot verify it" in refused.stderr
    assert "verified by Vera Verifier" in cli("verify", aid, "rec-restore", "--by", "Vera Verifier").stdout

    listed = json.loads(cli("evidence", "list", aid, "--json").stdout)
    assert listed == [{"id": int(number), "question": "rec-restore", "name": "drill.pdf", "sha256": DIGEST,
                       "size": len(PDF), "dated": DAY.isoformat(), "verified_by": "Vera Verifier"}]

    report = tmp_path / "r.pdf"
    cli("report", aid, "--out", str(report))
    text = " ".join(_pdf_text(report).split())
    assert "1 of 1 capability claims that count (100%) were verified by a second person" in text
    assert f"drill.pdf · {NICE} · SHA-256 {grouped(DIGEST)} · verified by Vera Verifier" in text
    assert "Verified by Vera Verifier on" in text

    out = tmp_path / "a.csv"
    cli("export-csv", aid, "--out", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert next(r for r in rows if r["question_id"] == "rec-restore")["evidence_files"] == "drill.pdf"

    exported = tmp_path / "copy.pdf"
    cli("evidence", "export", aid, number, "--out", str(exported))
    assert exported.read_bytes() == PDF and stat.S_IMODE(os.stat(exported).st_mode) == 0o600

    assert "detached drill.pdf" in cli("evidence", "remove", aid, number).stdout
    assert json.loads(cli("evidence", "list", aid, "--json").stdout) == []
    assert cli("fingerprint", aid).stdout.strip() == before
    report2 = tmp_path / "r2.pdf"
    cli("report", aid, "--out", str(report2))
    assert "None of the 1 capability claims that count was verified" in " ".join(_pdf_text(report2).split())


def test_use_date_sets_the_proof_date_and_a_portable_file_carries_the_evidence(cli, tmp_path):
    aid, drill = _claim(cli, tmp_path)
    cli("evidence", "add", aid, "rec-restore", str(drill), "--use-date")
    score = json.loads(cli("score", aid, "--json").stdout)
    assert score["counts"]["stale_proofs"] == 0  # the file's date is a fresh proof for the claim of 4
    cli("verify", aid, "rec-restore", "--by", "Vera Verifier")
    fingerprint = cli("fingerprint", aid).stdout.strip()
    moved = tmp_path / "a.maturity.json"
    cli("export", aid, "--out", str(moved))
    data = json.loads(moved.read_text())
    assert data["version"] == 2 and list(data["evidence_files"]) == [DIGEST]
    new_id = cli("import", str(moved), "--as-copy").stdout.strip()
    assert cli("fingerprint", new_id).stdout.strip() == fingerprint
    listed = json.loads(cli("evidence", "list", new_id, "--json").stdout)
    assert [(r["name"], r["sha256"], r["verified_by"]) for r in listed] == [("drill.pdf", DIGEST, "Vera Verifier")]


def test_targets_acceptances_and_the_plan_from_the_command_line_to_the_pdf(cli, tmp_path):
    aid = cli("new", "--pack", "mini", "--org", "Acme").stdout.strip()
    due = (dt.date.today() - dt.timedelta(days=2)).isoformat()
    cli("answer", aid, "rec-restore", "--compliance", "4", "--capability", "1", "--action", "Full restore test",
        "--action-owner", "Bob", "--action-due", due)
    cli("answer", aid, "rec-deps", "--compliance", "3", "--capability", "1")
    cli("answer", aid, "dec-owner", "--compliance", "3", "--capability", "0")
    listed = cli("target", aid, "recovery", "3").stdout
    assert "Tested recovery" in listed and "target 3 (75)" in listed and "points below" in listed
    bad = cli("target", aid, "recovery", "9", check=False)
    assert bad.returncode == 2 and "0-4" in bad.stderr
    expires = (dt.date.today() + dt.timedelta(days=100)).isoformat()
    cli("accept", aid, "dec-owner", "--approver", "Jane CFO", "--reason", "Reorganisation <b>first</b>",
        "--expires", expires)
    missing = cli("accept", aid, "rec-deps", "--approver", "Jane", check=False)
    assert missing.returncode == 2 and "--reason" in missing.stderr
    cli("action", aid, "rec-restore", "--status", "in progress")
    cli("action", aid, "rec-restore", "--priority", "40")
    history = json.loads(cli("action", aid, "rec-restore", "--history", "--json").stdout)
    assert [(h["status"], h["priority"]) for h in history] == [("in progress", None), ("in progress", 40)]
    cli("action", aid, "rec-restore", "--priority", "auto")
    plan = json.loads(cli("action", aid, "--json").stdout)
    assert [(p["question"], p["status"], p["horizon"], p["overdue"]) for p in plan] == [
        ("rec-restore", "in progress", "90 days", True), ("rec-deps", "no action yet", "12 months", False)]
    report = tmp_path / "plan.pdf"
    cli("report", aid, "--out", str(report))
    text = " ".join(_pdf_text(report).split())
    assert "Furthest below the board's target: Tested recovery (" in text
    assert "Within 90 days · 1" in text and "Within 12 months · 1" in text and "No action yet" in text
    assert "overdue" in text and "In progress" in text
    assert "Reorganisation <b>first</b>" in text  # typed text reaches the PDF as typed, never as markup
    assert "Current against target" in text and "Level 3 (75)" in text


def test_compare_lists_the_distance_to_the_board_target(cli):
    aid = cli("new", "--pack", "mini", "--org", "Acme").stdout.strip()
    cli("answer", aid, "rec-restore", "--compliance", "4", "--capability", "1")
    cli("target", aid, "recovery", "2")
    new_id = cli("reassess", aid).stdout.strip()
    assert cli("target", new_id, "--json").stdout.count('"target_level": 2') == 1  # carried to the next cycle
    cli("answer", new_id, "rec-restore", "--compliance", "4", "--capability", "2", "--proven-on",
        dt.date.today().isoformat())
    text = cli("compare", aid, new_id).stdout
    assert "against target · Tested recovery: 25 below → on target (target level 2)" in text
    data = json.loads(cli("compare", aid, new_id, "--json").stdout)
    assert data["targets"] == [{"domain": "Tested recovery", "target_level": 2, "old_distance": 25.0,
                                "new_distance": 0.0}]


def test_the_board_brief_states_the_verified_share_and_the_target_gap(cli, tmp_path):
    aid, drill = _claim(cli, tmp_path)
    cli("evidence", "add", aid, "rec-restore", str(drill))
    cli("verify", aid, "rec-restore", "--by", "Vera Verifier")
    cli("target", aid, "recovery", "4")
    brief = tmp_path / "brief.pdf"
    cli("report", aid, "--brief", "--out", str(brief))
    text = " ".join(_pdf_text(brief).split())
    assert "1 of 1 capability claims that count (100%) were verified by a second person" in text
    assert "Furthest below the board's target: Tested recovery (" in text
