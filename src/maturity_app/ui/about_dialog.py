"""About box: the versions a support request needs, Maturity's licence and the third-party licences."""

from __future__ import annotations

import html
import platform
import sys

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, qVersion
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget

from .. import __version__
from .language import translate

LICENCE_SUMMARY = QT_TRANSLATE_NOOP(
    "About",
    "Proprietary software © the Maturity authors. Built with Qt for Python (PySide6) and Qt under the "
    "GNU LGPL v3, Python, reportlab, pydantic, sqlite-utils, PyYAML, platformdirs, pypdf, cryptography with "
    "OpenSSL, HarfBuzz (uharfbuzz), python-bidi, and the DejaVu, Noto and Droid Sans Fallback fonts, each under "
    "its own licence."
)


def versions() -> dict[str, str]:
    return {
        "Maturity": __version__,
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "Python": sys.version.split()[0],
        translate("About", "Platform"): platform.platform(terse=True),
    }


def about_text() -> str:
    rows = "".join(f"<tr><td>{k}</td><td>&nbsp;&nbsp;{html.escape(v)}</td></tr>" for k, v in versions().items())
    return (
        "<h3>Maturity</h3><p>" + translate("About", "Compliance on paper, capability in practice.") + "<br>"
        + translate("About", "Everything stays on this computer.") + "</p>"
        f"<table>{rows}</table>"
        f"<p>{html.escape(translate('About', LICENCE_SUMMARY))}</p>"
    )


def notices_dialog(parent: QWidget | None) -> QDialog:
    """The full third-party licence texts, read-only and searchable with the keyboard (shown, not exec'd)."""
    from ..notices import notices_text

    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("About", "Third-party licences"))
    dialog.resize(760, 620)
    text = QPlainTextEdit(dialog)
    text.setObjectName("thirdPartyNotices")
    text.setReadOnly(True)
    text.setAccessibleName(translate("About", "Third-party licences"))
    text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont) or QFont())
    text.setPlainText(notices_text())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    return dialog


def show_about(parent: QWidget) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About Maturity"))
    box.setText(about_text())
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    licences = box.addButton(translate("About", "Third-party licences…"), QMessageBox.ButtonRole.ActionRole)
    licences.setToolTip(translate("About", "The licences of Qt, Python and every library Maturity ships with"))
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is licences:
        dialog = notices_dialog(parent)
        dialog.setModal(False)
        dialog.show()
        parent._notices_dialog = dialog  # kept alive while open
