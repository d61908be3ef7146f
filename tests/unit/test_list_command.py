"""`list` reads one query of stored rows and headlines: what it prints, what it imports, how it is parsed (#21)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from maturity_app import cli_commands
from maturity_app.app import answers as answer_ops
from maturity_app.app import assessments as assessment_ops
from maturity_app.app.listing import assessment_list_json
from maturity_app.app.workspace import Workspace
from maturity_app.domain.headline import headline
from maturity_app.domain.scoring import score_assessment

TODAY = dt.date(2026, 6, 1)

# What `list` never needs: validation models, sqlite-utils, pack files, Qt, PDF, scoring, the German catalogue,
# the app's settings (read only when a sentence is worded in its language).
NOT_FOR_LIST = ("pydantic", "sqlite_utils", "yaml", "PySide6", "reportlab", "maturity_app.domain.scoring",
                "maturity_app.domain.schema", "maturity_app.domain.pack_loader", "maturity_app.domain.catalogue",
                "maturity_app.ui")


@pytest.fixture
def two(db_path, mini_pack):
    ws = Workspace.open(db_path, lock=False)
    first = assessment_ops.create_assessment(ws, mini_pack, "Acme", escalation_budget=2).value
    second = assessment_ops.create_assessment(ws, mini_pack, "Beta").value
    answer_ops.change_answer(ws, first, "rec-restore", compliance=4, capability=1, owner="Ana")
    answer_ops.change_answer(ws, first, "rec-deps", compliance="na", capability="na")
    ws.close()
    return db_path, first, second


def _fresh(db_path, assessment_id):
    ws = Workspace.open(db_path, lock=False)
    try:
        return json.loads(json.dumps(headline(score_assessment(ws.assessments.load(assessment_id)))))
    finally:
        ws.close()


@pytest.mark.parametrize("language", ["en", "de"])
def test_list_json_reads_stored_figures_without_importing_what_it_does_not_need(two, language, isolated_data_dir):
    db_path, first, second = two
    script = (
        "import sys, io, contextlib, json\n"
        "from maturity_app import cli, cli_commands\n"
        "built = []\n"
        "cli_commands.build_parser = lambda: built.append(1)  # the parser of every command, its help texts translated\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    code = cli.main(['--db', sys.argv[1], 'list', '--json'])\n"
        f"unneeded = sorted(m for m in sys.modules if m.startswith({NOT_FOR_LIST!r}))\n"
        "print(json.dumps([code, json.loads(out.getvalue()), unneeded, built]))\n"
    )
    env = {**os.environ, "LANGUAGE": language}
    result = subprocess.run([sys.executable, "-c", script, str(db_path)], capture_output=True, text=True, env=env,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    code, rows, imported, built = json.loads(result.stdout)
    assert code == 0 and imported == [] and built == []
    assert [r["id"] for r in rows] == [first, second]  # newest first: Acme was answered after Beta was made
    acme = rows[0]
    assert (acme["organisation"], acme["answered"], acme["applicable"], acme["total"]) == ("Acme", 1, 4, 5)
    assert acme["headline"] == _fresh(db_path, first)
    assert "summary" not in acme["headline"]  # numbers only: the sentences are `score`'s, in the reader's language


def test_a_headline_that_no_longer_holds_is_scored_again_by_list(two, isolated_data_dir):
    db_path, first, second = two
    ws = Workspace.open(db_path, lock=False)
    ws.db.execute("UPDATE assessment_headlines SET definition = 'made by older code'")
    ws.db.execute("DELETE FROM assessment_headlines WHERE assessment_id = ?", [second])
    rows = {r["id"]: r for r in map(json.loads, assessment_list_json(ws))}
    ws.close()
    assert rows[first]["headline"] == _fresh(db_path, first)
    assert rows[second]["headline"] == _fresh(db_path, second)


def test_list_without_figures_reads_no_headline(two):
    db_path, first, _ = two
    ws = Workspace.open(db_path, lock=False)
    try:
        rows = list(map(json.loads, assessment_list_json(ws, figures=False)))
    finally:
        ws.close()
    assert {r["id"]: r["headline"] for r in rows} == {first: None, first + 1: None}


@pytest.mark.parametrize("argv", [
    ["list"], ["list", "--json"], ["--db", "x.db", "list"], ["--db=x.db", "list", "--json"],
    ["list", "--db", "x.db", "--json"], ["list", "--json", "--db", "x.db"], ["list", "--db=x.db"],
])
def test_the_list_fast_path_reads_arguments_as_the_full_parser_does(argv):
    quick = cli_commands._list_only(argv)
    full = cli_commands.build_parser().parse_args(argv)
    assert quick is not None
    assert (quick.db, quick.command, quick.json, quick.func) == (full.db, full.command, full.json, full.func)


@pytest.mark.parametrize("argv", [
    ["list", "-h"], ["list", "--js"], ["--db", "a.db", "list", "--db", "b.db"], ["list", "--db", "--json"],
    ["list", "extra"], ["--json", "list"], ["score", "1"], ["list", "--json", "--json"], ["--db=", "list"],
])
def test_anything_else_goes_through_the_full_parser(argv):
    assert cli_commands._list_only(argv) is None
