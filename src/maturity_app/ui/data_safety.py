"""Qt side of data safety: export/import dialogs and opening a database that is damaged, newer or in use.

Each function takes the parent widget, asks through QFileDialog/QMessageBox statics (so tests can answer for
the user) and returns what happened; nothing is overwritten, restored or moved without the user's consent.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6

from PySide6 import QtCore, QtWidgets  # dialogs looked up when shown: PySide builds a class's enums on first use
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from ..app.workspace import Workspace
from ..domain.errors import MaturityError
from ..storage.database import DamagedDatabase, DatabaseLocked, NewerDatabase, move_aside, open_database
from ..storage.instance_lock import DatabaseLock
from .language import translate

# Exporting and importing (pydantic models, the import format) load on first use: launch only opens the database.


def _export_filter() -> str:
    from ..storage.portable import FILE_SUFFIX

    return translate("DataSafety", "Maturity assessment (*{suffix})").format(suffix=FILE_SUFFIX)


def _import_filter() -> str:
    from ..storage.portable import FILE_SUFFIX

    return translate("DataSafety", "Maturity assessment (*{suffix} *.maturity.json);;JSON files (*.json);;All files (*)"
                     ).format(suffix=FILE_SUFFIX)


CSV_FILTER = QT_TRANSLATE_NOOP("DataSafety", "CSV for spreadsheets (*.csv)")


def _documents() -> Path:
    folder = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def _with_suffix(path: Path, suffix: str) -> Path:
    # Users type a bare name; the suffix is what the file manager associates with Maturity.
    last = "." + suffix.rsplit(".", 1)[-1]
    return path if path.name.lower().endswith(last) else path.with_name(path.name + suffix)


def export_assessment_dialog(parent: QWidget, workspace: Workspace, assessment_id: int) -> Path | None:
    """Ask where to save, write the portable file; returns its path, or None if cancelled or it failed."""
    from ..app.assessments import export_file
    from ..storage.portable import FILE_SUFFIX, OPENABLE_SUFFIXES, suggested_file_name

    info = workspace.assessments.info(assessment_id)
    proposed = _documents() / suggested_file_name(info.organisation)
    chosen, _ = QtWidgets.QFileDialog.getSaveFileName(parent, translate("DataSafety", "Export assessment"), str(proposed), _export_filter())
    if not chosen:
        return None
    # A name already ending in .maturity (or 0.1's .maturity.json) is kept as typed.
    path = Path(chosen) if chosen.lower().endswith(OPENABLE_SUFFIXES) else _with_suffix(Path(chosen), FILE_SUFFIX)
    try:
        return export_file(workspace, assessment_id, path)
    except MaturityError as exc:
        QtWidgets.QMessageBox.warning(parent, translate("DataSafety", "Export failed"), translate("DataSafety", "The assessment was not exported.\n\n{error}").format(error=exc))
        return None


def export_csv_dialog(parent: QWidget, workspace: Workspace, assessment_id: int, *, bom: bool = True) -> Path | None:
    """Answers as CSV; with a BOM by default since the usual reader on a CISO's laptop is Excel."""
    from ..storage.csv_export import export_answers_csv
    from ..storage.portable import FILE_SUFFIX, suggested_file_name

    info = workspace.assessments.info(assessment_id)
    proposed = _documents() / suggested_file_name(info.organisation).replace(FILE_SUFFIX, ".csv")
    chosen, _ = QtWidgets.QFileDialog.getSaveFileName(parent, translate("DataSafety", "Export answers as CSV"), str(proposed), translate("DataSafety", CSV_FILTER))
    if not chosen:
        return None
    try:
        return export_answers_csv(workspace.assessments, assessment_id, _with_suffix(Path(chosen), ".csv"), bom=bom)
    except MaturityError as exc:
        QtWidgets.QMessageBox.warning(parent, translate("DataSafety", "Export failed"), translate("DataSafety", "The answers were not exported.\n\n{error}").format(error=exc))
        return None


def import_assessment_dialog(parent: QWidget, workspace: Workspace) -> int | None:
    """Pick a file and import it; an assessment already here is only added again, as a copy, if agreed."""
    chosen, _ = QtWidgets.QFileDialog.getOpenFileName(parent, translate("DataSafety", "Import assessment"), str(_documents()), _import_filter())
    if not chosen:
        return None
    return import_assessment_file(parent, workspace, Path(chosen))


def _yes(parent: QWidget, title: str, text: str, *, default_yes: bool = False) -> bool:
    buttons = QtWidgets.QMessageBox.StandardButton
    default = buttons.Yes if default_yes else buttons.No
    return QtWidgets.QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, default) == buttons.Yes


def import_assessment_file(parent: QWidget, workspace: Workspace, path: Path, *, confirm: bool = False) -> int | None:
    """Import *path*; with *confirm* (a file opened from the desktop) the user is asked first."""
    if confirm and not _yes(parent, translate("DataSafety", "Import assessment?"), translate("DataSafety", "Import the assessment in {file} into Maturity?").format(file=path.name),
                            default_yes=True):
        return None
    from ..app.assessments import import_file
    from ..storage.portable import AssessmentExists

    try:
        return import_file(workspace, path).value
    except AssessmentExists as exc:
        if not _yes(parent, translate("DataSafety", "Assessment already here"),
                    f"{exc}\n\n" + translate("DataSafety", "Import it as a separate copy? The assessment already here is "
                                              "not changed.")):
            return None
        try:
            return import_file(workspace, path, as_copy=True).value
        except MaturityError as again:
            exc = again
    except MaturityError as error:
        exc = error
    QtWidgets.QMessageBox.warning(parent, translate("DataSafety", "Import failed"), translate("DataSafety", "Nothing was imported.\n\n{error}").format(error=exc))
    return None


def open_database_interactively(parent: QWidget | None, path: Path | str):
    """Open *path* as this instance's database (single-writer lock held); None if the user cannot continue.

    Newer files and files in use are refused with the reason. A damaged file can be replaced by the newest
    good backup (or, without one, by an empty database) only if the user agrees; it is renamed, never deleted.
    """
    path = Path(path)
    try:
        return open_database(path, lock=True)
    except DatabaseLocked as exc:
        QtWidgets.QMessageBox.warning(parent, translate("DataSafety", "Maturity is already open"), str(exc))
        return None
    except NewerDatabase as exc:
        QtWidgets.QMessageBox.critical(parent, translate("DataSafety", "Database from a newer version"), str(exc))
        return None
    except DamagedDatabase as exc:
        return _recover(parent, path, exc)
    except MaturityError as exc:  # a full disk, another application's file, a folder, read-only: never "damaged"
        QtWidgets.QMessageBox.critical(parent, translate("DataSafety", "Maturity cannot open the database"), str(exc))
        return None


def _recover(parent: QWidget | None, path: Path, problem: DamagedDatabase):
    from ..storage.backups import newest_good_backup, restore_backup

    backup = newest_good_backup(path)
    if backup is not None:
        question = f"{problem}\n\n" + translate(
            "DataSafety", "Restore the newest good backup, taken {taken}? Changes made after it are not in it. The "
            "damaged file is kept next to it under a new name, not deleted.").format(taken=backup.label)
    else:
        question = f"{problem}\n\n" + translate(
            "DataSafety", "No good backup of it is available. Start with an empty database instead? The damaged "
            "file is kept next to it under a new name, not deleted, so it can still be sent for recovery.")
    answer = QtWidgets.QMessageBox.question(
        parent,
        translate("DataSafety", "The assessment database cannot be read"),
        question,
        QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
        QtWidgets.QMessageBox.StandardButton.No,
    )
    if answer != QtWidgets.QMessageBox.StandardButton.Yes:
        return None
    try:
        # Hold the lock while files move, so a second instance cannot open the half-restored state.
        with DatabaseLock(path):
            kept = restore_backup(backup, path) if backup is not None else move_aside(path)
            db = open_database(path, lock=True)
    except MaturityError as exc:
        QtWidgets.QMessageBox.critical(parent, translate("DataSafety", "Recovery failed"), f"{exc}\n\n" + translate("DataSafety", "The damaged file was not deleted."))
        return None
    what = (translate("DataSafety", "The backup from {taken} was restored.").format(taken=backup.label)
            if backup is not None else translate("DataSafety", "An empty database was started."))
    QtWidgets.QMessageBox.information(parent, translate("DataSafety", "Database recovered"),
                            what + "\n" + translate("DataSafety", "The damaged file was kept as:\n{path}").format(path=kept))
    return db


def backup_on_session_start(path: Path | str, keep: int = 10):
    """storage.backups' session backup, imported when it runs (just after the first frame), not at launch."""
    from ..storage.backups import backup_on_session_start as take

    return take(path, keep=keep)


def backup_at_session_start(parent: QWidget | None, path: Path | str, keep: int = 10, later: bool = False):
    """Take the session-start backup in the background (the window is already usable); a failure is shown
    but never stops the user from working. Returns the background Task (its future holds the backup's path);
    with *later* it starts at ``task.start_kept()`` (or ``task.wait()``)."""
    from .background import run_task

    def done(future) -> None:  # on the UI thread
        exc = future.exception()
        if isinstance(exc, (MaturityError, OSError)):
            alive = parent is not None and shiboken6.isValid(parent)  # the window may have closed meanwhile
            QtWidgets.QMessageBox.warning(parent if alive else None, translate("DataSafety", "Backup not taken"), 
                                translate("DataSafety", "The automatic backup could not be written.\n\n{error}").format(error=exc))
        elif exc is not None:
            raise exc  # unexpected: reaches the exception hook and the log

    # The worker gets a path and returns a path: it never touches a widget.
    return run_task(lambda _task: backup_on_session_start(path, keep=keep), done, later=later)
