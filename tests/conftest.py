"""Shared fixtures: every test gets its own data folder and database; nothing touches the user's real data."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# A window listens for second launches on a socket file in the user's runtime folder (ui/single_instance), and
# the suite starts windows and whole app processes: they all get a private runtime folder of the run's own
# (mkdtemp: owner-only, as the app requires), removed when the run ends, so nothing is left in the user's real one
# and no test reaches a window another run (or the user) has open.
_RUNTIME_DIR = Path(tempfile.mkdtemp(prefix="maturity-tests-run-"))
os.environ["XDG_RUNTIME_DIR"] = str(_RUNTIME_DIR)

# Property tests draw the same examples on every run (a fixed seed): a failure found once is found again by
# anyone, and CI's verdict on a commit does not depend on the luck of its draw. HYPOTHESIS_PROFILE=explore
# draws fresh examples, for a search for new failures.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("fixed", derandomize=True, database=None)
_hypothesis_settings.register_profile("explore", derandomize=False)
_hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fixed"))

FIXTURES = Path(__file__).parent / "fixtures"
REPO_ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", default=False, help="also run tests marked slow")


def pytest_terminal_summary(terminalreporter):
    left = sorted(p.name for p in _RUNTIME_DIR.glob("*") if stat.S_ISSOCK(p.lstat().st_mode))
    if left:  # a window that never closed its channel: a leak in the app or a test, named here
        terminalreporter.write_line(f"socket files left in the test runtime folder: {', '.join(left)}", yellow=True)


def pytest_unconfigure(config):
    shutil.rmtree(_RUNTIME_DIR, ignore_errors=True)


def pytest_collection_modifyitems(config, items):
    # Slow tests (building and starting the PyInstaller bundle) stay out of the default run and CI.
    if config.getoption("--runslow"):
        return
    skip_slow = pytest.mark.skip(reason="slow: pass --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip_slow)


@pytest.fixture(autouse=True, scope="session")
def collect_garbage_on_the_ui_thread(qapp):
    """As the app does: a collection started by a worker thread must never destroy widgets left by earlier tests."""
    from maturity_app.ui.gc_guard import MainThreadGarbageCollector

    guard = MainThreadGarbageCollector(qapp, settle_first=False)  # freezing some test's objects would hide them
    yield
    guard.stop()


@pytest.fixture(autouse=True)
def pack_translations_read_in_this_test_only():
    """Pack files a test reads lend their translations to older snapshots of the same id and version for the rest
    of the process (schema.remember_translations); tests read different files under one id, so each starts clean."""
    from maturity_app.domain.schema import forget_translations

    forget_translations()
    yield
    forget_translations()


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


@pytest.fixture(autouse=True)
def english_interface(qapp, monkeypatch):
    """Every test starts in English whatever the machine's language (a German developer's too), and a test that
    switches the interface to German leaves no translator behind."""
    from maturity_app.ui import language

    monkeypatch.setattr(language, "system_language", lambda: "en")
    language.install(qapp, language.SYSTEM)
    yield
    language.install(qapp, language.SYSTEM)
