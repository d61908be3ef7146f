"""Every writer refuses the open database, its companion files, the backups folder, devices, pipes, folders and
read-only files, by file identity; what it writes is owner-only and leaves no temporaries behind."""

from __future__ import annotations

import os
import shutil

import pytest

from maturity_app.cli import main as cli_main
from maturity_app.storage.backups import backup_on_session_start
from maturity_app.storage.database import close_database, open_database
from maturity_app.storage.locations import backups_dir
from maturity_app.storage.private_files import (
    WriteFailed,
    check_write_target,
    remove_stale_temporaries,
    write_private_atomic,
)
from maturity_app.storage.store import AssessmentStore

WRITERS = [
    ("export", "1", "--out"),
    ("export-csv", "1", "--out"),
    ("report", "1", "--out"),
    ("demo", "--pack", "mini", "--out"),
    ("portfolio", "--out"),
]


@pytest.fixture
def filled(db_path, mini_pack, isolated_data_dir):
    packs = isolated_data_dir / "packs"
    packs.mkdir(parents=True)
    shutil.copy(mini_pack_path(), packs / "mini.yaml")
    db = open_database(db_path)
    AssessmentStore(db).create(mini_pack, "Acme")
    close_database(db)
    return db_path


def mini_pack_path():
    from pathlib import Path

    return Path(__file__).resolve().parent.parent / "fixtures" / "mini.yaml"


def _snapshot(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _targets(db_path):
    folder = db_path.parent
    (folder / "link.db").symlink_to(db_path)
    os.link(db_path, folder / "hard.db")
    return [db_path, folder / "test.db-wal", folder / "test.db-shm", folder / "test.db.lock", folder / "link.db",
            folder / "hard.db"]


@pytest.mark.parametrize("command", WRITERS, ids=[w[0] for w in WRITERS])
def test_cli_writers_refuse_the_database_and_its_companions(filled, command, capsys):
    targets = _targets(filled)
    backup = backup_on_session_start(filled)
    targets.append(backup)
    for target in targets:
        before = filled.read_bytes()
        backup_before = backup.read_bytes()
        code = cli_main(["--db", str(filled), *command, str(target)])
        err = capsys.readouterr().err
        assert code == 2, (target, err)
        assert "own files" in err or "backups folder" in err, err  # by identity, or by name if not there yet
        assert filled.read_bytes() == before and backup.read_bytes() == backup_before
    # Nothing was created by the refused demo either.
    store = AssessmentStore(open_database(filled))
    assert [i.organisation for i in store.list()] == ["Acme"]


def test_a_new_file_in_the_backups_folder_is_refused(filled):
    backup_on_session_start(filled)
    db = open_database(filled)
    try:
        with pytest.raises(WriteFailed, match="backups folder"):
            write_private_atomic(backups_dir() / "new.json", b"{}")
    finally:
        close_database(db)


def test_non_regular_targets_are_refused(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target, reason in ((fifo, "not a regular file"), (tmp_path, "it is a folder"),
                           (tmp_path / "missing" / "x.json", "does not exist")):
        with pytest.raises(WriteFailed, match=reason):
            write_private_atomic(target, b"data")
    with pytest.raises(WriteFailed, match="not a regular file"):
        check_write_target("/dev/null")
    assert fifo.exists() and not fifo.is_file()


def test_read_only_target_is_refused_by_every_writer_alike(filled, tmp_path, capsys):
    out = tmp_path / "kept.out"
    out.write_bytes(b"keep me")
    out.chmod(0o444)
    for command in WRITERS:
        assert cli_main(["--db", str(filled), *command, str(out)]) == 2
        assert "read-only" in capsys.readouterr().err
        assert out.read_bytes() == b"keep me"


def test_report_pdf_is_owner_only_and_leaves_no_temporaries(filled, tmp_path, capsys):
    old_umask = os.umask(0)
    try:
        out = tmp_path / "board.pdf"
        assert cli_main(["--db", str(filled), "report", "1", "--out", str(out)]) == 0
        scorecards = tmp_path / "vendors.pdf"
        assert cli_main(["--db", str(filled), "portfolio", "--out", str(scorecards)]) == 0
    finally:
        os.umask(old_umask)
    assert out.stat().st_mode & 0o777 == 0o600
    assert scorecards.stat().st_mode & 0o777 == 0o600
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_temporaries_of_a_killed_writer_are_removed_by_the_next_write(tmp_path):
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    target = tmp_path / "board.pdf"
    leftover = tmp_path / f".board.pdf.{dead_pid}-abc12345.part"
    leftover.write_bytes(b"half a report")
    other = tmp_path / f".old report.pdf.{dead_pid}-zz_98765.part"  # another file's leftover, same folder
    other.write_bytes(b"half of another report")
    live = tmp_path / f".board.pdf.{os.getpid()}-def45678.part"  # a writer of this (running) process
    live.write_bytes(b"in progress")
    users = tmp_path / ".notes.part"  # not ours
    users.write_bytes(b"keep")
    remove_stale_temporaries(target)
    assert not leftover.exists() and not other.exists()
    assert live.exists() and users.exists()


def test_a_report_killed_midway_leaves_nothing_after_the_next_one(filled, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "board.pdf"
    command = [sys.executable, "-m", "maturity_app.cli", "--db", str(filled), "report", "1", "--out", str(out)]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not list(tmp_path.glob(".board.pdf.*.part")):
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    assert not out.exists()
    assert list(tmp_path.glob(".board.pdf.*.part"))  # killed while writing: its temporary is left behind
    assert cli_main(["--db", str(filled), "report", "1", "--out", str(out)]) == 0
    assert out.exists() and not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))


def test_the_backup_identity_index_is_refused_to_writers(filled, capsys):
    from maturity_app.storage.locations import data_dir

    backup_on_session_start(filled)
    index = data_dir() / "backup-identities.json"
    before = index.read_bytes()
    assert cli_main(["--db", str(filled), "export", "1", "--out", str(index)]) == 2
    assert index.read_bytes() == before
