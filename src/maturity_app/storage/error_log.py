"""Unexpected errors go to a rotating, owner-only log in the platform's log folder, so they are never invisible.

Qt-free: the desktop app's exception hook and the command line both write here, then tell the user where.
"""

from __future__ import annotations

import logging
import logging.handlers
import threading
import traceback
from pathlib import Path

from .locations import ensure_private_dir, log_dir
from .private_files import open_private_append

LOG_NAME = "maturity-app.log"
MAX_BYTES = 512 * 1024
BACKUP_COUNT = 3

_lock = threading.Lock()
_logger: logging.Logger | None = None
_logger_path: Path | None = None


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """RotatingFileHandler whose files are created 0600: tracebacks can quote what the user typed."""

    def _open(self):
        return open_private_append(self.baseFilename)


def log_path() -> Path:
    return log_dir() / LOG_NAME


def _get_logger() -> logging.Logger:
    global _logger, _logger_path
    path = log_path()
    with _lock:
        if _logger is None or _logger_path != path:
            ensure_private_dir(path.parent)
            logger = logging.getLogger("maturity_app.errors")
            logger.propagate = False
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
                handler.close()
            handler = _PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, delay=True)
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
            logger.addHandler(handler)
            logger.setLevel(logging.INFO)
            _logger, _logger_path = logger, path
        return _logger


def format_details(exc_type, exc, tb) -> str:
    from .. import __version__

    return f"Maturity {__version__}\n" + "".join(traceback.format_exception(exc_type, exc, tb))


def log_exception(exc_type, exc, tb, where: str = "") -> Path | None:
    """Write the traceback to the log; returns the log file, or None when even the log cannot be written."""
    try:
        logger = _get_logger()
        logger.error("unexpected error%s\n%s", f" in {where}" if where else "", format_details(exc_type, exc, tb))
        for handler in logger.handlers:
            handler.flush()
        return log_path()
    except Exception:  # a full disk must not turn an error report into a second crash
        return None


def one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text[:300]}"
