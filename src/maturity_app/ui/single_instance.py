"""One window per database: a second launch hands its file to the window already running, then exits.

The channel is local, never a network socket: on Linux and macOS a Unix-domain socket inside a folder only this
user can enter (XDG_RUNTIME_DIR, or a private folder in the temp directory), on Windows a named pipe restricted
to this user. Its name is derived from the user and the database file, so two users, or one user with two
databases (--db), never reach each other's window.

The window listens on the Unix socket itself (on Windows through QLocalServer: ui/instance_server, made once the
window's first frame is drawn); a second launch connects the same way (Python's socket module; QLocalSocket on
Windows), and only when there is a channel to use: on Linux and macOS no launch loads QtNetwork, and the usual
one (no window listening, so no socket file) does not even connect. Qt is imported here for the Windows pipe only,
so launch reads this module with the start path's other Qt-free ones.
"""

from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from pathlib import Path

from ..domain.digest import sha256

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


def _unix_socket():
    """The one kind of socket the app makes: a Unix-domain stream socket, never a network one."""
    import socket

    return socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)


def _is_socket(path: str) -> bool:
    try:
        return stat.S_ISSOCK(os.lstat(path).st_mode)
    except OSError:
        return False
