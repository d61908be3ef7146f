"""The window's remembered state: geometry, splitter, last assessment and question, and the settings dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs looked up when shown: PySide builds a class's enums on first use
from PySide6.QtCore import QByteArray, QObject
from PySide6.QtWidgets import QApplication

from ..storage.locations import data_dir
from . import language
from .app_settings import save_settings
from .theme import apply_theme

if TYPE_CHECKING:
    from .app_controller import AppController


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _unb64(text: str) -> QByteArray:
    return QByteArray.fromBase64(text.encode("ascii"))


class WindowStateController(QObject):
    def __init__(self, app: AppController):
        super().__init__(app)
        self.app = app
        self.window = app.window
        self.settings = app.settings

    def restore(self) -> None:
        """Window geometry, then the assessment and question that were open last time."""
        if self.settings.window_geometry:
            self.window.restoreGeometry(_unb64(self.settings.window_geometry))
        if self.settings.window_state:
            self.window.restoreState(_unb64(self.settings.window_state))
        last = self.settings.last_assessment_id
        if last is not None and self.app.start.lists(last):
            self.app.open_assessment(last, self.settings.last_question_id)

    def restore_splitter(self) -> None:
        if self.settings.splitter_state:
            self.window.assessment_page.splitter.restoreState(_unb64(self.settings.splitter_state))

    def keep_splitter(self) -> None:
        self.settings.splitter_state = _b64(self.window.assessment_page.splitter.saveState())

    def on_close(self) -> None:
        if self.app.assessment is not None:
            self.keep_splitter()
        self.settings.window_geometry = _b64(self.window.saveGeometry())
        self.settings.window_state = _b64(self.window.saveState())
        self.persist()

    def persist(self) -> None:
        try:
            save_settings(self.settings, self.app.settings_file)
        except OSError as exc:
            self.window.statusBar().showMessage(self.tr("Settings not saved: {reason}").format(reason=exc.strerror), 8000)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog  # on first use, not at launch

        folder = data_dir()
        dialog = SettingsDialog(self.settings, folder, self.app.workspace.path or folder, self.window)
        if dialog.exec() != QtWidgets.QDialog.Accepted:
            return
        speaking = language.resolve(self.settings.language)
        dialog.apply_to(self.settings)
        self.apply_appearance()
        chosen = language.resolve(self.settings.language)
        if chosen != speaking and self.ask_restart(chosen):
            self.restart()

    def ask_restart(self, code: str) -> bool:
        """Widgets build their text once, so a new language needs a restart: offer it now (everything is saved)."""
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Question, self.tr("Restart Maturity?"),
                          self.tr("Maturity will speak {language} after a restart. Everything you entered is "
                                  "saved; the open assessment opens again at the same question.")
                          .format(language=language.choice_label(code)), parent=self.window)
        now = box.addButton(self.tr("Restart now"), QtWidgets.QMessageBox.AcceptRole)
        box.addButton(self.tr("Later"), QtWidgets.QMessageBox.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        return box.clickedButton() is now

    def restart(self) -> None:
        """Close the window as Quit does (its state is kept), and have launch() build it again."""
        QApplication.instance().setProperty(language.RESTART_PROPERTY, True)
        self.window.close()

    def apply_appearance(self, system_dark: bool | None = None, remember: bool = True) -> None:
        """Theme and text size from the settings, on the whole app now; *remember* saves the choice."""
        apply_theme(QApplication.instance(), self.settings.theme, self.settings.font_scale, system_dark=system_dark)
        if remember:
            self.persist()
        self.app.appearance.sync_menu()
        if self.app.assessment:
            self.app.assessment.page.dashboard.update()
            self.app.assessment.go_to(self.app.assessment.current)
