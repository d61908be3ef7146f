"""The dialog an unexpected error shows: what happened, where the details were logged, and "Copy details"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, log_file, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        layout = QVBoxLayout(self)
        where = (self.tr("The details were written to {file}.").format(file=log_file) if log_file
                 else self.tr("The details could not be logged."))
        self.message = QLabel(
            "<b>" + self.tr("Maturity hit an unexpected error.") + f"</b><br>{_escape(summary)}<br><br>"
            + self.tr("Answers saved before this are safe. If it happens again, send the details to support.")
            + f" {_escape(where)}"
        )
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details_view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
