"""Single writer per database: a second process is refused with a clear message, never left to race."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from maturity_app.cli import main as cli_main
from maturity_app.storage.database import DatabaseLocked, close_database, open_database
from maturity_app.storage.instance_lock import DatabaseLock, lock_path_for

HOLDER = textwrap.dedent(
    """
    import sys
    from maturity_app.storage.database import open_database
    db = open_database(sys.argv[1], lock=True)
    print("locked", flush=True)
    sys.stdin.readline()  # hold the lock until the test says so
    """
)


@pytest.fixture
def other_process(db_path):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    yield proc
    if proc.poll() is None:
        proc.stdin.close()
        proc.wait(timeout=10)


def test_second_process_is_refused_and_can_write_after_the_first_closes(db_path, other_process):
    with pytest.raises(DatabaseLocked) as caught:
        open_database(db_path, lock=True)
    message = str(caught.value)
    assert str(db_path) in message and "already open" in message
    assert str(other_process.pid) in message  # says which process holds it

    other_process.stdin.close()
    other_process.wait(timeout=10)
    db = open_database(db_path, lock=True)
    assert db.instance_lock.acquired
    close_database(db)
    assert not db.instance_lock.acquired


def test_killed_holder_releases_the_lock(db_path, other_process):
    other_process.kill()
    other_process.wait(timeout=10)
    with DatabaseLock(db_path) as lock:
        assert lock.acquired


def test_cli_writer_is_refused_while_another_process_holds_the_database(db_path, other_process, capsys):
    code = cli_main(["--db", str(db_path), "new", "--pack", "core", "--org", "Second writer"])
    assert code == 2
    assert "already open in another Maturity window" in capsys.readouterr().err
    assert cli_main(["--db", str(db_path), "list"]) == 0  # readers run beside the writer (WAL)


def test_same_process_may_open_twice_and_lock_survives_until_last_release(db_path, tmp_path):
    first = open_database(db_path, lock=True)
    second = open_database(db_path, lock=True)
    close_database(first)
    probe = subprocess.run(
        [sys.executable, "-c", HOLDER, str(db_path)], input="\n", capture_output=True, text=True, timeout=30
    )
    assert probe.returncode != 0 and "DatabaseLocked" in probe.stderr
    close_database(second)
    probe = subprocess.run(
        [sys.executable, "-c", HOLDER, str(db_path)], input="\n", capture_output=True, text=True, timeout=30
    )
    assert probe.returncode == 0, probe.stderr


def test_lock_file_is_private(db_path):
    with DatabaseLock(db_path):
        assert lock_path_for(db_path).stat().st_mode & 0o777 == 0o600


def test_failed_open_releases_the_lock(db_path):
    db_path.write_bytes(b"not a database at all, just text" * 100)
    with pytest.raises(Exception):
        open_database(db_path, lock=True)
    with DatabaseLock(db_path) as lock:  # nothing left held by the failed attempt
        assert lock.acquired


def test_a_symlink_or_hard_link_to_a_held_database_is_refused(db_path, other_process):
    import os

    link = db_path.with_name("link.db")
    link.symlink_to(db_path)
    hard = db_path.with_name("hard.db")
    os.link(db_path, hard)
    for alias in (link, hard):
        with pytest.raises(DatabaseLocked, match="already open"):
            open_database(alias, lock=True)


def test_a_writer_waits_briefly_for_another_command_to_finish(db_path, other_process):
    import threading
    import time

    threading.Timer(0.5, other_process.stdin.close).start()  # the other command finishes half a second later
    started = time.monotonic()
    db = open_database(db_path, lock=True, lock_wait=10)
    assert db.instance_lock.acquired and time.monotonic() - started >= 0.4
    close_database(db)


def test_folders_created_for_locks_are_private(tmp_path, monkeypatch):
    monkeypatch.setenv("MATURITY_APP_DATA_DIR", str(tmp_path / "fresh" / "data"))
    db = open_database(tmp_path / "x.db", lock=True)
    close_database(db)
    for folder in (tmp_path / "fresh", tmp_path / "fresh" / "data", tmp_path / "fresh" / "data" / "locks"):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


@pytest.mark.parametrize("left_behind", [b"", b"42", b"123456789012", b"not a pid at all, and long"])
def test_the_lock_file_names_exactly_its_holder_whatever_was_left_in_it(db_path, left_behind, monkeypatch):
    lock_path = lock_path_for(db_path)
    lock_path.write_bytes(left_behind)
    truncated: list[int] = []
    real_ftruncate = os.ftruncate
    monkeypatch.setattr(os, "ftruncate", lambda fd, size: (truncated.append(size), real_ftruncate(fd, size)))
    with DatabaseLock(db_path):
        assert lock_path.read_bytes() == str(os.getpid()).encode()
    pid_length = len(str(os.getpid()))
    # Cut only when the last holder's text was longer: truncating a file another process wrote is slow on ext4.
    assert truncated == ([pid_length] if len(left_behind) > pid_length else [])
