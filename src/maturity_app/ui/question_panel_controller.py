"""What the evidence and plan panels' controllers share: the question on screen, wiring, and running a step."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..domain.errors import MaturityError
from .session import AssessmentSession


class QuestionPanelController(QObject):
    """Drives one panel of the question view for the question on screen; errors show in the panel, never a box."""

    status = Signal(str)

    def __init__(self, panel, session: AssessmentSession, connections: list, parent=None):
        super().__init__(parent)
        self.panel = panel
        self.session = session
        self.question_id: str | None = None
        self._connections = [*connections, (session.changed, self._changed)]
        for signal, slot in self._connections:
            signal.connect(slot)

    def close(self) -> None:
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._connections = []

    def show(self, question_id: str) -> None:
        if question_id != self.question_id:
            self.panel.show_problem("")
        self.question_id = question_id
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _changed(self, changes, _origin: str) -> None:
        raise NotImplementedError

    def _run(self, action, done_text: str) -> bool:
        """Run one step; a refused or failed one is said in the panel and the status bar, and shown as it is."""
        try:
            action()
        except (MaturityError, OSError) as exc:
            self.panel.show_problem(str(exc))
            self.status.emit(str(exc))
            self.refresh()
            return False
        self.panel.show_problem("")
        self.status.emit(done_text)
        return True
