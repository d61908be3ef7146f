"""The "New assessment" dialog: pack, subject (organisation or vendor), scope, assessor, mode, escalation budget."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout,
)

from ..app.shown import shown_pack
from ..domain.schema import Pack


@dataclass(frozen=True)
class NewAssessmentRequest:
    pack_id: str
    subject: str
    scope: str
    assessor: str
    mode: str
    escalation_budget: int


class NewAssessmentDialog(QDialog):
    def __init__(self, packs: list[Pack], default_budget: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        self.setMinimumWidth(520)
        packs = [shown_pack(p) for p in packs]  # titles and descriptions in the interface language
        self._packs = {p.id: p for p in packs}
        self.pack = QComboBox()
        for pack in packs:
            self.pack.addItem(self.tr("{title} ({version}, %n question(s))", "", len(pack.questions())).format(
                title=pack.title, version=pack.version), pack.id)
        self.pack.setAccessibleName(self.tr("Questionnaire"))
        self.pack.setToolTip(self.tr("The questionnaire pack to answer"))
        self.description = QLabel(objectName="muted")
        self.description.setWordWrap(True)
        self.subject_label = QLabel(self.tr("Organisation"))
        self.subject = QLineEdit()
        self.subject_label.setBuddy(self.subject)
        self.scope = QPlainTextEdit()
        self.scope.setTabChangesFocus(True)
        self.scope.setFixedHeight(self.scope.fontMetrics().lineSpacing() * 3 + 14)
        self.scope.setAccessibleName(self.tr("Scope"))
        self.scope.setToolTip(self.tr("What is in scope: business units, sites, services"))
        self.assessor = QLineEdit()
        self.assessor.setAccessibleName(self.tr("Assessor"))
        self.assessor.setToolTip(self.tr("Who is doing the assessment"))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Self-assessment (alone, on this laptop)"), "self")
        self.mode.addItem(self.tr("Workshop (facilitated, with participants)"), "workshop")
        self.mode.setAccessibleName(self.tr("Mode"))
        self.mode.setToolTip(self.tr("Self-assessment or a facilitated workshop"))
        self.budget = QSpinBox()
        self.budget.setRange(0, 50)
        self.budget.setValue(default_budget)
        self.budget.setAccessibleName(self.tr("Escalation budget"))
        self.budget.setToolTip(self.tr("How many questions may be escalated to the board; scarcity forces priorities"))
        self.error = QLabel(objectName="notice")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Questionnaire"), self.pack)
        form.addRow("", self.description)
        form.addRow(self.subject_label, self.subject)
        form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("Assessor"), self.assessor)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Escalation budget"), self.budget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.Ok).setToolTip(self.tr("Create the assessment and open it"))
        self.buttons.button(QDialogButtonBox.Cancel).setToolTip(self.tr("Close without creating anything"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.pack.currentIndexChanged.connect(self._pack_changed)
        self._pack_changed()
        self.subject.setFocus()

    def _pack_changed(self) -> None:
        pack = self._packs.get(self.pack.currentData())
        vendor = pack is not None and pack.subject == "vendor"
        self.subject_label.setText(self.tr("Vendor") if vendor else self.tr("Organisation"))
        self.subject.setPlaceholderText(self.tr("Name of the vendor assessed") if vendor
                                        else self.tr("Name of the organisation assessed"))
        self.subject.setAccessibleName(self.tr("Vendor") if vendor else self.tr("Organisation"))
        self.subject.setToolTip(self.tr("The vendor this assessment is about") if vendor
                                else self.tr("The organisation this assessment is about"))
        self.description.setText(pack.description if pack else "")
        self.description.setVisible(bool(pack and pack.description))

    def _accept(self) -> None:
        if not self.subject.text().strip():
            vendor = self.subject_label.text() == self.tr("Vendor")
            self.show_error(self.tr("Enter the vendor name.") if vendor else self.tr("Enter the organisation name."))
            self.subject.setFocus()
            return
        self.accept()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def request(self) -> NewAssessmentRequest:
        return NewAssessmentRequest(
            pack_id=self.pack.currentData(),
            subject=self.subject.text().strip(),
            scope=self.scope.toPlainText().strip(),
            assessor=self.assessor.text().strip(),
            mode=self.mode.currentData(),
            escalation_budget=self.budget.value(),
        )
