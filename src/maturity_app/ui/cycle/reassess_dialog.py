"""The re-assess dialog: start the next cycle of an assessment, seeing first what carries over and what changed."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QLabel, QListView, QRadioButton, QVBoxLayout,
)

from ...app.assessments import reassess
from ...app.workspace import Workspace
from ...domain.compare import assessed_on
from ...domain.formatting import day
from ...domain.errors import MaturityError
from ...app.shown import shown_pack_change
from ...domain.reassess import pack_change
from ...domain.schema import Pack
from ...storage.cycle_store import ReassessResult


class ReassessDialog(QDialog):
    """Give it the workspace, the assessment id and the current pack from the library (None if uninstalled).

    After exec() returns Accepted, ``result_info`` holds the new assessment's id and the pack-change listing.
    """

    def __init__(self, workspace: Workspace, assessment_id: int, current_pack: Pack | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Re-assess"))
        self.setMinimumWidth(560)
        self.workspace = workspace
        self.assessment_id = assessment_id
        self.current_pack = current_pack
        self.result_info: ReassessResult | None = None

        previous = workspace.assessments.load(assessment_id)
        info = previous.info
        heading = QLabel(self.tr("Start the next cycle of “{name}”").format(name=info.organisation),
                         objectName="dialogTitle")
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        heading.setFont(font)
        summary = QLabel(
            self.tr("{pack} {version}, assessed {date}, {answered} of {applicable} applicable questions answered. "
                    "That assessment stays as it is.").format(
                pack=info.pack_title, version=info.pack_version, date=day(assessed_on(info)), answered=info.answered,
                applicable=info.applicable)
        )
        summary.setWordWrap(True)
        carried = QLabel(
            self.tr("Owners, remediation actions and evidence notes are carried over and marked “carried over”, "
            "so this year’s review starts from last year’s commitments.")
        )
        carried.setWordWrap(True)

        self.blank = QRadioButton(self.tr("Blank levels and proof dates — a fresh judgement (recommended)"))
        self.prefill = QRadioButton(self.tr("Pre-fill last cycle’s levels and proof dates, each flagged “to confirm”"))
        self.blank.setChecked(True)
        self.blank.setAccessibleName(self.tr("Blank levels and proof dates"))
        self.blank.setToolTip(self.tr("Every level and proof date is judged afresh; owners and actions still carry over"))
        self.prefill.setAccessibleName(self.tr("Pre-fill last cycle's levels and proof dates"))
        self.prefill.setToolTip(self.tr("Faster, but each pre-filled answer is flagged “to confirm” until confirmed or changed"))
        group = QButtonGroup(self)
        group.addButton(self.blank)
        group.addButton(self.prefill)

        if current_pack is None:
            change_lines = [self.tr("The pack {pack} is no longer installed: the new assessment reuses version "
                                    "{version}.").format(pack=info.pack_id, version=info.pack_version)]
        else:
            change = shown_pack_change(pack_change(previous.pack, current_pack, previous.answers), previous.pack,
                                       current_pack)
            change_lines = change.lines() or [self.tr("Same questions as last time (pack version {version}).").format(
                version=current_pack.version)]
        changes_title = QLabel(self.tr("Questionnaire changes since last time"), objectName="sectionTitle")
        self.changes = QListView()
        self.changes.setAccessibleName(self.tr("Questionnaire changes since last time"))
        self.changes.setToolTip(self.tr("What changed in the questionnaire pack since the last cycle"))
        self.changes.setModel(QStringListModel(change_lines, self))
        self.changes.setWordWrap(True)
        self.changes.setMaximumHeight(160 if len(change_lines) > 1 else 48)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Start re-assessment"))
        self.buttons.button(QDialogButtonBox.Ok).setToolTip(self.tr("Create the next cycle's assessment and open it (Enter)"))
        self.buttons.button(QDialogButtonBox.Cancel).setToolTip(self.tr("Close without creating anything (Esc)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(carried)
        layout.addWidget(self.blank)
        layout.addWidget(self.prefill)
        layout.addSpacing(6)
        layout.addWidget(changes_title)
        layout.addWidget(self.changes)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(max(560, layout.minimumSize().width()))  # never narrower than a choice's text

    @property
    def change_lines(self) -> list[str]:
        return self.changes.model().stringList()

    def accept(self) -> None:
        try:
            self.result_info = reassess(
                self.workspace, self.assessment_id, self.current_pack, prefill=self.prefill.isChecked()
            ).value
        except MaturityError as exc:
            self.error.setText(self.tr("Could not start the re-assessment: {error}").format(error=exc))
            self.error.show()
            return
        super().accept()
