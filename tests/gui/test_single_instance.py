"""A second launch hands its file to the window already open on that database, which asks to import it.

The second launch is the real command (`maturity-app --db DB FILE.maturity.json`) in another process; the
running window is the test's, served exactly as launch() serves it.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from gui_helpers import exported_file
from maturity_app.ui.instance_server import serve_second_launches
from maturity_app.ui.single_instance import MAX_MESSAGE, channel_name, hand_over, opened_file


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
    socket_file = Path(server.name)
    assert stat.S_ISSOCK(socket_file.lstat().st_mode)
    assert socket_file.parent.stat().st_mode & 0o077 == 0
    assert socket_file.lstat().st_mode & 0o077 == 0
    server.close()
    assert not socket_file.exists()  # gone with the window: the next launch does not try to reach it


def test_a_runtime_folder_others_can_enter_is_not_used(tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    name = channel_name(tmp_path / "a.db")
    assert name is None or not Path(name).is_relative_to(shared)


def test_sockets_are_for_the_local_channel_only():
    """QtNetwork (QLocalServer/QLocalSocket) and Python's socket module serve the local channel only: the one
    socket the app makes itself is a Unix-domain one; nothing in the app reaches for a network socket."""
    src = Path(__file__).resolve().parents[2] / "src" / "maturity_app"
    for path in src.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for word in ("QTcp", "QUdp", "QNetworkAccessManager", "QHostAddress", "QSslSocket", "AF_INET", "AF_INET6",
                     "SOCK_DGRAM", "create_connection", "create_server", "socketserver", "http.", "urllib.request"):
            assert word not in source, f"{path.name} uses {word}"
        if "QtNetwork" in source or "import socket" in source:  # the channel: its launch side, its window side
            assert path.name in ("single_instance.py", "instance_server.py"), path
        if "import socket" in source:
            assert path.name == "single_instance.py", path
    source = (src / "ui" / "single_instance.py").read_text(encoding="utf-8")
    assert source.count("socket.socket(") == 1 and "socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)" in source


def test_the_window_listens_without_loading_qtnetwork(tmp_path, private_runtime_dir):
    # QtNetwork held about 3 MB for as long as a window was open; the window's side of the channel needs none.
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from maturity_app.ui.instance_server import InstanceServer
        from maturity_app.ui.single_instance import channel_name

        app = QApplication([])
        server = InstanceServer(channel_name(Path({str(tmp_path / "a.db")!r})))
        print(server.listen(), "PySide6.QtNetwork" in sys.modules)
        server.close()
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}).stdout.split()
    assert out == ["True", "False"]


def test_a_socket_file_left_by_a_crashed_window_is_replaced(make_app, qtbot, db_path):
    import socket

    name = channel_name(db_path)
    crashed = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    crashed.bind(name)
    crashed.close()  # the file stays, nobody listens: what a window that died leaves
    assert hand_over(name, None) is False
    window, controller, server, received = _serving(make_app, db_path)
    second = _finished(qtbot, _second_launch(db_path))
    assert second.returncode == 0 and received == [""]
    server.close()


def test_a_message_longer_than_any_path_is_dropped_unanswered(make_app, qtbot, db_path):
    from PySide6.QtNetwork import QLocalSocket

    window, controller, server, received = _serving(make_app, db_path)
    stranger = QLocalSocket()
    stranger.connectToServer(server.name)
    assert stranger.waitForConnected(1000)
    stranger.write(b"x" * (MAX_MESSAGE + 10))
    stranger.flush()
    qtbot.waitUntil(lambda: stranger.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000)
    assert bytes(stranger.readAll().data()) == b"" and received == []
    server.close()


@pytest.mark.parametrize("data, opened", [
    (b'{"open": "/tmp/a.maturity.json"}\n', "/tmp/a.maturity.json"), (b'{"open": null}\n', ""), (b"{}\n", ""),
    (b'{"open": 42}\n', None), (b"not json\n", None), (b"\xff\xfe\n", None),
])
def test_what_a_message_hands_over(data, opened):
    assert opened_file(data) == opened


def test_the_app_removes_its_socket_file_when_it_quits(private_runtime_dir, db_path, store, qapp, qtbot, monkeypatch):
    """launch() serves second launches once its window is drawn and, when the window closes for good, removes the
    socket file: a quit app leaves nothing in the user's runtime folder."""
    from PySide6.QtWidgets import QApplication

    from maturity_app.ui.launch import launch
    from maturity_app.ui.main_window import MainWindow

    store.db.close()
    name = Path(channel_name(db_path))
    served = []

    def event_loop(*_args):  # the app's exec(): wait until it serves, then the user closes the window
        qtbot.waitUntil(name.exists, timeout=20_000)
        served.append(stat.S_ISSOCK(name.lstat().st_mode))
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert launch(db_path) == 0
    assert served == [True]
    assert not name.exists() and list(private_runtime_dir.iterdir()) == []
    assert qapp.session_backup.wait(20)  # the launch's backup, started with the first frame, is done
