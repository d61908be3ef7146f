"""Connects one answer's evidence panel to the open assessment: every operation a use case, each an undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit

from ..app import evidence as evidence_ops
from ..domain.errors import MaturityError
from ..domain.evidence import proposed_proof_date, verification_status
from ..domain import formatting
from .evidence_panel import EvidencePanel
from .question_panel_controller import QuestionPanelController
from .session import AssessmentSession

FILE_FILTER = QT_TRANSLATE_NOOP("EvidenceController", "Documents and images (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.webp *.txt *.md *.csv *.log "
               "*.json *.xml *.rtf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp *.eml *.msg);;"
               "All files (*)")


class EvidenceController(QuestionPanelController):
    def __init__(self, panel: EvidencePanel, session: AssessmentSession, parent=None):
        super().__init__(panel, session, [
            (panel.attachRequested, self._attach_dialog),
            (panel.filesDropped, self._attach),
            (panel.openRequested, self._open),
            (panel.exportRequested, self._export),
            (panel.detachRequested, self._detach),
            (panel.verifyRequested, self._verify),
            (panel.useDateRequested, self._use_date),
        ], parent)

    def refresh(self) -> None:
        if self.question_id is None:
            return
        score = self.session.question_score(self.question_id)
        verification = score.verification
        seen = set(verification.files) if verification and score.verified else set()
        self.panel.show_files(score.evidence, seen)
        self.panel.show_verification(
            verification_status(verification, score.verified, score.counting_claim),
            bool(score.evidence) and score.counting_claim and not score.verified)
        self.panel.show_proposal(proposed_proof_date(score.evidence, score.answer.proven_on,
                                                     self.session.model.ws.today))
        count = len(score.evidence)
        self.panel.set_summary(self.tr("%n file(s)", "", count) + " · "
                               + verification_status(verification, score.verified, score.counting_claim))

    def _changed(self, changes, _origin: str) -> None:
        if self.question_id in changes.evidence or self.question_id in changes.answers:
            self.refresh()

    # -- operations --------------------------------------------------------------------------------
    def _attach_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self.panel, self.tr("Attach evidence files"), "", self.tr(FILE_FILTER))
        if paths:
            self._attach(paths)

    def _attach(self, paths: list[str]) -> None:
        if self.question_id is None or not paths:
            return
        self._run(lambda: self.session.attach_files(self.question_id, list(paths)),
                  self.tr("Attached %n file(s) · Ctrl+Z undoes", "", len(paths)))

    def _detach(self, evidence_id: int) -> None:
        self._run(lambda: self.session.detach_files([evidence_id]), self.tr("Detached · Ctrl+Z puts it back"))

    def _open(self, evidence_id: int) -> None:
        def open_copy() -> None:
            path = evidence_ops.open_copy(self.session.model.ws, self.session.id, evidence_id)
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                raise MaturityError(self.tr("no viewer could open {name}; export it instead").format(name=path.name))

        self._run(open_copy, self.tr("Opened a private copy with the system viewer"))

    def _export(self, evidence_id: int) -> None:
        evidence = next((f for f in self.session.evidence(self.question_id) if f.id == evidence_id), None)
        if evidence is None:
            return
        target, _ = QFileDialog.getSaveFileName(self.panel, self.tr("Export evidence file"), evidence.name)
        if target:
            self._run(lambda: evidence_ops.export_file(self.session.model.ws, self.session.id, evidence_id,
                                                       Path(target)), self.tr("Exported {name}").format(name=evidence.name))

    def _verify(self) -> None:
        name, ok = QInputDialog.getText(self.panel, self.tr("Verify claim"),
                                        self.tr("Who verified this claim after seeing the evidence files?\n"
                                                "(a second person: not the owner or the assessor)"), QLineEdit.Normal, "")
        if ok:
            self._run(lambda: self.session.verify(self.question_id, name), self.tr("Claim verified · Ctrl+Z undoes"))

    def _use_date(self, day) -> None:
        if day is not None:
            self._run(lambda: self.session.change(self.question_id, self.tr("Proof date from evidence"), proven_on=day),
                      self.tr("Proof date set to {date} from the evidence").format(date=formatting.day(day)))
