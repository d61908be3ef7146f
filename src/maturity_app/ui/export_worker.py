"""Build the board PDF in the background (the app's one Task helper); result and cancellation travel by signal."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal

from ..domain.assessment import AssessmentInfo
from ..domain.errors import MaturityError
from ..domain.scoring import AssessmentScore
from ..report.options import ReportCancelled, ReportOptions
from .background import Task


class ExportJob(Task):
    """One export: ``progress`` and ``cancel()`` come from Task; the outcome is one of three signals."""

    succeeded = Signal(str)  # the path written
    failed = Signal(str)  # a message for the user
    cancelled = Signal()

    def __init__(self, score: AssessmentScore, info: AssessmentInfo, target: Path, options: ReportOptions):
        super().__init__()
        self._score, self._info, self._target = score, info, target
        # The worker reports through the task; it never sees a widget. Everything else the caller chose
        # (sections, workshop summary, since-last comparison...) is passed on unchanged.
        self._options = dataclasses.replace(options, on_progress=self.report, is_cancelled=self.is_cancelled)

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
            self.failed.emit(QCoreApplication.translate("ExportWorker", "cannot write the report to {target}: {reason}")
                             .format(target=self._target, reason=exc.strerror or exc))
        except Exception as exc:  # a bug: tell the user, and let it reach the future's exception too
            self.failed.emit(QCoreApplication.translate(
                "ExportWorker", "the report could not be built because of an internal error: {error}").format(
                error=repr(exc)))
            raise
        else:
            self.succeeded.emit(str(self._target))
        finally:
            self._options.password = None  # never kept longer than the export needs it
            # The options point back at this job (progress, cancel): drop them so no cycle holds a QObject.
            self._options = None


def start_export(job: ExportJob) -> None:
    job.start(lambda task: task.run())
