"""The window's side of the single-instance channel (ui/single_instance): it listens for second launches and
brings itself to the front, or asks to import the file one hands over. Made once the window's first frame is drawn:
its QObject classes are not built before it."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from .single_instance import MAX_MESSAGE, _is_socket, _unix_socket, channel_name, opened_file

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket


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
