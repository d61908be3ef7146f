"""File → Install questionnaire pack…: pick a YAML file, validate it and add it to the user's packs folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..app.shown import shown_pack
from ..domain.errors import MaturityError
from ..domain.pack_loader import PackLibrary
from ..storage.pack_install import PackAlreadyInstalled, install_pack
from .language import translate


def install_pack_dialog(parent: QWidget, library: PackLibrary, start_dir: str = "") -> str | None:
    """Ask for a pack file and install it; returns the installed pack id, or None if nothing was installed."""
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("PackInstall", "Install questionnaire pack"), start_dir, translate("PackInstall", "Questionnaire packs (*.yaml *.yml);;All files (*)")
    )
    if not path:
        return None
    return install_pack_file(parent, library, Path(path))


def install_pack_file(parent: QWidget, library: PackLibrary, path: Path) -> str | None:
    try:
        installed = install_pack(path, library)
    except PackAlreadyInstalled as exc:
        answer = QMessageBox.question(
            parent, translate("PackInstall", "Replace installed pack?"),
            f"{path.name}: {exc.summary}.\n\n" + translate("PackInstall", "Replace the installed pack with this file anyway?"),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No,
        )
        if answer != QMessageBox.Yes:
            return None
        try:
            installed = install_pack(path, library, allow_downgrade=True)
        except MaturityError as again:
            QMessageBox.warning(parent, translate("PackInstall", "Pack not installed"), str(again))
            return None
    except MaturityError as exc:
        QMessageBox.warning(parent, translate("PackInstall", "Pack not installed"), translate("PackInstall", "The pack was not installed:\n\n{error}").format(error=exc))
        return None
    pack = shown_pack(installed.pack)  # its title in the interface language when the pack carries it
    replaced = (" " + translate("PackInstall", "It replaces version {version}.").format(version=installed.replaced_version)
                if installed.replaced_version else "")
    QMessageBox.information(
        parent, translate("PackInstall", "Pack installed"),
        translate("PackInstall", "“{title}” {version} (%n question(s)) is ready for new assessments.", None,
                  len(pack.questions())).format(title=pack.title, version=pack.version) + replaced,
    )
    return pack.id
