"""The "Export board report" dialog: choose sections, variant, page size, label, password and file; export runs off
the UI thread with progress and Cancel, then offers to open the report or show its folder."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from ..domain import i18n
from ..domain.assessment import Assessment
from ..domain.errors import MaturityError
from ..domain.i18n import _
from ..domain.narrative import coverage_sentence
from ..domain.scoring import AssessmentScore
from ..report.options import (
    DEFAULT_LABEL, FORMATS, LABEL_LIMIT, PASSWORD_MINIMUM, SECTION_TITLES, ReportOptions,
)
from .export_worker import ExportJob, start_export


REPORT_LANGUAGES = (("en", "English"), ("de", "Deutsch"))
# English source text, shown through tr() (context "ExportDialog").
PASSWORD_TIP = QT_TRANSLATE_NOOP("ExportDialog", "Encrypt the PDF (AES-256): it opens only with the password")
FILE_FILTERS = {"pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF documents (*.pdf)"),
                "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word documents (*.docx)"),
                "pptx": QT_TRANSLATE_NOOP("ExportDialog", "PowerPoint presentations (*.pptx)")}
# report.options.FORMATS in the interface's words (an unknown format keeps the report's own name).
FORMAT_NAMES = {"pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF report"),
                "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word report (editable, accessible)"),
                "pptx": QT_TRANSLATE_NOOP("ExportDialog", "Board slides")}


def default_label(language: str) -> str:
    """The default classification label written in *language*."""
    with i18n.using_language(language):
        return i18n.gettext(DEFAULT_LABEL)


def default_file_name(organisation: str, brief: bool, today: dt.date, fmt: str = "pdf") -> str:
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", organisation).strip() or "Assessment"
    kind = "board deck" if fmt == "pptx" else "board brief" if brief else "board report"
    return f"{name} {kind} {today.isoformat()}.{fmt}"


class ExportDialog(QDialog):
    def __init__(self, assessment: Assessment, score: AssessmentScore, parent: QWidget | None = None,
                 folder: Path | None = None, extras: dict | None = None):
        """*extras* are report options the caller gathered from the database (``workshop``, ``since_last``)."""
        super().__init__(parent)
        self.extras = dict(extras or {})
        self.setWindowTitle(self.tr("Export board report"))
        self.setObjectName("exportDialog")
        self.assessment, self.score = assessment, score
        self.job: ExportJob | None = None
        self.written: Path | None = None
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self._folder = folder or Path(documents or Path.home())
        self._build()
        self._sync()

    # -- layout ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        intro = QLabel(f"<b>{_html(self.assessment.info.organisation)}</b> — {_html(self.score.pack.title)} "
                       f"{_html(self.score.pack.version)} · {_html(self.score.draft_label or coverage_sentence(self.score))}")
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        root.addWidget(intro)

        variant = QGroupBox(self.tr("Report"))
        variant_layout = QVBoxLayout(variant)
        self.full_radio = QRadioButton(self.tr("Full report (summary, domain view, escalations, gaps, actions, appendices)"))
        self.brief_radio = QRadioButton(self.tr("Board brief (two pages: the essentials)"))
        self.full_radio.setChecked(True)
        _name(self.full_radio, self.tr("Full report"), self.tr("Every section you tick below, with the appendices"))
        _name(self.brief_radio, self.tr("Board brief"), self.tr("Two pages for the board: the headline, the largest gaps, escalations"))
        for radio in (self.full_radio, self.brief_radio):
            radio.toggled.connect(self._variant_changed)
            variant_layout.addWidget(radio)
        root.addWidget(variant)

        self.sections_box = QGroupBox(self.tr("Sections to include"))
        grid = QGridLayout(self.sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        for index, (key, title) in enumerate(SECTION_TITLES.items()):
            title = _(title)  # the report's section names, in the core's catalogue
            check = QCheckBox(title)
            check.setObjectName(f"section-{key}")
            check.setChecked(True)
            _name(check, self.tr("Include {section}").format(section=title),
                  self.tr("Include the “{section}” section in the full report").format(section=title))
            check.toggled.connect(lambda _checked: self._sync())
            self.section_checks[key] = check
            grid.addWidget(check, index % 4, index // 4)
        root.addWidget(self.sections_box)

        form = QFormLayout()
        self.format_combo = QComboBox()
        self.format_combo.setObjectName("exportFormat")
        for key, title in FORMATS.items():
            self.format_combo.addItem(self.tr(FORMAT_NAMES[key]) if key in FORMAT_NAMES else title, key)
        self.format_combo.currentIndexChanged.connect(self._variant_changed)
        _name(self.format_combo, self.tr("Format"), self.tr("PDF for reading and printing; Word to edit and paste into the board "
                                           "pack (the accessible version); slides to present"))
        form.addRow(self.tr("Format"), self.format_combo)
        self.page_size = QComboBox()
        self.page_size.addItem("A4", "a4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        _name(self.page_size, self.tr("Page size"), self.tr("The paper size the report is laid out for"))
        form.addRow(self.tr("Page size"), self.page_size)
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        for code, name in REPORT_LANGUAGES:
            self.language.addItem(name, code)  # each language named in itself, whatever the interface speaks
        self.language.setCurrentIndex(max(self.language.findData(i18n.language()), 0))
        _name(self.language, self.tr("Report language"),
              self.tr("The language the report is written in; the window keeps its own language"))
        form.addRow(self.tr("Report language"), self.language)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.label_edit = QLineEdit(default_label(self.language.currentData()))
        self.label_edit.setMaxLength(LABEL_LIMIT)
        _name(self.label_edit, self.tr("Classification"), self.tr("Printed in the header and footer of every page"))
        form.addRow(self.tr("Classification"), self.label_edit)
        self.password_check = QCheckBox(self.tr("Protect with a password (AES-256, at least {minimum} characters)")
                                        .format(minimum=PASSWORD_MINIMUM))
        self.password_check.toggled.connect(self._sync)
        _name(self.password_check, self.tr("Protect with a password"), self.tr(PASSWORD_TIP))
        form.addRow("", self.password_check)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.textChanged.connect(self._sync)
        _name(self.password_edit, self.tr("Password"), self.tr("The password the PDF will ask for; it is not stored anywhere"))
        form.addRow(self.tr("Password"), self.password_edit)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.textChanged.connect(self._sync)
        _name(self.confirm_edit, self.tr("Confirm password"), self.tr("The same password again, to catch a typing slip"))
        form.addRow(self.tr("Confirm password"), self.confirm_edit)
        target_row = QHBoxLayout()
        self.target_edit = QLineEdit(str(self._folder / default_file_name(
            self.assessment.info.organisation, False, dt.date.today())))
        self.target_edit.textChanged.connect(self._sync)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_target)
        _name(self.target_edit, self.tr("Save as"), self.tr("Where the report is written (.pdf, .docx or .pptx, as the format)"))
        _name(self.choose_button, self.tr("Choose where to save"), self.tr("Pick the folder and file name"))
        target_row.addWidget(self.target_edit, 1)
        target_row.addWidget(self.choose_button)
        form.addRow(self.tr("Save as"), target_row)
        root.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        root.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setObjectName("exportStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        root.addWidget(self.status)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open report"))
        self.open_button.clicked.connect(self.open_report)
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.clicked.connect(self.show_in_folder)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        _name(self.open_button, self.tr("Open report"), self.tr("Open the written report in your PDF viewer"))
        _name(self.folder_button, self.tr("Show in folder"), self.tr("Open the folder that holds the report"))
        _name(self.export_button, self.tr("Export"), self.tr("Write the report (Enter)"))
        _name(self.close_button, self.tr("Close"), self.tr("Close; during an export, cancel it (Esc)"))
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        root.addLayout(buttons)
        self.setMinimumWidth(max(620, root.minimumSize().width()))  # never narrower than its content

    # -- state ----------------------------------------------------------------------------------------------
    def _variant_changed(self, *_signal_args) -> None:
        # Keep the suggested file name in step with the variant unless the user typed their own.
        current = Path(self.target_edit.text())
        organisation, today = self.assessment.info.organisation, dt.date.today()
        suggested = {default_file_name(organisation, brief, today, fmt) for brief in (False, True) for fmt in FORMATS}
        if current.name in suggested:
            self.target_edit.setText(str(current.with_name(default_file_name(
                organisation, self.brief_radio.isChecked(), today, self.format()))))
        elif current.suffix.lower() in {f".{fmt}" for fmt in FORMATS}:
            self.target_edit.setText(str(current.with_suffix(f".{self.format()}")))
        self._sync()

    def _language_changed(self, *_signal_args) -> None:
        # An untouched default label follows the report's language; a label the user typed stays as typed.
        if self.label_edit.text() in {default_label(code) for code, _name in REPORT_LANGUAGES}:
            self.label_edit.setText(default_label(self.language.currentData()))

    def problem(self) -> str | None:
        """Why Export cannot start yet, in words for the user; None when it can."""
        if self.full_radio.isChecked() and not self.chosen_sections():
            return self.tr("Choose at least one section.")
        if self.password_check.isChecked() and self.format() == "pdf":
            typed = len(self.password_edit.text())
            if not typed:
                return self.tr("Type a password, or untick password protection.")
            if typed < PASSWORD_MINIMUM:
                return self.tr("The password is {length} characters long; use at least {minimum} (a short sentence "
                               "is easy to remember and hard to guess).").format(length=typed, minimum=PASSWORD_MINIMUM)
            if self.password_edit.text() != self.confirm_edit.text():
                return self.tr("The two passwords differ.")
        if not self.target_edit.text().strip():
            return self.tr("Choose where to save the report.")
        return None

    def format(self) -> str:
        return self.format_combo.currentData()

    def _protected(self) -> bool:
        return self.password_check.isChecked() and self.format() == "pdf"

    def chosen_sections(self) -> tuple[str, ...]:
        return tuple(key for key, check in self.section_checks.items() if check.isChecked())

    def _sync(self, *_signal_args) -> None:
        busy = self.job is not None and self.job.running
        deck, pdf = self.format() == "pptx", self.format() == "pdf"
        for widget in (self.format_combo, self.page_size, self.language, self.label_edit, self.target_edit,
                       self.choose_button):
            widget.setEnabled(not busy)
        for radio in (self.full_radio, self.brief_radio):  # the deck is one fixed set of slides
            radio.setEnabled(not busy and not deck)
        self.sections_box.setEnabled(not busy and self.full_radio.isChecked() and not deck)
        # Only a PDF can carry a password; a Word or PowerPoint file is protected by where it is kept.
        self.password_check.setEnabled(not busy and pdf)
        self.password_check.setToolTip(self.tr(PASSWORD_TIP) if pdf else self.tr("Only the PDF can be password-protected"))
        self.password_edit.setEnabled(not busy and self._protected())
        self.confirm_edit.setEnabled(not busy and self._protected())
        problem = self.problem()
        self.export_button.setEnabled(not busy and problem is None)
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))
        if not busy and problem and self.written is None:
            self._show_status(problem, error=False)
        elif not busy and problem is None and self.status.property("kind") == "hint":
            self._show_status("")

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("kind", "error" if error else ("hint" if text else ""))
        self.status.style().unpolish(self.status)  # the theme colours errors (QLabel#exportStatus[kind="error"])
        self.status.style().polish(self.status)

    def options(self) -> ReportOptions:
        deck = self.format() == "pptx"
        return ReportOptions(
            sections=self.chosen_sections() if self.full_radio.isChecked() and not deck else tuple(SECTION_TITLES),
            brief=self.brief_radio.isChecked() and not deck,
            page_size=self.page_size.currentData(),
            language=self.language.currentData(),
            label=self.label_edit.text(),
            format=self.format(),
            password=self.password_edit.text() if self._protected() else None,
            workshop=self.extras.get("workshop"),
            since_last=self.extras.get("since_last"),
            board_decisions=self.extras.get("board_decisions") or {},
        )

    def target(self) -> Path:
        path = Path(self.target_edit.text().strip()).expanduser()
        suffix = f".{self.format()}"
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    # -- actions --------------------------------------------------------------------------------------------
    def choose_target(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save board report as"), self.target_edit.text(),
                                                self.tr(FILE_FILTERS[self.format()]))
        if chosen:
            self.target_edit.setText(chosen)

    def export(self) -> None:
        if self.problem() is not None or (self.job is not None and self.job.running):
            return
        try:
            options = self.options()
        except MaturityError as exc:
            self._show_status(str(exc), error=True)
            return
        self.written = None
        self.open_button.setVisible(False)
        self.folder_button.setVisible(False)
        job = ExportJob(self.score, self.assessment.info, self.target(), options)
        job.progress.connect(self._on_progress)
        job.succeeded.connect(self._on_succeeded)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        self.job = job
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._show_status(self.tr("Starting…"))
        start_export(job)  # before _sync, so the dialog already counts the export as running
        self._sync()

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self._show_status(message)

    def _finish(self) -> None:
        self.progress.setVisible(False)
        self._sync()

    def _on_succeeded(self, path: str) -> None:
        self.written = Path(path)
        self.job = None
        self._finish()
        warnings = []
        if self.format() == "pdf":
            from ..report.glyphs import undrawn_fields

            warnings = undrawn_fields(self.score, self.assessment.info, self.options())
        self._show_status("\n".join([self.tr("Report written to {path}").format(path=path),
                                     *(self.tr("Note: {warning}.").format(warning=w) for w in warnings)]))
        self.open_button.setVisible(True)
        self.folder_button.setVisible(True)
        self.open_button.setFocus()

    def _on_failed(self, message: str) -> None:
        self.job = None
        self._finish()
        self._show_status(self.tr("The report was not written: {message}").format(message=message), error=True)

    def _on_cancelled(self) -> None:
        self.job = None
        self._finish()
        self._show_status(self.tr("Export cancelled; no file was written and any earlier report is unchanged."))

    def open_report(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def show_in_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))

    def reject(self) -> None:
        if self.job is not None and self.job.running:
            # First press cancels the export; the dialog stays until the worker has stopped and said so.
            self.job.cancel()
            self._show_status(self.tr("Cancelling…"))
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
            self.job.wait(15)
        super().done(result)


def _name(widget: QWidget, name: str, tip: str) -> None:
    widget.setAccessibleName(name)
    widget.setToolTip(tip)


def _html(text: str) -> str:
    from html import escape

    return escape(text)


def open_export_dialog(parent: QWidget | None, assessment: Assessment, score: AssessmentScore,
                       extras: dict | None = None) -> None:
    """Show the export dialog modally for *assessment*; the main window's File menu calls this."""
    dialog = ExportDialog(assessment, score, parent, extras=extras)
    dialog.exec()
    dialog.deleteLater()


def main() -> int:  # pragma: no cover - manual use: python -m maturity_app.ui.export_dialog
    """Try the dialog on its own with a sample assessment on the bundled core pack."""
    import sys

    from PySide6.QtWidgets import QApplication

    from ..domain.pack_loader import load_library
    from ..domain.scoring import score_assessment
    from ..paths import bundled_packs_dir
    from ..report.samples import sample_assessment

    app = QApplication.instance() or QApplication(sys.argv)
    library = load_library(bundled_packs_dir(), None)
    pack = library.get("core")
    assessment = sample_assessment(pack, dt.date.today())
    open_export_dialog(None, assessment, score_assessment(assessment))
    return 0 if app else 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
