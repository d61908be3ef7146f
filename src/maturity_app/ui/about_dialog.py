"""About box with the versions a support request needs."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__


def versions() -> dict[str, str]:
    return {
        "Maturity": __version__,
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "Python": sys.version.split()[0],
        "Platform": platform.platform(terse=True),
    }


def about_text() -> str:
    rows = "".join(f"<tr><td>{k}</td><td>&nbsp;&nbsp;{v}</td></tr>" for k, v in versions().items())
    return (
        "<h3>Maturity</h3><p>Compliance on paper, capability in practice.<br>"
        "Everything stays on this computer.</p>"
        f"<table>{rows}</table>"
    )


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, "About Maturity", about_text())
