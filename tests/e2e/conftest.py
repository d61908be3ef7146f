"""The command line as a separate process: the `cli` fixture every end-to-end CLI test drives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture
def home(tmp_path) -> Path:
    """A fresh home for running an installed app (see desktop_session.clean_env), with a private runtime folder."""
    (tmp_path / "home" / "runtime").mkdir(parents=True, mode=0o700)
    return tmp_path / "home"


@pytest.fixture
def cli(tmp_path, isolated_data_dir):
    """Run `python -m maturity_app.cli --db <tmp db> ...` with the mini pack installed as a user pack.

    ``cli(*args)`` asserts exit code 0 unless ``check=False``; ``cli.db`` is the database file and ``cli.packs``
    the user packs folder (the data folder comes from MATURITY_APP_DATA_DIR, set by ``isolated_data_dir``).
    """
    packs = isolated_data_dir / "packs"
    packs.mkdir(parents=True)
    (packs / "mini.yaml").write_text((FIXTURES / "mini.yaml").read_text())
    db = tmp_path / "cli.db"

    def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "-m", "maturity_app.cli", "--db", str(db), *args],
            capture_output=True, text=True, timeout=120,
        )
        if check:
            assert result.returncode == 0, result.stderr
        return result

    run.db = db
    run.packs = packs
    return run
