"""One window per database: a second launch hands its file to the window already running, then exits.

The channel is a QLocalServer, never a network socket: on Linux and macOS a Unix-domain socket inside a folder
only this user can enter (XDG_RUNTIME_DIR, or a private folder in the temp directory), on Windows a named pipe
restricted to this user. Its name is derived from the user and the database file, so two users, or one user
with two databases (--db), never reach each other's window.

QtNetwork loads only when there is a channel to use: a launch with no window listening (the usual one on Linux
and macOS, where the socket file exists only while a window listens) never pays for it before its first frame.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import stat
import sys
import tempfile
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

MAX_MESSAGE = 64 * 1024  # a path and a flag: anything longer is not ours
CONNECT_MS = 500
REPLY_MS = 3000
UNIX_SOCKET_PATH_LIMIT = 100  # sun_path holds 104-108 bytes depending on the system


def _private_folder(folder: Path) -> bool:
    """True when *folder* is a real directory of ours that nobody else can enter (checked, never assumed)."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _socket_folder() -> Path | None:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _private_folder(Path(runtime)):
        return Path(runtime)
    folder = Path(tempfile.gettempdir()) / f"maturity-app-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    # Someone else may have made it first, to listen in our place: then there is no channel at all.
    return folder if _private_folder(folder) else None


def channel_name(db_path: Path) -> str | None:
    """The server name for the window that holds *db_path*; None when no private place for it exists."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment or the password database
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = hashlib.sha256(f"{user}\0{Path(db_path).resolve()}".encode()).hexdigest()[:24]
    if sys.platform == "win32":
        return f"maturity-app-{key}"  # a named pipe; UserAccessOption restricts it to this user
    folder = _socket_folder()
    if folder is None:
        return None
    name = folder / f"maturity-app-{key}.sock"
    if len(os.fsencode(name)) > UNIX_SOCKET_PATH_LIMIT:
        folder = Path(tempfile.gettempdir()) / f"maturity-app-{os.getuid()}"
        if not _private_folder(folder):
            return None
        name = folder / f"maturity-app-{key}.sock"
    return str(name)


def hand_over(name: str | None, opened_file: Path | None) -> bool:
    """Give *opened_file* (or just "come to the front") to a running window; False when none is listening."""
    if name is None:
        return False
    if sys.platform != "win32" and not os.path.exists(name):
        return False  # no socket file: no window has listened on this database since the last restart
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    message = {"open": str(Path(opened_file).resolve()) if opened_file else None}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.waitForBytesWritten(REPLY_MS)
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for second launches; emits ``requested(path or "")`` for each one that reached us."""

    requested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        if self.server.listen(self.name):
            return True
        # A socket file left by a crashed window: nobody answered our connect, so it is safe to replace.
        if self.server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)
            return self.server.listen(self.name)
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket, buffer)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE:
            socket.abort()
            return
        if not buffer.endswith(b"\n"):
            return
        try:
            message = json.loads(buffer.decode("utf-8"))
            opened = message.get("open") if isinstance(message, dict) else None
            if opened is not None and not isinstance(opened, str):
                raise ValueError("open must be a path")
        except ValueError:
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.requested.emit(opened or "")


def serve_second_launches(window, controller, db_path: Path) -> InstanceServer | None:
    """Make this window the one later launches for *db_path* hand their files to."""
    name = channel_name(db_path)
    if name is None:
        return None
    server = InstanceServer(name, window)
    if not server.listen():
        return None

    def handle(opened: str) -> None:
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if opened:
            _when_no_dialog_is_open(lambda: controller.import_opened_file(Path(opened)))

    server.requested.connect(handle)
    return server


def _when_no_dialog_is_open(action) -> None:
    """Ask about the handed-over file once the user has finished with any dialog open right now."""
    from PySide6.QtWidgets import QApplication

    def attempt() -> None:
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(300, attempt)
        else:
            action()

    QTimer.singleShot(0, attempt)  # out of the socket's signal, never a dialog inside it
