"""The CLI as a user or a script drives it: real processes, real database files."""

import datetime as dt
import json
from pathlib import Path

import pytest

RECENT = dt.date.today().isoformat()  # a proof date inside every window (future dates are refused)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_new_answer_score_round_trip(cli):
    new_id = cli("new", "--pack", "mini", "--org", "Acme", "--scope", "EU", "--json")
    aid = json.loads(new_id.stdout)["id"]
    cli("answer", str(aid), "rec-restore", "--compliance", "4", "--capability", "4", "--owner", "Ana")
    cli("answer", str(aid), "rec-deps", "--compliance", "na", "--capability", "na")
    cli("answer", str(aid), "dec-owner", "--compliance", "3", "--capability", "3", "--proven-on", RECENT)
    score = json.loads(cli("score", str(aid), "--json").stdout)
    # N/A is counted apart: 2 of the 4 applicable questions are answered, 1 is not applicable.
    assert (score["answered"], score["applicable"], score["not_applicable"], score["total"]) == (2, 4, 1, 5)
    assert score["draft"] == "draft — 2 of 4 answered"
    gaps = {g["question"]: g for g in score["top_gaps"]}
    assert gaps["rec-restore"]["capability"] == 1 and "no proof date" in gaps["rec-restore"]["capped_reason"]
    assert score["counts"]["stale_proofs"] == 1 and score["counts"]["unowned"] == 1  # dec-owner has no owner
    listed = json.loads(cli("list", "--json").stdout)
    assert [(a["id"], a["organisation"], a["answered"], a["applicable"]) for a in listed] == [(aid, "Acme", 2, 4)]
    # The stored headline list shows is the score's own figures, written by the answer commands.
    headline = listed[0]["headline"]
    assert {k: headline[k] for k in ("compliance_index", "capability_index", "gap_points", "answered")} == {
        k: score[k] for k in ("compliance_index", "capability_index", "gap_points", "answered")}


def test_answer_keeps_fields_not_mentioned(cli):
    aid = cli("new", "--pack", "mini", "--org", "Acme").stdout.strip()
    cli("answer", aid, "rec-restore", "--compliance", "2", "--owner", "Ana", "--note", "log <b>")
    cli("answer", aid, "rec-restore", "--capability", "1")
    data = json.loads(cli("score", aid, "--json").stdout)
    assert data["answered"] == 1


@pytest.mark.parametrize(
    "args,message",
    [
        (["answer", "1", "rec-restore", "--compliance", "7"], "outside the 0-4 scale"),
        (["answer", "1", "nope", "--compliance", "1"], "not part of assessment 1"),
        (["answer", "99", "rec-restore", "--compliance", "1"], "no assessment with id 99"),
        (["answer", "1", "rec-restore", "--proven-on", "yesterday"], "not in YYYY-MM-DD form"),
        (["answer", "1", "rec-restore", "--capability", "4", "--proven-on", "2999-12-31"], "is in the future"),
        (["new", "--pack", "ghost", "--org", "X"], "no such questionnaire pack"),
    ],
)
def test_errors_are_one_clear_line_and_write_nothing(cli, args, message):
    cli("new", "--pack", "mini", "--org", "Acme")
    result = cli(*args, check=False)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr
    listed = json.loads(cli("list", "--json").stdout)
    assert len(listed) == 1 and listed[0]["answered"] == 0


def test_validate_reports_each_bad_file_and_exit_code(cli, tmp_path):
    good = FIXTURES / "mini.yaml"
    bad = tmp_path / "bad.yaml"
    bad.write_text(good.read_text().replace("weight: 3", "weight: nine"))
    ok = cli("validate", str(good))
    assert "ok (mini 1.0.0, 5 questions)" in ok.stdout
    result = cli("validate", str(good), str(bad), check=False)
    assert result.returncode == 1
    assert "bad.yaml:" in result.stderr and "weight" in result.stderr


def test_packs_json_lists_reference_coverage(cli):
    data = json.loads(cli("packs", "--json").stdout)
    mini = next(p for p in data["packs"] if p["id"] == "mini")
    assert mini["questions"] == 5 and mini["domains"] == 3
    assert "A.5.30" in mini["iso27001"] and mini["nist_csf"] == sorted(mini["nist_csf"])
    assert mini["annex_a_probed"] == 4 and mini["nis2"] == [] and mini["dora"] == []
    eu = next(p for p in data["packs"] if p["id"] == "eu-regulation")
    assert "Art. 23(4)(a)" in eu["nis2"] and "Art. 28(3)" in eu["dora"]


def test_validate_warns_about_unexplained_references_without_failing(cli):
    result = cli("validate", str(FIXTURES / "mini.yaml"))
    assert result.returncode == 0 and "ok (mini" in result.stdout
    # cul-near-miss cites A.6.8 with DE.AE-02, a pair NIST's mapping does not hold, and gives no reason
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "cul-near-miss: (DE.AE-02, A.6.8)" in warnings[0]
    bundled = cli("validate", *[str(p) for p in sorted((FIXTURES.parent.parent / "questionnaires").glob("*.yaml"))])
    assert "warning" not in bundled.stderr and bundled.stdout.count(": ok (") == 4


def test_every_command_accepts_db(cli):
    from maturity_app import cli_commands

    parser = cli_commands.build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command").choices
    for name, sub in subparsers.items():
        assert any("--db" in a.option_strings for a in sub._actions), f"{name} does not accept --db"
    assert "ok (mini" in cli("validate", "--db", str(cli.db), str(FIXTURES / "mini.yaml")).stdout


def test_operating_system_errors_are_one_line_too(monkeypatch, capsys):
    import errno

    import maturity_app.cli as cli_module
    from maturity_app import cli_commands

    def disk_full(args):
        raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/acme.csv")

    monkeypatch.setattr(cli_commands, "cmd_list", disk_full)
    assert cli_module.main(["list"]) == 2
    assert capsys.readouterr().err == "maturity-app: No space left on device (/media/usb/acme.csv)\n"
