"""The maturity-app command opens the desktop app without loading the headless commands (their parser, argparse,
every command's code); any command line that is not a plain launch still goes through them, as before."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
from maturity_app.ui import launch as launch_module

opened = []
launch_module.launch = lambda db_path=None, import_path=None: opened.append([db_path and str(db_path),
                                                                              import_path and str(import_path)]) or 0
from maturity_app import cli

code = cli.main(sys.argv[1:])
loaded = sorted(m for m in ("maturity_app.cli_commands", "argparse") if m in sys.modules)
print(json.dumps([code, opened, loaded]))
"""


def _run(*argv: str, cwd=None) -> list:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=60, cwd=cwd)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("argv, db", [([], None), (["--db", "a.db"], "a.db"), (["--db=a.db"], "a.db")],
                         ids=["no arguments", "--db PATH", "--db=PATH"])
def test_a_desktop_launch_loads_none_of_the_commands_code(tmp_path, isolated_data_dir, argv, db):
    assert _run(*argv, cwd=tmp_path) == [0, [[db, None]], []]


def test_a_double_clicked_export_opens_in_the_window_without_the_commands_code(tmp_path, isolated_data_dir):
    export = tmp_path / "Acme.maturity"
    export.write_text("{}", encoding="utf-8")
    assert _run("--db", "a.db", str(export), cwd=tmp_path) == [0, [["a.db", str(export)]], []]


def test_a_launch_the_quick_check_does_not_recognise_goes_through_the_parser_and_still_opens_the_window(
        tmp_path, isolated_data_dir):
    # "--db a.db --db b.db": the parser's reading (the last one wins), then the window, as before the split.
    assert _run("--db", "a.db", "--db", "b.db", cwd=tmp_path) == [0, [["b.db", None]],
                                                                  ["argparse", "maturity_app.cli_commands"]]


def test_a_command_runs_through_the_commands_and_opens_no_window(tmp_path, isolated_data_dir):
    code, opened, loaded = _run("--db", str(tmp_path / "none.db"), "list", "--json", cwd=tmp_path)
    assert (code, opened) == (2, [])  # a missing database given by path: said so, exit 2
    assert "maturity_app.cli_commands" in loaded
