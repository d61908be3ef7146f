"""Build the board PDF on a pool thread; progress, result and cancellation travel by signal and flag."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..domain.assessment import AssessmentInfo
from ..domain.errors import MaturityError
from ..domain.scoring import AssessmentScore
from ..report.options import ReportCancelled, ReportOptions


class ExportJob(QObject):
    """One export. Signals are emitted from the worker thread and delivered queued on the UI thread."""

    progress = Signal(float, str)
    succeeded = Signal(str)  # the path written
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    def __init__(self, score: AssessmentScore, info: AssessmentInfo, target: Path, options: ReportOptions):
        super().__init__()
        self._score, self._info, self._target = score, info, target
        self._cancel = threading.Event()
        self._ended = threading.Event()
        # The worker reports through the job's signals; it never sees a widget.
        self._options = ReportOptions(
            sections=options.sections, brief=options.brief, page_size=options.page_size, label=options.label,
            password=options.password, on_progress=self.progress.emit, is_cancelled=self._cancel.is_set,
        )

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return not self._ended.is_set()

    def wait(self, timeout: float) -> bool:
        return self._ended.wait(timeout)

    def run(self) -> None:
        """The background function: plain values in, signals out."""
        from ..report.builder import build_report

        try:
            build_report(self._score, self._info, self._target, self._options)
        except ReportCancelled:
            self.cancelled.emit()
        except MaturityError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(f"cannot write the report to {self._target}: {exc.strerror or exc}")
        except Exception as exc:  # a bug: tell the user, and let it reach the thread's error output too
            self.failed.emit(f"the report could not be built because of an internal error: {exc!r}")
            raise
        else:
            self.succeeded.emit(str(self._target))
        finally:
            self._options.password = None  # never kept longer than the export needs it
            self._ended.set()


class _Runnable(QRunnable):
    def __init__(self, job: ExportJob):
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def start_export(job: ExportJob, pool: QThreadPool | None = None) -> None:
    runnable = _Runnable(job)
    job._runnable = runnable  # keep Python's reference for as long as the job lives
    runnable.setAutoDelete(False)
    (pool or QThreadPool.globalInstance()).start(runnable)
