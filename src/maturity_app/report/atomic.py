"""Write a report all at once and owner-only, through the app's one safe writer (storage.private_files)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..storage import private_files


class ReportWriteError(private_files.WriteFailed):
    """The report could not be written where the user asked."""


def check_target(target: Path) -> None:
    private_files.check_write_target(target, ReportWriteError, what="the report")


@contextlib.contextmanager
def temporary_sibling(target: Path) -> Iterator[Path]:
    """A temporary path in the target's folder (same file system, so os.replace is atomic), always cleaned up."""
    with private_files.temporary_sibling(target, ReportWriteError, "the report") as path:
        yield path


def publish(temporary: Path, target: Path) -> None:
    """Move the finished file into place (0600: a board report describes the organisation's weak points)."""
    private_files.publish(temporary, target, ReportWriteError, "the report")
