"""The app never opens a network connection: every socket entry point fails loudly during real flows."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from maturity_app.cli import main as cli_main

ATTEMPTS: list[str] = []


@pytest.fixture
def no_network(monkeypatch):
    ATTEMPTS.clear()

    def refuse(name):
        def blocked(*args, **kwargs):
            ATTEMPTS.append(f"{name}{args[:2]!r}")
            raise OSError(f"network access attempted: {name}")

        return blocked

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "create_server"):
        monkeypatch.setattr(socket, name, refuse(name))
    original_init = socket.socket.__init__

    def watched_init(self, *args, **kwargs):
        ATTEMPTS.append(f"socket.socket{args[:2]!r}")
        original_init(self, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "__init__", watched_init)
    yield ATTEMPTS
    assert ATTEMPTS == [], f"network access attempted: {ATTEMPTS}"


def test_the_guard_itself_catches_a_connection(no_network):
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 443))
    assert no_network == ["create_connection(('example.org', 443),)"]
    no_network.clear()


def test_report_free_flow_touches_no_socket(no_network, tmp_path, capsys):
    db = str(tmp_path / "a.db")
    other = str(tmp_path / "b.db")
    run = lambda *argv: cli_main(["--db", db, *argv])  # noqa: E731
    assert run("demo") == 0
    assert run("new", "--pack", "core", "--org", "Offline Ltd") == 0
    assert run("answer", "2", "rec-restore-proven", "--compliance", "3", "--capability", "1") == 0
    assert run("export", "2", "--out", str(tmp_path / "x.maturity.json")) == 0
    assert run("export-csv", "1", "--out", str(tmp_path / "x.csv"), "--bom") == 0
    assert cli_main(["--db", other, "import", str(tmp_path / "x.maturity.json")]) == 0
    assert run("import", str(tmp_path / "x.maturity.json"), "--as-copy") == 0
    assert run("score", "1", "--json") == 0

    from maturity_app.storage.backups import backup_on_session_start

    assert backup_on_session_start(db) is not None


def test_commands_never_load_qt_networking(tmp_path):
    """In a fresh process, since other tests in this one may have loaded QtNetwork for the local channel."""
    script = (
        "import sys; from maturity_app.cli import main;"
        f"main(['--db', {str(tmp_path / 'a.db')!r}, 'demo', '--out', {str(tmp_path / 'a.pdf')!r}]);"
        f"main(['--db', {str(tmp_path / 'a.db')!r}, 'list']);"
        "print('PySide6.QtNetwork' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_gui_start_with_a_demo_assessment_touches_no_socket(no_network, tmp_path, qtbot, qapp):
    db_path = tmp_path / "gui.db"
    assert cli_main(["--db", str(db_path), "demo"]) == 0
    from maturity_app.ui.launch import build_app

    window, controller = build_app(db_path, qapp)
    qtbot.addWidget(window)
    try:
        controller.restore()
        window.show()
        qtbot.waitExposed(window)
        assert controller.open_assessment(1)
        qtbot.wait(200)  # let timers, painting and autosave machinery run
        assert window.isVisible()
    finally:
        controller.workspace.close()
    # Qt's networking module is loaded by launch() only, for the local single-instance channel; that nothing in
    # the app uses a network class is checked in tests/gui/test_single_instance.py.
