"""Write a file all at once: into a temporary file beside the target, then os.replace, or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..domain.errors import MaturityError


class ReportWriteError(MaturityError):
    """The report could not be written where the user asked."""


def check_target(target: Path) -> None:
    folder = target.parent
    if target.is_dir():
        raise ReportWriteError(f"cannot write the report to {target}: it is a folder; choose a file name")
    if not folder.is_dir():
        raise ReportWriteError(f"cannot write the report to {target}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ReportWriteError(f"cannot write the report to {target}: the folder {folder} is not writable")
    if target.exists() and not os.access(target, os.W_OK):
        raise ReportWriteError(f"cannot write the report to {target}: the existing file is read-only")


@contextlib.contextmanager
def temporary_sibling(target: Path, suffix: str = ".part") -> Iterator[Path]:
    """A temporary path in the target's folder (same file system, so os.replace is atomic), always cleaned up."""
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=suffix, dir=target.parent)
    except OSError as exc:
        raise ReportWriteError(f"cannot write the report to {target}: {exc.strerror or exc}") from exc
    os.close(handle)
    path = Path(name)
    try:
        yield path
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def publish(temporary: Path, target: Path) -> None:
    """Move the finished file into place; the previous file stays intact until this succeeds."""
    try:
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; give the permissions a new file gets
        os.replace(temporary, target)
    except PermissionError as exc:
        if target.exists():  # Windows refuses to replace a PDF a viewer holds open
            raise ReportWriteError(
                f"cannot write the report to {target}: {exc.strerror or exc}. The file is probably open in another "
                "program (a PDF viewer?): close it there and export again, or choose another file name."
            ) from exc
        raise ReportWriteError(f"cannot write the report to {target}: {exc.strerror or exc}") from exc
    except OSError as exc:
        raise ReportWriteError(f"cannot write the report to {target}: {exc.strerror or exc}") from exc
