"""Preferences: interface language, theme, font scale, default escalation budget, and where the data lives."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox,
    QVBoxLayout,
)

from .app_settings import AppSettings

from .appearance import THEMES
from .language import CHOICES, choice_label, resolve, translate


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, data_folder: Path, database: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(480)
        self._folder = data_folder
        self.language = QComboBox()
        for key in CHOICES:
            label = choice_label(key)
            if key == "system":  # which language "the system" is, so the choice is not a guess
                label = self.tr("{system} ({language})").format(system=label, language=choice_label(resolve(key)))
            self.language.addItem(label, key)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setToolTip(self.tr("The language of menus, pages and messages; it changes when Maturity "
                                         "restarts. The board report has its own language option."))
        self.theme = QComboBox()
        for key, text in THEMES.items():
            self.theme.addItem(translate("Appearance", text), key)
        self.theme.setCurrentIndex(list(THEMES).index(settings.theme))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setToolTip(self.tr("Light, dark, or the system's choice"))
        self.font_scale = QDoubleSpinBox()
        self.font_scale.setRange(0.8, 2.0)
        self.font_scale.setSingleStep(0.1)
        self.font_scale.setDecimals(2)
        self.font_scale.setSuffix(" ×")
        self.font_scale.setValue(settings.font_scale)
        self.font_scale.setAccessibleName(self.tr("Font scale"))
        self.font_scale.setToolTip(self.tr("Make all text larger or smaller"))
        self.budget = QSpinBox()
        self.budget.setRange(0, 50)
        self.budget.setValue(settings.default_escalation_budget)
        self.budget.setAccessibleName(self.tr("Default escalation budget"))
        self.budget.setToolTip(self.tr("Escalations to the board allowed in new assessments"))
        location = QLabel(self.tr("{folder}\nDatabase: {database}").format(folder=data_folder, database=database),
                          objectName="muted")
        location.setWordWrap(True)
        location.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open data folder"))
        self.open_folder.setToolTip(self.tr("Show the data folder in the file manager"))
        self.open_folder.clicked.connect(self._open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder)
        folder_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Font scale"), self.font_scale)
        form.addRow(self.tr("Default escalation budget"), self.budget)
        form.addRow(self.tr("Data location"), folder_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setToolTip(self.tr("Apply and remember these settings"))
        buttons.button(QDialogButtonBox.Cancel).setToolTip(self.tr("Close without changing anything"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(location)  # the whole width for a long path (in the form's column it was cut at 130 %)
        layout.addWidget(buttons)

    def _open_folder(self) -> None:
        self._folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

    def apply_to(self, settings: AppSettings) -> None:
        settings.language = self.language.currentData()
        settings.theme = self.theme.currentData()
        settings.font_scale = round(self.font_scale.value(), 2)
        settings.default_escalation_budget = self.budget.value()
