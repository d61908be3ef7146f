"""Unexpected errors are never invisible: logged (storage.error_log) and shown in a dialog with "Copy details".

Installed by launch() for sys.excepthook (errors in slots, menu actions, start-up) and threading.excepthook
(worker threads, shown on the UI thread). Answers already saved are safe: every save is its own transaction.
"""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

# storage.error_log (logging, its handlers) is imported when an error happens: the launch needs none of it.


class _Relay(QObject):
    """Carries a worker thread's error to the UI thread, where dialogs may be shown: made on that thread, so Qt
    queues a signal emitted on another one to its slot."""

    raised = Signal(object, object, object, object)

    def __init__(self, show):
        super().__init__()
        self._show = show
        self.raised.connect(self.deliver)

    @Slot(object, object, object, object)
    def deliver(self, exc_type, exc, tb, log) -> None:
        self._show(exc_type, exc, tb, log)


class ExceptionHook:
    def __init__(self, app: QApplication):
        self.app = app
        self._showing = False
        self._relay = _Relay(self.show)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> ExceptionHook:
        sys.excepthook = self.handle
        threading.excepthook = lambda args: self.handle(args.exc_type, args.exc_value, args.exc_traceback)
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        from ..storage.error_log import log_exception

        log = log_exception(exc_type, exc, tb)
        if threading.current_thread() is threading.main_thread():
            self.show(exc_type, exc, tb, log)
        else:
            self._relay.raised.emit(exc_type, exc, tb, log)

    def show(self, exc_type, exc, tb, log=None) -> None:
        if self._showing:  # an error while the dialog is open is logged, not stacked
            return
        self._showing = True
        try:
            from ..storage.error_log import format_details, one_line
            from .error_dialog import ErrorDialog  # its widgets are made when an error happens, not at launch

            dialog = ErrorDialog(one_line(exc), format_details(exc_type, exc, tb), log,
                                 QApplication.activeWindow())
            dialog.exec()
        finally:
            self._showing = False


def install_exception_hook(app: QApplication) -> ExceptionHook:
    hook = ExceptionHook(app).install()
    app.exception_hook = hook  # lives as long as the app
    return hook
