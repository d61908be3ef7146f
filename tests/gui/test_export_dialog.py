"""The export dialog driven as a user would: options, background export with progress, cancel, open/show."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from maturity_app.domain.scoring import score_assessment
from maturity_app.report.samples import replicated_pack, sample_assessment
from maturity_app.ui.export_dialog import ExportDialog

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def make_dialog(qtbot, tmp_path):
    def make(pack):
        assessment = sample_assessment(pack, TODAY)
        dialog = ExportDialog(assessment, score_assessment(assessment, TODAY), folder=tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


@pytest.fixture
def opened_urls(monkeypatch):
    urls = []
    monkeypatch.setattr("maturity_app.ui.export_dialog.QDesktopServices.openUrl", lambda url: urls.append(url))
    return urls


def _wait_idle(qtbot, dialog, timeout=30_000):
    qtbot.waitUntil(lambda: dialog.job is None, timeout=timeout)


def test_brief_export_with_password_writes_an_encrypted_two_page_pdf(qtbot, make_dialog, tmp_path, monkeypatch,
                                                                       opened_urls, mini_pack):
    dialog = make_dialog(mini_pack)
    target = tmp_path / "for the board.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF documents (*.pdf)"))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.target_edit.text() == str(target)

    dialog.brief_radio.click()
    assert not dialog.sections_box.isEnabled()
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    dialog.label_edit.clear()
    qtbot.keyClicks(dialog.label_edit, "STRICTLY CONFIDENTIAL")
    dialog.password_check.click()
    qtbot.keyClicks(dialog.password_edit, "s3cret")
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text().startswith("The password is 6 characters long; use at least 12")
    qtbot.keyClicks(dialog.password_edit, " passphrase")
    qtbot.keyClicks(dialog.confirm_edit, "s3cret passphras")
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text() == "The two passwords differ."
    qtbot.keyClicks(dialog.confirm_edit, "e")
    assert dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert dialog.status.text() == f"Report written to {target}"
    assert dialog.open_button.isVisible() and dialog.folder_button.isVisible()
    assert not dialog.progress.isVisible()

    reader = PdfReader(str(target))
    assert reader.is_encrypted and reader.decrypt("s3cret passphrase") != 0
    assert len(reader.pages) == 2
    assert [round(float(v)) for v in reader.pages[0].mediabox[2:]] == [612, 792]
    assert "STRICTLY CONFIDENTIAL" in reader.pages[1].extract_text()

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened_urls] == [target, tmp_path]


@pytest.mark.parametrize("fmt, title", [("docx", "Word report (editable, accessible)"), ("pptx", "Board slides")])
def test_word_and_deck_exports_from_the_dialog(qtbot, make_dialog, tmp_path, mini_pack, fmt, title):
    dialog = make_dialog(mini_pack)
    dialog.password_check.click()  # ticked for the PDF; a Word file or deck cannot carry a password
    dialog.format_combo.setFocus()
    while dialog.format_combo.currentText() != title:
        qtbot.keyClick(dialog.format_combo, Qt.Key.Key_Down)
    assert not dialog.password_check.isEnabled() and not dialog.password_edit.isEnabled()
    assert dialog.target_edit.text().endswith(f".{fmt}")
    assert dialog.brief_radio.isEnabled() == (fmt == "docx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    written = Path(dialog.target_edit.text())
    assert dialog.status.text() == f"Report written to {written}"
    assert written.suffix == f".{fmt}" and (written.stat().st_mode & 0o777) == 0o600
    if fmt == "docx":
        from docx import Document

        assert "Executive summary" in [p.text for p in Document(str(written)).paragraphs]
    else:
        from pptx import Presentation

        assert 6 <= len(Presentation(str(written)).slides) <= 10


def test_full_report_with_chosen_sections_and_progress(qtbot, make_dialog, tmp_path, mini_pack):
    dialog = make_dialog(mini_pack)
    for key in ("questions", "crosswalk", "methodology"):
        dialog.section_checks[key].click()
    dialog.target_edit.setText(str(tmp_path / "no-appendix"))  # the .pdf suffix is added
    seen = []
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.progress.isVisible() or dialog.job is None
    _wait_idle(qtbot, dialog)
    written = tmp_path / "no-appendix.pdf"
    text = "\n".join(p.extract_text() for p in PdfReader(str(written)).pages)
    assert "Top gaps" in text and "Appendix A" not in text
    assert seen and seen[-1] == 1000


def test_no_section_means_no_export(qtbot, make_dialog, mini_pack):
    dialog = make_dialog(mini_pack)
    for check in dialog.section_checks.values():
        check.click()
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text() == "Choose at least one section."
    dialog.brief_radio.click()  # the brief has fixed content
    assert dialog.export_button.isEnabled()


def test_cancel_stops_the_export_and_keeps_the_previous_report(qtbot, make_dialog, tmp_path, mini_pack):
    dialog = make_dialog(replicated_pack(mini_pack, 12, 40))  # big enough to still be running when cancelled
    target = tmp_path / "board.pdf"
    target.write_bytes(b"%PDF earlier report")
    dialog.target_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.close_button.text() == "Cancel"
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert dialog.status.text().startswith("Export cancelled; no file was written")
    assert target.read_bytes() == b"%PDF earlier report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.pdf"]
    assert dialog.isVisible() and dialog.close_button.text() == "Close"


def test_unwritable_target_shows_the_reason(qtbot, make_dialog, tmp_path, mini_pack):
    dialog = make_dialog(mini_pack)
    dialog.target_edit.setText(str(tmp_path / "missing folder" / "r.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert "does not exist" in dialog.status.text() and dialog.status.text().startswith("The report was not written")
    assert not dialog.open_button.isVisible()


def test_pdf_export_names_the_field_it_cannot_draw(qtbot, tmp_path, mini_pack):
    from maturity_app.domain.assessment import Assessment

    base = sample_assessment(mini_pack, TODAY)
    # Hindi and Arabic are drawn (bundled faces, shaped); Tibetan has no face in the PDF.
    info = base.info._replace(organisation="राजेश ग्रुप محمد བོད Logistics")
    assessment = Assessment(info=info, pack=mini_pack, answers=base.answers)
    dialog = ExportDialog(assessment, score_assessment(assessment, TODAY), folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.target_edit.setText(str(tmp_path / "scripts.pdf"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    lines = dialog.status.text().split("\n")
    assert lines[0] == f"Report written to {tmp_path / 'scripts.pdf'}"
    assert lines[1:] == ["Note: the PDF cannot draw བ ད in the organisation: it prints � there (the Word report and "
                         "the board deck keep the text as typed)."]


def test_report_language_is_chosen_in_the_dialog_and_the_window_keeps_its_own(qtbot, make_dialog, tmp_path, mini_pack,
                                                                               monkeypatch):
    from maturity_app.domain import i18n

    monkeypatch.setattr(i18n, "_interface_language", "en")
    dialog = make_dialog(mini_pack)
    assert dialog.language.currentData() == "en"  # the interface's language by default
    assert dialog.label_edit.text() == "CONFIDENTIAL — Board use"
    progress = []
    dialog.progress.valueChanged.connect(lambda _value: progress.append(dialog.status.text()))
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentText() == "Deutsch" and dialog.language.currentData() == "de"
    assert dialog.label_edit.text() == "VERTRAULICH — nur für die Geschäftsleitung"  # the untouched default follows
    target = tmp_path / "bericht.pdf"
    dialog.target_edit.setText(str(target))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, dialog)
    assert dialog.status.text() == f"Report written to {target}"
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(str(target)).pages).split())
    assert "Management-Zusammenfassung" in text and "Executive summary" not in text
    assert "VERTRAULICH — nur für die Geschäftsleitung" in text
    # The worker wrote German; the window went on speaking English, progress messages included.
    assert i18n.language() == "en" and i18n._("Executive summary") == "Executive summary"
    assert "Laying out pages" in progress or "Preparing the report" in progress
    assert not any("Seiten" in message or "vorbereitet" in message for message in progress)

    typed = "STRENG VERTRAULICH"
    dialog.label_edit.setText(typed)
    qtbot.keyClick(dialog.language, Qt.Key.Key_Up)
    assert dialog.language.currentData() == "en" and dialog.label_edit.text() == typed  # typed text stays


def test_report_language_defaults_to_a_german_interface(qtbot, make_dialog, mini_pack, monkeypatch):
    from maturity_app.domain import i18n

    monkeypatch.setattr(i18n, "_interface_language", "de")
    dialog = make_dialog(mini_pack)
    assert dialog.language.currentData() == "de"
    assert dialog.label_edit.text() == "VERTRAULICH — nur für die Geschäftsleitung"
    assert dialog.options().language == "de"
