"""A second launch hands its file to the window already open on that database, which asks to import it.

The second launch is the real command (`maturity-app --db DB FILE.maturity.json`) in another process; the
running window is the test's, served exactly as launch() serves it.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui_helpers import exported_file
from maturity_app.ui.single_instance import channel_name, hand_over, serve_second_launches


@pytest.fixture(autouse=True)
def private_runtime_dir(tmp_path_factory, monkeypatch):
    folder = tmp_path_factory.mktemp("run")
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def _serving(make_app, db_path):
    """The test's window, served as launch() serves it; ``received`` collects what second launches handed over."""
    window, controller = make_app()
    server = serve_second_launches(window, controller, db_path)
    assert server is not None
    received: list[str] = []
    server.requested.connect(received.append)
    return window, controller, server, received


def _finished(qtbot, process: subprocess.Popen) -> subprocess.Popen:
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=20000)
    return process


def _second_launch(db_path: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "maturity_app.cli", "--db", str(db_path), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy())


def test_a_second_launch_hands_its_file_to_the_running_window_which_asks_to_import_it(
    make_app, qtbot, monkeypatch, tmp_path, mini_pack, db_path
):
    window, controller, server, _received = _serving(make_app, db_path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    exported = exported_file(tmp_path, mini_pack, "globex.maturity")

    second = _finished(qtbot, _second_launch(db_path, str(exported)))
    assert second.returncode == 0, second.stderr.read()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)

    assert "globex.maturity" in asked[0]
    assert [i.organisation for i in controller.workspace.assessments.list()] == ["Globex Vendor Review"]
    assert "already open" not in second.stderr.read()
    server.close()


def test_a_second_launch_without_a_file_only_brings_the_window_forward(make_app, qtbot, monkeypatch, db_path):
    window, controller, server, received = _serving(make_app, db_path)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("nothing to ask"))
    second = _finished(qtbot, _second_launch(db_path))
    assert second.returncode == 0, second.stderr.read()
    assert received == [""]
    assert controller.workspace.assessments.list() == []
    server.close()


def test_garbage_on_the_channel_is_dropped_and_the_window_keeps_serving(make_app, qtbot, db_path, tmp_path):
    from PySide6.QtNetwork import QLocalSocket

    window, controller, server, received = _serving(make_app, db_path)
    stranger = QLocalSocket()
    stranger.connectToServer(server.name)
    assert stranger.waitForConnected(1000)
    stranger.write(b'{"open": 42}\n')
    stranger.flush()
    qtbot.waitUntil(lambda: stranger.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    assert received == []
    second = _finished(qtbot, _second_launch(db_path))
    assert second.returncode == 0 and received == [""]
    server.close()


def test_no_window_listening_means_no_hand_over(tmp_path):
    assert hand_over(channel_name(tmp_path / "nobody.db"), None) is False


def test_the_channel_is_a_local_socket_private_to_the_user_and_scoped_to_the_database(
    tmp_path, private_runtime_dir, make_app, db_path
):
    first, second = channel_name(tmp_path / "a.db"), channel_name(tmp_path / "b.db")
    assert first != second and channel_name(tmp_path / "a.db") == first
    assert Path(first).parent == private_runtime_dir  # a filesystem socket, not a port
    window, controller, server, _received = _serving(make_app, db_path)
    socket_file = Path(server.server.fullServerName())
    assert stat.S_ISSOCK(socket_file.lstat().st_mode)
    assert socket_file.parent.stat().st_mode & 0o077 == 0
    server.close()


def test_a_runtime_folder_others_can_enter_is_not_used(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    name = channel_name(tmp_path / "a.db")
    assert name is None or not Path(name).is_relative_to(shared)


def test_qtnetwork_is_used_for_the_local_channel_only():
    """QtNetwork is loaded for QLocalServer/QLocalSocket; nothing in the app reaches for a network socket."""
    src = Path(__file__).resolve().parents[2] / "src" / "maturity_app"
    for path in src.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for word in ("QTcp", "QUdp", "QNetworkAccessManager", "QHostAddress", "QSslSocket", "import socket"):
            assert word not in source, f"{path.name} uses {word}"
        if "QtNetwork" in source:
            assert path.name == "single_instance.py", path
