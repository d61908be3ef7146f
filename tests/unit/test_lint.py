"""Pyflakes-level mistakes (unused imports, undefined names, syntax errors) never land."""

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_ruff_finds_no_mistakes():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is part of the [test] extra; ./test installs it"
    result = subprocess.run([ruff, "check", "--output-format", "concise", "src", "tests", "benchmarks", "packaging"],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
