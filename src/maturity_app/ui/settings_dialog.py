"""Preferences: theme, font scale, default escalation budget, and where the data lives."""

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


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, data_folder: Path, database: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(480)
        self._folder = data_folder
        self.theme = QComboBox()
        for key, text in THEMES.items():
            self.theme.addItem(text, key)
        self.theme.setCurrentIndex(list(THEMES).index(settings.theme))
        self.theme.setAccessibleName("Theme")
        self.theme.setToolTip("Light, dark, or the system's choice")
        self.font_scale = QDoubleSpinBox()
        self.font_scale.setRange(0.8, 2.0)
        self.font_scale.setSingleStep(0.1)
        self.font_scale.setDecimals(2)
        self.font_scale.setSuffix(" ×")
        self.font_scale.setValue(settings.font_scale)
        self.font_scale.setAccessibleName("Font scale")
        self.font_scale.setToolTip("Make all text larger or smaller")
        self.budget = QSpinBox()
        self.budget.setRange(0, 50)
        self.budget.setValue(settings.default_escalation_budget)
        self.budget.setAccessibleName("Default escalation budget")
        self.budget.setToolTip("Escalations to the board allowed in new assessments")
        location = QLabel(f"{data_folder}\nDatabase: {database}", objectName="muted")
        location.setWordWrap(True)
        location.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.open_folder = QPushButton("Open folder")
        self.open_folder.setAccessibleName("Open data folder")
        self.open_folder.setToolTip("Show the data folder in the file manager")
        self.open_folder.clicked.connect(self._open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.open_folder)
        folder_row.addStretch(1)
        form = QFormLayout()
        form.addRow("Theme", self.theme)
        form.addRow("Font scale", self.font_scale)
        form.addRow("Default escalation budget", self.budget)
        form.addRow("Data location", folder_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setToolTip("Apply and remember these settings")
        buttons.button(QDialogButtonBox.Cancel).setToolTip("Close without changing anything")
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
        settings.theme = self.theme.currentData()
        settings.font_scale = round(self.font_scale.value(), 2)
        settings.default_escalation_budget = self.budget.value()
