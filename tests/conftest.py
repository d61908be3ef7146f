"""Shared fixtures: every test gets its own data folder and database; nothing touches the user's real data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"
REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("MATURITY_APP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def mini_pack():
    from maturity_app.domain.pack_loader import load_pack

    return load_pack(FIXTURES / "mini.yaml")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path):
    from maturity_app.storage.database import open_database
    from maturity_app.storage.store import AssessmentStore

    db = open_database(db_path)
    yield AssessmentStore(db)
    db.close()
