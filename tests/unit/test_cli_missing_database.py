"""A database path that does not exist: only the commands that make or fill a database create one.

Every other command (the readers and the writers that change an existing assessment) says the database does not
exist, naming the path, exits 2 and leaves nothing behind: no file, no -wal/-shm, no lock file, no folder. A
mistyped --db must not become an empty database beside the real one.
"""

from __future__ import annotations

import json

import pytest

from maturity_app import cli, cli_commands

# Writers that change an existing assessment: their --db must already exist.
WRITERS = [
    ["answer", "1", "rec-restore", "--compliance", "2"],
    ["participant", "add", "1", "--role", "Legal"],
    ["participant", "remove", "1", "1"],
    ["evidence", "add", "1", "rec-restore", "{tmp}/proof.txt"],
    ["evidence", "list", "1"],
    ["evidence", "export", "1", "1", "--out", "{tmp}/out.txt"],
    ["evidence", "remove", "1", "1"],
    ["verify", "1", "rec-restore", "--by", "Bo"],
    ["target", "1"],
    ["target", "1", "recovery", "3"],
    ["accept", "1"],
    ["accept", "1", "rec-restore", "--approver", "Ana", "--reason", "budget", "--expires", "2030-01-01"],
    ["action", "1"],
    ["action", "1", "rec-restore", "--status", "done"],
    ["rate", "1", "rec-restore", "--participant", "1", "--capability", "2"],
    ["agree", "1", "rec-restore", "--capability", "2"],
    ["reassess", "1"],
    ["board-decision", "1", "rec-restore", "--outcome", "funded-fix"],
    ["confirm", "1", "rec-restore"],
    ["delete", "1"],
]
# Commands that never open a database.
WITHOUT_DATABASE = {cli_commands.cmd_packs, cli_commands.cmd_validate, cli_commands.cmd_schema,
                    cli_commands.cmd_install_pack}


def _tree(root):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def _leaf_commands(parser):
    """Every command the parser runs, as {function: name}, subcommands (participant add, ...) included."""
    import argparse

    found = {}

    def walk(p, prefix):
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    func = sub.get_default("func")
                    if func is not None:
                        found[func] = f"{prefix}{name}"
                    walk(sub, f"{prefix}{name} ")

    walk(parser, "")
    return found


@pytest.fixture
def untouched(tmp_path, isolated_data_dir):
    """A folder holding only an evidence file; whatever a command leaves behind shows in _tree()."""
    (tmp_path / "proof.txt").write_text("restore test log")
    return tmp_path


@pytest.mark.parametrize("args", WRITERS, ids=lambda a: " ".join(a[:2] if a[0] in ("participant", "evidence")
                                                                  else a[:1]) + ("" if len(a) < 3 else " …"))
@pytest.mark.parametrize("where", ["beside", "in a missing folder"])
def test_a_writer_on_a_missing_database_says_so_and_creates_nothing(untouched, args, where, capsys):
    db = untouched / ("typo.db" if where == "beside" else "no-such-folder/typo.db")
    before = _tree(untouched)
    code = cli.main(["--db", str(db), *[a.format(tmp=untouched) for a in args]])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err == f"maturity-app: {db} does not exist: there is no assessment database there, and nothing was " \
                  "created. Check the path.\n"
    assert _tree(untouched) == before  # no database, -wal, -shm, lock file, folder or output file


def test_a_writer_without_db_does_not_create_the_users_database_either(untouched, isolated_data_dir, capsys):
    assert cli.main(["answer", "1", "rec-restore", "--compliance", "2"]) == 2
    assert "assessments.db does not exist" in capsys.readouterr().err
    assert not isolated_data_dir.exists()


def test_the_commands_that_make_or_fill_a_database_create_it(untouched, isolated_data_dir, capsys):
    from pathlib import Path

    packs = isolated_data_dir / "packs"
    packs.mkdir(parents=True)
    (packs / "mini.yaml").write_text((Path(__file__).parents[1] / "fixtures" / "mini.yaml").read_text())
    made = untouched / "new-folder" / "first.db"
    assert cli.main(["--db", str(made), "new", "--pack", "mini", "--org", "Acme"]) == 0
    assert capsys.readouterr().out == "1\n" and made.is_file()
    exported = untouched / "acme.maturity"
    assert cli.main(["--db", str(made), "export", "1", "--out", str(exported)]) == 0
    filled = untouched / "other-folder" / "second.db"
    assert cli.main(["--db", str(filled), "import", str(exported), "--json"]) == 0
    capsys.readouterr()
    assert cli.main(["--db", str(filled), "list", "--json"]) == 0
    assert [r["organisation"] for r in json.loads(capsys.readouterr().out)] == ["Acme"]
    sample = untouched / "sample-folder" / "sample.db"
    assert cli.main(["--db", str(sample), "demo", "--pack", "mini"]) == 0
    assert "created demo assessment 1" in capsys.readouterr().out and sample.is_file()
    # ... and once there, a writer uses it
    assert cli.main(["--db", str(made), "answer", "1", "rec-restore", "--compliance", "2"]) == 0


def test_every_command_is_either_making_reading_writing_or_without_database():
    """A new command must be put in one class here (and so be tested above) before it ships."""
    commands = _leaf_commands(cli_commands.build_parser())
    writers = {func for func, name in commands.items()
               if any(" ".join(w).startswith(name + " ") for w in WRITERS)}
    classes = [cli_commands.READ_ONLY_COMMANDS, cli_commands.DATABASE_MAKING_COMMANDS, writers, WITHOUT_DATABASE]
    unclassified = {name for func, name in commands.items() if sum(func in c for c in classes) != 1}
    assert unclassified == set()
