"""The interface language: follows the system unless Settings says English or Deutsch; a change offers a
restart (Qt widgets build their text once), and the restart brings the window back in the new language."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gui_helpers import when_modal


def test_the_setting_follows_the_system_by_default_and_is_kept_with_the_other_settings(isolated_data_dir):
    from maturity_app.ui.app_settings import AppSettings, load_settings, save_settings, settings_path

    assert AppSettings().language == "system"
    isolated_data_dir.mkdir(parents=True)
    settings = AppSettings(language="de", theme="dark")
    assert save_settings(settings, settings_path())
    assert load_settings().language == "de"
    settings_path().write_text('{"language": "klingon", "theme": "dark"}', encoding="utf-8")
    assert load_settings().language == "system"  # a damaged file falls back to defaults, never a crash


def test_system_means_the_systems_language_when_the_app_has_it(monkeypatch, qapp):
    from maturity_app.domain import i18n
    from maturity_app.ui import language

    monkeypatch.setattr(language, "system_language", lambda: "de")
    assert language.install(qapp, "system") == "de"
    assert i18n.language() == "de"  # the Qt-free core (reports, sentences) follows
    assert QApplication.translate("MainWindow", "&File") == "&Datei"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own, from the wheel
    assert QLocale().language() == QLocale.Language.German  # Qt's widgets format for German readers
    assert language.install(qapp, "en") == "en"
    assert QApplication.translate("MainWindow", "&File") == "&File"
    assert QApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    # English has its plural forms: "1 file", never "1 file(s)".
    assert QApplication.translate("EvidenceController", "%n file(s)", None, 1) == "1 file"
    assert QApplication.translate("EvidenceController", "%n file(s)", None, 3) == "3 files"
    assert i18n.language() == "en"


def test_the_systems_languages_are_read_in_order_and_an_unknown_one_gives_english():
    from maturity_app.domain.i18n import first_supported

    for languages, expected in ((["de-AT", "de", "en-US"], "de"), (["fr-FR", "de-DE"], "de"),
                                (["en-GB", "de-DE"], "en"), (["fr-FR"], "en"), (["C"], "en"), ([], "en")):
        assert first_supported(languages) == expected, languages


def test_settings_offer_the_system_english_and_deutsch_and_name_the_systems_language(qtbot, tmp_path):
    from maturity_app.ui.app_settings import AppSettings
    from maturity_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(AppSettings(language="de"), tmp_path, tmp_path / "a.db")
    qtbot.addWidget(dialog)
    box = dialog.language
    assert [box.itemData(i) for i in range(box.count())] == ["system", "en", "de"]
    assert [box.itemText(i) for i in range(box.count())] == ["System language (English)", "English", "Deutsch"]
    assert box.currentData() == "de"
    settings = AppSettings()
    box.setCurrentIndex(1)
    dialog.apply_to(settings)
    assert settings.language == "en"


def _choose_in_settings(qtbot, language_label: str, answer: str):
    """Settings → Language → *language_label*, OK; then answer the restart question with *answer*."""
    asked = []

    def settings(dialog):
        combo = dialog.language
        combo.setFocus()
        index = combo.findText(language_label)
        while combo.currentIndex() != index:
            qtbot.keyClick(combo, Qt.Key_Down)
        when_modal(restart_question)
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)

    def restart_question(box):
        asked.append(box.text())
        button = next(b for b in box.buttons() if b.text() == answer)
        qtbot.mouseClick(button, Qt.LeftButton)

    when_modal(settings)
    return asked


def test_choosing_deutsch_offers_a_restart_and_later_keeps_the_window(make_app, qtbot, isolated_data_dir):
    from maturity_app.ui.app_settings import load_settings
    from maturity_app.ui.language import RESTART_PROPERTY

    window, controller = make_app()
    asked = _choose_in_settings(qtbot, "Deutsch", "Later")
    window.actions["settings"].trigger()
    qtbot.waitUntil(lambda: bool(asked))
    assert "Maturity will speak Deutsch after a restart" in asked[0]
    assert load_settings().language == "de"  # stored at once with the other settings
    assert window.isVisible() and not QApplication.instance().property(RESTART_PROPERTY)
    assert window.menuBar().actions()[0].text() == "&File"  # this window stays as it was built


def test_restart_now_closes_the_window_for_launch_to_build_it_again_in_german(make_app, qtbot, monkeypatch):
    from maturity_app.ui import launch as launch_module
    from maturity_app.ui.language import RESTART_PROPERTY

    window, controller = make_app()
    closing = []
    window.closing.connect(lambda: closing.append(True))
    asked = _choose_in_settings(qtbot, "Deutsch", "Restart now")
    window.actions["settings"].trigger()
    qtbot.waitUntil(lambda: bool(closing))
    assert asked and QApplication.instance().property(RESTART_PROPERTY)
    assert not window.isVisible()

    # launch() starts again while a restart was asked for, and stops once a window closes for good.
    runs = []

    def fake_start(app, db_path, import_path):
        runs.append((import_path, app.property(RESTART_PROPERTY)))
        if len(runs) == 1:
            app.setProperty(RESTART_PROPERTY, True)  # the user picked "Restart now"
        return 0

    monkeypatch.setattr(launch_module, "_start", fake_start)
    # launch() installs the app-wide error hook and garbage-collection guard: not a second time in a test run.
    monkeypatch.setattr("maturity_app.ui.error_hook.install_exception_hook", lambda app: None)
    monkeypatch.setattr("maturity_app.ui.gc_guard.MainThreadGarbageCollector", lambda app, **options: None)
    assert launch_module.launch(None, import_path="colleague.maturity.json") == 0
    assert runs == [("colleague.maturity.json", False), (None, False)]  # the file is offered once, not twice


def test_a_restarted_window_speaks_the_chosen_language(make_app, isolated_data_dir, qtbot):
    from maturity_app.ui.app_settings import load_settings, save_settings

    settings = load_settings()
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    settings.language = "de"
    assert save_settings(settings)
    window, controller = make_app()  # what launch() builds after the restart
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert window.actions["settings"].text() == "Eins&tellungen …"
    assert controller.settings.language == "de"
    dialog_texts = []

    def look(dialog):
        dialog_texts.append(dialog.windowTitle())
        dialog.reject()

    when_modal(look)
    window.actions["settings"].trigger()
    assert dialog_texts == ["Einstellungen"]
