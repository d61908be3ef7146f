"""./run and ./test check the Python version first, rebuild a .venv of the wrong version, and say what they do.

The scripts run in a copy of the tree with stand-in interpreters: small shell scripts that answer the version
question as Python 3.10 or 3.12 would and record the venv/pip calls made, so the tests need no second Python.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

FAKE_PYTHON = """#!/usr/bin/env bash
# Stand-in for Python {version}: answers the version probe, records everything else.
echo "{name} $*" >> "$CALLS"
case "$1" in
  -c) echo "{version}" ;;
  -m)
    if [ "$2" = venv ]; then
      target="${{@: -1}}"
      mkdir -p "$target/bin"
      cp "$0" "$target/bin/python"
      printf '#!/usr/bin/env bash\\necho "maturity-app ran with $*"\\n' > "$target/bin/maturity-app"
      chmod +x "$target/bin/maturity-app"
    elif [ "$2" = pip ]; then
      echo "Collecting PySide6-Essentials"
      echo "Successfully installed maturity-app-0.1.0"
    fi ;;
esac
"""


@pytest.fixture
def tree(tmp_path) -> Path:
    copy = tmp_path / "checkout"
    (copy / "tools").mkdir(parents=True)
    for name in ("run", "test", "pyproject.toml", "tools/venv.sh"):
        shutil.copy2(ROOT / name, copy / name)
    return copy


@pytest.fixture
def bin_dir(tmp_path) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    for name, version in (("python3", "3.10"), ("python3.10", "3.10"), ("python3.12", "3.12")):
        script = folder / name
        script.write_text(FAKE_PYTHON.format(name=name, version=version))
        script.chmod(0o755)
    return folder


def run_script(tree: Path, bin_dir: Path, *args: str, python: str | None = None) -> subprocess.CompletedProcess:
    # Only the stand-ins and the basic tools: the machine's own python3 must not be found.
    tools = bin_dir.parent / "tools"
    tools.mkdir(exist_ok=True)
    for tool in ("bash", "env", "dirname", "mkdir", "cp", "chmod", "grep", "sed", "tee", "tail", "touch", "ls", "cat",
                 "rm", "uname", "id"):
        found = shutil.which(tool)
        if found and not (tools / tool).exists():
            (tools / tool).symlink_to(found)
    env = {"PATH": f"{bin_dir}:{tools}", "CALLS": str(bin_dir.parent / "calls.log"), "HOME": str(bin_dir.parent),
           "QT_QPA_PLATFORM": "offscreen"}
    if python:
        env["PYTHON"] = python
    return subprocess.run([str(tree / "run"), *args], capture_output=True, text=True, env=env, timeout=60)


def calls(bin_dir: Path) -> str:
    log = bin_dir.parent / "calls.log"
    return log.read_text() if log.exists() else ""


def test_a_too_old_python_is_refused_first_with_what_to_install_and_how_to_pass_it(tree, bin_dir):
    result = run_script(tree, bin_dir, "--version", python="python3.10")
    assert result.returncode == 1
    assert "needs Python 3.11 or newer" in result.stderr and "PYTHON=python3.10 is Python 3.10" in result.stderr
    assert "PYTHON=python3.11 ./run" in result.stderr and "apt install python3.11" in result.stderr
    assert not (tree / ".venv").exists()
    assert "venv" not in calls(bin_dir) and "pip" not in calls(bin_dir)


def test_without_python_the_first_new_enough_python3_x_on_path_is_used(tree, bin_dir):
    result = run_script(tree, bin_dir, "--version")
    assert result.returncode == 0, result.stderr
    assert "creating .venv with python3.12 (Python 3.12)" in result.stdout
    assert "python3.12 -m venv" in calls(bin_dir)
    assert "maturity-app ran with --version" in result.stdout


def test_only_old_pythons_on_path_gives_the_advice_not_a_pip_error(tree, bin_dir):
    (bin_dir / "python3.12").unlink()
    result = run_script(tree, bin_dir, "--version")
    assert result.returncode == 1
    assert "python3 here is Python 3.10" in result.stderr and "PYTHON=" in result.stderr
    assert not (tree / ".venv").exists()


def test_the_first_install_says_what_it_is_doing(tree, bin_dir):
    result = run_script(tree, bin_dir, "--version", python="python3.12")
    assert "first run: installing Maturity and its libraries into .venv" in result.stdout
    assert "    Collecting PySide6-Essentials" in result.stdout  # pip's progress, not silence
    assert ".venv is ready" in result.stdout
    again = run_script(tree, bin_dir, "--version", python="python3.12")
    assert again.returncode == 0 and "installing" not in again.stdout  # later runs start at once


def test_a_venv_of_an_old_python_is_rebuilt_with_the_one_asked_for(tree, bin_dir):
    old = run_script(tree, bin_dir, "--version", python="python3.10")
    assert old.returncode == 1
    # A .venv left by an earlier attempt with Python 3.10 (what broke `PYTHON=python3.11 ./run` before).
    (tree / ".venv" / "bin").mkdir(parents=True)
    shutil.copy2(bin_dir / "python3.10", tree / ".venv" / "bin" / "python")
    (tree / ".venv" / ".installed-run").touch()
    os.utime(tree / "pyproject.toml", (0, 0))  # the stamp is newer: only the version check can trigger the rebuild
    result = run_script(tree, bin_dir, "--version", python="python3.12")
    assert result.returncode == 0, result.stderr
    assert ".venv uses Python 3.10, older than 3.11: rebuilding it with python3.12" in result.stdout
    assert "python3.12 -m venv --clear .venv" in calls(bin_dir)
    assert "maturity-app ran with --version" in result.stdout


def test_the_test_script_checks_python_before_anything_else(tree, bin_dir):
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "PYTHON": "python3.10", "CALLS": str(bin_dir.parent / "calls.log")}
    result = subprocess.run([str(tree / "test")], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1 and "needs Python 3.11 or newer" in result.stderr
    assert "system libraries" not in result.stdout and not (tree / ".venv").exists()
