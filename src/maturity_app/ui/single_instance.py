"""One window per database: a second launch hands its file to the window already running, then exits.

The channel is local, never a network socket: on Linux and macOS a Unix-domain socket inside a folder only this
user can enter (XDG_RUNTIME_DIR, or a private folder in the temp directory), on Windows a named pipe restricted
to this user. Its name is derived from the user and the database file, so two users, or one user with two
databases (--db), never reach each other's window.

The window listens on the Unix socket itself (on Windows through QLocalServer); a second launch connects the same
way (Python's socket module; QLocalSocket on Windows), and only when there is a channel to use: on Linux and macOS
no launch loads QtNetwork, and the usual one (no window listening, so no socket file) does not even connect.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import sys
import tempfile
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.digest import sha256

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


def user_name() -> str:
    """The user running the app, found where getpass.getuser() looks (the login variables, then the password
    database); getpass itself is not imported for it: its password prompt loads termios before the first frame."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        user = os.environ.get(variable)
        if user:
            return user
    if not hasattr(os, "getuid"):
        return "user"
    try:
        import pwd

        return pwd.getpwuid(os.getuid())[0]
    except (ImportError, KeyError):  # no entry for this user in the password database
        return str(os.getuid())


def channel_name(db_path: Path) -> str | None:
    """The server name for the window that holds *db_path*; None when no private place for it exists."""
    # The same SHA-256 as hashlib's (domain.digest: without OpenSSL), so every version names one channel alike.
    key = sha256(f"{user_name()}\0{Path(db_path).resolve()}".encode()).hexdigest()[:24]
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
    message = json.dumps({"open": str(Path(opened_file).resolve()) if opened_file else None}).encode("utf-8") + b"\n"
    if sys.platform == "win32":
        return _hand_over_by_pipe(name, message)
    if not os.path.exists(name):
        return False  # no socket file: no window has listened on this database since the last restart
    return _hand_over_by_socket(name, message)


def _hand_over_by_socket(name: str, message: bytes) -> bool:
    """Linux and macOS: the window's Unix-domain socket, through Python's own socket module (the window listens
    the same way): a launch finding the socket file of a window that crashed, refused at once, loads no QtNetwork
    before its first frame."""
    peer = _unix_socket()
    reply = b""
    try:
        peer.settimeout(CONNECT_MS / 1000)
        peer.connect(name)
        peer.settimeout(REPLY_MS / 1000)
        peer.sendall(message)
        while not reply.endswith(b"\n") and len(reply) < 64:
            chunk = peer.recv(64)
            if not chunk:
                break
            reply += chunk
    except OSError:  # nobody listening (refused), no answer in time, or gone meanwhile
        return False
    finally:
        peer.close()
    return reply.strip() == b"ok"


def _hand_over_by_pipe(name: str, message: bytes) -> bool:
    """Windows: the window's named pipe, through QLocalSocket."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(message)
    socket.waitForBytesWritten(REPLY_MS)
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for second launches; emits ``requested(path or "")`` for each one that reached us.

    On Linux and macOS the window listens on the Unix-domain socket itself (what QLocalServer makes there),
    watched by the event loop: QtNetwork, loaded for nothing else, held about 3 MB for as long as the window was
    open. On Windows, QLocalServer's named pipe restricted to this user."""

    requested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        listener = _PipeListener if sys.platform == "win32" else _UnixListener
        self._listener = listener(name, self.requested.emit, self)

    def listen(self) -> bool:
        return self._listener.listen()

    def close(self) -> None:
        self._listener.close()


def opened_file(data: bytes) -> str | None:
    """What a second launch's message hands over: a file's path, "" for none (just come to the front); None when
    *data* is not such a message."""
    try:
        message = json.loads(data.decode("utf-8"))
    except ValueError:
        return None
    opened = message.get("open") if isinstance(message, dict) else None
    if opened is not None and not isinstance(opened, str):
        return None  # "open" must be a path
    return opened or ""


class _UnixListener(QObject):
    """A listening Unix-domain socket in the private folder, read when the event loop finds it readable."""

    def __init__(self, name: str, deliver, parent: QObject):
        super().__init__(parent)
        self.name = name
        self._deliver = deliver
        self._socket = None
        self._watch = None
        self._peers: dict[int, tuple] = {}  # fd -> (connection, its notifier, what it sent so far)

    def listen(self) -> bool:
        from PySide6.QtCore import QSocketNotifier

        listener = _unix_socket()
        try:
            try:
                listener.bind(self.name)
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE or not _is_socket(self.name):
                    raise
                # A socket file left by a crashed window: nobody answered our connect, so it is safe to replace.
                os.unlink(self.name)
                listener.bind(self.name)
            os.chmod(self.name, 0o600)  # in a folder only we can enter, and the file itself ours alone
            listener.listen(8)
            listener.setblocking(False)
        except OSError:
            listener.close()
            return False
        self._socket = listener
        self._watch = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._accept)
        return True

    def close(self) -> None:
        for fd in list(self._peers):
            self._drop(fd)
        if self._socket is None:
            return
        self._watch.setEnabled(False)
        self._watch.deleteLater()
        self._socket.close()
        self._socket = self._watch = None
        with contextlib.suppress(OSError):  # gone with the window: the next launch finds no socket file
            os.unlink(self.name)

    def _accept(self, *_args) -> None:
        from PySide6.QtCore import QSocketNotifier

        while self._socket is not None:
            try:
                peer, _address = self._socket.accept()
            except OSError:  # nothing more waiting (or it left already)
                return
            peer.setblocking(False)
            fd = peer.fileno()
            watch = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._peers[fd] = (peer, watch, bytearray())
            watch.activated.connect(lambda *_a, fd=fd: self._read(fd))
            self._read(fd)

    def _read(self, fd: int) -> None:
        if fd not in self._peers:
            return
        peer, _watch, buffer = self._peers[fd]
        try:
            chunk = peer.recv(MAX_MESSAGE + 1)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            chunk = b""
        buffer += chunk
        if not chunk or len(buffer) > MAX_MESSAGE:  # gone before its message was whole, or not ours
            self._drop(fd)
            return
        if not buffer.endswith(b"\n"):
            return
        opened = opened_file(bytes(buffer))
        if opened is None:
            self._drop(fd)
            return
        self._drop(fd, reply=b"ok\n")
        self._deliver(opened)

    def _drop(self, fd: int, reply: bytes | None = None) -> None:
        peer, watch, _buffer = self._peers.pop(fd)
        watch.setEnabled(False)
        watch.deleteLater()
        if reply is not None:
            with contextlib.suppress(OSError):
                peer.sendall(reply)  # three bytes into an empty socket buffer
        peer.close()


class _PipeListener(QObject):
    """Windows: QLocalServer's named pipe, restricted to this user."""

    def __init__(self, name: str, deliver, parent: QObject):
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.name = name
        self._deliver = deliver
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        return self.server.listen(self.name)

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
        opened = opened_file(bytes(buffer))
        if opened is None:
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self._deliver(opened)


def _unix_socket():
    """The one kind of socket the app makes: a Unix-domain stream socket, never a network one."""
    import socket

    return socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)


def _is_socket(path: str) -> bool:
    try:
        return stat.S_ISSOCK(os.lstat(path).st_mode)
    except OSError:
        return False


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
