"""While the desktop app holds the database, read-only commands still work (WAL readers); writers are refused.

Another process plays the desktop app: it opens the database as the single writer, saves an answer and keeps
the lock until the test ends.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

HOLDER = textwrap.dedent(
    """
    import sys
    from maturity_app.domain.assessment import Answer
    from maturity_app.storage.database import open_database
    from maturity_app.storage.store import AssessmentStore

    store = AssessmentStore(open_database(sys.argv[1], lock=True))
    store.save_answer(1, store.answer(1, "rec-restore").with_changes(compliance=4, owner="Held by the app"))
    print("holding", flush=True)
    sys.stdin.read()  # until the test closes our stdin
    """
)


@pytest.fixture
def app_holding_the_database(cli):
    cli("demo", "--pack", "mini")
    cli("reassess", "1")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(cli.db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding", holder.stderr.read()
    yield cli
    holder.stdin.close()
    holder.wait(timeout=30)


def test_read_only_commands_run_while_the_app_holds_the_database(app_holding_the_database, tmp_path):
    cli = app_holding_the_database
    listed = json.loads(cli("list", "--json").stdout)
    assert [a["id"] for a in listed] == [1, 2]
    score = json.loads(cli("score", "1", "--json").stdout)
    assert score["id"] == 1
    exported = tmp_path / "held.maturity.json"
    cli("export", "1", "--out", str(exported))
    answers = json.loads(exported.read_text())
    assert "Held by the app" in json.dumps(answers)  # the reader sees what the app saved a moment ago
    cli("export-csv", "1", "--out", str(tmp_path / "held.csv"))
    cli("report", "1", "--out", str(tmp_path / "held.pdf"))
    assert (tmp_path / "held.pdf").read_bytes().startswith(b"%PDF")
    assert len(cli("fingerprint", "1").stdout.strip()) == 64
    cli("compare", "1", "2")
    cli("trend", "2")
    cli("portfolio")


def test_writers_are_still_refused_while_the_app_holds_the_database(app_holding_the_database):
    cli = app_holding_the_database
    refused = cli("answer", "1", "rec-restore", "--compliance", "1", check=False)
    assert refused.returncode == 2 and "already open" in refused.stderr
    refused = cli("new", "--pack", "mini", "--org", "Second writer", check=False)
    assert refused.returncode == 2
    assert [a["organisation"] for a in json.loads(cli("list", "--json").stdout)].count("Second writer") == 0


READ_ONLY = [["list"], ["list", "--json"], ["score", "1"], ["report", "1", "--out", "{tmp}/r.pdf"], ["fingerprint", "1"],
             ["participant", "list", "1"], ["compare", "1", "2"], ["trend", "1"], ["portfolio"],
             ["export", "1", "--out", "{tmp}/a.maturity"], ["export-csv", "1", "--out", "{tmp}/a.csv"]]


@pytest.mark.parametrize("args", READ_ONLY, ids=lambda a: " ".join(a[:2]))
def test_a_read_only_command_on_a_missing_database_says_so_and_creates_nothing(cli, tmp_path, args):
    """`--db typo.db list` must not leave an empty database beside the real one: one line, exit 2, no file."""
    result = cli(*[a.format(tmp=tmp_path) for a in args], check=False)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"maturity-app: {cli.db} does not exist: there is no assessment database there, and " \
                            "nothing was created. Check the path.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no database, no -wal, no output file


def test_a_missing_database_is_named_in_german_too(cli, tmp_path):
    import os

    result = subprocess.run([sys.executable, "-m", "maturity_app.cli", "--db", str(cli.db), "score", "1"],
                            capture_output=True, text=True, timeout=60, env={**os.environ, "LANGUAGE": "de"})
    assert result.returncode == 2
    assert result.stderr == f"maturity-app: {cli.db} existiert nicht: Dort liegt keine Bewertungsdatenbank, und es " \
                            "wurde nichts angelegt. Prüfen Sie den Pfad.\n"
    assert not cli.db.exists()


def test_demo_goes_to_the_sample_database_unless_db_is_given(isolated_data_dir, tmp_path):
    import os

    env = {**os.environ, "MATURITY_APP_DATA_DIR": str(isolated_data_dir)}
    result = subprocess.run([sys.executable, "-m", "maturity_app.cli", "demo"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    sample = isolated_data_dir / "sample-assessments.db"
    assert str(sample) in result.stdout and "--db" in result.stdout
    assert sample.is_file()
    assert not (isolated_data_dir / "assessments.db").exists()  # the user's own database is untouched
    own = subprocess.run([sys.executable, "-m", "maturity_app.cli", "list"], capture_output=True, text=True, env=env,
                         timeout=60)
    assert own.returncode == 0 and own.stdout == ""
    assert not (isolated_data_dir / "assessments.db").exists()  # no assessment yet: listing them creates nothing
    own = subprocess.run([sys.executable, "-m", "maturity_app.cli", "list", "--json"], capture_output=True, text=True,
                         env=env, timeout=60)
    assert own.returncode == 0 and own.stdout == "[]\n"
    chosen = tmp_path / "chosen.db"
    result = subprocess.run([sys.executable, "-m", "maturity_app.cli", "--db", str(chosen), "demo"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0 and chosen.is_file() and "sample database" not in result.stdout
